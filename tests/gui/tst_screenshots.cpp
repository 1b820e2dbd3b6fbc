// Saves a PNG of the main window, of every panel, of every settings page, of the tray menu
// and the tray icons, in Japanese and in English (and the main window in the dark scheme), to
// $CHATVOX_SCREENSHOT_DIR (default build/screenshots): `scripts/dev screenshots`. The run is
// live against the fakes, so lists are filled as a user would see them. It checks that every
// picture was written and that the Japanese one really is in Japanese.
#include "accountfixture.h"
#include "app/application.h"
#include "app/viewervoices.h"
#include "auth/keychaintokenstore.h"
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
#include "gui/viewervoicespanel.h"
#include "guitestutil.h"
#include "speech/speechqueue.h"

#include <QDir>
#include <QDockWidget>
#include <QLineEdit>
#include <QMenu>
#include <QPainter>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>

using namespace Qt::StringLiterals;
using namespace chatvox;
using chatvox::test::AccountFixture;
using chatvox::test::DesktopFixture;

namespace {
// A system without a keychain, as KeychainTokenStore reports it (the memory-only screens).
class NoKeychainStore : public TokenStore
{
public:
    void read(const QString &, QObject *context, Callback done) override { fail(context, done); }
    void write(const TokenSet &, QObject *context, Callback done) override { fail(context, done); }
    void remove(const QString &, QObject *context, Callback done) override { fail(context, done); }
    bool isPersistent() const override { return true; }
    QString description() const override { return u"the system keychain (Secret Service)"_s; }

private:
    static void fail(QObject *context, const Callback &done)
    {
        QMetaObject::invokeMethod(
            context,
            [done] {
                TokenStoreResult r;
                r.status = TokenStoreResult::Status::Unavailable;
                r.message = KeychainTokenStore::tr(
                                "No system keychain is available (%1). On Linux, a Secret Service "
                                "such as GNOME Keyring or KWallet must run.")
                                .arg(u"The name org.freedesktop.secrets was not provided"_s);
                done(r);
            },
            Qt::QueuedConnection);
    }
};
} // namespace

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
        dialog.showIntegrationsPage();
        QTest::qWait(30);
        save(dialog.grab(), u"settings_integrations"_s + suffix);
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

    QWidget *panelOf(MainWindow *window, const QString &name)
    {
        auto *scroll = qobject_cast<QScrollArea *>(window->dock(name)->widget());
        return scroll ? scroll->widget() : nullptr;
    }

    void saveLogin(LoginDialog::Stage stage, const QString &name)
    {
        LoginDialog *dialog = AccountFixture::loginDialog();
        QVERIFY(dialog);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->stage(), stage, 15000);
        QTest::qWait(50);
        save(dialog->grab(), name);
    }

    // The account (login dialog in each of its stages, Account panel, the Connection panel's
    // account area, the settings page), the Viewer voices panel with pins and choices, and
    // the demo chat of the first start.
    void shootAccount(const QString &language)
    {
        Application::installTranslation(language);
        QCoreApplication::processEvents();
        const QString suffix = u"_"_s + language;
        {
            AccountFixture f;
            QVERIFY(f.start());
            QTRY_COMPARE_WITH_TIMEOUT(f.window->speakerPanel()->speakerModel()->state(),
                                      SpeakerModel::State::Loaded, 10000);
            auto *voices = qobject_cast<ViewerVoicesPanel *>(
                panelOf(f.window.get(), u"viewerVoicesPanel"_s));
            QVERIFY(voices);
            voices->pin(u"sakura_gamer"_s, 3);
            voices->pin(u"kenji_plays"_s, 8);
            Settings::ViewerVoiceSettings v = f.settings->viewerVoices();
            v.styles = {0, 1, 2};
            f.settings->setViewerVoices(v);
            f.chat(u"yuki"_s, u"!voice 2"_s);
            QTRY_VERIFY_WITH_TIMEOUT(!f.pipeline->viewerVoices()->choices().isEmpty(), 10000);
            f.window->showPanel(u"viewerVoicesPanel"_s);
            QTest::qWait(100);
            save(f.window->dock(u"viewerVoicesPanel"_s)->grab(),
                 u"panel_viewerVoicesPanel"_s + suffix);
            f.window->showPanel(u"accountPanel"_s);
            QTest::qWait(50);
            save(f.window->dock(u"accountPanel"_s)->grab(),
                 u"panel_accountPanel_loggedout"_s + suffix);

            // The login dialog: the code, then each way it can end.
            f.id->setPendingPolls(1000);
            LoginDialog::open(f.account.get(), f.settings.get(), f.window.get());
            saveLogin(LoginDialog::Stage::Code, u"login_code"_s + suffix);
            AccountFixture::loginDialog()->reject();
            f.id->setPendingPolls(0);
            f.id->setDeviceOutcome(test::FakeTwitchId::DeviceOutcome::Expire);
            LoginDialog::open(f.account.get(), f.settings.get(), f.window.get());
            saveLogin(LoginDialog::Stage::Expired, u"login_expired"_s + suffix);
            AccountFixture::loginDialog()->accept();
            f.id->setDeviceOutcome(test::FakeTwitchId::DeviceOutcome::Deny);
            LoginDialog::open(f.account.get(), f.settings.get(), f.window.get());
            saveLogin(LoginDialog::Stage::Denied, u"login_denied"_s + suffix);
            AccountFixture::loginDialog()->accept();
            f.id->setDeviceOutcome(test::FakeTwitchId::DeviceOutcome::Approve);
            LoginDialog::open(f.account.get(), f.settings.get(), f.window.get());
            saveLogin(f.account->isPersistent() ? LoginDialog::Stage::LoggedIn
                                                : LoginDialog::Stage::MemoryOnlyChoice,
                      u"login_success"_s + suffix);
            AccountFixture::loginDialog()->accept();
            QTRY_COMPARE_WITH_TIMEOUT(f.account->eventSubStatus(),
                                      Account::ConnectionStatus::Connected, 15000);
            QTRY_COMPARE_WITH_TIMEOUT(f.account->chatStatus(), Account::ConnectionStatus::Connected,
                                      15000);
            QTest::qWait(150);
            save(f.window->dock(u"accountPanel"_s)->grab(), u"panel_accountPanel"_s + suffix);
            save(f.window->dock(u"connectionPanel"_s)->grab(),
                 u"panel_connectionPanel_account"_s + suffix);
            save(f.window->grab(), u"mainwindow_account"_s + suffix);

            const DesktopContext context{f.settings.get(), f.pipeline.get(), f.status.get(),
                                         f.log.get(), f.account.get()};
            SettingsDialog dialog(context, nullptr);
            dialog.resize(900, 640);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            dialog.showPage(Preferences::Page::Account);
            QTest::qWait(30);
            save(dialog.grab(), u"settings_account"_s + suffix);
            dialog.hide();
            f.account->logout();
            QTRY_COMPARE_WITH_TIMEOUT(f.account->state(), Account::State::LoggedOut, 15000);
            f.stop();
        }
        {
            // No keychain: the memory-only choice, then the panel after "keep".
            NoKeychainStore noKeychain;
            AccountFixture f;
            f.store = &noKeychain;
            QVERIFY(f.start());
            LoginDialog::open(f.account.get(), f.settings.get(), f.window.get());
            saveLogin(LoginDialog::Stage::MemoryOnlyChoice, u"login_memoryonly"_s + suffix);
            AccountFixture::loginDialog()->accept();
            f.window->showPanel(u"accountPanel"_s);
            QTest::qWait(150);
            save(f.window->dock(u"accountPanel"_s)->grab(),
                 u"panel_accountPanel_memoryonly"_s + suffix);
            f.stop();
        }
        {
            // The first start: no channel, the demo chat plays.
            AccountFixture f;
            QVERIFY(f.start(true));
            QTRY_VERIFY_WITH_TIMEOUT(!f.engine->synthesizedTexts().isEmpty(), 15000);
            QTest::qWait(300);
            save(f.window->grab(), u"mainwindow_demo"_s + suffix);
            save(f.window->dock(u"connectionPanel"_s)->grab(),
                 u"panel_connectionPanel_demo"_s + suffix);
            if (language == u"ja")
                QVERIFY(!f.status->connectionText().contains(u"Demo"_s));
            f.stop();
        }
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

    void accountEnglish() { shootAccount(u"en"_s); }
    void accountJapanese() { shootAccount(u"ja"_s); }

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
