// Chat arrival → first audio frame written, minus engine time: the pipeline's own overhead.
// Live path with every part real (FakeTwitchIrc over WebSocket, filters, SpeechQueue, EngineSet
// over HTTP to a zero-latency FakeVoicevox, AudioPlayer into the PulseAudio null sink).
// Goal (issue #3): p50 < 10 ms, p99 < 30 ms.
#include "app/pipeline.h"
#include "app/settings.h"
#include "audio/audioplayer.h"
#include "benchutil.h"
#include "faketwitchirc.h"
#include "fakevoicevox.h"
#include "speech/speechqueue.h"
#include "testmain.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace chatvox;

int main(int argc, char **argv)
{
    int rc = 0;
    {
        QCoreApplication app(argc, argv);
        const int rounds = argc > 1 ? std::max(5, atoi(argv[1])) : 60;
        QTemporaryDir dir;
        FakeTwitchIrc irc;
        test::FakeVoicevox engine;
        if (!engine.listen() || !irc.isListening()) {
            std::fprintf(stderr, "cannot start the fakes\n");
            return 1;
        }
        Settings settings(dir.filePath(u"bench.ini"_s));
        settings.setRunOverride(u"chat/channel"_s, u"bench"_s);
        settings.setRunOverride(u"chat/ircUrl"_s, irc.url().toString());
        settings.setRunOverride(u"speech/engines"_s, QStringList{engine.url().toString()});
        settings.setRunOverride(u"speech/systemVoice"_s, false);
        settings.setRunOverride(u"speech/speedScale"_s, 2.0); // shorter clips, same pipeline
        Pipeline pipeline(&settings);
        pipeline.startLive();
        QSignalSpy joined(&irc, &FakeTwitchIrc::channelJoined);
        if (!joined.wait(10000)) {
            std::fprintf(stderr, "the client did not join\n");
            return 1;
        }

        QList<double> overheadMs, engineMs, beforeEngineMs, afterEngineMs;
        QSignalSpy finished(pipeline.queue(), &SpeechQueue::playbackFinished);
        for (int i = 0; i <= rounds; ++i) {
            finished.clear();
            const QString id = u"b%1"_s.arg(i);
            irc.sendToChannel(
                u"bench"_s,
                FakeTwitchIrc::privmsgLine(u"bench"_s, u"viewer"_s, u"ベンチ%1"_s.arg(i), id));
            if (!finished.wait(10000)) {
                std::fprintf(stderr, "message %d was not played\n", i);
                return 1;
            }
            if (i == 0)
                continue; // warm-up: the first clip opens connections and the sink
            const auto t = finished.at(0).at(0).value<PlaybackTiming>();
            const qint64 firstFrameNs = pipeline.player()->lastFirstFrameNs();
            overheadMs << double(firstFrameNs - t.receivedNs - t.engineNs) / 1e6;
            engineMs << double(t.engineNs) / 1e6;
            beforeEngineMs << double(t.synthesisStartNs - t.receivedNs) / 1e6;
            afterEngineMs << double(firstFrameNs - t.synthesisEndNs) / 1e6;
        }

        using namespace chatvox::bench;
        std::printf("chat arrival -> first audio frame, minus engine time (%d messages)\n", rounds);
        const double p50 = percentile(overheadMs, 50), p99 = percentile(overheadMs, 99);
        printGoal("pipeline overhead p50", p50, "ms", "< 10 ms", p50 < 10);
        printGoal("pipeline overhead p99", p99, "ms", "< 30 ms", p99 < 30);
        printRatio("overhead p50 vs engine round trip p50", p50, percentile(engineMs, 50), "ms");
        std::printf("  parts (p50): arrival -> synthesis request %.2f ms, engine %.2f ms, audio "
                    "back -> first frame %.2f ms\n",
                    percentile(beforeEngineMs, 50), percentile(engineMs, 50),
                    percentile(afterEngineMs, 50));
        rc = (p50 < 10 && p99 < 30) ? 0 : 2;
    }
    CHATVOX_TEST_EXIT(rc);
}
