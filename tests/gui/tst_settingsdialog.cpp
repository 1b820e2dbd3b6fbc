// The settings dialog: live apply, Apply keeps, Cancel restores, OK keeps and closes, Restore
// Defaults resets one page only, values shown in the main window stay in sync, the language
// switch changes the visible text at once, and every control has an accessible name.
#include "app/autostart.h"
#include "app/enginedictionaries.h"
#include "app/logmodel.h"
#include "app/pipeline.h"
#include "app/runstatus.h"
#include "app/filterpreview.h"
#include "app/settings.h"
#include "app/speakermodel.h"
#include "filter/dictionarycsv.h"
#include "gui/desktopapp.h"
#include "gui/filtereditor.h"
#include "gui/integrationspage.h"
#include "gui/mainwindow.h"
#include "gui/settingsdialog.h"
#include "guitestutil.h"
#include "speech/engineset.h"
#include "speech/userdictionary.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSlider>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace chatvox;

class TestSettingsDialog : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<Pipeline> m_pipeline;
    std::unique_ptr<RunStatus> m_status;
    std::unique_ptr<Autostart> m_autostart;
    std::unique_ptr<SettingsDialog> m_dialog;
    int m_run = 0;

    DesktopContext context() const
    {
        return {m_settings.get(), m_pipeline.get(), m_status.get(), nullptr};
    }
    template<typename T> T *find(const char *name) const
    {
        T *w = m_dialog->findChild<T *>(QString::fromLatin1(name));
        if (!w)
            qFatal("no widget %s", name);
        return w;
    }
    template<typename T> static T *in(QWidget *parent, const char *name)
    {
        T *w = parent->findChild<T *>(QString::fromLatin1(name));
        if (!w)
            qFatal("no widget %s", name);
        return w;
    }
    QPushButton *button(QDialogButtonBox::StandardButton which) const
    {
        return find<QDialogButtonBox>("buttonBox")->button(which);
    }

private slots:
    void init()
    {
        m_settings = std::make_unique<Settings>(m_dir.filePath(u"s%1.ini"_s.arg(++m_run)));
        m_pipeline = std::make_unique<Pipeline>(m_settings.get());
        m_status = std::make_unique<RunStatus>(m_pipeline.get(), m_settings.get());
        m_autostart
            = createXdgAutostart(m_dir.filePath(u"xdg%1"_s.arg(m_run)), u"/bin/chatvox"_s, {});
        m_dialog = std::make_unique<SettingsDialog>(context(), m_autostart.get());
        m_dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    }
    void cleanup()
    {
        m_dialog.reset();
        m_status.reset();
        m_pipeline.reset();
        m_settings.reset();
    }

    void changesApplyLiveAndCancelRestores()
    {
        m_dialog->showPage(Preferences::Page::Speech);
        auto *drop = find<QSpinBox>("dropSpin");
        QCOMPARE(drop->value(), 20);
        drop->setValue(9);
        QCOMPARE(m_settings->queuePolicy().dropAfter, 9); // live: no Apply needed
        find<QCheckBox>("systemVoiceCheck")->setChecked(false);
        QCOMPARE(m_settings->systemVoiceFallback(), false);
        m_dialog->showPage(Preferences::Page::General);
        find<QCheckBox>("startMinimizedCheck")->setChecked(true);
        find<QCheckBox>("autostartCheck")->setChecked(true);
        QVERIFY(m_autostart->isEnabled());
        QTest::mouseClick(button(QDialogButtonBox::Cancel), Qt::LeftButton);
        QVERIFY(!m_dialog->isVisible());
        QCOMPARE(m_settings->queuePolicy().dropAfter, 20);
        QCOMPARE(m_settings->systemVoiceFallback(), true);
        QCOMPARE(m_settings->startMinimized(), false);
        QVERIFY(!m_autostart->isEnabled());
    }

    void applyKeepsWhatCancelThenKeeps()
    {
        m_dialog->showPage(Preferences::Page::Speech);
        auto *speedUp = find<QSpinBox>("speedUpSpin");
        speedUp->setValue(3);
        QTest::mouseClick(button(QDialogButtonBox::Apply), Qt::LeftButton);
        QFile file(m_settings->filePath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains("speedUpAfter=3")); // Apply saved the file
        speedUp->setValue(4);
        QCOMPARE(m_settings->queuePolicy().speedUpAfter, 4);
        QTest::mouseClick(button(QDialogButtonBox::Cancel), Qt::LeftButton);
        QCOMPARE(m_settings->queuePolicy().speedUpAfter, 3);
    }

    void okKeepsAndCloses()
    {
        m_dialog->showPage(Preferences::Page::Chat);
        auto *channel = find<QLineEdit>("settingsChannelEdit");
        channel->setFocus();
        QTest::keyClicks(channel, u"MyChannel"_s);
        QTest::mouseClick(button(QDialogButtonBox::Ok), Qt::LeftButton);
        QVERIFY(!m_dialog->isVisible());
        QCOMPARE(m_settings->channel(), u"mychannel"_s);
    }

    void restoreDefaultsResetsOnlyThePageShown()
    {
        FilterSettings f = m_settings->filters();
        f.lengthLimit = 99;
        f.ngWords = {u"ネタバレ"_s};
        m_settings->setFilters(f);
        QueuePolicy policy = m_settings->queuePolicy();
        policy.dropAfter = 5;
        m_settings->setQueuePolicy(policy);
        m_dialog->hide();
        m_dialog->show(); // opening takes what is in force now

        m_dialog->showPage(Preferences::Page::Filters);
        QCOMPARE(m_dialog->filterEditor()->collect().lengthLimit, 99);
        QTest::mouseClick(button(QDialogButtonBox::RestoreDefaults), Qt::LeftButton);
        QCOMPARE(m_settings->filters(), FilterSettings());
        QCOMPARE(m_dialog->filterEditor()->findChild<QSpinBox *>(u"lengthSpin"_s)->value(), 40);
        QCOMPARE(m_settings->queuePolicy().dropAfter, 5); // Speech page untouched

        m_dialog->showPage(Preferences::Page::Speech);
        QTest::mouseClick(button(QDialogButtonBox::RestoreDefaults), Qt::LeftButton);
        QCOMPARE(m_settings->queuePolicy().dropAfter, 20);

        QTest::mouseClick(button(QDialogButtonBox::Cancel), Qt::LeftButton);
        QCOMPARE(m_settings->filters().lengthLimit, 99);
        QCOMPARE(m_settings->filters().ngWords, QStringList{u"ネタバレ"_s});
        QCOMPARE(m_settings->queuePolicy().dropAfter, 5);
    }

    void valuesShownElsewhereStayInSync()
    {
        m_dialog->showPage(Preferences::Page::Audio);
        m_settings->setVolume(0.3); // as the Speaker panel's slider does
        QCOMPARE(find<QSlider>("settingsVolumeSlider")->value(), 30);
        find<QSlider>("settingsVolumeSlider")->setValue(55);
        QCOMPARE(m_settings->volume(), 0.55);
        // The Filters panel and the Filters page are two editors of one setting.
        FilterEditor panel(m_settings.get());
        panel.findChild<QSpinBox *>(u"lengthSpin"_s)->setValue(12);
        QCOMPARE(m_settings->filters().lengthLimit, 12);
        QCOMPARE(m_dialog->filterEditor()->findChild<QSpinBox *>(u"lengthSpin"_s)->value(), 12);
    }

    // The Reading group, readable names and the default readings reach Settings (and the
    // settings file), and come back from it.
    void readingControlsRoundTrip()
    {
        FilterEditor panel(m_settings.get());
        auto *laughter = in<QComboBox>(&panel, "laughterCombo");
        auto *emoji = in<QComboBox>(&panel, "emojiCombo");
        auto *kaomoji = in<QCheckBox>(&panel, "kaomojiCheck");
        auto *kaomojiEdit = in<QLineEdit>(&panel, "kaomojiEdit");
        auto *applause = in<QCheckBox>(&panel, "applauseCheck");
        auto *english = in<QCheckBox>(&panel, "englishCheck");
        auto *names = in<QCheckBox>(&panel, "readableNamesCheck");
        auto *useDefaults = in<QCheckBox>(&panel, "defaultDictionaryCheck");
        auto *defaults = in<QTableWidget>(&panel, "defaultDictionaryTable");

        // The defaults a new user gets.
        const FilterSettings fresh;
        QCOMPARE(laughter->currentIndex(), int(LaughterMode::Wara));
        QCOMPARE(laughter->count(), 4);
        QCOMPARE(emoji->currentIndex(), 0);
        QCOMPARE(kaomoji->isChecked(), fresh.dropKaomoji);
        QCOMPARE(applause->isChecked(), fresh.applause);
        QCOMPARE(english->isChecked(), fresh.englishToKana);
        QCOMPARE(names->isChecked(), fresh.readableNames);
        QCOMPARE(useDefaults->isChecked(), fresh.useDefaultDictionary);
        QCOMPARE(defaults->rowCount(), int(FilterSettings::defaultDictionaryEntries().size()));
        QCOMPARE(panel.collect(), m_settings->filters());

        // Widgets → Settings.
        laughter->setCurrentIndex(int(LaughterMode::Fufu));
        emoji->setCurrentIndex(1);
        applause->setChecked(false);
        english->setChecked(false);
        names->setChecked(false);
        useDefaults->setChecked(false);
        kaomojiEdit->setText(u"かおもじ"_s);
        emit kaomojiEdit->textEdited(kaomojiEdit->text());
        QVERIFY(kaomojiEdit->isEnabled());
        kaomoji->setChecked(false);
        QVERIFY(!kaomojiEdit->isEnabled());
        QVERIFY(!defaults->isEnabled()); // the default readings are off
        useDefaults->setChecked(true);
        defaults->item(0, 1)->setText(u"かえた"_s);
        FilterSettings f = m_settings->filters();
        QCOMPARE(f.laughter, LaughterMode::Fufu);
        QCOMPARE(f.emoji, EmojiMode::Drop);
        QCOMPARE(f.applause, false);
        QCOMPARE(f.englishToKana, false);
        QCOMPARE(f.readableNames, false);
        QCOMPARE(f.dropKaomoji, false);
        QCOMPARE(f.kaomojiReplacement, u"かおもじ"_s);
        QCOMPARE(f.useDefaultDictionary, true);
        QCOMPARE(f.defaultDictionary.constFirst().reading, u"かえた"_s);
        QCOMPARE(f.defaultDictionary.size(), FilterSettings::defaultDictionaryEntries().size());
        // ... and into the settings file.
        QVERIFY(m_settings->save());
        {
            Settings reread(m_settings->filePath());
            QCOMPARE(reread.filters(), f);
        }

        // Settings → widgets (and the settings dialog's page, the other editor).
        f.laughter = LaughterMode::Drop;
        f.emoji = EmojiMode::Names;
        f.dropKaomoji = true;
        f.kaomojiReplacement.clear();
        f.applause = true;
        f.englishToKana = true;
        f.readableNames = true;
        f.useDefaultDictionary = false;
        f.defaultDictionary = {{u"GG"_s, u"じーじー"_s}};
        m_settings->setFilters(f);
        QCOMPARE(laughter->currentIndex(), int(LaughterMode::Drop));
        QCOMPARE(emoji->currentIndex(), 0);
        QVERIFY(kaomoji->isChecked());
        QVERIFY(kaomojiEdit->text().isEmpty());
        QVERIFY(applause->isChecked() && english->isChecked() && names->isChecked());
        QVERIFY(!useDefaults->isChecked());
        QCOMPARE(defaults->rowCount(), 1);
        QCOMPARE(panel.collect(), f);
        m_dialog->showPage(Preferences::Page::Filters);
        QCOMPARE(m_dialog->filterEditor()->collect(), f);
    }

    void resetToDefaultsRestoresTheDefaults()
    {
        FilterEditor panel(m_settings.get());
        panel.show();
        auto *table = panel.findChild<QTableWidget *>(u"defaultDictionaryTable"_s);
        auto *reset = panel.findChild<QPushButton *>(u"resetDefaultsButton"_s);
        const QList<DictionaryEntry> shipped = FilterSettings::defaultDictionaryEntries();
        QVERIFY(!shipped.isEmpty());
        const auto question = [&panel] {
            return panel.findChild<QMessageBox *>(u"resetDefaultsQuestion"_s);
        };
        // Unchanged: nothing to ask.
        reset->click();
        QVERIFY(!question());
        QCOMPARE(m_settings->filters().defaultDictionary, shipped);

        // Edited: asks; Cancel keeps the edits, Reset restores.
        table->setCurrentCell(0, 0);
        panel.findChild<QPushButton *>(u"removeDefaultButton"_s)->click();
        table->item(0, 1)->setText(u"ちがうよみ"_s);
        QCOMPARE(m_settings->filters().defaultDictionary.size(), shipped.size() - 1);
        FilterSettings f = m_settings->filters();
        f.dictionary = {{u"自分"_s, u"じぶん"_s}}; // the streamer's own table is not touched
        m_settings->setFilters(f);
        const QList<DictionaryEntry> edited = m_settings->filters().defaultDictionary;
        reset->click();
        QTRY_VERIFY(question());
        question()->button(QMessageBox::Cancel)->click();
        QTRY_VERIFY(!question());
        QCOMPARE(m_settings->filters().defaultDictionary, edited);
        reset->click();
        QTRY_VERIFY(question());
        question()->button(QMessageBox::Yes)->click();
        QCOMPARE(m_settings->filters().defaultDictionary, shipped);
        QCOMPARE(table->rowCount(), int(shipped.size()));
        QCOMPARE(m_settings->filters().dictionary,
                 (QList<DictionaryEntry>{{u"自分"_s, u"じぶん"_s}}));
    }

    // The preview says which rule changed the line: "ｗｗｗ" shows the laughter step.
    void previewShowsTheSteps()
    {
        FilterEditor panel(m_settings.get());
        panel.show();
        auto *text = panel.findChild<QLineEdit *>(u"previewTextEdit"_s);
        auto *result = panel.findChild<QLabel *>(u"previewResult"_s);
        auto *steps = panel.findChild<QLabel *>(u"previewSteps"_s);
        QVERIFY(text && result && steps);
        QVERIFY(!steps->isVisible());
        text->setText(u"ｗｗｗ"_s);
        const FilterPreview p = previewFilters(m_settings->filters(), u"ｗｗｗ"_s);
        QVERIFY(p.speak);
        QCOMPARE(result->text(), FilterEditor::tr("Reads: %1").arg(p.text));
        QStringList ids;
        for (const FilterStep &step : p.steps)
            ids << step.id;
        QVERIFY2(ids.contains(u"laughter"_s), qPrintable(ids.join(u", "_s)));
        QVERIFY(steps->isVisible());
        for (const FilterStep &step : p.steps) {
            QVERIFY2(steps->text().contains(filterStepName(step.id).toHtmlEscaped()),
                     qPrintable(steps->text()));
            QVERIFY(steps->text().contains(step.text.toHtmlEscaped()));
        }
        QVERIFY(steps->accessibleDescription().contains(filterStepName(u"laughter")));
        // Laughter read as typed: no laughter step any more.
        panel.findChild<QComboBox *>(u"laughterCombo"_s)->setCurrentIndex(int(LaughterMode::Off));
        QVERIFY(!steps->text().contains(filterStepName(u"laughter").toHtmlEscaped()));
        // A line no rule changes has no steps; an empty box hides them.
        text->setText(u"こんにちは"_s);
        QVERIFY(!steps->isVisible());
        text->setText(u"ｗｗｗ"_s);
        text->clear();
        QVERIFY(!steps->isVisible());
    }

    void importAndExportReadings()
    {
        FilterEditor panel(m_settings.get());
        panel.show();
        auto *table = panel.findChild<QTableWidget *>(u"dictionaryTable"_s);
        QCOMPARE(table->rowCount(), 0);
        const QString csv = m_dir.filePath(u"mine%1.csv"_s.arg(m_run));
        {
            QFile file(csv);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(u"word,reading\nGG,ぐっどげーむ\n\"a,b\",えーびー\n"_s.toUtf8());
        }
        // Into an empty table: no question.
        panel.importFile(FilterEditor::Table::User, csv);
        QCOMPARE(m_settings->filters().dictionary,
                 (QList<DictionaryEntry>{{u"GG"_s, u"ぐっどげーむ"_s}, {u"a,b"_s, u"えーびー"_s}}));
        QVERIFY(!panel.findChild<QMessageBox *>(u"importQuestion"_s));
        QVERIFY(!panel.findChild<QMessageBox *>(u"importErrors"_s));

        // BouyomiChan's dictionary (Shift_JIS): Add merges, Replace replaces, Cancel nothing.
        const QString bouyomi
            = QStringLiteral(CHATVOX_TEST_DATA_DIR) + u"/filter/bouyomi_replaceword_sjis.dic"_s;
        const auto answer = [&panel](const char *button) {
            QTRY_VERIFY(panel.findChild<QMessageBox *>(u"importQuestion"_s));
            auto *box = panel.findChild<QMessageBox *>(u"importQuestion"_s);
            box->findChild<QAbstractButton *>(QString::fromLatin1(button))->click();
            QTRY_VERIFY(!panel.findChild<QMessageBox *>(u"importQuestion"_s));
        };
        panel.importFile(FilterEditor::Table::User, bouyomi);
        QTRY_VERIFY(panel.findChild<QMessageBox *>(u"importQuestion"_s));
        panel.findChild<QMessageBox *>(u"importQuestion"_s)->button(QMessageBox::Cancel)->click();
        QTRY_VERIFY(!panel.findChild<QMessageBox *>(u"importQuestion"_s));
        QCOMPARE(m_settings->filters().dictionary.size(), 2);
        panel.importFile(FilterEditor::Table::User, bouyomi);
        answer("addButton");
        QList<DictionaryEntry> now = m_settings->filters().dictionary;
        QCOMPARE(now.size(), 2 + 5); // GG was there already: it gets the imported reading
        QCOMPARE(now.at(0), (DictionaryEntry{u"GG"_s, u"ぐっどげーむ"_s}));
        QCOMPARE(now.at(1), (DictionaryEntry{u"a,b"_s, u"えーびー"_s}));
        QCOMPARE(now.at(2), (DictionaryEntry{u"草"_s, u"くさ"_s}));
        panel.importFile(FilterEditor::Table::User, csv);
        answer("replaceButton");
        QCOMPARE(m_settings->filters().dictionary.size(), 2);

        // The default readings have their own Import…
        panel.importFile(FilterEditor::Table::Default, csv);
        answer("replaceButton");
        QCOMPARE(m_settings->filters().defaultDictionary, m_settings->filters().dictionary);

        // Lines that cannot be read are listed with their line numbers.
        const QString broken = m_dir.filePath(u"broken%1.csv"_s.arg(m_run));
        {
            QFile file(broken);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("ok,\xE3\x81\x8A\xE3\x81\x91\nonly a word\n\"open,quote\n");
        }
        panel.importFile(FilterEditor::Table::User, broken);
        answer("addButton");
        QTRY_VERIFY(panel.findChild<QMessageBox *>(u"importErrors"_s));
        auto *errors = panel.findChild<QMessageBox *>(u"importErrors"_s);
        QVERIFY2(errors->informativeText().contains(u"line 2"_s), qPrintable(errors->informativeText()));
        QVERIFY(errors->informativeText().contains(u"line 3"_s));
        errors->button(QMessageBox::Ok)->click();
        QCOMPARE(m_settings->filters().dictionary.constLast(), (DictionaryEntry{u"ok"_s, u"おけ"_s}));
        // Nothing readable at all: an error, the table untouched.
        const QString junk = m_dir.filePath(u"junk%1.bin"_s.arg(m_run));
        {
            QFile file(junk);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QByteArray("\xFF\xFD\xFC\x80\x00\x01", 6));
        }
        const QList<DictionaryEntry> before = m_settings->filters().dictionary;
        panel.importFile(FilterEditor::Table::User, junk);
        QTRY_VERIFY(panel.findChild<QMessageBox *>(u"importErrors"_s));
        panel.findChild<QMessageBox *>(u"importErrors"_s)->button(QMessageBox::Ok)->click();
        QCOMPARE(m_settings->filters().dictionary, before);

        // Export writes CSV that imports back to the same table.
        const QString out = m_dir.filePath(u"out%1.csv"_s.arg(m_run));
        QVERIFY(panel.exportFile(FilterEditor::Table::User, out));
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBFword,reading\r\n"));
        QCOMPARE(dictionaryFromText(bytes).entries, m_settings->filters().dictionary);
        QVERIFY(!panel.exportFile(FilterEditor::Table::User, m_dir.filePath(u"no/such/dir.csv"_s)));
        QTRY_VERIFY(panel.findChild<QMessageBox *>(u"exportError"_s));
        panel.findChild<QMessageBox *>(u"exportError"_s)->button(QMessageBox::Ok)->click();
    }

    void integrationsRoundTripServeSettings()
    {
        m_dialog->showIntegrationsPage();
        QVERIFY(m_dialog->isIntegrationsPageShown());
        QCOMPARE(find<QListWidget>("pageList")->currentItem()->text(), u"Integrations"_s);
        auto *page = m_dialog->integrationsPage();
        // Defaults shown: everything off, this PC only.
        QCOMPARE(page->collect(), Settings::ServeSettings());
        QVERIFY(!find<QCheckBox>("broadcastCheck")->isChecked());
        QCOMPARE(find<QComboBox>("addressCombo")->currentData().toString(), u"127.0.0.1"_s);

        find<QCheckBox>("broadcastCheck")->setChecked(true);
        find<QSpinBox>("broadcastPortSpin")->setValue(50200);
        find<QCheckBox>("broadcastWavCheck")->setChecked(true);
        find<QCheckBox>("overlayCheck")->setChecked(true);
        find<QSpinBox>("overlayPortSpin")->setValue(50210);
        find<QCheckBox>("overlayAudioCheck")->setChecked(true);
        find<QCheckBox>("bouyomiCheck")->setChecked(true);
        find<QSpinBox>("bouyomiTcpPortSpin")->setValue(50002);
        find<QSpinBox>("bouyomiHttpPortSpin")->setValue(50081);
        find<QCheckBox>("engineDictionaryCheck")->setChecked(true);
        QVERIFY(!find<QSpinBox>("healthPortSpin")->isEnabled());
        find<QCheckBox>("healthCheck")->setChecked(true);
        QVERIFY(find<QSpinBox>("healthPortSpin")->isEnabled());
        find<QSpinBox>("healthPortSpin")->setValue(8080);
        Settings::ServeSettings want;
        want.broadcast = true;
        want.broadcastPort = 50200;
        want.broadcastWav = true;
        want.overlay = true;
        want.overlayPort = 50210;
        want.overlayAudio = true;
        want.bouyomi = true;
        want.bouyomiTcpPort = 50002;
        want.bouyomiHttpPort = 50081;
        want.engineDictionary = true;
        want.health = true;
        want.healthPort = 8080;
        QCOMPARE(m_settings->serve(), want); // live, like every page
        QCOMPARE(find<QLineEdit>("broadcastUrlEdit")->text(), u"ws://127.0.0.1:50200/"_s);
        QCOMPARE(find<QLineEdit>("broadcastEventsUrlEdit")->text(),
                 u"ws://127.0.0.1:50200/events"_s);
        QCOMPARE(find<QLineEdit>("overlayUrlEdit")->text(), u"http://127.0.0.1:50210/overlay"_s);
        QVERIFY(find<QLabel>("overlayHint")->text().contains(u"?position=top&size=48&theme=box"));
        QTest::mouseClick(find<QPushButton>("copyOverlayUrlButton"), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), u"http://127.0.0.1:50210/overlay"_s);

        // Apply keeps, another dialog shows the same, Cancel goes back to the kept values.
        QTest::mouseClick(button(QDialogButtonBox::Apply), Qt::LeftButton);
        {
            SettingsDialog other(context(), nullptr);
            QCOMPARE(other.integrationsPage()->collect(), want);
        }
        find<QCheckBox>("broadcastCheck")->setChecked(false);
        QVERIFY(!m_settings->serve().broadcast);
        QTest::mouseClick(button(QDialogButtonBox::Cancel), Qt::LeftButton);
        QCOMPARE(m_settings->serve(), want);
        QVERIFY(find<QCheckBox>("broadcastCheck")->isChecked());

        // Restore Defaults on this page: the serve settings only.
        m_dialog->show();
        m_dialog->showIntegrationsPage();
        m_settings->setStartMinimized(true);
        QTest::mouseClick(button(QDialogButtonBox::RestoreDefaults), Qt::LeftButton);
        QCOMPARE(m_settings->serve(), Settings::ServeSettings());
        QVERIFY(m_settings->startMinimized());
        QVERIFY(!find<QCheckBox>("broadcastCheck")->isChecked());
    }

    void integrationsWarnWhenNotThisPcOnly()
    {
        m_dialog->showIntegrationsPage();
        auto *combo = find<QComboBox>("addressCombo");
        auto *warning = find<QLabel>("addressWarning");
        auto *custom = find<QLineEdit>("addressEdit");
        QVERIFY(warning->isHidden());
        QVERIFY(!custom->isEnabled());
        combo->setCurrentIndex(combo->findData(u"0.0.0.0"_s));
        QCOMPARE(m_settings->serve().address, u"0.0.0.0"_s);
        QVERIFY(warning->isVisible());
        QVERIFY(warning->text().contains(u"password"));
        // This PC still reaches it as 127.0.0.1.
        QCOMPARE(find<QLineEdit>("broadcastUrlEdit")->text(), u"ws://127.0.0.1:50100/"_s);
        combo->setCurrentIndex(combo->findData(QString()));
        QVERIFY(custom->isEnabled());
        QCOMPARE(m_settings->serve().address, u"0.0.0.0"_s); // nothing typed yet
        custom->setText(u"192.168.1.5"_s);
        emit custom->editingFinished();
        QCOMPARE(m_settings->serve().address, u"192.168.1.5"_s);
        QVERIFY(warning->isVisible());
        QCOMPARE(find<QLineEdit>("overlayUrlEdit")->text(), u"http://192.168.1.5:50110/overlay"_s);
        custom->setText(u"::1"_s);
        emit custom->editingFinished();
        QCOMPARE(m_settings->serve().address, u"::1"_s);
        QVERIFY(warning->isHidden());
        QCOMPARE(find<QLineEdit>("overlayUrlEdit")->text(), u"http://[::1]:50110/overlay"_s);
        combo->setCurrentIndex(combo->findData(u"127.0.0.1"_s));
        QCOMPARE(m_settings->serve().address, u"127.0.0.1"_s);
        QVERIFY(warning->isHidden());
        // A custom address in the file shows as custom.
        Settings::ServeSettings s = m_settings->serve();
        s.address = u"10.0.0.2"_s;
        m_settings->setServe(s);
        QCOMPARE(combo->currentData().toString(), QString());
        QCOMPARE(custom->text(), u"10.0.0.2"_s);
        QVERIFY(warning->isVisible());
    }

    void integrationsVoiceMappingSaves()
    {
        Settings::ServeSettings s = m_settings->serve();
        s.bouyomiVoices = {{3, 999}, {10001, 7}}; // 999: no engine has it now
        m_settings->setServe(s);
        m_dialog->showIntegrationsPage();
        auto *page = m_dialog->integrationsPage();
        auto *voice2 = find<QComboBox>("bouyomiVoice2Combo");
        auto *voice3 = find<QComboBox>("bouyomiVoice3Combo");
        QCOMPARE(voice3->currentText(), u"style 999"_s);
        QVERIFY(!voice2->currentData().isValid()); // the default voice
        page->speakerModel()->setStyles({{2, u"四国めたん"_s, u"u1"_s, u"ノーマル"_s, {}},
                                         {3, u"ずんだもん"_s, u"u2"_s, u"ノーマル"_s, {}},
                                         {8, u"春日部つむぎ"_s, u"u3"_s, u"ノーマル"_s, {}}});
        QCOMPARE(voice2->count(), 4); // default + 3 styles
        QCOMPARE(voice3->currentText(), u"style 999"_s); // kept while its engine is away
        voice2->setCurrentIndex(voice2->findData(QVariant::fromValue(qint64(8))));
        QCOMPARE(m_settings->serve().bouyomiVoices,
                 (QMap<int, qint64>{{2, 8}, {3, 999}, {10001, 7}}));
        voice3->setCurrentIndex(0);
        QCOMPARE(m_settings->serve().bouyomiVoices, (QMap<int, qint64>{{2, 8}, {10001, 7}}));
        // The table shows what is saved after the next opening too.
        SettingsDialog other(context(), nullptr);
        auto *otherVoice2 = other.findChild<QComboBox *>(u"bouyomiVoice2Combo"_s);
        QCOMPARE(otherVoice2->currentData().toLongLong(), 8);
    }

    void integrationsEngineDictionary()
    {
        FilterSettings f = m_settings->filters();
        f.dictionary = {{u"ChatVox"_s, u"ちゃっとぼっくす"_s}, {u"漢字"_s, u"漢字"_s}};
        m_settings->setFilters(f);
        QNetworkAccessManager nam;
        EngineSet engines(&nam);
        engines.setEndpoints({QUrl(u"http://127.0.0.1:9"_s)}); // never started: not up
        EngineDictionaries dicts(m_settings.get(), &engines, &nam);
        DesktopContext c = context();
        c.engineDictionaries = &dicts;
        SettingsDialog dialog(c, nullptr);
        dialog.show();
        dialog.showIntegrationsPage();
        auto *table = dialog.findChild<QTableWidget *>(u"engineDictionaryTable"_s);
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 0)->text(), u"http://127.0.0.1:9"_s);
        QCOMPARE(table->item(0, 1)->text(), u"Off"_s);
        auto *syncNow = dialog.findChild<QPushButton *>(u"syncNowButton"_s);
        QVERIFY(!syncNow->isEnabled());
        QVERIFY(dialog.findChild<QPushButton *>(u"removeEngineWordsButton"_s)->isEnabled());
        auto *skipped = dialog.findChild<QLabel *>(u"engineDictionarySkipped"_s);
        QVERIFY(skipped->text().contains(u"1 word"));
        QVERIFY(skipped->text().contains(u"漢字"));
        dialog.findChild<QCheckBox *>(u"engineDictionaryCheck"_s)->setChecked(true);
        QVERIFY(dicts.isEnabled());
        QVERIFY(syncNow->isEnabled());
        QCOMPARE(table->item(0, 1)->text(), u"Waiting for the engine to answer."_s);

        // Export: the words as the engines get them; import: merged into the readings.
        auto *page = dialog.integrationsPage();
        const QString out = m_dir.filePath(u"engine-words-%1.csv"_s.arg(m_run));
        QVERIFY(page->exportCsv(out));
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const UserDictImport back = userdict::fromCsv(bytes);
        QCOMPARE(back.words.size(), 1);
        QCOMPARE(back.words.at(0).surface, u"ChatVox"_s);
        QCOMPARE(back.words.at(0).pronunciation, u"チャットボックス"_s);
        const QString in = m_dir.filePath(u"import-%1.csv"_s.arg(m_run));
        QFile csv(in);
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("surface,pronunciation,accent_type,word_type,priority\r\n"
                  "ChatVox,チャットヴォックス,4,PROPER_NOUN,5\r\n"
                  "配信,ハイシン,0,COMMON_NOUN,5\r\n");
        csv.close();
        QStringList errors;
        QCOMPARE(page->importCsv(in, &errors), 2);
        QVERIFY(errors.isEmpty());
        const QList<DictionaryEntry> now = m_settings->filters().dictionary;
        QCOMPARE(now.size(), 3);
        QCOMPARE(now.at(0), (DictionaryEntry{u"ChatVox"_s, u"チャットヴォックス"_s}));
        QCOMPARE(now.at(2), (DictionaryEntry{u"配信"_s, u"ハイシン"_s}));
        QCOMPARE(page->importCsv(m_dir.filePath(u"missing.csv"_s)), -1);
    }

    void integrationsControlsHaveAccessibleNames()
    {
        m_dialog->showIntegrationsPage();
        for (const char *name : {"broadcastCheck", "overlayCheck", "bouyomiCheck", "healthCheck"})
            find<QCheckBox>(name)->setChecked(true); // enables the controls under them
        find<QComboBox>("addressCombo")->setCurrentIndex(2);
        const QStringList missing = test::controlsWithoutAccessibleName(m_dialog.get());
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u", "_s)));
    }

    void languageSwitchChangesVisibleText()
    {
        followLanguageSetting(m_settings.get());
        MainWindow window(context());
        window.show();
        auto *language = find<QComboBox>("languageCombo");
        language->setCurrentIndex(language->findData(u"en"_s));
        QTRY_COMPARE(m_dialog->windowTitle(), u"ChatVox Settings"_s);
        QTRY_COMPARE(window.pauseAction()->text(), u"&Pause reading"_s);
        language->setCurrentIndex(language->findData(u"ja"_s));
        QCOMPARE(m_settings->language(), u"ja"_s);
        QTRY_COMPARE(m_dialog->windowTitle(), u"ChatVox の設定"_s);
        QTRY_VERIFY(!window.pauseAction()->text().contains(u"Pause"));
        QTRY_COMPARE(button(QDialogButtonBox::Cancel)->text(), u"キャンセル"_s);
        QCOMPARE(find<QListWidget>("pageList")->item(0)->text(), u"全般"_s);
        QCOMPARE(window.dock(u"queuePanel"_s)->windowTitle(), u"キュー"_s);
        // Back to English: Cancel restores the language too.
        QTest::mouseClick(button(QDialogButtonBox::Cancel), Qt::LeftButton);
        QCOMPARE(m_settings->language(), u"system"_s);
        Application::installTranslation(u"en"_s);
        QTRY_COMPARE(window.dock(u"queuePanel"_s)->windowTitle(), u"Queue"_s);
    }

    void windowLayoutIsRemembered()
    {
        {
            MainWindow window(context());
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.dock(u"logPanel"_s)->close();
            window.dock(u"bridgePanel"_s)->setFloating(true);
            window.resize(900, 650);
            window.close(); // not to the tray here: closing saves the layout and quits
        }
        MainWindow again(context());
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QVERIFY(!again.dock(u"logPanel"_s)->isVisible());
        QVERIFY(again.dock(u"bridgePanel"_s)->isFloating());
        QCOMPARE(again.size(), QSize(900, 650));
        QVERIFY(again.dock(u"queuePanel"_s)->isVisible()
                || again.dock(u"speakerPanel"_s)->isVisible());
    }

    void everyControlHasAnAccessibleName()
    {
        for (int page = 0; page < 6; ++page) {
            m_dialog->showPage(Preferences::Page(page));
            const QStringList missing = test::controlsWithoutAccessibleName(m_dialog.get());
            QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u", "_s)));
        }
        MainWindow window(context());
        window.show();
        const QStringList missing = test::controlsWithoutAccessibleName(&window);
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u", "_s)));
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
