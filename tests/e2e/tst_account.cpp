// The real chatvox executable with a Twitch login: `chatvox --login` against FakeTwitchId (the
// token goes into the real GNOME Keyring of with-keyring.sh), then a live run that reads chat
// as the streamer (PASS/NICK), gets a channel-point redemption from FakeEventSub and reads it
// aloud through FakeVoicevox, answers !voice in chat, and finally `chatvox --logout`. No token
// may appear in anything the program printed or wrote.
#include "fakeeventsub.h"
#include "fakehelix.h"
#include "faketwitchid.h"
#include "faketwitchirc.h"
#include "fakevoicevox.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using chatvox::FakeTwitchIrc;
using chatvox::test::FakeEventSub;
using chatvox::test::FakeHelix;
using chatvox::test::FakeTwitchId;
using chatvox::test::FakeVoicevox;

class TestAccount : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<FakeTwitchId> m_id;
    std::unique_ptr<FakeHelix> m_helix;
    std::unique_ptr<FakeEventSub> m_eventSub;
    std::unique_ptr<FakeTwitchIrc> m_irc;
    std::unique_ptr<FakeVoicevox> m_engine;
    std::unique_ptr<QProcess> m_app;
    QByteArray m_output; // stdout + stderr of every run
    QByteArray m_stdout;

    QString config() const { return m_dir.filePath(u"chatvox.ini"_s); }

    void startApp(const QStringList &args, const QProcessEnvironment &extra = {})
    {
        m_app = std::make_unique<QProcess>();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"LANGUAGE"_s, u"en"_s);
        env.insert(u"QT_LOGGING_RULES"_s, u"chatvox.*.debug=true"_s); // all we could print
        for (const QString &key : extra.keys())
            env.insert(key, extra.value(key));
        m_app->setProcessEnvironment(env);
        m_stdout.clear();
        connect(m_app.get(), &QProcess::readyReadStandardError, this,
                [this] { m_output += m_app->readAllStandardError(); });
        connect(m_app.get(), &QProcess::readyReadStandardOutput, this, [this] {
            const QByteArray out = m_app->readAllStandardOutput();
            m_stdout += out;
            m_output += out;
        });
        m_app->start(QStringLiteral(CHATVOX_BINARY), args);
        QVERIFY(m_app->waitForStarted(10000));
    }
    int waitForExit(int timeoutMs = 30000)
    {
        QSignalSpy done(m_app.get(), &QProcess::finished);
        if (m_app->state() != QProcess::NotRunning && !done.wait(timeoutMs))
            return -100;
        m_output += m_app->readAllStandardError();
        const QByteArray out = m_app->readAllStandardOutput();
        m_stdout += out;
        m_output += out;
        return m_app->exitStatus() == QProcess::NormalExit ? m_app->exitCode() : -1;
    }
    QByteArray readConfig() const
    {
        QFile f(config());
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    void writeConfig(const QByteArray &text)
    {
        QFile f(config());
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(text);
    }
    // Nothing the program printed or wrote holds a token.
    void verifyNoTokenLeaked()
    {
        QStringList secrets = m_id->issuedAccessTokens() + m_id->issuedRefreshTokens();
        QVERIFY(!secrets.isEmpty());
        for (const QString &secret : std::as_const(secrets))
            QVERIFY2(!m_output.contains(secret.toUtf8()), "a token was printed");
        int files = 0;
        QDirIterator it(m_dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            ++files;
            for (const QString &secret : std::as_const(secrets))
                QVERIFY2(!bytes.contains(secret.toUtf8()), qPrintable(f.fileName()));
        }
        QVERIFY(files >= 1);
    }

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("CHATVOX_TEST_KEYRING_HOME"))
            QFAIL("run me through tests/with-keyring.sh (ctest does)");
    }
    void init()
    {
        m_output.clear();
        QFile::remove(config());
        QFile::remove(m_dir.filePath(u"viewer_voices.json"_s));
        m_id = std::make_unique<FakeTwitchId>();
        QVERIFY(m_id->listen());
        m_id->setDeviceInterval(1);
        m_helix = std::make_unique<FakeHelix>();
        QVERIFY(m_helix->listen());
        m_eventSub = std::make_unique<FakeEventSub>();
        QVERIFY(m_eventSub->isListening());
        m_helix->setTokenCheck([this](const QString &t) { return m_id->isValidAccessToken(t); });
        m_helix->setSessionCheck([this](const QString &s) { return m_eventSub->hasSession(s); });
        connect(m_helix.get(), &FakeHelix::subscriptionCreated, m_eventSub.get(),
                [this](const FakeHelix::Subscription &s) {
                    m_eventSub->addSubscription(s.sessionId, s.type, s.id);
                });
        m_irc = std::make_unique<FakeTwitchIrc>();
        m_engine = std::make_unique<FakeVoicevox>();
        QVERIFY(m_engine->listen());
        writeConfig("[account]\nclientId=fake-client-id\n");
    }
    void cleanup()
    {
        if (m_app && m_app->state() != QProcess::NotRunning) {
            m_app->kill();
            m_app->waitForFinished();
        }
        if (QTest::currentTestFailed())
            qWarning().noquote() << "chatvox output:\n" << QString::fromUtf8(m_output);
        m_app.reset();
        m_engine.reset();
        m_irc.reset();
        m_eventSub.reset();
        m_helix.reset();
        m_id.reset();
    }

    void loginLiveRunWithRedemptionAndLogout()
    {
        // 1. chatvox --login: prints the code, waits for approval, stores, exits 0.
        m_id->setPendingPolls(2);
        startApp({u"--login"_s, u"--config"_s, config(), u"--auth-url"_s, m_id->url().toString()});
        QTRY_VERIFY_WITH_TIMEOUT(m_stdout.contains("ABCDEFGH"), 10000);
        QVERIFY(m_stdout.contains("https://www.twitch.tv/activate"));
        QCOMPARE(waitForExit(30000), 0);
        QVERIFY2(m_stdout.contains("Logged in as twitchdev"), m_stdout.constData());
        QCOMPARE(m_id->pollCount(), 3);
        const QByteArray ini = readConfig();
        QVERIFY(ini.contains("userId=141981764"));
        QVERIFY(ini.contains("login=twitchdev"));
        const QString firstToken = m_id->currentAccessToken();

        // 2. A live run (no --channel: the streamer's own) uses the login from the keychain.
        m_irc->setAcceptedToken(firstToken);
        startApp({u"--headless"_s, u"--config"_s, config(), u"--auth-url"_s, m_id->url().toString(),
                  u"--helix-url"_s, m_helix->url().toString(), u"--eventsub-url"_s,
                  m_eventSub->url().toString(), u"--irc-url"_s, m_irc->url().toString(),
                  u"--engine"_s, m_engine->url().toString()});
        QSignalSpy joined(m_irc.get(), &FakeTwitchIrc::channelJoined);
        QVERIFY(joined.wait(15000));
        QCOMPARE(joined.at(0).at(1).toString(), u"twitchdev"_s);
        QCOMPARE(m_irc->nick(0), u"twitchdev"_s);
        QVERIFY(m_irc->linesFrom(0).contains("PASS oauth:" + firstToken.toUtf8()));
        QTRY_COMPARE_WITH_TIMEOUT(m_helix->subscriptions().size(), 1, 15000);
        QCOMPARE(m_helix->subscriptions().at(0).broadcasterUserId, u"141981764"_s);
        QVERIFY(m_id->validateCount() >= 1); // validated at start

        // A redemption is read aloud through the filters (the URL becomes "URL").
        QTRY_VERIFY(m_engine->requests(u"/speakers"_s).size() >= 1);
        m_eventSub->sendRedemption({{u"id"_s, u"red-1"_s},
                                    {u"user_input"_s, u"見て https://example.com"_s},
                                    {u"reward"_s,
                                     QJsonObject{{u"id"_s, u"rw1"_s},
                                                 {u"title"_s, u"Hydrate"_s},
                                                 {u"cost"_s, 100},
                                                 {u"prompt"_s, u""_s}}}});
        // The English sentence (this run's UI language) in katakana, the name made readable.
        const QString redeemed = u"クーラーユーザー レディームド ハイドレート: 見て URL"_s;
        QTRY_VERIFY2_WITH_TIMEOUT(m_engine->synthesizedTexts().contains(redeemed),
                                  qPrintable(m_engine->synthesizedTexts().join(u" | ")), 15000);

        // !voice: a viewer picks style 3; the streamer's account confirms in chat.
        m_irc->sendToChannel(
            u"twitchdev"_s,
            FakeTwitchIrc::privmsgLine(u"twitchdev"_s, u"viewer1"_s, u"!voice 3"_s, u"vc-1"_s));
        QTRY_VERIFY_WITH_TIMEOUT(
            [this] {
                for (const QByteArray &l : m_irc->linesFrom(0))
                    if (l.startsWith("@reply-parent-msg-id=vc-1 PRIVMSG #twitchdev :@viewer1 "))
                        return true;
                return false;
            }(),
            10000);
        m_irc->sendToChannel(
            u"twitchdev"_s,
            FakeTwitchIrc::privmsgLine(u"twitchdev"_s, u"viewer1"_s, u"新しい声"_s, u"vc-2"_s));
        QTRY_VERIFY_WITH_TIMEOUT(m_engine->synthesizedTexts().contains(u"新しい声"_s), 15000);
        bool spokeWithChoice = false;
        for (const auto &r : m_engine->requests(u"/synthesis"_s))
            spokeWithChoice |= r.text == u"新しい声" && r.speaker == 3;
        QVERIFY(spokeWithChoice);

        m_app->terminate();
        QCOMPARE(waitForExit(15000), 0);
        QFile voices(m_dir.filePath(u"viewer_voices.json"_s));
        QVERIFY(voices.open(QIODevice::ReadOnly)); // the choice survives a restart
        QVERIFY(voices.readAll().contains("\"style\": \"3\""));

        // 3. chatvox --logout revokes and deletes.
        startApp({u"--logout"_s, u"--config"_s, config(), u"--auth-url"_s, m_id->url().toString()});
        QCOMPARE(waitForExit(30000), 0);
        QVERIFY2(m_stdout.contains("revoked"), m_stdout.constData());
        QCOMPARE(m_id->revokeCount(), 1);
        QVERIFY(!readConfig().contains("userId=141981764"));
        startApp({u"--logout"_s, u"--config"_s, config(), u"--auth-url"_s, m_id->url().toString()});
        QCOMPARE(waitForExit(30000), 0);
        QVERIFY(m_stdout.contains("Not logged in"));

        verifyNoTokenLeaked();
    }

    void expiredTokenIsRefreshedAtStart()
    {
        startApp({u"--login"_s, u"--config"_s, config(), u"--auth-url"_s, m_id->url().toString()});
        QCOMPARE(waitForExit(30000), 0);
        m_id->invalidateAccessTokens(); // expired while ChatVox was closed
        startApp({u"--headless"_s, u"--config"_s, config(), u"--auth-url"_s, m_id->url().toString(),
                  u"--helix-url"_s, m_helix->url().toString(), u"--eventsub-url"_s,
                  m_eventSub->url().toString(), u"--irc-url"_s, m_irc->url().toString(),
                  u"--engine"_s, m_engine->url().toString()});
        QSignalSpy joined(m_irc.get(), &FakeTwitchIrc::channelJoined);
        QVERIFY(joined.wait(15000));
        QCOMPARE(m_id->refreshCount(), 1);
        // Chat logged in with the new token, not the expired one.
        QVERIFY(m_irc->linesFrom(0).contains("PASS oauth:" + m_id->currentAccessToken().toUtf8()));
        QTRY_COMPARE_WITH_TIMEOUT(m_helix->subscriptions().size(), 1, 15000);
        m_app->terminate();
        QCOMPARE(waitForExit(15000), 0);
        // Refreshed twice over? No: the next start uses the stored new pair as it is.
        startApp({u"--logout"_s, u"--config"_s, config(), u"--auth-url"_s, m_id->url().toString()});
        QCOMPARE(waitForExit(30000), 0);
        QCOMPARE(m_id->refreshCount(), 1);
        QCOMPARE(m_id->revokeCount(), 1);
        verifyNoTokenLeaked();
    }

    void refusedRefreshLogsOutAndChatGoesOnAnonymously()
    {
        startApp({u"--login"_s, u"--config"_s, config(), u"--auth-url"_s, m_id->url().toString()});
        QCOMPARE(waitForExit(30000), 0);
        m_id->invalidateAccessTokens();
        m_id->invalidateRefreshTokens(); // revoked on twitch.tv
        startApp({u"--headless"_s, u"--config"_s, config(), u"--channel"_s, u"somechannel"_s,
                  u"--auth-url"_s, m_id->url().toString(), u"--helix-url"_s,
                  m_helix->url().toString(), u"--eventsub-url"_s, m_eventSub->url().toString(),
                  u"--irc-url"_s, m_irc->url().toString(), u"--engine"_s,
                  m_engine->url().toString()});
        QSignalSpy joined(m_irc.get(), &FakeTwitchIrc::channelJoined);
        QVERIFY(joined.wait(15000));
        QVERIFY(m_irc->nick(0).startsWith(u"justinfan"_s));
        QTRY_VERIFY(m_output.contains("Please log in again"));
        QCOMPARE(m_id->refreshAttempts(), 1); // one try, no storm
        QCOMPARE(m_eventSub->connectionCount(), 0);
        m_app->terminate();
        QCOMPARE(waitForExit(15000), 0);
        QVERIFY(!readConfig().contains("userId="));
        verifyNoTokenLeaked();
    }

    void withoutSecretServiceLoginSaysSo()
    {
        QProcessEnvironment noBus;
        noBus.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent/chatvox-no-bus"_s);
        startApp({u"--login"_s, u"--config"_s, config(), u"--auth-url"_s, m_id->url().toString()},
                 noBus);
        QCOMPARE(waitForExit(30000), 1);
        QVERIFY2(m_output.contains("No system keychain"), m_output.constData());
        QVERIFY(m_output.contains("memory only"));
        QVERIFY(!readConfig().contains("userId="));
        verifyNoTokenLeaked();
    }
};

QTEST_GUILESS_MAIN(TestAccount)
#include "tst_account.moc"
