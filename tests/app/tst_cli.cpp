#include "app/cli.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using chatvox::parseCommandLine;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Runs the real chatvox executable with a private config and no network use.
Run runChatvox(const QStringList &args, const QByteArray &stdinData = {},
               const QString &language = u"en"_s)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"LANG"_s, language == u"ja" ? u"ja_JP.UTF-8"_s : u"C.UTF-8"_s);
    env.insert(u"LANGUAGE"_s, language);
    env.remove(u"QT_LOGGING_RULES"_s);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(CHATVOX_BINARY), args);
    if (!p.waitForStarted(10000))
        return {};
    if (!stdinData.isNull()) {
        p.write(stdinData);
        p.closeWriteChannel();
    }
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        return {};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString config() const { return m_dir.filePath(u"chatvox.ini"_s); }

private slots:
    void parsesTheContract()
    {
        const auto r = parseCommandLine({u"chatvox"_s, u"--headless"_s, u"--channel"_s,
                                         u"SomeOne"_s, u"--engine"_s, u"http://127.0.0.1:50021"_s,
                                         u"--engine"_s, u"http://127.0.0.1:10101"_s, u"--speaker"_s,
                                         u"-888753760"_s, u"--config"_s, u"/tmp/x.ini"_s,
                                         u"--audio-device"_s, u"Speakers"_s, u"--replay"_s, u"-"_s,
                                         u"--dry-run"_s, u"--irc-url"_s, u"ws://127.0.0.1:1234"_s});
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        const chatvox::CliOptions &o = r.options;
        QVERIFY(o.headless);
        QCOMPARE(o.channel, u"SomeOne"_s);
        QCOMPARE(
            o.engines,
            (QList<QUrl>{QUrl(u"http://127.0.0.1:50021"_s), QUrl(u"http://127.0.0.1:10101"_s)}));
        QCOMPARE(o.speaker, std::optional<qint64>(-888753760));
        QCOMPARE(o.configFile, u"/tmp/x.ini"_s);
        QCOMPARE(o.audioDevice, u"Speakers"_s);
        QCOMPARE(o.replayFile, u"-"_s);
        QVERIFY(o.dryRun);
        QCOMPARE(o.ircUrl, QUrl(u"ws://127.0.0.1:1234"_s));
    }

    void parsesTheServerOptions()
    {
        const auto none = parseCommandLine({u"chatvox"_s});
        QVERIFY(!none.options.broadcastPort && !none.options.overlayPort);
        QVERIFY(!none.options.bouyomi && !none.options.engineDictionary);
        QVERIFY(none.options.listenAddress.isEmpty());
        const auto r = parseCommandLine({u"chatvox"_s, u"--broadcast"_s, u"50100"_s,
                                         u"--overlay"_s, u"0"_s, u"--bouyomi"_s,
                                         u"--engine-dictionary"_s, u"--listen"_s, u"0.0.0.0"_s});
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.options.broadcastPort, std::optional<int>(50100));
        QCOMPARE(r.options.overlayPort, std::optional<int>(0));
        QVERIFY(r.options.bouyomi);
        QVERIFY(r.options.engineDictionary);
        QCOMPARE(r.options.listenAddress, u"0.0.0.0"_s);
    }

    void parsesTheServiceOptions()
    {
        const auto none = parseCommandLine({u"chatvox"_s});
        QVERIFY(!none.options.serveHealthPort);
        QVERIFY(none.options.tokenFile.isEmpty());
        QVERIFY(!none.options.jsonLog);
        const auto r = parseCommandLine({u"chatvox"_s, u"--serve-health"_s, u"8080"_s,
                                         u"--token-file"_s, u"/run/secrets/twitch.json"_s,
                                         u"--log-format"_s, u"JSON"_s});
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.options.serveHealthPort, std::optional<int>(8080));
        QCOMPARE(r.options.tokenFile, u"/run/secrets/twitch.json"_s);
        QVERIFY(r.options.jsonLog);
        QVERIFY(!parseCommandLine({u"chatvox"_s, u"--log-format"_s, u"text"_s}).options.jsonLog);
    }

    void rejectsBadValues_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("dry-run alone") << QStringList{u"--dry-run"_s};
        QTest::newRow("speaker not a number") << QStringList{u"--speaker"_s, u"zundamon"_s};
        QTest::newRow("engine not http") << QStringList{u"--engine"_s, u"ftp://x"_s};
        QTest::newRow("engine not a url") << QStringList{u"--engine"_s, u"127.0.0.1:50021"_s};
        QTest::newRow("irc not ws") << QStringList{u"--irc-url"_s, u"http://127.0.0.1"_s};
        QTest::newRow("unknown option") << QStringList{u"--frobnicate"_s};
        QTest::newRow("stray argument") << QStringList{u"channel"_s};
        QTest::newRow("missing value") << QStringList{u"--channel"_s};
        QTest::newRow("broadcast not a port") << QStringList{u"--broadcast"_s, u"ws"_s};
        QTest::newRow("overlay port too big") << QStringList{u"--overlay"_s, u"65536"_s};
        QTest::newRow("listen not an address") << QStringList{u"--listen"_s, u"localhost"_s};
        QTest::newRow("health not a port") << QStringList{u"--serve-health"_s, u"-1"_s};
        QTest::newRow("empty token file") << QStringList{u"--token-file"_s, u" "_s};
        QTest::newRow("log format unknown") << QStringList{u"--log-format"_s, u"xml"_s};
    }
    void rejectsBadValues()
    {
        QFETCH(QStringList, args);
        const auto r = parseCommandLine(QStringList{u"chatvox"_s} + args);
        QVERIFY(!r.error.isEmpty());
    }

    void versionPrintsAndExitsZero()
    {
        const Run r = runChatvox({u"--version"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.trimmed(), QByteArray("chatvox " CHATVOX_VERSION));
    }

    void helpListsEveryOption()
    {
        const Run r = runChatvox({u"--help"_s});
        QCOMPARE(r.exitCode, 0);
        for (const char *opt :
             {"--headless", "--channel", "--engine", "--speaker", "--config", "--audio-device",
              "--replay", "--dry-run", "--irc-url", "--eventsub-url", "--auth-url", "--helix-url",
              "--bridge-config", "--powershell", "--broadcast", "--overlay", "--bouyomi",
              "--engine-dictionary", "--listen", "--serve-health", "--token-file",
              "--log-format", "--login", "--logout", "--version", "--help"})
            QVERIFY2(r.out.contains(opt), opt);
    }

    void speaksTheUsersLanguage()
    {
        const Run ja = runChatvox({u"--help"_s}, {}, u"ja"_s);
        QCOMPARE(ja.exitCode, 0);
        QVERIFY2(QString::fromUtf8(ja.out).contains(u"このヘルプを表示して終了する"_s),
                 ja.out.constData());
        const Run en = runChatvox({u"--help"_s}, {}, u"en"_s);
        QVERIFY(en.out.contains("Show this help and exit."));
        const Run error = runChatvox({u"--speaker"_s, u"x"_s}, {}, u"ja"_s);
        QCOMPARE(error.exitCode, 2);
        QVERIFY2(QString::fromUtf8(error.err).contains(u"スタイル ID"_s), error.err.constData());
    }

    void badArgumentsExitTwoWithAReason()
    {
        const Run r = runChatvox({u"--speaker"_s, u"abc"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("--speaker"));
        QVERIFY(r.out.isEmpty());
    }

    void dryRunOfTheDemoLogGivesTheExpectedDecisions()
    {
        const QString demo
            = QStringLiteral(CHATVOX_SOURCE_DIR) + u"/resources/demo/demo_chat.log"_s;
        const Run r = runChatvox(
            {u"--headless"_s, u"--config"_s, config(), u"--replay"_s, demo, u"--dry-run"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QByteArray expected
            = readFile(QStringLiteral(CHATVOX_TEST_DATA_DIR) + u"/app/demo_dry_run.jsonl"_s);
        QVERIFY(!expected.isEmpty());
        if (r.out != expected) {
            const QList<QByteArray> got = r.out.split('\n');
            const QList<QByteArray> want = expected.split('\n');
            for (qsizetype i = 0; i < std::max(got.size(), want.size()); ++i)
                QCOMPARE(got.value(i), want.value(i));
        }
        // stdout holds nothing but JSON objects, one per line.
        for (const QByteArray &line : r.out.trimmed().split('\n'))
            QVERIFY2(QJsonDocument::fromJson(line).isObject(), line.constData());
    }

    void dryRunReadsStandardInputAndKeepsOrder()
    {
        const QByteArray lines = "@id=a1;display-name=A;tmi-sent-ts=1 "
                                 ":alice!alice@alice.tmi.twitch.tv PRIVMSG #c :hello\r\n"
                                 "# a comment line\n"
                                 "\n"
                                 "@id=b2 :bob!bob@bob.tmi.twitch.tv PRIVMSG #c :!dice\n"
                                 "@login=alice;target-msg-id=a1 :tmi.twitch.tv CLEARMSG #c :hello\n"
                                 "this is not IRC at all\n"
                                 "@id=c3 :carol!carol@carol.tmi.twitch.tv PRIVMSG #c "
                                 ":\xe3\x81\x8a\xe3\x81\xaf\xe3\x82\x88\n";
        const Run r = runChatvox({u"--config"_s, config(), u"--speaker"_s, u"3"_s, u"--replay"_s,
                                  u"-"_s, u"--dry-run"_s},
                                 lines);
        QCOMPARE(r.exitCode, 0);
        const QList<QByteArray> out = r.out.trimmed().split('\n');
        QCOMPARE(out.size(), 4);
        QCOMPARE(
            out[0],
            QByteArray(R"({"event":"speak","id":"a1","user":"alice","text":"ハロー","speaker":3})"));
        QCOMPARE(out[1],
                 QByteArray(R"({"event":"skip","id":"b2","user":"bob","reason":"command"})"));
        QCOMPARE(out[2],
                 QByteArray(R"({"event":"purge","ids":["a1"],"user":"alice","reason":"deleted"})"));
        QCOMPARE(out[3],
                 QByteArray("{\"event\":\"speak\",\"id\":\"c3\",\"user\":\"carol\",\"text\":"
                            "\"\xe3\x81\x8a\xe3\x81\xaf\xe3\x82\x88\",\"speaker\":3}"));
        // The malformed line is reported on stderr, not stdout.
        QVERIFY(!r.err.isEmpty());
    }

    void missingReplayFileFailsClearly()
    {
        const Run r = runChatvox({u"--config"_s, config(), u"--replay"_s,
                                  m_dir.filePath(u"nope.log"_s), u"--dry-run"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("nope.log"));
        QVERIFY(r.out.isEmpty());
    }

    void tokenFileOthersMayReadIsRefused()
    {
#ifndef Q_OS_UNIX
        QSKIP("mode bits are a Unix matter (NTFS ACLs decide on Windows)");
#else
        const QString settings = m_dir.filePath(u"tokenfile.ini"_s);
        {
            QFile f(settings);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write("[account]\nclientId=fake-client-id\n");
        }
        const QString file = m_dir.filePath(u"twitch.json"_s);
        const QByteArray login
            = R"({"v":1,"user_id":"141981764","login":"twitchdev",)"
              R"("access_token":"secretaccess0123456789abcdefgh",)"
              R"("refresh_token":"secretrefresh0123456789abcdefg","expires_at_ms":0,)"
              R"("scopes":["chat:read"]})";
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(login);
        }
        QVERIFY(QFile::setPermissions(file,
                                      QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                          | QFileDevice::ReadGroup
                                          | QFileDevice::ReadOther)); // 0644
        // Nothing here may reach a network: the URLs point at a closed local port.
        const QStringList offline{u"--config"_s,   settings,
                                  u"--irc-url"_s,  u"ws://127.0.0.1:9"_s,
                                  u"--auth-url"_s, u"http://127.0.0.1:9"_s,
                                  u"--engine"_s,   u"http://127.0.0.1:9"_s};
        const Run r = runChatvox(QStringList{u"--headless"_s, u"--token-file"_s, file} + offline);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(file.toUtf8()), r.err.constData());
        QVERIFY2(r.err.contains("chmod 600"), r.err.constData());
        QVERIFY(!r.out.contains("secret") && !r.err.contains("secret"));
        QCOMPARE(readFile(file), login); // left as it is

        // --login refuses it before a device code is asked for.
        const Run login2 = runChatvox(QStringList{u"--login"_s, u"--token-file"_s, file} + offline);
        QCOMPARE(login2.exitCode, 1);
        QVERIFY2(login2.err.contains("chmod 600"), login2.err.constData());
        QVERIFY(!login2.out.contains("enter the code"));
        QCOMPARE(readFile(file), login);

        // No file at all: a server does not go on anonymously, it says how to create one.
        QVERIFY(QFile::remove(file));
        const Run missing
            = runChatvox(QStringList{u"--headless"_s, u"--token-file"_s, file} + offline);
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.err.contains("chatvox --login --token-file"), missing.err.constData());
        QVERIFY(!QFile::exists(file));
#endif
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
