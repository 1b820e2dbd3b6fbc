// Idle cost: the chatvox program connected to the fakes (Twitch chat joined, engine up, audio
// output open) with no chat at all, for 60 s: CPU and memory, from /proc/<pid> of the chatvox
// process. Baseline, measured over the same seconds: a bare Qt event loop process (this
// executable with --bare-loop: QCoreApplication::exec() and nothing else).
// Goal (issue #8): CPU < 0.5 % of one core, RSS < 80 MB.
//
// usage: bench_idle [SECONDS]   (default 60; CHATVOX_BENCH_IDLE_SECONDS also works)
#include "benchutil.h"
#include "faketwitchirc.h"
#include "fakevoicevox.h"

#include <unistd.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace chatvox;

namespace {

struct ProcSample
{
    double cpuSeconds = 0; // utime + stime
    double rssMb = 0;
    qint64 wakeups = 0; // voluntary context switches: how often it woke up to do something
    int threads = 0;
};

ProcSample sample(qint64 pid)
{
    ProcSample s;
    QFile stat(u"/proc/%1/stat"_s.arg(pid));
    if (stat.open(QIODevice::ReadOnly)) {
        const QByteArray text = stat.readAll();
        const QList<QByteArray> f = text.mid(text.lastIndexOf(')') + 2).split(' ');
        if (f.size() > 13)
            s.cpuSeconds = (f[11].toDouble() + f[12].toDouble()) / double(sysconf(_SC_CLK_TCK));
    }
    QFile status(u"/proc/%1/status"_s.arg(pid));
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : status.readAll().split('\n')) {
            const QByteArray value = line.mid(line.indexOf(':') + 1).trimmed();
            if (line.startsWith("VmRSS:"))
                s.rssMb = value.split(' ').value(0).toDouble() / 1024.0;
            else if (line.startsWith("voluntary_ctxt_switches:"))
                s.wakeups = value.toLongLong();
            else if (line.startsWith("Threads:"))
                s.threads = value.toInt();
        }
    }
    return s;
}

void waitMs(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace

int main(int argc, char **argv)
{
    if (argc > 1 && qstrcmp(argv[1], "--bare-loop") == 0) {
        QCoreApplication bare(argc, argv);
        return bare.exec();
    }
    QCoreApplication app(argc, argv);
    int seconds = qEnvironmentVariableIntValue("CHATVOX_BENCH_IDLE_SECONDS");
    if (argc > 1)
        seconds = atoi(argv[1]);
    if (seconds <= 0)
        seconds = 60;

    FakeTwitchIrc irc;
    test::FakeVoicevox engine;
    QTemporaryDir dir;
    if (!irc.isListening() || !engine.listen() || !dir.isValid()) {
        std::fprintf(stderr, "cannot start the fakes\n");
        return 1;
    }
    QSignalSpy joined(&irc, &FakeTwitchIrc::channelJoined);
    QProcess chatvox;
    chatvox.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    chatvox.start(QStringLiteral(CHATVOX_BINARY),
                  {u"--headless"_s, u"--config"_s, dir.filePath(u"idle.ini"_s), u"--channel"_s,
                   u"idlebench"_s, u"--irc-url"_s, irc.url().toString(), u"--engine"_s,
                   engine.url().toString()});
    QProcess bare;
    bare.start(QCoreApplication::applicationFilePath(), {u"--bare-loop"_s});
    if (!chatvox.waitForStarted(10000) || !bare.waitForStarted(10000)) {
        std::fprintf(stderr, "cannot start chatvox or the baseline process\n");
        return 1;
    }
    if (!joined.wait(15000)) {
        std::fprintf(stderr, "chatvox did not join the channel\n");
        return 1;
    }
    // Let start-up finish (engine probed, speakers listed, audio output opened) before the
    // measurement starts.
    waitMs(5000);
    if (chatvox.state() != QProcess::Running || engine.requestCount(u"/speakers"_s) == 0) {
        std::fprintf(stderr, "chatvox is not up (exited, or never asked the engine)\n");
        return 1;
    }

    const ProcSample ours0 = sample(chatvox.processId());
    const ProcSample base0 = sample(bare.processId());
    double oursMaxRss = ours0.rssMb;
    double baseMaxRss = base0.rssMb;
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < seconds * 1000LL) {
        waitMs(1000);
        oursMaxRss = std::max(oursMaxRss, sample(chatvox.processId()).rssMb);
        baseMaxRss = std::max(baseMaxRss, sample(bare.processId()).rssMb);
    }
    const double elapsed = clock.elapsed() / 1000.0;
    const ProcSample ours1 = sample(chatvox.processId());
    const ProcSample base1 = sample(bare.processId());
    const bool stillJoined = irc.openConnectionCount() == 1 && irc.connectionCount() == 1;

    chatvox.terminate();
    bare.terminate();
    const bool cleanExit = chatvox.waitForFinished(10000) && chatvox.exitCode() == 0;
    bare.waitForFinished(5000);

    const double oursCpu = 100.0 * (ours1.cpuSeconds - ours0.cpuSeconds) / elapsed;
    const double baseCpu = 100.0 * (base1.cpuSeconds - base0.cpuSeconds) / elapsed;
    std::printf("idle for %.0f s, connected (Twitch chat joined, engine up, audio output open), "
                "no chat; /proc/<pid> of each process; CPU tick %.0f ms\n",
                elapsed, 1000.0 / double(sysconf(_SC_CLK_TCK)));
    using bench::printRatio;
    printRatio("idle_cpu (% of one core)", oursCpu, baseCpu, "%");
    printRatio("idle_rss (max)", oursMaxRss, baseMaxRss, "MB");
    printRatio("idle_wakeups", (ours1.wakeups - ours0.wakeups) / elapsed,
               (base1.wakeups - base0.wakeups) / elapsed, "/s");
    std::printf("  threads: ours %d, baseline %d; connection kept: %s; exit on SIGTERM: %s\n",
                ours1.threads, base1.threads, stillJoined ? "yes" : "NO",
                cleanExit ? "clean (0)" : "NOT clean");
    bench::printGoal("idle cpu", oursCpu, "%", "< 0.5 %", oursCpu < 0.5);
    bench::printGoal("idle rss", oursMaxRss, "MB", "< 80 MB", oursMaxRss < 80);
    return (oursCpu < 0.5 && oursMaxRss < 80 && stillJoined && cleanExit) ? 0 : 2;
}
