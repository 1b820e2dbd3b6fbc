#include "app/bridge.h"
#include "app/bridgeactionmodel.h"
#include "app/filewatch.h"
#include "app/pipeline.h"
#include "app/settings.h"
#include "core/clock.h"
#include "fakepowershell.h"
#include "injectioncorpus.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace chatvox;
using chatvox::test::FakePowerShell;

namespace {

const QByteArray kConfig = R"({
  "enabled": true,
  "rateCap": {"actions": 100, "seconds": 1},
  "queueLimit": 500,
  "actions": [
    {"id": "jump", "kind": "keys", "keys": ["Space"], "holdMs": 10,
     "triggers": [{"command": "!jump"}, {"reward": "Jump!"}]},
    {"id": "move", "kind": "keys", "holdMs": 10,
     "choices": {"left": ["A"], "right": ["D"]}, "triggers": [{"command": "!move"}]},
    {"id": "hold", "kind": "keys", "keys": ["Space"], "holdMs": 5000,
     "triggers": [{"command": "!hold"}]},
    {"id": "dive", "kind": "keys", "keys": ["Ctrl"], "holdMs": 10,
     "triggers": [{"command": "!dive"}], "permission": "subscriber"},
    {"id": "lights", "kind": "script", "script": "lights.ps1",
     "choices": {"red": ["Red"], "blue": ["Blue"]},
     "triggers": [{"command": "!lights"}, {"reward": "Lights"}]}
  ]
})";

ChatMessage chat(const QString &login, const QString &text, const QList<Badge> &badges = {})
{
    static int n = 0;
    ChatMessage m;
    m.id = u"m"_s + QString::number(++n);
    m.login = login;
    m.displayName = login;
    m.userId = u"uid-"_s + login;
    m.text = text;
    m.badges = badges;
    m.receivedNs = monotonicNs();
    return m;
}

const QList<Badge> kMod{{u"moderator"_s, u"1"_s}};
const QList<Badge> kSub{{u"subscriber"_s, u"3"_s}};

bool writeFile(const QString &path, const QByteArray &bytes, bool executable = false)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        return false;
    f.close();
    return !executable || f.setPermissions(f.permissions() | QFile::ExeOwner | QFile::ExeUser);
}

// Counts event-loop turns and the longest gap between them: a QTimer heartbeat.
class Heartbeat
{
public:
    Heartbeat()
    {
        m_timer.setInterval(10);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            m_longestGapMs = std::max(m_longestGapMs, m_sinceLast.restart());
            ++m_beats;
        });
        m_sinceLast.start();
        m_timer.start();
    }
    int beats() const { return m_beats; }
    qint64 longestGapMs() const
    {
        return std::max(m_longestGapMs, m_sinceLast.elapsed()); // a stall going on counts too
    }

private:
    QTimer m_timer;
    QElapsedTimer m_sinceLast;
    qint64 m_longestGapMs = 0;
    int m_beats = 0;
};

} // namespace

class TestBridge : public QObject
{
    Q_OBJECT
private:
    struct Rig
    {
        QTemporaryDir dir;
        FakePowerShell fake;
        std::unique_ptr<Bridge> bridge;
    };

    std::unique_ptr<Rig> makeRig(const QByteArray &config = kConfig)
    {
        auto rig = std::make_unique<Rig>();
        writeFile(rig->dir.filePath(u"bridge.json"_s), config);
        writeFile(rig->dir.filePath(u"bridge-scripts/lights.ps1"_s), "param($Color)\n");
        return rig;
    }

    void startRig(Rig &rig)
    {
        Bridge::Options o;
        o.configPath = rig.dir.filePath(u"bridge.json"_s);
        o.configExplicit = true;
        o.launch.powershellOverride = FakePowerShell::program();
        o.launch.stagingDir = rig.dir.filePath(u"staging"_s);
        o.launch.environment = rig.fake.environment();
        o.launch.wsl = WslEnvironment();
        o.timing.readyTimeoutMs = 5000;
        o.timing.firstRestartDelayMs = 20;
        o.timing.requestMarginMs = 500;
        rig.bridge = std::make_unique<Bridge>(o);
        QVERIFY2(rig.bridge->load(), qPrintable(rig.bridge->loadProblem()));
        rig.bridge->start();
    }

    // A WSL distro with Windows behind it, all fake: the tree below `root` stands for /, with
    // interop on, the stand-in as powershell.exe at its fixed place under /mnt/c, a wslpath for
    // this tree, and a cmd.exe that answers %LOCALAPPDATA% after `cmdBody` (shell) has run.
    // Every start of cmd.exe appends its pid to <root>/cmd-runs.
    struct WslRig
    {
        QTemporaryDir root;
        FakePowerShell fake;
        std::unique_ptr<Bridge> bridge;
        QString at(const QString &abs) const { return root.path() + abs; }
        QString windowsFolder() const
        {
            return at(u"/mnt/c/Users/tester/AppData/Local/chatvox/bridge"_s);
        }
        QStringList cmdRuns() const
        {
            QFile f(at(u"/cmd-runs"_s));
            return f.open(QIODevice::ReadOnly)
                ? QString::fromUtf8(f.readAll()).split(u'\n', Qt::SkipEmptyParts)
                : QStringList();
        }
    };

    std::unique_ptr<WslRig> makeWslRig(const QByteArray &cmdBody,
                                       const QByteArray &config = kConfig)
    {
        auto rig = std::make_unique<WslRig>();
        const QString root = rig->root.path();
        writeFile(rig->at(u"/proc/sys/fs/binfmt_misc/WSLInterop"_s), "enabled\n");
        const QString ps
            = rig->at(u"/mnt/c/Windows/System32/WindowsPowerShell/v1.0/powershell.exe"_s);
        QDir().mkpath(QFileInfo(ps).absolutePath());
        QFile::link(FakePowerShell::program(), ps);
        QDir().mkpath(rig->at(u"/mnt/c/Users/tester/AppData/Local"_s));
        QDir().mkpath(rig->at(u"/mnt/c/Users/Public"_s));
        writeFile(rig->at(u"/bin/cmd.exe"_s),
                  "#!/bin/sh\necho $$ >> '" + rig->at(u"/cmd-runs"_s).toUtf8() + "'\n" + cmdBody
                      + "\nprintf 'C:\\\\Users\\\\tester\\\\AppData\\\\Local\\r\\n'\n",
                  true);
        writeFile(rig->at(u"/bin/wslpath"_s),
                  "#!/bin/sh\n[ \"$1\" = -w ] || exit 1\nprintf '%s\\n' \"$2\" | sed -e 's|^"
                      + root.toUtf8() + "/mnt/c/|C:\\\\|' -e 's|/|\\\\|g'\n",
                  true);
        writeFile(rig->at(u"/home/me/bridge.json"_s), config);
        writeFile(rig->at(u"/home/me/bridge-scripts/lights.ps1"_s), "param($Color)\n");
        writeFile(rig->at(u"/home/me/bridge-scripts/fog.ps1"_s), "param($Amount)\n");
        return rig;
    }

    static Bridge::Options wslOptions(const WslRig &rig)
    {
        Bridge::Options o;
        o.configPath = rig.at(u"/home/me/bridge.json"_s);
        o.configExplicit = true;
        QProcessEnvironment env = rig.fake.environment();
        env.insert(u"WSL_DISTRO_NAME"_s, u"Ubuntu"_s);
        env.insert(u"PATH"_s, u"/usr/bin:/bin"_s);
        o.launch.environment = env;
        o.launch.wsl = detectWsl(rig.root.path(), env);
        o.launch.cmdExe = rig.at(u"/bin/cmd.exe"_s);
        o.launch.wslpathProgram = rig.at(u"/bin/wslpath"_s);
        o.timing.readyTimeoutMs = 5000;
        o.timing.firstRestartDelayMs = 20;
        o.timing.requestMarginMs = 500;
        return o;
    }

    static bool waitIdle(Bridge &bridge, int timeoutMs = 10000)
    {
        if (bridge.isIdle())
            return true;
        QSignalSpy idle(&bridge, &Bridge::idle);
        return idle.wait(timeoutMs) || bridge.isIdle();
    }

    static QStringList reasons(const Bridge &bridge)
    {
        QStringList out;
        for (int i = 0; i < bridge.activity()->rowCount(); ++i)
            out << bridge.activity()->entry(i).reason;
        return out;
    }

private slots:
    void injectionCorpusNeverReachesPowerShell()
    {
        auto rig = makeRig();
        startRig(*rig);
        Bridge &bridge = *rig->bridge;
        QSignalSpy fired(&bridge, &Bridge::actionFired);
        QSignalSpy finished(&bridge, &Bridge::actionFinished);

        const QStringList payloads = test::injectionPayloads();
        int n = 0;
        for (const QString &payload : payloads) {
            // Each viewer once per form, so no cooldown hides anything.
            const auto viewer = [&]() -> QString { return u"viewer"_s + QString::number(++n); };
            bridge.handleChatMessage(chat(viewer(), payload));
            bridge.handleChatMessage(chat(viewer(), u"!move "_s + payload));
            bridge.handleChatMessage(chat(viewer(), u"!lights "_s + payload));
            bridge.handleChatMessage(chat(viewer(), u"!move left "_s + payload));
            bridge.handleChatMessage(chat(viewer(), u"!jump "_s + payload));
            Redemption r;
            r.id = u"r"_s + QString::number(n);
            r.userLogin = viewer();
            r.userId = r.userLogin;
            r.rewardTitle = u"Lights"_s;
            r.userInput = payload;
            r.status = u"unfulfilled"_s;
            bridge.handleRedemption(r);
        }
        bridge.handleChatMessage(chat(u"viewer0"_s, u"!move"_s));
        QVERIFY(waitIdle(bridge));

        // Only declared choices (and defaults) fired: "!move left <payload>" and "!jump
        // <payload>" for every payload, nothing from the payload's own words.
        QList<std::pair<QString, QString>> actions;
        for (const QList<QVariant> &args : std::as_const(fired)) {
            const auto a = args.at(0).value<TriggeredAction>();
            actions.append({a.actionId, a.choice});
            QVERIFY2((a.actionId == u"move" && a.choice == u"left")
                         || (a.actionId == u"jump" && a.choice.isEmpty()),
                     qPrintable(a.actionId + u' ' + a.choice));
        }
        // "!move <payload>" fires too when the payload's first word is "left" itself.
        const qsizetype leftFirst
            = std::count_if(payloads.begin(), payloads.end(), [](const QString &p) {
                  return p.split(QRegularExpression(u"\\s+"_s), Qt::SkipEmptyParts).value(0)
                      == u"left";
              });
        QCOMPARE(leftFirst, 2);
        QCOMPARE(actions.count({u"move"_s, u"left"_s}), payloads.size() + leftFirst);
        QCOMPARE(actions.count({u"jump"_s, QString()}), payloads.size());
        QCOMPARE(finished.size(), fired.size());
        for (const QList<QVariant> &args : std::as_const(finished))
            QVERIFY2(args.at(1).toBool(), qPrintable(args.at(2).toString()));

        // Byte for byte: what PowerShell got is resolved data, nothing of the viewers'.
        const QByteArray received = rig->fake.received();
        QVERIFY(!received.isEmpty());
        for (const QString &payload : payloads) {
            QVERIFY(!received.contains(payload.toUtf8()));
            for (const QString &word : payload.split(u' ', Qt::SkipEmptyParts)) {
                if (word.size() >= 4)
                    QVERIFY2(!received.contains(word.toUtf8()), qPrintable(word.left(40)));
            }
        }
        for (const char *needle : {"PWN", "\xef\xbc\xb0", "Encoded", "Invoke", "calc", "$", "`",
                                   ";", "|", "&", "%", "\\u0000", "\\r", "\\n", "\xe2\x80\xae"})
            QVERIFY2(!received.contains(needle), needle);
        // Every line is one of the two requests these actions resolve to.
        const QByteArray space = R"(,"steps":[{"holdMs":10,"keys":[{"ext":false,"scan":57}]}]})";
        const QByteArray a = R"(,"steps":[{"holdMs":10,"keys":[{"ext":false,"scan":30}]}]})";
        int lines = 0;
        for (const QByteArray &line : received.split('\n')) {
            if (line.isEmpty())
                continue;
            ++lines;
            QVERIFY2(line.startsWith(R"({"gapMs":30,"op":"keys","seq":)"), line.constData());
            QVERIFY2(line.endsWith(space) || line.endsWith(a), line.constData());
        }
        QCOMPARE(lines, fired.size());
        // The command line is the fixed one, with no viewer text either.
        const QList<QJsonObject> starts = rig->fake.starts();
        QCOMPARE(starts.size(), 1);
        QCOMPARE(starts[0].value(u"argv").toArray().size(), 10);
        // Refusals are in the activity, with declared words only.
        QVERIFY(reasons(bridge).contains(u"unknown_choice"_s));
        QVERIFY(reasons(bridge).contains(u"choice_required"_s));
        for (int i = 0; i < bridge.activity()->rowCount(); ++i) {
            const BridgeActivity &e = bridge.activity()->entry(i);
            QVERIFY(e.choice.isEmpty() || e.choice == u"left");
            QVERIFY2(!e.text.contains(u"PWN"_s), qPrintable(e.text));
        }
    }

    void scriptActionsRunOnlyWithTheirFixedArguments()
    {
        auto rig = makeRig();
        startRig(*rig);
        Bridge &bridge = *rig->bridge;
        QSignalSpy finished(&bridge, &Bridge::actionFinished);
        bridge.handleChatMessage(chat(u"a"_s, u"!lights BLUE; rm -rf /"_s)); // not a choice
        bridge.handleChatMessage(chat(u"b"_s, u"!lights BLUE rm -rf /"_s));
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.size(), 1);
        const QList<QJsonObject> sent = rig->fake.requests();
        QCOMPARE(sent.size(), 1);
        QCOMPARE(sent[0].value(u"op").toString(), u"script"_s);
        QCOMPARE(sent[0].value(u"args").toArray(), QJsonArray{u"Blue"_s});
        QCOMPARE(sent[0].value(u"path").toString(),
                 QDir::toNativeSeparators(QDir::cleanPath(rig->dir.filePath(u"bridge-scripts"_s)))
                     + QDir::separator() + u"lights.ps1"_s);
        QVERIFY(!rig->fake.received().contains("rm"));
    }

    void permissionsAndActivity()
    {
        auto rig = makeRig();
        startRig(*rig);
        Bridge &bridge = *rig->bridge;
        QSignalSpy activity(&bridge, &Bridge::activityAdded);
        QSignalSpy finished(&bridge, &Bridge::actionFinished);
        bridge.handleChatMessage(chat(u"viewer"_s, u"!dive"_s));
        QCOMPARE(reasons(bridge).constLast(), u"permission"_s);
        bridge.handleChatMessage(chat(u"sub"_s, u"!dive"_s, kSub));
        QVERIFY(finished.wait(10000));
        QVERIFY(finished[0][1].toBool());
        QCOMPARE(finished[0][0].value<TriggeredAction>().login, u"sub"_s);
        QCOMPARE(rig->fake.requests().size(), 1);
        // The feed says who did what, for a list view.
        const BridgeActivityModel *model = bridge.activity();
        QVERIFY(model->rowCount() >= 3);
        const QModelIndex first = model->index(0);
        QCOMPARE(model->data(first, BridgeActivityModel::KindRole).toString(), u"rejected"_s);
        QCOMPARE(model->data(first, BridgeActivityModel::LoginRole).toString(), u"viewer"_s);
        QCOMPARE(model->data(first, BridgeActivityModel::ActionRole).toString(), u"dive"_s);
        QVERIFY(!model->data(first, Qt::DisplayRole).toString().isEmpty());
        const QModelIndex last = model->index(model->rowCount() - 1);
        QCOMPARE(model->data(last, BridgeActivityModel::KindRole).toString(), u"done"_s);
        // The action table for the panel.
        QCOMPARE(bridge.actions()->rowCount(), 5);
        QCOMPARE(bridge.actions()
                     ->data(bridge.actions()->index(0, BridgeActionModel::IdColumn))
                     .toString(),
                 u"jump"_s);
        QCOMPARE(bridge.actions()
                     ->data(bridge.actions()->index(0, BridgeActionModel::DoesColumn))
                     .toString(),
                 u"Space (10 ms)"_s);
    }

    void killSwitchStopsAtOnceReleasesKeysAndStaysDisarmed()
    {
        auto rig = makeRig();
        startRig(*rig);
        Bridge &bridge = *rig->bridge;
        QSignalSpy diagnostics(bridge.host(), &PowerShellHost::diagnostic);
        QSignalSpy finished(&bridge, &Bridge::actionFinished);
        QSignalSpy armed(&bridge, &Bridge::armedChanged);
        bridge.handleChatMessage(chat(u"a"_s, u"!hold"_s)); // Space for 5 s
        QVERIFY(diagnostics.wait(10000));
        QVERIFY(diagnostics.last().at(0).toString().startsWith(u"stand-in: holding 57"_s));
        QVERIFY(bridge.host()->isRunning());

        QElapsedTimer t;
        t.start();
        bridge.engageKillSwitch();
        const qint64 tookMs = t.elapsed();
        qInfo("kill switch: the host was gone %lld ms after the call", tookMs);
        QVERIFY2(tookMs < 100, qPrintable(QString::number(tookMs)));
        QCOMPARE(finished.size(), 1);
        QVERIFY(!finished[0][1].toBool()); // the running action was stopped, visibly
        QVERIFY(!bridge.isArmed());
        QVERIFY(bridge.isKillSwitchLatched());
        QCOMPARE(armed.size(), 1);
        QCOMPARE(armed[0][0].toBool(), false);
        QCOMPARE(reasons(bridge).constLast(), u"kill_switch"_s);

        // A short-lived host releases Space, then stops.
        QTRY_COMPARE_WITH_TIMEOUT(rig->fake.starts().size(), 2, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(rig->fake.requests().size() == 2, 10000);
        const QJsonObject release = rig->fake.requests().constLast();
        QCOMPARE(release.value(u"op").toString(), u"release"_s);
        QCOMPARE(release.value(u"keys").toArray().at(0).toObject().value(u"scan").toInt(), 57);
        QTRY_VERIFY_WITH_TIMEOUT(!bridge.host()->isRunning(), 10000);

        // Disarmed it stays: viewers and moderators cannot bring it back.
        bridge.handleChatMessage(chat(u"b"_s, u"!jump"_s));
        QCOMPARE(reasons(bridge).constLast(), u"disarmed"_s);
        bridge.handleChatMessage(chat(u"mod"_s, u"!bridge on"_s, kMod));
        QCOMPARE(reasons(bridge).constLast(), u"kill_switch_latched"_s);
        QVERIFY(!bridge.isArmed());
        QCOMPARE(rig->fake.requests().size(), 2);
        QVERIFY(!bridge.host()->isRunning());

        // The streamer arms it again.
        bridge.setArmed(true);
        QVERIFY(bridge.isArmed());
        QVERIFY(!bridge.isKillSwitchLatched());
        bridge.handleChatMessage(chat(u"c"_s, u"!jump"_s));
        QVERIFY(finished.wait(10000));
        QVERIFY(finished.last().at(1).toBool());
        QCOMPARE(rig->fake.requests().constLast().value(u"op").toString(), u"keys"_s);
        bridge.engageKillSwitch();
        bridge.engageKillSwitch(); // twice: nothing more happens
        QCOMPARE(reasons(bridge).count(u"kill_switch"_s), 2);
    }

    void moderatorsStopIsTheAppsKillSwitch()
    {
        auto rig = makeRig();
        startRig(*rig);
        Bridge &bridge = *rig->bridge;
        QTemporaryDir settingsDir;
        Settings settings(settingsDir.filePath(u"chatvox.ini"_s));
        Pipeline pipeline(&settings);
        pipeline.setBridge(&bridge);
        QSignalSpy engaged(&pipeline, &Pipeline::killSwitchEngaged);
        QSignalSpy requested(&bridge, &Bridge::killSwitchRequested);

        bridge.handleChatMessage(chat(u"viewer"_s, u"!stop"_s));
        QCOMPARE(engaged.size(), 0);
        QVERIFY(bridge.isArmed());
        bridge.handleChatMessage(chat(u"mod"_s, u"!stop"_s, kMod));
        QCOMPARE(requested.size(), 1);
        QCOMPARE(engaged.size(), 1); // Pipeline::engageKillSwitch() ran
        QVERIFY(!bridge.isArmed());
        QVERIFY(!bridge.host()->isRunning());
        QCOMPARE(reasons(bridge).count(u"kill_switch"_s), 1);

        // And the tray's kill switch (the pipeline's) disarms the bridge.
        bridge.setArmed(true);
        QVERIFY(bridge.isArmed());
        pipeline.engageKillSwitch();
        QVERIFY(!bridge.isArmed());
        QVERIFY(bridge.isKillSwitchLatched());
    }

    void pipelineRedemptionsReachTheBridge()
    {
        // EventSub's redemptions come out of the pipeline (Pipeline::redemption).
        auto rig = makeRig();
        startRig(*rig);
        Bridge &bridge = *rig->bridge;
        QTemporaryDir settingsDir;
        Settings settings(settingsDir.filePath(u"chatvox.ini"_s));
        Pipeline pipeline(&settings);
        pipeline.setBridge(&bridge);
        QSignalSpy finished(&bridge, &Bridge::actionFinished);
        Redemption r;
        r.id = u"red-9"_s;
        r.userLogin = u"fan"_s;
        r.userId = u"9"_s;
        r.rewardTitle = u"Lights"_s;
        r.userInput = u"blue"_s;
        r.status = u"unfulfilled"_s;
        emit pipeline.redemption(r);
        QVERIFY(finished.wait(10000));
        QVERIFY(finished[0][1].toBool());
        QCOMPARE(rig->fake.requests().constLast().value(u"args").toArray(), QJsonArray{u"Blue"_s});
    }

    void crashMidActionFailsItVisiblyAndTheNextOneRuns()
    {
        auto rig = makeRig();
        rig->fake.set("CRASH_AT", u"1"_s);
        rig->fake.misbehaveOnce();
        startRig(*rig);
        Bridge &bridge = *rig->bridge;
        QSignalSpy finished(&bridge, &Bridge::actionFinished);
        bridge.handleChatMessage(chat(u"a"_s, u"!jump"_s));
        QVERIFY(finished.wait(10000));
        QVERIFY(!finished[0][1].toBool());
        QVERIFY(reasons(bridge).contains(u"host"_s));
        bridge.handleChatMessage(chat(u"b"_s, u"!move right"_s));
        QVERIFY(finished.wait(10000));
        QVERIFY(finished[1][1].toBool());
        QCOMPARE(rig->fake.starts().size(), 2);
    }

    void hangMidActionRestartsTheHost()
    {
        auto rig = makeRig();
        rig->fake.set("HANG_AT", u"1"_s);
        rig->fake.misbehaveOnce();
        startRig(*rig);
        Bridge &bridge = *rig->bridge;
        QSignalSpy finished(&bridge, &Bridge::actionFinished);
        bridge.handleChatMessage(chat(u"a"_s, u"!jump"_s));
        bridge.handleChatMessage(chat(u"b"_s, u"!move left"_s)); // waits behind it
        QVERIFY(finished.wait(10000));
        QVERIFY(!finished[0][1].toBool());
        QVERIFY2(finished[0][2].toString().contains(u"in time"_s),
                 qPrintable(finished[0][2].toString()));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 10000);
        QVERIFY(finished[1][1].toBool()); // ran on the restarted host
        QCOMPARE(rig->fake.starts().size(), 2);
    }

    void redemptionsTriggerActions()
    {
        auto rig = makeRig();
        startRig(*rig);
        Bridge &bridge = *rig->bridge;
        QSignalSpy finished(&bridge, &Bridge::actionFinished);
        QSignalSpy decisions(&bridge, &Bridge::decision);
        Redemption r;
        r.id = u"redemption-1"_s;
        r.userLogin = u"fan"_s;
        r.userId = u"42"_s;
        r.rewardId = u"abc"_s;
        r.rewardTitle = u"Jump!"_s;
        r.status = u"unfulfilled"_s;
        r.receivedNs = monotonicNs();
        bridge.handleRedemption(r);
        bridge.handleRedemption(r); // EventSub repeats: runs once
        QVERIFY(finished.wait(10000));
        QVERIFY(finished[0][1].toBool());
        QCOMPARE(decisions.size(), 1);
        QCOMPARE(
            decisions[0][0].toByteArray(),
            QByteArray(
                R"({"event":"action","id":"redemption-1","user":"fan","action":"jump","choice":null})"));
        QVERIFY(reasons(bridge).contains(u"duplicate"_s));
    }

    void testRunWorksWhileDisarmed()
    {
        auto rig = makeRig();
        startRig(*rig);
        Bridge &bridge = *rig->bridge;
        bridge.engageKillSwitch();
        QSignalSpy finished(&bridge, &Bridge::actionFinished);
        QVERIFY(bridge.testAction(u"move"_s, u"Right"_s));
        QVERIFY(finished.wait(10000));
        QVERIFY(finished[0][1].toBool());
        QCOMPARE(rig->fake.requests()
                     .constLast()
                     .value(u"steps")
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(u"keys")
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(u"scan")
                     .toInt(),
                 0x20);
        QVERIFY(!bridge.isArmed()); // testing does not arm
        QVERIFY(!bridge.testAction(u"move"_s, u"up"_s));
        QVERIFY(!bridge.testAction(u"nope"_s));
        QCOMPARE(reasons(bridge).constLast(), u"unknown_action"_s);
    }

    void democracyLive()
    {
        QByteArray config = kConfig;
        config.replace("\"enabled\": true,",
                       "\"enabled\": true, \"mode\": \"democracy\", "
                       "\"voteSeconds\": 1,");
        auto rig = makeRig(config);
        startRig(*rig);
        Bridge &bridge = *rig->bridge;
        QCOMPARE(bridge.mode(), Bridge::Mode::Democracy);
        QSignalSpy fired(&bridge, &Bridge::actionFired);
        bridge.handleChatMessage(chat(u"a"_s, u"!move left"_s));
        bridge.handleChatMessage(chat(u"b"_s, u"!move right"_s));
        bridge.handleChatMessage(chat(u"c"_s, u"!move right"_s));
        QCOMPARE(fired.size(), 0);
        QVERIFY(fired.wait(5000)); // the window closes by itself
        QCOMPARE(fired.size(), 1);
        const auto winner = fired[0][0].value<TriggeredAction>();
        QCOMPARE(winner.choice, u"right"_s);
        QCOMPARE(winner.votes, 2);
        QVERIFY(waitIdle(bridge));
        bridge.setMode(Bridge::Mode::Anarchy);
        bridge.handleChatMessage(chat(u"d"_s, u"!move left"_s));
        QCOMPARE(fired.size(), 2);
    }

    void badFileArmsNothing()
    {
        auto rig = makeRig(R"({"enabled": true, "actions": [{"id": "jump", "kind": "keys",
                               "keys": ["Spcae"], "triggers": [{"command": "!jump"}]}]})");
        Bridge::Options o;
        o.configPath = rig->dir.filePath(u"bridge.json"_s);
        o.launch.powershellOverride = FakePowerShell::program();
        o.launch.stagingDir = rig->dir.filePath(u"staging"_s);
        o.launch.environment = rig->fake.environment();
        Bridge bridge(o);
        QVERIFY(!bridge.load());
        QVERIFY(bridge.loadProblem().contains(u"Spcae"_s));
        QVERIFY(!bridge.isEnabled());
        QVERIFY(!bridge.isArmed());
        bridge.start();
        bridge.setArmed(true); // cannot
        QVERIFY(!bridge.isArmed());
        QSignalSpy decisions(&bridge, &Bridge::decision);
        bridge.handleChatMessage(chat(u"a"_s, u"!jump"_s));
        QCOMPARE(decisions.size(), 0);
        QVERIFY(!bridge.host()->isRunning());
        QVERIFY(rig->fake.starts().isEmpty()); // PowerShell never started
        QVERIFY(bridge.statusText().contains(u"Spcae"_s));
    }

    void missingFileIsSimplyOff()
    {
        QTemporaryDir dir;
        Bridge::Options o;
        o.configPath = dir.filePath(u"bridge.json"_s);
        Bridge bridge(o);
        QVERIFY(bridge.load());
        QVERIFY(!bridge.isEnabled());
        QVERIFY(bridge.loadProblem().isEmpty());
        o.configExplicit = true; // but named on the command line, it must exist
        Bridge named(o);
        QVERIFY(!named.load());
        QVERIFY(named.loadProblem().contains(u"does not exist"_s));
    }

    // The Bridge panel's editor saves through saveConfig(): with a PowerShell that does not
    // leave when its input ends, the save must not wait for it (it used to, a second or two).
    void saveReturnsAtOnceWhileTheOldHostHangs()
    {
        auto rig = makeRig();
        rig->fake.set("IGNORE_EOF", u"1"_s);
        startRig(*rig);
        Bridge &bridge = *rig->bridge;
        QTRY_COMPARE_WITH_TIMEOUT(bridge.host()->state(), PowerShellHost::State::Ready, 10000);
        const qint64 oldPid = bridge.host()->processId();
        BridgeConfig c = bridge.config();
        c.actions.removeIf([](const Action &a) { return a.id == u"dive"; });

        QElapsedTimer t;
        t.start();
        QString error;
        QVERIFY2(bridge.saveConfig(c, &error), qPrintable(error));
        const qint64 tookMs = t.elapsed();
        qInfo("saveConfig with a host that ignores the end of its input: %lld ms", tookMs);
        QVERIFY2(tookMs < 300, qPrintable(QString::number(tookMs)));

        // The new host comes up while the old one winds down; the old one was told to end
        // (its input closed), and is killed after the grace period.
        QTRY_COMPARE_WITH_TIMEOUT(bridge.host()->state(), PowerShellHost::State::Ready, 10000);
        QCOMPARE(rig->fake.starts().size(), 2);
        QVERIFY(bridge.host()->processId() != oldPid);
        QTRY_VERIFY_WITH_TIMEOUT(!FakePowerShell::processExists(oldPid), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(bridge.host()->windingDown(), 0, 5000);
        QVERIFY(rig->fake.sawEvent(oldPid, u"end of input"_s));
        QSignalSpy finished(&bridge, &Bridge::actionFinished);
        bridge.handleChatMessage(chat(u"a"_s, u"!jump"_s));
        QVERIFY(finished.wait(10000));
        QVERIFY(finished[0][1].toBool());
    }

    // Quitting: stop() returns at once, and destroying the bridge (after the event loop) still
    // gives PowerShell its end of input, and leaves no process behind.
    void stopAndDestroyLeaveNoHostBehind()
    {
        auto rig = makeRig();
        startRig(*rig);
        QTRY_COMPARE_WITH_TIMEOUT(rig->bridge->host()->state(), PowerShellHost::State::Ready,
                                  10000);
        const qint64 pid = rig->bridge->host()->processId();
        QElapsedTimer t;
        t.start();
        rig->bridge->stop();
        QVERIFY2(t.elapsed() < 300, qPrintable(QString::number(t.elapsed())));
        rig->bridge.reset();
        QVERIFY(rig->fake.sawEvent(pid, u"end of input"_s)); // host.ps1 lets go of keys here
        QVERIFY(!FakePowerShell::processExists(pid));

        // The same with a host that ignores the end of its input: killed, not left running.
        auto hanging = makeRig();
        hanging->fake.set("IGNORE_EOF", u"1"_s);
        startRig(*hanging);
        QTRY_COMPARE_WITH_TIMEOUT(hanging->bridge->host()->state(), PowerShellHost::State::Ready,
                                  10000);
        const qint64 hangingPid = hanging->bridge->host()->processId();
        hanging->bridge->stop();
        t.restart();
        hanging->bridge.reset();
        qInfo("destroying the bridge with a hanging host: %lld ms", t.elapsed());
        QVERIFY(!FakePowerShell::processExists(hangingPid));
    }

    // From WSL, finding the Windows-side folder asks cmd.exe, which can be slow: the event loop
    // goes on meanwhile, the bridge says it is starting, and the answer is kept for later saves.
    void wslLaunchIsPreparedWithoutBlockingAndTheFolderIsRemembered()
    {
        auto rig = makeWslRig("sleep 1");
        rig->bridge = std::make_unique<Bridge>(wslOptions(*rig));
        Bridge &bridge = *rig->bridge;
        QVERIFY2(bridge.load(), qPrintable(bridge.loadProblem()));
        Heartbeat heartbeat;
        QElapsedTimer t;
        t.start();
        bridge.start();
        QVERIFY2(t.elapsed() < 300, qPrintable(QString::number(t.elapsed())));
        QVERIFY(bridge.isPreparingHost());
        QVERIFY2(bridge.statusText().contains(u"Starting PowerShell…"_s),
                 qPrintable(bridge.statusText()));
        // A command that comes meanwhile waits for the host, like it would for a slow start.
        QSignalSpy finished(&bridge, &Bridge::actionFinished);
        bridge.handleChatMessage(chat(u"early"_s, u"!jump"_s));
        QVERIFY(finished.wait(10000));
        QVERIFY2(finished[0][1].toBool(), qPrintable(finished[0][2].toString()));
        qInfo("event loop while cmd.exe took 1 s: %d beats, longest gap %lld ms", heartbeat.beats(),
              heartbeat.longestGapMs());
        QVERIFY(heartbeat.beats() >= 10);
        QVERIFY2(heartbeat.longestGapMs() < 500,
                 qPrintable(QString::number(heartbeat.longestGapMs())));
        QCOMPARE(bridge.host()->plan().workingDirectory, rig->windowsFolder());
        QCOMPARE(rig->cmdRuns().size(), 1);
        QCOMPARE(QDir(rig->fake.starts().at(0).value(u"cwd").toString()).canonicalPath(),
                 QDir(rig->windowsFolder()).canonicalPath());

        // A save plans again (the scripts may change) but does not ask Windows again.
        BridgeConfig c = bridge.config();
        c.actions.removeIf([](const Action &a) { return a.id == u"dive"; });
        QString error;
        QVERIFY2(bridge.saveConfig(c, &error), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(rig->fake.starts().size(), 2, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(bridge.host()->state(), PowerShellHost::State::Ready, 10000);
        QCOMPARE(rig->cmdRuns().size(), 1);
        QCOMPARE(bridge.host()->plan().workingDirectory, rig->windowsFolder());
    }

    // A cmd.exe that never answers: a fallback folder after the timeout, no frozen window; and
    // quitting while it hangs ends it rather than waiting for it or leaving it behind.
    void wslCmdExeThatHangsBlocksNothing()
    {
        auto rig = makeWslRig("exec sleep 30");
        Bridge::Options o = wslOptions(*rig);
        o.launch.windowsFolderTimeoutMs = 500;
        rig->bridge = std::make_unique<Bridge>(o);
        Bridge &bridge = *rig->bridge;
        QVERIFY(bridge.load());
        Heartbeat heartbeat;
        QElapsedTimer t;
        t.start();
        bridge.start();
        QVERIFY2(t.elapsed() < 300, qPrintable(QString::number(t.elapsed())));
        QTRY_COMPARE_WITH_TIMEOUT(bridge.host()->state(), PowerShellHost::State::Ready, 10000);
        QVERIFY2(heartbeat.longestGapMs() < 500,
                 qPrintable(QString::number(heartbeat.longestGapMs())));
        QCOMPARE(bridge.host()->plan().workingDirectory,
                 rig->at(u"/mnt/c/Users/Public/chatvox/bridge"_s));
        QCOMPARE(rig->cmdRuns().size(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(!FakePowerShell::processExists(rig->cmdRuns().at(0).toLongLong()),
                                 5000);

        auto quitting = makeWslRig("exec sleep 30");
        o = wslOptions(*quitting);
        o.launch.windowsFolderTimeoutMs = 30000;
        quitting->bridge = std::make_unique<Bridge>(o);
        QVERIFY(quitting->bridge->load());
        quitting->bridge->start();
        QTRY_COMPARE_WITH_TIMEOUT(quitting->cmdRuns().size(), 1, 5000);
        QVERIFY(quitting->bridge->isPreparingHost());
        t.restart();
        quitting->bridge.reset();
        qInfo("destroying the bridge while cmd.exe hangs: %lld ms", t.elapsed());
        QVERIFY2(t.elapsed() < 1000, qPrintable(QString::number(t.elapsed())));
        QVERIFY(!FakePowerShell::processExists(quitting->cmdRuns().at(0).toLongLong()));
        QVERIFY(quitting->fake.starts().isEmpty());
    }

    // Saves while the plan is still being prepared: only the newest plan starts a host.
    void reloadWhilePreparingStartsOnlyTheLatestPlan()
    {
        auto rig = makeWslRig("sleep 0.5");
        rig->bridge = std::make_unique<Bridge>(wslOptions(*rig));
        Bridge &bridge = *rig->bridge;
        QVERIFY(bridge.load());
        bridge.start();
        QVERIFY(bridge.isPreparingHost());
        QByteArray withFog = kConfig;
        withFog.replace(R"("actions": [)", R"("actions": [
    {"id": "fog", "kind": "script", "script": "fog.ps1", "args": ["Thick"],
     "triggers": [{"command": "!fog"}]},)");
        const Result<BridgeConfig> parsed
            = parseBridgeConfig(withFog, QFileInfo(bridge.configPath()).absolutePath());
        QVERIFY2(parsed, qPrintable(parsed.error()));
        BridgeConfig c = parsed.value();
        QString error;
        QVERIFY2(bridge.saveConfig(c, &error), qPrintable(error));
        QVERIFY(bridge.isPreparingHost());
        c.actions.removeIf([](const Action &a) { return a.id == u"lights"; });
        QVERIFY2(bridge.saveConfig(c, &error), qPrintable(error));
        QVERIFY(bridge.isPreparingHost());
        QTRY_COMPARE_WITH_TIMEOUT(bridge.host()->state(), PowerShellHost::State::Ready, 10000);
        QCOMPARE(rig->fake.starts().size(), 1);
        // The newest plan's allow-list is on the Windows side: fog.ps1, and lights.ps1 no more.
        QVERIFY(QFileInfo::exists(rig->windowsFolder() + u"/scripts/fog.ps1"_s));
        QVERIFY(!QFileInfo::exists(rig->windowsFolder() + u"/scripts/lights.ps1"_s));
        QSignalSpy finished(&bridge, &Bridge::actionFinished);
        bridge.handleChatMessage(chat(u"a"_s, u"!fog"_s));
        QVERIFY(finished.wait(10000));
        QVERIFY2(finished[0][1].toBool(), qPrintable(finished[0][2].toString()));
        QVERIFY(rig->fake.requests().constLast().value(u"path").toString().endsWith(
            u"\\scripts\\fog.ps1"_s));
        QCOMPARE(rig->fake.starts().size(), 1);
    }

    // The kill switch while the plan is prepared: no host starts from it.
    void killSwitchWhilePreparingStartsNothing()
    {
        auto rig = makeWslRig("sleep 0.5");
        rig->bridge = std::make_unique<Bridge>(wslOptions(*rig));
        Bridge &bridge = *rig->bridge;
        QVERIFY(bridge.load());
        bridge.start();
        QVERIFY(bridge.isPreparingHost());
        bridge.engageKillSwitch();
        QVERIFY(!bridge.isPreparingHost());
        QVERIFY(!bridge.isArmed());
        // A test run plans again, after the dropped plan: exactly one host, the test's.
        QSignalSpy finished(&bridge, &Bridge::actionFinished);
        QVERIFY(bridge.testAction(u"jump"_s));
        QVERIFY(finished.wait(10000));
        QVERIFY2(finished[0][1].toBool(), qPrintable(finished[0][2].toString()));
        QCOMPARE(rig->fake.starts().size(), 1);
        QVERIFY(!bridge.isArmed());
    }

    void saveConfigValidatesAndAppliesLive()
    {
        auto rig = makeRig();
        startRig(*rig);
        Bridge &bridge = *rig->bridge;
        BridgeConfig c = bridge.config();
        c.actions.removeIf([](const Action &a) { return a.id == u"dive"; });
        QSignalSpy changed(&bridge, &Bridge::configChanged);
        QString error;
        QVERIFY2(bridge.saveConfig(c, &error), qPrintable(error));
        QVERIFY(changed.size() >= 1);
        QCOMPARE(bridge.actions()->rowCount(), 4);
        QVERIFY(!bridge.config().action(u"dive"));
        const Result<BridgeConfig> reread = loadBridgeConfig(bridge.configPath());
        QVERIFY(reread.ok());
        QCOMPARE(reread->actions.size(), 4);
        // An invalid edit is refused and changes nothing.
        BridgeConfig bad = bridge.config();
        bad.actions[0].triggers[0].command = u"!stop"_s;
        QVERIFY(!bridge.saveConfig(bad, &error));
        QVERIFY2(error.contains(u"kept for moderators"_s), qPrintable(error));
        QCOMPARE(loadBridgeConfig(bridge.configPath())->actions.size(), 4);
    }

    // bridge.json changed from outside (an editor, a ConfigMap) while the bridge runs.
    void outsideEditsApplyLive()
    {
        auto rig = makeRig();
        startRig(*rig);
        Bridge &bridge = *rig->bridge;
        bridge.watchConfig();
        QVERIFY(bridge.isArmed());
        QSignalSpy failed(&bridge, &Bridge::reloadFailed);
        const QString path = bridge.configPath();
        auto replace = [&](const QByteArray &bytes) {
            QSaveFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bytes);
            QVERIFY(f.commit());
        };

        // An action added by hand works at once.
        QByteArray edited = kConfig;
        edited.replace("\"actions\": [",
                       "\"actions\": [\n    {\"id\": \"wave\", \"kind\": \"keys\", \"keys\": "
                       "[\"W\"], \"holdMs\": 10, \"triggers\": [{\"command\": \"!wave\"}]},");
        replace(edited);
        QTRY_VERIFY_WITH_TIMEOUT(bridge.config().action(u"wave"), 5000);
        QCOMPARE(bridge.actions()->rowCount(), 6);
        QVERIFY(bridge.isArmed());
        QSignalSpy fired(&bridge, &Bridge::actionFired);
        bridge.handleChatMessage(chat(u"a"_s, u"!wave"_s));
        QTRY_COMPARE_WITH_TIMEOUT(fired.size(), 1, 10000);
        QCOMPARE(fired[0][0].value<TriggeredAction>().actionId, u"wave"_s);

        // A broken edit keeps the actions in use, armed, and says why.
        const QByteArray broken = "{\"enabled\": true, \"actions\": [{\"id\": \"jump\", "
                                  "\"kind\": \"keys\", \"keys\": [\"Spcae\"], "
                                  "\"triggers\": [{\"command\": \"!jump\"}]}]}";
        replace(broken);
        QVERIFY(failed.wait(5000));
        const QString message = failed[0][0].toString();
        QVERIFY2(message.contains(u"Spcae"_s), qPrintable(message));
        QVERIFY2(message.contains(QDir::toNativeSeparators(path)), qPrintable(message));
        QVERIFY(bridge.loadProblem().isEmpty());
        QVERIFY(bridge.config().action(u"wave"));
        QCOMPARE(bridge.actions()->rowCount(), 6);
        QVERIFY(bridge.isArmed());
        bool shown = false; // in the panel's activity feed too
        for (int i = 0; i < bridge.activity()->rowCount(); ++i)
            shown |= bridge.activity()->entry(i).text == message;
        QVERIFY(shown);
        bridge.handleChatMessage(chat(u"b"_s, u"!wave"_s));
        QTRY_COMPARE_WITH_TIMEOUT(fired.size(), 2, 10000);

        // The fix applies; the kill switch engaged meanwhile stays engaged.
        bridge.engageKillSwitch();
        replace(kConfig);
        QTRY_VERIFY_WITH_TIMEOUT(!bridge.config().action(u"wave"), 5000);
        QCOMPARE(bridge.actions()->rowCount(), 5);
        QVERIFY(!bridge.isArmed());
        QVERIFY(bridge.isKillSwitchLatched());
        QCOMPARE(failed.size(), 1);

        // The Bridge panel's own save is no outside change: one reload, not two.
        QSignalSpy changed(&bridge, &Bridge::configChanged);
        BridgeConfig c = bridge.config();
        c.actions.removeIf([](const Action &a) { return a.id == u"dive"; });
        QString error;
        QVERIFY2(bridge.saveConfig(c, &error), qPrintable(error));
        const qsizetype afterSave = changed.size();
        QSignalSpy settled(bridge.configWatch(), &FileWatch::settled);
        QVERIFY(settled.wait(5000));
        QCOMPARE(changed.size(), afterSave);
    }
};

QTEST_GUILESS_MAIN(TestBridge)
#include "tst_bridge.moc"
