#include "trayicon.h"

#include "app/runstatus.h"
#include "app/settings.h"
#include "gui/icons.h"
#include "gui/mainwindow.h"

#include <QApplication>
#include <QMenu>
#include <QSystemTrayIcon>

using namespace Qt::StringLiterals;

namespace chatvox {

TrayIcon::TrayIcon(const DesktopContext &context, MainWindow *window, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_window(window)
    , m_icon(new QSystemTrayIcon(this))
    , m_menu(new QMenu(window))
{
    m_menu->addAction(window->pauseAction());
    m_menu->addAction(window->skipAction());
    m_menu->addAction(window->clearQueueAction());
    m_menu->addAction(window->muteAction());
    m_menu->addSeparator();
    m_menu->addAction(window->killSwitchAction());
    m_menu->addSeparator();
    m_menu->addAction(window->showWindowAction());
    m_menu->addAction(window->settingsAction());
    m_menu->addSeparator();
    m_menu->addAction(window->quitAction());
    m_icon->setContextMenu(m_menu);
    connect(m_icon, &QSystemTrayIcon::activated, this,
            [this](QSystemTrayIcon::ActivationReason reason) {
                if ((reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
                    && m_window)
                    m_window->bringToFront();
            });
    connect(m_context.status, &RunStatus::changed, this, &TrayIcon::refresh);
    connect(m_context.status, &RunStatus::errorRaised, this, [this](const QString &message) {
        if (m_icon->isVisible())
            m_icon->showMessage(tr("ChatVox: a problem"), message, QSystemTrayIcon::Critical,
                                10000);
    });
    refresh();
}

TrayIcon::~TrayIcon() = default;

bool TrayIcon::isSystemTrayAvailable()
{
    return QSystemTrayIcon::isSystemTrayAvailable();
}

void TrayIcon::show()
{
    m_icon->show();
}

void TrayIcon::refresh()
{
    m_icon->setIcon(icons::tray(m_context.status->trayState()));
    m_icon->setToolTip(m_context.status->toolTip());
}

void TrayIcon::noticeHiddenToTray()
{
    if (m_context.settings->trayNoticeShown() || !m_icon->isVisible())
        return;
    m_context.settings->setTrayNoticeShown(true);
    m_icon->showMessage(tr("ChatVox keeps reading"),
                        tr("ChatVox is still running here. Use the tray menu to pause it, open "
                           "the window or quit."),
                        QSystemTrayIcon::Information, 8000);
}

} // namespace chatvox
