// The chatvox executable with --bridge-config: --dry-run prints {"event":"action",...} lines
// for replayed commands, the other decisions are unchanged, and a bad bridge file is an error.
#include "fakepowershell.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run runChatvox(const QStringList &args,
               const QProcessEnvironment &base = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    QProcessEnvironment env = base;
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"LANG"_s, u"C.UTF-8"_s);
    env.insert(u"LANGUAGE"_s, u"en"_s);
    env.remove(u"QT_LOGGING_RULES"_s);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(CHATVOX_BINARY), args);
    if (!p.waitForStarted(10000) || !p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        return {};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

QString data(const QString &name)
{
    return QStringLiteral(CHATVOX_TEST_DATA_DIR) + u"/bridge/"_s + name;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QList<QByteArray> withoutActions(const QByteArray &out)
{
    QList<QByteArray> lines;
    for (const QByteArray &line : out.split('\n')) {
        if (!line.isEmpty() && !line.startsWith("{\"event\":\"action\""))
            lines << line;
    }
    return lines;
}

} // namespace

class TestBridgeCli : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString config() const { return m_dir.filePath(u"chatvox.ini"_s); }

private slots:
    void dryRunPrintsActionLines()
    {
        const Run r
            = runChatvox({u"--config"_s, config(), u"--bridge-config"_s, data(u"fallguys.json"_s),
                          u"--replay"_s, data(u"commands.log"_s), u"--dry-run"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString goldenPath = data(u"commands_dry_run.jsonl"_s);
        if (qEnvironmentVariableIsSet("CHATVOX_UPDATE_GOLDEN"))
            QVERIFY(writeFile(goldenPath, r.out));
        const QByteArray expected = readFile(goldenPath);
        QVERIFY(!expected.isEmpty());
        const QList<QByteArray> got = r.out.split('\n');
        const QList<QByteArray> want = expected.split('\n');
        for (qsizetype i = 0; i < std::max(got.size(), want.size()); ++i)
            QCOMPARE(got.value(i), want.value(i));

        // The action lines follow the contract exactly.
        int actions = 0;
        for (const QByteArray &line : r.out.trimmed().split('\n')) {
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            QVERIFY2(!o.isEmpty(), line.constData());
            if (o.value(u"event").toString() != u"action")
                continue;
            ++actions;
            QCOMPARE(o.keys(),
                     (QStringList{u"action"_s, u"choice"_s, u"event"_s, u"id"_s, u"user"_s}));
            QVERIFY(line.startsWith("{\"event\":\"action\",\"id\":"));
            QVERIFY(o.value(u"choice").isNull() || o.value(u"choice").isString());
        }
        QCOMPARE(actions, 8);
        QVERIFY(r.out.contains(
            R"({"event":"action","id":"m009","user":"viewer_c","action":"move","choice":"left"})"));
        QVERIFY(r.out.contains(
            R"({"event":"action","id":"m003","user":"viewer_a","action":"jump","choice":null})"));
        QVERIFY(!r.out.contains("Remove-Item"));
    }

    void otherDecisionsAreUnchanged()
    {
        const QStringList common{u"--config"_s, config(), u"--replay"_s, data(u"commands.log"_s),
                                 u"--dry-run"_s};
        const Run without = runChatvox(common);
        const Run with
            = runChatvox(common + QStringList{u"--bridge-config"_s, data(u"fallguys.json"_s)});
        QCOMPARE(without.exitCode, 0);
        QCOMPARE(with.exitCode, 0);
        QVERIFY(!without.out.contains("\"event\":\"action\"")); // no bridge file: no actions
        QCOMPARE(withoutActions(with.out), withoutActions(without.out));
    }

    void democracyInTheLogsOwnTime()
    {
        QByteArray json = readFile(data(u"fallguys.json"_s));
        json.replace("\"mode\": \"anarchy\"", "\"mode\": \"democracy\"");
        const QByteArray scripts = data(u"bridge-scripts"_s).toUtf8();
        json.replace("\"queueLimit\": 10,",
                     QByteArray("\"queueLimit\": 10, \"scriptsFolder\": \"" + scripts + "\","));
        const QString path = m_dir.filePath(u"democracy.json"_s);
        QVERIFY(writeFile(path, json));
        // Two windows of 10 s: right wins the first (2:1), left the second (alone).
        const auto line = [](int t, const char *login, const char *text) -> QByteArray {
            return QByteArray("@id=") + login + QByteArray::number(t)
                + ";tmi-sent-ts=" + QByteArray::number(1700000000000LL + t) + " :" + login + '!'
                + login + '@' + login + ".tmi.twitch.tv PRIVMSG #c :" + text + '\n';
        };
        const QByteArray log = line(0, "a", "!move left") + line(1000, "b", "!move right")
            + line(2000, "c", "!move right") + line(3000, "d", "hello") + line(12000, "e", "やあ")
            + line(13000, "f", "!move left");
        const QString logPath = m_dir.filePath(u"votes.log"_s);
        QVERIFY(writeFile(logPath, log));
        const Run r = runChatvox({u"--config"_s, config(), u"--bridge-config"_s, path,
                                  u"--replay"_s, logPath, u"--dry-run"_s});
        QCOMPARE(r.exitCode, 0);
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 8);
        // The first window closes once the log's clock passes 10 s: "やあ" (12 s) is decided,
        // then the bridge sees the time and the winner runs. The last window closes at the end.
        QCOMPARE(
            lines[4],
            QByteArray(R"({"event":"speak","id":"e12000","user":"e","text":"やあ","speaker":null})"));
        QCOMPARE(
            lines[5],
            QByteArray(
                R"({"event":"action","id":"b1000","user":"b","action":"move","choice":"right"})"));
        QCOMPARE(
            lines[7],
            QByteArray(
                R"({"event":"action","id":"f13000","user":"f","action":"move","choice":"left"})"));
    }

    void badBridgeFileIsAnInputError()
    {
        const QString bad = m_dir.filePath(u"bad.json"_s);
        QVERIFY(writeFile(bad, R"({"enabled": true, "actions": [{"id": "x", "kind": "keys",
                                  "keys": ["Space"], "triggers": [{"command": "!stop"}]}]})"));
        const Run r = runChatvox({u"--config"_s, config(), u"--bridge-config"_s, bad, u"--replay"_s,
                                  data(u"commands.log"_s), u"--dry-run"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains("bad.json"), r.err.constData());
        QVERIFY2(r.err.contains("kept for moderators"), r.err.constData());

        const Run missing = runChatvox({u"--config"_s, config(), u"--bridge-config"_s,
                                        m_dir.filePath(u"none.json"_s), u"--replay"_s,
                                        data(u"commands.log"_s), u"--dry-run"_s});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains("none.json"));
    }

    void liveReplayDrivesPowerShell()
    {
        // Not a dry run: the app starts the stand-in PowerShell and the replay ends once the
        // actions ran. The log's gaps are short; speech has nothing to say (all commands).
        chatvox::test::FakePowerShell fake;
        QProcessEnvironment env = fake.environment();
        env.insert(u"XDG_DATA_HOME"_s, fake.dir()); // where host.ps1 is written
        const QByteArray log
            = "@id=a1;tmi-sent-ts=1700000000000;user-id=1 :a!a@a.tmi.twitch.tv PRIVMSG #c :!jump\n"
              "@id=b1;tmi-sent-ts=1700000000200;user-id=2 :b!b@b.tmi.twitch.tv PRIVMSG #c "
              ":!move left; rm -rf ~\n"
              "@id=c1;tmi-sent-ts=1700000000300;user-id=3 :c!c@c.tmi.twitch.tv PRIVMSG #c "
              ":!move left please\n"
              "@id=a2;tmi-sent-ts=1700000000400;user-id=1 :a!a@a.tmi.twitch.tv PRIVMSG #c :!jump\n";
        const QString logPath = m_dir.filePath(u"live.log"_s);
        QVERIFY(writeFile(logPath, log));
        // No system voice: connecting to speech-dispatcher can block for seconds, which would
        // stretch the log's timing past the cooldown this test relies on.
        const QString quiet = m_dir.filePath(u"live.ini"_s);
        QVERIFY(writeFile(quiet, "[speech]\nsystemVoice=false\n"));
        const Run r = runChatvox({u"--headless"_s, u"--config"_s, quiet, u"--bridge-config"_s,
                                  data(u"fallguys.json"_s), u"--powershell"_s,
                                  chatvox::test::FakePowerShell::program(), u"--engine"_s,
                                  u"http://127.0.0.1:9"_s, u"--replay"_s, logPath},
                                 env);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        // jump (Space), then c's move left (A; words after the choice do not matter). b's
        // "left;" is not a choice, and a's second jump is within a's cooldown (5 s).
        const QList<QJsonObject> sent = fake.requests();
        QCOMPARE(sent.size(), 2);
        const auto scan = [](const QJsonObject &request) {
            return request.value(u"steps")
                .toArray()
                .at(0)
                .toObject()
                .value(u"keys")
                .toArray()
                .at(0)
                .toObject()
                .value(u"scan")
                .toInt();
        };
        QCOMPARE(scan(sent[0]), 0x39);
        QCOMPARE(scan(sent[1]), 0x1E);
        QVERIFY(!fake.received().contains("rm"));
        const QList<QJsonObject> starts = fake.starts();
        QCOMPARE(starts.size(), 1);
        const QJsonArray argv = starts[0].value(u"argv").toArray();
        QCOMPARE(argv.at(6).toString(), u"-File"_s);
        QCOMPARE(argv.at(7).toString(), fake.dir() + u"/chatvox/bridge/host.ps1"_s);
        QCOMPARE(argv.at(9).toString(), data(u"bridge-scripts"_s));
        QVERIFY(QFileInfo(argv.at(7).toString()).isFile());
    }

    void bridgeFileNextToTheSettingsIsFound()
    {
        QTemporaryDir dir;
        QVERIFY(QFile::copy(data(u"fallguys.json"_s), dir.filePath(u"bridge.json"_s)));
        QVERIFY(QDir(dir.path()).mkpath(u"bridge-scripts"_s));
        QVERIFY(QFile::copy(data(u"bridge-scripts/lights.ps1"_s),
                            dir.filePath(u"bridge-scripts/lights.ps1"_s)));
        const Run r = runChatvox({u"--config"_s, dir.filePath(u"chatvox.ini"_s), u"--replay"_s,
                                  data(u"commands.log"_s), u"--dry-run"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, readFile(data(u"commands_dry_run.jsonl"_s)));
    }
};

QTEST_GUILESS_MAIN(TestBridgeCli)
#include "tst_bridgecli.moc"
