#include "settingsdialog.h"

#include "app/autostart.h"
#include "app/pipeline.h"
#include "app/settings.h"
#include "gui/accountsettingspage.h"
#include "gui/filtereditor.h"
#include "gui/globalhotkeys.h"
#include "gui/icons.h"
#include "gui/integrationspage.h"
#include "gui/speakerpanel.h"
#include "speech/voicevoxclient.h"
#include "ui_settingsdialog.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QShowEvent>

using namespace Qt::StringLiterals;

namespace chatvox {

namespace {
// The list shows "Twitch account" after Chat; Preferences::Page got it last.
constexpr Preferences::Page kPageRows[]
    = {Preferences::Page::General, Preferences::Page::Chat,  Preferences::Page::Account,
       Preferences::Page::Speech,  Preferences::Page::Audio, Preferences::Page::Filters,
       Preferences::Page::Advanced};

// The Integrations page comes after them (it has no Preferences::Page).
constexpr int kIntegrationsRow = int(std::size(kPageRows));

int rowOf(Preferences::Page page)
{
    const auto it = std::find(std::begin(kPageRows), std::end(kPageRows), page);
    return int(it - std::begin(kPageRows));
}
} // namespace

SettingsDialog::SettingsDialog(const DesktopContext &context, Autostart *autostart, QWidget *parent)
    : QDialog(parent)
    , ui(std::make_unique<Ui::SettingsDialog>())
    , m_context(context)
    , m_autostart(autostart)
{
    ui->setupUi(this);
    setWindowIcon(icons::app());
    m_filters = new FilterEditor(m_context.settings, ui->filtersPage);
    ui->filtersPageLayout->setContentsMargins(0, 0, 0, 0);
    ui->filtersPageLayout->addWidget(m_filters);
    m_accountPage = new AccountSettingsPage(m_context, ui->accountPage);
    ui->accountPageLayout->addWidget(m_accountPage);
    connect(m_accountPage, &AccountSettingsPage::edited, this,
            [this] { write(Preferences::Page::Account); });
    m_integrationsPage = new IntegrationsPage(m_context, ui->pages);
    m_integrationsPage->setObjectName(u"integrationsPage"_s);
    ui->pages->insertWidget(kIntegrationsRow, m_integrationsPage);
    ui->pageList->insertItem(kIntegrationsRow, tr("Integrations"));
    connect(m_integrationsPage, &IntegrationsPage::edited, this,
            &SettingsDialog::writeIntegrations);
    connect(ui->pageList, &QListWidget::currentRowChanged, ui->pages,
            &QStackedWidget::setCurrentIndex);
    ui->pageList->setCurrentRow(0);
    connect(ui->buttonBox, &QDialogButtonBox::clicked, this, &SettingsDialog::onButton);
    connect(ui->buttonBox, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(ui->buttonBox, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    translateButtons();
    fillCombos();
    connectEditors();
    connect(m_context.settings, &Settings::changed, this, [this] {
        if (!m_writing)
            loadPages(); // the main window changed something this dialog shows
    });
    m_kept = Preferences::read(*m_context.settings);
    m_keptServe = m_context.settings->serve();
    m_keptAutostart = m_autostart && m_autostart->isEnabled();
    loadPages();
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::translateButtons()
{
    // Our own words, so that the buttons follow the app's language on every platform (the Qt
    // translations that would name them are not shipped with every Qt).
    ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("OK"));
    ui->buttonBox->button(QDialogButtonBox::Apply)->setText(tr("&Apply"));
    ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    ui->buttonBox->button(QDialogButtonBox::RestoreDefaults)->setText(tr("Restore &Defaults"));
    ui->buttonBox->button(QDialogButtonBox::RestoreDefaults)
        ->setToolTip(tr("Reset the settings on this page"));
}

void SettingsDialog::fillCombos()
{
    const QSignalBlocker a(ui->languageCombo);
    const QSignalBlocker b(ui->logLevelCombo);
    const int language = ui->languageCombo->currentIndex();
    ui->languageCombo->clear();
    ui->languageCombo->addItem(tr("System language"), u"system"_s);
    ui->languageCombo->addItem(u"日本語"_s, u"ja"_s); // each language in its own words
    ui->languageCombo->addItem(u"English"_s, u"en"_s);
    ui->languageCombo->setCurrentIndex(std::max(0, language));
    const int level = ui->logLevelCombo->currentIndex();
    ui->logLevelCombo->clear();
    ui->logLevelCombo->addItem(tr("Warnings and errors"), u"warning"_s);
    ui->logLevelCombo->addItem(tr("Information (default)"), u"info"_s);
    ui->logLevelCombo->addItem(tr("Everything (for bug reports)"), u"debug"_s);
    ui->logLevelCombo->setCurrentIndex(std::max(0, level));
    if (GlobalHotkeys::isSupported())
        ui->hotkeysNote->setText(tr("Work in every application, also while a game has the "
                                    "focus. Clear a field to turn its hotkey off."));
    else
        ui->hotkeysNote->setText(
            tr("Global hotkeys work on Windows only. On Linux, bind the commands "
               "\"chatvox --skip\" and \"chatvox --kill\" to keys in your desktop's keyboard "
               "settings."));
    ui->skipHotkeyEdit->setEnabled(GlobalHotkeys::isSupported());
    ui->killHotkeyEdit->setEnabled(GlobalHotkeys::isSupported());
    if (m_autostart)
        ui->autostartLocation->setText(tr("Entry: %1").arg(m_autostart->location()));
    else
        ui->autostartLocation->setText(tr("Not available on this system."));
    ui->autostartCheck->setEnabled(m_autostart != nullptr);
}

Preferences SettingsDialog::fromWidgets() const
{
    Preferences p = Preferences::read(*m_context.settings);
    p.language = ui->languageCombo->currentData().toString();
    p.startMinimized = ui->startMinimizedCheck->isChecked();
    p.channel = ui->settingsChannelEdit->text().trimmed().toLower();
    if (p.channel.startsWith(u'#'))
        p.channel.remove(0, 1);
    const QUrl irc(ui->ircUrlEdit->text().trimmed());
    if (irc.isValid() && (irc.scheme() == u"wss" || irc.scheme() == u"ws"))
        p.ircUrl = irc;
    p.engines.clear();
    for (int i = 0; i < ui->engineList->count(); ++i)
        p.engines << QUrl(ui->engineList->item(i)->text());
    p.policy.speedUpAfter = ui->speedUpSpin->value();
    p.policy.dropAfter = ui->dropSpin->value();
    if (ui->skippedTextEdit->text().contains(u"{n}"))
        p.skippedText = ui->skippedTextEdit->text();
    p.policy.prefetch = ui->prefetchSpin->value();
    p.splitLength = ui->splitSpin->value();
    p.engineTimeoutMs = ui->timeoutSpin->value() * 1000;
    p.systemVoice = ui->systemVoiceCheck->isChecked();
    p.audioDevice = ui->settingsDeviceCombo->currentData().toString();
    p.volume = ui->settingsVolumeSlider->value() / 100.0;
    p.filters = m_filters->collect();
    p.logLevel = ui->logLevelCombo->currentData().toString();
    p.skipHotkey = ui->skipHotkeyEdit->keySequence().toString(QKeySequence::PortableText);
    p.killHotkey = ui->killHotkeyEdit->keySequence().toString(QKeySequence::PortableText);
    m_accountPage->collect(p);
    return p;
}

void SettingsDialog::loadPages()
{
    m_loading = true;
    const Preferences p = Preferences::read(*m_context.settings);
    ui->languageCombo->setCurrentIndex(std::max(0, ui->languageCombo->findData(p.language)));
    ui->startMinimizedCheck->setChecked(p.startMinimized);
    ui->autostartCheck->setChecked(m_autostart && m_autostart->isEnabled());
    if (!ui->settingsChannelEdit->hasFocus())
        ui->settingsChannelEdit->setText(p.channel);
    if (!ui->ircUrlEdit->hasFocus())
        ui->ircUrlEdit->setText(p.ircUrl.toString());
    QStringList engines;
    for (const QUrl &url : p.engines)
        engines << url.toString();
    QStringList shown;
    for (int i = 0; i < ui->engineList->count(); ++i)
        shown << ui->engineList->item(i)->text();
    if (shown != engines) {
        ui->engineList->clear();
        ui->engineList->addItems(engines);
    }
    ui->speedUpSpin->setValue(p.policy.speedUpAfter);
    ui->dropSpin->setValue(p.policy.dropAfter);
    if (!ui->skippedTextEdit->hasFocus())
        ui->skippedTextEdit->setText(p.skippedText);
    ui->prefetchSpin->setValue(p.policy.prefetch);
    ui->splitSpin->setValue(p.splitLength);
    ui->timeoutSpin->setValue(std::max(1, p.engineTimeoutMs / 1000));
    ui->systemVoiceCheck->setChecked(p.systemVoice);
    SpeakerPanel::fillDeviceCombo(ui->settingsDeviceCombo, p.audioDevice);
    ui->settingsVolumeSlider->setValue(qRound(p.volume * 100));
    ui->settingsVolumeValue->setText(tr("%1 %").arg(ui->settingsVolumeSlider->value()));
    ui->logLevelCombo->setCurrentIndex(std::max(0, ui->logLevelCombo->findData(p.logLevel)));
    ui->skipHotkeyEdit->setKeySequence(QKeySequence(p.skipHotkey, QKeySequence::PortableText));
    ui->killHotkeyEdit->setKeySequence(QKeySequence(p.killHotkey, QKeySequence::PortableText));
    ui->settingsFileEdit->setText(QDir::toNativeSeparators(m_context.settings->filePath()));
    m_accountPage->load(p);
    m_integrationsPage->load(m_context.settings->serve());
    m_loading = false;
}

void SettingsDialog::write(Preferences::Page page)
{
    if (m_loading)
        return;
    m_writing = true;
    fromWidgets().write(*m_context.settings, page);
    m_writing = false;
}

void SettingsDialog::writeIntegrations()
{
    if (m_loading)
        return;
    m_writing = true;
    m_context.settings->setServe(m_integrationsPage->collect());
    m_writing = false;
}

void SettingsDialog::connectEditors()
{
    using Page = Preferences::Page;
    const auto on = [this](Page page) { return [this, page] { write(page); }; };
    connect(ui->languageCombo, &QComboBox::currentIndexChanged, this, on(Page::General));
    connect(ui->startMinimizedCheck, &QCheckBox::toggled, this, on(Page::General));
    connect(ui->autostartCheck, &QCheckBox::toggled, this, [this](bool checked) {
        if (m_loading || !m_autostart)
            return;
        const QString error = m_autostart->setEnabled(checked);
        if (!error.isEmpty()) {
            QMessageBox::warning(this, windowTitle(), error);
            const QSignalBlocker block(ui->autostartCheck);
            ui->autostartCheck->setChecked(m_autostart->isEnabled());
        }
    });
    connect(ui->settingsChannelEdit, &QLineEdit::editingFinished, this, on(Page::Chat));
    connect(ui->ircUrlEdit, &QLineEdit::editingFinished, this, on(Page::Chat));

    for (QSpinBox *spin :
         {ui->speedUpSpin, ui->dropSpin, ui->prefetchSpin, ui->splitSpin, ui->timeoutSpin})
        connect(spin, &QSpinBox::valueChanged, this, on(Page::Speech));
    connect(ui->skippedTextEdit, &QLineEdit::textEdited, this, on(Page::Speech));
    connect(ui->systemVoiceCheck, &QCheckBox::toggled, this, on(Page::Speech));
    connect(ui->addEngineButton, &QPushButton::clicked, this, [this] {
        const QUrl url(ui->newEngineEdit->text().trimmed());
        if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https")
            || url.host().isEmpty()) {
            ui->engineTestResult->setText(
                tr("An engine address looks like http://127.0.0.1:50021."));
            return;
        }
        if (ui->engineList->findItems(url.toString(), Qt::MatchExactly).isEmpty())
            ui->engineList->addItem(url.toString());
        ui->newEngineEdit->clear();
        ui->engineTestResult->clear();
        write(Preferences::Page::Speech);
    });
    connect(ui->newEngineEdit, &QLineEdit::returnPressed, ui->addEngineButton, &QPushButton::click);
    connect(ui->removeEngineButton, &QPushButton::clicked, this, [this] {
        delete ui->engineList->currentItem();
        write(Preferences::Page::Speech);
    });
    const auto move = [this](int delta) {
        const int row = ui->engineList->currentRow();
        const int to = row + delta;
        if (row < 0 || to < 0 || to >= ui->engineList->count())
            return;
        QListWidgetItem *item = ui->engineList->takeItem(row);
        ui->engineList->insertItem(to, item);
        ui->engineList->setCurrentRow(to);
        write(Preferences::Page::Speech);
    };
    connect(ui->moveUpButton, &QPushButton::clicked, this, [move] { move(-1); });
    connect(ui->moveDownButton, &QPushButton::clicked, this, [move] { move(1); });
    connect(ui->testEngineButton, &QPushButton::clicked, this, &SettingsDialog::testEngine);

    connect(ui->settingsDeviceCombo, &QComboBox::activated, this, on(Page::Audio));
    connect(ui->settingsVolumeSlider, &QSlider::valueChanged, this, [this](int value) {
        ui->settingsVolumeValue->setText(tr("%1 %").arg(value));
        write(Preferences::Page::Audio);
    });
    connect(ui->settingsTestSoundButton, &QPushButton::clicked, this,
            [this] { m_context.pipeline->playTestSound(); });

    connect(ui->logLevelCombo, &QComboBox::currentIndexChanged, this, on(Page::Advanced));
    connect(ui->skipHotkeyEdit, &QKeySequenceEdit::editingFinished, this, on(Page::Advanced));
    connect(ui->killHotkeyEdit, &QKeySequenceEdit::editingFinished, this, on(Page::Advanced));
    connect(ui->openFolderButton, &QPushButton::clicked, this, [this] {
        QDesktopServices::openUrl(
            QUrl::fromLocalFile(QFileInfo(m_context.settings->filePath()).absolutePath()));
    });
    connect(ui->resetAllButton, &QPushButton::clicked, this, [this] {
        const auto answer = QMessageBox::question(
            this, tr("Reset all settings"),
            tr("Put every setting back to what a new user gets? This cannot be undone."));
        if (answer != QMessageBox::Yes)
            return;
        m_context.settings->restoreDefaults();
        m_context.settings->save();
        m_kept = Preferences::read(*m_context.settings);
        loadPages();
        m_filters->load(m_context.settings->filters());
    });
}

void SettingsDialog::testEngine()
{
    QListWidgetItem *item = ui->engineList->currentItem();
    const QUrl url(item ? item->text() : ui->newEngineEdit->text().trimmed());
    if (!url.isValid() || url.host().isEmpty()) {
        ui->engineTestResult->setText(tr("Choose an engine in the list first."));
        return;
    }
    ui->engineTestResult->setText(tr("Asking %1…").arg(url.toDisplayString()));
    auto *network = new QNetworkAccessManager(this);
    auto *client = new VoicevoxClient(network, url, network);
    VersionReply *reply = client->version();
    connect(reply, &EngineReply::finished, this, [this, reply, network, url] {
        if (reply->isOk())
            ui->engineTestResult->setText(tr("%1 answers: version %2, %3 ms.")
                                              .arg(url.toDisplayString(), reply->value())
                                              .arg(reply->elapsedNs() / 1000000));
        else
            ui->engineTestResult->setText(reply->error().message);
        network->deleteLater();
    });
}

void SettingsDialog::showPage(Preferences::Page page)
{
    ui->pageList->setCurrentRow(rowOf(page));
}

void SettingsDialog::showIntegrationsPage()
{
    ui->pageList->setCurrentRow(kIntegrationsRow);
}

bool SettingsDialog::isIntegrationsPageShown() const
{
    return ui->pageList->currentRow() == kIntegrationsRow;
}

Preferences::Page SettingsDialog::currentPage() const
{
    const int row = ui->pageList->currentRow();
    return row >= 0 && row < int(std::size(kPageRows)) ? kPageRows[row]
                                                       : Preferences::Page::General;
}

void SettingsDialog::apply()
{
    m_context.settings->save();
    m_kept = Preferences::read(*m_context.settings);
    m_keptServe = m_context.settings->serve();
    m_keptAutostart = m_autostart && m_autostart->isEnabled();
}

void SettingsDialog::cancel()
{
    m_writing = true;
    m_kept.writeAll(*m_context.settings);
    m_context.settings->setServe(m_keptServe);
    m_writing = false;
    if (m_autostart && m_autostart->isEnabled() != m_keptAutostart)
        m_autostart->setEnabled(m_keptAutostart);
    loadPages();
    m_filters->load(m_context.settings->filters());
}

void SettingsDialog::restorePageDefaults()
{
    if (isIntegrationsPageShown()) {
        m_writing = true;
        m_context.settings->setServe(Settings::ServeSettings());
        m_writing = false;
        loadPages();
        return;
    }
    const Preferences::Page page = currentPage();
    Preferences p = Preferences::read(*m_context.settings);
    p.copyPage(Preferences::defaults(), page);
    m_writing = true;
    p.write(*m_context.settings, page);
    m_writing = false;
    if (page == Preferences::Page::General && m_autostart && m_autostart->isEnabled())
        m_autostart->setEnabled(false);
    loadPages();
    if (page == Preferences::Page::Filters)
        m_filters->load(m_context.settings->filters());
}

void SettingsDialog::onButton(QAbstractButton *button)
{
    switch (ui->buttonBox->standardButton(button)) {
    case QDialogButtonBox::Apply:
        apply();
        break;
    case QDialogButtonBox::RestoreDefaults:
        restorePageDefaults();
        break;
    default:
        break; // OK and Cancel come through accept() and reject()
    }
}

void SettingsDialog::accept()
{
    // A line edit still being typed in.
    if (isIntegrationsPageShown())
        writeIntegrations();
    else
        write(currentPage());
    apply();
    QDialog::accept();
}

void SettingsDialog::reject()
{
    cancel();
    QDialog::reject();
}

void SettingsDialog::showEvent(QShowEvent *event)
{
    // Each opening starts from what is in force now.
    if (!event->spontaneous()) {
        m_kept = Preferences::read(*m_context.settings);
        m_keptServe = m_context.settings->serve();
        m_keptAutostart = m_autostart && m_autostart->isEnabled();
        loadPages();
    }
    QDialog::showEvent(event);
}

void SettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        const int row = ui->pageList->currentRow();
        ui->retranslateUi(this);
        ui->pageList->item(kIntegrationsRow)->setText(tr("Integrations")); // not in the form
        ui->pageList->setCurrentRow(row);
        // The button box retranslates its buttons after this (children come after their
        // parent): name them once it is done.
        QMetaObject::invokeMethod(this, &SettingsDialog::translateButtons, Qt::QueuedConnection);
        fillCombos();
        loadPages();
    }
    QDialog::changeEvent(event);
}

} // namespace chatvox
