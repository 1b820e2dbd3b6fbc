// Saves a PNG of the main window, of every panel, of every settings page, of the tray menu
// and the tray icons, in Japanese and in English (and the main window in the dark scheme), to
// $CHATVOX_SCREENSHOT_DIR (default build/screenshots): `scripts/dev screenshots`. The run is
// live against the fakes, so lists are filled as a user would see them. It checks that every
// picture was written and that the Japanese one really is in Japanese.
#include "app/application.h"
#include "bridgetestrig.h"
#include "desktopfixture.h"
#include "gui/bridgeactiondialog.h"
#include "gui/bridgeoptionsdialog.h"
#include "gui/bridgepanel.h"
#include "gui/filtereditor.h"
#include "gui/icons.h"
#include "gui/settingsdialog.h"
#include "gui/theme.h"
#include "gui/trayicon.h"
#include "guitestutil.h"
#include "speech/speechqueue.h"

#include <QDir>
#include <QDockWidget>
#include <QLineEdit>
#include <QMenu>
#include <QPainter>
#include <QPushButton>
#include <QScreen>

using namespace Qt::StringLiterals;
using namespace chatvox;
using chatvox::test::DesktopFixture;

class TestScreenshots : public QObject
{
    Q_OBJECT
private:
    QDir m_out;
    QStringList m_saved;

    void save(const QPixmap &pixmap, const QString &name)
    {
        const QString path = m_out.filePath(name + u".png"_s);
        QVERIFY2(!pixmap.isNull() && pixmap.save(path), qPrintable(path));
        m_saved << path;
    }

    // The Bridge panel after some chat, after the kill switch, and its dialogs.
    void shootBridge(DesktopFixture &f, const QString &suffix)
    {
        auto *panel = f.window->findChild<BridgePanel *>();
        QVERIFY(panel && f.bridge);
        f.window->showPanel(u"bridgePanel"_s);
        QTRY_COMPARE_WITH_TIMEOUT(f.bridge->host()->state(), PowerShellHost::State::Ready, 10000);
        f.chat(u"kenji_plays"_s, u"!jump"_s);
        f.chat(u"kenji_plays"_s, u"!jump"_s);
        f.chat(u"lurker"_s, u"!dive"_s);
        f.chat(u"sakura_gamer"_s, u"!move left"_s);
        QTRY_VERIFY_WITH_TIMEOUT(f.bridge->activity()->rowCount() >= 5, 10000);
        panel->selectAction(u"move"_s);
        QTest::qWait(100);
        save(f.window->dock(u"bridgePanel"_s)->grab(), u"panel_bridgePanel_activity"_s + suffix);
        save(f.window->grab(), u"mainwindow_bridge"_s + suffix);

        for (const QString &id : {u"move"_s, u"lights"_s, QString()}) {
            panel->editAction(id);
            BridgeActionDialog *dialog = panel->actionDialog();
            QVERIFY(dialog && QTest::qWaitForWindowExposed(dialog));
            QTest::qWait(50);
            save(dialog->grab(), u"bridge_action_"_s + (id.isEmpty() ? u"new"_s : id) + suffix);
            if (id.isEmpty()) { // refused: the loader's message in the dialog
                dialog->findChild<QPushButton *>(u"addStepButton"_s)->click();
                dialog->findChild<QLineEdit *>(u"commandEdit"_s)->setText(u"!stop"_s);
                dialog->findChild<QPushButton *>(u"addCommandButton"_s)->click();
                dialog->findChild<QLineEdit *>(u"idEdit"_s)->setText(u"stopper"_s);
                dialog->save();
                QTest::qWait(50);
                save(dialog->grab(), u"bridge_action_refused"_s + suffix);
            }
            dialog->reject();
            QTRY_VERIFY(!panel->actionDialog());
        }
        panel->findChild<QPushButton *>(u"optionsButton"_s)->click();
        QVERIFY(panel->optionsDialog() && QTest::qWaitForWindowExposed(panel->optionsDialog()));
        QTest::qWait(50);
        save(panel->optionsDialog()->grab(), u"bridge_options"_s + suffix);
        panel->optionsDialog()->reject();

        f.window->killSwitchAction()->trigger();
        panel->findChild<QPushButton *>(u"armButton"_s)->click(); // the re-arm question
        QTest::qWait(50);
        save(f.window->dock(u"bridgePanel"_s)->grab(), u"panel_bridgePanel_killswitch"_s + suffix);
    }

    void shoot(const QString &language)
    {
        Application::installTranslation(language);
        QCoreApplication::processEvents();
        chatvox::test::BridgeRig rig;
        DesktopFixture f;
        f.bridgeOptions = rig.options();
        QVERIFY(f.start());

        const DesktopContext context{f.settings.get(), f.pipeline.get(), f.status.get(),
                                     f.log.get()};
        QTRY_COMPARE_WITH_TIMEOUT(f.window->speakerPanel()->speakerModel()->state(),
                                  SpeakerModel::State::Loaded, 10000);
        // Something in the queue and the log, as during a stream.
        f.pipeline->setReadingPaused(true);
        f.chat(u"sakura_gamer"_s, u"こんばんは！今日も配信ありがとう"_s);
        f.chat(u"kenji_plays"_s, u"GG! https://clips.example/abc"_s);
        f.chat(u"nightbot"_s, u"Follow the channel!"_s);
        f.chat(u"yuki"_s, u"ｗｗｗｗｗｗｗｗ"_s);
        f.chat(u"alex"_s, u"その武器どこで手に入りますか？"_s);
        QTRY_COMPARE(f.pipeline->queue()->items().size(), 4);
        qWarning("Example warning: the speech engine at http://127.0.0.1:50021 does not answer.");
        QTest::qWait(300); // coalesced refreshes
        const QString suffix = u"_"_s + language;

        f.window->showPanel(u"speakerPanel"_s);
        QTest::qWait(50);
        save(f.window->grab(), u"mainwindow"_s + suffix);
        for (const QString &panel : {u"connectionPanel"_s, u"speakerPanel"_s, u"filtersPanel"_s,
                                     u"queuePanel"_s, u"logPanel"_s, u"bridgePanel"_s}) {
            f.window->showPanel(panel);
            QTest::qWait(50);
            save(f.window->dock(panel)->grab(), u"panel_"_s + panel + suffix);
        }
        // The filter preview with a line in it.
        f.window->showPanel(u"filtersPanel"_s);
        auto *preview = f.window->filtersPanel()->findChild<QLineEdit *>(u"previewTextEdit"_s);
        preview->setText(u"ｗｗｗｗｗ https://example.com 草"_s);
        save(f.window->dock(u"filtersPanel"_s)->grab(), u"panel_filtersPanel_preview"_s + suffix);

        SettingsDialog dialog(context, nullptr);
        dialog.resize(900, 640);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QStringList pages{u"general"_s, u"chat"_s,    u"speech"_s,
                                u"audio"_s,   u"filters"_s, u"advanced"_s};
        for (int i = 0; i < pages.size(); ++i) {
            dialog.showPage(Preferences::Page(i));
            QTest::qWait(30);
            save(dialog.grab(), u"settings_"_s + pages.at(i) + suffix);
        }
        dialog.hide();

        TrayIcon tray(context, f.window.get());
        tray.menu()->popup(QPoint(200, 200));
        QTest::qWait(100);
        save(tray.menu()->grab(), u"tray_menu"_s + suffix);
        tray.menu()->hide();

        shootBridge(f, suffix);

        if (language == u"ja") {
            // Really Japanese: the window's own words changed.
            QVERIFY(!f.window->pauseAction()->text().contains(u"Pause"));
            QCOMPARE(f.window->dock(u"queuePanel"_s)->windowTitle(), u"キュー"_s);
        }
        f.stop();
    }

private slots:
    void initTestCase()
    {
        QString dir = qEnvironmentVariable("CHATVOX_SCREENSHOT_DIR");
        if (dir.isEmpty())
            dir = QStringLiteral(CHATVOX_SCREENSHOT_DIR);
        QDir().mkpath(dir);
        m_out = QDir(dir);
        applyJapaneseFontFallback(*qApp);
    }

    void english() { shoot(u"en"_s); }
    void japanese() { shoot(u"ja"_s); }

    void trayIcons()
    {
        // Every state at the sizes trays use, on a light and a dark strip.
        const QList<RunStatus::TrayState> states{
            RunStatus::TrayState::Reading, RunStatus::TrayState::Paused,
            RunStatus::TrayState::Disconnected, RunStatus::TrayState::Error};
        QPixmap strip(4 * 80 + 16, 2 * 80 + 16);
        strip.fill(Qt::white);
        QPainter p(&strip);
        p.fillRect(0, 88, strip.width(), 88, QColor(0x20, 0x20, 0x24));
        for (int i = 0; i < states.size(); ++i) {
            const QIcon icon = icons::tray(states.at(i));
            for (int row = 0; row < 2; ++row) {
                const int y = 8 + row * 88;
                p.drawPixmap(8 + i * 80, y, icon.pixmap(48, 48));
                p.drawPixmap(8 + i * 80 + 52, y, icon.pixmap(16, 16));
                p.drawPixmap(8 + i * 80 + 52, y + 20, icon.pixmap(24, 24));
            }
        }
        p.end();
        save(strip, u"tray_icons"_s);
    }

    void darkScheme()
    {
        qputenv("CHATVOX_COLOR_SCHEME", "dark");
        applySystemColorScheme(*qApp);
        Application::installTranslation(u"en"_s);
        chatvox::test::BridgeRig rig;
        DesktopFixture f;
        f.bridgeOptions = rig.options();
        QVERIFY(f.start());

        QTRY_COMPARE_WITH_TIMEOUT(f.window->speakerPanel()->speakerModel()->state(),
                                  SpeakerModel::State::Loaded, 10000);
        QTest::qWait(200);
        save(f.window->grab(), u"mainwindow_dark_en"_s);
        f.window->showPanel(u"bridgePanel"_s);
        f.chat(u"kenji_plays"_s, u"!jump"_s);
        f.chat(u"kenji_plays"_s, u"!jump"_s);
        f.chat(u"lurker"_s, u"!dive"_s);
        QTRY_VERIFY_WITH_TIMEOUT(f.bridge->activity()->rowCount() >= 3, 10000);
        QTest::qWait(100);
        save(f.window->dock(u"bridgePanel"_s)->grab(), u"panel_bridgePanel_dark_en"_s);
        f.stop();
    }

    void cleanupTestCase()
    {
        for (const QString &path : std::as_const(m_saved))
            QVERIFY2(QFileInfo(path).size() > 1000, qPrintable(path));
        qInfo("%lld screenshots in %s", qlonglong(m_saved.size()),
              qPrintable(QDir::toNativeSeparators(m_out.absolutePath())));
    }
};

CHATVOX_WIDGET_TEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
