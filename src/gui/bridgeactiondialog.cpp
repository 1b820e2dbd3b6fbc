#include "bridgeactiondialog.h"

#include "app/bridge.h"
#include "bridge/keycodes.h"
#include "gui/bridgeconfigedit.h"
#include "ui_bridgeactiondialog.h"

#include <cmath>

#include <QDesktopServices>
#include <QDir>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QStyle>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace chatvox {

namespace {

enum KindIndex { KeysIndex, ScriptIndex };

QList<KeyStep> toSteps(const QList<QStringList> &steps, int holdMs)
{
    QList<KeyStep> out;
    for (const QStringList &names : steps) {
        KeyStep step;
        step.names = names;
        step.holdMs = holdMs;
        for (const QString &name : names) {
            if (const std::optional<ScanKey> key = scanKeyForName(name))
                step.keys << *key;
        }
        out << step;
    }
    return out;
}

QList<QStringList> toNames(const QList<KeyStep> &steps)
{
    QList<QStringList> out;
    for (const KeyStep &s : steps)
        out << s.names;
    return out;
}

} // namespace

BridgeActionDialog::BridgeActionDialog(Bridge *bridge, const QString &actionId, QWidget *parent)
    : QDialog(parent)
    , ui(std::make_unique<Ui::BridgeActionDialog>())
    , m_bridge(bridge)
    , m_originalId(actionId)
{
    ui->setupUi(this);
    ui->idEdit->setValidator(new QRegularExpressionValidator(
        QRegularExpression(u"[A-Za-z0-9_.\\-]{0,64}"_s), ui->idEdit));
    ui->choiceWordEdit->setValidator(
        new QRegularExpressionValidator(QRegularExpression(u"\\S{0,32}"_s), ui->choiceWordEdit));
    ui->refreshScriptsButton->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    ui->errorLabel->hide();
    QPalette errorPalette = ui->errorLabel->palette();
    errorPalette.setColor(QPalette::WindowText, QColor(0xdc, 0x26, 0x26));
    ui->errorLabel->setPalette(errorPalette);
    ui->keyCombo->addItems(bridgeKeyNamesForEditor());

    const BridgeConfig config = editableBridgeConfig(*m_bridge);
    m_scriptsFolder = config.scriptsFolder;
    fillCombos();
    Action action;
    if (const Action *existing = config.action(actionId))
        action = *existing;
    else
        m_originalId.clear();
    load(action);

    connect(ui->kindCombo, &QComboBox::currentIndexChanged, this, &BridgeActionDialog::updateKind);
    connect(ui->entriesList, &QListWidget::currentRowChanged, this, &BridgeActionDialog::showEntry);
    connect(ui->stepsList, &QListWidget::currentRowChanged, this,
            &BridgeActionDialog::updateButtons);
    connect(ui->triggersList, &QListWidget::currentRowChanged, this,
            &BridgeActionDialog::updateButtons);
    connect(ui->addStepButton, &QPushButton::clicked, this, [this] { addStep(false); });
    connect(ui->addToStepButton, &QPushButton::clicked, this, [this] { addStep(true); });
    connect(ui->moveUpButton, &QPushButton::clicked, this, [this] { moveStep(-1); });
    connect(ui->moveDownButton, &QPushButton::clicked, this, [this] { moveStep(1); });
    connect(ui->removeStepButton, &QPushButton::clicked, this, &BridgeActionDialog::removeStep);
    connect(ui->addChoiceButton, &QPushButton::clicked, this, &BridgeActionDialog::addChoice);
    connect(ui->choiceWordEdit, &QLineEdit::returnPressed, this, &BridgeActionDialog::addChoice);
    connect(ui->removeChoiceButton, &QPushButton::clicked, this, &BridgeActionDialog::removeChoice);
    connect(ui->addCommandButton, &QPushButton::clicked, this, [this] { addTrigger(false); });
    connect(ui->commandEdit, &QLineEdit::returnPressed, this, [this] { addTrigger(false); });
    connect(ui->addRewardButton, &QPushButton::clicked, this, [this] { addTrigger(true); });
    connect(ui->rewardEdit, &QLineEdit::returnPressed, this, [this] { addTrigger(true); });
    connect(ui->removeTriggerButton, &QPushButton::clicked, this,
            &BridgeActionDialog::removeTrigger);
    connect(ui->holdSpin, &QSpinBox::valueChanged, this, [this](int ms) {
        if (Entry *e = currentEntry(); e && !m_updating)
            e->holdMs = ms;
    });
    connect(ui->argsEdit, &QPlainTextEdit::textChanged, this, [this] {
        Entry *e = currentEntry();
        if (!e || m_updating)
            return;
        QStringList lines = ui->argsEdit->toPlainText().split(u'\n');
        while (!lines.isEmpty() && lines.constLast().isEmpty())
            lines.removeLast();
        e->args = lines;
    });
    connect(ui->defaultRunsCheck, &QCheckBox::toggled, this, [this](bool on) {
        if (!m_updating)
            m_scriptDefaultRuns = on;
        updateEntryNote();
    });
    connect(ui->openScriptsButton, &QPushButton::clicked, this, [this] {
        QDir().mkpath(m_scriptsFolder);
        QDesktopServices::openUrl(QUrl::fromLocalFile(m_scriptsFolder));
    });
    connect(ui->refreshScriptsButton, &QPushButton::clicked, this,
            [this] { fillScripts(ui->scriptCombo->currentText()); });
    connect(ui->buttonBox, &QDialogButtonBox::accepted, this, &BridgeActionDialog::accept);
    connect(ui->buttonBox, &QDialogButtonBox::rejected, this, &BridgeActionDialog::reject);
    retranslate();
    ui->idEdit->setFocus();
}

BridgeActionDialog::~BridgeActionDialog() = default;

void BridgeActionDialog::fillCombos()
{
    const QSignalBlocker a(ui->kindCombo);
    const QSignalBlocker b(ui->permissionCombo);
    const int kind = std::max(0, ui->kindCombo->currentIndex());
    ui->kindCombo->clear();
    ui->kindCombo->addItem(tr("Press keys"));
    ui->kindCombo->addItem(tr("Run a PowerShell script"));
    ui->kindCombo->setCurrentIndex(kind);
    const QString permission = ui->permissionCombo->currentData().toString();
    ui->permissionCombo->clear();
    for (Permission p : kPermissions)
        ui->permissionCombo->addItem(permissionLabel(p), permissionName(p));
    ui->permissionCombo->setCurrentIndex(std::max(0, ui->permissionCombo->findData(permission)));
}

void BridgeActionDialog::fillScripts(const QString &keep)
{
    const QSignalBlocker block(ui->scriptCombo);
    ui->scriptCombo->clear();
    QStringList scripts = bridgeScriptsIn(m_scriptsFolder);
    // A script the action names but the folder lacks stays, so the loader can say so.
    if (!keep.isEmpty() && !scripts.contains(keep))
        scripts.prepend(keep);
    ui->scriptCombo->addItems(scripts);
    ui->scriptCombo->setCurrentIndex(std::max(0, int(scripts.indexOf(keep))));
    QString note = tr("Scripts run only from the scripts folder %1.")
                       .arg(QDir::toNativeSeparators(m_scriptsFolder));
    if (bridgeScriptsIn(m_scriptsFolder).isEmpty())
        note += u' '
            + tr("There is no .ps1 file in it yet: put your script there, then press %1.")
                  .arg(ui->refreshScriptsButton->accessibleName());
    ui->scriptsNote->setText(note);
}

void BridgeActionDialog::load(const Action &action)
{
    m_updating = true;
    ui->idEdit->setText(action.id);
    ui->kindCombo->setCurrentIndex(action.kind == Action::Kind::Script ? ScriptIndex : KeysIndex);
    ui->gapSpin->setValue(action.gapMs);
    ui->timeoutSpin->setValue(action.timeoutMs / 1000.0);
    fillScripts(action.script);
    m_entries.clear();
    Entry defaults;
    defaults.steps = toNames(action.payload.steps);
    defaults.holdMs = action.holdMs;
    defaults.args = action.payload.args;
    m_entries << defaults;
    for (const ActionChoice &c : action.choices) {
        Entry e;
        e.word = c.word;
        e.steps = toNames(c.payload.steps);
        e.holdMs = c.payload.steps.isEmpty() ? action.holdMs : c.payload.steps.constFirst().holdMs;
        e.args = c.payload.args;
        m_entries << e;
    }
    m_scriptDefaultRuns = action.kind != Action::Kind::Script || action.hasDefault;
    m_triggers = action.triggers;
    ui->permissionCombo->setCurrentIndex(
        std::max(0, ui->permissionCombo->findData(permissionName(action.permission))));
    ui->userCooldownSpin->setValue(action.userCooldownMs / 1000.0);
    ui->globalCooldownSpin->setValue(action.globalCooldownMs / 1000.0);
    m_updating = false;
    refreshEntries();
    refreshTriggers();
    updateKind();
}

Action BridgeActionDialog::action() const
{
    Action a;
    a.id = ui->idEdit->text().trimmed();
    a.kind
        = ui->kindCombo->currentIndex() == ScriptIndex ? Action::Kind::Script : Action::Kind::Keys;
    const Entry &defaults = m_entries.constFirst();
    if (a.kind == Action::Kind::Keys) {
        a.holdMs = defaults.holdMs;
        a.gapMs = ui->gapSpin->value();
        a.payload.steps = toSteps(defaults.steps, defaults.holdMs);
        a.hasDefault = !a.payload.steps.isEmpty();
    } else {
        a.script = ui->scriptCombo->currentText();
        a.timeoutMs = int(std::lround(ui->timeoutSpin->value() * 1000));
        a.payload.args = defaults.args;
        a.hasDefault = m_entries.size() == 1 || m_scriptDefaultRuns;
    }
    for (qsizetype i = 1; i < m_entries.size(); ++i) {
        const Entry &e = m_entries.at(i);
        ActionChoice c;
        c.word = e.word;
        if (a.kind == Action::Kind::Keys)
            c.payload.steps = toSteps(e.steps, e.holdMs);
        else
            c.payload.args = e.args;
        a.choices << c;
    }
    a.triggers = m_triggers;
    for (Permission p : kPermissions) {
        if (permissionName(p) == ui->permissionCombo->currentData().toString())
            a.permission = p;
    }
    a.userCooldownMs = int(std::lround(ui->userCooldownSpin->value() * 1000));
    a.globalCooldownMs = int(std::lround(ui->globalCooldownSpin->value() * 1000));
    return a;
}

QString BridgeActionDialog::errorText() const
{
    return ui->errorLabel->isHidden() ? QString() : ui->errorLabel->text();
}

bool BridgeActionDialog::save()
{
    BridgeConfig config = editableBridgeConfig(*m_bridge);
    const Action a = action();
    qsizetype index = -1;
    for (qsizetype i = 0; i < config.actions.size(); ++i) {
        if (!m_originalId.isEmpty() && config.actions.at(i).id == m_originalId)
            index = i;
    }
    if (index >= 0)
        config.actions[index] = a;
    else
        config.actions << a;
    QString error;
    if (!saveBridgeConfig(*m_bridge, config, &error)) {
        showError(tr("Not saved: %1").arg(error));
        return false;
    }
    showError(QString());
    m_originalId = a.id;
    emit saved(a.id);
    return true;
}

void BridgeActionDialog::accept()
{
    if (save())
        QDialog::accept();
}

void BridgeActionDialog::showError(const QString &message)
{
    ui->errorLabel->setText(message);
    ui->errorLabel->setVisible(!message.isEmpty());
}

BridgeActionDialog::Entry *BridgeActionDialog::currentEntry()
{
    const int row = ui->entriesList->currentRow();
    return row >= 0 && row < m_entries.size() ? &m_entries[row] : nullptr;
}

int BridgeActionDialog::currentStep() const
{
    return ui->stepsList->currentRow();
}

void BridgeActionDialog::refreshEntries()
{
    const int row = std::max(0, ui->entriesList->currentRow());
    {
        const QSignalBlocker block(ui->entriesList);
        ui->entriesList->clear();
        for (const Entry &e : std::as_const(m_entries))
            ui->entriesList->addItem(e.word.isEmpty() ? tr("(no choice word)") : e.word);
        ui->entriesList->setCurrentRow(std::min(row, int(m_entries.size()) - 1));
    }
    showEntry(ui->entriesList->currentRow());
}

void BridgeActionDialog::showEntry(int index)
{
    if (index < 0 || index >= m_entries.size())
        return;
    m_updating = true;
    const Entry &e = m_entries.at(index);
    ui->holdSpin->setValue(e.holdMs);
    ui->argsEdit->setPlainText(e.args.join(u'\n'));
    const bool script = ui->kindCombo->currentIndex() == ScriptIndex;
    ui->defaultRunsCheck->setVisible(script && index == 0 && m_entries.size() > 1);
    ui->defaultRunsCheck->setChecked(m_scriptDefaultRuns);
    m_updating = false;
    refreshSteps();
    updateEntryNote();
}

void BridgeActionDialog::updateEntryNote()
{
    const int index = ui->entriesList->currentRow();
    if (index < 0 || index >= m_entries.size())
        return;
    const Entry &e = m_entries.at(index);
    const bool script = ui->kindCombo->currentIndex() == ScriptIndex;
    QString note;
    if (!e.word.isEmpty())
        note = tr("What the choice \"%1\" does:").arg(e.word);
    else if (m_entries.size() == 1)
        note = tr("What the action does:");
    else if (script && !m_scriptDefaultRuns)
        note = tr("Without a choice word it does nothing; pick a choice on the left to edit it, "
                  "or tick the box below to run the script without a word too.");
    else if (!script && e.steps.isEmpty())
        note = tr("Without a choice word it does nothing; pick a choice on the left to edit it, "
                  "or add keys here to give it an action of its own.");
    else
        note = tr("What it does without a choice word:");
    ui->entryNote->setText(note);
}

void BridgeActionDialog::refreshSteps()
{
    const Entry *e = currentEntry();
    const int row = ui->stepsList->currentRow();
    const QSignalBlocker block(ui->stepsList);
    ui->stepsList->clear();
    if (e) {
        for (const QStringList &names : e->steps)
            ui->stepsList->addItem(names.join(u'+'));
    }
    ui->stepsList->setCurrentRow(std::min(row, ui->stepsList->count() - 1));
    if (ui->stepsList->currentRow() < 0 && ui->stepsList->count() > 0)
        ui->stepsList->setCurrentRow(ui->stepsList->count() - 1);
    updateButtons();
    updateEntryNote();
}

void BridgeActionDialog::refreshTriggers()
{
    const int row = ui->triggersList->currentRow();
    const QSignalBlocker block(ui->triggersList);
    ui->triggersList->clear();
    for (const ActionTrigger &t : std::as_const(m_triggers))
        ui->triggersList->addItem(t.command.isEmpty() ? tr("Channel-point reward: %1").arg(t.reward)
                                                      : tr("Chat command: %1").arg(t.command));
    ui->triggersList->setCurrentRow(std::min(row, ui->triggersList->count() - 1));
    updateButtons();
    updateEntryNote();
}

void BridgeActionDialog::updateKind()
{
    const bool script = ui->kindCombo->currentIndex() == ScriptIndex;
    ui->kindStack->setCurrentIndex(script ? 1 : 0);
    ui->payloadStack->setCurrentIndex(script ? 1 : 0);
    // The stack is as tall as the page shown, not as its tallest page.
    for (QStackedWidget *stack : {ui->kindStack, ui->payloadStack}) {
        for (int i = 0; i < stack->count(); ++i) {
            const bool shown = i == stack->currentIndex();
            stack->widget(i)->setSizePolicy(shown ? QSizePolicy::Preferred : QSizePolicy::Ignored,
                                            shown ? QSizePolicy::Preferred : QSizePolicy::Ignored);
        }
        stack->adjustSize();
    }
    showEntry(ui->entriesList->currentRow());
}

void BridgeActionDialog::updateButtons()
{
    const int step = currentStep();
    const int steps = ui->stepsList->count();
    ui->addToStepButton->setEnabled(step >= 0);
    ui->moveUpButton->setEnabled(step > 0);
    ui->moveDownButton->setEnabled(step >= 0 && step + 1 < steps);
    ui->removeStepButton->setEnabled(step >= 0);
    ui->removeChoiceButton->setEnabled(ui->entriesList->currentRow() > 0);
    ui->removeTriggerButton->setEnabled(ui->triggersList->currentRow() >= 0);
}

void BridgeActionDialog::addStep(bool together)
{
    Entry *e = currentEntry();
    const QString key = ui->keyCombo->currentText();
    if (!e || key.isEmpty())
        return;
    const int step = currentStep();
    if (together && step >= 0 && step < e->steps.size()) {
        e->steps[step] << key;
    } else {
        e->steps << QStringList{key};
        ui->stepsList->setCurrentRow(-1);
    }
    refreshSteps();
    if (!together)
        ui->stepsList->setCurrentRow(ui->stepsList->count() - 1);
}

void BridgeActionDialog::moveStep(int delta)
{
    Entry *e = currentEntry();
    const int step = currentStep();
    const int to = step + delta;
    if (!e || step < 0 || to < 0 || to >= e->steps.size())
        return;
    e->steps.move(step, to);
    refreshSteps();
    ui->stepsList->setCurrentRow(to);
}

void BridgeActionDialog::removeStep()
{
    Entry *e = currentEntry();
    const int step = currentStep();
    if (!e || step < 0 || step >= e->steps.size())
        return;
    e->steps.removeAt(step);
    refreshSteps();
}

void BridgeActionDialog::addChoice()
{
    const QString word = asciiLower(ui->choiceWordEdit->text().trimmed());
    if (word.isEmpty())
        return;
    // Kept in the order bridge.json keeps them (by word), and each word once: a second one
    // with the same word would silently replace the first in the file.
    qsizetype at = 1;
    while (at < m_entries.size() && m_entries.at(at).word < word)
        ++at;
    if (at < m_entries.size() && m_entries.at(at).word == word) {
        ui->entriesList->setCurrentRow(int(at));
        return;
    }
    Entry e;
    e.word = word;
    e.holdMs = m_entries.constFirst().holdMs;
    m_entries.insert(at, e);
    ui->choiceWordEdit->clear();
    refreshEntries();
    ui->entriesList->setCurrentRow(int(at));
}

void BridgeActionDialog::removeChoice()
{
    const int row = ui->entriesList->currentRow();
    if (row <= 0 || row >= m_entries.size())
        return;
    m_entries.removeAt(row);
    refreshEntries();
}

void BridgeActionDialog::addTrigger(bool reward)
{
    QLineEdit *edit = reward ? ui->rewardEdit : ui->commandEdit;
    const QString text = edit->text().trimmed();
    if (text.isEmpty())
        return;
    ActionTrigger t;
    if (reward)
        t.reward = text;
    else
        t.command = text;
    m_triggers << t;
    edit->clear();
    refreshTriggers();
    ui->triggersList->setCurrentRow(ui->triggersList->count() - 1);
}

void BridgeActionDialog::removeTrigger()
{
    const int row = ui->triggersList->currentRow();
    if (row < 0 || row >= m_triggers.size())
        return;
    m_triggers.removeAt(row);
    refreshTriggers();
}

void BridgeActionDialog::retranslate()
{
    setWindowTitle(m_originalId.isEmpty() ? tr("New bridge action")
                                          : tr("Bridge action %1").arg(m_originalId));
    ui->buttonBox->button(QDialogButtonBox::Save)->setText(tr("&Save"));
    ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    fillCombos();
    fillScripts(ui->scriptCombo->currentText());
    refreshEntries();
    refreshTriggers();
}

void BridgeActionDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        ui->retranslateUi(this);
        retranslate();
    }
    QDialog::changeEvent(event);
}

} // namespace chatvox
