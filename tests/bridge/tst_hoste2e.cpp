// The bridge end to end with the real host: the app's Bridge starts real PowerShell 7 (pwsh, as
// `dotnet tool install PowerShell` gives it; scripts/dev test installs it) on the real host.ps1
// (the one compiled into ChatVox), through --powershell. Only Windows' SendInput is replaced, by
// host.ps1's key recorder (CHATVOX_HOST_KEY_RECORD, set here in the host's environment): every
// key-down and key-up lands in a file with its time, so the test reads the scan codes, their
// order and hold times. Scripts are real .ps1 files run by host.ps1. Hangs are real (SIGSTOP),
// crashes are real (a script kills its own host). One Bridge, and as few host starts as the cases
// allow: pwsh takes a second or more to start on a busy machine.
//
// Without pwsh the test exits with 77, which ctest counts as skipped.
#include "app/bridge.h"
#include "bridge/keycodes.h"
#include "core/clock.h"
#include "injectioncorpus.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

#ifdef Q_OS_UNIX
#    include <signal.h>
#endif

using namespace Qt::StringLiterals;
using namespace chatvox;

namespace {

// pwsh: $CHATVOX_PWSH, then PATH, then where `dotnet tool install --global` puts it.
QString findPwsh()
{
    const QString given = qEnvironmentVariable("CHATVOX_PWSH");
    if (!given.isEmpty())
        return QFileInfo(given).isExecutable() ? given : QString();
    const QString onPath = QStandardPaths::findExecutable(u"pwsh"_s);
    if (!onPath.isEmpty())
        return onPath;
    const QString tool = QDir::homePath() + u"/.dotnet/tools/pwsh"_s;
    return QFileInfo(tool).isExecutable() ? tool : QString();
}

// The .NET tool's pwsh is a launcher that runs `dotnet pwsh.dll` as a child process; signals
// (the hang) and kills would reach the launcher only. Then the test starts pwsh.dll the way the
// launcher does, with exec, so that the host is one process. Empty if there is no pwsh.dll.
QString singleProcessPwsh(const QString &pwsh, const QString &dir)
{
    const QString store = QFileInfo(pwsh).absolutePath() + u"/.store/powershell"_s;
    if (!QFileInfo(store).isDir())
        return pwsh; // a pwsh of its own (a package, a tarball)
    QDirIterator it(store, {u"pwsh.dll"_s}, QDir::Files, QDirIterator::Subdirectories);
    QString dll;
    while (it.hasNext()) {
        const QString path = it.next();
        if (path.contains(u"/unix/"_s))
            dll = path;
    }
    const QString dotnet = QStandardPaths::findExecutable(u"dotnet"_s);
    if (dll.isEmpty() || dotnet.isEmpty())
        return {};
    const QString wrapper = dir + u"/pwsh"_s;
    QFile f(wrapper);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write("#!/bin/sh\nexec '" + dotnet.toUtf8() + "' '" + dll.toUtf8() + "' \"$@\"\n");
    f.close();
    f.setPermissions(f.permissions() | QFile::ExeOwner | QFile::ExeUser);
    return wrapper;
}

const QByteArray kConfig = R"json({
  "enabled": true,
  "rateCap": {"actions": 100, "seconds": 1},
  "queueLimit": 500,
  "actions": [
    {"id": "jump", "kind": "keys", "keys": ["Space"], "holdMs": 100,
     "triggers": [{"command": "!jump"}]},
    {"id": "combo", "kind": "keys", "keys": ["LCtrl+LShift+Up"], "holdMs": 150,
     "triggers": [{"command": "!combo"}]},
    {"id": "dance", "kind": "keys", "keys": ["1", "Shift+2", "Numpad5"], "holdMs": 60,
     "gapMs": 120, "triggers": [{"command": "!dance"}]},
    {"id": "run", "kind": "keys", "keys": ["W"], "holdMs": 800,
     "triggers": [{"command": "!run"}]},
    {"id": "move", "kind": "keys", "holdMs": 50, "choices": {"left": ["A"], "right": ["D"]},
     "triggers": [{"command": "!move"}]},
    {"id": "hold", "kind": "keys", "keys": ["S"], "holdMs": 5000,
     "triggers": [{"command": "!hold"}]},
    {"id": "lights", "kind": "script", "script": "lights.ps1",
     "choices": {"red": ["Red", "a b", "$(calc)", "'q'; calc"], "blue": ["Blue"]},
     "triggers": [{"command": "!lights"}]},
    {"id": "slow", "kind": "script", "script": "slow.ps1", "timeout": 1,
     "triggers": [{"command": "!slow"}]},
    {"id": "crash", "kind": "script", "script": "crash.ps1",
     "triggers": [{"command": "!crash"}]}
  ]
})json";

// lights.ps1 appends its arguments, each in <>, as one line; slow.ps1 is stuck in a .NET call
// (which PowerShell.Stop() cannot interrupt); crash.ps1 kills the host that runs it.
const QByteArray kLights = "Add-Content -LiteralPath (Join-Path $env:CHATVOX_E2E_OUT 'lights.txt')"
                           " -Value (($args | ForEach-Object { \"<$_>\" }) -join '')\n";
const QByteArray kSlow = "Set-Content -LiteralPath (Join-Path $env:CHATVOX_E2E_OUT 'slow.txt')"
                         " -Value started\n[System.Threading.Thread]::Sleep(30000)\n";
const QByteArray kCrash = "Stop-Process -Id $PID -Force\n";

struct KeyEvent
{
    qint64 pid = 0;
    double ms = 0; // Unix time
    int scan = 0;
    bool ext = false;
    bool up = false;
};

ChatMessage chat(const QString &login, const QString &text)
{
    static int n = 0;
    ChatMessage m;
    m.id = u"e2e"_s + QString::number(++n);
    m.login = login;
    m.displayName = login;
    m.userId = u"uid-"_s + login;
    m.text = text;
    m.receivedNs = monotonicNs();
    return m;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool processExists(qint64 pid)
{
    return pid > 0 && QFileInfo::exists(u"/proc/"_s + QString::number(pid));
}

ScanKey key(const char *name)
{
    return scanKeyForName(QString::fromLatin1(name)).value_or(ScanKey{});
}

// "57v" down, "57^" up, "72ev" an extended key.
QString describe(const KeyEvent &e)
{
    return QString::number(e.scan) + (e.ext ? u"e"_s : QString()) + (e.up ? u"^"_s : u"v"_s);
}

QString describe(const QList<KeyEvent> &events)
{
    QStringList out;
    for (const KeyEvent &e : events)
        out << describe(e);
    return out.join(u' ');
}

QString tap(const ScanKey &k, bool up)
{
    return describe(KeyEvent{0, 0, int(k.scanCode), k.extended, up});
}

} // namespace

class TestHostE2e : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Bridge> m_bridge;
    std::unique_ptr<QSignalSpy> m_diagnostics;
    QList<qint64> m_pids; // every host process seen

    QString recordDir() const { return m_dir.filePath(u"record"_s); }
    QString outDir() const { return m_dir.filePath(u"out"_s); }
    PowerShellHost *host() const { return m_bridge->host(); }

    // Every recorded key event of every host, in time order.
    QList<KeyEvent> keyEvents() const
    {
        QList<KeyEvent> events;
        const QDir dir(recordDir());
        for (const QString &name : dir.entryList({u"keys-*.jsonl"_s}, QDir::Files)) {
            for (const QByteArray &line : readFile(dir.filePath(name)).split('\n')) {
                if (line.trimmed().isEmpty())
                    continue;
                const QJsonObject o = QJsonDocument::fromJson(line).object();
                events.append({o.value(u"pid").toInteger(), o.value(u"ms").toDouble(),
                               o.value(u"scan").toInt(), o.value(u"ext").toBool(),
                               o.value(u"up").toBool()});
            }
        }
        std::stable_sort(events.begin(), events.end(),
                         [](const KeyEvent &a, const KeyEvent &b) { return a.ms < b.ms; });
        return events;
    }

    QList<KeyEvent> keyEventsSince(double unixMs) const
    {
        QList<KeyEvent> out;
        for (const KeyEvent &e : keyEvents()) {
            if (e.ms >= unixMs)
                out << e;
        }
        return out;
    }

    static double nowUnixMs() { return double(QDateTime::currentMSecsSinceEpoch()); }

    bool waitReady(int timeoutMs = 60000)
    {
        if (host()->state() == PowerShellHost::State::Ready)
            return rememberPid();
        QSignalSpy ready(host(), &PowerShellHost::ready);
        return ready.wait(timeoutMs) && rememberPid();
    }

    bool rememberPid()
    {
        const qint64 pid = host()->processId();
        if (pid > 0 && !m_pids.contains(pid))
            m_pids << pid;
        return pid > 0;
    }

    // Runs one chat command and waits for its action to finish; {ok, error}.
    std::pair<bool, QString> run(const QString &text, int timeoutMs = 60000)
    {
        static int viewer = 0;
        QSignalSpy finished(m_bridge.get(), &Bridge::actionFinished);
        m_bridge->handleChatMessage(chat(u"viewer"_s + QString::number(++viewer), text));
        if (!finished.wait(timeoutMs))
            return {false, u"no answer"_s};
        return {finished[0][1].toBool(), finished[0][2].toString()};
    }

    bool waitIdle(int timeoutMs = 60000)
    {
        if (m_bridge->isIdle())
            return true;
        QSignalSpy idle(m_bridge.get(), &Bridge::idle);
        return idle.wait(timeoutMs) || m_bridge->isIdle();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString pwsh = singleProcessPwsh(findPwsh(), m_dir.path());
        QVERIFY(!pwsh.isEmpty()); // main() skips the whole test without pwsh
        QVERIFY(QDir().mkpath(recordDir()));
        QVERIFY(QDir().mkpath(outDir()));
        QVERIFY(writeFile(m_dir.filePath(u"bridge.json"_s), kConfig));
        QVERIFY(writeFile(m_dir.filePath(u"bridge-scripts/lights.ps1"_s), kLights));
        QVERIFY(writeFile(m_dir.filePath(u"bridge-scripts/slow.ps1"_s), kSlow));
        QVERIFY(writeFile(m_dir.filePath(u"bridge-scripts/crash.ps1"_s), kCrash));

        Bridge::Options o;
        o.configPath = m_dir.filePath(u"bridge.json"_s);
        o.configExplicit = true;
        o.launch.powershellOverride = pwsh;
        o.launch.stagingDir = m_dir.filePath(u"staging"_s);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"CHATVOX_HOST_KEY_RECORD"_s, recordDir());
        env.insert(u"CHATVOX_E2E_OUT"_s, outDir());
        env.insert(u"POWERSHELL_TELEMETRY_OPTOUT"_s, u"1"_s);
        env.insert(u"POWERSHELL_UPDATECHECK"_s, u"Off"_s);
        o.launch.environment = env;
        o.launch.wsl = WslEnvironment();
        o.timing.readyTimeoutMs = 60000; // pwsh on a busy 2-core machine
        o.timing.firstRestartDelayMs = 300;
        // A script's runspace takes a second or more to open under load; holds are exact.
        o.timing.requestMarginMs = 15000;
        m_bridge = std::make_unique<Bridge>(o);
        m_diagnostics = std::make_unique<QSignalSpy>(host(), &PowerShellHost::diagnostic);
        QVERIFY2(m_bridge->load(), qPrintable(m_bridge->loadProblem()));
        QElapsedTimer started;
        started.start();
        m_bridge->start();
        QVERIFY2(waitReady(), qPrintable(host()->lastProblem()));
        qInfo("host ready %lld ms after start (pwsh %s)", started.elapsed(), qPrintable(pwsh));
    }

    void readyHandshakeWithTheRealHostScript()
    {
        QCOMPARE(host()->state(), PowerShellHost::State::Ready);
        QCOMPARE(host()->restarts(), 0);
        // The host.ps1 it runs is the one of the sources, written out from ChatVox's resources.
        const QByteArray source = readFile(QStringLiteral(CHATVOX_SOURCE_DIR)
                                           + u"/resources/bridge/host.ps1"_s);
        QVERIFY(!source.isEmpty());
        QCOMPARE(readFile(m_dir.filePath(u"staging/host.ps1"_s)), source);
        const QByteArray cmdline
            = readFile(u"/proc/"_s + QString::number(host()->processId()) + u"/cmdline"_s);
        QVERIFY2(cmdline.contains("host.ps1") && cmdline.contains("-ScriptsDir"),
                 cmdline.constData());
        // The recorder is on, and the host says so.
        QTRY_VERIFY_WITH_TIMEOUT(!m_diagnostics->isEmpty(), 10000);
        QVERIFY2(m_diagnostics->constFirst().at(0).toString().contains(
                     u"CHATVOX_HOST_KEY_RECORD"_s),
                 qPrintable(m_diagnostics->constFirst().at(0).toString()));
    }

    void keysAreScanCodesInOrderWithTheirHoldTimes()
    {
        const double since = nowUnixMs();
        const qint64 pid = host()->processId();
        for (const char *command : {"!jump", "!combo", "!dance", "!run", "!move left"}) {
            const auto [ok, error] = run(QString::fromLatin1(command));
            QVERIFY2(ok, qPrintable(QString::fromLatin1(command) + u": "_s + error));
        }
        const QList<KeyEvent> events = keyEventsSince(since);
        for (const KeyEvent &e : events)
            QCOMPARE(e.pid, pid);
        // Space; Ctrl+Shift+Up together (released in reverse); 1, Shift+2, Numpad5; W; A.
        const ScanKey space = key("Space"), ctrl = key("LCtrl"), shift = key("LShift"),
                      up = key("Up"), one = key("1"), two = key("2"), num5 = key("Numpad5"),
                      w = key("W"), a = key("A");
        QCOMPARE(space.scanCode, 57);
        QVERIFY(up.extended);
        const QStringList expected{
            tap(space, false), tap(space, true), //
            tap(ctrl, false),  tap(shift, false), tap(up, false),
            tap(up, true),     tap(shift, true),  tap(ctrl, true), //
            tap(one, false),   tap(one, true), //
            tap(shift, false), tap(two, false),   tap(two, true),
            tap(shift, true), //
            tap(num5, false),  tap(num5, true), //
            tap(w, false),     tap(w, true), //
            tap(a, false),     tap(a, true),
        };
        QCOMPARE(describe(events), expected.join(u' '));

        // Hold: last key down to first key up; gap: key up to the next step's first down.
        // Never shorter than asked; longer by what a busy 2-core machine adds.
        const auto span = [&](int from, int to) { return events[to].ms - events[from].ms; };
        const auto within = [](double ms, int wanted, int slack) {
            return ms >= wanted - 1 && ms <= wanted + slack;
        };
        // The first key of a fresh host runs about 100 ms long (the first call's cost), and a
        // loaded CI machine adds more: the upper bound only catches a hold that is ignored.
        constexpr int kSlackMs = 1000;
        const struct
        {
            const char *what;
            int from, to, wanted;
        } checks[] = {
            {"Space hold", 0, 1, 100},   {"combo hold", 4, 5, 150}, {"1 hold", 8, 9, 60},
            {"gap after 1", 9, 10, 120}, {"Shift+2 hold", 11, 12, 60},
            {"gap after Shift+2", 13, 14, 120}, {"Numpad5 hold", 14, 15, 60},
            {"W hold", 16, 17, 800},     {"A hold", 18, 19, 50},
        };
        QStringList measured;
        for (const auto &c : checks) {
            measured << u"%1 %2 ms (%3)"_s.arg(QString::fromLatin1(c.what))
                            .arg(span(c.from, c.to), 0, 'f', 1)
                            .arg(c.wanted);
            QVERIFY2(within(span(c.from, c.to), c.wanted, kSlackMs),
                     qPrintable(measured.constLast()));
        }
        // Keys of one combo go down together and up together.
        QVERIFY2(span(2, 4) < 500, qPrintable(QString::number(span(2, 4))));
        QVERIFY2(span(5, 7) < 500, qPrintable(QString::number(span(5, 7))));
        qInfo("%s", qPrintable(measured.join(u", "_s)));
    }

    void scriptsRunWithTheirFixedArgumentsOnly()
    {
        const QString lights = QDir(outDir()).filePath(u"lights.txt"_s);
        QFile::remove(lights);
        QElapsedTimer t;
        t.start();
        auto [ok, error] = run(u"!lights red"_s);
        QVERIFY2(ok, qPrintable(error));
        qInfo("script action: %lld ms from chat to answer", t.elapsed());
        // Not a choice: nothing runs.
        m_bridge->handleChatMessage(chat(u"evil"_s, u"!lights red;calc"_s));
        m_bridge->handleChatMessage(chat(u"evil2"_s, u"!lights $(calc)"_s));
        // A choice followed by more words: the choice, and nothing of the rest.
        std::tie(ok, error) = run(u"!lights blue Remove-Item -Recurse C:\\"_s);
        QVERIFY2(ok, qPrintable(error));
        QByteArray text = readFile(lights);
        if (text.startsWith("\xef\xbb\xbf"))
            text.remove(0, 3);
        QCOMPARE(QString::fromUtf8(text).split(u'\n', Qt::SkipEmptyParts),
                 (QStringList{u"<Red><a b><$(calc)><'q'; calc>"_s, u"<Blue>"_s}));
    }

    void scriptTimeLimitIsKeptWithoutRestartingTheHost()
    {
        const qint64 pid = host()->processId();
        const int restarts = host()->restarts();
        QElapsedTimer t;
        t.start();
        const auto [ok, error] = run(u"!slow"_s);
        const qint64 tookMs = t.elapsed();
        QVERIFY(!ok);
        QVERIFY2(error.contains(u"longer than 1000 ms"_s), qPrintable(error));
        QVERIFY(QFileInfo::exists(QDir(outDir()).filePath(u"slow.txt"_s))); // it did start
        qInfo("script time limit 1000 ms: answered after %lld ms", tookMs);
        // The script sleeps 30 s inside .NET; the answer comes at the limit, not then.
        QVERIFY2(tookMs < 12000, qPrintable(QString::number(tookMs)));
        QCOMPARE(host()->processId(), pid);
        QCOMPARE(host()->restarts(), restarts);
        const auto [next, nextError] = run(u"!jump"_s);
        QVERIFY2(next, qPrintable(nextError));
    }

    void crashRestartsWithBackoff()
    {
        QSignalSpy restarts(host(), &PowerShellHost::restartScheduled);
        QSignalSpy states(host(), &PowerShellHost::stateChanged);
        const qint64 first = host()->processId();
        auto [ok, error] = run(u"!crash"_s);
        QVERIFY(!ok);
        QVERIFY2(error.contains(u"crashed"_s) || error.contains(u"exited"_s), qPrintable(error));
        QVERIFY(waitReady());
        const qint64 second = host()->processId();
        QVERIFY(second != first);
        QTRY_VERIFY_WITH_TIMEOUT(!processExists(first), 10000);
        // Crash again before anything succeeds: the delay doubles.
        std::tie(ok, error) = run(u"!crash"_s);
        QVERIFY(!ok);
        QVERIFY(waitReady());
        const qint64 third = host()->processId();
        QVERIFY(third != second);
        QCOMPARE(restarts.size(), 2);
        QCOMPARE(restarts[0][0].toInt(), 300);
        QCOMPARE(restarts[1][0].toInt(), 600);
        // Restarting → Starting → Ready each time.
        QList<PowerShellHost::State> seen;
        for (const QList<QVariant> &s : std::as_const(states))
            seen << s[0].value<PowerShellHost::State>();
        QVERIFY(seen.count(PowerShellHost::State::Restarting) == 2);
        QVERIFY(seen.count(PowerShellHost::State::Ready) >= 2);
        // The third host works.
        const double since = nowUnixMs();
        std::tie(ok, error) = run(u"!jump"_s);
        QVERIFY2(ok, qPrintable(error));
        const QList<KeyEvent> events = keyEventsSince(since);
        QCOMPARE(describe(events), tap(key("Space"), false) + u' ' + tap(key("Space"), true));
        QCOMPARE(events[0].pid, third);
    }

    void hangIsKilledAndTheHostRestarted()
    {
#ifndef Q_OS_UNIX
        QSKIP("SIGSTOP makes the hang");
#else
        const qint64 pid = host()->processId();
        const PowerShellHost::Timing timing = [this] {
            PowerShellHost::Timing t;
            t.readyTimeoutMs = 60000;
            t.firstRestartDelayMs = 300;
            t.requestMarginMs = 15000;
            return t;
        }();
        PowerShellHost::Timing shortWatch = timing;
        shortWatch.requestMarginMs = 1500;
        host()->setTiming(shortWatch);
        QCOMPARE(::kill(pid_t(pid), SIGSTOP), 0); // a real hang: it reads nothing, answers nothing
        const double since = nowUnixMs();
        QElapsedTimer t;
        t.start();
        const auto [ok, error] = run(u"!jump"_s);
        const qint64 tookMs = t.elapsed();
        host()->setTiming(timing);
        QVERIFY(!ok);
        QVERIFY2(error.contains(u"in time"_s), qPrintable(error));
        qInfo("hang noticed after %lld ms (watchdog 100 + 1500 ms)", tookMs);
        QVERIFY(tookMs >= 1500);
        QTRY_VERIFY_WITH_TIMEOUT(!processExists(pid), 10000);
        QVERIFY(waitReady());
        QVERIFY(host()->processId() != pid);
        // The new host first lets go of Space, which the hung one might have been holding.
        QTRY_VERIFY_WITH_TIMEOUT(!keyEventsSince(since).isEmpty(), 10000);
        const KeyEvent release = keyEventsSince(since).constFirst();
        QCOMPARE(describe(release), tap(key("Space"), true));
        QCOMPARE(release.pid, host()->processId());
        const auto [next, nextError] = run(u"!move right"_s);
        QVERIFY2(next, qPrintable(nextError));
#endif
    }

    void killSwitchReleasesHeldKeys()
    {
        const qint64 pid = host()->processId();
        const double since = nowUnixMs();
        QSignalSpy finished(m_bridge.get(), &Bridge::actionFinished);
        m_bridge->handleChatMessage(chat(u"holder"_s, u"!hold"_s)); // S for 5 s
        QTRY_VERIFY_WITH_TIMEOUT(!keyEventsSince(since).isEmpty(), 30000);
        QCOMPARE(describe(keyEventsSince(since)), tap(key("S"), false));

        QElapsedTimer t;
        t.start();
        m_bridge->engageKillSwitch();
        const qint64 tookMs = t.elapsed();
        qInfo("kill switch: %lld ms", tookMs);
        QVERIFY2(tookMs < 2000, qPrintable(QString::number(tookMs))); // a kill, not a wait
        QCOMPARE(finished.size(), 1);
        QVERIFY(!finished[0][1].toBool());
        QVERIFY(!m_bridge->isArmed());
        QTRY_VERIFY_WITH_TIMEOUT(!processExists(pid), 5000);

        // A host started only for that lets go of S, then stops.
        QTRY_VERIFY_WITH_TIMEOUT(keyEventsSince(since).size() == 2, 60000);
        const QList<KeyEvent> events = keyEventsSince(since);
        QCOMPARE(describe(events), tap(key("S"), false) + u' ' + tap(key("S"), true));
        QCOMPARE(events[0].pid, pid);
        QVERIFY(events[1].pid != pid); // the killed host never got to
        m_pids << events[1].pid;
        const double heldMs = events[1].ms - events[0].ms;
        qInfo("S was down %.0f ms of its 5000 (kill switch, then a fresh host)", heldMs);
        QTRY_VERIFY_WITH_TIMEOUT(!host()->isRunning(), 30000);
        QCOMPARE(host()->state(), PowerShellHost::State::Stopped);

        // Disarmed: viewers get nothing.
        m_bridge->handleChatMessage(chat(u"viewer"_s, u"!jump"_s));
        QCOMPARE(keyEventsSince(since).size(), 2);
        QVERIFY(!host()->isRunning());
        m_bridge->setArmed(true);
        QVERIFY(waitReady());
    }

    void injectionCorpusNeverReachesAnything()
    {
        const double since = nowUnixMs();
        const QString lights = QDir(outDir()).filePath(u"lights.txt"_s);
        const QByteArray lightsBefore = readFile(lights);
        const int diagnosticsBefore = int(m_diagnostics->size());
        QSignalSpy fired(m_bridge.get(), &Bridge::actionFired);
        QSignalSpy finished(m_bridge.get(), &Bridge::actionFinished);
        int n = 0;
        for (const QString &payload : test::injectionPayloads()) {
            const auto viewer = [&n]() -> QString { return u"inj"_s + QString::number(++n); };
            m_bridge->handleChatMessage(chat(viewer(), payload));
            m_bridge->handleChatMessage(chat(viewer(), u"!move "_s + payload));
            m_bridge->handleChatMessage(chat(viewer(), u"!lights "_s + payload));
            m_bridge->handleChatMessage(chat(viewer(), u"!jump "_s + payload));
            m_bridge->handleChatMessage(chat(viewer(), u"!move left "_s + payload));
        }
        QVERIFY(waitIdle(120000));
        QVERIFY(!fired.isEmpty());
        QCOMPARE(finished.size(), fired.size());
        // Only declared choices and defaults ran: "!move left <payload>", "!jump <payload>" (and
        // "!move <payload>" where the payload's first word is "left" itself).
        QStringList ran;
        for (const QList<QVariant> &args : std::as_const(finished)) {
            const auto a = args.at(0).value<TriggeredAction>();
            QVERIFY2((a.actionId == u"move" && a.choice == u"left")
                         || (a.actionId == u"jump" && a.choice.isEmpty()),
                     qPrintable(a.actionId + u' ' + a.choice));
            QVERIFY2(args.at(1).toBool(), qPrintable(args.at(2).toString()));
            ran << (a.actionId == u"move" ? tap(key("A"), false) + u' ' + tap(key("A"), true)
                                          : tap(key("Space"), false) + u' '
                            + tap(key("Space"), true));
        }
        // Keys: A and Space only, down and up, in the order the actions ran.
        QCOMPARE(describe(keyEventsSince(since)), ran.join(u' '));
        // lights.ps1 never ran (no payload is a choice).
        QCOMPARE(readFile(lights), lightsBefore);
        // Nothing of the payloads anywhere: no file named after one, no file holding one, and
        // nothing PowerShell printed.
        QDirIterator it(m_dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QVERIFY2(!path.contains(u"PWN"_s), qPrintable(path));
            QVERIFY2(!readFile(path).contains("PWN"), qPrintable(path));
        }
        for (int i = diagnosticsBefore; i < m_diagnostics->size(); ++i)
            QVERIFY2(!m_diagnostics->at(i).at(0).toString().contains(u"PWN"_s),
                     qPrintable(m_diagnostics->at(i).at(0).toString()));
        QVERIFY(host()->isRunning());
    }

    void cleanupTestCase()
    {
        if (!m_bridge)
            return;
        rememberPid();
        m_bridge->stop();
        m_diagnostics.reset();
        m_bridge.reset(); // waits out the grace period; no host outlives the Bridge
        for (qint64 pid : std::as_const(m_pids))
            QTRY_VERIFY_WITH_TIMEOUT(!processExists(pid), 10000);
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (findPwsh().isEmpty()) {
        std::fputs("tst_hoste2e skipped: no pwsh (scripts/dev test installs it where dotnet is "
                   "present)\n",
                   stdout);
        return 77;
    }
    TestHostE2e test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_hoste2e.moc"
