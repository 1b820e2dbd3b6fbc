// Viewer-input bridge: action latency from the moment a chat command is seen to PowerShell's
// answer, with the persistent host (ours: one process, requests over its stdin) against
// starting PowerShell for every action (baseline), both through the same trigger matcher and
// with the same stand-in PowerShell (tests/fakes/powershell), measured in one run.
// Goal: p50 < 15 ms with the persistent host.
#include "app/bridge.h"
#include "benchutil.h"
#include "bridge/hostprotocol.h"
#include "bridge/triggermatcher.h"
#include "core/clock.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace chatvox;

namespace {

constexpr int kActions = 200;
constexpr int kBaselineActions = 60;

const QByteArray kConfig = R"({
  "enabled": true,
  "rateCap": {"actions": 100, "seconds": 0.1},
  "actions": [{"id": "tap", "kind": "keys", "keys": ["Space"], "holdMs": 0,
               "triggers": [{"command": "!tap"}]}]
})";

ChatMessage command(int i)
{
    ChatMessage m;
    m.id = u"m"_s + QString::number(i);
    m.login = u"viewer"_s + QString::number(i);
    m.userId = m.login;
    m.text = u"!tap"_s;
    m.receivedNs = monotonicNs();
    return m;
}

// Ours: the app's Bridge with its persistent host.
QList<double> persistent(const QString &configPath, const QString &staging)
{
    Bridge::Options o;
    o.configPath = configPath;
    o.configExplicit = true;
    o.launch.powershellOverride = QStringLiteral(CHATVOX_FAKE_POWERSHELL);
    o.launch.stagingDir = staging;
    o.launch.wsl = WslEnvironment();
    Bridge bridge(o);
    if (!bridge.load())
        qFatal("%s", qPrintable(bridge.loadProblem()));
    bridge.start();
    QSignalSpy ready(bridge.host(), &PowerShellHost::ready);
    if (!ready.wait(10000))
        qFatal("the stand-in did not start");
    QList<double> ms;
    QSignalSpy finished(&bridge, &Bridge::actionFinished);
    for (int i = 0; i < kActions; ++i) {
        bridge.handleChatMessage(command(i));
        if (finished.isEmpty() && !finished.wait(5000))
            qFatal("no answer");
        const QList<QVariant> args = finished.takeFirst();
        if (!args.at(1).toBool())
            qFatal("action failed: %s", qPrintable(args.at(2).toString()));
        ms << double(monotonicNs() - args.at(0).value<TriggeredAction>().receivedNs) / 1e6;
    }
    bridge.stop();
    return ms;
}

// Baseline: the same matching, then a new PowerShell for every action.
QList<double> spawnPerAction(const QString &configPath, const QString &staging)
{
    const Result<BridgeConfig> config = loadBridgeConfig(configPath);
    TriggerMatcher matcher(config.value());
    const QStringList args = hostArguments(staging + u"/host.ps1"_s, staging);
    QList<double> ms;
    for (int i = 0; i < kBaselineActions; ++i) {
        const ChatMessage m = command(i);
        matcher.handleChat(m, i * 1000);
        const std::optional<TriggeredAction> a = matcher.takeNext(i * 1000);
        const std::optional<HostRequest> request
            = requestForAction(*config->action(a->actionId), a->choice);
        QProcess p;
        p.start(QStringLiteral(CHATVOX_FAKE_POWERSHELL), args);
        QByteArray out;
        const auto readLine = [&]() -> QByteArray {
            while (!out.contains('\n')) {
                if (!p.waitForReadyRead(5000))
                    qFatal("the stand-in did not answer");
                out += p.readAllStandardOutput();
            }
            const qsizetype nl = out.indexOf('\n');
            const QByteArray line = out.left(nl);
            out.remove(0, nl + 1);
            return line;
        };
        if (decodeHostLine(readLine()).kind != HostLine::Kind::Ready)
            qFatal("no ready line");
        p.write(encodeHostRequest(1, *request));
        if (decodeHostLine(readLine()).kind != HostLine::Kind::Reply)
            qFatal("no reply");
        ms << double(monotonicNs() - m.receivedNs) / 1e6;
        p.closeWriteChannel();
        p.waitForFinished(5000);
    }
    return ms;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    const QString configPath = dir.filePath(u"bridge.json"_s);
    QFile f(configPath);
    if (!f.open(QIODevice::WriteOnly) || f.write(kConfig) != kConfig.size())
        return 1;
    f.close();
    const QString staging = dir.filePath(u"staging"_s);

    // Interleaved halves, so that a noisy moment of the machine hits both.
    QList<double> ours = persistent(configPath, staging);
    QList<double> baseline = spawnPerAction(configPath, staging);
    ours += persistent(configPath, staging);
    baseline += spawnPerAction(configPath, staging);

    using namespace chatvox::bench;
    std::printf("bridge actions: %lld persistent, %lld spawned (stand-in PowerShell, hold 0 ms)\n",
                qint64(ours.size()), qint64(baseline.size()));
    const auto us = [](const QList<double> &ms, double p) { return percentile(ms, p) * 1000.0; };
    printRatio("bridge action latency p50 (trigger seen -> host ack)", us(ours, 50),
               us(baseline, 50), "us");
    printRatio("bridge action latency p95 (trigger seen -> host ack)", us(ours, 95),
               us(baseline, 95), "us");
    printGoal("bridge action latency p50, persistent host", percentile(ours, 50), "ms", "< 15 ms",
              percentile(ours, 50) < 15.0);
    return 0;
}
