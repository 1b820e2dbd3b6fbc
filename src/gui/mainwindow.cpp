#include "mainwindow.h"

#include "app/pipeline.h"
#include "app/preferences.h"
#include "app/runstatus.h"
#include "app/settings.h"
#include "gui/accountpanel.h"
#include "gui/accountsummary.h"
#include "gui/bridgepanel.h"
#include "gui/connectionpanel.h"
#include "gui/filtereditor.h"
#include "gui/icons.h"
#include "gui/logpanel.h"
#include "gui/queuepanel.h"
#include "gui/speakerpanel.h"
#include "gui/viewervoicespanel.h"
#include "speech/speechqueue.h"
#include "ui_mainwindow.h"

#include <QCloseEvent>
#include <QDockWidget>
#include <QMessageBox>
#include <QScrollArea>
#include <QStyle>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace chatvox {

MainWindow::MainWindow(const DesktopContext &context, QWidget *parent)
    : QMainWindow(parent)
    , ui(std::make_unique<Ui::MainWindow>())
    , m_context(context)
{
    ui->setupUi(this);
    setWindowIcon(icons::app());
    setDockNestingEnabled(true);
    setTabPosition(Qt::AllDockWidgetAreas, QTabWidget::North);
    setDocumentMode(false);

    QStyle *s = style();
    ui->actionPause->setIcon(s->standardIcon(QStyle::SP_MediaPause));
    ui->actionSkip->setIcon(s->standardIcon(QStyle::SP_MediaSkipForward));
    ui->actionClearQueue->setIcon(s->standardIcon(QStyle::SP_DialogDiscardButton));
    ui->actionMute->setIcon(s->standardIcon(QStyle::SP_MediaVolumeMuted));
    ui->actionKillSwitch->setIcon(icons::killSwitch());
    ui->actionSettings->setIcon(s->standardIcon(QStyle::SP_FileDialogDetailedView));
    ui->actionQuit->setMenuRole(QAction::QuitRole);
    ui->actionAbout->setMenuRole(QAction::AboutRole);

    Pipeline *pipeline = m_context.pipeline;
    connect(ui->actionPause, &QAction::toggled, pipeline, &Pipeline::setReadingPaused);
    connect(pipeline, &Pipeline::readingPausedChanged, this, &MainWindow::updateActions);
    connect(ui->actionSkip, &QAction::triggered, this, [pipeline] {
        if (pipeline->queue())
            pipeline->queue()->skipCurrent();
    });
    connect(ui->actionClearQueue, &QAction::triggered, this, [pipeline] {
        if (pipeline->queue())
            pipeline->queue()->clear();
    });
    connect(ui->actionMute, &QAction::toggled, pipeline, &Pipeline::setMuted);
    connect(pipeline, &Pipeline::mutedChanged, this, &MainWindow::updateActions);
    connect(ui->actionKillSwitch, &QAction::triggered, pipeline, &Pipeline::engageKillSwitch);
    connect(ui->actionShowWindow, &QAction::triggered, this, &MainWindow::bringToFront);
    connect(ui->actionSettings, &QAction::triggered, this, [this] { emit settingsRequested(-1); });
    connect(ui->actionQuit, &QAction::triggered, this, &MainWindow::quitRequested);
    connect(ui->actionResetLayout, &QAction::triggered, this, &MainWindow::resetLayout);
    connect(ui->actionAbout, &QAction::triggered, this, [this] {
        QMessageBox::about(
            this, tr("About ChatVox"),
            tr("<p><b>ChatVox %1</b></p><p>Reads Twitch chat aloud through VOICEVOX-compatible "
               "speech engines.</p><p>Voices belong to their engines: follow each engine's "
               "terms (e.g. credit \"VOICEVOX: name\") when you stream.</p>")
                .arg(QStringLiteral(CHATVOX_VERSION)));
    });

    // The panels. One line each; the order is the default tab order.
    m_connection = new ConnectionPanel(m_context);
    addPanel(u"connectionPanel"_s, m_connection, Qt::TopDockWidgetArea);
    m_speaker = new SpeakerPanel(m_context);
    connect(m_speaker, &SpeakerPanel::engineSettingsRequested, this,
            [this] { emit settingsRequested(int(Preferences::Page::Speech)); });
    addPanel(u"speakerPanel"_s, m_speaker, Qt::BottomDockWidgetArea);
    m_filters = new FilterEditor(m_context.settings);
    addPanel(u"filtersPanel"_s, m_filters, Qt::BottomDockWidgetArea);
    // Per-viewer voices and the Twitch account (issue 6); the account also in the Connection
    // panel's login area.
    addPanel(u"viewerVoicesPanel"_s, new ViewerVoicesPanel(m_context, m_speaker->speakerModel()),
             Qt::BottomDockWidgetArea);
    if (m_context.account) {
        addPanel(u"accountPanel"_s, new AccountPanel(m_context), Qt::BottomDockWidgetArea);
        auto *summary = new AccountSummary(m_context);
        connect(summary, &AccountSummary::detailsRequested, this,
                [this] { showPanel(u"accountPanel"_s); });
        m_connection->setAccountWidget(summary);
    }
    m_queue = new QueuePanel(m_context, ui->actionSkip, ui->actionClearQueue, ui->actionPause);
    addPanel(u"queuePanel"_s, m_queue, Qt::BottomDockWidgetArea);
    m_log = new LogPanel(m_context);
    addPanel(u"logPanel"_s, m_log, Qt::BottomDockWidgetArea);
    addPanel(u"bridgePanel"_s, new BridgePanel(m_context, ui->actionKillSwitch),
             Qt::BottomDockWidgetArea);

    resize(1100, 760);
    m_docks.value(u"speakerPanel"_s)->raise();
    QDockWidget *strip = m_docks.value(u"connectionPanel"_s);
    connect(strip, &QDockWidget::dockLocationChanged, this, &MainWindow::fitConnectionPanel);
    connect(strip, &QDockWidget::topLevelChanged, this, &MainWindow::fitConnectionPanel);
    fitConnectionPanel();
    m_defaultState = saveState();
    restoreLayout();

    connect(m_context.status, &RunStatus::changed, this, &MainWindow::updateActions);
    updateActions();
}

MainWindow::~MainWindow() = default;

QDockWidget *MainWindow::addPanel(const QString &objectName, QWidget *panel,
                                  Qt::DockWidgetArea area)
{
    auto *dock = new QDockWidget(panel->windowTitle(), this);
    dock->setObjectName(objectName);
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable
                      | QDockWidget::DockWidgetClosable);
    // Panels scroll instead of squeezing their controls when the window is small.
    auto *scroll = new QScrollArea(dock);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus); // the panel's controls take the focus, not the frame
    scroll->setWidget(panel);
    dock->setWidget(scroll);
    connect(panel, &QWidget::windowTitleChanged, dock, &QDockWidget::setWindowTitle);
    // Tabs next to the first panel of the same area.
    QDockWidget *sibling = nullptr;
    for (QDockWidget *d : std::as_const(m_dockOrder)) {
        if (dockWidgetArea(d) == area) {
            sibling = d;
            break;
        }
    }
    addDockWidget(area, dock);
    if (sibling)
        tabifyDockWidget(sibling, dock);
    m_docks.insert(objectName, dock);
    m_dockOrder << dock;
    ui->menuView->addAction(dock->toggleViewAction());
    return dock;
}

void MainWindow::showPanel(const QString &objectName)
{
    if (QDockWidget *d = m_docks.value(objectName)) {
        d->show();
        d->raise();
    }
}

QAction *MainWindow::pauseAction() const
{
    return ui->actionPause;
}
QAction *MainWindow::skipAction() const
{
    return ui->actionSkip;
}
QAction *MainWindow::clearQueueAction() const
{
    return ui->actionClearQueue;
}
QAction *MainWindow::muteAction() const
{
    return ui->actionMute;
}
QAction *MainWindow::killSwitchAction() const
{
    return ui->actionKillSwitch;
}
QAction *MainWindow::showWindowAction() const
{
    return ui->actionShowWindow;
}
QAction *MainWindow::settingsAction() const
{
    return ui->actionSettings;
}
QAction *MainWindow::quitAction() const
{
    return ui->actionQuit;
}

void MainWindow::updateActions()
{
    const bool paused = m_context.pipeline->isReadingPaused();
    {
        const QSignalBlocker block(ui->actionPause);
        ui->actionPause->setChecked(paused);
    }
    ui->actionPause->setText(paused ? tr("&Resume reading") : tr("&Pause reading"));
    ui->actionPause->setIcon(
        style()->standardIcon(paused ? QStyle::SP_MediaPlay : QStyle::SP_MediaPause));
    {
        const QSignalBlocker block(ui->actionMute);
        ui->actionMute->setChecked(m_context.pipeline->isMuted());
    }
    ui->actionMute->setIcon(style()->standardIcon(
        m_context.pipeline->isMuted() ? QStyle::SP_MediaVolumeMuted : QStyle::SP_MediaVolume));
    const RunStatus *status = m_context.status;
    QString text = status->connectionText();
    if (paused)
        text += u" — "_s + tr("reading paused");
    if (m_context.pipeline->isMuted())
        text += u" — "_s + tr("muted");
    statusBar()->showMessage(tr("%1 · %2 read · %3 waiting")
                                 .arg(text)
                                 .arg(status->readCount())
                                 .arg(status->queueLength()));
}

void MainWindow::retranslate()
{
    ui->retranslateUi(this);
    updateActions();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::bringToFront()
{
    if (isMinimized())
        setWindowState((windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    show();
    raise();
    activateWindow();
}

void MainWindow::saveLayout()
{
    m_context.settings->setWindowGeometry(saveGeometry());
    m_context.settings->setWindowState(saveState());
}

bool MainWindow::restoreLayout()
{
    const QByteArray geometry = m_context.settings->windowGeometry();
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
    const QByteArray state = m_context.settings->windowState();
    return !state.isEmpty() && restoreState(state);
}

void MainWindow::fitConnectionPanel()
{
    // Docked above or below the tabs, the Connection strip is only as tall as its content, so
    // the tabbed panels get the rest of the window (there is no central widget to take it).
    QDockWidget *strip = m_docks.value(u"connectionPanel"_s);
    if (!strip)
        return;
    const Qt::DockWidgetArea area = dockWidgetArea(strip);
    const bool horizontal = !strip->isFloating()
        && (area == Qt::TopDockWidgetArea || area == Qt::BottomDockWidgetArea);
    strip->setMaximumHeight(horizontal ? strip->sizeHint().height() : QWIDGETSIZE_MAX);
}

void MainWindow::resetLayout()
{
    restoreState(m_defaultState);
    for (QDockWidget *d : std::as_const(m_dockOrder))
        d->show();
    m_docks.value(u"speakerPanel"_s)->raise();
    fitConnectionPanel();
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    fitConnectionPanel();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    if (m_closeToTray) {
        hide();
        event->ignore();
        emit hiddenToTray();
        return;
    }
    event->accept();
    emit quitRequested();
}

} // namespace chatvox
