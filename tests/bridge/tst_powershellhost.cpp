#include "bridge/hostlaunch.h"
#include "bridge/powershellhost.h"
#include "fakepowershell.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace chatvox;
using chatvox::test::FakePowerShell;
using State = PowerShellHost::State;

namespace {

HostRequest tap(quint16 scan, int holdMs = 0)
{
    HostRequest r;
    r.op = HostRequest::Op::Keys;
    KeyStep step;
    step.names << u"key"_s;
    step.keys << ScanKey{scan, false};
    step.holdMs = holdMs;
    r.steps << step;
    r.gapMs = 30;
    return r;
}

// Waits until the host is in `state` (it may already be).
bool waitForState(PowerShellHost &host, State state, int timeoutMs = 10000)
{
    if (host.state() == state)
        return true;
    QSignalSpy spy(&host, &PowerShellHost::stateChanged);
    QElapsedTimer t;
    t.start();
    while (host.state() != state && t.elapsed() < timeoutMs)
        spy.wait(int(std::max<qint64>(1, timeoutMs - t.elapsed())));
    return host.state() == state;
}

struct Finished
{
    qint64 seq = 0;
    bool ok = false;
    QString error;
};

// Waits for the requestFinished of `seq`.
std::optional<Finished> waitFinished(PowerShellHost &host, QSignalSpy &spy, qint64 seq,
                                     int timeoutMs = 10000)
{
    QElapsedTimer t;
    t.start();
    for (;;) {
        for (const QList<QVariant> &args : std::as_const(spy)) {
            if (args.at(0).toLongLong() == seq)
                return Finished{seq, args.at(1).toBool(), args.at(2).toString()};
        }
        if (t.elapsed() >= timeoutMs || !spy.wait(int(timeoutMs - t.elapsed())))
            break;
    }
    Q_UNUSED(host);
    return std::nullopt;
}

} // namespace

class TestPowerShellHost : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    HostLaunchPlan plan(const FakePowerShell &fake)
    {
        HostLaunchOptions o;
        o.powershellOverride = FakePowerShell::program();
        o.scriptsFolder = m_dir.filePath(u"scripts"_s);
        o.stagingDir = m_dir.filePath(u"staging"_s);
        o.environment = fake.environment();
        o.wsl = WslEnvironment(); // not WSL, whatever this machine is
        const Result<HostLaunchPlan> p = prepareHostLaunch(o);
        if (!p)
            qFatal("%s", qPrintable(p.error()));
        return p.value();
    }

    static PowerShellHost::Timing fastTiming()
    {
        PowerShellHost::Timing t;
        t.readyTimeoutMs = 5000;
        t.firstRestartDelayMs = 20;
        t.maxRestartDelayMs = 200;
        t.failedAfter = 50;
        t.requestMarginMs = 500;
        return t;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(QDir(m_dir.path()).mkpath(u"scripts"_s));
    }

    void startsWithTheFixedCommandLineAndAnswers()
    {
        FakePowerShell fake;
        PowerShellHost host;
        host.setTiming(fastTiming());
        const HostLaunchPlan p = plan(fake);
        host.setPlan(p);
        QSignalSpy ready(&host, &PowerShellHost::ready);
        QSignalSpy finished(&host, &PowerShellHost::requestFinished);
        host.start();
        QVERIFY(ready.wait(10000));
        QCOMPARE(host.state(), State::Ready);
        const qint64 seq = host.submit(tap(0x39, 20));
        const auto f = waitFinished(host, finished, seq);
        QVERIFY(f);
        QVERIFY2(f->ok, qPrintable(f->error));
        QVERIFY(host.possiblyHeldKeys().isEmpty());

        // Exactly one process, started with exactly these arguments, in the staging folder.
        const QList<QJsonObject> starts = fake.starts();
        QCOMPARE(starts.size(), 1);
        QStringList argv;
        for (const QJsonValue &v : starts[0].value(u"argv").toArray())
            argv << v.toString();
        QCOMPARE(argv.mid(1),
                 (QStringList{u"-NoLogo"_s, u"-NoProfile"_s, u"-NonInteractive"_s,
                              u"-ExecutionPolicy"_s, u"Bypass"_s, u"-File"_s,
                              QDir::toNativeSeparators(m_dir.filePath(u"staging/host.ps1"_s)),
                              u"-ScriptsDir"_s,
                              QDir::toNativeSeparators(m_dir.filePath(u"scripts"_s))}));
        QCOMPARE(QDir(starts[0].value(u"cwd").toString()).canonicalPath(),
                 QDir(m_dir.filePath(u"staging"_s)).canonicalPath());
        // host.ps1 was written from the resources, unchanged.
        QFile written(m_dir.filePath(u"staging/host.ps1"_s));
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(written.readAll(), hostScriptSource());
        QVERIFY(hostScriptSource().contains("{\"ready\":true,\"version\":1}"));

        // The request on the wire: resolved scan codes and hold times only.
        QCOMPARE(fake.received(),
                 QByteArray(R"({"gapMs":30,"op":"keys","seq":)") + QByteArray::number(seq)
                     + R"(,"steps":[{"holdMs":20,"keys":[{"ext":false,"scan":57}]}]})" + '\n');

        QSignalSpy stateSpy(&host, &PowerShellHost::stateChanged);
        QSignalSpy problems(&host, &PowerShellHost::problem);
        host.stop();
        QCOMPARE(host.state(), State::Stopped);
        QVERIFY(!host.isRunning());
        QCOMPARE(problems.size(), 0); // a clean stop is not a problem
    }

    void scriptRequestsCarryTheAllowListedPath()
    {
        FakePowerShell fake;
        PowerShellHost host;
        host.setTiming(fastTiming());
        host.setPlan(plan(fake));
        QSignalSpy finished(&host, &PowerShellHost::requestFinished);
        host.start();
        HostRequest r;
        r.op = HostRequest::Op::Script;
        r.scriptName = u"lights.ps1"_s;
        r.args = {u"Red"_s};
        r.scriptTimeoutMs = 1000;
        const qint64 seq = host.submit(r);
        QVERIFY(waitFinished(host, finished, seq)->ok);
        const QJsonObject sent = fake.requests().constFirst();
        QCOMPARE(sent.value(u"op").toString(), u"script"_s);
        QCOMPARE(sent.value(u"path").toString(),
                 QDir::toNativeSeparators(m_dir.filePath(u"scripts"_s)) + QDir::separator()
                     + u"lights.ps1"_s);
        QCOMPARE(sent.value(u"args").toArray(), QJsonArray{u"Red"_s});
        QCOMPARE(sent.value(u"timeoutMs").toInt(), 1000);
    }

    void refusedRequestsAndNoiseAreHandled()
    {
        FakePowerShell fake;
        fake.set("FAIL_AT", u"1"_s);
        fake.set("NOISE", u"1"_s);
        PowerShellHost host;
        host.setTiming(fastTiming());
        host.setPlan(plan(fake));
        QSignalSpy finished(&host, &PowerShellHost::requestFinished);
        QSignalSpy diagnostics(&host, &PowerShellHost::diagnostic);
        host.start();
        const qint64 first = host.submit(tap(0x1E));
        const qint64 second = host.submit(tap(0x20));
        const auto f1 = waitFinished(host, finished, first);
        QVERIFY(f1 && !f1->ok);
        QCOMPARE(f1->error, u"stand-in refused"_s);
        QVERIFY(waitFinished(host, finished, second)->ok);
        bool sawNoise = false;
        for (const QList<QVariant> &d : std::as_const(diagnostics))
            sawNoise |= d.at(0).toString().contains(u"not part of the protocol"_s);
        QVERIFY(sawNoise); // a stray line is reported, not taken for an answer
        QCOMPARE(fake.starts().size(), 1); // a refusal is not a reason to restart
    }

    void hungHostIsKilledAndRestartedAndKeysReleased()
    {
        FakePowerShell fake;
        fake.set("HANG_AT", u"1"_s);
        fake.misbehaveOnce();
        PowerShellHost host;
        host.setTiming(fastTiming());
        host.setPlan(plan(fake));
        QSignalSpy finished(&host, &PowerShellHost::requestFinished);
        QSignalSpy restarts(&host, &PowerShellHost::restartScheduled);
        host.start();
        const qint64 hung = host.submit(tap(0x39, 50));
        const qint64 queued = host.submit(tap(0x1E, 0));
        const auto f = waitFinished(host, finished, hung);
        QVERIFY(f);
        QVERIFY(!f->ok);
        QVERIFY2(f->error.contains(u"in time"_s), qPrintable(f->error));
        // What waited behind it fails visibly too.
        const auto q = waitFinished(host, finished, queued, 100);
        QVERIFY(q && !q->ok);
        QCOMPARE(restarts.size(), 1);
        QVERIFY(waitForState(host, State::Ready));
        // The new host releases the key the hung one may still hold, before anything else.
        const qint64 after = host.submit(tap(0x20, 0));
        QVERIFY(waitFinished(host, finished, after)->ok);
        const QList<QJsonObject> sent = fake.requests();
        QCOMPARE(sent.size(), 3);
        QCOMPARE(sent[1].value(u"op").toString(), u"release"_s);
        QCOMPARE(sent[1].value(u"keys").toArray().at(0).toObject().value(u"scan").toInt(), 0x39);
        QCOMPARE(sent[2].value(u"seq").toInteger(), after);
        QCOMPARE(fake.starts().size(), 2);
        QVERIFY(host.possiblyHeldKeys().isEmpty());
    }

    void crashedHostIsRestarted()
    {
        FakePowerShell fake;
        fake.set("CRASH_AT", u"1"_s);
        fake.misbehaveOnce();
        PowerShellHost host;
        host.setTiming(fastTiming());
        host.setPlan(plan(fake));
        QSignalSpy finished(&host, &PowerShellHost::requestFinished);
        host.start();
        const qint64 crashed = host.submit(tap(0x39, 0));
        const auto f = waitFinished(host, finished, crashed);
        QVERIFY(f && !f->ok);
        QVERIFY2(f->error.contains(u"exit code 3"_s), qPrintable(f->error));
        QVERIFY2(f->error.contains(u"crashing on request 1"_s), qPrintable(f->error)); // stderr
        QVERIFY(waitForState(host, State::Ready));
        const qint64 after = host.submit(tap(0x1E, 0));
        QVERIFY(waitFinished(host, finished, after)->ok);
        QCOMPARE(fake.starts().size(), 2);
        QCOMPARE(fake.requests()[1].value(u"op").toString(), u"release"_s);
    }

    void launchThatHangsIsReportedWithCauseAndBacksOff()
    {
        FakePowerShell fake;
        fake.set("NO_READY", u"1"_s);
        PowerShellHost host;
        PowerShellHost::Timing t = fastTiming();
        t.readyTimeoutMs = 200;
        t.firstRestartDelayMs = 30;
        t.failedAfter = 3;
        host.setTiming(t);
        host.setPlan(plan(fake));
        QSignalSpy problems(&host, &PowerShellHost::problem);
        QSignalSpy restarts(&host, &PowerShellHost::restartScheduled);
        QSignalSpy finished(&host, &PowerShellHost::requestFinished);
        host.start();
        const qint64 seq = host.submit(tap(0x39));
        QVERIFY(problems.wait(5000));
        QVERIFY2(problems[0][0].toString().contains(u"did not answer within"_s),
                 qPrintable(problems[0][0].toString()));
        QVERIFY(waitFinished(host, finished, seq)); // not left waiting forever
        QVERIFY(waitForState(host, State::Failed));
        QCOMPARE(restarts.size(), 3);
        // Backoff doubles: 30, 60, 120 ms.
        QCOMPARE(restarts[0][0].toInt(), 30);
        QCOMPARE(restarts[1][0].toInt(), 60);
        QCOMPARE(restarts[2][0].toInt(), 120);
        host.kill(u"test over"_s);
        QCOMPARE(host.state(), State::Stopped);
    }

    void wrongProtocolVersionIsAProblem()
    {
        FakePowerShell fake;
        fake.set("VERSION", u"2"_s);
        PowerShellHost host;
        host.setTiming(fastTiming());
        host.setPlan(plan(fake));
        QSignalSpy problems(&host, &PowerShellHost::problem);
        host.start();
        QVERIFY(problems.wait(5000));
        QVERIFY2(problems[0][0].toString().contains(u"version 2"_s),
                 qPrintable(problems[0][0].toString()));
        host.kill(u"test over"_s);
    }

    void programThatCannotStart()
    {
        HostLaunchOptions o;
        o.powershellOverride = m_dir.filePath(u"no-such-powershell"_s);
        o.scriptsFolder = m_dir.filePath(u"scripts"_s);
        o.stagingDir = m_dir.filePath(u"staging"_s);
        o.wsl = WslEnvironment();
        const Result<HostLaunchPlan> p = prepareHostLaunch(o);
        QVERIFY(!p);
        QVERIFY2(p.error().contains(u"does not exist"_s), qPrintable(p.error()));

        // A plan whose program vanished later: FailedToStart is reported, not waited on.
        FakePowerShell fake;
        HostLaunchPlan bad = plan(fake);
        bad.program = m_dir.filePath(u"scripts"_s); // a folder cannot be started
        PowerShellHost host;
        host.setTiming(fastTiming());
        host.setPlan(bad);
        QSignalSpy problems(&host, &PowerShellHost::problem);
        host.start();
        QVERIFY(problems.wait(5000));
        QVERIFY2(problems[0][0].toString().contains(u"could not be started"_s),
                 qPrintable(problems[0][0].toString()));
        host.kill(u"test over"_s);
    }

    void killStopsAtOnceAndReleasesHeldKeys()
    {
        FakePowerShell fake;
        PowerShellHost host;
        host.setTiming(fastTiming());
        host.setPlan(plan(fake));
        QSignalSpy finished(&host, &PowerShellHost::requestFinished);
        QSignalSpy diagnostics(&host, &PowerShellHost::diagnostic);
        host.start();
        const qint64 seq = host.submit(tap(0x39, 5000)); // a 5 s hold
        QVERIFY(diagnostics.wait(10000));
        QVERIFY(diagnostics.last().at(0).toString().startsWith(u"stand-in: holding 57"_s));
        const qint64 pid = host.processId();
        QVERIFY(pid > 0);

        QElapsedTimer t;
        t.start();
        host.kill(u"kill switch"_s);
        const qint64 tookMs = t.elapsed();
        QVERIFY(!host.isRunning());
        qInfo("kill switch: the host was gone %lld ms after the call", tookMs);
        QVERIFY2(tookMs < 100, qPrintable(QString::number(tookMs)));
        QCOMPARE(host.state(), State::Stopped);
        const auto f = waitFinished(host, finished, seq, 0);
        QVERIFY(f && !f->ok);
        QCOMPARE(f->error, u"kill switch"_s);
        QCOMPARE(host.possiblyHeldKeys(), (QList<ScanKey>{{0x39, false}}));

        // No restart after a kill, except a short-lived host that lets go of the key.
        QSignalSpy states(&host, &PowerShellHost::stateChanged);
        host.releaseHeldKeys();
        QTRY_VERIFY_WITH_TIMEOUT(fake.starts().size() == 2 && host.state() == State::Stopped,
                                 10000);
        QList<State> seen;
        for (const QList<QVariant> &args : std::as_const(states))
            seen << args.at(0).value<State>();
        QCOMPARE(seen,
                 (QList<State>{State::Starting, State::Ready, State::Busy, State::Ready,
                               State::Stopped}));
        const QJsonObject release = fake.requests().constLast();
        QCOMPARE(release.value(u"op").toString(), u"release"_s);
        QCOMPARE(release.value(u"keys").toArray().at(0).toObject().value(u"scan").toInt(), 0x39);
        QVERIFY(host.possiblyHeldKeys().isEmpty());
        QVERIFY(!host.isRunning());
    }

    void submitWithoutAHostFailsVisibly()
    {
        PowerShellHost host;
        QSignalSpy finished(&host, &PowerShellHost::requestFinished);
        const qint64 seq = host.submit(tap(0x39));
        QVERIFY(finished.wait(1000));
        QCOMPARE(finished[0][0].toLongLong(), seq);
        QVERIFY(!finished[0][1].toBool());
    }
};

QTEST_GUILESS_MAIN(TestPowerShellHost)
#include "tst_powershellhost.moc"
