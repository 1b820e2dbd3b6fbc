// SpeechQueue with its real partners: EngineSet against the in-process FakeVoicevox engine,
// AudioPlayer into the private PulseAudio null sink, and SinkRecorder listening to it.
#include "audio/audioplayer.h"
#include "core/clock.h"
#include "fakevoicevox.h"
#include "sinkrecorder.h"
#include "speech/engineset.h"
#include "speech/speechqueue.h"
#include "testmain.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace chatvox;
using chatvox::test::FakeVoicevox;
using chatvox::test::SinkRecorder;

namespace {

Utterance say(const QString &id, const QString &user, const QString &text)
{
    Utterance u;
    u.messageId = id;
    u.userLogin = user;
    u.text = text;
    u.styleId = 0;
    u.receivedNs = monotonicNs();
    return u;
}

double speedOf(const chatvox::test::FakeVoicevoxRequest &synthesis)
{
    return QJsonDocument::fromJson(synthesis.body).object().value(u"speedScale"_s).toDouble();
}

} // namespace

class TestSpeechQueue : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<FakeVoicevox> m_engine;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<EngineSet> m_engines;
    std::unique_ptr<AudioPlayer> m_player;
    std::unique_ptr<SpeechQueue> m_queue;
    std::unique_ptr<SinkRecorder> m_recorder;

    void waitIdle(int timeoutMs = 20000) { QTRY_VERIFY_WITH_TIMEOUT(m_queue->isIdle(), timeoutMs); }

private slots:
    void init()
    {
        m_engine = std::make_unique<FakeVoicevox>();
        QVERIFY(m_engine->listen());
        m_network = std::make_unique<QNetworkAccessManager>();
        m_engines = std::make_unique<EngineSet>(m_network.get());
        m_engines->setEndpoints({m_engine->url()});
        m_engines->setRequestTimeout(2000);
        m_engines->start();
        QTRY_VERIFY(m_engines->hasUsableEngine());
        m_player = std::make_unique<AudioPlayer>();
        m_queue = std::make_unique<SpeechQueue>(m_engines.get(), m_player.get(), nullptr);
        m_recorder = std::make_unique<SinkRecorder>();
        QVERIFY2(m_recorder->start(), qPrintable(m_recorder->errorString()));
    }
    void cleanup()
    {
        m_queue.reset();
        m_player.reset();
        m_engines.reset();
        m_network.reset();
        m_engine.reset();
        m_recorder.reset();
    }

    void speaksInOrderOfArrival()
    {
        const QStringList texts{u"こんにちは"_s, u"初見です"_s, u"GG"_s};
        // Neighbouring tones differ by > 15 %: the recording tells the clips apart by ear.
        for (int i = 1; i < texts.size(); ++i) {
            const double a = FakeVoicevox::toneFrequencyForText(texts[i - 1]);
            const double b = FakeVoicevox::toneFrequencyForText(texts[i]);
            QVERIFY(qAbs(a - b) > 0.15 * std::min(a, b));
        }
        QSignalSpy finished(m_queue.get(), &SpeechQueue::playbackFinished);
        const double fromMs = m_recorder->msAt(monotonicNs());
        for (int i = 0; i < texts.size(); ++i)
            m_queue->enqueue(say(u"m%1"_s.arg(i), u"viewer"_s, texts[i]));
        waitIdle();
        QCOMPARE(finished.size(), 3);
        QCOMPARE(m_engine->synthesizedTexts(), texts);
        QVERIFY(m_recorder->catchUp());
        chatvox::test::SegmentOptions options;
        options.fromMs = fromMs;
        const auto segments = m_recorder->segments(options);
        QVERIFY2(segments.size() == 3, qPrintable(m_recorder->describe(options)));
        for (int i = 0; i < 3; ++i) {
            const double want = FakeVoicevox::toneFrequencyForText(texts[i]);
            QVERIFY2(qAbs(segments[i].frequencyHz - want) < want * 0.05,
                     qPrintable(m_recorder->describe(options)));
        }
    }

    void synthesizesTheNextWhileOnePlays()
    {
        m_engine->setDelay(u"/synthesis"_s, 300);
        QSignalSpy finished(m_queue.get(), &SpeechQueue::playbackFinished);
        const QString longText = u"これはとても長いメッセージです"_s; // ~1.4 s of audio
        m_queue->enqueue(say(u"a"_s, u"u1"_s, longText));
        m_queue->enqueue(say(u"b"_s, u"u2"_s, u"次のメッセージ"_s));
        m_queue->enqueue(say(u"c"_s, u"u3"_s, u"三つ目"_s));
        QVERIFY(finished.wait(10000));
        // Both following items were asked for before the first one had finished playing.
        const auto timing = finished.at(0).at(0).value<PlaybackTiming>();
        const auto synth = m_engine->requests(u"/synthesis"_s);
        QCOMPARE(synth.size(), 3);
        QVERIFY(synth[1].timeNs < timing.playEndNs);
        QVERIFY(synth[2].timeNs < timing.playEndNs);
        // ... but never more than two requests at once (the engine serializes synthesis).
        QVERIFY(m_engine->maxConcurrentRequests() <= 2);
        waitIdle();
        QCOMPARE(finished.size(), 3);
    }

    void prefetchKeepsGoingDuringALongQueue()
    {
        m_engine->setDelay(u"/synthesis"_s, 100);
        QSignalSpy finished(m_queue.get(), &SpeechQueue::playbackFinished);
        const QStringList texts{u"一番目です"_s, u"二番目です"_s, u"三番目です"_s,
                                u"四番目です"_s, u"五番目です"_s, u"六番目です"_s};
        for (int i = 0; i < texts.size(); ++i)
            m_queue->enqueue(say(u"m%1"_s.arg(i), u"u"_s, texts[i]));
        waitIdle();
        QCOMPARE(finished.size(), texts.size());
        // Item n+2 is always asked for while item n plays: never a pause to fetch.
        const auto synth = m_engine->requests(u"/synthesis"_s);
        QCOMPARE(synth.size(), texts.size());
        for (int n = 0; n + 2 < texts.size(); ++n) {
            const auto playing = finished.at(n).at(0).value<PlaybackTiming>();
            QVERIFY2(
                synth[n + 2].timeNs < playing.playEndNs,
                qPrintable(u"item %1 was fetched only after item %2 ended"_s.arg(n + 2).arg(n)));
        }
    }

    void sequentialModeFetchesOnlyWhenIdle()
    {
        QueuePolicy policy;
        policy.prefetch = 0;
        m_queue->setPolicy(policy);
        QSignalSpy finished(m_queue.get(), &SpeechQueue::playbackFinished);
        m_queue->enqueue(say(u"a"_s, u"u1"_s, u"ひとつめ"_s));
        m_queue->enqueue(say(u"b"_s, u"u2"_s, u"ふたつめ"_s));
        waitIdle();
        QCOMPARE(finished.size(), 2);
        const auto first = finished.at(0).at(0).value<PlaybackTiming>();
        QVERIFY(m_engine->requests(u"/audio_query"_s).at(1).timeNs >= first.playEndNs);
    }

    void longTextIsSplitAtSentenceEnds()
    {
        m_queue->setSplitLength(12);
        m_queue->enqueue(
            say(u"long"_s, u"u"_s, u"一つ目の文です。二つ目の文です。三つ目の文です。"_s));
        waitIdle();
        QCOMPARE(
            m_engine->synthesizedTexts(),
            (QStringList{u"一つ目の文です。"_s, u"二つ目の文です。"_s, u"三つ目の文です。"_s}));
    }

    void chatFasterThanSpeechKeepsBeingRead()
    {
        // Regression (soak run): with chat faster than speech, every new message dropped the
        // oldest and re-started the "N件省略" notice's synthesis; the notice never got ready,
        // and nothing queued behind it was ever said. Then, with a new notice at every drop,
        // notices took every synthesis slot: seven "N件省略" for each message read.
        m_engine->setDelay(u"/synthesis"_s, 50);
        int messagesHeard = 0;
        int noticesHeard = 0;
        connect(m_queue.get(), &SpeechQueue::playbackFinished, this, [&](const PlaybackTiming &t) {
            ++(t.messageId.isEmpty() ? noticesHeard : messagesHeard);
        });
        int n = 0;
        QTimer chat;
        connect(&chat, &QTimer::timeout, this, [&] {
            m_queue->enqueue(say(u"f%1"_s.arg(n), u"raider%1"_s.arg(n % 50), u"はや%1"_s.arg(n)));
            ++n;
        });
        chat.start(10); // 100 messages a second
        QTRY_VERIFY_WITH_TIMEOUT(messagesHeard + noticesHeard >= 12, 20000);
        chat.stop();
        // Messages are read between the notices; "N件省略" never outnumbers them.
        QVERIFY2(noticesHeard >= 1 && messagesHeard >= noticesHeard,
                 qPrintable(u"%1 messages, %2 notices"_s.arg(messagesHeard).arg(noticesHeard)));
        QVERIFY(m_queue->droppedTotal() > 50);
        QVERIFY(m_queue->waitingCount() <= m_queue->policy().dropAfter);
        waitIdle(30000);
    }

    void backlogSpeedsUpThenDropsOldestAndSaysHowMany()
    {
        m_queue->setSynthesisHeld(true); // let a backlog build up
        QSignalSpy dropped(m_queue.get(), &SpeechQueue::dropped);
        QSignalSpy speed(m_queue.get(), &SpeechQueue::speedFactorChanged);
        for (int i = 0; i < 24; ++i)
            m_queue->enqueue(say(u"m%1"_s.arg(i), u"u%1"_s.arg(i), u"メッセージ%1"_s.arg(i)));
        QCOMPARE(m_queue->waitingCount(), 20);
        QCOMPARE(m_queue->droppedTotal(), 4);
        QVERIFY(!dropped.isEmpty());
        QVERIFY(!speed.isEmpty());
        QCOMPARE(m_queue->currentSpeedFactor(), 1.5);
        const auto items = m_queue->items();
        QCOMPARE(items.first().text, u"4件省略"_s); // said where the dropped ones stood
        QCOMPARE(items.at(1).messageId, u"m4"_s); // the oldest survivor
        QVERIFY(std::none_of(items.cbegin(), items.cend(),
                             [](const QueueItemInfo &i) { return i.messageId == u"m0"; }));

        // Speak it all quickly: fewer waiting, slower speech again.
        m_queue->setSynthesisHeld(false);
        waitIdle(60000);
        const QStringList said = m_engine->synthesizedTexts();
        QCOMPARE(said.first(), u"4件省略"_s);
        QCOMPARE(said.size(), 21);
        QCOMPARE(said.last(), u"メッセージ23"_s);
        const auto synth = m_engine->requests(u"/synthesis"_s);
        QVERIFY(speedOf(synth.first()) > 1.0);
        QCOMPARE(speedOf(synth.last()), 1.0);
        QCOMPARE(m_queue->currentSpeedFactor(), 1.0);
    }

    void purgedWaitingMessageIsNeverSpoken()
    {
        m_engine->setDelay(u"/synthesis"_s, 200);
        m_queue->enqueue(say(u"keep1"_s, u"a"_s, u"残るメッセージ"_s));
        m_queue->enqueue(say(u"spam"_s, u"spammer"_s, u"スパムです"_s));
        m_queue->enqueue(say(u"keep2"_s, u"b"_s, u"これも残る"_s));
        QCOMPARE(m_queue->purgeMessage(u"spam"_s), 1);
        waitIdle();
        QVERIFY(!m_engine->synthesizedTexts().contains(u"スパムです"_s));
        QCOMPARE(m_engine->synthesizedTexts().size(), 2);
    }

    void purgingThePlayingMessageCutsIt()
    {
        const QString text = u"とても長いメッセージをいま読み上げているところです"_s; // ~2.2 s
        QSignalSpy started(m_queue.get(), &SpeechQueue::itemStarted);
        QSignalSpy finished(m_queue.get(), &SpeechQueue::playbackFinished);
        m_queue->enqueue(say(u"long"_s, u"troll"_s, text));
        m_queue->enqueue(say(u"next"_s, u"friend"_s, u"次"_s));
        QVERIFY(started.wait(5000));
        QVERIFY(m_recorder->waitForSound());
        const qint64 cutNs = monotonicNs();
        QCOMPARE(m_queue->purgeUser(u"TROLL"_s), 1);
        waitIdle();
        QCOMPARE(finished.size(), 1); // only "次" was heard to its end
        QCOMPARE(finished.at(0).at(0).value<PlaybackTiming>().messageId, u"next"_s);
        QVERIFY(m_recorder->catchUp());
        // The long tone stopped soon after the cut, far before its 2.2 s were over.
        const double cutMs = m_recorder->msAt(cutNs);
        const double longHz = FakeVoicevox::toneFrequencyForText(text);
        chatvox::test::SegmentOptions options;
        options.fromMs = cutMs + 250;
        for (const auto &segment : m_recorder->segments(options))
            QVERIFY2(qAbs(segment.frequencyHz - longHz) > longHz * 0.05,
                     qPrintable(m_recorder->describe(options)));
    }

    void clearEmptiesEverything()
    {
        m_engine->setDelay(u"/synthesis"_s, 100);
        QSignalSpy idle(m_queue.get(), &SpeechQueue::idle);
        for (int i = 0; i < 5; ++i)
            m_queue->enqueue(say(u"m%1"_s.arg(i), u"u"_s, u"クリアされる%1"_s.arg(i)));
        QCOMPARE(m_queue->clear(), 5);
        QVERIFY(m_queue->isIdle());
        QVERIFY(idle.wait(2000));
        QVERIFY(!m_player->isPlaying());
    }

    void engineFailureIsReportedAndTheQueueGoesOn()
    {
        // No system voice here: the failed item is reported and dropped, the next one plays.
        m_engine->failNext(u"/synthesis"_s, 500, "Internal Server Error", 1, "text/plain");
        QSignalSpy errors(m_queue.get(), &SpeechQueue::error);
        m_queue->enqueue(say(u"bad"_s, u"a"_s, u"失敗する"_s));
        QTRY_VERIFY(!errors.isEmpty());
        QVERIFY(errors.at(0).at(0).toString().contains(u"500"_s)
                || errors.at(0).at(0).toString().contains(u"Internal"_s));
        // The engine was marked down by the 500; it is probed again and comes back.
        QTRY_VERIFY_WITH_TIMEOUT(m_engines->hasUsableEngine(), 10000);
        QSignalSpy finished(m_queue.get(), &SpeechQueue::playbackFinished);
        m_queue->enqueue(say(u"good"_s, u"b"_s, u"成功する"_s));
        QVERIFY(finished.wait(10000));
        QCOMPARE(m_engine->synthesizedTexts().last(), u"成功する"_s);
    }

    void pauseHoldsPlaybackButNotSynthesis()
    {
        m_queue->setPaused(true);
        m_queue->enqueue(say(u"p"_s, u"a"_s, u"一時停止中"_s));
        // Prefetched ... (an unpaused queue would start playing the moment it is Ready)
        QTRY_COMPARE(m_queue->items().first().state, QueueItemInfo::State::Ready);
        QVERIFY(!m_player->isPlaying()); // ... but not played
        QSignalSpy finished(m_queue.get(), &SpeechQueue::playbackFinished);
        m_queue->setPaused(false);
        QVERIFY(finished.wait(5000));
    }

    void skipCurrentMovesOn()
    {
        QSignalSpy started(m_queue.get(), &SpeechQueue::itemStarted);
        m_queue->enqueue(say(u"a"_s, u"a"_s, u"長めのメッセージを読んでいます"_s));
        m_queue->enqueue(say(u"b"_s, u"b"_s, u"つぎ"_s));
        QVERIFY(started.wait(5000));
        m_queue->skipCurrent();
        QTRY_COMPARE(started.size(), 2);
        QCOMPARE(started.at(1).at(0).value<QueueItemInfo>().messageId, u"b"_s);
        waitIdle();
    }

    // Engine pool (issue #4): with three replicas the queue synthesizes three times as far
    // ahead, every replica works, and playback keeps the order of arrival.
    void replicasSynthesizeAheadTogetherInOrder()
    {
        FakeVoicevox b, c;
        QVERIFY(b.listen());
        QVERIFY(c.listen());
        const QList<FakeVoicevox *> fakes{m_engine.get(), &b, &c};
        for (FakeVoicevox *fake : fakes)
            fake->setDelay(u"/synthesis"_s, 300);
        EngineSet pool(m_network.get());
        pool.setEndpoints({m_engine->url(), b.url(), c.url()});
        pool.setRequestTimeout(5000);
        pool.start();
        QTRY_COMPARE(pool.poolSize(), 3);
        SpeechQueue queue(&pool, m_player.get(), nullptr);
        int mostSynthesizing = 0;
        connect(&queue, &SpeechQueue::changed, this, [&] {
            int n = 0;
            for (const QueueItemInfo &item : queue.items())
                n += item.state == QueueItemInfo::State::Synthesizing ? 1 : 0;
            mostSynthesizing = std::max(mostSynthesizing, n);
        });
        QSignalSpy finished(&queue, &SpeechQueue::playbackFinished);
        QStringList ids;
        for (int i = 0; i < 6; ++i) {
            ids << u"p%1"_s.arg(i);
            queue.enqueue(say(ids.last(), u"viewer"_s, u"%1番"_s.arg(i)));
        }
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 6, 20000);
        QStringList played;
        for (const QList<QVariant> &args : std::as_const(finished))
            played << args.at(0).value<PlaybackTiming>().messageId;
        QCOMPARE(played, ids);
        QVERIFY2(mostSynthesizing > 2, qPrintable(QString::number(mostSynthesizing))); // > prefetch
        for (FakeVoicevox *fake : fakes)
            QVERIFY(!fake->synthesizedTexts().isEmpty());
    }
};

CHATVOX_AUDIO_TEST_MAIN(TestSpeechQueue)
#include "tst_speechqueue.moc"
