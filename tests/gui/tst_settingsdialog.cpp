// The settings dialog: live apply, Apply keeps, Cancel restores, OK keeps and closes, Restore
// Defaults resets one page only, values shown in the main window stay in sync, the language
// switch changes the visible text at once, and every control has an accessible name.
#include "app/autostart.h"
#include "app/logmodel.h"
#include "app/pipeline.h"
#include "app/runstatus.h"
#include "app/settings.h"
#include "gui/desktopapp.h"
#include "gui/filtereditor.h"
#include "gui/mainwindow.h"
#include "gui/settingsdialog.h"
#include "guitestutil.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSlider>
#include <QSpinBox>
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
