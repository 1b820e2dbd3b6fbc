// Engine pool: synthesis throughput with N replicas of an engine (N = 1..4) versus one, each
// engine taking 300 ms per synthesis and doing one at a time, like VOICEVOX. Goal (issue #4):
// at least 0.9 * N times the throughput of one engine. Measured twice, in one run:
//   - EngineSet alone: all texts handed over at once;
//   - through SpeechQueue (its look-ahead scales with the pool), with a player that hears
//     each clip at once, so that only synthesis limits the pace.
// Real parts: EngineSet over HTTP to N FakeVoicevox servers on 127.0.0.1.
#include "benchutil.h"
#include "core/clock.h"
#include "core/player.h"
#include "fakevoicevox.h"
#include "speech/engineset.h"
#include "speech/speechqueue.h"
#include "testmain.h"

#include <memory>
#include <vector>

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace chatvox;

namespace {

constexpr int kSynthesisMs = 300;

// Hears every clip at once: the benchmark measures synthesis, not playback.
class InstantPlayer final : public Player
{
public:
    void play(const QByteArray &) override
    {
        const quint64 clip = ++m_clip;
        QTimer::singleShot(0, this, [this, clip] {
            if (clip != m_clip)
                return; // stopped meanwhile
            Q_EMIT started();
            Q_EMIT finished();
        });
    }
    void stop() override { ++m_clip; }
    bool isPlaying() const override { return false; }

private:
    quint64 m_clip = 0;
};

struct Pool
{
    std::vector<std::unique_ptr<test::FakeVoicevox>> fakes;
    QNetworkAccessManager network;
    std::unique_ptr<EngineSet> engines;

    bool start(int count)
    {
        QList<QUrl> urls;
        for (int i = 0; i < count; ++i) {
            auto fake = std::make_unique<test::FakeVoicevox>();
            if (!fake->listen())
                return false;
            fake->setDelay(u"/synthesis"_s, kSynthesisMs);
            urls << fake->url();
            fakes.push_back(std::move(fake));
        }
        engines = std::make_unique<EngineSet>(&network);
        engines->setEndpoints(urls);
        engines->setRequestTimeout(60000);
        engines->setHealthCheckInterval(0);
        engines->start();
        return QTest::qWaitFor([&] { return engines->poolSize() == count; }, 10000);
    }
};

QStringList texts(int count)
{
    QStringList list;
    for (int i = 0; i < count; ++i)
        list << u"ベンチマークの%1番目"_s.arg(i);
    return list;
}

// Texts per second, EngineSet alone.
double engineSetThroughput(int engineCount, int textCount)
{
    Pool pool;
    if (!pool.start(engineCount))
        return -1;
    int done = 0;
    const qint64 start = monotonicNs();
    qint64 end = 0;
    for (const QString &text : texts(textCount)) {
        SynthesisJob *job = pool.engines->synthesize(SynthesisRequest{text, 0, {}});
        QObject::connect(job, &SynthesisJob::finished, job, [&] {
            if (++done == textCount)
                end = monotonicNs();
        });
        QObject::connect(job, &SynthesisJob::failed, job, [](const QString &error) {
            std::fprintf(stderr, "synthesis failed: %s\n", qPrintable(error));
        });
    }
    if (!QTest::qWaitFor([&] { return end != 0; }, 120000))
        return -1;
    return textCount / (double(end - start) / 1e9);
}

// Texts per second through SpeechQueue, from the first enqueue to the last clip heard.
double queueThroughput(int engineCount, int textCount)
{
    Pool pool;
    if (!pool.start(engineCount))
        return -1;
    InstantPlayer player;
    SpeechQueue queue(pool.engines.get(), &player, nullptr);
    QueuePolicy policy; // prefetch 2 per engine
    policy.speedUpAfter = 1000; // the backlog policy stays out of the way
    policy.dropAfter = 0;
    queue.setPolicy(policy);
    QSignalSpy finished(&queue, &SpeechQueue::playbackFinished);
    const qint64 start = monotonicNs();
    const QStringList all = texts(textCount);
    for (int i = 0; i < textCount; ++i) {
        Utterance u;
        u.messageId = u"m%1"_s.arg(i);
        u.text = all[i];
        u.styleId = 0;
        queue.enqueue(u);
    }
    if (!QTest::qWaitFor([&] { return finished.size() == textCount; }, 120000))
        return -1;
    const qint64 end = finished.last().at(0).value<PlaybackTiming>().playEndNs;
    return textCount / (double(end - start) / 1e9);
}

} // namespace

int main(int argc, char **argv)
{
    int rc = 0;
    {
        QCoreApplication app(argc, argv);
        const int textCount = argc > 1 ? std::max(8, atoi(argv[1])) : 24;
        std::printf("engine pool: %d texts, engines of %d ms per synthesis, one at a time each\n",
                    textCount, kSynthesisMs);
        const double baseEngines = engineSetThroughput(1, textCount);
        const double baseQueue = queueThroughput(1, textCount);
        if (baseEngines <= 0 || baseQueue <= 0) {
            std::fprintf(stderr, "benchmark run failed\n");
            return 1;
        }
        bool met = true;
        for (int n = 1; n <= 4; ++n) {
            const double engines = n == 1 ? baseEngines : engineSetThroughput(n, textCount);
            const double queued = n == 1 ? baseQueue : queueThroughput(n, textCount);
            if (engines <= 0 || queued <= 0) {
                std::fprintf(stderr, "benchmark run failed (%d engines)\n", n);
                return 1;
            }
            const QByteArray a = u"EngineSet, %1 engine(s), texts/s"_s.arg(n).toUtf8();
            bench::printRatio(a.constData(), engines, baseEngines, "texts/s");
            const QByteArray b = u"SpeechQueue, %1 engine(s), texts/s"_s.arg(n).toUtf8();
            bench::printRatio(b.constData(), queued, baseQueue, "texts/s");
            if (n > 1) {
                const double ratio = std::min(engines / baseEngines, queued / baseQueue);
                const QByteArray goal = u">= %1"_s.arg(0.9 * n, 0, 'f', 1).toUtf8();
                const QByteArray name
                    = u"speed-up with %1 engines (lower of both)"_s.arg(n).toUtf8();
                bench::printGoal(name.constData(), ratio, "x", goal.constData(), ratio >= 0.9 * n);
                met = met && ratio >= 0.9 * n;
            }
        }
        rc = met ? 0 : 2;
    }
    CHATVOX_TEST_EXIT(rc);
}
