// Health probes and metrics (Health, serve/HealthServer) end to end through the real app parts:
// FakeTwitchIrc → TwitchChatClient → filters → SpeechQueue → EngineSet → FakeVoicevox →
// AudioPlayer → PulseAudio null sink. The probes are read with a raw HTTP/1.1 client (blocking
// QTcpSocket: the server answers from its own thread), /metrics with the Prometheus project's
// own text parser (python3-prometheus-client). The half-alive cases of the fault matrix — IRC
// socket half-open, engine hung, audio device gone, event loop blocked — each flip a probe and
// flip it back after recovery.
#include "app/health.h"
#include "app/pipeline.h"
#include "app/settings.h"
#include "app/supervisor.h"
#include "chat/twitchchatclient.h"
#include "faketwitchirc.h"
#include "fakevoicevox.h"
#include "prometheusparser.h"
#include "serve/healthserver.h"
#include "speech/engineset.h"
#include "speech/speechqueue.h"
#include "testmain.h"

#include <atomic>
#include <thread>

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace chatvox;
using chatvox::test::FakeVoicevox;
using chatvox::test::haveParser;
using chatvox::test::parseMetrics;
using chatvox::test::sample;

namespace {

const QString kChannel = u"healthchannel"_s;

struct Answer
{
    int status = 0; // 0: no answer
    QByteArray contentType;
    QByteArray body;
    double ms = 0; // connect to last byte
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QString reason() const { return json().value(u"reason"_s).toString(); }
};

// GET `path` with a plain HTTP/1.1 client; usable from any thread (blocking socket).
Answer httpGet(quint16 port, const QByteArray &path, int timeoutMs = 3000)
{
    Answer answer;
    QElapsedTimer clock;
    clock.start();
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(timeoutMs))
        return answer;
    socket.write("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    QByteArray data;
    while (socket.state() == QAbstractSocket::ConnectedState
           && clock.elapsed() < timeoutMs) { // Connection: close ends the answer
        if (socket.waitForReadyRead(int(timeoutMs - clock.elapsed())))
            data += socket.readAll();
    }
    data += socket.readAll();
    answer.ms = double(clock.nsecsElapsed()) / 1e6;
    const qsizetype split = data.indexOf("\r\n\r\n");
    if (split < 0 || !data.startsWith("HTTP/1.1 "))
        return answer;
    answer.status = data.mid(9, 3).toInt();
    for (const QByteArray &line : data.left(split).split('\n')) {
        if (line.toLower().startsWith("content-type:"))
            answer.contentType = line.mid(13).trimmed();
    }
    answer.body = data.mid(split + 4);
    return answer;
}

// Runs pactl against the private PulseAudio; its output, or nullopt if it failed.
std::optional<QString> pactl(const QStringList &args)
{
    QProcess p;
    p.start(u"pactl"_s, args);
    if (!p.waitForFinished(5000) || p.exitCode() != 0)
        return std::nullopt;
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

} // namespace

class TestHealth : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<FakeTwitchIrc> m_irc;
    std::unique_ptr<FakeVoicevox> m_engine;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<Pipeline> m_pipeline;
    std::unique_ptr<Health> m_health;
    int m_msg = 0;

    // A live pipeline on the fakes with health probes on a free port.
    void start()
    {
        m_settings = std::make_unique<Settings>(m_dir.filePath(u"health-%1.ini"_s.arg(++m_msg)));
        m_settings->setRunOverride(u"chat/channel"_s, kChannel);
        m_settings->setRunOverride(u"chat/ircUrl"_s, m_irc->url().toString());
        m_settings->setRunOverride(u"speech/engines"_s, QStringList{m_engine->url().toString()});
        m_settings->setRunOverride(u"speech/systemVoice"_s, false);
        Settings::ServeSettings serve;
        serve.health = true;
        serve.healthPort = 0;
        m_settings->setServe(serve);
        m_pipeline = std::make_unique<Pipeline>(m_settings.get());
        m_pipeline->supervisor()->setRestartDelays(100, 400);
        QSignalSpy joined(m_irc.get(), &FakeTwitchIrc::channelJoined);
        m_pipeline->startLive();
        QVERIFY(joined.wait(5000));
        m_health = std::make_unique<Health>(m_settings.get(), m_pipeline.get(), nullptr);
        QVERIFY2(m_health->server() && m_health->server()->isListening(),
                 qPrintable(m_health->status()));
        QTRY_VERIFY_WITH_TIMEOUT(m_pipeline->defaultStyle().has_value(), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(m_health->isReady(), 5000);
    }
    quint16 port() const { return m_health->server()->serverPort(); }
    Answer get(const QByteArray &path) { return httpGet(port(), path); }

    QString chat(const QString &login, const QString &text)
    {
        const QString id = u"msg-%1"_s.arg(++m_msg);
        m_irc->sendToChannel(kChannel, FakeTwitchIrc::privmsgLine(kChannel, login, text, id));
        return id;
    }

    // Waits for /readyz to answer `status`; the last answer.
    Answer waitReady(int status, int timeoutMs)
    {
        QElapsedTimer clock;
        clock.start();
        Answer a = get("/readyz");
        while (a.status != status && clock.elapsed() < timeoutMs) {
            QTest::qWait(50); // lets the pipeline run between polls
            a = get("/readyz");
        }
        return a;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_irc = std::make_unique<FakeTwitchIrc>();
        QVERIFY(m_irc->isListening());
        m_engine = std::make_unique<FakeVoicevox>();
        QVERIFY(m_engine->listen());
    }
    void cleanup()
    {
        m_health.reset();
        m_pipeline.reset();
        m_settings.reset();
        m_engine.reset();
        m_irc.reset();
    }

    void probesAnswerJsonWhenAllIsWell()
    {
        start();
        const Answer live = get("/healthz");
        QCOMPARE(live.status, 200);
        QVERIFY2(live.contentType.startsWith("application/json"), live.contentType);
        QCOMPARE(live.json()[u"status"_s].toString(), u"ok"_s);
        QVERIFY(live.json()[u"checks"_s][u"event_loop"_s][u"ok"_s].toBool());

        const Answer ready = get("/readyz");
        QCOMPARE(ready.status, 200);
        const QJsonObject checks = ready.json()[u"checks"_s].toObject();
        for (const char *name : {"chat", "speech", "output", "event_loop"})
            QVERIFY2(checks[QLatin1String(name)][u"ok"_s].toBool(), name);
        QVERIFY(checks[u"chat"_s][u"detail"_s].toString().contains(kChannel));

        QCOMPARE(get("/nothing").status, 404);
        // Served on 127.0.0.1 only by default.
        QCOMPARE(m_health->server()->isListening(), true);
    }

    void metricsParseWithThePrometheusParser()
    {
        if (!haveParser())
            QSKIP("python3-prometheus-client is not installed (scripts/dev test installs it)");
        start();
        QSignalSpy finished(m_pipeline->queue(), &SpeechQueue::itemFinished);
        chat(u"viewer_a"_s, u"こんにちは"_s);
        chat(u"viewer_b"_s, u"配信たのしい"_s);
        chat(u"viewer_c"_s, u"!command ignored"_s);
        chat(u"viewer_d"_s, QString(200, u'あ'));
        const QString banned = chat(u"troll"_s, u"消される"_s);
        m_irc->sendToChannel(kChannel, FakeTwitchIrc::clearChatLine(kChannel, u"troll"_s));
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() >= 2, 15000);

        const Answer a = get("/metrics");
        QCOMPARE(a.status, 200);
        QVERIFY2(a.contentType.startsWith("text/plain; version=0.0.4"), a.contentType);
        QString error;
        const QJsonObject parsed = parseMetrics(a.body, &error);
        QVERIFY2(!parsed.isEmpty(), qPrintable(error + u"\n"_s + QString::fromUtf8(a.body)));
        QCOMPARE(sample(parsed, u"chatvox_messages_received_total"_s), 5.0);
        QCOMPARE(sample(parsed, u"chatvox_messages_spoken_total"_s, {{u"source"_s, u"chat"_s}}),
                 m_pipeline->stats().spoken * 1.0);
        QCOMPARE(sample(parsed, u"chatvox_messages_skipped_total"_s, {{u"reason"_s, u"command"_s}}),
                 1.0);
        QCOMPARE(m_pipeline->stats().purged, 1);
        QCOMPARE(sample(parsed, u"chatvox_messages_purged_total"_s), 1.0);
        const QString engine = m_engine->url().toString();
        QVERIFY(sample(parsed, u"chatvox_engine_synthesis_seconds_count"_s, {{u"engine"_s, engine}})
                >= 2);
        QVERIFY(sample(parsed, u"chatvox_engine_synthesis_seconds_bucket"_s,
                       {{u"engine"_s, engine}, {u"le"_s, u"+Inf"_s}})
                >= 2);
        QCOMPARE(parsed[u"types"_s][u"chatvox_engine_synthesis_seconds"_s].toString(),
                 u"histogram"_s);
        QCOMPARE(parsed[u"types"_s][u"chatvox_queue_length"_s].toString(), u"gauge"_s);
        QVERIFY(sample(parsed, u"chatvox_queue_length"_s) >= 0);
        QVERIFY(sample(parsed, u"chatvox_uptime_seconds"_s) > 0);
        QCOMPARE(sample(parsed, u"chatvox_ready"_s), 1.0);
        QCOMPARE(sample(parsed, u"chatvox_part_ok"_s, {{u"part"_s, u"chat"_s}}), 1.0);
        Q_UNUSED(banned);
    }

    void halfOpenChatSocketFailsReadinessUntilRejoined()
    {
        start();
        // The server stops answering (no data, no PONG) while TCP stays up.
        TwitchChatTimings timings;
        timings.idlePingMs = 300;
        timings.pongTimeoutMs = 300;
        m_pipeline->chat()->setTimings(timings);
        // The timings apply from the next line the client gets.
        QSignalSpy decision(m_pipeline.get(), &Pipeline::decision);
        chat(u"viewer"_s, u"まだいる"_s);
        QVERIFY(decision.wait(5000));
        QSignalSpy notReady(m_health.get(), &Health::readinessChanged);
        QSignalSpy rejoined(m_irc.get(), &FakeTwitchIrc::channelJoined);
        m_irc->goSilent();
        QVERIFY(notReady.wait(5000));
        QCOMPARE(notReady.last().at(0).toBool(), false);
        const Answer down = get("/readyz");
        QCOMPARE(down.status, 503);
        QVERIFY2(down.reason().startsWith(u"chat:"_s), qPrintable(down.reason()));
        QCOMPARE(get("/healthz").status, 200); // alive: reconnecting is not dead
        // The client reconnects by itself; the new connection answers.
        QVERIFY(rejoined.wait(10000));
        const Answer up = waitReady(200, 3000);
        QVERIFY2(up.status == 200, up.body);
        QVERIFY(m_health->metrics()->value("chatvox_chat_reconnects_total") >= 1);
    }

    void hungEngineFailsReadinessUntilItAnswers()
    {
        start();
        EngineSet *engines = m_pipeline->engines();
        engines->setProbeTimeout(400);
        engines->setRequestTimeout(400);
        engines->setReprobeInterval(200, 400);
        engines->setHealthCheckInterval(200);
        // Accepts connections and reads requests, never answers.
        for (const QString &path : {u"/version"_s, u"/audio_query"_s, u"/synthesis"_s,
                                    u"/speakers"_s, u"/engine_manifest"_s})
            m_engine->hangNext(path, 1000);
        QSignalSpy readiness(m_health.get(), &Health::readinessChanged);
        QVERIFY(readiness.wait(5000));
        QCOMPARE(readiness.last().at(0).toBool(), false);
        const Answer down = get("/readyz");
        QCOMPARE(down.status, 503);
        QVERIFY2(down.reason().startsWith(u"speech:"_s), qPrintable(down.reason()));
        QCOMPARE(get("/healthz").status, 200);
        m_engine->clearFaults();
        const Answer up = waitReady(200, 5000);
        QVERIFY2(up.status == 200, up.body);
        QVERIFY(m_health->metrics()->value("chatvox_engine_failures_total",
                                           {{"engine", m_engine->url().toString()}})
                >= 1);
    }

    void audioDeviceGoneFailsReadinessUntilBack()
    {
        start();
        // The null sink that is the only output of the private PulseAudio goes away.
        const std::optional<QString> modules = pactl({u"list"_s, u"short"_s, u"modules"_s});
        QVERIFY2(modules, "pactl does not answer (run inside tests/with-pulseaudio.sh)");
        QString module;
        for (const QString &line : modules->split(u'\n')) {
            if (line.contains(u"module-null-sink"_s) && line.contains(u"chatvox_test"_s))
                module = line.section(u'\t', 0, 0);
        }
        QVERIFY2(!module.isEmpty(), qPrintable(*modules));
        QVERIFY(pactl({u"unload-module"_s, module}));
        const Answer down = waitReady(503, 5000);
        QCOMPARE(down.status, 503);
        QVERIFY2(down.reason().startsWith(u"output:"_s), qPrintable(down.reason()));
        QCOMPARE(get("/healthz").status, 200);

        QVERIFY(pactl({u"load-module"_s, u"module-null-sink"_s, u"sink_name=chatvox_test"_s,
                       u"rate=48000"_s, u"channels=2"_s}));
        QVERIFY(pactl({u"set-default-sink"_s, u"chatvox_test"_s}));
        const Answer up = waitReady(200, 5000);
        QVERIFY2(up.status == 200, up.body);
        // And it speaks again.
        QSignalSpy finished(m_pipeline->queue(), &SpeechQueue::itemFinished);
        chat(u"viewer"_s, u"もどった"_s);
        QVERIFY(finished.wait(10000));
    }

    void blockedEventLoopFailsLivenessAndRecovers()
    {
        start();
        m_health->server()->setStallLimitMs(500);
        // A client in another thread polls /healthz while this thread (the event loop) is
        // blocked for 2 s, as a test hook for a hung handler.
        struct Poll
        {
            qint64 atMs;
            Answer answer;
        };
        QList<Poll> polls;
        std::atomic<bool> stop{false};
        QElapsedTimer clock;
        clock.start();
        const quint16 healthPort = port();
        std::thread poller([&] {
            while (!stop.load()) {
                const qint64 at = clock.elapsed();
                polls.append({at, httpGet(healthPort, "/healthz", 1000)});
                std::this_thread::sleep_for(std::chrono::milliseconds(50)); // poll interval
            }
        });
        QTRY_VERIFY_WITH_TIMEOUT(clock.elapsed() > 300, 2000); // healthy polls first
        const qint64 blockedAt = clock.elapsed();
        while (clock.elapsed() < blockedAt + 2000) { } // the event loop does not run
        const qint64 unblockedAt = clock.elapsed();
        QTRY_VERIFY_WITH_TIMEOUT(clock.elapsed() > unblockedAt + 800, 3000);
        stop = true;
        poller.join();

        qint64 firstFail = -1, lastFail = -1;
        double slowest = 0;
        for (const Poll &p : std::as_const(polls)) {
            QVERIFY2(p.answer.status == 200 || p.answer.status == 503,
                     qPrintable(u"no answer at %1 ms"_s.arg(p.atMs)));
            slowest = std::max(slowest, p.answer.ms);
            if (p.answer.status == 503) {
                QVERIFY2(p.answer.reason().contains(u"event loop"_s),
                         qPrintable(p.answer.reason()));
                if (firstFail < 0)
                    firstFail = p.atMs;
                lastFail = p.atMs;
            } else {
                QVERIFY2(
                    p.atMs < blockedAt + 500 || p.atMs > unblockedAt - 50,
                    qPrintable(u"200 at %1 ms, blocked %2..%3"_s.arg(p.atMs).arg(blockedAt).arg(
                        unblockedAt)));
            }
        }
        QVERIFY2(firstFail >= blockedAt && firstFail <= blockedAt + 500 + 300,
                 qPrintable(u"first 503 at %1 ms, blocked at %2"_s.arg(firstFail).arg(blockedAt)));
        QVERIFY2(lastFail <= unblockedAt + 200,
                 qPrintable(u"503 until %1 ms, unblocked at %2"_s.arg(lastFail).arg(unblockedAt)));
        QCOMPARE(polls.last().answer.status, 200);
        // Answered from the server's own thread: quick even while the loop was blocked.
        QVERIFY2(slowest < 100, qPrintable(u"slowest answer %1 ms"_s.arg(slowest)));
        qInfo("healthz: first 503 %lld ms after the block, slowest answer %.1f ms",
              firstFail - blockedAt, slowest);
    }

    void partDeadBeyondItsRestartsFailsLiveness()
    {
        start();
        Supervisor *supervisor = m_pipeline->supervisor();
        int restarts = 0;
        supervisor->setRestart(
            u"widget"_s, [&] { ++restarts; }, 2);
        QSignalSpy fatal(supervisor, &Supervisor::fatal);
        QSignalSpy liveness(m_health.get(), &Health::livenessChanged);
        supervisor->report(u"widget"_s, Supervisor::Health::Failed, u"broken"_s);
        for (int i = 1; i <= 2; ++i) {
            QTRY_COMPARE_WITH_TIMEOUT(restarts, i, 3000);
            supervisor->report(u"widget"_s, Supervisor::Health::Failed, u"broken"_s);
        }
        QCOMPARE(fatal.count(), 1);
        QVERIFY(liveness.count() >= 1 || liveness.wait(2000));
        QCOMPARE(liveness.last().at(0).toBool(), false);
        const Answer dead = get("/healthz");
        QCOMPARE(dead.status, 503);
        QVERIFY2(dead.reason().contains(u"widget"_s), qPrintable(dead.reason()));
        supervisor->report(u"widget"_s, Supervisor::Health::Ok);
        QTRY_COMPARE_WITH_TIMEOUT(get("/healthz").status, 200, 2000);
    }

    void settingsTurnTheServerOnAndOffLive()
    {
        start();
        const quint16 first = port();
        Settings::ServeSettings serve = m_settings->serve();
        serve.health = false;
        m_settings->setServe(serve);
        QVERIFY(!m_health->server());
        QCOMPARE(httpGet(first, "/healthz", 500).status, 0);

        // A port in use: said so, nothing else breaks.
        QTcpServer squatter;
        QVERIFY(squatter.listen(QHostAddress::LocalHost, 0));
        serve.health = true;
        serve.healthPort = squatter.serverPort();
        m_settings->setServe(serve);
        QVERIFY(!m_health->server());
        QVERIFY2(m_health->status().contains(QString::number(squatter.serverPort())),
                 qPrintable(m_health->status()));
        squatter.close();
        serve.healthPort = 0;
        m_settings->setServe(serve);
        QVERIFY(m_health->server());
        QCOMPARE(get("/healthz").status, 200);
    }
};

CHATVOX_AUDIO_TEST_MAIN(TestHealth)
#include "tst_health.moc"
