#include "viewervoicespanel.h"

#include "app/pipeline.h"
#include "app/settings.h"
#include "app/speakermodel.h"
#include "app/viewervoices.h"
#include "filter/voiceassignment.h"
#include "ui_viewervoicespanel.h"

#include <QDateTime>
#include <QHeaderView>
#include <QLocale>
#include <QRegularExpression>
#include <QRegularExpressionValidator>

using namespace Qt::StringLiterals;

namespace chatvox {

namespace {

constexpr int kKeyRole = Qt::UserRole + 1;

QString normalizedLogin(QString login)
{
    login = login.trimmed().toLower();
    if (login.startsWith(u'@'))
        login.remove(0, 1);
    return login;
}

void setUpTable(QTableWidget *table)
{
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    table->setWordWrap(false);
}

} // namespace

ViewerVoicesPanel::ViewerVoicesPanel(const DesktopContext &context, SpeakerModel *speakers,
                                     QWidget *parent)
    : QWidget(parent)
    , ui(std::make_unique<Ui::ViewerVoicesPanel>())
    , m_context(context)
    , m_speakers(speakers)
{
    ui->setupUi(this);
    setUpTable(ui->pinsTable);
    setUpTable(ui->choicesTable);
    ui->choicesTable->horizontalHeader()->setStretchLastSection(false);
    ui->choicesTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    ui->choicesTable->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    ui->pinLoginEdit->setValidator(new QRegularExpressionValidator(
        QRegularExpression(u"@?[A-Za-z0-9_]{0,25}"_s), ui->pinLoginEdit));

    connect(ui->pinButton, &QPushButton::clicked, this, [this] {
        const QVariant style = ui->pinStyleCombo->currentData();
        if (style.isValid() && pin(ui->pinLoginEdit->text(), style.toLongLong()))
            ui->pinLoginEdit->clear();
    });
    connect(ui->pinLoginEdit, &QLineEdit::returnPressed, ui->pinButton, &QPushButton::click);
    connect(ui->pinLoginEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        ui->pinButton->setEnabled(!normalizedLogin(text).isEmpty()
                                  && ui->pinStyleCombo->count() > 0);
    });
    connect(ui->unpinButton, &QPushButton::clicked, this, [this] {
        if (QTableWidgetItem *item = ui->pinsTable->item(ui->pinsTable->currentRow(), 0))
            unpin(item->data(kKeyRole).toString());
    });
    // Choosing a row puts it into the editor: pick another voice and Pin to change it.
    connect(ui->pinsTable, &QTableWidget::currentCellChanged, this, [this](int row) {
        ui->unpinButton->setEnabled(row >= 0);
        const QTableWidgetItem *item = ui->pinsTable->item(row, 0);
        if (!item)
            return;
        ui->pinLoginEdit->setText(item->data(kKeyRole).toString());
        const QTableWidgetItem *voice = ui->pinsTable->item(row, 1);
        const int index = ui->pinStyleCombo->findData(voice->data(kKeyRole));
        if (index >= 0)
            ui->pinStyleCombo->setCurrentIndex(index);
    });

    connect(ui->clearChoiceButton, &QPushButton::clicked, this, [this] {
        QStringList keys;
        for (const QTableWidgetItem *item : ui->choicesTable->selectedItems()) {
            if (item->column() == 0)
                keys << item->data(kKeyRole).toString();
        }
        for (const QString &key : std::as_const(keys))
            m_context.pipeline->viewerVoices()->clearChoice(key);
    });
    connect(ui->choicesTable, &QTableWidget::itemSelectionChanged, this, [this] {
        ui->clearChoiceButton->setEnabled(!ui->choicesTable->selectedItems().isEmpty());
    });

    connect(ui->poolList, &QListWidget::itemChanged, this, [this] {
        if (!m_loading)
            writePool();
    });
    const auto checkAll = [this](bool on) {
        m_loading = true;
        for (int i = 0; i < ui->poolList->count(); ++i) {
            if (ui->poolList->item(i)->flags().testFlag(Qt::ItemIsUserCheckable))
                ui->poolList->item(i)->setCheckState(on ? Qt::Checked : Qt::Unchecked);
        }
        m_loading = false;
        writePool();
    };
    connect(ui->poolAllButton, &QPushButton::clicked, this, [checkAll] { checkAll(true); });
    connect(ui->poolNoneButton, &QPushButton::clicked, this, [checkAll] { checkAll(false); });
    connect(ui->commandCheck, &QCheckBox::toggled, this, [this] {
        ui->cooldownSpin->setEnabled(ui->commandCheck->isChecked());
        if (!m_loading)
            writeCommand();
    });
    connect(ui->cooldownSpin, &QSpinBox::valueChanged, this, [this] {
        if (!m_loading)
            writeCommand();
    });

    connect(m_context.settings, &Settings::changed, this, [this](Settings::Group group) {
        if (group == Settings::Group::Filters)
            loadPins();
        else if (group == Settings::Group::Voices)
            loadVoiceSettings();
    });
    connect(m_context.pipeline->viewerVoices(), &ViewerVoices::choicesChanged, this,
            &ViewerVoicesPanel::loadChoices);
    if (m_speakers)
        connect(m_speakers, &SpeakerModel::stateChanged, this, &ViewerVoicesPanel::loadStyles);
    retranslate();
    loadStyles();
}

ViewerVoicesPanel::~ViewerVoicesPanel() = default;

QList<SpeakerStyle> ViewerVoicesPanel::styles() const
{
    QList<SpeakerStyle> list;
    if (!m_speakers)
        return list;
    for (int s = 0; s < m_speakers->rowCount(); ++s) {
        const QModelIndex speaker = m_speakers->index(s, 0);
        for (int i = 0; i < m_speakers->rowCount(speaker); ++i) {
            const qint64 id
                = m_speakers->index(i, 0, speaker).data(SpeakerModel::StyleIdRole).toLongLong();
            if (const std::optional<SpeakerStyle> style = m_speakers->style(id))
                list << *style;
        }
    }
    return list;
}

QString ViewerVoicesPanel::styleName(qint64 styleId) const
{
    if (m_speakers) {
        if (const std::optional<SpeakerStyle> style = m_speakers->style(styleId))
            return voiceDisplayName(*style);
    }
    return tr("style %1").arg(styleId); // the engine that has it does not answer now
}

void ViewerVoicesPanel::loadStyles()
{
    const QList<SpeakerStyle> all = styles();
    {
        const QSignalBlocker block(ui->pinStyleCombo);
        const QVariant current = ui->pinStyleCombo->currentData();
        ui->pinStyleCombo->clear();
        for (const SpeakerStyle &s : all)
            ui->pinStyleCombo->addItem(voiceDisplayName(s), QVariant::fromValue(s.id));
        ui->pinStyleCombo->setCurrentIndex(std::max(0, ui->pinStyleCombo->findData(current)));
        ui->pinStyleCombo->setPlaceholderText(tr("no speech engine answers yet"));
    }
    ui->pinButton->setEnabled(!normalizedLogin(ui->pinLoginEdit->text()).isEmpty()
                              && !all.isEmpty());
    loadPins();
    loadChoices();
    loadVoiceSettings();
}

void ViewerVoicesPanel::loadPins()
{
    const FilterSettings f = m_context.settings->filters();
    QStringList logins = f.userVoices.keys();
    logins.sort();
    const QString selected
        = ui->pinsTable->currentRow() >= 0 && ui->pinsTable->item(ui->pinsTable->currentRow(), 0)
        ? ui->pinsTable->item(ui->pinsTable->currentRow(), 0)->data(kKeyRole).toString()
        : QString();
    const QSignalBlocker block(ui->pinsTable);
    ui->pinsTable->setRowCount(int(logins.size()));
    for (int row = 0; row < logins.size(); ++row) {
        const UserVoice voice = f.userVoices.value(logins.at(row));
        auto *who = new QTableWidgetItem(logins.at(row));
        who->setData(kKeyRole, logins.at(row));
        auto *what = new QTableWidgetItem(styleName(voice.styleId));
        what->setData(kKeyRole, QVariant::fromValue(voice.styleId));
        ui->pinsTable->setItem(row, 0, who);
        ui->pinsTable->setItem(row, 1, what);
        if (logins.at(row) == selected)
            ui->pinsTable->setCurrentCell(row, 0);
    }
    ui->unpinButton->setEnabled(ui->pinsTable->currentRow() >= 0);
}

void ViewerVoicesPanel::loadChoices()
{
    const QHash<QString, ViewerVoices::Choice> choices
        = m_context.pipeline->viewerVoices()->choices();
    QStringList keys = choices.keys();
    std::sort(keys.begin(), keys.end(), [&choices](const QString &a, const QString &b) {
        return choices.value(a).login < choices.value(b).login;
    });
    ui->choicesTable->setRowCount(int(keys.size()));
    for (int row = 0; row < keys.size(); ++row) {
        const ViewerVoices::Choice c = choices.value(keys.at(row));
        auto *who = new QTableWidgetItem(c.login.isEmpty() ? keys.at(row) : c.login);
        who->setData(kKeyRole, keys.at(row));
        ui->choicesTable->setItem(row, 0, who);
        ui->choicesTable->setItem(row, 1, new QTableWidgetItem(styleName(c.styleId)));
        const QDateTime when = QDateTime::fromMSecsSinceEpoch(c.chosenAtMs);
        ui->choicesTable->setItem(
            row, 2,
            new QTableWidgetItem(c.chosenAtMs > 0 ? QLocale().toString(when, QLocale::ShortFormat)
                                                  : QString()));
    }
    ui->clearChoiceButton->setEnabled(!ui->choicesTable->selectedItems().isEmpty());
}

void ViewerVoicesPanel::loadVoiceSettings()
{
    m_loading = true;
    const Settings::ViewerVoiceSettings v = m_context.settings->viewerVoices();
    ui->poolList->clear();
    const QList<SpeakerStyle> all = styles();
    for (const SpeakerStyle &s : all) {
        auto *item = new QListWidgetItem(voiceDisplayName(s), ui->poolList);
        item->setData(kKeyRole, QVariant::fromValue(s.id));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(v.styles.contains(s.id) ? Qt::Checked : Qt::Unchecked);
    }
    // Styles of an engine that does not answer now stay in the list, so they are not lost.
    for (qint64 id : v.styles) {
        if (std::none_of(all.cbegin(), all.cend(),
                         [id](const SpeakerStyle &s) { return s.id == id; })) {
            auto *item = new QListWidgetItem(styleName(id), ui->poolList);
            item->setData(kKeyRole, QVariant::fromValue(id));
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
            item->setCheckState(Qt::Checked);
        }
    }
    if (ui->poolList->count() == 0) {
        auto *note = new QListWidgetItem(tr("The voices appear here once a speech engine answers."),
                                         ui->poolList);
        note->setFlags(Qt::NoItemFlags);
    }
    ui->commandCheck->setChecked(v.command);
    ui->cooldownSpin->setValue(v.cooldownSeconds);
    ui->cooldownSpin->setEnabled(v.command);
    m_loading = false;
}

bool ViewerVoicesPanel::pin(const QString &login, qint64 styleId)
{
    const QString who = normalizedLogin(login);
    static const QRegularExpression valid(u"^[a-z0-9_]{1,25}$"_s);
    if (!valid.match(who).hasMatch())
        return false;
    FilterSettings f = m_context.settings->filters();
    // A new pin speaks with the voice settings of now; re-pinning keeps the viewer's own.
    UserVoice voice = f.userVoices.value(who, UserVoice{0, m_context.settings->voice()});
    voice.styleId = styleId;
    f.userVoices.insert(who, voice);
    m_context.settings->setFilters(f);
    m_context.settings->save();
    return true;
}

void ViewerVoicesPanel::unpin(const QString &login)
{
    FilterSettings f = m_context.settings->filters();
    if (f.userVoices.remove(normalizedLogin(login)) > 0) {
        m_context.settings->setFilters(f);
        m_context.settings->save();
    }
}

void ViewerVoicesPanel::writePool()
{
    // The order decides who gets which voice: keep the checked ones where they were and add
    // new ones at the end, so that a viewer's voice changes only when it has to.
    Settings::ViewerVoiceSettings v = m_context.settings->viewerVoices();
    QList<qint64> checked;
    for (int i = 0; i < ui->poolList->count(); ++i) {
        if (ui->poolList->item(i)->flags().testFlag(Qt::ItemIsUserCheckable)
            && ui->poolList->item(i)->checkState() == Qt::Checked)
            checked << ui->poolList->item(i)->data(kKeyRole).toLongLong();
    }
    QList<qint64> styles;
    for (qint64 id : std::as_const(v.styles)) {
        if (checked.contains(id))
            styles << id;
    }
    for (qint64 id : std::as_const(checked)) {
        if (!styles.contains(id))
            styles << id;
    }
    v.styles = styles;
    m_context.settings->setViewerVoices(v);
    m_context.settings->save();
}

void ViewerVoicesPanel::writeCommand()
{
    Settings::ViewerVoiceSettings v = m_context.settings->viewerVoices();
    v.command = ui->commandCheck->isChecked();
    v.cooldownSeconds = ui->cooldownSpin->value();
    m_context.settings->setViewerVoices(v);
    m_context.settings->save();
}

void ViewerVoicesPanel::retranslate()
{
    ui->pinsTable->setHorizontalHeaderLabels({tr("Viewer"), tr("Voice")});
    ui->choicesTable->setHorizontalHeaderLabels({tr("Viewer"), tr("Voice"), tr("Chosen")});
}

void ViewerVoicesPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        ui->retranslateUi(this);
        retranslate();
        loadPins();
        loadChoices();
    }
    QWidget::changeEvent(event);
}

} // namespace chatvox
