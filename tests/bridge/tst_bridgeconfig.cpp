#include "bridge/bridgeconfig.h"
#include "bridge/keycodes.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace chatvox;

namespace {

QString dataDir()
{
    return QStringLiteral(CHATVOX_TEST_DATA_DIR) + u"/bridge"_s;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

// A minimal valid action with `extra` members spliced in.
QByteArray oneAction(const QByteArray &extra)
{
    return R"({"enabled": true, "actions": [{"id": "jump", "kind": "keys", "keys": ["Space"],
               "triggers": [{"command": "!jump"}])"
        + (extra.isEmpty() ? QByteArray() : ", " + extra) + "}]}";
}

} // namespace

class TestBridgeConfig : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(QDir(m_dir.path()).mkpath(u"bridge-scripts"_s));
        QVERIFY(writeFile(m_dir.filePath(u"bridge-scripts/lights.ps1"_s), "param($Color)\n"));
        QVERIFY(writeFile(m_dir.filePath(u"outside.ps1"_s), "param($x)\n"));
    }

    void readsTheReadmeExample()
    {
        const Result<BridgeConfig> r = loadBridgeConfig(dataDir() + u"/fallguys.json"_s);
        QVERIFY2(r.ok(), qPrintable(r.error()));
        const BridgeConfig &c = r.value();
        QVERIFY(c.enabled);
        QCOMPARE(c.mode, BridgeConfig::Mode::Anarchy);
        QCOMPARE(c.voteWindowMs, 10000);
        QCOMPARE(c.rateCapActions, 3);
        QCOMPARE(c.rateCapWindowMs, 1000);
        QCOMPARE(c.queueLimit, 10);
        QCOMPARE(c.scriptsFolder, QDir::cleanPath(dataDir() + u"/bridge-scripts"_s));
        QCOMPARE(c.actions.size(), 5);

        const Action *jump = c.action(u"jump");
        QVERIFY(jump);
        QCOMPARE(jump->kind, Action::Kind::Keys);
        QVERIFY(jump->hasDefault);
        QCOMPARE(jump->payload.steps.size(), 1);
        QCOMPARE(jump->payload.steps[0].keys, (QList<ScanKey>{{0x39, false}}));
        QCOMPARE(jump->payload.steps[0].holdMs, 100);
        QCOMPARE(jump->triggers.size(), 2);
        QCOMPARE(jump->triggers[0].command, u"!jump"_s);
        QCOMPARE(jump->triggers[1].reward, u"Jump!"_s);
        QCOMPARE(jump->permission, Permission::Everyone);
        QCOMPARE(jump->userCooldownMs, 5000);
        QCOMPARE(jump->globalCooldownMs, 1000);

        const Action *move = c.action(u"move");
        QVERIFY(move);
        QVERIFY(!move->hasDefault); // choices only: "!move" alone does nothing
        QCOMPARE(move->choices.size(), 4);
        QCOMPARE(move->choice(u"left")->payload.steps[0].keys, (QList<ScanKey>{{0x1E, false}}));
        QCOMPARE(move->choice(u"left")->payload.steps[0].holdMs, 400);
        QCOMPARE(move->choice(u"back")->payload.steps[0].holdMs, 250);

        const Action *dance = c.action(u"dance");
        QVERIFY(dance);
        QCOMPARE(dance->payload.steps.size(), 2); // a sequence of two steps
        QCOMPARE(dance->payload.steps[1].keys, (QList<ScanKey>{{0x2A, false}, {0x03, false}}));
        QCOMPARE(dance->gapMs, 120);

        const Action *lights = c.action(u"lights");
        QVERIFY(lights);
        QCOMPARE(lights->kind, Action::Kind::Script);
        QCOMPARE(lights->script, u"lights.ps1"_s);
        QCOMPARE(lights->timeoutMs, 5000);
        QCOMPARE(lights->permission, Permission::Vip);
        QCOMPARE(lights->choice(u"red")->payload.args, QStringList{u"Red"_s});
        QVERIFY(!lights->hasDefault);
    }

    void roundTripsThroughJson()
    {
        const Result<BridgeConfig> r = loadBridgeConfig(dataDir() + u"/fallguys.json"_s);
        QVERIFY(r.ok());
        const QByteArray json = bridgeConfigToJson(r.value(), dataDir());
        const Result<BridgeConfig> again = parseBridgeConfig(json, dataDir());
        QVERIFY2(again.ok(), qPrintable(again.error()));
        QCOMPARE(again.value(), r.value());
    }

    // Found by fuzz_bridge: choices spelt with capitals ("Red" sorts before "blue" among the
    // file's keys) came back in another order after saving, so the editor's save changed them.
    void choicesSpeltWithCapitalsRoundTrip()
    {
        const Result<BridgeConfig> r = parseBridgeConfig(
            oneAction(R"("choices": {"Red": ["R"], "blue": ["B"], "Green": ["G"]})"), m_dir.path());
        QVERIFY2(r.ok(), qPrintable(r.error()));
        QStringList words;
        for (const ActionChoice &c : r->actions[0].choices)
            words << c.word;
        QCOMPARE(words, (QStringList{u"blue"_s, u"green"_s, u"red"_s}));
        const Result<BridgeConfig> again
            = parseBridgeConfig(bridgeConfigToJson(r.value(), m_dir.path()), m_dir.path());
        QVERIFY2(again.ok(), qPrintable(again.error()));
        QCOMPARE(again.value(), r.value());
    }

    void missingPartsHaveSafeDefaults()
    {
        const Result<BridgeConfig> r = parseBridgeConfig("{}", m_dir.path());
        QVERIFY(r.ok());
        QVERIFY(!r->enabled); // the bridge is off until the streamer turns it on
        QVERIFY(r->actions.isEmpty());
        const Result<BridgeConfig> a = parseBridgeConfig(oneAction({}), m_dir.path());
        QVERIFY2(a.ok(), qPrintable(a.error()));
        QCOMPARE(a->actions[0].permission, Permission::Everyone);
        QCOMPARE(a->actions[0].payload.steps[0].holdMs, 100);
    }

    void keyNames()
    {
        QCOMPARE(scanKeyForName(u"Space"), std::optional<ScanKey>(ScanKey{0x39, false}));
        QCOMPARE(scanKeyForName(u"space"), std::optional<ScanKey>(ScanKey{0x39, false}));
        QCOMPARE(scanKeyForName(u"Up"), std::optional<ScanKey>(ScanKey{0x48, true}));
        QCOMPARE(scanKeyForName(u"RCtrl"), std::optional<ScanKey>(ScanKey{0x1D, true}));
        QCOMPARE(scanKeyForName(u"F24"), std::optional<ScanKey>(ScanKey{0x76, false}));
        QVERIFY(!scanKeyForName(u"Spcae"));
        QVERIFY(!scanKeyForName(u"Ｓｐａｃｅ"));
        QVERIFY(knownKeyNames().contains(u"Numpad5"_s));
    }

    void badInputGivesAClearError_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected"); // part of the message

        QTest::newRow("not json") << QByteArray("{\n  \"enabled\": tru\n}")
                                  << u"not valid JSON at line"_s;
        QTest::newRow("empty file") << QByteArray() << u"JSON"_s;
        QTest::newRow("array") << QByteArray("[]") << u"one JSON object"_s;
        QTest::newRow("not utf-8") << QByteArray("{\"x\": \"\xff\"}") << u"UTF-8"_s;
        QTest::newRow("unknown top key") << QByteArray(R"({"enabeld": true})") << u"enabeld"_s;
        QTest::newRow("enabled not bool")
            << QByteArray(R"({"enabled": "yes"})") << u"enabled: must be true or false"_s;
        QTest::newRow("bad mode") << QByteArray(R"({"mode": "chaos"})") << u"mode"_s;
        QTest::newRow("vote window 0") << QByteArray(R"({"voteSeconds": 0})") << u"voteSeconds"_s;
        QTest::newRow("rate cap 0")
            << QByteArray(R"({"rateCap": {"actions": 0}})") << u"rateCap.actions"_s;
        QTest::newRow("queue 0") << QByteArray(R"({"queueLimit": 0})") << u"queueLimit"_s;
        QTest::newRow("actions not list") << QByteArray(R"({"actions": {}})") << u"actions"_s;
        QTest::newRow("unknown key name")
            << oneAction(R"("holdMs": 50, "gapMs": 1)").replace("Space", "Spcae")
            << u"actions[0] (\"jump\").keys[0]: unknown key \"Spcae\""_s;
        QTest::newRow("hold too long") << oneAction(R"("holdMs": 60000)") << u"holdMs"_s;
        QTest::newRow("hold negative") << oneAction(R"("holdMs": -1)") << u"holdMs"_s;
        QTest::newRow("hold fraction") << oneAction(R"("holdMs": 1.5)") << u"whole number"_s;
        QTest::newRow("hold as text") << oneAction(R"("holdMs": "100")") << u"must be a number"_s;
        QTest::newRow("empty combo part")
            << oneAction({}).replace("\"Space\"", "\"Ctrl+\"") << u"missing around"_s;
        QTest::newRow("key twice in combo")
            << oneAction({}).replace("\"Space\"", "\"A+a\"") << u"twice"_s;
        QTest::newRow("too many keys at once")
            << oneAction({}).replace("\"Space\"", "\"A+B+C+D+E+F+G+H+I\"") << u"at most 8"_s;
        QByteArray many = "\"A\"";
        for (int i = 0; i < 40; ++i)
            many += ",\"A\"";
        QTest::newRow("too many steps") << oneAction({}).replace("\"Space\"", many) << u"1 to 32"_s;
        QTest::newRow("no kind") << QByteArray(
            R"({"actions": [{"id": "x", "keys": ["A"], "triggers": [{"command": "!x"}]}]})")
                                 << u"kind"_s;
        QTest::newRow("bad id") << oneAction({}).replace("\"jump\"", "\"ju mp\"") << u"id"_s;
        QTest::newRow("unknown action key")
            << oneAction(R"("cooldwn": {"user": 1})") << u"cooldwn"_s;
        QTest::newRow("no triggers")
            << QByteArray(R"({"actions": [{"id": "x", "kind": "keys", "keys": ["A"]}]})")
            << u"triggers"_s;
        QTest::newRow("empty triggers")
            << oneAction({}).replace(R"([{"command": "!jump"}])", "[]") << u"triggers"_s;
        QTest::newRow("command and reward in one") << oneAction({}).replace(
            R"({"command": "!jump"})", R"({"command": "!jump", "reward": "Jump"})")
                                                   << u"must be {\"command\""_s;
        QTest::newRow("command with space")
            << oneAction({}).replace("!jump", "!jump now") << u"one word"_s;
        QTest::newRow("reserved !stop")
            << oneAction({}).replace("!jump", "!STOP") << u"kept for moderators"_s;
        QTest::newRow("reserved !bridge")
            << oneAction({}).replace("!jump", "!bridge") << u"kept for moderators"_s;
        QTest::newRow("bad permission") << oneAction(R"("permission": "mods")") << u"permission"_s;
        QTest::newRow("negative cooldown")
            << oneAction(R"("cooldown": {"user": -5})") << u"cooldown.user"_s;
        QTest::newRow("unknown cooldown key")
            << oneAction(R"("cooldown": {"users": 5})") << u"users"_s;
        QTest::newRow("keys action without keys")
            << QByteArray(R"({"actions": [{"id": "x", "kind": "keys",
                             "triggers": [{"command": "!x"}]}]})")
            << u"needs \"keys\" or \"choices\""_s;
        QTest::newRow("script field on keys")
            << oneAction(R"("script": "lights.ps1")") << u"belongs to actions of kind \"script\""_s;
        QTest::newRow("duplicate id") << QByteArray(
            R"({"actions": [{"id": "a", "kind": "keys", "keys": ["A"], "triggers": [{"command": "!a"}]},
                            {"id": "a", "kind": "keys", "keys": ["B"], "triggers": [{"command": "!b"}]}]})")
                                      << u"used by two actions"_s;
        QTest::newRow("duplicate command") << QByteArray(
            R"({"actions": [{"id": "a", "kind": "keys", "keys": ["A"], "triggers": [{"command": "!a"}]},
                            {"id": "b", "kind": "keys", "keys": ["B"], "triggers": [{"command": "!A"}]}]})")
                                           << u"used by \"a\" already"_s;
        QTest::newRow("duplicate reward") << QByteArray(
            R"({"actions": [{"id": "a", "kind": "keys", "keys": ["A"], "triggers": [{"reward": "Go"}]},
                            {"id": "b", "kind": "keys", "keys": ["B"], "triggers": [{"reward": "go"}]}]})")
                                          << u"used by \"a\" already"_s;
        QTest::newRow("choice with space")
            << oneAction(R"("choices": {"go left": ["A"]})") << u"one word"_s;
        QTest::newRow("choice twice")
            << oneAction(R"("choices": {"Left": ["A"], "left": ["D"]})") << u"declared twice"_s;
        QTest::newRow("choice wrong type")
            << oneAction(R"("choices": {"left": "A"})") << u"must be a list of keys"_s;
        QTest::newRow("choice with control char")
            << oneAction("\"choices\": {\"le\\u0000ft\": [\"A\"]}") << u"control"_s;
        QTest::newRow("choice unknown key")
            << oneAction(R"("choices": {"left": {"keys": ["A"], "hold": 5}})") << u"hold"_s;

        const QByteArray script = R"({"actions": [{"id": "s", "kind": "script", "script": "%1",
                                       "triggers": [{"command": "!s"}]%2}]})";
        const auto withScript = [&](const char *name, const char *extra = "") {
            return QString::fromUtf8(script)
                .arg(QString::fromUtf8(name), QString::fromUtf8(extra))
                .toUtf8();
        };
        QTest::newRow("script missing") << withScript("nothere.ps1") << u"no script nothere.ps1"_s;
        QTest::newRow("script with folder")
            << withScript("../outside.ps1") << u"without a folder"_s;
        QTest::newRow("script backslash")
            << withScript("..\\\\outside.ps1") << u"without a folder"_s;
        QTest::newRow("script not ps1") << withScript("lights.bat") << u".ps1"_s;
        QTest::newRow("keys on script") << withScript("lights.ps1", R"(, "keys": ["A"])")
                                        << u"belongs to actions of kind \"keys\""_s;
        QTest::newRow("script arg too long") << withScript(
            "lights.ps1", QByteArray(", \"args\": [\"" + QByteArray(300, 'x') + "\"]").constData())
                                             << u"args[0]"_s;
        QTest::newRow("script arg newline")
            << withScript("lights.ps1", R"(, "args": ["a\nb"])") << u"control"_s;
        QTest::newRow("script arg rtl override")
            << withScript("lights.ps1", R"(, "args": ["\u202Eabc"])") << u"invisible"_s;
        QTest::newRow("too many args") << withScript(
            "lights.ps1",
            R"(, "args": ["1","2","3","4","5","6","7","8","9","10","11","12","13","14","15","16","17"])")
                                       << u"args"_s;
    }
    void badInputGivesAClearError()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        const Result<BridgeConfig> r = parseBridgeConfig(json, m_dir.path());
        QVERIFY2(!r.ok(), json.constData());
        QVERIFY2(r.error().contains(expected), qPrintable(r.error()));

        // Through the file: the message names the file and says that nothing is armed.
        const QString path = m_dir.filePath(u"bad.json"_s);
        QVERIFY(writeFile(path, json));
        const Result<BridgeConfig> f = loadBridgeConfig(path);
        QVERIFY(!f.ok());
        QVERIFY2(f.error().contains(QDir::toNativeSeparators(path)), qPrintable(f.error()));
        QVERIFY2(f.error().contains(u"stays off"_s), qPrintable(f.error()));
    }

    void scriptLinkOutOfTheFolderIsRefused()
    {
#ifdef Q_OS_UNIX
        const QString link = m_dir.filePath(u"bridge-scripts/escape.ps1"_s);
        QVERIFY(QFile::link(m_dir.filePath(u"outside.ps1"_s), link));
        const Result<BridgeConfig> r = parseBridgeConfig(
            R"({"actions": [{"id": "s", "kind": "script", "script": "escape.ps1",
                             "triggers": [{"command": "!s"}]}]})",
            m_dir.path());
        QVERIFY(!r.ok());
        QVERIFY2(r.error().contains(u"not a link out of it"_s), qPrintable(r.error()));
        QFile::remove(link);
#else
        QSKIP("symbolic links need privileges on Windows");
#endif
    }

    void fileProblems()
    {
        const Result<BridgeConfig> missing = loadBridgeConfig(m_dir.filePath(u"none.json"_s));
        QVERIFY(!missing.ok());
        QVERIFY(missing.error().contains(u"does not exist"_s));
        const Result<BridgeConfig> folder = loadBridgeConfig(m_dir.path());
        QVERIFY(!folder.ok());
        const QString big = m_dir.filePath(u"big.json"_s);
        QVERIFY(writeFile(big, "{\"x\": \"" + QByteArray(2 * 1024 * 1024, 'a') + "\"}"));
        const Result<BridgeConfig> tooBig = loadBridgeConfig(big);
        QVERIFY(!tooBig.ok());
        QVERIFY2(tooBig.error().contains(u"1 MB"_s), qPrintable(tooBig.error()));
    }

    void pathNextToTheSettings()
    {
        QCOMPARE(bridgeConfigPathNextTo(u"/home/u/.config/chatvox/chatvox.ini"_s),
                 u"/home/u/.config/chatvox/bridge.json"_s);
    }
};

QTEST_GUILESS_MAIN(TestBridgeConfig)
#include "tst_bridgeconfig.moc"
