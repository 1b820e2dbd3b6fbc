#include "speakerpanel.h"

#include "app/audiodevices.h"
#include "app/enginemodel.h"
#include "app/pipeline.h"
#include "app/runstatus.h"
#include "app/settings.h"
#include "app/speakermodel.h"
#include "gui/icons.h"
#include "speech/engineset.h"
#include "ui_speakerpanel.h"

#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QSortFilterProxyModel>

using namespace Qt::StringLiterals;

namespace chatvox {

namespace {

// The engine table's first column gets a coloured light for the status.
class EngineLights : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::DecorationRole && index.column() == EngineModel::StatusColumn) {
            switch (EngineSet::Status(index.data(EngineModel::StatusRole).toInt())) {
            case EngineSet::Status::Up:
                return icons::light(QColor(0x16, 0xa3, 0x4a));
            case EngineSet::Status::Down:
                return icons::light(QColor(0xdc, 0x26, 0x26));
            case EngineSet::Status::Unknown:
                return icons::light(QColor(0x9c, 0xa3, 0xaf));
            }
        }
        return QIdentityProxyModel::data(index, role);
    }
};

} // namespace

SpeakerPanel::SpeakerPanel(const DesktopContext &context, QWidget *parent)
    : QWidget(parent)
    , ui(std::make_unique<Ui::SpeakerPanel>())
    , m_context(context)
{
    ui->setupUi(this);
    EngineSet *engines = m_context.pipeline->engines();

    m_engineModel = new EngineModel(engines, this);
    auto *lights = new EngineLights(this);
    lights->setSourceModel(m_engineModel);
    ui->enginesView->setModel(lights);
    ui->enginesView->verticalHeader()->hide();
    QHeaderView *header = ui->enginesView->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(EngineModel::UrlColumn, QHeaderView::Stretch);
    ui->enginesView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    ui->enginesView->setWordWrap(false);

    m_speakers = new SpeakerModel(engines, this);
    m_speakerFilter = new QSortFilterProxyModel(this);
    m_speakerFilter->setSourceModel(m_speakers);
    m_speakerFilter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_speakerFilter->setRecursiveFilteringEnabled(true);
    m_speakerFilter->setAutoAcceptChildRows(true);
    ui->speakersView->setModel(m_speakerFilter);
    connect(ui->searchEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_speakerFilter->setFilterFixedString(text.trimmed());
        if (!text.trimmed().isEmpty())
            ui->speakersView->expandAll();
    });
    connect(ui->speakersView, &QTreeView::clicked, this, &SpeakerPanel::onStyleClicked);
    connect(ui->speakersView, &QTreeView::activated, this, &SpeakerPanel::onStyleClicked);
    connect(m_speakers, &SpeakerModel::stateChanged, this, [this] {
        updateVoiceStatus();
        updateCurrentVoice();
        selectCurrentStyle();
    });
    connect(ui->reloadButton, &QPushButton::clicked, m_speakers, &SpeakerModel::reload);
    connect(ui->engineSettingsButton, &QPushButton::clicked, this,
            &SpeakerPanel::engineSettingsRequested);

    m_defaultSample = defaultSample();
    ui->sampleEdit->setText(m_defaultSample);
    ui->sampleEdit->setCursorPosition(0); // the start of a long sample, not its end
    connect(ui->previewButton, &QPushButton::clicked, this, [this] {
        m_context.pipeline->preview(ui->sampleEdit->text(), chosenStyle(), sliderVoice());
    });
    connect(ui->sampleEdit, &QLineEdit::returnPressed, ui->previewButton, &QPushButton::click);

    const struct
    {
        QSlider *slider;
        int min, max;
    } ranges[] = {{ui->speedSlider, 50, 200},
                  {ui->pitchSlider, -15, 15},
                  {ui->intonationSlider, 0, 200},
                  {ui->voiceVolumeSlider, 0, 200}};
    for (const auto &r : ranges) {
        r.slider->setRange(r.min, r.max);
        r.slider->setPageStep((r.max - r.min) / 10);
        connect(r.slider, &QSlider::valueChanged, this, [this] {
            updateValueLabels();
            if (!m_loading)
                writeVoice();
        });
    }
    connect(ui->resetVoiceButton, &QPushButton::clicked, this,
            [this] { m_context.settings->setVoice(VoiceParams()); });

    connect(ui->deviceCombo, &QComboBox::activated, this, [this](int index) {
        m_context.settings->setAudioDevice(ui->deviceCombo->itemData(index).toString());
    });
    connect(ui->volumeSlider, &QSlider::valueChanged, this, [this](int value) {
        ui->volumeValue->setText(tr("%1 %").arg(value));
        if (!m_loading)
            m_context.settings->setVolume(value / 100.0);
    });
    connect(ui->testSoundButton, &QPushButton::clicked, this,
            [this] { m_context.pipeline->playTestSound(); });

    // The engine's default voice becomes known a moment after it answers.
    connect(m_context.status, &RunStatus::changed, this, &SpeakerPanel::updateCurrentVoice);
    connect(m_context.settings, &Settings::changed, this, [this](Settings::Group group) {
        if (group == Settings::Group::Speech || group == Settings::Group::Audio)
            loadSettings();
    });
    loadSettings();
    updateVoiceStatus();
}

SpeakerPanel::~SpeakerPanel() = default;

QString SpeakerPanel::defaultSample()
{
    return tr("Hello! This is how ChatVox reads your chat.");
}

void SpeakerPanel::fillDeviceCombo(QComboBox *combo, const QString &current)
{
    const QSignalBlocker block(combo);
    combo->clear();
    combo->addItem(tr("System default"), QString());
    QStringList names = audioOutputNames();
    if (!current.isEmpty() && !names.contains(current))
        names.prepend(current); // chosen but not connected now: keep it visible
    for (const QString &name : std::as_const(names))
        combo->addItem(name, name);
    combo->setCurrentIndex(std::max(0, combo->findData(current)));
}

void SpeakerPanel::loadSettings()
{
    m_loading = true;
    const VoiceParams v = m_context.settings->voice();
    ui->speedSlider->setValue(qRound(v.speedScale * 100));
    ui->pitchSlider->setValue(qRound(v.pitchScale * 100));
    ui->intonationSlider->setValue(qRound(v.intonationScale * 100));
    ui->voiceVolumeSlider->setValue(qRound(v.volumeScale * 100));
    ui->volumeSlider->setValue(qRound(m_context.settings->volume() * 100));
    ui->volumeValue->setText(tr("%1 %").arg(ui->volumeSlider->value()));
    fillDeviceCombo(ui->deviceCombo, m_context.settings->audioDevice());
    m_loading = false;
    updateValueLabels();
    updateCurrentVoice();
    selectCurrentStyle();
}

VoiceParams SpeakerPanel::sliderVoice() const
{
    VoiceParams v;
    v.speedScale = ui->speedSlider->value() / 100.0;
    v.pitchScale = ui->pitchSlider->value() / 100.0;
    v.intonationScale = ui->intonationSlider->value() / 100.0;
    v.volumeScale = ui->voiceVolumeSlider->value() / 100.0;
    return v;
}

void SpeakerPanel::writeVoice()
{
    m_context.settings->setVoice(sliderVoice());
}

void SpeakerPanel::updateValueLabels()
{
    ui->speedValue->setText(QString::number(ui->speedSlider->value() / 100.0, 'f', 2));
    ui->pitchValue->setText(QString::number(ui->pitchSlider->value() / 100.0, 'f', 2));
    ui->intonationValue->setText(QString::number(ui->intonationSlider->value() / 100.0, 'f', 2));
    ui->voiceVolumeValue->setText(QString::number(ui->voiceVolumeSlider->value() / 100.0, 'f', 2));
}

std::optional<qint64> SpeakerPanel::chosenStyle() const
{
    if (const std::optional<qint64> s = m_context.settings->speakerStyle())
        return s;
    return m_context.pipeline->defaultStyle();
}

void SpeakerPanel::onStyleClicked(const QModelIndex &proxyIndex)
{
    if (!proxyIndex.data(SpeakerModel::IsStyleRole).toBool()) {
        ui->speakersView->setExpanded(proxyIndex, !ui->speakersView->isExpanded(proxyIndex));
        return;
    }
    m_context.settings->setSpeakerStyle(proxyIndex.data(SpeakerModel::StyleIdRole).toLongLong());
}

void SpeakerPanel::selectCurrentStyle()
{
    const std::optional<qint64> style = chosenStyle();
    if (!style)
        return;
    const QModelIndex index = m_speakerFilter->mapFromSource(m_speakers->indexOfStyle(*style));
    if (!index.isValid())
        return;
    ui->speakersView->expand(index.parent());
    ui->speakersView->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
}

void SpeakerPanel::updateVoiceStatus()
{
    switch (m_speakers->state()) {
    case SpeakerModel::State::Empty:
        ui->voiceStatus->setText(tr("No speech engine answers yet."));
        break;
    case SpeakerModel::State::Loading:
        ui->voiceStatus->setText(tr("Asking the engine for its voices…"));
        break;
    case SpeakerModel::State::Loaded:
        ui->voiceStatus->setText(
            tr("%n voice style(s). Click one to use it.", nullptr, m_speakers->styleCount()));
        break;
    case SpeakerModel::State::Failed:
        ui->voiceStatus->setText(tr("Could not list the voices: %1").arg(m_speakers->errorText()));
        break;
    }
}

void SpeakerPanel::updateCurrentVoice()
{
    const std::optional<qint64> id = chosenStyle();
    if (id != m_shownStyle && m_speakers->state() == SpeakerModel::State::Loaded) {
        m_shownStyle = id;
        selectCurrentStyle();
    }
    if (!id) {
        ui->currentVoice->setText(tr("Voice: the engine's first voice"));
        return;
    }
    if (const std::optional<SpeakerStyle> s = m_speakers->style(*id))
        ui->currentVoice->setText(tr("Voice: %1 (%2)").arg(s->speakerName, s->styleName));
    else
        ui->currentVoice->setText(tr("Voice: style id %1").arg(*id));
}

void SpeakerPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        const QString sample = ui->sampleEdit->text();
        ui->retranslateUi(this);
        // A sample the user typed stays; the default one follows the language.
        ui->sampleEdit->setText(sample == m_defaultSample ? defaultSample() : sample);
        ui->sampleEdit->setCursorPosition(0);
        m_defaultSample = defaultSample();
        fillDeviceCombo(ui->deviceCombo, m_context.settings->audioDevice());
        updateValueLabels();
        ui->volumeValue->setText(tr("%1 %").arg(ui->volumeSlider->value()));
        updateVoiceStatus();
        updateCurrentVoice();
    }
    QWidget::changeEvent(event);
}

} // namespace chatvox
