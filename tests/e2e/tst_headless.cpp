// The real chatvox executable, as a user runs it, against the in-process fakes (Twitch IRC
// over WebSocket, a VOICEVOX engine over HTTP) with real audio into the PulseAudio null sink.
#include "core/clock.h"
#include "faketwitchirc.h"
#include "fakevoicevox.h"
#include "sinkrecorder.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using chatvox::FakeTwitchIrc;
using chatvox::test::FakeVoicevox;
using chatvox::test::SinkRecorder;

class TestHeadless : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<FakeTwitchIrc> m_irc;
    std::unique_ptr<FakeVoicevox> m_engine;
    std::unique_ptr<SinkRecorder> m_recorder;
    std::unique_ptr<QProcess> m_app;
    QByteArray m_stderr;

    QString config() const { return m_dir.filePath(u"chatvox.ini"_s); }

    void startApp(const QStringList &args)
    {
        m_app = std::make_unique<QProcess>();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"LANGUAGE"_s, u"en"_s);
        env.remove(u"QT_LOGGING_RULES"_s);
        m_app->setProcessEnvironment(env);
        connect(m_app.get(), &QProcess::readyReadStandardError, this,
                [this] { m_stderr += m_app->readAllStandardError(); });
        m_app->start(QStringLiteral(CHATVOX_BINARY), args);
        QVERIFY(m_app->waitForStarted(10000));
    }
    // Runs the event loop (the fakes live in it) until the app exits; returns its exit code.
    int waitForExit(int timeoutMs = 30000)
    {
        QSignalSpy done(m_app.get(), &QProcess::finished);
        if (m_app->state() != QProcess::NotRunning && !done.wait(timeoutMs))
            return -100;
        m_stderr += m_app->readAllStandardError();
        return m_app->exitStatus() == QProcess::NormalExit ? m_app->exitCode() : -1;
    }
    QString replayFile(const QList<QByteArray> &lines)
    {
        const QString path = m_dir.filePath(u"replay.log"_s);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        for (const QByteArray &line : lines)
            f.write(line + "\r\n");
        return path;
    }

private slots:
    void init()
    {
        m_stderr.clear();
        QFile::remove(config());
        m_irc = std::make_unique<FakeTwitchIrc>();
        QVERIFY(m_irc->isListening());
        m_engine = std::make_unique<FakeVoicevox>();
        QVERIFY(m_engine->listen());
        m_recorder = std::make_unique<SinkRecorder>();
        QVERIFY2(m_recorder->start(), qPrintable(m_recorder->errorString()));
    }
    void cleanup()
    {
        if (m_app && m_app->state() != QProcess::NotRunning) {
            m_app->kill();
            m_app->waitForFinished();
        }
        if (QTest::currentTestFailed())
            qWarning().noquote() << "chatvox stderr:\n" << QString::fromUtf8(m_stderr);
        m_app.reset();
        m_recorder.reset();
        m_engine.reset();
        m_irc.reset();
    }

    void readsALiveChannelAndStopsCleanlyOnSigterm()
    {
        const double fromMs = m_recorder->msAt(chatvox::monotonicNs());
        startApp({u"--headless"_s, u"--config"_s, config(), u"--channel"_s, u"StreamerName"_s,
                  u"--irc-url"_s, m_irc->url().toString(), u"--engine"_s,
                  m_engine->url().toString()});
        QSignalSpy joined(m_irc.get(), &FakeTwitchIrc::channelJoined);
        QVERIFY(joined.wait(10000));
        QCOMPARE(joined.at(0).at(1).toString(), u"streamername"_s);
        QVERIFY(m_irc->nick(0).startsWith(u"justinfan"_s)); // anonymous: no login needed
        m_irc->sendToChannel(u"streamername"_s,
                             FakeTwitchIrc::privmsgLine(u"streamername"_s, u"viewer1"_s,
                                                        u"配信おつかれさま"_s, u"id-1"_s));
        m_irc->sendToChannel(u"streamername"_s,
                             FakeTwitchIrc::privmsgLine(u"streamername"_s, u"viewer2"_s,
                                                        u"Kappa GG"_s, u"id-2"_s, "emotes=25:0-4"));
        QTRY_COMPARE_WITH_TIMEOUT(m_engine->synthesizedTexts(),
                                  (QStringList{u"配信おつかれさま"_s, u"ジージー"_s}), 15000);
        QVERIFY(m_recorder->waitForSound());
        QVERIFY(m_recorder->rms(fromMs, m_recorder->recordedMs() + 1) > 0.01);

        m_app->terminate(); // SIGTERM
        QCOMPARE(waitForExit(10000), 0);
        QVERIFY2(m_stderr.contains("2 read"), m_stderr.constData());
        QFile settings(config());
        QVERIFY(settings.open(QIODevice::ReadOnly)); // saved on the way out
        QVERIFY(settings.readAll().contains("schemaVersion=1"));
        // The channel came from the command line: it is not written to the settings.
        settings.seek(0);
        QVERIFY(!settings.readAll().contains("streamername"));
    }

    void replaySpeaksEverythingInOrderThenExits()
    {
        // Tones of the fake engine differ by > 15 % between neighbours, so the recording
        // separates the clips even though they follow each other closely.
        const QStringList heard{u"みっつめ"_s, u"よっつめ"_s, u"いつつめ"_s};
        for (int i = 1; i < heard.size(); ++i) {
            const double a = FakeVoicevox::toneFrequencyForText(heard[i - 1]);
            const double b = FakeVoicevox::toneFrequencyForText(heard[i]);
            QVERIFY(qAbs(a - b) > 0.15 * std::min(a, b));
        }
        const QString log = replayFile({
            "@id=r1 :alice!alice@alice.tmi.twitch.tv PRIVMSG #demo :みっつめ",
            "@id=r2 :bob!bob@bob.tmi.twitch.tv PRIVMSG #demo :!command",
            "@id=r3 :carol!carol@carol.tmi.twitch.tv PRIVMSG #demo :よっつめ",
            "@id=r4 :dave!dave@dave.tmi.twitch.tv PRIVMSG #demo :消される",
            "@login=dave;target-msg-id=r4 :tmi.twitch.tv CLEARMSG #demo :消される",
            "@id=r5 :erin!erin@erin.tmi.twitch.tv PRIVMSG #demo :いつつめ",
        });
        const double fromMs = m_recorder->msAt(chatvox::monotonicNs());
        startApp({u"--headless"_s, u"--config"_s, config(), u"--engine"_s,
                  m_engine->url().toString(), u"--replay"_s, log});
        QCOMPARE(waitForExit(30000), 0);
        // r4 was deleted before it could be spoken (the lines come in one burst).
        QCOMPARE(m_engine->synthesizedTexts(), heard);
        QVERIFY(m_recorder->catchUp());
        chatvox::test::SegmentOptions options;
        options.fromMs = fromMs;
        const auto segments = m_recorder->segments(options);
        QVERIFY2(segments.size() == 3, qPrintable(m_recorder->describe(options)));
        for (int i = 0; i < 3; ++i) {
            const double hz = FakeVoicevox::toneFrequencyForText(heard[i]);
            QVERIFY2(qAbs(segments[i].frequencyHz - hz) < hz * 0.05,
                     qPrintable(m_recorder->describe(options)));
        }
    }

    void withoutAChannelTheDemoChatPlays()
    {
        startApp(
            {u"--headless"_s, u"--config"_s, config(), u"--engine"_s, m_engine->url().toString()});
        QTRY_VERIFY_WITH_TIMEOUT(!m_engine->synthesizedTexts().isEmpty(), 15000);
        QCOMPARE(m_engine->synthesizedTexts().first(), u"こんばんは！今日も配信ありがとう"_s);
        QVERIFY(m_recorder->waitForSound());
        m_app->terminate();
        QCOMPARE(waitForExit(10000), 0);
        QVERIFY(m_stderr.contains("demo"));
    }

    void unreachableAudioDeviceIsReportedAndSpeechGoesOn()
    {
        const QString log
            = replayFile({"@id=a1 :alice!alice@a.tmi.twitch.tv PRIVMSG #d :聞こえる"});
        startApp({u"--headless"_s, u"--config"_s, config(), u"--engine"_s,
                  m_engine->url().toString(), u"--audio-device"_s, u"No Such Speakers"_s,
                  u"--replay"_s, log});
        QCOMPARE(waitForExit(30000), 0);
        QVERIFY2(m_stderr.contains("No Such Speakers"), m_stderr.constData());
        QVERIFY(m_recorder->catchUp());
        QVERIFY(m_recorder->rms() > 0.01); // the default output played it
    }

    // Conformance with a real engine (issue #3): the whole program against it, with real audio.
    // ../shared/tools/voicevox-mock-engine runs VOICEVOX ENGINE 0.17.1 on this machine.
    void realEngineSpeaksThroughTheWholeProgram()
    {
        const QByteArray url = qgetenv("CHATVOX_TEST_ENGINE_URL");
        if (url.isEmpty())
            QSKIP("CHATVOX_TEST_ENGINE_URL is not set: no real VOICEVOX engine to talk to");
        const QString log = replayFile({
            "@id=x1 :alice!alice@a.tmi.twitch.tv PRIVMSG #d "
            ":こんにちは、今日もよろしくお願いします",
            "@id=x2;emotes=25:0-4 :bob!bob@b.tmi.twitch.tv PRIVMSG #d :Kappa ｗｗｗｗｗ 草",
            "@id=x3 :carol!carol@c.tmi.twitch.tv PRIVMSG #d :https://example.com 見てね",
        });
        const double fromMs = m_recorder->msAt(chatvox::monotonicNs());
        startApp({u"--headless"_s, u"--config"_s, config(), u"--engine"_s, QString::fromUtf8(url),
                  u"--replay"_s, log});
        QCOMPARE(waitForExit(60000), 0);
        QCOMPARE(m_stderr.count("[speaking]"), 3);
        QVERIFY2(!m_stderr.contains("failed"), m_stderr.constData());
        QVERIFY(m_recorder->catchUp());
        QVERIFY(m_recorder->loudMs() > 1000); // real speech, not a blip
        QVERIFY(m_recorder->rms(fromMs, m_recorder->recordedMs()) > 0.005);
    }

    void corruptSettingsAreBackedUpAndDefaultsUsed()
    {
        QFile f(config());
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("\x00\x01 definitely not INI \xff\xfe", 24);
        f.close();
        const QString log
            = replayFile({"@id=a1 :alice!alice@a.tmi.twitch.tv PRIVMSG #d :設定が壊れても読む"});
        startApp({u"--headless"_s, u"--config"_s, config(), u"--engine"_s,
                  m_engine->url().toString(), u"--replay"_s, log});
        QCOMPARE(waitForExit(30000), 0);
        QVERIFY2(m_stderr.contains(".corrupt-"), m_stderr.constData());
        QCOMPARE(m_engine->synthesizedTexts(), QStringList{u"設定が壊れても読む"_s});
        QCOMPARE(QDir(m_dir.path()).entryList({u"chatvox.ini.corrupt-*"_s}).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestHeadless)
#include "tst_headless.moc"
