// The whole pipeline in one process, every part real: FakeTwitchIrc (a WebSocket server that
// speaks Twitch IRC) → TwitchChatClient → filters → SpeechQueue → EngineSet → FakeVoicevox
// (an HTTP server that speaks the VOICEVOX API) → AudioPlayer → PulseAudio null sink, which
// SinkRecorder listens to.
#include "app/pipeline.h"
#include "app/settings.h"
#include "app/supervisor.h"
#include "audio/audioplayer.h"
#include "chat/twitchchatclient.h"
#include "core/clock.h"
#include "faketwitchirc.h"
#include "fakevoicevox.h"
#include "sinkrecorder.h"
#include "speech/engineset.h"
#include "speech/speechqueue.h"
#include "testmain.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace chatvox;
using chatvox::FakeTwitchIrc;
using chatvox::test::FakeVoicevox;
using chatvox::test::SinkRecorder;

namespace {
const QString kChannel = u"e2echannel"_s;

// Log lines about dropped messages, captured by a message handler (raid test).
QStringList g_dropLines;
QtMessageHandler g_previousHandler = nullptr;
void captureDropLines(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message.startsWith(u"Chat is too fast"_s))
        g_dropLines << message;
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}
int droppedCountLogged()
{
    static const QRegularExpression number(u"(\\d+)"_s);
    int sum = 0;
    for (const QString &line : std::as_const(g_dropLines))
        sum += number.match(line).captured(1).toInt();
    return sum;
}
} // namespace

class TestPipeline : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<FakeTwitchIrc> m_irc;
    std::unique_ptr<FakeVoicevox> m_engine;
    std::unique_ptr<FakeVoicevox> m_backupEngine;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<Pipeline> m_pipeline;
    std::unique_ptr<SinkRecorder> m_recorder;
    int m_msg = 0;

    // Starts a live pipeline reading kChannel from the fake IRC server with the given engines.
    void startLive(const QList<QUrl> &engines)
    {
        m_settings = std::make_unique<Settings>(m_dir.filePath(u"e2e-%1.ini"_s.arg(++m_msg)));
        m_settings->setRunOverride(u"chat/channel"_s, kChannel);
        m_settings->setRunOverride(u"chat/ircUrl"_s, m_irc->url().toString());
        QStringList urls;
        for (const QUrl &url : engines)
            urls << url.toString();
        m_settings->setRunOverride(u"speech/engines"_s, urls);
        m_settings->setRunOverride(u"speech/engineTimeoutMs"_s, 1500);
        m_settings->setRunOverride(u"speech/systemVoice"_s, false);
        m_pipeline = std::make_unique<Pipeline>(m_settings.get());
        m_pipeline->startLive();
        TwitchChatTimings timings;
        timings.idlePingMs = 300;
        timings.pongTimeoutMs = 300;
        timings.backoff.minMs = 50;
        timings.backoff.maxMs = 200;
        m_pipeline->chat()->setTimings(timings);
        m_pipeline->engines()->setReprobeInterval(100, 400);
        QSignalSpy joined(m_irc.get(), &FakeTwitchIrc::channelJoined);
        QVERIFY(joined.wait(5000));
        QTRY_COMPARE(m_pipeline->supervisor()->status(u"chat"_s).health, Supervisor::Health::Ok);
    }

    QString chat(const QString &login, const QString &text)
    {
        const QString id = u"msg-%1"_s.arg(++m_msg);
        m_irc->sendToChannel(kChannel, FakeTwitchIrc::privmsgLine(kChannel, login, text, id));
        return id;
    }

    void waitSaid(const QString &text, int timeoutMs = 15000)
    {
        QTRY_VERIFY_WITH_TIMEOUT(m_engine->synthesizedTexts().contains(text), timeoutMs);
    }
    void waitIdle(int timeoutMs = 20000)
    {
        QTRY_VERIFY_WITH_TIMEOUT(m_pipeline->queue()->isIdle(), timeoutMs);
    }

private slots:
    void init()
    {
        m_msg = 0;
        m_irc = std::make_unique<FakeTwitchIrc>();
        QVERIFY(m_irc->isListening());
        m_engine = std::make_unique<FakeVoicevox>();
        QVERIFY(m_engine->listen());
        m_recorder = std::make_unique<SinkRecorder>();
        QVERIFY2(m_recorder->start(), qPrintable(m_recorder->errorString()));
    }
    void cleanup()
    {
        m_pipeline.reset();
        m_settings.reset();
        m_irc.reset();
        m_engine.reset();
        m_backupEngine.reset();
        m_recorder.reset();
    }

    void chatIsReadAloudInOrderAndHeard()
    {
        startLive({m_engine->url()});
        const QStringList heard{u"こんばんは"_s, u"ハロー URL 見て"_s, u"わらわら"_s};
        for (int i = 1; i < heard.size(); ++i) { // neighbouring tones differ by > 15 %
            const double a = FakeVoicevox::toneFrequencyForText(heard[i - 1]);
            const double b = FakeVoicevox::toneFrequencyForText(heard[i]);
            QVERIFY(qAbs(a - b) > 0.15 * std::min(a, b));
        }
        const double fromMs = m_recorder->msAt(monotonicNs());
        chat(u"sakura"_s, u"こんばんは"_s);
        chat(u"nightbot"_s, u"I am a bot"_s); // known bot: skipped
        chat(u"kenji"_s, u"!uptime"_s); // command: skipped
        chat(u"alex"_s, u"Hello https://x.example/y 見て"_s); // URL read as "URL", English in katakana
        chat(u"yuki"_s, u"ｗｗｗｗｗｗ"_s); // laughter
        waitSaid(u"わらわら"_s);
        waitIdle();
        // Default speaker: the first style of the first speaker of /speakers (dummy1 style 0).
        QCOMPARE(m_pipeline->defaultStyle(), std::optional<qint64>(0));
        QCOMPARE(m_engine->synthesizedTexts(),
                 (QStringList{u"こんばんは"_s, u"ハロー URL 見て"_s, u"わらわら"_s}));
        QCOMPARE(m_pipeline->stats().spoken, 3);
        QCOMPARE(m_pipeline->stats().skipped, 2);
        QVERIFY(m_recorder->catchUp());
        QVERIFY(m_recorder->rms(fromMs, m_recorder->recordedMs()) > 0.01);
        chatvox::test::SegmentOptions options;
        options.fromMs = fromMs;
        QVERIFY2(m_recorder->segments(options).size() == 3,
                 qPrintable(m_recorder->describe(options)));
    }

    void deletedQueuedMessageIsNeverSpoken()
    {
        startLive({m_engine->url()});
        m_engine->setDelay(u"/synthesis"_s, 300);
        chat(u"first"_s, u"最初のメッセージはちょっと長めです"_s);
        const QString spamId = chat(u"spammer"_s, u"スパム"_s);
        chat(u"last"_s, u"最後"_s);
        QTRY_VERIFY(m_pipeline->stats().spoken == 3);
        m_irc->sendToChannel(kChannel, FakeTwitchIrc::clearMsgLine(kChannel, u"spammer"_s, spamId));
        waitSaid(u"最後"_s);
        waitIdle();
        // It may have been prefetched before the CLEARMSG came, but it is never heard.
        QVERIFY(m_recorder->catchUp());
        const double spamHz = FakeVoicevox::toneFrequencyForText(u"スパム"_s);
        for (const QString &other : {u"最初のメッセージはちょっと長めです"_s, u"最後"_s})
            QVERIFY(qAbs(FakeVoicevox::toneFrequencyForText(other) - spamHz) > spamHz * 0.03);
        for (const auto &segment : m_recorder->segments())
            QVERIFY2(qAbs(segment.frequencyHz - spamHz) > spamHz * 0.03,
                     qPrintable(m_recorder->describe()));
        QCOMPARE(m_pipeline->stats().purged, 1);
    }

    void deletingThePlayingMessageCutsIt()
    {
        startLive({m_engine->url()});
        QSignalSpy started(m_pipeline->queue(), &SpeechQueue::itemStarted);
        const QString text = u"とても長いメッセージをいま読み上げているところです"_s; // ~2.2 s
        const QString id = chat(u"troll"_s, text);
        QVERIFY(started.wait(10000));
        QVERIFY(m_recorder->waitForSound());
        const qint64 cutNs = monotonicNs();
        m_irc->sendToChannel(kChannel, FakeTwitchIrc::clearMsgLine(kChannel, u"troll"_s, id));
        QTRY_VERIFY(!m_pipeline->player()->isPlaying());
        QVERIFY(m_recorder->catchUp(300));
        // Sound stopped soon after the CLEARMSG, long before the clip's 2.2 s.
        QVERIFY(m_recorder->rms(m_recorder->msAt(cutNs) + 300, m_recorder->recordedMs()) < 0.005);
    }

    void killSwitchSilencesAtOnceAndKeepsReading()
    {
        startLive({m_engine->url()});
        QSignalSpy started(m_pipeline->queue(), &SpeechQueue::itemStarted);
        QSignalSpy engaged(m_pipeline.get(), &Pipeline::killSwitchEngaged);
        chat(u"a"_s, u"とても長いメッセージをいま読み上げているところです"_s);
        chat(u"b"_s, u"待っているメッセージ"_s);
        QVERIFY(started.wait(10000));
        QVERIFY(m_recorder->waitForSound());
        const qint64 killNs = monotonicNs();
        m_pipeline->engageKillSwitch();
        QCOMPARE(engaged.size(), 1);
        QVERIFY(m_pipeline->queue()->isIdle());
        QTRY_VERIFY(!m_pipeline->player()->isPlaying());
        QVERIFY(m_recorder->catchUp(300));
        QVERIFY(m_recorder->rms(m_recorder->msAt(killNs) + 300, m_recorder->recordedMs()) < 0.005);
        // Chat goes on being read.
        chat(u"c"_s, u"その後"_s);
        waitSaid(u"その後"_s);
    }

    void timeoutAndClearChatPurge()
    {
        startLive({m_engine->url()});
        m_pipeline->queue()->setPaused(true);
        chat(u"troll"_s, u"荒らし1"_s);
        chat(u"friend"_s, u"友達"_s);
        chat(u"troll"_s, u"荒らし2"_s);
        QTRY_COMPARE(m_pipeline->queue()->waitingCount(), 3);
        m_irc->sendToChannel(kChannel, FakeTwitchIrc::clearChatLine(kChannel, u"troll"_s, 600));
        QTRY_COMPARE(m_pipeline->queue()->waitingCount(), 1);
        QCOMPARE(m_pipeline->queue()->items().first().userLogin, u"friend"_s);
        m_irc->sendToChannel(kChannel, FakeTwitchIrc::clearChatLine(kChannel));
        QTRY_VERIFY(m_pipeline->queue()->isIdle());
        QCOMPARE(m_pipeline->stats().purged, 3);
    }

    // A raid makes the backlog policy drop a message for nearly every new one; the log gets a
    // line a second with the count, not a line per message, and the counts add up.
    void raidDropsAreLoggedOncePerSecond()
    {
        startLive({m_engine->url()});
        QueuePolicy policy = m_pipeline->queue()->policy();
        policy.dropAfter = 3;
        m_pipeline->queue()->setPolicy(policy);
        m_pipeline->queue()->setPaused(true); // nothing is said: the raid only piles up
        g_dropLines.clear();
        g_previousHandler = qInstallMessageHandler(captureDropLines);
        const auto restore = qScopeGuard([] { qInstallMessageHandler(g_previousHandler); });
        QSignalSpy dropped(m_pipeline->queue(), &SpeechQueue::dropped);
        for (int i = 0; i < 60; ++i)
            chat(u"raider%1"_s.arg(i), u"レイドから来ました %1"_s.arg(i));
        QTRY_VERIFY(m_pipeline->queue()->droppedTotal() >= 50);
        QTRY_VERIFY(m_pipeline->queue()->waitingCount() <= 4);
        const int total = m_pipeline->queue()->droppedTotal();
        QTRY_COMPARE_WITH_TIMEOUT(droppedCountLogged(), total, 5000);
        // The signal still comes for every drop (the window and the soak count with it).
        int signalled = 0;
        for (const QList<QVariant> &args : std::as_const(dropped))
            signalled += args.first().toInt();
        QCOMPARE(signalled, total);
        QVERIFY2(dropped.size() >= 40, qPrintable(QString::number(dropped.size())));
        // The raid took well under a second: the first drop at once, the rest when the second
        // is over (3 lines if it straddled two).
        QVERIFY2(g_dropLines.size() >= 2 && g_dropLines.size() <= 3,
                 qPrintable(g_dropLines.join(u'\n')));
        m_pipeline->queue()->clear();
    }

    void keepsReadingThroughDisconnects()
    {
        startLive({m_engine->url()});
        chat(u"a"_s, u"切断前"_s);
        waitSaid(u"切断前"_s);

        // 1. the server closes the socket
        QSignalSpy joined(m_irc.get(), &FakeTwitchIrc::channelJoined);
        m_irc->closeConnections();
        QVERIFY(joined.wait(5000));
        chat(u"a"_s, u"再接続後"_s);
        waitSaid(u"再接続後"_s);

        // 2. RECONNECT from Twitch
        m_irc->sendReconnect();
        QVERIFY(joined.wait(5000));
        chat(u"a"_s, u"リコネクト後"_s);
        waitSaid(u"リコネクト後"_s);

        // 3. half-open: the server stops answering; the client's PING goes unanswered
        m_irc->goSilent();
        QVERIFY(joined.wait(5000));
        chat(u"a"_s, u"半開き後"_s);
        waitSaid(u"半開き後"_s);
        QVERIFY(m_irc->connectionCount() >= 4);
        QTRY_COMPARE(m_pipeline->supervisor()->status(u"chat"_s).health, Supervisor::Health::Ok);
    }

    void engineFaultsFailOverToTheNextEngine_data()
    {
        QTest::addColumn<int>("fault");
        QTest::newRow("500") << 500;
        QTest::newRow("422") << 422;
        QTest::newRow("garbage wav") << 1;
        QTest::newRow("hang past the timeout") << 2;
    }
    void engineFaultsFailOverToTheNextEngine()
    {
        QFETCH(int, fault);
        m_backupEngine = std::make_unique<FakeVoicevox>();
        QVERIFY(m_backupEngine->listen());
        startLive({m_engine->url(), m_backupEngine->url()});
        chat(u"a"_s, u"ウォームアップ"_s);
        waitSaid(u"ウォームアップ"_s);
        // Both engines are replicas (same fake): with neither busy, the preferred one is asked.
        waitIdle();
        switch (fault) {
        case 500:
            m_engine->failNext(u"/synthesis"_s, 500, "Internal Server Error", 1, "text/plain");
            break;
        case 422:
            m_engine->failNext(u"/audio_query"_s, 422,
                               R"({"message":"指定されたスタイルが見つかりませんでした。"})");
            break;
        case 1: {
            FakeVoicevox::Fault f;
            f.kind = FakeVoicevox::FaultKind::GarbageWav;
            m_engine->addFault(u"/synthesis"_s, f);
            break;
        }
        case 2:
            m_engine->hangNext(u"/synthesis"_s);
            break;
        }
        QSignalSpy errors(m_pipeline->engines(), &EngineSet::engineError);
        chat(u"b"_s, u"フェイルオーバー"_s);
        QTRY_VERIFY_WITH_TIMEOUT(m_backupEngine->synthesizedTexts().contains(u"フェイルオーバー"_s),
                                 10000);
        QVERIFY(!errors.isEmpty()); // reported, with the engine's URL
        QCOMPARE(errors.at(0).at(0).toUrl(), m_engine->url());
        if (fault == 422)
            QVERIFY(errors.at(0).at(1).toString().contains(u"指定されたスタイル"_s));
        waitIdle();
        // The queue goes on; after a 422 the preferred engine keeps serving (it is not down),
        // after the others it is used again once it answers its health probe (fail-back).
        chat(u"c"_s, u"フェイルバック"_s);
        QTRY_VERIFY_WITH_TIMEOUT(m_engine->synthesizedTexts().contains(u"フェイルバック"_s), 15000);
    }

    void noEngineAtAllIsReportedNotHalfAlive()
    {
        m_engine->stop();
        startLive({m_engine->url()});
        QTRY_COMPARE_WITH_TIMEOUT(m_pipeline->supervisor()->status(u"engines"_s).health,
                                  Supervisor::Health::Failed, 10000);
        QVERIFY(!m_pipeline->supervisor()->status(u"engines"_s).detail.isEmpty());
        // The engine starts: chat is read again without a restart of ChatVox.
        QVERIFY(m_engine->restart());
        QTRY_COMPARE_WITH_TIMEOUT(m_pipeline->supervisor()->status(u"engines"_s).health,
                                  Supervisor::Health::Ok, 10000);
        chat(u"a"_s, u"エンジン復帰"_s);
        waitSaid(u"エンジン復帰"_s);
        // The voice came from the engine's own list, not a guess made while it was away.
        QCOMPARE(m_pipeline->defaultStyle(), std::optional<qint64>(0));
        QCOMPARE(m_engine->requestCount(u"/speakers"_s), 1);
    }

    void settingsApplyLive()
    {
        startLive({m_engine->url()});
        chatvox::FilterSettings f = m_settings->filters();
        f.ngWords = {u"ネタバレ"_s};
        f.lengthLimit = 5;
        f.dictionary = {{u"草"_s, u"くさ"_s}};
        m_settings->setFilters(f);
        chat(u"a"_s, u"ネタバレ注意"_s);
        chat(u"b"_s, u"草"_s);
        chat(u"c"_s, u"あいうえおかきくけこ"_s);
        waitSaid(u"あいうえお以下略"_s);
        QCOMPARE(m_engine->synthesizedTexts(), (QStringList{u"くさ"_s, u"あいうえお以下略"_s}));

        m_settings->setSpeakerStyle(3);
        chat(u"d"_s, u"変更"_s);
        waitSaid(u"変更"_s);
        QCOMPARE(m_engine->requests(u"/synthesis"_s).last().speaker, 3);
    }
};

CHATVOX_AUDIO_TEST_MAIN(TestPipeline)
#include "tst_pipeline.moc"
