// The chat source switch of the desktop's first run: the bundled demo chat plays (a replay
// that never ends the run) until the user enters a channel, then the same Pipeline reads that
// channel live from FakeTwitchIrc, without a restart: the replay stops, what it queued is never
// said, the counters start again, RunStatus follows, and the live chat is read in the default
// voice through FakeVoicevox.
#include "app/pipeline.h"
#include "app/runstatus.h"
#include "app/settings.h"
#include "chat/replaysource.h"
#include "chat/twitchchatclient.h"
#include "faketwitchirc.h"
#include "fakevoicevox.h"
#include "speech/speechqueue.h"
#include "testmain.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace chatvox;
using chatvox::FakeTwitchIrc;
using chatvox::test::FakeVoicevox;

namespace {
const QString kChannel = u"switchchannel"_s;

QByteArray demoLine(int n, const QString &text, qint64 ts)
{
    return FakeTwitchIrc::privmsgLine(u"chatvox_demo"_s, u"demo%1"_s.arg(n), text,
                                      u"demo-%1"_s.arg(n), {}, ts);
}
} // namespace

class TestChatSource : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<FakeTwitchIrc> m_irc;
    std::unique_ptr<FakeVoicevox> m_engine;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<Pipeline> m_pipeline;
    std::unique_ptr<RunStatus> m_status;
    int m_runs = 0;

    // A demo log of `lines` messages, `gapMs` apart in the log's own time.
    QString writeDemo(int lines, int gapMs)
    {
        const QString path = m_dir.filePath(u"demo-%1-%2.log"_s.arg(lines).arg(gapMs));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write("# a demo log\n");
        for (int i = 1; i <= lines; ++i)
            f.write(demoLine(i, u"デモの%1番目"_s.arg(i), 1763899200000 + i * gapMs) + "\n");
        return path;
    }

    void startDemo(const QString &path)
    {
        m_settings = std::make_unique<Settings>(m_dir.filePath(u"switch-%1.ini"_s.arg(++m_runs)));
        m_settings->setRunOverride(u"chat/ircUrl"_s, m_irc->url().toString());
        m_settings->setRunOverride(u"speech/engines"_s, QStringList{m_engine->url().toString()});
        m_settings->setRunOverride(u"speech/systemVoice"_s, false);
        m_settings->setRunOverride(u"speech/engineTimeoutMs"_s, 3000);
        QVERIFY(m_settings->channel().isEmpty());
        m_pipeline = std::make_unique<Pipeline>(m_settings.get());
        m_pipeline->startDemo(path);
        m_status = std::make_unique<RunStatus>(m_pipeline.get(), m_settings.get());
    }

private slots:
    void init()
    {
        m_irc = std::make_unique<FakeTwitchIrc>();
        QVERIFY(m_irc->isListening());
        m_engine = std::make_unique<FakeVoicevox>();
        QVERIFY(m_engine->listen());
    }
    void cleanup()
    {
        m_status.reset();
        m_pipeline.reset();
        m_settings.reset();
        m_irc.reset();
        m_engine.reset();
    }

    void enteringAChannelSwitchesTheDemoToLiveChat()
    {
        // Ten lines, 2 s apart: the demo is still playing when the channel is entered.
        startDemo(writeDemo(10, 2000));
        QSignalSpy finished(m_pipeline.get(), &Pipeline::finished);
        QSignalSpy switched(m_pipeline.get(), &Pipeline::chatSourceChanged);
        QVERIFY(m_pipeline->isDemo());
        QVERIFY(m_pipeline->replay());
        QVERIFY(!m_pipeline->chat());
        QTRY_COMPARE(m_status->connection(), RunStatus::Connection::Demo);
        QVERIFY(m_status->connectionText().contains(u"Demo"_s));
        QCOMPARE(m_status->trayState(), RunStatus::TrayState::Reading);
        QTRY_VERIFY_WITH_TIMEOUT(m_engine->synthesizedTexts().contains(u"デモの1番目"_s), 15000);
        QVERIFY(m_pipeline->stats().spoken >= 1);
        QCOMPARE(m_irc->connectionCount(), 0); // nothing live yet

        // The demo's next lines wait in the queue (paused), then the user enters a channel.
        m_pipeline->setReadingPaused(true);
        QTRY_VERIFY_WITH_TIMEOUT(m_pipeline->queue()->waitingCount() >= 1, 10000);
        QSignalSpy joined(m_irc.get(), &FakeTwitchIrc::channelJoined);
        m_settings->setChannel(kChannel);
        // What is decided and played from now on (the switch happened within setChannel).
        QSignalSpy decisions(m_pipeline.get(), &Pipeline::decision);
        QSignalSpy played(m_pipeline->queue(), &SpeechQueue::itemStarted);
        QCOMPARE(switched.size(), 1);
        QVERIFY(!m_pipeline->isDemo());
        QVERIFY(!m_pipeline->replay());
        QVERIFY(m_pipeline->chat());
        QCOMPARE(m_pipeline->queue()->waitingCount(), 0); // the demo's lines are dropped
        QCOMPARE(m_pipeline->stats().spoken, 0); // counted from zero
        QVERIFY(joined.wait(5000));
        QCOMPARE(joined.at(0).at(1).toString(), kChannel);
        QVERIFY(m_irc->nick(0).startsWith(u"justinfan"_s)); // anonymous, no login needed
        QTRY_COMPARE(m_status->connection(), RunStatus::Connection::Connected);
        QVERIFY(m_status->connectionText().contains(kChannel));

        // Live chat is read; the demo never goes on.
        m_pipeline->setReadingPaused(false);
        m_irc->sendToChannel(
            kChannel,
            FakeTwitchIrc::privmsgLine(kChannel, u"viewer"_s, u"本物のチャット"_s, u"live-1"_s));
        QTRY_VERIFY_WITH_TIMEOUT(m_engine->synthesizedTexts().contains(u"本物のチャット"_s), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(m_pipeline->queue()->isIdle(), 15000);
        QTest::qWait(2500); // longer than the demo's gap: a replay still running would show
        QCOMPARE(decisions.size(), 1);
        QVERIFY(decisions.at(0).at(0).toByteArray().contains("live-1"));
        QCOMPARE(played.size(), 1);
        QCOMPARE(played.at(0).at(0).value<QueueItemInfo>().text, u"本物のチャット"_s);
        QCOMPARE(m_pipeline->stats().spoken, 1);
        QCOMPARE(finished.size(), 0);

        // A channel change later is a plain live change (no second switch).
        m_settings->setChannel(u"otherchannel"_s);
        QCOMPARE(switched.size(), 1);
        QTRY_VERIFY(m_irc->joinedChannels(0).contains(u"otherchannel"_s));
    }

    void theEndOfTheDemoDoesNotEndTheRun()
    {
        startDemo(writeDemo(2, 100));
        QSignalSpy finished(m_pipeline.get(), &Pipeline::finished);
        QSignalSpy demoEnded(m_pipeline.get(), &Pipeline::demoFinished);
        QVERIFY(demoEnded.wait(10000));
        QTRY_VERIFY_WITH_TIMEOUT(m_engine->synthesizedTexts().contains(u"デモの2番目"_s), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(m_pipeline->queue()->isIdle(), 15000);
        QTRY_VERIFY(m_status->demoEnded());
        QVERIFY(m_status->connectionText().contains(u"ended"_s));
        QCOMPARE(m_status->trayState(), RunStatus::TrayState::Disconnected);
        QVERIFY(!finished.wait(500));
        // Still switchable afterwards.
        QSignalSpy joined(m_irc.get(), &FakeTwitchIrc::channelJoined);
        m_pipeline->switchToLive(); // no channel yet: connects, joins nothing
        QVERIFY(m_pipeline->chat());
        QTRY_COMPARE(m_status->connection(), RunStatus::Connection::NoChannel);
        m_settings->setChannel(kChannel);
        QVERIFY(joined.wait(5000));
        QCOMPARE(joined.at(0).at(1).toString(), kChannel);
    }

    void theBundledDemoPlays()
    {
        startDemo(u":/demo/demo_chat.log"_s);
        // The first line of resources/demo/demo_chat.log, with the name prefix.
        QTRY_VERIFY_WITH_TIMEOUT(!m_engine->synthesizedTexts().isEmpty(), 15000);
        QVERIFY2(m_engine->synthesizedTexts().constFirst().contains(u"こんばんは"_s),
                 qPrintable(m_engine->synthesizedTexts().constFirst()));
    }

    void aDryRunNeverSwitches()
    {
        m_settings = std::make_unique<Settings>(m_dir.filePath(u"dry.ini"_s));
        m_pipeline = std::make_unique<Pipeline>(m_settings.get());
        QFile sink;
        QVERIFY(sink.open(stderr, QIODevice::WriteOnly));
        m_pipeline->startDryRun(writeDemo(1, 100), &sink);
        m_pipeline->switchToLive();
        QVERIFY(!m_pipeline->chat());
        QVERIFY(m_pipeline->replay());
    }
};

CHATVOX_AUDIO_TEST_MAIN(TestChatSource)
#include "tst_chatsource.moc"
