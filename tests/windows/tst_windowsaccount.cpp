// The Twitch login of the Windows build under Wine, in the Windows Credential Manager through
// QtKeychain: `chatvox.exe --login` against FakeTwitchId puts the token pair into a new generic
// credential (and nowhere else), a restart reads it back (FakeTwitchIrc sees PASS with that
// token and the streamer's nick), and `chatvox.exe --logout` revokes it at the fake and deletes
// the credential. credtool.exe looks into the Credential Manager. Which target name QtKeychain
// uses is not assumed (it is the key, with or without a prefix): the new credentials are found
// by comparing the lists before and after, and must name the Twitch user id.
#include "fakeeventsub.h"
#include "fakehelix.h"
#include "faketwitchid.h"
#include "faketwitchirc.h"
#include "fakevoicevox.h"
#include "testmain.h"
#include "winesession.h"

#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using chatvox::FakeTwitchIrc;
using chatvox::test::FakeEventSub;
using chatvox::test::FakeHelix;
using chatvox::test::FakeTwitchId;
using chatvox::test::FakeVoicevox;
using chatvox::test::WineSession;

namespace {

const QString kUserId = u"141981764"_s; // tests/data/twitch/oauth/validate_response.json

QString windowsBuild(const QString &relative)
{
    return QStringLiteral(CHATVOX_WINDOWS_BUILD_DIR) + u'/' + relative;
}

} // namespace

class TestWindowsAccount : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<WineSession> m_wine;
    QTemporaryDir m_dir;
    FakeTwitchId m_id;
    FakeHelix m_helix;
    FakeEventSub m_eventSub;
    FakeTwitchIrc m_irc;
    FakeVoicevox m_engine;
    QByteArray m_output; // everything chatvox.exe printed, for the token check

    QString exe() const { return windowsBuild(u"dist/chatvox.exe"_s); }
    QString config() const { return WineSession::windowsPath(m_dir.filePath(u"account.ini"_s)); }

    QStringList credentials()
    {
        const WineSession::Result r
            = m_wine->run(QStringLiteral(CHATVOX_CREDTOOL), {u"list"_s}, 30000);
        QStringList targets;
        for (const QByteArray &line : r.out.split('\n')) {
            if (!line.trimmed().isEmpty())
                targets << QString::fromUtf8(line.trimmed());
        }
        return targets;
    }
    QByteArray credential(const QString &target)
    {
        return m_wine->run(QStringLiteral(CHATVOX_CREDTOOL), {u"read"_s, target}, 30000).out;
    }
    QByteArray settingsFile() const
    {
        QFile f(m_dir.filePath(u"account.ini"_s));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    QStringList urls() const
    {
        return {u"--auth-url"_s,          m_id.url().toString(),  u"--helix-url"_s,
                m_helix.url().toString(), u"--eventsub-url"_s,    m_eventSub.url().toString(),
                u"--irc-url"_s,           m_irc.url().toString(), u"--engine"_s,
                m_engine.url().toString()};
    }
    WineSession::Result chatvox(const QStringList &args, int timeoutMs = 60000)
    {
        WineSession::Result r
            = m_wine->run(exe(), QStringList{u"--config"_s, config()} + args, timeoutMs);
        m_output += r.out + r.err;
        return r;
    }

private slots:
    void initTestCase()
    {
        if (!QFileInfo::exists(exe()))
            QSKIP("no Windows build in " CHATVOX_WINDOWS_BUILD_DIR " (scripts/dev windows)");
        if (QStringLiteral(CHATVOX_CREDTOOL).isEmpty())
            QSKIP("no MinGW compiler for credtool.exe");
        QVERIFY(m_dir.isValid());
        m_wine = std::make_unique<WineSession>();
        QVERIFY2(m_wine->start(), qPrintable(m_wine->errorString()));
        QVERIFY(m_id.listen());
        QVERIFY(m_helix.listen());
        QVERIFY(m_eventSub.isListening());
        QVERIFY(m_irc.isListening());
        QVERIFY(m_engine.listen());
        m_id.setDeviceInterval(1);
        m_id.setPendingPolls(1);
        m_helix.setTokenCheck([this](const QString &t) { return m_id.isValidAccessToken(t); });
        m_helix.setSessionCheck([this](const QString &s) { return m_eventSub.hasSession(s); });
        connect(&m_helix, &FakeHelix::subscriptionCreated, &m_eventSub,
                [this](const FakeHelix::Subscription &s) {
                    m_eventSub.addSubscription(s.sessionId, s.type, s.id);
                });
        QFile ini(m_dir.filePath(u"account.ini"_s));
        QVERIFY(ini.open(QIODevice::WriteOnly));
        ini.write("[account]\nclientId=fake-client-id\n");
    }
    void cleanupTestCase() { m_wine.reset(); }

    void loginRestartAndLogoutInTheCredentialManager()
    {
        // What an interrupted run may have left of this user goes first.
        for (const QString &target : credentials()) {
            if (target.contains(kUserId))
                m_wine->run(QStringLiteral(CHATVOX_CREDTOOL), {u"delete"_s, target}, 30000);
        }
        const QStringList before = credentials();

        // 1. Login: the code is printed, the fake approves at the second poll.
        const WineSession::Result login
            = chatvox({u"--login"_s, u"--auth-url"_s, m_id.url().toString()}, 90000);
        QVERIFY2(login.finished, "chatvox.exe --login did not end");
        QVERIFY2(login.exitCode == 0, login.err.constData());
        QVERIFY2(login.out.contains("ABCDEFGH"), login.out.constData());
        QVERIFY(login.out.contains("https://www.twitch.tv/activate"));
        QVERIFY2(login.out.contains("Logged in as twitchdev"), login.out.constData());
        QVERIFY2(login.out.contains("Windows Credential Manager"), login.out.constData());
        qInfo("chatvox.exe --login: %.1f s", login.seconds);
        const QString access = m_id.currentAccessToken();
        const QString refresh = m_id.currentRefreshToken();
        QVERIFY(!access.isEmpty() && !refresh.isEmpty());

        // The pair is in a new generic credential named after the user id; the settings only
        // name the account.
        QStringList added;
        for (const QString &target : credentials()) {
            if (!before.contains(target))
                added << target;
        }
        QVERIFY2(!added.isEmpty(), "no new credential after --login");
        qInfo("the login went into the credential(s) %s", qPrintable(added.join(u", "_s)));
        for (const QString &target : std::as_const(added))
            QVERIFY2(target.contains(kUserId), qPrintable(target));
        QByteArray stored;
        for (const QString &target : std::as_const(added))
            stored += credential(target);
        QVERIFY(stored.contains(refresh.toUtf8()));
        QVERIFY(stored.contains(access.toUtf8()));
        QVERIFY(settingsFile().contains(QByteArray("userId=" + kUserId.toUtf8())));
        QVERIFY(!settingsFile().contains(access.toUtf8()));
        QVERIFY(!settingsFile().contains(refresh.toUtf8()));

        // 2. A restart reads it back: chat logs in with that token as the streamer, in their
        //    own channel (none is set), and channel points subscribe.
        m_irc.setAcceptedToken(access);
        const int validatesBefore = m_id.validateCount();
        QSignalSpy joined(&m_irc, &FakeTwitchIrc::channelJoined);
        std::unique_ptr<QProcess> run
            = m_wine->start(exe(), QStringList{u"--headless"_s, u"--config"_s, config()} + urls());
        QVERIFY(run);
        QVERIFY2(joined.wait(60000), run->readAllStandardError().constData());
        QCOMPARE(joined.at(0).at(1).toString(), u"twitchdev"_s);
        QCOMPARE(m_irc.nick(0), u"twitchdev"_s);
        QVERIFY(m_irc.linesFrom(0).contains(QByteArray("PASS oauth:") + access.toUtf8()));
        QVERIFY(m_id.validateCount() > validatesBefore); // validated at start
        QTRY_COMPARE_WITH_TIMEOUT(m_helix.subscriptions().size(), 1, 30000);
        qInfo("restart: chat joined #twitchdev with the stored token");
        run->kill();
        run->waitForFinished(10000);
        m_output += run->readAllStandardOutput() + run->readAllStandardError();
        QTRY_COMPARE_WITH_TIMEOUT(m_irc.openConnectionCount(), 0, 10000);

        // 3. Logout: revoked at Twitch, the credential deleted, the settings forget the account.
        const WineSession::Result logout
            = chatvox({u"--logout"_s, u"--auth-url"_s, m_id.url().toString()});
        QVERIFY2(logout.exitCode == 0, logout.err.constData());
        QVERIFY2(logout.out.contains("revoked"), logout.out.constData());
        QCOMPARE(m_id.revokeCount(), 1);
        QVERIFY(!m_id.isValidAccessToken(access));
        const QStringList after = credentials();
        for (const QString &target : std::as_const(added))
            QVERIFY2(!after.contains(target), qPrintable(target));
        QVERIFY(!settingsFile().contains("userId="));

        // No token was ever printed.
        for (const QString &secret : m_id.issuedAccessTokens() + m_id.issuedRefreshTokens())
            QVERIFY2(!m_output.contains(secret.toUtf8()), "a token was printed");
    }
};

CHATVOX_AUDIO_TEST_MAIN(TestWindowsAccount)
#include "tst_windowsaccount.moc"
