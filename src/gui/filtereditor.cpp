#include "filtereditor.h"

#include "app/filterpreview.h"
#include "app/settings.h"
#include "filter/dictionarycsv.h"
#include "ui_filtereditor.h"

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>

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

void setupTable(QTableWidget *table)
{
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table->verticalHeader()->hide();
}

void fillTable(QTableWidget *table, const QList<DictionaryEntry> &entries)
{
    const QSignalBlocker blocker(table);
    table->setUpdatesEnabled(false);
    table->setRowCount(int(entries.size()));
    for (int i = 0; i < entries.size(); ++i) {
        table->setItem(i, 0, new QTableWidgetItem(entries.at(i).word));
        table->setItem(i, 1, new QTableWidgetItem(entries.at(i).reading));
    }
    table->setUpdatesEnabled(true);
}

QList<DictionaryEntry> tableEntries(const QTableWidget *table)
{
    QList<DictionaryEntry> out;
    for (int row = 0; row < table->rowCount(); ++row) {
        const QTableWidgetItem *word = table->item(row, 0);
        const QTableWidgetItem *reading = table->item(row, 1);
        if (word && !word->text().trimmed().isEmpty())
            out << DictionaryEntry{word->text().trimmed(),
                                   reading ? reading->text().trimmed() : QString()};
    }
    return out;
}

void addRow(QTableWidget *table)
{
    const int row = table->rowCount();
    table->insertRow(row);
    table->setCurrentCell(row, 0);
    table->editItem(table->item(row, 0));
    table->setFocus();
}

// "Add": a word already in the table gets the imported reading, new words go to the end.
QList<DictionaryEntry> merged(QList<DictionaryEntry> entries, const QList<DictionaryEntry> &more)
{
    QHash<QString, qsizetype> index;
    for (qsizetype i = 0; i < entries.size(); ++i)
        index.insert(entries.at(i).word, i);
    for (const DictionaryEntry &e : more) {
        const auto it = index.constFind(e.word);
        if (it != index.constEnd()) {
            entries[*it].reading = e.reading;
        } else {
            index.insert(e.word, entries.size());
            entries << e;
        }
    }
    return entries;
}

} // namespace

FilterEditor::FilterEditor(Settings *settings, QWidget *parent)
    : QWidget(parent)
    , ui(std::make_unique<Ui::FilterEditor>())
    , m_settings(settings)
{
    ui->setupUi(this);
    setupTable(ui->dictionaryTable);
    setupTable(ui->defaultDictionaryTable);
    ui->previewStepsCaption->hide();
    ui->previewSteps->hide();

    const auto changed = [this] {
        updateEnabled();
        if (!m_loading)
            write();
    };
    for (QSpinBox *spin :
         {ui->lengthSpin, ui->maxRepeatSpin, ui->rateMessagesSpin, ui->rateSecondsSpin})
        connect(spin, &QSpinBox::valueChanged, this, changed);
    for (QCheckBox *check :
         {ui->stripEmotesCheck, ui->replaceUrlsCheck, ui->skipCommandsCheck, ui->namePrefixCheck,
          ui->rateLimitCheck, ui->ignoreBotsCheck, ui->readableNamesCheck, ui->kaomojiCheck,
          ui->applauseCheck, ui->englishCheck, ui->defaultDictionaryCheck})
        connect(check, &QCheckBox::toggled, this, changed);
    for (QLineEdit *edit : {ui->cutSuffixEdit, ui->urlReplacementEdit, ui->commandPrefixesEdit,
                            ui->namePrefixEdit, ui->knownBotsEdit, ui->kaomojiEdit})
        connect(edit, &QLineEdit::textEdited, this, changed);
    for (QPlainTextEdit *edit : {ui->ignoredUsersEdit, ui->ngWordsEdit})
        connect(edit, &QPlainTextEdit::textChanged, this, changed);
    for (QComboBox *combo : {ui->lengthModeCombo, ui->laughterCombo, ui->emojiCombo})
        connect(combo, &QComboBox::currentIndexChanged, this, changed);
    for (const Table which : {Table::User, Table::Default}) {
        QTableWidget *table = tableWidget(which);
        connect(table, &QTableWidget::itemChanged, this, changed);
        QPushButton *add = which == Table::User ? ui->addWordButton : ui->addDefaultButton;
        QPushButton *remove
            = which == Table::User ? ui->removeWordButton : ui->removeDefaultButton;
        QPushButton *import = which == Table::User ? ui->importButton : ui->importDefaultButton;
        QPushButton *exportButton
            = which == Table::User ? ui->exportButton : ui->exportDefaultButton;
        connect(add, &QPushButton::clicked, this, [table] { addRow(table); });
        connect(remove, &QPushButton::clicked, this, [table, changed] {
            const int row = table->currentRow();
            if (row >= 0) {
                table->removeRow(row);
                changed();
            }
        });
        connect(import, &QPushButton::clicked, this, [this, which] {
            const QString path = QFileDialog::getOpenFileName(
                this, tr("Import readings"), QString(),
                tr("Dictionaries (*.csv *.txt *.tsv *.dic);;All files (*)"));
            if (!path.isEmpty())
                importFile(which, path);
        });
        connect(exportButton, &QPushButton::clicked, this, [this, which] {
            const QString path = QFileDialog::getSaveFileName(
                this, tr("Export readings"),
                which == Table::User ? u"chatvox-readings.csv"_s
                                     : u"chatvox-default-readings.csv"_s,
                tr("CSV files (*.csv);;All files (*)"));
            if (!path.isEmpty())
                exportFile(which, path);
        });
    }
    connect(ui->resetDefaultsButton, &QPushButton::clicked, this,
            &FilterEditor::resetDefaultReadings);
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
    ui->readableNamesCheck->setChecked(f.readableNames);
    ui->laughterCombo->setCurrentIndex(int(f.laughter));
    ui->emojiCombo->setCurrentIndex(f.emoji == EmojiMode::Drop ? 1 : 0);
    ui->kaomojiCheck->setChecked(f.dropKaomoji);
    ui->kaomojiEdit->setText(f.kaomojiReplacement);
    ui->applauseCheck->setChecked(f.applause);
    ui->englishCheck->setChecked(f.englishToKana);
    ui->defaultDictionaryCheck->setChecked(f.useDefaultDictionary);
    ui->rateLimitCheck->setChecked(f.rateLimit);
    ui->rateMessagesSpin->setValue(f.rateLimitMessages);
    ui->rateSecondsSpin->setValue(f.rateLimitSeconds);
    ui->ignoreBotsCheck->setChecked(f.ignoreKnownBots);
    ui->knownBotsEdit->setText(f.knownBots.join(u", "_s));
    if (lines(ui->ignoredUsersEdit->toPlainText()) != f.ignoredUsers)
        ui->ignoredUsersEdit->setPlainText(f.ignoredUsers.join(u'\n'));
    if (lines(ui->ngWordsEdit->toPlainText()) != f.ngWords)
        ui->ngWordsEdit->setPlainText(f.ngWords.join(u'\n'));
    if (tableEntries(ui->dictionaryTable) != f.dictionary)
        fillTable(ui->dictionaryTable, f.dictionary);
    if (tableEntries(ui->defaultDictionaryTable) != f.defaultDictionary)
        fillTable(ui->defaultDictionaryTable, f.defaultDictionary);
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
    f.readableNames = ui->readableNamesCheck->isChecked();
    f.laughter = LaughterMode(qBound(0, ui->laughterCombo->currentIndex(), 3));
    f.emoji = ui->emojiCombo->currentIndex() == 1 ? EmojiMode::Drop : EmojiMode::Names;
    f.dropKaomoji = ui->kaomojiCheck->isChecked();
    f.kaomojiReplacement = ui->kaomojiEdit->text().trimmed();
    f.applause = ui->applauseCheck->isChecked();
    f.englishToKana = ui->englishCheck->isChecked();
    f.rateLimit = ui->rateLimitCheck->isChecked();
    f.rateLimitMessages = ui->rateMessagesSpin->value();
    f.rateLimitSeconds = ui->rateSecondsSpin->value();
    f.ignoreKnownBots = ui->ignoreBotsCheck->isChecked();
    f.knownBots = words(ui->knownBotsEdit->text(), u',');
    f.ignoredUsers = lines(ui->ignoredUsersEdit->toPlainText());
    f.ngWords = lines(ui->ngWordsEdit->toPlainText());
    f.dictionary = tableEntries(ui->dictionaryTable);
    f.useDefaultDictionary = ui->defaultDictionaryCheck->isChecked();
    f.defaultDictionary = tableEntries(ui->defaultDictionaryTable);
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
    ui->kaomojiEdit->setEnabled(ui->kaomojiCheck->isChecked());
    const bool defaults = ui->defaultDictionaryCheck->isChecked();
    ui->defaultDictionaryTable->setEnabled(defaults);
    ui->addDefaultButton->setEnabled(defaults);
    ui->removeDefaultButton->setEnabled(defaults && ui->defaultDictionaryTable->rowCount() > 0);
}

QTableWidget *FilterEditor::tableWidget(Table table) const
{
    return table == Table::User ? ui->dictionaryTable : ui->defaultDictionaryTable;
}

void FilterEditor::updatePreview()
{
    const QString text = ui->previewTextEdit->text();
    if (text.trimmed().isEmpty()) {
        ui->previewResult->setText(tr("Type a chat line to see what would be read."));
        ui->previewStepsCaption->hide();
        ui->previewSteps->hide();
        ui->previewSteps->clear();
        return;
    }
    const FilterPreview p = previewFilters(collect(), text, ui->previewUserEdit->text());
    if (p.speak)
        ui->previewResult->setText(tr("Reads: %1").arg(p.text));
    else
        ui->previewResult->setText(tr("Not read: %1").arg(p.reason));
    // Why: each rule that changed the line ("Laughter (w) → わら  わらわら").
    QString rows;
    for (const FilterStep &step : p.steps) {
        const QString after = step.text.isEmpty() ? tr("(nothing)") : step.text;
        rows += u"<tr><td style=\"padding-right: 12px\">"_s
            + filterStepName(step.id).toHtmlEscaped() + u"</td><td>"_s + after.toHtmlEscaped()
            + u"</td></tr>"_s;
    }
    ui->previewSteps->setText(rows.isEmpty() ? QString() : u"<table>"_s + rows + u"</table>"_s);
    ui->previewSteps->setAccessibleDescription(
        p.steps.isEmpty() ? QString()
                          : [&p] {
                                QStringList lines;
                                for (const FilterStep &step : p.steps)
                                    lines << filterStepName(step.id) + u": "_s + step.text;
                                return lines.join(u'\n');
                            }());
    ui->previewStepsCaption->setVisible(!rows.isEmpty());
    ui->previewSteps->setVisible(!rows.isEmpty());
}

void FilterEditor::importFile(Table which, const QString &path)
{
    QFile file(path);
    const QString name = QFileInfo(path).fileName();
    if (!file.open(QIODevice::ReadOnly)) {
        showImportErrors(tr("Could not open %1: %2").arg(name, file.errorString()), {});
        return;
    }
    // One byte more than the limit, so that dictionaryFromText() refuses a larger file.
    const QByteArray bytes = file.read(maxDictionaryImportBytes + 1);
    const DictionaryImport result = dictionaryFromText(bytes);
    if (result.entries.isEmpty()) {
        showImportErrors(tr("No readings found in %1.").arg(name), result.errors);
        return;
    }
    if (tableEntries(tableWidget(which)).isEmpty()) {
        applyImport(which, result.entries, true, result.errors, name);
        return;
    }
    auto *box = new QMessageBox(
        QMessageBox::Question, tr("Import readings"),
        tr("%n reading(s) in %1. Add them to the table, or replace the table with them?", "",
           int(result.entries.size()))
            .arg(name),
        QMessageBox::Cancel, this);
    box->setObjectName(u"importQuestion"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(tr("Add keeps the table and gives words already in it the "
                               "imported reading."));
    QPushButton *add = box->addButton(tr("&Add"), QMessageBox::AcceptRole);
    add->setObjectName(u"addButton"_s);
    QPushButton *replace = box->addButton(tr("&Replace"), QMessageBox::DestructiveRole);
    replace->setObjectName(u"replaceButton"_s);
    box->button(QMessageBox::Cancel)->setText(tr("Cancel"));
    box->setDefaultButton(add);
    connect(box, &QMessageBox::finished, this, [this, box, add, replace, which, result, name] {
        QAbstractButton *clicked = box->clickedButton();
        if (clicked == add || clicked == replace)
            applyImport(which, result.entries, clicked == replace, result.errors, name);
    });
    box->open();
}

void FilterEditor::applyImport(Table which, const QList<DictionaryEntry> &entries, bool replace,
                               const QStringList &errors, const QString &fileName)
{
    QTableWidget *table = tableWidget(which);
    fillTable(table, replace ? entries : merged(tableEntries(table), entries));
    updateEnabled();
    write();
    if (!errors.isEmpty())
        showImportErrors(tr("%n reading(s) imported from %1. Some lines were left out:", "",
                            int(entries.size()))
                             .arg(fileName),
                         errors);
}

void FilterEditor::showImportErrors(const QString &text, const QStringList &errors)
{
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Import readings"), text,
                                QMessageBox::Ok, this);
    box->setObjectName(u"importErrors"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    if (!errors.isEmpty()) {
        // The first lines in the box, all of them under "Show Details...".
        constexpr qsizetype shown = 10;
        QStringList first = errors.mid(0, shown);
        if (errors.size() > shown)
            first << u"…"_s;
        box->setInformativeText(first.join(u'\n'));
        if (errors.size() > shown)
            box->setDetailedText(errors.join(u'\n'));
    }
    box->open();
}

bool FilterEditor::exportFile(Table which, const QString &path)
{
    QSaveFile file(path);
    // UTF-8 with a BOM: Excel (which reads a CSV without one as Shift_JIS in Japan) shows the
    // Japanese text correctly; ChatVox and most tools skip the BOM.
    const QByteArray bytes
        = "\xEF\xBB\xBF" + dictionaryToCsv(tableEntries(tableWidget(which))).toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        auto *box = new QMessageBox(
            QMessageBox::Warning, tr("Export readings"),
            tr("Could not save %1: %2").arg(QFileInfo(path).fileName(), file.errorString()),
            QMessageBox::Ok, this);
        box->setObjectName(u"exportError"_s);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return false;
    }
    return true;
}

void FilterEditor::resetDefaultReadings()
{
    const QList<DictionaryEntry> defaults = FilterSettings::defaultDictionaryEntries();
    const auto reset = [this, defaults] {
        fillTable(ui->defaultDictionaryTable, defaults);
        updateEnabled();
        write();
    };
    if (tableEntries(ui->defaultDictionaryTable) == defaults)
        return;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Reset to defaults"),
                                tr("Replace the default readings with the ones ChatVox ships? "
                                   "Your changes to them are lost; your own reading dictionary "
                                   "is kept."),
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(u"resetDefaultsQuestion"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->button(QMessageBox::Yes)->setText(tr("Re&set"));
    box->button(QMessageBox::Cancel)->setText(tr("Cancel"));
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::finished, this, [reset](int result) {
        if (result == QMessageBox::Yes)
            reset();
    });
    box->open();
}

void FilterEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_loading = true;
        const int mode = ui->lengthModeCombo->currentIndex();
        const int laughter = ui->laughterCombo->currentIndex();
        const int emoji = ui->emojiCombo->currentIndex();
        ui->retranslateUi(this);
        ui->lengthModeCombo->setCurrentIndex(mode);
        ui->laughterCombo->setCurrentIndex(laughter);
        ui->emojiCombo->setCurrentIndex(emoji);
        m_loading = false;
        updatePreview();
    }
    QWidget::changeEvent(event);
}

} // namespace chatvox
