#include "integrationspage.h"

#include "app/enginedictionaries.h"
#include "app/health.h"
#include "app/pipeline.h"
#include "app/servers.h"
#include "app/speakermodel.h"
#include "filter/voiceassignment.h"
#include "serve/broadcastserver.h"
#include "serve/overlayserver.h"
#include "speech/userdictionary.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace chatvox {

namespace {

constexpr int kBouyomiVoices = 8; // BouyomiChan's own voices 1-8 (女性1 … ロボット1)
constexpr int kBroadcast = 0;
constexpr int kOverlay = 1;

const QString kLoopback = u"127.0.0.1"_s;
const QString kAnyAddress = u"0.0.0.0"_s;

QSpinBox *portSpin(QWidget *parent, const char *name)
{
    auto *spin = new QSpinBox(parent);
    spin->setObjectName(QString::fromLatin1(name));
    spin->setRange(0, 65535);
    spin->setKeyboardTracking(false); // a server restart per finished number, not per digit
    return spin;
}

QPushButton *copyButton(QWidget *parent, const char *name, QLineEdit *source)
{
    auto *button = new QPushButton(parent);
    button->setObjectName(QString::fromLatin1(name));
    QObject::connect(button, &QPushButton::clicked, source,
                     [source] { QGuiApplication::clipboard()->setText(source->text()); });
    return button;
}

QLineEdit *urlEdit(QWidget *parent, const char *name)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(QString::fromLatin1(name));
    edit->setReadOnly(true);
    return edit;
}

QHBoxLayout *row(std::initializer_list<QWidget *> widgets, bool stretch = false)
{
    auto *layout = new QHBoxLayout;
    for (QWidget *w : widgets)
        layout->addWidget(w);
    if (stretch)
        layout->addStretch(1);
    return layout;
}

QLabel *note(QWidget *parent, const char *name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(name));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

IntegrationsPage::IntegrationsPage(const DesktopContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    m_speakers
        = new SpeakerModel(m_context.pipeline ? m_context.pipeline->engines() : nullptr, this);
    build();
    retranslate();
    connect(m_speakers, &QAbstractItemModel::modelReset, this, &IntegrationsPage::fillVoiceCombos);
    if (m_context.servers)
        connect(m_context.servers, &Servers::statusChanged, this,
                &IntegrationsPage::updateServerStatus);
    if (m_context.engineDictionaries)
        connect(m_context.engineDictionaries, &EngineDictionaries::changed, this,
                &IntegrationsPage::updateEngineDictionaries);
    if (m_context.health)
        connect(m_context.health, &Health::statusChanged, this,
                &IntegrationsPage::updateServerStatus);
    load(m_context.settings->serve());
}

IntegrationsPage::~IntegrationsPage() = default;

void IntegrationsPage::build()
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(u"integrationsScroll"_s);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setAccessibleName(tr("Integrations"));
    outer->addWidget(scroll);
    auto *content = new QWidget(scroll);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(content);

    // Listen address
    m_addressGroup = new QGroupBox(content);
    m_addressGroup->setObjectName(u"addressGroup"_s);
    auto *addressForm = new QFormLayout(m_addressGroup);
    m_addressLabel = new QLabel(m_addressGroup);
    m_addressCombo = new QComboBox(m_addressGroup);
    m_addressCombo->setObjectName(u"addressCombo"_s);
    m_addressEdit = new QLineEdit(m_addressGroup);
    m_addressEdit->setObjectName(u"addressEdit"_s);
    m_addressEdit->setPlaceholderText(u"192.168.1.10"_s);
    addressForm->addRow(m_addressLabel, row({m_addressCombo, m_addressEdit}));
    m_addressWarning = note(m_addressGroup, "addressWarning");
    m_addressWarning->setStyleSheet(u"color: #b3261e; font-weight: bold;"_s);
    addressForm->addRow(m_addressWarning);
    layout->addWidget(m_addressGroup);

    // Broadcast for tc2vv players
    m_broadcastGroup = new QGroupBox(content);
    m_broadcastGroup->setObjectName(u"broadcastGroup"_s);
    auto *broadcastForm = new QFormLayout(m_broadcastGroup);
    m_broadcastCheck = new QCheckBox(m_broadcastGroup);
    m_broadcastCheck->setObjectName(u"broadcastCheck"_s);
    broadcastForm->addRow(m_broadcastCheck);
    m_broadcastPortLabel = new QLabel(m_broadcastGroup);
    m_broadcastPortSpin = portSpin(m_broadcastGroup, "broadcastPortSpin");
    broadcastForm->addRow(m_broadcastPortLabel, row({m_broadcastPortSpin}, true));
    m_broadcastWavCheck = new QCheckBox(m_broadcastGroup);
    m_broadcastWavCheck->setObjectName(u"broadcastWavCheck"_s);
    broadcastForm->addRow(m_broadcastWavCheck);
    m_broadcastUrlLabel = new QLabel(m_broadcastGroup);
    m_broadcastUrlEdit = urlEdit(m_broadcastGroup, "broadcastUrlEdit");
    m_copyBroadcastUrl = copyButton(m_broadcastGroup, "copyBroadcastUrlButton", m_broadcastUrlEdit);
    broadcastForm->addRow(m_broadcastUrlLabel, row({m_broadcastUrlEdit, m_copyBroadcastUrl}));
    m_broadcastEventsUrlLabel = new QLabel(m_broadcastGroup);
    m_broadcastEventsUrlEdit = urlEdit(m_broadcastGroup, "broadcastEventsUrlEdit");
    m_copyBroadcastEventsUrl
        = copyButton(m_broadcastGroup, "copyBroadcastEventsUrlButton", m_broadcastEventsUrlEdit);
    broadcastForm->addRow(m_broadcastEventsUrlLabel,
                          row({m_broadcastEventsUrlEdit, m_copyBroadcastEventsUrl}));
    m_broadcastStatus = note(m_broadcastGroup, "broadcastStatus");
    broadcastForm->addRow(m_broadcastStatus);
    layout->addWidget(m_broadcastGroup);

    // OBS overlay
    m_overlayGroup = new QGroupBox(content);
    m_overlayGroup->setObjectName(u"overlayGroup"_s);
    auto *overlayForm = new QFormLayout(m_overlayGroup);
    m_overlayCheck = new QCheckBox(m_overlayGroup);
    m_overlayCheck->setObjectName(u"overlayCheck"_s);
    overlayForm->addRow(m_overlayCheck);
    m_overlayPortLabel = new QLabel(m_overlayGroup);
    m_overlayPortSpin = portSpin(m_overlayGroup, "overlayPortSpin");
    overlayForm->addRow(m_overlayPortLabel, row({m_overlayPortSpin}, true));
    m_overlayAudioCheck = new QCheckBox(m_overlayGroup);
    m_overlayAudioCheck->setObjectName(u"overlayAudioCheck"_s);
    overlayForm->addRow(m_overlayAudioCheck);
    m_overlayUrlLabel = new QLabel(m_overlayGroup);
    m_overlayUrlEdit = urlEdit(m_overlayGroup, "overlayUrlEdit");
    m_copyOverlayUrl = copyButton(m_overlayGroup, "copyOverlayUrlButton", m_overlayUrlEdit);
    overlayForm->addRow(m_overlayUrlLabel, row({m_overlayUrlEdit, m_copyOverlayUrl}));
    m_overlayHint = note(m_overlayGroup, "overlayHint");
    overlayForm->addRow(m_overlayHint);
    m_overlayStatus = note(m_overlayGroup, "overlayStatus");
    overlayForm->addRow(m_overlayStatus);
    layout->addWidget(m_overlayGroup);

    // BouyomiChan-compatible API
    m_bouyomiGroup = new QGroupBox(content);
    m_bouyomiGroup->setObjectName(u"bouyomiGroup"_s);
    auto *bouyomiForm = new QFormLayout(m_bouyomiGroup);
    m_bouyomiCheck = new QCheckBox(m_bouyomiGroup);
    m_bouyomiCheck->setObjectName(u"bouyomiCheck"_s);
    bouyomiForm->addRow(m_bouyomiCheck);
    m_bouyomiTcpLabel = new QLabel(m_bouyomiGroup);
    m_bouyomiTcpSpin = portSpin(m_bouyomiGroup, "bouyomiTcpPortSpin");
    bouyomiForm->addRow(m_bouyomiTcpLabel, row({m_bouyomiTcpSpin}, true));
    m_bouyomiHttpLabel = new QLabel(m_bouyomiGroup);
    m_bouyomiHttpSpin = portSpin(m_bouyomiGroup, "bouyomiHttpPortSpin");
    bouyomiForm->addRow(m_bouyomiHttpLabel, row({m_bouyomiHttpSpin}, true));
    m_bouyomiVoicesLabel = note(m_bouyomiGroup, "bouyomiVoicesLabel");
    bouyomiForm->addRow(m_bouyomiVoicesLabel);
    m_bouyomiVoices = new QTableWidget(kBouyomiVoices, 2, m_bouyomiGroup);
    m_bouyomiVoices->setObjectName(u"bouyomiVoicesTable"_s);
    m_bouyomiVoices->verticalHeader()->hide();
    m_bouyomiVoices->horizontalHeader()->setStretchLastSection(true);
    m_bouyomiVoices->setSelectionMode(QAbstractItemView::NoSelection);
    m_bouyomiVoices->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (int i = 0; i < kBouyomiVoices; ++i) {
        auto *number = new QTableWidgetItem(QString::number(i + 1));
        number->setData(Qt::UserRole, i + 1);
        m_bouyomiVoices->setItem(i, 0, number);
        auto *combo = new QComboBox(m_bouyomiVoices);
        combo->setObjectName(u"bouyomiVoice%1Combo"_s.arg(i + 1));
        connect(combo, &QComboBox::currentIndexChanged, this, &IntegrationsPage::changed);
        m_bouyomiVoices->setCellWidget(i, 1, combo);
    }
    m_bouyomiVoices->resizeRowsToContents();
    m_bouyomiVoices->setMinimumHeight(m_bouyomiVoices->horizontalHeader()->sizeHint().height()
                                      + kBouyomiVoices * m_bouyomiVoices->rowHeight(0) + 4);
    bouyomiForm->addRow(m_bouyomiVoices);
    m_bouyomiStatus = note(m_bouyomiGroup, "bouyomiStatus");
    bouyomiForm->addRow(m_bouyomiStatus);
    layout->addWidget(m_bouyomiGroup);

    // Engine dictionary
    m_dictionaryGroup = new QGroupBox(content);
    m_dictionaryGroup->setObjectName(u"engineDictionaryGroup"_s);
    auto *dictionaryLayout = new QVBoxLayout(m_dictionaryGroup);
    m_dictionaryCheck = new QCheckBox(m_dictionaryGroup);
    m_dictionaryCheck->setObjectName(u"engineDictionaryCheck"_s);
    dictionaryLayout->addWidget(m_dictionaryCheck);
    m_dictionaryNote = note(m_dictionaryGroup, "engineDictionaryNote");
    dictionaryLayout->addWidget(m_dictionaryNote);
    m_dictionaryEngines = new QTableWidget(0, 2, m_dictionaryGroup);
    m_dictionaryEngines->setObjectName(u"engineDictionaryTable"_s);
    m_dictionaryEngines->verticalHeader()->hide();
    m_dictionaryEngines->horizontalHeader()->setStretchLastSection(true);
    m_dictionaryEngines->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_dictionaryEngines->setWordWrap(true);
    m_dictionaryEngines->setMinimumHeight(80);
    m_dictionaryEngines->setMaximumHeight(160);
    dictionaryLayout->addWidget(m_dictionaryEngines);
    m_dictionarySkipped = note(m_dictionaryGroup, "engineDictionarySkipped");
    dictionaryLayout->addWidget(m_dictionarySkipped);
    m_syncNow = new QPushButton(m_dictionaryGroup);
    m_syncNow->setObjectName(u"syncNowButton"_s);
    m_removeWords = new QPushButton(m_dictionaryGroup);
    m_removeWords->setObjectName(u"removeEngineWordsButton"_s);
    m_exportCsv = new QPushButton(m_dictionaryGroup);
    m_exportCsv->setObjectName(u"exportEngineWordsButton"_s);
    m_importCsv = new QPushButton(m_dictionaryGroup);
    m_importCsv->setObjectName(u"importEngineWordsButton"_s);
    dictionaryLayout->addLayout(row({m_syncNow, m_removeWords, m_exportCsv, m_importCsv}, true));
    layout->addWidget(m_dictionaryGroup);

    // Health probes and metrics (a spare box, a home server)
    m_healthGroup = new QGroupBox(content);
    m_healthGroup->setObjectName(u"healthGroup"_s);
    auto *healthForm = new QFormLayout(m_healthGroup);
    m_healthCheck = new QCheckBox(m_healthGroup);
    m_healthCheck->setObjectName(u"healthCheck"_s);
    healthForm->addRow(m_healthCheck);
    m_healthPortLabel = new QLabel(m_healthGroup);
    m_healthPortSpin = portSpin(m_healthGroup, "healthPortSpin");
    healthForm->addRow(m_healthPortLabel, row({m_healthPortSpin}, true));
    m_healthNote = note(m_healthGroup, "healthNote");
    healthForm->addRow(m_healthNote);
    m_healthStatus = note(m_healthGroup, "healthStatus");
    healthForm->addRow(m_healthStatus);
    layout->addWidget(m_healthGroup);
    layout->addStretch(1);

    // Edits write at once, like every page.
    connect(m_addressCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (m_loading)
            return;
        updateDerived();
        if (m_addressCombo->currentData().toString().isEmpty()) {
            m_addressEdit->setFocus(); // custom: the address is typed next
            if (m_addressEdit->text().trimmed().isEmpty())
                return;
        }
        changed();
    });
    connect(m_addressEdit, &QLineEdit::textEdited, this, &IntegrationsPage::updateDerived);
    connect(m_addressEdit, &QLineEdit::editingFinished, this, [this] {
        if (m_addressCombo->currentData().toString().isEmpty()
            && !m_addressEdit->text().trimmed().isEmpty())
            changed();
    });
    for (QCheckBox *check : {m_broadcastCheck, m_broadcastWavCheck, m_overlayCheck,
                             m_overlayAudioCheck, m_bouyomiCheck, m_dictionaryCheck, m_healthCheck})
        connect(check, &QCheckBox::toggled, this, &IntegrationsPage::changed);
    for (QSpinBox *spin : {m_broadcastPortSpin, m_overlayPortSpin, m_bouyomiTcpSpin,
                           m_bouyomiHttpSpin, m_healthPortSpin})
        connect(spin, &QSpinBox::valueChanged, this, &IntegrationsPage::changed);

    connect(m_syncNow, &QPushButton::clicked, this, [this] {
        if (m_context.engineDictionaries)
            m_context.engineDictionaries->syncNow();
    });
    connect(m_removeWords, &QPushButton::clicked, this, [this] {
        if (!m_context.engineDictionaries)
            return;
        const auto answer = QMessageBox::question(
            this, tr("Remove ChatVox's words"),
            tr("Delete the words ChatVox added from the user dictionary of every engine that "
               "answers now? Words you added in the engine's own editor stay."));
        if (answer == QMessageBox::Yes)
            m_context.engineDictionaries->removeOwnWords();
    });
    connect(m_exportCsv, &QPushButton::clicked, this, [this] {
        const QString path
            = QFileDialog::getSaveFileName(this, tr("Export the engine words"),
                                           u"chatvox-engine-words.csv"_s, tr("CSV files (*.csv)"));
        if (!path.isEmpty() && !exportCsv(path))
            QMessageBox::warning(this, tr("Export the engine words"),
                                 tr("Could not write %1.").arg(path));
    });
    connect(m_importCsv, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Import engine words"), QString(), tr("CSV files (*.csv);;All files (*)"));
        if (path.isEmpty())
            return;
        QStringList errors;
        const int count = importCsv(path, &errors);
        QString text = count < 0
            ? tr("Could not read %1.").arg(path)
            : tr("%n reading(s) added to or changed in your dictionary.", nullptr, count);
        if (!errors.isEmpty())
            text += u"\n\n"_s + errors.mid(0, 10).join(u'\n');
        QMessageBox::information(this, tr("Import engine words"), text);
    });
}

void IntegrationsPage::retranslate()
{
    m_addressGroup->setTitle(tr("Listen address"));
    m_addressLabel->setText(tr("Servers listen on"));
    {
        const QSignalBlocker block(m_addressCombo);
        const int index = m_addressCombo->currentIndex();
        m_addressCombo->clear();
        m_addressCombo->addItem(tr("This PC only (127.0.0.1)"), kLoopback);
        m_addressCombo->addItem(tr("All network interfaces (0.0.0.0)"), kAnyAddress);
        m_addressCombo->addItem(tr("Custom address"), QString());
        m_addressCombo->setCurrentIndex(std::max(0, index));
    }
    m_addressCombo->setAccessibleName(tr("Listen address"));
    m_addressEdit->setAccessibleName(tr("Custom listen address"));
    m_addressWarning->setText(
        tr("Warning: the servers have no password. Anyone who can reach this PC over the "
           "network can have text read aloud and see what is read. Use this only on a network "
           "you trust, and allow the ports in the firewall only there."));

    m_broadcastGroup->setTitle(tr("Broadcast for tc2vv players"));
    m_broadcastCheck->setText(tr("Send each utterance to tc2vv-compatible players (WebSocket)"));
    m_broadcastPortLabel->setText(tr("Port"));
    m_broadcastPortSpin->setAccessibleName(tr("Broadcast port"));
    m_broadcastPortSpin->setSpecialValueText(tr("Any free port"));
    m_broadcastWavCheck->setText(tr("Include the WAV in the events (base64; large)"));
    m_broadcastUrlLabel->setText(tr("tc2vv player"));
    m_broadcastUrlEdit->setAccessibleName(tr("Broadcast address for tc2vv players"));
    m_broadcastEventsUrlLabel->setText(tr("Events"));
    m_broadcastEventsUrlEdit->setAccessibleName(tr("Broadcast address for ChatVox events"));
    m_copyBroadcastUrl->setText(tr("Copy"));
    m_copyBroadcastUrl->setAccessibleName(tr("Copy the tc2vv player address"));
    m_copyBroadcastEventsUrl->setText(tr("Copy"));
    m_copyBroadcastEventsUrl->setAccessibleName(tr("Copy the events address"));

    m_overlayGroup->setTitle(tr("OBS overlay"));
    m_overlayCheck->setText(tr("Serve a caption page for an OBS browser source"));
    m_overlayPortLabel->setText(tr("Port"));
    m_overlayPortSpin->setAccessibleName(tr("Overlay port"));
    m_overlayPortSpin->setSpecialValueText(tr("Any free port"));
    m_overlayAudioCheck->setText(tr("The page may play the voice itself (for OBS's mixer)"));
    m_overlayUrlLabel->setText(tr("Browser source URL"));
    m_overlayUrlEdit->setAccessibleName(tr("Overlay address"));
    m_copyOverlayUrl->setText(tr("Copy"));
    m_copyOverlayUrl->setAccessibleName(tr("Copy the overlay address"));
    m_overlayHint->setText(
        tr("Options after the address, e.g. ?position=top&size=48&theme=box&hold=3 — position "
           "bottom|top|center|left|right, size in pixels, theme outline|box|light, hold seconds "
           "after the text, name=0 hides the name, max lines, audio=1 plays the voice (needs "
           "the option above; tick \"Control audio via OBS\")."));

    m_bouyomiGroup->setTitle(tr("BouyomiChan-compatible API"));
    m_bouyomiCheck->setText(tr("Read text from programs made for BouyomiChan"));
    m_bouyomiTcpLabel->setText(tr("TCP port"));
    m_bouyomiTcpSpin->setAccessibleName(tr("BouyomiChan TCP port"));
    m_bouyomiTcpSpin->setSpecialValueText(tr("Any free port"));
    m_bouyomiHttpLabel->setText(tr("HTTP port"));
    m_bouyomiHttpSpin->setAccessibleName(tr("BouyomiChan HTTP port"));
    m_bouyomiHttpSpin->setSpecialValueText(tr("Any free port"));
    m_bouyomiVoicesLabel->setText(tr("The voice each BouyomiChan voice number is read with:"));
    m_bouyomiVoices->setHorizontalHeaderLabels({tr("Voice"), tr("Read with")});
    m_bouyomiVoices->setAccessibleName(tr("BouyomiChan voices"));
    for (int i = 0; i < kBouyomiVoices; ++i)
        m_bouyomiVoices->cellWidget(i, 1)->setAccessibleName(
            tr("Style for BouyomiChan voice %1").arg(i + 1));

    m_dictionaryGroup->setTitle(tr("Engine dictionary"));
    m_dictionaryCheck->setText(tr("Put my reading dictionary into the engines' user dictionaries"));
    m_dictionaryNote->setText(
        tr("The engines then know these words themselves, with an accent, also in other "
           "programs. ChatVox only changes the words it added; words you added in the engine's "
           "editor stay as they are. Turned off, ChatVox sends nothing and its words stay in "
           "the engine until you remove them."));
    m_dictionaryEngines->setHorizontalHeaderLabels({tr("Engine"), tr("State")});
    m_dictionaryEngines->setAccessibleName(tr("Engine dictionary state per engine"));
    m_syncNow->setText(tr("Sync now"));
    m_removeWords->setText(tr("Remove ChatVox's words"));
    m_removeWords->setToolTip(tr("Deletes the words ChatVox added from the engines (when off)"));
    m_exportCsv->setText(tr("Export CSV…"));
    m_exportCsv->setToolTip(tr("The words ChatVox sends to the engines, in VOICEVOX's columns"));
    m_importCsv->setText(tr("Import CSV…"));
    m_importCsv->setToolTip(tr("Adds the file's words to your reading dictionary (the reading "
                               "only: accents are not kept)"));
    m_healthGroup->setTitle(tr("Health probes and metrics"));
    m_healthCheck->setText(tr("Answer health probes and serve metrics (for a home server)"));
    m_healthPortLabel->setText(tr("Port"));
    m_healthPortSpin->setAccessibleName(tr("Health probe port"));
    m_healthPortSpin->setSpecialValueText(tr("Any free port"));
    m_healthNote->setText(
        tr("/healthz answers whether ChatVox is alive, /readyz whether it reads and speaks, "
           "/metrics gives counters for Prometheus. For Kubernetes, Docker or a monitoring "
           "system; a streaming PC does not need it."));
    fillVoiceCombos();
    updateDerived();
    updateServerStatus();
    updateEngineDictionaries();
}

void IntegrationsPage::load(const Settings::ServeSettings &serve)
{
    m_loading = true;
    m_loaded = serve;
    const int index = m_addressCombo->findData(serve.address);
    m_addressCombo->setCurrentIndex(index >= 0 ? index : m_addressCombo->findData(QString()));
    if (!m_addressEdit->hasFocus())
        m_addressEdit->setText(index >= 0 ? QString() : serve.address);
    m_broadcastCheck->setChecked(serve.broadcast);
    m_broadcastPortSpin->setValue(serve.broadcastPort);
    m_broadcastWavCheck->setChecked(serve.broadcastWav);
    m_overlayCheck->setChecked(serve.overlay);
    m_overlayPortSpin->setValue(serve.overlayPort);
    m_overlayAudioCheck->setChecked(serve.overlayAudio);
    m_bouyomiCheck->setChecked(serve.bouyomi);
    m_bouyomiTcpSpin->setValue(serve.bouyomiTcpPort);
    m_bouyomiHttpSpin->setValue(serve.bouyomiHttpPort);
    m_dictionaryCheck->setChecked(serve.engineDictionary);
    m_healthCheck->setChecked(serve.health);
    m_healthPortSpin->setValue(serve.healthPort);
    fillVoiceCombos();
    updateDerived();
    updateEngineDictionaries();
    m_loading = false;
}

Settings::ServeSettings IntegrationsPage::collect() const
{
    Settings::ServeSettings s = m_loaded; // keeps what the page does not show (voices 10001+)
    const QString chosen = address();
    if (!chosen.isEmpty())
        s.address = chosen;
    s.broadcast = m_broadcastCheck->isChecked();
    s.broadcastPort = m_broadcastPortSpin->value();
    s.broadcastWav = m_broadcastWavCheck->isChecked();
    s.overlay = m_overlayCheck->isChecked();
    s.overlayPort = m_overlayPortSpin->value();
    s.overlayAudio = m_overlayAudioCheck->isChecked();
    s.bouyomi = m_bouyomiCheck->isChecked();
    s.bouyomiTcpPort = m_bouyomiTcpSpin->value();
    s.bouyomiHttpPort = m_bouyomiHttpSpin->value();
    for (int i = 0; i < kBouyomiVoices; ++i) {
        const auto *combo = static_cast<QComboBox *>(m_bouyomiVoices->cellWidget(i, 1));
        const QVariant style = combo->currentData();
        if (style.isValid())
            s.bouyomiVoices.insert(i + 1, style.toLongLong());
        else
            s.bouyomiVoices.remove(i + 1);
    }
    s.engineDictionary = m_dictionaryCheck->isChecked();
    s.health = m_healthCheck->isChecked();
    s.healthPort = m_healthPortSpin->value();
    return s;
}

QString IntegrationsPage::address() const
{
    const QString fixed = m_addressCombo->currentData().toString();
    return fixed.isEmpty() ? m_addressEdit->text().trimmed() : fixed;
}

bool IntegrationsPage::isLoopback(const QString &address)
{
    const QString a = address.trimmed();
    if (a.compare(u"localhost"_s, Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress host(a);
    return !host.isNull() && host.isLoopback();
}

QString IntegrationsPage::urlHost(const QString &address)
{
    const QString a = address.trimmed();
    const QHostAddress host(a);
    // Every interface: this PC reaches it as 127.0.0.1 (others by the PC's own address).
    if (a.isEmpty() || host == QHostAddress(QHostAddress::AnyIPv4)
        || host == QHostAddress(QHostAddress::AnyIPv6) || host == QHostAddress(QHostAddress::Any))
        return kLoopback;
    if (host.protocol() == QAbstractSocket::IPv6Protocol)
        return u'[' + a + u']';
    return a;
}

quint16 IntegrationsPage::runningPort(int kind, int configured) const
{
    // Port 0 (any free port): the one the server got.
    if (configured == 0 && m_context.servers) {
        if (kind == kBroadcast && m_context.servers->broadcast())
            return m_context.servers->broadcast()->serverPort();
        if (kind == kOverlay && m_context.servers->overlay())
            return m_context.servers->overlay()->serverPort();
    }
    return quint16(configured);
}

void IntegrationsPage::updateDerived()
{
    const bool custom = m_addressCombo->currentData().toString().isEmpty();
    m_addressEdit->setEnabled(custom);
    const QString chosen = address().isEmpty() ? m_loaded.address : address();
    m_addressWarning->setVisible(!isLoopback(chosen));

    const QString host = urlHost(chosen);
    const quint16 broadcastPort = runningPort(kBroadcast, m_broadcastPortSpin->value());
    m_broadcastUrlEdit->setText(u"ws://%1:%2/"_s.arg(host).arg(broadcastPort));
    m_broadcastEventsUrlEdit->setText(u"ws://%1:%2/events"_s.arg(host).arg(broadcastPort));
    const quint16 overlayPort = runningPort(kOverlay, m_overlayPortSpin->value());
    m_overlayUrlEdit->setText(u"http://%1:%2/overlay"_s.arg(host).arg(overlayPort));

    const bool broadcast = m_broadcastCheck->isChecked();
    for (QWidget *w :
         QList<QWidget *>{m_broadcastPortSpin, m_broadcastWavCheck, m_broadcastUrlEdit,
                          m_broadcastEventsUrlEdit, m_copyBroadcastUrl, m_copyBroadcastEventsUrl})
        w->setEnabled(broadcast);
    const bool overlay = m_overlayCheck->isChecked();
    for (QWidget *w : QList<QWidget *>{m_overlayPortSpin, m_overlayAudioCheck, m_overlayUrlEdit,
                                       m_copyOverlayUrl})
        w->setEnabled(overlay);
    const bool bouyomi = m_bouyomiCheck->isChecked();
    for (QWidget *w : QList<QWidget *>{m_bouyomiTcpSpin, m_bouyomiHttpSpin, m_bouyomiVoices})
        w->setEnabled(bouyomi);
    m_healthPortSpin->setEnabled(m_healthCheck->isChecked());
    updateServerStatus();
}

void IntegrationsPage::updateServerStatus()
{
    if (!m_context.servers) {
        // Only a test or a dry run has no servers; the running program always has them.
        for (QLabel *label : {m_broadcastStatus, m_overlayStatus, m_bouyomiStatus, m_healthStatus})
            label->setVisible(false);
        return;
    }
    const Servers::Status status = m_context.servers->status();
    const auto show = [this](QLabel *label, const QString &text, bool up, bool on) {
        label->setVisible(true);
        label->setText(text.isEmpty() ? (on ? tr("Starting…") : tr("Off")) : text);
        label->setStyleSheet(text.isEmpty() || up ? QString() : u"color: #b3261e;"_s);
    };
    show(m_broadcastStatus, status.broadcast, status.broadcastUp, m_broadcastCheck->isChecked());
    show(m_overlayStatus, status.overlay, status.overlayUp, m_overlayCheck->isChecked());
    show(m_bouyomiStatus, status.bouyomi, status.bouyomiUp, m_bouyomiCheck->isChecked());
    if (m_context.health)
        show(m_healthStatus, m_context.health->status(), m_context.health->server() != nullptr,
             m_healthCheck->isChecked());
    else
        m_healthStatus->setVisible(false);
    // A port chosen by the system is known once the server runs.
    if (m_broadcastPortSpin->value() == 0 || m_overlayPortSpin->value() == 0) {
        const QString host = urlHost(address().isEmpty() ? m_loaded.address : address());
        const quint16 b = runningPort(kBroadcast, m_broadcastPortSpin->value());
        m_broadcastUrlEdit->setText(u"ws://%1:%2/"_s.arg(host).arg(b));
        m_broadcastEventsUrlEdit->setText(u"ws://%1:%2/events"_s.arg(host).arg(b));
        m_overlayUrlEdit->setText(u"http://%1:%2/overlay"_s.arg(host).arg(
            runningPort(kOverlay, m_overlayPortSpin->value())));
    }
}

void IntegrationsPage::fillVoiceCombos()
{
    QList<SpeakerStyle> styles;
    for (int i = 0; i < m_speakers->rowCount(); ++i) {
        const QModelIndex speaker = m_speakers->index(i, 0);
        for (int j = 0; j < m_speakers->rowCount(speaker); ++j) {
            const qint64 id
                = m_speakers->index(j, 0, speaker).data(SpeakerModel::StyleIdRole).toLongLong();
            if (const std::optional<SpeakerStyle> style = m_speakers->style(id))
                styles << *style;
        }
    }
    for (int i = 0; i < kBouyomiVoices; ++i) {
        auto *combo = static_cast<QComboBox *>(m_bouyomiVoices->cellWidget(i, 1));
        const QSignalBlocker block(combo);
        // What is chosen: the setting when loading, else what the widget shows.
        std::optional<qint64> chosen;
        if (m_loading || combo->count() == 0) {
            if (m_loaded.bouyomiVoices.contains(i + 1))
                chosen = m_loaded.bouyomiVoices.value(i + 1);
        } else if (combo->currentData().isValid()) {
            chosen = combo->currentData().toLongLong();
        }
        combo->clear();
        combo->addItem(tr("Default voice"));
        bool found = false;
        for (const SpeakerStyle &style : std::as_const(styles)) {
            combo->addItem(voiceDisplayName(style), QVariant::fromValue(style.id));
            found = found || (chosen && *chosen == style.id);
        }
        if (chosen && !found) // the engine that has it does not answer now
            combo->addItem(tr("style %1").arg(*chosen), QVariant::fromValue(*chosen));
        combo->setCurrentIndex(chosen ? combo->findData(QVariant::fromValue(*chosen)) : 0);
    }
}

void IntegrationsPage::updateEngineDictionaries()
{
    EngineDictionaries *dicts = m_context.engineDictionaries;
    const bool on = m_dictionaryCheck->isChecked();
    m_syncNow->setEnabled(dicts && on);
    m_removeWords->setEnabled(dicts && !on && !dicts->isSyncing());
    m_dictionaryEngines->setVisible(dicts != nullptr);
    const QList<EngineDictionaries::EngineState> engines
        = dicts ? dicts->engines() : QList<EngineDictionaries::EngineState>();
    m_dictionaryEngines->setRowCount(int(engines.size()));
    for (int i = 0; i < engines.size(); ++i) {
        const EngineDictionaries::EngineState &e = engines.at(i);
        auto *url = new QTableWidgetItem(e.url.toDisplayString());
        auto *state = new QTableWidgetItem(e.statusText);
        QStringList details;
        for (const UserDictConflict &c : e.conflicts)
            details << tr("%1: the engine has %2, ChatVox would say %3")
                           .arg(c.wanted.surface, c.engineWord.pronunciation,
                                c.wanted.pronunciation);
        for (const UserDictionarySync::Failure &f : e.failures)
            details << f.message;
        if (e.lastSync.isValid())
            details << tr("Last synchronized %1")
                           .arg(QLocale().toString(e.lastSync, QLocale::ShortFormat));
        state->setToolTip(details.join(u'\n'));
        m_dictionaryEngines->setItem(i, 0, url);
        m_dictionaryEngines->setItem(i, 1, state);
    }
    m_dictionaryEngines->resizeColumnToContents(0);
    const ReadingConversion conversion = dicts
        ? ReadingConversion{dicts->words(), dicts->skipped()}
        : EngineDictionaries::convert(m_context.settings->filters().dictionary);
    QString text = tr("%n word(s) of your reading dictionary go into the engines.", nullptr,
                      int(conversion.words.size()));
    if (!conversion.skipped.isEmpty()) {
        text += u' '
            + tr("%n entry(ies) cannot go into the engines (the reading must be kana):", nullptr,
                 int(conversion.skipped.size()));
        QStringList shown;
        for (const SkippedReading &s : conversion.skipped.mid(0, 5))
            shown << u"%1 → %2 (%3)"_s.arg(s.word, s.reading, s.reason);
        text += u' ' + shown.join(u"; "_s);
        if (conversion.skipped.size() > 5)
            text += u" …"_s;
    }
    m_dictionarySkipped->setText(text);
}

bool IntegrationsPage::exportCsv(const QString &path)
{
    const QList<UserDictWord> words = m_context.engineDictionaries
        ? m_context.engineDictionaries->words()
        : EngineDictionaries::convert(m_context.settings->filters().dictionary).words;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write("\xEF\xBB\xBF"); // Excel reads UTF-8 only with a BOM
    file.write(userdict::toCsv(words).toUtf8());
    return file.commit();
}

int IntegrationsPage::importCsv(const QString &path, QStringList *errors)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray bytes = file.read(maxUserDictImportBytes + 1);
    const UserDictImport imported = userdict::fromCsv(bytes);
    if (errors)
        *errors = imported.errors;
    FilterSettings filters = m_context.settings->filters();
    int count = 0;
    for (const UserDictWord &word : imported.words) {
        const auto it
            = std::find_if(filters.dictionary.begin(), filters.dictionary.end(),
                           [&word](const DictionaryEntry &e) { return e.word == word.surface; });
        if (it == filters.dictionary.end()) {
            filters.dictionary << DictionaryEntry{word.surface, word.pronunciation};
            ++count;
        } else if (it->reading != word.pronunciation) {
            it->reading = word.pronunciation;
            ++count;
        }
    }
    if (count > 0)
        m_context.settings->setFilters(filters);
    return count;
}

void IntegrationsPage::changed()
{
    if (m_loading)
        return;
    updateDerived();
    updateEngineDictionaries();
    emit edited();
}

void IntegrationsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace chatvox
