// The desktop side of the Twitch account and of per-viewer voices, against the fakes (see
// accountfixture.h), with the real GNOME Keyring of tests/with-keyring.sh:
// - the login dialog shows the user code, the activation page and its QR code, opens the
//   browser, counts down, and reaches the logged-in state; the Account panel and the Connection
//   panel then show the login, chat reconnects with it and channel points listen; a new Account
//   reads it back from the keychain; Log out revokes it and deletes it from the keychain;
// - an expired code offers "Try again", which works; a refusal on Twitch is said plainly;
// - without any Secret Service (second ctest entry): the memory-only session is a choice;
// - the Viewer voices panel: a pin changes the voice the viewer's next message is synthesized
//   in, the !voice choices can be seen and cleared, the handed-out styles and the command
//   settings are kept;
// - the window plays the demo chat without a channel, and entering one reads it live.
#include "accountfixture.h"
#include "app/viewervoices.h"
#include "auth/keychaintokenstore.h"
#include "auth/qrcode.h"
#include "auth/tokenmanager.h"
#include "chat/twitchchatclient.h"
#include "gui/accountpanel.h"
#include "gui/accountsummary.h"
#include "gui/connectionpanel.h"
#include "gui/qrcodewidget.h"
#include "gui/settingsdialog.h"
#include "gui/viewervoicespanel.h"
#include "guitestutil.h"
#include "speech/speechqueue.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTableWidget>

using namespace Qt::StringLiterals;
using namespace chatvox;
using chatvox::test::AccountFixture;
using chatvox::test::FakeTwitchId;

namespace {
template<typename T> T *child(QObject *root, const char *name)
{
    T *w = root->findChild<T *>(QString::fromLatin1(name));
    if (!w)
        qFatal("no widget %s", name);
    return w;
}

// Where QDesktopServices::openUrl goes in this test (no browser here).
class BrowserStandIn : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> opened;
public Q_SLOTS:
    void openUrl(const QUrl &url) { opened << url; }
};

bool keyringAvailable()
{
    return !qEnvironmentVariableIsEmpty("CHATVOX_TEST_KEYRING_HOME");
}
} // namespace

class TestAccountGui : public QObject
{
    Q_OBJECT
private:
    AccountFixture f;
    BrowserStandIn m_browser;

    QWidget *panel(const char *objectName)
    {
        QDockWidget *dock = f.window->dock(QString::fromLatin1(objectName));
        auto *scroll = dock ? qobject_cast<QScrollArea *>(dock->widget()) : nullptr;
        return scroll ? scroll->widget() : nullptr; // panels sit in a scroll area
    }

    // Clicks "Log in with Twitch…" in the Account panel and returns the dialog that opened.
    LoginDialog *openLoginDialog()
    {
        f.window->showPanel(u"accountPanel"_s);
        QWidget *accountPanel = panel("accountPanel");
        auto *login = child<QPushButton>(accountPanel, "loginButton");
        if (!login->isVisible() || !login->isEnabled())
            return nullptr;
        login->click();
        return AccountFixture::loginDialog();
    }

    TokenStoreResult readKeychain(const QString &userId)
    {
        KeychainTokenStore store;
        TokenStoreResult result;
        bool done = false;
        store.read(userId, this, [&](const TokenStoreResult &r) {
            result = r;
            done = true;
        });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(done, 20000); }();
        return result;
    }

private slots:
    void initTestCase()
    {
        QDesktopServices::setUrlHandler(u"https"_s, &m_browser, "openUrl");
        Application::installTranslation(u"en"_s);
    }
    void init()
    {
        m_browser.opened.clear();
        // Each test starts from nothing stored: settings and viewer voices are new files.
        QFile::remove(f.settingsPath());
        QFile::remove(f.dir.filePath(u"viewer_voices.json"_s));
    }
    void cleanup() { f.stop(); }
    void cleanupTestCase() { QDesktopServices::unsetUrlHandler(u"https"_s); }

    void loginDialogLogsInAndLogoutClearsIt()
    {
        if (!keyringAvailable())
            QSKIP("needs tests/with-keyring.sh (the ctest entry tst_accountgui runs inside it)");
        QVERIFY(f.start());
        f.id->setPendingPolls(3);
        QWidget *accountPanel = panel("accountPanel");
        QVERIFY(accountPanel);
        QVERIFY(child<QLabel>(accountPanel, "stateText")->text().contains(u"Not logged in"_s));
        // The Connection panel's account area is the summary, with its own Log in button.
        auto *summary = f.window->connectionPanel()->findChild<AccountSummary *>();
        QVERIFY(summary);
        QVERIFY(child<QPushButton>(summary, "summaryLoginButton")->isVisibleTo(summary));

        QPointer<LoginDialog> dialog = openLoginDialog();
        QVERIFY(dialog);
        QTRY_COMPARE(dialog->stage(), LoginDialog::Stage::Code);
        // The code, large; the activation page as a link; its QR code.
        auto *code = child<QLabel>(dialog, "userCode");
        QCOMPARE(code->text(), u"ABCDEFGH"_s);
        QVERIFY(code->font().pointSizeF() >= 2 * QApplication::font().pointSizeF());
        QVERIFY(child<QLabel>(dialog, "urlLabel")->text().contains(u"www.twitch.tv/activate"_s));
        const QrCode qr = child<QrCodeWidget>(dialog, "qrCode")->code();
        QVERIFY(!qr.isNull());
        QCOMPARE(qr,
                 *QrCode::encodeText(f.account->verificationUrl().toString(QUrl::FullyEncoded)));
        QVERIFY(f.account->verificationUrl().toString().startsWith(
            u"https://www.twitch.tv/activate"_s));
        QVERIFY(child<QLabel>(dialog, "countdown")->text().contains(u"29:"_s));
        child<QPushButton>(dialog, "openBrowserButton")->click();
        QCOMPARE(m_browser.opened, QList<QUrl>{f.account->verificationUrl()});
        QVERIFY(child<QPushButton>(dialog, "cancelButton")->isVisible());
        // The panels say a login is under way.
        QVERIFY(child<QLabel>(accountPanel, "stateText")->text().contains(u"ABCDEFGH"_s));

        // Approved on Twitch (the fake answers the third poll with tokens).
        QTRY_COMPARE_WITH_TIMEOUT(dialog->stage(), LoginDialog::Stage::LoggedIn, 15000);
        QVERIFY(child<QLabel>(dialog, "resultTitle")->text().contains(u"twitchdev"_s));
        QVERIFY(child<QLabel>(dialog, "resultText")->text().contains(u"Secret Service"_s));
        QCOMPARE(f.id->pollCount(), 4);
        QVERIFY(f.account->isLoggedIn());
        QVERIFY(f.account->isPersistent());
        QVERIFY(child<QLabel>(accountPanel, "stateText")->text().contains(u"twitchdev"_s));
        QVERIFY(child<QLabel>(accountPanel, "loginValue")->text().contains(u"141981764"_s));
        QVERIFY(child<QLabel>(accountPanel, "scopesValue")->text().contains(u"chat:read"_s));
        QVERIFY(child<QLabel>(accountPanel, "scopesValue")
                    ->text()
                    .contains(u"channel:read:redemptions"_s));
        QVERIFY(child<QLabel>(accountPanel, "expiryValue")->text() != u"—"_s);
        QVERIFY(child<QLabel>(accountPanel, "storageValue")->text().contains(u"Secret Service"_s));
        QVERIFY(!child<QLabel>(accountPanel, "storageWarning")->isVisible());
        QVERIFY(child<QLabel>(summary, "summaryText")->text().contains(u"twitchdev"_s));
        QVERIFY(child<QPushButton>(summary, "summaryLogoutButton")->isVisibleTo(summary));
        QCOMPARE(f.settings->accountUserId(), u"141981764"_s);

        // Chat reads as the account now, and channel points listen: the panel says so.
        const QString token = f.id->currentAccessToken();
        QTRY_VERIFY_WITH_TIMEOUT(f.irc->allLines().contains("PASS oauth:" + token.toUtf8()), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(f.account->chatStatus(), Account::ConnectionStatus::Connected,
                                  10000);
        QTRY_VERIFY_WITH_TIMEOUT(
            child<QLabel>(accountPanel, "chatValue")->text().contains(u"as twitchdev"_s), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(f.helix->subscriptions().size(), 1, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(
            child<QLabel>(accountPanel, "eventSubValue")->text().contains(u"channel-point"_s),
            15000);
        child<QPushButton>(dialog, "closeButton")->click();
        QTRY_VERIFY(!dialog);

        // It lives in the keychain: a new start reads it back (and the token is nowhere else).
        const TokenStoreResult stored = readKeychain(u"141981764"_s);
        QVERIFY(stored.ok());
        QCOMPARE(stored.tokens.accessToken, token);
        {
            QFile ini(f.settingsPath());
            f.settings->save();
            QVERIFY(ini.open(QIODevice::ReadOnly));
            QVERIFY(!ini.readAll().contains(token.toUtf8()));
        }
        {
            Account again(f.settings.get());
            again.restore();
            QTRY_COMPARE_WITH_TIMEOUT(again.state(), Account::State::LoggedIn, 15000);
            QCOMPARE(again.loginName(), u"twitchdev"_s);
            QCOMPARE(again.accessToken(), token);
        }

        // Log out: revoked at Twitch, deleted from the keychain, forgotten by the settings.
        child<QPushButton>(accountPanel, "logoutButton")->click();
        QTRY_COMPARE_WITH_TIMEOUT(f.account->state(), Account::State::LoggedOut, 15000);
        QTRY_COMPARE(f.id->revokeCount(), 1);
        QVERIFY(!f.id->isValidAccessToken(token));
        QTRY_VERIFY(child<QLabel>(accountPanel, "messageText")->text().contains(u"revoked"_s));
        QVERIFY(child<QLabel>(accountPanel, "stateText")->text().contains(u"Not logged in"_s));
        QCOMPARE(child<QLabel>(accountPanel, "loginValue")->text(), u"—"_s);
        QVERIFY(child<QPushButton>(accountPanel, "loginButton")->isVisible());
        QVERIFY(child<QLabel>(summary, "summaryText")->text().contains(u"Not logged in"_s));
        QCOMPARE(readKeychain(u"141981764"_s).status, TokenStoreResult::Status::NotFound);
        QVERIFY(f.settings->accountUserId().isEmpty());
        // Chat goes on, anonymously.
        QTRY_VERIFY_WITH_TIMEOUT(f.pipeline->chat()->isAnonymous(), 10000);
    }

    void expiredCodeOffersTryAgain()
    {
        QVERIFY(f.start());
        f.id->setDeviceOutcome(FakeTwitchId::DeviceOutcome::Expire);
        QPointer<LoginDialog> dialog = openLoginDialog();
        QVERIFY(dialog);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->stage(), LoginDialog::Stage::Expired, 15000);
        QVERIFY(child<QLabel>(dialog, "resultTitle")->text().contains(u"expired"_s));
        auto *retry = child<QPushButton>(dialog, "retryButton");
        QVERIFY(retry->isVisible());
        QVERIFY(!child<QPushButton>(dialog, "cancelButton")->isVisible());
        QCOMPARE(f.account->state(), Account::State::LoggedOut);
        QCOMPARE(f.id->requests(u"/oauth2/device"_s).size(), 1);

        f.id->setDeviceOutcome(FakeTwitchId::DeviceOutcome::Approve);
        retry->click();
        QTRY_COMPARE(f.id->requests(u"/oauth2/device"_s).size(), 2); // a new code
        QTRY_COMPARE_WITH_TIMEOUT(dialog->stage(), LoginDialog::Stage::Code, 10000);
        const LoginDialog::Stage done = keyringAvailable() ? LoginDialog::Stage::LoggedIn
                                                           : LoginDialog::Stage::MemoryOnlyChoice;
        QTRY_COMPARE_WITH_TIMEOUT(dialog->stage(), done, 15000);
        QVERIFY(f.account->isLoggedIn());
        f.account->logout();
        QTRY_COMPARE_WITH_TIMEOUT(f.account->state(), Account::State::LoggedOut, 15000);
    }

    void refusalOnTwitchIsSaidPlainly()
    {
        QVERIFY(f.start());
        f.id->setDeviceOutcome(FakeTwitchId::DeviceOutcome::Deny);
        QPointer<LoginDialog> dialog = openLoginDialog();
        QVERIFY(dialog);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->stage(), LoginDialog::Stage::Denied, 15000);
        QCOMPARE(child<QLabel>(dialog, "resultTitle")->text(),
                 LoginDialog::tr("You declined the login on Twitch"));
        QVERIFY(!child<QLabel>(dialog, "resultIcon")->pixmap().isNull());
        QVERIFY(child<QPushButton>(dialog, "retryButton")->isVisible());
        QCOMPARE(f.account->state(), Account::State::LoggedOut);
        QVERIFY(f.settings->accountUserId().isEmpty());
        QVERIFY(f.account->message().contains(u"declined"_s));
        const int polls = f.id->pollCount();
        child<QPushButton>(dialog, "closeButton")->click();
        QTRY_VERIFY(!dialog);
        QTest::qWait(600); // two poll intervals: nothing polls any more
        QCOMPARE(f.id->pollCount(), polls);
    }

    void cancelStopsTheLogin()
    {
        QVERIFY(f.start());
        f.id->setPendingPolls(1000);
        QPointer<LoginDialog> dialog = openLoginDialog();
        QVERIFY(dialog);
        QTRY_COMPARE(dialog->stage(), LoginDialog::Stage::Code);
        QTRY_VERIFY(f.id->pollCount() >= 1);
        child<QPushButton>(dialog, "cancelButton")->click();
        QTRY_VERIFY(!dialog);
        QCOMPARE(f.account->state(), Account::State::LoggedOut);
        const int polls = f.id->pollCount();
        QTest::qWait(600);
        QCOMPARE(f.id->pollCount(), polls);
        QVERIFY(child<QPushButton>(panel("accountPanel"), "loginButton")->isEnabled());
    }

    void withoutKeychainTheSessionIsAConsciousChoice()
    {
        if (keyringAvailable())
            QSKIP("runs in the ctest entry without a Secret Service (tst_accountgui_nokeychain)");
        QVERIFY(f.start());
        QPointer<LoginDialog> dialog = openLoginDialog();
        QVERIFY(dialog);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->stage(), LoginDialog::Stage::MemoryOnlyChoice, 20000);
        QVERIFY(child<QLabel>(dialog, "resultTitle")->text().contains(u"cannot be saved"_s));
        QVERIFY2(child<QLabel>(dialog, "resultText")->text().contains(u"No system keychain"_s),
                 qPrintable(child<QLabel>(dialog, "resultText")->text()));
        QVERIFY(child<QPushButton>(dialog, "keepSessionButton")->isVisible());
        QVERIFY(child<QPushButton>(dialog, "logoutButton")->isVisible());
        QVERIFY(!child<QPushButton>(dialog, "closeButton")->isVisible());
        QVERIFY(f.account->isLoggedIn());
        QVERIFY(!f.account->isPersistent());
        QVERIFY(f.settings->accountUserId().isEmpty()); // nothing to read back next time

        // Keep it: the panels say it is for this session only.
        child<QPushButton>(dialog, "keepSessionButton")->click();
        QTRY_VERIFY(!dialog);
        QWidget *accountPanel = panel("accountPanel");
        f.window->showPanel(u"accountPanel"_s);
        QVERIFY(child<QLabel>(accountPanel, "stateText")->text().contains(u"session only"_s));
        auto *warning = child<QLabel>(accountPanel, "storageWarning");
        QVERIFY(warning->isVisible());
        QVERIFY(warning->text().contains(u"memory only"_s));
        QVERIFY(child<QLabel>(accountPanel, "storageValue")->text().contains(u"memory only"_s));
        auto *summary = f.window->connectionPanel()->findChild<AccountSummary *>();
        QVERIFY(child<QLabel>(summary, "summaryNote")->text().contains(u"keychain"_s));
        // It works for this session: chat logs in with it.
        QTRY_VERIFY_WITH_TIMEOUT(
            f.irc->allLines().contains("PASS oauth:" + f.id->currentAccessToken().toUtf8()), 10000);

        // Or log out from the same choice.
        child<QPushButton>(accountPanel, "logoutButton")->click();
        QTRY_COMPARE_WITH_TIMEOUT(f.account->state(), Account::State::LoggedOut, 15000);
        dialog = openLoginDialog();
        QVERIFY(dialog);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->stage(), LoginDialog::Stage::MemoryOnlyChoice, 20000);
        child<QPushButton>(dialog, "logoutButton")->click();
        QTRY_VERIFY(!dialog);
        QTRY_COMPARE_WITH_TIMEOUT(f.account->state(), Account::State::LoggedOut, 15000);
        QTRY_COMPARE(f.id->revokeCount(), 2);
    }

    void pinnedVoiceReadsTheViewersNextMessage()
    {
        QVERIFY(f.start());
        QTRY_COMPARE_WITH_TIMEOUT(f.window->speakerPanel()->speakerModel()->state(),
                                  SpeakerModel::State::Loaded, 10000);
        f.window->showPanel(u"viewerVoicesPanel"_s);
        auto *voices = qobject_cast<ViewerVoicesPanel *>(panel("viewerVoicesPanel"));
        QVERIFY(voices);
        auto *combo = child<QComboBox>(voices, "pinStyleCombo");
        QTRY_COMPARE(combo->count(), 5); // the engine's five talk styles
        const int style3 = combo->findData(QVariant::fromValue(qint64(3)));
        QVERIFY(style3 >= 0);
        QCOMPARE(combo->itemText(style3), u"dummy2（style1）"_s);

        // Before: the default voice (style 0).
        f.chat(u"pinned_viewer"_s, u"ピン留め前"_s);
        QTRY_COMPARE_WITH_TIMEOUT(f.synthesisSpeaker(u"ピン留め前"_s), qint64(0), 10000);

        child<QLineEdit>(voices, "pinLoginEdit")->setText(u"@Pinned_Viewer"_s);
        combo->setCurrentIndex(style3);
        child<QPushButton>(voices, "pinButton")->click();
        QCOMPARE(f.settings->filters().userVoices.value(u"pinned_viewer"_s).styleId, 3);
        auto *pins = child<QTableWidget>(voices, "pinsTable");
        QCOMPARE(pins->rowCount(), 1);
        QCOMPARE(pins->item(0, 0)->text(), u"pinned_viewer"_s);
        QCOMPARE(pins->item(0, 1)->text(), u"dummy2（style1）"_s);

        f.chat(u"pinned_viewer"_s, u"ピン留め後"_s);
        f.chat(u"someone_else"_s, u"ほかの人"_s);
        QTRY_COMPARE_WITH_TIMEOUT(f.synthesisSpeaker(u"ピン留め後"_s), qint64(3), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(f.synthesisSpeaker(u"ほかの人"_s), qint64(0), 10000);
        // Kept in the settings file.
        f.settings->save();
        {
            Settings reread(f.settingsPath());
            QCOMPARE(reread.filters().userVoices.value(u"pinned_viewer"_s).styleId, 3);
        }

        // A viewer's own !voice choice shows up and can be cleared.
        f.chat(u"chooser"_s, u"!voice 8"_s);
        auto *choices = child<QTableWidget>(voices, "choicesTable");
        QTRY_COMPARE_WITH_TIMEOUT(choices->rowCount(), 1, 10000);
        QCOMPARE(choices->item(0, 0)->text(), u"chooser"_s);
        QCOMPARE(choices->item(0, 1)->text(), u"dummy3（style0）"_s);
        QFile stored(f.dir.filePath(u"viewer_voices.json"_s));
        QVERIFY(stored.open(QIODevice::ReadOnly));
        QVERIFY(stored.readAll().contains("chooser"));
        stored.close();
        f.chat(u"chooser"_s, u"選んだ声"_s);
        QTRY_COMPARE_WITH_TIMEOUT(f.synthesisSpeaker(u"選んだ声"_s), qint64(8), 10000);
        choices->selectRow(0);
        child<QPushButton>(voices, "clearChoiceButton")->click();
        QCOMPARE(choices->rowCount(), 0);
        QVERIFY(f.pipeline->viewerVoices()->choices().isEmpty());
        QVERIFY(stored.open(QIODevice::ReadOnly));
        QVERIFY(!stored.readAll().contains("chooser"));
        stored.close();
        f.chat(u"chooser"_s, u"元の声"_s);
        QTRY_COMPARE_WITH_TIMEOUT(f.synthesisSpeaker(u"元の声"_s), qint64(0), 10000);

        // Unpinned: the default voice again.
        pins->selectRow(0);
        child<QPushButton>(voices, "unpinButton")->click();
        QVERIFY(f.settings->filters().userVoices.isEmpty());
        QCOMPARE(pins->rowCount(), 0);
        f.chat(u"pinned_viewer"_s, u"ピン解除後"_s);
        QTRY_COMPARE_WITH_TIMEOUT(f.synthesisSpeaker(u"ピン解除後"_s), qint64(0), 10000);
    }

    void handedOutStylesAndTheVoiceCommandAreKept()
    {
        QVERIFY(f.start());
        QTRY_COMPARE_WITH_TIMEOUT(f.window->speakerPanel()->speakerModel()->state(),
                                  SpeakerModel::State::Loaded, 10000);
        auto *voices = qobject_cast<ViewerVoicesPanel *>(panel("viewerVoicesPanel"));
        auto *pool = child<QListWidget>(voices, "poolList");
        QTRY_COMPARE(pool->count(), 5);
        const auto check = [pool](qint64 id) {
            for (int i = 0; i < pool->count(); ++i) {
                if (pool->item(i)->data(Qt::UserRole + 1).toLongLong() == id)
                    pool->item(i)->setCheckState(Qt::Checked);
            }
        };
        check(8);
        check(2);
        // In the order they were checked: a viewer's voice moves only when it has to.
        QCOMPARE(f.settings->viewerVoices().styles, (QList<qint64>{8, 2}));
        // Every viewer now speaks in one of them, always the same one.
        f.chat(u"hashed_viewer"_s, u"配られた声"_s);
        QTRY_VERIFY_WITH_TIMEOUT(f.synthesisSpeaker(u"配られた声"_s) != -1, 10000);
        const qint64 given = f.synthesisSpeaker(u"配られた声"_s);
        QVERIFY2(given == 8 || given == 2, qPrintable(QString::number(given)));

        auto *command = child<QCheckBox>(voices, "commandCheck");
        auto *cooldown = child<QSpinBox>(voices, "cooldownSpin");
        QVERIFY(command->isChecked());
        QCOMPARE(cooldown->value(), 30);
        cooldown->setValue(90);
        command->setChecked(false);
        QVERIFY(!cooldown->isEnabled());
        const Settings::ViewerVoiceSettings v = f.settings->viewerVoices();
        QVERIFY(!v.command);
        QCOMPARE(v.cooldownSeconds, 90);
        // !voice is off now: no choice is made.
        f.chat(u"chooser"_s, u"!voice 3"_s);
        f.chat(u"chooser"_s, u"あとの声"_s);
        QTRY_VERIFY_WITH_TIMEOUT(f.synthesisSpeaker(u"あとの声"_s) != -1, 10000);
        QVERIFY(f.pipeline->viewerVoices()->choices().isEmpty());
        {
            f.settings->save();
            Settings reread(f.settingsPath());
            QCOMPARE(reread.viewerVoices(), v);
        }
        // Check none: everyone has the default voice again.
        child<QPushButton>(voices, "poolNoneButton")->click();
        QVERIFY(f.settings->viewerVoices().styles.isEmpty());
    }

    void demoPlaysWithoutAChannelAndEnteringOneReadsItLive()
    {
        QVERIFY(f.start(true));
        ConnectionPanel *connection = f.window->connectionPanel();
        auto *status = child<QLabel>(connection, "statusText");
        QTRY_VERIFY(status->text().startsWith(u"Demo"_s));
        auto *channelEdit = child<QLineEdit>(connection, "channelEdit");
        QVERIFY(channelEdit->text().isEmpty());
        QVERIFY(channelEdit->placeholderText().contains(u"your own chat"_s));
        // The bundled demo chat is read aloud.
        QTRY_VERIFY_WITH_TIMEOUT(!f.engine->synthesizedTexts().isEmpty(), 15000);
        QVERIFY(f.engine->synthesizedTexts().constFirst().contains(u"こんばんは"_s));
        QCOMPARE(f.irc->connectionCount(), 0);

        QSignalSpy joined(f.irc.get(), &FakeTwitchIrc::channelJoined);
        QTest::keyClicks(channelEdit, AccountFixture::channel);
        child<QPushButton>(connection, "readButton")->click();
        QVERIFY(joined.wait(10000));
        QCOMPARE(joined.at(0).at(1).toString(), AccountFixture::channel);
        QTRY_COMPARE(status->text(), u"Connected to #%1"_s.arg(AccountFixture::channel));
        QCOMPARE(f.settings->channel(), AccountFixture::channel);
        QVERIFY(!f.pipeline->isDemo());
        f.chat(u"first_viewer"_s, u"ライブのチャット"_s);
        QTRY_VERIFY_WITH_TIMEOUT(f.engine->synthesizedTexts().contains(u"ライブのチャット"_s),
                                 15000);
        // The counters start with the live chat.
        QTRY_COMPARE(child<QLabel>(connection, "readCount")->text(), u"1"_s);
    }

    void everyNewControlHasAnAccessibleName()
    {
        QVERIFY(f.start());
        for (const char *name : {"accountPanel", "viewerVoicesPanel"}) {
            f.window->showPanel(QString::fromLatin1(name));
            const QStringList missing = test::controlsWithoutAccessibleName(panel(name));
            QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u", "_s)));
        }
        f.id->setPendingPolls(1000);
        QPointer<LoginDialog> dialog = openLoginDialog();
        QTRY_COMPARE(dialog->stage(), LoginDialog::Stage::Code);
        const QStringList missing = test::controlsWithoutAccessibleName(dialog);
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u", "_s)));
        dialog->reject();

        // The settings' Twitch account page, which also edits the Client ID.
        SettingsDialog settings(DesktopContext{f.settings.get(), f.pipeline.get(), f.status.get(),
                                               f.log.get(), f.account.get()},
                                nullptr);
        settings.show();
        settings.showPage(Preferences::Page::Account);
        QCOMPARE(settings.currentPage(), Preferences::Page::Account);
        const QStringList onPage = test::controlsWithoutAccessibleName(&settings);
        QVERIFY2(onPage.isEmpty(), qPrintable(onPage.join(u", "_s)));
        auto *clientId = child<QLineEdit>(&settings, "clientIdEdit");
        QCOMPARE(clientId->text(), u"fake-client-id"_s);
        clientId->setText(u"my-own-client"_s);
        emit clientId->editingFinished();
        QCOMPARE(f.settings->twitchClientId(), u"my-own-client"_s);
        QCOMPARE(f.account->clientId(), u"my-own-client"_s); // applied at once
        settings.reject(); // Cancel puts it back
        QCOMPARE(f.settings->twitchClientId(), u"fake-client-id"_s);
        QCOMPARE(f.account->clientId(), u"fake-client-id"_s);
    }
};

CHATVOX_WIDGET_TEST_MAIN(TestAccountGui)
#include "tst_accountgui.moc"
