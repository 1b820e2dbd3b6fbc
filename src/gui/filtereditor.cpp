#include "filtereditor.h"

#include "app/filterpreview.h"
#include "app/settings.h"
#include "ui_filtereditor.h"

#include <QHeaderView>

using namespace Qt::StringLiterals;

namespace chatvox {

namespace {

QStringList lines(const QString &text)
{
    QStringList out;
    for (const QString &line : text.split(u'\n')) {
        if (!line.trimmed().isEmpty())
            out << line.trimmed();
    }
    return out;
}

QStringList words(const QString &text, QChar separator)
{
    QStringList out;
    for (const QString &w : text.split(separator)) {
        if (!w.trimmed().isEmpty())
            out << w.trimmed();
    }
    return out;
}

} // namespace

FilterEditor::FilterEditor(Settings *settings, QWidget *parent)
    : QWidget(parent)
    , ui(std::make_unique<Ui::FilterEditor>())
    , m_settings(settings)
{
    ui->setupUi(this);
    ui->dictionaryTable->horizontalHeader()->setStretchLastSection(true);
    ui->dictionaryTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    ui->dictionaryTable->verticalHeader()->hide();

    const auto changed = [this] {
        updateEnabled();
        if (!m_loading)
            write();
    };
    for (QSpinBox *spin :
         {ui->lengthSpin, ui->maxRepeatSpin, ui->rateMessagesSpin, ui->rateSecondsSpin})
        connect(spin, &QSpinBox::valueChanged, this, changed);
    for (QCheckBox *check : {ui->stripEmotesCheck, ui->replaceUrlsCheck, ui->skipCommandsCheck,
                             ui->namePrefixCheck, ui->rateLimitCheck, ui->ignoreBotsCheck})
        connect(check, &QCheckBox::toggled, this, changed);
    for (QLineEdit *edit : {ui->cutSuffixEdit, ui->urlReplacementEdit, ui->commandPrefixesEdit,
                            ui->namePrefixEdit, ui->knownBotsEdit})
        connect(edit, &QLineEdit::textEdited, this, changed);
    for (QPlainTextEdit *edit : {ui->ignoredUsersEdit, ui->ngWordsEdit})
        connect(edit, &QPlainTextEdit::textChanged, this, changed);
    connect(ui->lengthModeCombo, &QComboBox::currentIndexChanged, this, changed);
    connect(ui->dictionaryTable, &QTableWidget::itemChanged, this, changed);
    connect(ui->addWordButton, &QPushButton::clicked, this, [this] {
        const int row = ui->dictionaryTable->rowCount();
        ui->dictionaryTable->insertRow(row);
        ui->dictionaryTable->setCurrentCell(row, 0);
        ui->dictionaryTable->editItem(ui->dictionaryTable->item(row, 0));
        ui->dictionaryTable->setFocus();
    });
    connect(ui->removeWordButton, &QPushButton::clicked, this, [this, changed] {
        const int row = ui->dictionaryTable->currentRow();
        if (row >= 0) {
            ui->dictionaryTable->removeRow(row);
            changed();
        }
    });
    connect(ui->previewTextEdit, &QLineEdit::textChanged, this, &FilterEditor::updatePreview);
    connect(ui->previewUserEdit, &QLineEdit::textChanged, this, &FilterEditor::updatePreview);
    connect(m_settings, &Settings::changed, this, [this](Settings::Group group) {
        if (group == Settings::Group::Filters && !m_writing) {
            const FilterSettings now = m_settings->filters();
            if (!(now == collect()))
                load(now);
        }
    });
    load(m_settings->filters());
}

FilterEditor::~FilterEditor() = default;

void FilterEditor::load(const FilterSettings &f)
{
    m_loading = true;
    ui->lengthSpin->setValue(f.lengthLimit);
    ui->lengthModeCombo->setCurrentIndex(f.lengthMode == LengthLimitMode::Skip ? 1 : 0);
    ui->cutSuffixEdit->setText(f.cutSuffix);
    ui->maxRepeatSpin->setValue(f.maxRepeat);
    ui->stripEmotesCheck->setChecked(f.stripEmotes);
    ui->replaceUrlsCheck->setChecked(f.replaceUrls);
    ui->urlReplacementEdit->setText(f.urlReplacement);
    ui->skipCommandsCheck->setChecked(f.skipCommands);
    ui->commandPrefixesEdit->setText(f.commandPrefixes.join(u' '));
    ui->namePrefixCheck->setChecked(f.namePrefix);
    ui->namePrefixEdit->setText(f.namePrefixTemplate);
    ui->rateLimitCheck->setChecked(f.rateLimit);
    ui->rateMessagesSpin->setValue(f.rateLimitMessages);
    ui->rateSecondsSpin->setValue(f.rateLimitSeconds);
    ui->ignoreBotsCheck->setChecked(f.ignoreKnownBots);
    ui->knownBotsEdit->setText(f.knownBots.join(u", "_s));
    if (lines(ui->ignoredUsersEdit->toPlainText()) != f.ignoredUsers)
        ui->ignoredUsersEdit->setPlainText(f.ignoredUsers.join(u'\n'));
    if (lines(ui->ngWordsEdit->toPlainText()) != f.ngWords)
        ui->ngWordsEdit->setPlainText(f.ngWords.join(u'\n'));
    ui->dictionaryTable->setRowCount(int(f.dictionary.size()));
    for (int i = 0; i < f.dictionary.size(); ++i) {
        ui->dictionaryTable->setItem(i, 0, new QTableWidgetItem(f.dictionary.at(i).word));
        ui->dictionaryTable->setItem(i, 1, new QTableWidgetItem(f.dictionary.at(i).reading));
    }
    m_loading = false;
    updateEnabled();
    updatePreview();
}

FilterSettings FilterEditor::collect() const
{
    // Start from the stored settings: fields without a widget (nicknames, per-user voices)
    // are kept as they are.
    FilterSettings f = m_settings->filters();
    f.lengthLimit = ui->lengthSpin->value();
    f.lengthMode
        = ui->lengthModeCombo->currentIndex() == 1 ? LengthLimitMode::Skip : LengthLimitMode::Cut;
    f.cutSuffix = ui->cutSuffixEdit->text();
    f.maxRepeat = ui->maxRepeatSpin->value();
    f.stripEmotes = ui->stripEmotesCheck->isChecked();
    f.replaceUrls = ui->replaceUrlsCheck->isChecked();
    f.urlReplacement = ui->urlReplacementEdit->text();
    f.skipCommands = ui->skipCommandsCheck->isChecked();
    f.commandPrefixes = words(ui->commandPrefixesEdit->text(), u' ');
    f.namePrefix = ui->namePrefixCheck->isChecked();
    if (ui->namePrefixEdit->text().contains(u"{text}"))
        f.namePrefixTemplate = ui->namePrefixEdit->text();
    f.rateLimit = ui->rateLimitCheck->isChecked();
    f.rateLimitMessages = ui->rateMessagesSpin->value();
    f.rateLimitSeconds = ui->rateSecondsSpin->value();
    f.ignoreKnownBots = ui->ignoreBotsCheck->isChecked();
    f.knownBots = words(ui->knownBotsEdit->text(), u',');
    f.ignoredUsers = lines(ui->ignoredUsersEdit->toPlainText());
    f.ngWords = lines(ui->ngWordsEdit->toPlainText());
    f.dictionary.clear();
    for (int row = 0; row < ui->dictionaryTable->rowCount(); ++row) {
        const QTableWidgetItem *word = ui->dictionaryTable->item(row, 0);
        const QTableWidgetItem *reading = ui->dictionaryTable->item(row, 1);
        if (word && !word->text().trimmed().isEmpty())
            f.dictionary << DictionaryEntry{word->text().trimmed(),
                                            reading ? reading->text().trimmed() : QString()};
    }
    return f;
}

void FilterEditor::write()
{
    m_writing = true;
    m_settings->setFilters(collect());
    m_writing = false;
    updatePreview();
}

void FilterEditor::updateEnabled()
{
    ui->cutSuffixEdit->setEnabled(ui->lengthModeCombo->currentIndex() == 0);
    ui->urlReplacementEdit->setEnabled(ui->replaceUrlsCheck->isChecked());
    ui->commandPrefixesEdit->setEnabled(ui->skipCommandsCheck->isChecked());
    ui->namePrefixEdit->setEnabled(ui->namePrefixCheck->isChecked());
    ui->rateMessagesSpin->setEnabled(ui->rateLimitCheck->isChecked());
    ui->rateSecondsSpin->setEnabled(ui->rateLimitCheck->isChecked());
    ui->knownBotsEdit->setEnabled(ui->ignoreBotsCheck->isChecked());
    ui->removeWordButton->setEnabled(ui->dictionaryTable->rowCount() > 0);
}

void FilterEditor::updatePreview()
{
    const QString text = ui->previewTextEdit->text();
    if (text.trimmed().isEmpty()) {
        ui->previewResult->setText(tr("Type a chat line to see what would be read."));
        return;
    }
    const FilterPreview p = previewFilters(collect(), text, ui->previewUserEdit->text());
    if (p.speak)
        ui->previewResult->setText(tr("Reads: %1").arg(p.text));
    else
        ui->previewResult->setText(tr("Not read: %1").arg(p.reason));
}

void FilterEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_loading = true;
        const int mode = ui->lengthModeCombo->currentIndex();
        ui->retranslateUi(this);
        ui->lengthModeCombo->setCurrentIndex(mode);
        m_loading = false;
        updatePreview();
    }
    QWidget::changeEvent(event);
}

} // namespace chatvox
