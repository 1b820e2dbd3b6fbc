#include "bridgepanel.h"

#include "app/bridge.h"
#include "app/bridgeactionmodel.h"
#include "app/bridgeactivitymodel.h"
#include "app/pipeline.h"
#include "gui/bridgeactiondialog.h"
#include "gui/bridgeconfigedit.h"
#include "gui/bridgeoptionsdialog.h"
#include "gui/icons.h"
#include "ui_bridgepanel.h"

#include <cmath>

#include <QAction>
#include <QDateTime>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QMessageBox>
#include <QPalette>
#include <QScrollBar>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace chatvox {

namespace {

bool darkPalette()
{
    return QGuiApplication::palette().color(QPalette::Window).lightness() < 128;
}

QColor problemColor()
{
    return darkPalette() ? QColor(0xf8, 0x71, 0x71) : QColor(0xdc, 0x26, 0x26);
}

QColor warningColor()
{
    return darkPalette() ? QColor(0xfb, 0xbf, 0x24) : QColor(0xb4, 0x53, 0x09);
}

// The activity as the panel lists it: the time first, problems in red, refusals in amber,
// the streamer's and moderators' switches in bold.
class ActivityFeed : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!index.isValid())
            return {};
        const QString kind
            = QIdentityProxyModel::data(index, BridgeActivityModel::KindRole).toString();
        switch (role) {
        case Qt::DisplayRole: {
            const qint64 ms
                = QIdentityProxyModel::data(index, BridgeActivityModel::TimeRole).toLongLong();
            return QString(QDateTime::fromMSecsSinceEpoch(ms).toString(u"HH:mm:ss"_s) + u"  "_s
                           + QIdentityProxyModel::data(index, Qt::DisplayRole).toString());
        }
        case Qt::AccessibleTextRole:
            return QIdentityProxyModel::data(index, Qt::DisplayRole);
        case Qt::ForegroundRole:
            if (kind == u"failed" || kind == u"host_problem")
                return problemColor();
            if (kind == u"rejected" || kind == u"dropped")
                return warningColor();
            return {};
        case Qt::FontRole:
            if (kind == u"control") {
                QFont bold;
                bold.setBold(true);
                return bold;
            }
            return {};
        default:
            return QIdentityProxyModel::data(index, role);
        }
    }
};

// The actions table: "who" in words of the app's language rather than bridge.json's.
class ActionTable : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;

    QVariant data(const QModelIndex &index, int role) const override
    {
        const auto *actions = static_cast<const BridgeActionModel *>(sourceModel());
        if (role == Qt::DisplayRole && index.column() == BridgeActionModel::PermissionColumn
            && index.row() < actions->actions().size())
            return permissionLabel(actions->actions().at(index.row()).permission, true);
        if (role == Qt::ToolTipRole && index.row() < actions->actions().size()) {
            const QString text = QIdentityProxyModel::data(index, Qt::DisplayRole).toString();
            return index.column() == BridgeActionModel::PermissionColumn
                ? permissionLabel(actions->actions().at(index.row()).permission)
                : text;
        }
        return QIdentityProxyModel::data(index, role);
    }
};

void styleBadge(QLabel *badge, const QColor &background)
{
    badge->setStyleSheet(u"QLabel { background-color: %1; color: white; font-weight: bold; "
                         "border-radius: 4px; padding: 6px 14px; }"_s.arg(background.name()));
}

} // namespace

BridgePanel::BridgePanel(const DesktopContext &context, QAction *killSwitch, QWidget *parent)
    : QWidget(parent)
    , ui(std::make_unique<Ui::BridgePanel>())
    , m_context(context)
    , m_bridge(context.pipeline ? context.pipeline->bridge() : nullptr)
{
    ui->setupUi(this);
    ui->rearmFrame->hide();
    ui->killSwitchButton->setIcon(icons::killSwitch());
    QFont bold = ui->killSwitchButton->font();
    bold.setBold(true);
    ui->killSwitchButton->setFont(bold);
    ui->armButton->setFont(bold);
    // The panel scrolls only below the splitter's minimum: the lists take what is left rather
    // than asking for their preferred height (word-wrapped labels make the scroll area honour
    // preferred heights).
    ui->splitter->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Ignored);
    ui->splitter->setStretchFactor(0, 3);
    ui->splitter->setStretchFactor(1, 2);
    connect(ui->killSwitchButton, &QPushButton::clicked, killSwitch, &QAction::trigger);

    Bridge *b = m_bridge;
    if (b) {
        auto *table = new ActionTable(this);
        table->setSourceModel(b->actions());
        ui->actionsView->setModel(table);
        auto *feed = new ActivityFeed(this);
        feed->setSourceModel(b->activity());
        ui->activityView->setModel(feed);
        QHeaderView *header = ui->actionsView->horizontalHeader();
        header->setStretchLastSection(true);
        header->setSectionResizeMode(QHeaderView::Interactive);
        ui->actionsView->verticalHeader()->hide();
        ui->actionsView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
        ui->actionsView->setWordWrap(false);
        // The selected action stays visible while Test or Edit has the focus (the Windows
        // style draws an inactive selection in the base colour).
        QPalette palette = ui->actionsView->palette();
        for (QPalette::ColorRole role : {QPalette::Highlight, QPalette::HighlightedText})
            palette.setColor(QPalette::Inactive, role, palette.color(QPalette::Active, role));
        ui->actionsView->setPalette(palette);

        connect(b, &Bridge::armedChanged, this, &BridgePanel::refresh);
        connect(b, &Bridge::modeChanged, this, &BridgePanel::refresh);
        connect(b, &Bridge::configChanged, this, &BridgePanel::refresh);
        connect(b, &Bridge::statusChanged, this, &BridgePanel::refresh);
        connect(b->actions(), &QAbstractItemModel::modelReset, this, [this] {
            ui->actionsView->resizeColumnsToContents();
            for (int c = 0; c < BridgeActionModel::ColumnCount; ++c)
                ui->actionsView->setColumnWidth(c, std::min(ui->actionsView->columnWidth(c), 320));
            if (!m_reselect.isEmpty())
                selectAction(m_reselect);
            updateButtons();
        });
        connect(ui->actionsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
                [this] {
                    m_reselect = selectedActionId();
                    fillTestChoices();
                    updateButtons();
                });
        // Follow new activity while the list is scrolled to its end.
        connect(feed, &QAbstractItemModel::rowsAboutToBeInserted, this, [this] {
            QScrollBar *bar = ui->activityView->verticalScrollBar();
            ui->activityView->setProperty("follow", bar->value() >= bar->maximum() - 2);
        });
        connect(feed, &QAbstractItemModel::rowsInserted, this, [this] {
            if (ui->activityView->property("follow").toBool())
                ui->activityView->scrollToBottom();
        });
        ui->actionsView->resizeColumnsToContents();
    }

    connect(ui->enableCheck, &QCheckBox::clicked, this, &BridgePanel::setEnabledInFile);
    connect(ui->armButton, &QPushButton::clicked, this, &BridgePanel::onArmClicked);
    connect(ui->rearmConfirmButton, &QPushButton::clicked, this, &BridgePanel::confirmRearm);
    connect(ui->rearmCancelButton, &QPushButton::clicked, this, [this] {
        ui->rearmFrame->hide();
        ui->armButton->setFocus();
    });
    connect(ui->modeCombo, &QComboBox::activated, this, [this](int index) {
        if (m_bridge)
            m_bridge->setMode(index == 1 ? Bridge::Mode::Democracy : Bridge::Mode::Anarchy);
    });
    connect(ui->voteSpin, &QDoubleSpinBox::editingFinished, this, &BridgePanel::saveVoteWindow);
    connect(ui->addButton, &QPushButton::clicked, this, [this] { editAction(QString()); });
    connect(ui->editButton, &QPushButton::clicked, this,
            [this] { editAction(selectedActionId()); });
    connect(ui->actionsView, &QAbstractItemView::activated, this,
            [this] { editAction(selectedActionId()); });
    connect(ui->removeButton, &QPushButton::clicked, this, &BridgePanel::removeSelected);
    connect(ui->testButton, &QPushButton::clicked, this, &BridgePanel::testSelected);
    connect(ui->clearActivityButton, &QPushButton::clicked, this, [this] {
        if (m_bridge)
            m_bridge->activity()->clear();
    });
    connect(ui->openFolderButton, &QPushButton::clicked, this, [this] {
        if (!m_bridge)
            return;
        const QString dir = QFileInfo(m_bridge->configPath()).absolutePath();
        QDir().mkpath(dir);
        QDesktopServices::openUrl(QUrl::fromLocalFile(dir));
    });
    connect(ui->reloadButton, &QPushButton::clicked, this, [this] {
        if (!m_bridge)
            return;
        m_saveError.clear();
        m_bridge->reload();
        refresh();
    });
    connect(ui->optionsButton, &QPushButton::clicked, this, &BridgePanel::openOptions);
    retranslate();
}

BridgePanel::~BridgePanel() = default;

Bridge *BridgePanel::bridge() const
{
    return m_bridge;
}

BridgeActionDialog *BridgePanel::actionDialog() const
{
    return m_actionDialog;
}

BridgeOptionsDialog *BridgePanel::optionsDialog() const
{
    return m_optionsDialog;
}

QString BridgePanel::selectedActionId() const
{
    const QModelIndex index = ui->actionsView->currentIndex();
    return index.isValid()
        ? index.siblingAtColumn(0).data(BridgeActionModel::ActionIdRole).toString()
        : QString();
}

void BridgePanel::selectAction(const QString &actionId)
{
    if (!m_bridge)
        return;
    const QAbstractItemModel *model = ui->actionsView->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (index.data(BridgeActionModel::ActionIdRole).toString() == actionId) {
            ui->actionsView->setCurrentIndex(index);
            ui->actionsView->selectRow(row);
            return;
        }
    }
}

void BridgePanel::refresh()
{
    Bridge *b = m_bridge;
    const bool have = b != nullptr;
    const bool editable = have && canEditBridgeConfig(*b);
    const bool enabled = have && b->isEnabled();
    const bool armed = have && b->isArmed();
    const bool latched = have && b->isKillSwitchLatched();
    for (QWidget *w : std::initializer_list<QWidget *>{
             ui->enableCheck, ui->modeCombo, ui->voteSpin, ui->addButton, ui->optionsButton,
             ui->openFolderButton, ui->reloadButton, ui->clearActivityButton})
        w->setEnabled(have);

    QString badge;
    QString status;
    QColor color;
    if (!have) {
        badge = tr("NOT AVAILABLE");
        status = tr("The viewer-input bridge is not part of this run.");
        color = QColor(0x6b, 0x72, 0x80);
    } else if (!b->loadProblem().isEmpty()) {
        badge = tr("OFF: BAD FILE");
        status = b->loadProblem() + u' '
            + tr("Fix bridge.json by hand (Open folder), then press Reload. ChatVox does not "
                 "write over it, so nothing you wrote is lost.");
        color = QColor(0xd9, 0x77, 0x06);
    } else if (!enabled) {
        badge = tr("OFF");
        status = tr("The bridge is off: nothing viewers type or redeem presses keys or runs "
                    "scripts. Add actions, then turn it on above.");
        color = QColor(0x6b, 0x72, 0x80);
    } else if (latched) {
        badge = tr("DISARMED: KILL SWITCH");
        status = tr("The kill switch disarmed the bridge. It stays disarmed until you arm it "
                    "again (a moderator's !bridge on is refused).");
        color = QColor(0xdc, 0x26, 0x26);
    } else if (!armed) {
        badge = tr("DISARMED");
        status = tr("Disarmed: viewers' commands and rewards do nothing until you arm the bridge.");
        color = QColor(0x4b, 0x55, 0x63);
    } else {
        badge = tr("ARMED");
        status = b->mode() == Bridge::Mode::Democracy
            ? tr("Armed: viewers vote with their commands; when the vote window closes, the "
                 "most voted action runs.")
            : tr("Armed: every valid command and reward runs its action.");
        color = QColor(0x16, 0xa3, 0x4a);
    }
    ui->stateBadge->setText(badge);
    ui->stateBadge->setAccessibleDescription(status);
    styleBadge(ui->stateBadge, color);
    if (m_saveError.isEmpty()) {
        ui->statusLabel->setTextFormat(Qt::PlainText);
        ui->statusLabel->setText(status);
    } else {
        ui->statusLabel->setTextFormat(Qt::RichText);
        ui->statusLabel->setText(u"%1<br><span style=\"color:%2\">%3</span>"_s.arg(
            status.toHtmlEscaped(), problemColor().name(), m_saveError.toHtmlEscaped()));
    }

    {
        const QSignalBlocker block(ui->enableCheck);
        ui->enableCheck->setChecked(enabled);
    }
    ui->enableCheck->setEnabled(editable);
    ui->armButton->setText(armed ? tr("Dis&arm") : tr("&Arm"));
    ui->armButton->setEnabled(enabled);
    ui->armButton->setToolTip(enabled ? (armed ? tr("Disarm: viewers' commands and rewards do "
                                                    "nothing until you arm the bridge again.")
                                               : tr("Arm: viewers' commands and rewards run "
                                                    "their actions."))
                                      : tr("Turn the bridge on first."));
    if (armed || !latched)
        ui->rearmFrame->hide();
    {
        const QSignalBlocker block(ui->modeCombo);
        ui->modeCombo->setCurrentIndex(have && b->mode() == Bridge::Mode::Democracy ? 1 : 0);
    }
    ui->modeCombo->setEnabled(enabled);
    if (have && !ui->voteSpin->hasFocus()) {
        const QSignalBlocker block(ui->voteSpin);
        ui->voteSpin->setValue(editableBridgeConfig(*b).voteWindowMs / 1000.0);
    }
    ui->voteSpin->setEnabled(editable);
    ui->addButton->setEnabled(editable);
    ui->optionsButton->setEnabled(editable);
    ui->fileLabel->setText(have ? tr("Saved in %1").arg(QDir::toNativeSeparators(b->configPath()))
                                : QString());
    refreshHost();
    updateButtons();
}

void BridgePanel::refreshHost()
{
    Bridge *b = m_bridge;
    if (!b) {
        ui->hostLabel->clear();
        return;
    }
    const PowerShellHost *host = b->host();
    const QString program = QDir::toNativeSeparators(host->plan().program);
    QString text;
    bool problem = false;
    if (!b->hostProblem().isEmpty()) {
        text = tr("PowerShell: %1").arg(b->hostProblem());
        problem = true;
    } else {
        switch (host->state()) {
        case PowerShellHost::State::Stopped:
            text = program.isEmpty()
                ? tr("PowerShell: not started (it starts when the bridge is armed, or for a "
                     "test).")
                : tr("PowerShell: %1, not running (it starts when the bridge is armed).")
                      .arg(program);
            break;
        case PowerShellHost::State::Starting:
            text = tr("PowerShell: starting %1…").arg(program);
            break;
        case PowerShellHost::State::Ready:
        case PowerShellHost::State::Busy:
            text = tr("PowerShell: ready (%1).").arg(program);
            break;
        case PowerShellHost::State::Restarting:
            text = tr("PowerShell: restarting after a failure: %1").arg(host->lastProblem());
            problem = true;
            break;
        case PowerShellHost::State::Failed:
            text = tr("PowerShell keeps failing: %1").arg(host->lastProblem());
            problem = true;
            break;
        }
    }
    QPalette palette = this->palette();
    if (problem)
        palette.setColor(QPalette::WindowText, problemColor());
    ui->hostLabel->setPalette(palette);
    ui->hostLabel->setText(text);
}

void BridgePanel::updateButtons()
{
    Bridge *b = m_bridge;
    const bool selected = b && !selectedActionId().isEmpty();
    const bool editable = b && canEditBridgeConfig(*b);
    ui->editButton->setEnabled(selected && editable);
    ui->removeButton->setEnabled(selected && editable);
    const bool canTest = selected && b->isEnabled() && ui->testChoiceCombo->count() > 0;
    ui->testButton->setEnabled(canTest);
    ui->testChoiceCombo->setEnabled(canTest && ui->testChoiceCombo->count() > 1);
    ui->testButton->setToolTip(b && !b->isEnabled()
                                   ? tr("Turn the bridge on first: the test runs through "
                                        "PowerShell like a viewer's command.")
                                   : tr("Runs the selected action on this PC now, as if a viewer "
                                        "had triggered it (no cooldown, works while disarmed)"));
}

void BridgePanel::fillTestChoices()
{
    const QSignalBlocker block(ui->testChoiceCombo);
    const QString keep = ui->testChoiceCombo->currentData().toString();
    ui->testChoiceCombo->clear();
    const Action *action = m_bridge ? m_bridge->config().action(selectedActionId()) : nullptr;
    if (!action)
        return;
    if (action->hasDefault)
        ui->testChoiceCombo->addItem(tr("(none)"), QString());
    for (const ActionChoice &c : action->choices)
        ui->testChoiceCombo->addItem(c.word, c.word);
    ui->testChoiceCombo->setCurrentIndex(std::max(0, ui->testChoiceCombo->findData(keep)));
}

void BridgePanel::onArmClicked()
{
    Bridge *b = m_bridge;
    if (!b)
        return;
    if (b->isArmed()) {
        b->setArmed(false);
    } else if (b->isKillSwitchLatched()) {
        // After the kill switch, arming again is a conscious second step.
        ui->rearmFrame->show();
        ui->rearmConfirmButton->setFocus();
    } else {
        b->setArmed(true);
    }
    refresh();
}

void BridgePanel::confirmRearm()
{
    ui->rearmFrame->hide();
    if (m_bridge)
        m_bridge->setArmed(true);
    ui->armButton->setFocus();
    refresh();
}

void BridgePanel::showSaveError(const QString &error)
{
    m_saveError = error.isEmpty() ? QString() : tr("Not saved: %1").arg(error);
    refresh();
}

void BridgePanel::setEnabledInFile(bool enabled)
{
    if (!m_bridge)
        return;
    BridgeConfig config = editableBridgeConfig(*m_bridge);
    config.enabled = enabled;
    QString error;
    showSaveError(saveBridgeConfig(*m_bridge, config, &error) ? QString() : error);
}

void BridgePanel::saveVoteWindow()
{
    if (!m_bridge || !canEditBridgeConfig(*m_bridge))
        return;
    BridgeConfig config = editableBridgeConfig(*m_bridge);
    const int ms = int(std::lround(ui->voteSpin->value() * 1000));
    if (ms == config.voteWindowMs)
        return;
    config.voteWindowMs = ms;
    QString error;
    showSaveError(saveBridgeConfig(*m_bridge, config, &error) ? QString() : error);
}

void BridgePanel::editAction(const QString &actionId)
{
    if (!m_bridge || !canEditBridgeConfig(*m_bridge))
        return;
    if (m_actionDialog) {
        m_actionDialog->raise();
        m_actionDialog->activateWindow();
        return;
    }
    m_actionDialog = new BridgeActionDialog(m_bridge, actionId, this);
    m_actionDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_actionDialog, &BridgeActionDialog::saved, this, [this](const QString &id) {
        m_reselect = id;
        m_saveError.clear();
        selectAction(id);
        refresh();
    });
    m_actionDialog->open();
}

void BridgePanel::removeSelected()
{
    const QString id = selectedActionId();
    if (!m_bridge || id.isEmpty())
        return;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Remove action"),
                                tr("Remove the action %1 from bridge.json?").arg(id),
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(u"removeQuestion"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->button(QMessageBox::Yes)->setText(tr("&Remove"));
    box->button(QMessageBox::Cancel)->setText(tr("Cancel"));
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::finished, this, [this, id](int result) {
        if (result != QMessageBox::Yes || !m_bridge)
            return;
        BridgeConfig config = editableBridgeConfig(*m_bridge);
        config.actions.removeIf([&id](const Action &a) { return a.id == id; });
        QString error;
        showSaveError(saveBridgeConfig(*m_bridge, config, &error) ? QString() : error);
    });
    box->open();
}

void BridgePanel::testSelected()
{
    const QString id = selectedActionId();
    if (m_bridge && !id.isEmpty())
        m_bridge->testAction(id, ui->testChoiceCombo->currentData().toString());
}

void BridgePanel::openOptions()
{
    if (!m_bridge || !canEditBridgeConfig(*m_bridge))
        return;
    if (!m_optionsDialog) {
        m_optionsDialog = new BridgeOptionsDialog(m_bridge, this);
        m_optionsDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_optionsDialog, &QDialog::accepted, this, [this] {
            m_saveError.clear();
            refresh();
        });
    }
    m_optionsDialog->open();
}

void BridgePanel::retranslate()
{
    const QSignalBlocker block(ui->modeCombo);
    ui->modeCombo->clear();
    ui->modeCombo->addItem(tr("Anarchy: every command runs"));
    ui->modeCombo->addItem(tr("Democracy: viewers vote"));
    fillTestChoices();
    refresh();
    // The tables' texts come from the models at each paint.
    ui->actionsView->viewport()->update();
    ui->actionsView->horizontalHeader()->viewport()->update();
}

void BridgePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        ui->retranslateUi(this);
        retranslate();
    }
    QWidget::changeEvent(event);
}

} // namespace chatvox
