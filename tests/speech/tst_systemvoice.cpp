// SystemVoice (Qt TextToSpeech). AUDIO test: runs inside tests/with-pulseaudio.sh, where
// speech-dispatcher (autospawned per XDG_RUNTIME_DIR) plays into the private null sink, so the
// recording of its monitor shows whether the voice was really heard.

#include "fakespeechdispatcher.h"
#include "sinkrecorder.h"
#include "speech/systemvoice.h"

#include <memory>

#include <QElapsedTimer>
#include <QFile>
#include <QLocalServer>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace chatvox;

class TestSystemVoice : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void looksJapanese();
    void availabilityMatchesBuild();
    void unknownEngineIsUnavailable();
    void saysJapaneseAndIsHeard();
    void saysEnglish();
    void stopSilencesWithoutFinished();
    void sayAgainReplacesCurrent();
    void emptyTextFinishesAtOnce();
    void sayWithoutPrepareConnectsFirst();
    void hangingSpeechServiceNeverBlocksTheCaller();
    void speechServiceThatStopsAnsweringIsReportedThenUsedAgain();
    void lateConnectionMakesTheVoiceAvailable();

private:
    // One voice for all tests: connecting to speech-dispatcher takes about 2 s.
    std::unique_ptr<SystemVoice> m_voice;
};

void TestSystemVoice::initTestCase()
{
    m_voice = std::make_unique<SystemVoice>();
    QElapsedTimer timer;
    timer.start();
    m_voice->prepare(); // in the background
    const qint64 prepareMs = timer.elapsed();
    QTRY_VERIFY_WITH_TIMEOUT(m_voice->isConnected() || !m_voice->isAvailable(), 30000);
    qInfo("prepare() returned after %lld ms; connected after %lld ms", prepareMs, timer.elapsed());
}

void TestSystemVoice::cleanup()
{
    m_voice->stop();
    m_voice->disconnect(this);
}

void TestSystemVoice::looksJapanese()
{
    QVERIFY(SystemVoice::looksJapanese(u"こんにちは"_s));
    QVERIFY(SystemVoice::looksJapanese(u"カタカナ"_s));
    QVERIFY(SystemVoice::looksJapanese(u"漢字"_s));
    QVERIFY(SystemVoice::looksJapanese(u"ｶﾀｶﾅ"_s));
    QVERIFY(SystemVoice::looksJapanese(u"hello 世界"_s));
    QVERIFY(!SystemVoice::looksJapanese(u"hello world"_s));
    QVERIFY(!SystemVoice::looksJapanese(u"GG! 123 :)"_s));
    QVERIFY(!SystemVoice::looksJapanese(QString()));
}

void TestSystemVoice::availabilityMatchesBuild()
{
    // Construction is cheap: it only looks at the installed plugins.
    QElapsedTimer timer;
    timer.start();
    SystemVoice fresh;
    QVERIFY(timer.elapsed() < 500);
#ifdef CHATVOX_TEST_HAVE_TEXTTOSPEECH
    // Built with Qt TextToSpeech, and the speechd plugin is installed here (TOOLCHAIN.md).
    QVERIFY2(fresh.isAvailable(), qPrintable(fresh.unavailableReason()));
    QVERIFY(fresh.unavailableReason().isEmpty());
    QVERIFY(!fresh.engineName().isEmpty());
    QVERIFY2(m_voice->isAvailable(), qPrintable(m_voice->unavailableReason())); // connected
    QCOMPARE(m_voice->engineName(), u"speechd"_s);
#else
    QVERIFY(!fresh.isAvailable());
    QVERIFY(fresh.unavailableReason().contains(u"TextToSpeech"_s));
    QVERIFY(!fresh.prepare());
    QSignalSpy failed(&fresh, &SystemVoice::failed);
    fresh.say(u"テスト"_s);
    QVERIFY(failed.wait(1000));
    QCOMPARE(failed.first().first().toString(), fresh.unavailableReason());
#endif
}

void TestSystemVoice::unknownEngineIsUnavailable()
{
    SystemVoice voice(u"no-such-engine"_s);
    QVERIFY(!voice.isAvailable());
    QVERIFY(!voice.unavailableReason().isEmpty());
#ifdef CHATVOX_TEST_HAVE_TEXTTOSPEECH
    QVERIFY2(voice.unavailableReason().contains(u"no-such-engine"_s),
             qPrintable(voice.unavailableReason()));
#endif
    QSignalSpy failed(&voice, &SystemVoice::failed);
    QSignalSpy finished(&voice, &SystemVoice::finished);
    voice.say(u"テスト"_s);
    QVERIFY(failed.wait(1000)); // never synchronously, never silently
    QCOMPARE(finished.size(), 0);
}

void TestSystemVoice::saysJapaneseAndIsHeard()
{
    SystemVoice &voice = *m_voice;
    if (!voice.isAvailable())
        QSKIP(qPrintable(u"no system voice: "_s + voice.unavailableReason()));
    test::SinkRecorder recorder;
    const bool recording = qEnvironmentVariableIsSet("CHATVOX_TEST_SINK") && recorder.start();
    if (!recording)
        qWarning("not recording the sink (%s); checking the signals only",
                 qPrintable(recorder.errorString()));

    QSignalSpy started(&voice, &SystemVoice::started);
    QSignalSpy finished(&voice, &SystemVoice::finished);
    QSignalSpy failed(&voice, &SystemVoice::failed);
    voice.say(u"こんにちは、テストです。"_s);
    QVERIFY(voice.isSpeaking());
    QVERIFY2(started.wait(15000),
             failed.isEmpty() ? "no started()" : qPrintable(failed.first().first().toString()));
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty() || !failed.isEmpty(), 30000);
    QVERIFY2(failed.isEmpty(),
             failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(started.size(), 1);
    QVERIFY(!voice.isSpeaking());

    if (recording) {
        // speech-dispatcher reports the end when its module has handed the audio over, so
        // give the recording a moment to catch up.
        QVERIFY(recorder.catchUp(300));
        qInfo("heard %.0f ms of sound: %s", recorder.loudMs(), qPrintable(recorder.describe()));
        QVERIFY2(recorder.loudMs() > 300, qPrintable(recorder.describe()));
    }
}

void TestSystemVoice::saysEnglish()
{
    SystemVoice &voice = *m_voice;
    if (!voice.isAvailable())
        QSKIP("no system voice");
    QSignalSpy finished(&voice, &SystemVoice::finished);
    QSignalSpy failed(&voice, &SystemVoice::failed);
    voice.say(u"Hello from ChatVox."_s, VoiceParams{1.5, 0.05, 1.0, 0.8});
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty() || !failed.isEmpty(), 30000);
    QVERIFY2(failed.isEmpty(),
             failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
}

void TestSystemVoice::stopSilencesWithoutFinished()
{
    SystemVoice &voice = *m_voice;
    if (!voice.isAvailable())
        QSKIP("no system voice");
    QSignalSpy started(&voice, &SystemVoice::started);
    QSignalSpy finished(&voice, &SystemVoice::finished);
    QSignalSpy failed(&voice, &SystemVoice::failed);
    voice.say(
        u"これはとても長い文章です。最後まで読まれる前に止められるはずです。まだまだ続きます。"_s);
    QVERIFY(started.wait(15000));
    voice.stop();
    QVERIFY(!voice.isSpeaking());
    QTest::qWait(1500);
    QCOMPARE(finished.size(), 0);
    QCOMPARE(failed.size(), 0);

    // And it speaks again afterwards.
    voice.say(u"再開"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty() || !failed.isEmpty(), 30000);
    QCOMPARE(finished.size(), 1);
}

void TestSystemVoice::sayAgainReplacesCurrent()
{
    SystemVoice &voice = *m_voice;
    if (!voice.isAvailable())
        QSKIP("no system voice");
    QSignalSpy finished(&voice, &SystemVoice::finished);
    QSignalSpy failed(&voice, &SystemVoice::failed);
    voice.say(u"最初の長い文章はここで置き換えられます。まだ続きます。"_s);
    voice.say(u"二番目"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty() || !failed.isEmpty(), 30000);
    QTest::qWait(500);
    QCOMPARE(finished.size(), 1); // only the one that was not replaced
    QCOMPARE(failed.size(), 0);
}

void TestSystemVoice::emptyTextFinishesAtOnce()
{
    SystemVoice &voice = *m_voice;
    if (!voice.isAvailable())
        QSKIP("no system voice");
    QSignalSpy started(&voice, &SystemVoice::started);
    QSignalSpy finished(&voice, &SystemVoice::finished);
    voice.say(u"   "_s);
    QCOMPARE(finished.size(), 0); // not synchronously
    QVERIFY(finished.wait(1000));
    QCOMPARE(started.size(), 1);
}

void TestSystemVoice::sayWithoutPrepareConnectsFirst()
{
    SystemVoice voice;
    if (!voice.isAvailable())
        QSKIP("no system voice");
    QSignalSpy started(&voice, &SystemVoice::started);
    QSignalSpy finished(&voice, &SystemVoice::finished);
    QSignalSpy failed(&voice, &SystemVoice::failed);
    voice.say(u"接続してから話します。"_s); // waits for the connection in the voice's thread
    QVERIFY(!voice.isConnected());
    QVERIFY(voice.isSpeaking());
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty() || !failed.isEmpty(), 30000);
    QVERIFY2(failed.isEmpty(),
             failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
    QCOMPARE(started.size(), 1);
    QCOMPARE(finished.size(), 1);
    QVERIFY(voice.isConnected());
}

// A speech-dispatcher that accepts the connection and never answers blocks libspeechd's
// spd_open() for ever. The caller's event loop must keep turning, the hang must be reported
// (unavailable, say() fails, the queue goes on), and destroying the voice must not hang.
void TestSystemVoice::hangingSpeechServiceNeverBlocksTheCaller()
{
#if !defined(CHATVOX_TEST_HAVE_TEXTTOSPEECH) || !defined(Q_OS_LINUX)
    QSKIP("speech-dispatcher only (Linux with Qt TextToSpeech)");
#else
    if (!SystemVoice(u"speechd"_s).isAvailable())
        QSKIP("no speechd plugin");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QLocalServer silent; // accepts, never reads, never answers
    QVERIFY2(silent.listen(dir.filePath(u"speechd.sock"_s)), qPrintable(silent.errorString()));
    QSignalSpy accepted(&silent, &QLocalServer::newConnection);
    // libspeechd reads the address at spd_open(); with an address given it does not spawn a
    // server of its own.
    qputenv("SPEECHD_ADDRESS", "unix_socket:" + QFile::encodeName(silent.fullServerName()));

    // The caller's event loop: a heartbeat every 20 ms, and the longest gap between beats.
    QElapsedTimer sinceBeat;
    qint64 longestGapMs = 0;
    int beats = 0;
    QTimer heartbeat;
    heartbeat.setInterval(20);
    connect(&heartbeat, &QTimer::timeout, this, [&] {
        longestGapMs = std::max(longestGapMs, sinceBeat.restart());
        ++beats;
    });
    sinceBeat.start();
    heartbeat.start();

    auto voice = std::make_unique<SystemVoice>(u"speechd"_s);
    voice->setConnectTimeout(1500);
    QSignalSpy availability(voice.get(), &SystemVoice::availabilityChanged);
    QSignalSpy failed(voice.get(), &SystemVoice::failed);
    QSignalSpy finished(voice.get(), &SystemVoice::finished);
    QElapsedTimer call;
    call.start();
    QVERIFY(voice->prepare());
    voice->say(u"この声は聞こえません。"_s);
    QVERIFY2(call.elapsed() < 1000, "prepare() and say() returned only after the connection");

    QTRY_VERIFY_WITH_TIMEOUT(!accepted.isEmpty(), 10000); // it is the silent server it waits on
    QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 10000);
    qunsetenv("SPEECHD_ADDRESS"); // spd_open() has read it
    const QString reason = failed.first().first().toString();
    QVERIFY2(reason.contains(u"did not answer"_s), qPrintable(reason));
    QVERIFY(!voice->isAvailable());
    QCOMPARE(voice->unavailableReason(), reason);
    QCOMPARE(availability.size(), 1);
    QCOMPARE(availability.first().first().toBool(), false);
    QVERIFY(!voice->isSpeaking());
    QVERIFY(!voice->isConnected());

    // While it hangs, say() fails at once instead of waiting for another timeout.
    voice->say(u"これもです。"_s);
    QCOMPARE(failed.size(), 1); // not synchronously
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 2, 1000);
    QCOMPARE(failed.last().first().toString(), reason);
    QCOMPARE(finished.size(), 0);

    QVERIFY2(beats >= 20, qPrintable(QString::number(beats)));
    qInfo("heartbeat: %d beats, longest gap %lld ms", beats, longestGapMs);
    QVERIFY2(longestGapMs < 1000, qPrintable(QString::number(longestGapMs)));

    // Destroying it does not wait for the stuck thread beyond the bound.
    call.restart();
    voice.reset();
    const qint64 destroyMs = call.elapsed();
    qInfo("destroying the stuck voice took %lld ms", destroyMs);
    QVERIFY2(destroyMs < SystemVoice::kShutdownTimeoutMs + 2000,
             qPrintable(QString::number(destroyMs)));
#endif
}

// speech-dispatcher answers, then hangs in the middle of a session (no answer to SPEAK): the
// say() fails after the start timeout, the voice counts as unavailable (so the queue does not
// wait 10 s on every message), and it is used again once the service answers.
void TestSystemVoice::speechServiceThatStopsAnsweringIsReportedThenUsedAgain()
{
#if !defined(CHATVOX_TEST_HAVE_TEXTTOSPEECH) || !defined(Q_OS_LINUX)
    QSKIP("speech-dispatcher only (Linux with Qt TextToSpeech)");
#else
    if (!SystemVoice(u"speechd"_s).isAvailable())
        QSKIP("no speechd plugin");
    // It ends cleanly: its thread stops in time once the service answers.
    QTest::failOnWarning(QRegularExpression(u"leaving its thread behind"_s));
    QTemporaryDir dir;
    test::FakeSpeechDispatcher fake(dir.filePath(u"ssip.sock"_s));
    QVERIFY2(fake.isListening(), qPrintable(fake.errorString()));
    qputenv("SPEECHD_ADDRESS", "unix_socket:" + QFile::encodeName(fake.path()));
    SystemVoice voice(u"speechd"_s);
    voice.setStartTimeout(1000);
    QSignalSpy availability(&voice, &SystemVoice::availabilityChanged);
    QSignalSpy started(&voice, &SystemVoice::started);
    QSignalSpy finished(&voice, &SystemVoice::finished);
    QSignalSpy failed(&voice, &SystemVoice::failed);
    voice.prepare();
    QTRY_VERIFY_WITH_TIMEOUT(voice.isConnected(), 10000);
    qunsetenv("SPEECHD_ADDRESS");
    QVERIFY(availability.isEmpty());

    voice.say(u"テストです。"_s);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
    QCOMPARE(started.size(), 1);
    QVERIFY(failed.isEmpty());
    QCOMPARE(fake.spoken().value(0), QByteArray("テストです。"));

    fake.hangOn("SPEAK");
    QElapsedTimer call;
    call.start();
    voice.say(u"ここで止まります。"_s);
    QVERIFY(call.elapsed() < 500);
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 5000);
    QVERIFY2(failed.first().first().toString().contains(u"did not start speaking"_s),
             qPrintable(failed.first().first().toString()));
    QCOMPARE(fake.heldCount(), 1); // the worker waits in spd_say(), not the caller
    QVERIFY(!voice.isAvailable());
    QVERIFY2(voice.unavailableReason().contains(u"stopped answering"_s),
             qPrintable(voice.unavailableReason()));
    QCOMPARE(availability.size(), 1);
    QCOMPARE(availability.last().first().toBool(), false);

    voice.say(u"待ちません。"_s); // fails at once: no second 1 s wait
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 2, 500);
    QCOMPARE(failed.last().first().toString(), voice.unavailableReason());

    fake.release();
    QTRY_VERIFY_WITH_TIMEOUT(voice.isAvailable(), 10000);
    QCOMPARE(availability.size(), 2);
    QCOMPARE(availability.last().first().toBool(), true);
    voice.say(u"戻りました。"_s);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 10000);
    QCOMPARE(failed.size(), 2);
    QVERIFY(fake.spoken().contains(QByteArray("戻りました。")));
    QVERIFY(!fake.spoken().contains(QByteArray("待ちません。"))); // never reached the service
#endif
}

// Connecting takes longer than the connect timeout: unavailable meanwhile, available (and
// speaking) as soon as speech-dispatcher answers.
void TestSystemVoice::lateConnectionMakesTheVoiceAvailable()
{
#if !defined(CHATVOX_TEST_HAVE_TEXTTOSPEECH) || !defined(Q_OS_LINUX)
    QSKIP("speech-dispatcher only (Linux with Qt TextToSpeech)");
#else
    if (!SystemVoice(u"speechd"_s).isAvailable())
        QSKIP("no speechd plugin");
    // It ends cleanly: its thread stops in time once the service answers.
    QTest::failOnWarning(QRegularExpression(u"leaving its thread behind"_s));
    QTemporaryDir dir;
    test::FakeSpeechDispatcher fake(dir.filePath(u"ssip.sock"_s));
    QVERIFY2(fake.isListening(), qPrintable(fake.errorString()));
    fake.hangOn("SET SELF CLIENT_NAME");
    qputenv("SPEECHD_ADDRESS", "unix_socket:" + QFile::encodeName(fake.path()));
    SystemVoice voice(u"speechd"_s);
    voice.setConnectTimeout(1000);
    QSignalSpy availability(&voice, &SystemVoice::availabilityChanged);
    QSignalSpy finished(&voice, &SystemVoice::finished);
    voice.prepare();
    QTRY_COMPARE_WITH_TIMEOUT(fake.heldCount(), 1, 10000);
    qunsetenv("SPEECHD_ADDRESS");
    QTRY_COMPARE_WITH_TIMEOUT(availability.size(), 1, 5000);
    QCOMPARE(availability.last().first().toBool(), false);
    QVERIFY(!voice.isAvailable());
    QVERIFY(!voice.isConnected());

    fake.release();
    QTRY_VERIFY_WITH_TIMEOUT(voice.isConnected(), 10000);
    QVERIFY(voice.isAvailable());
    QCOMPARE(availability.size(), 2);
    QCOMPARE(availability.last().first().toBool(), true);
    voice.say(u"間に合いました。"_s);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
#endif
}

QTEST_GUILESS_MAIN(TestSystemVoice)
#include "tst_systemvoice.moc"
