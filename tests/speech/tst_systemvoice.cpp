// SystemVoice (Qt TextToSpeech). AUDIO test: runs inside tests/with-pulseaudio.sh, where
// speech-dispatcher (autospawned per XDG_RUNTIME_DIR) plays into the private null sink, so the
// recording of its monitor shows whether the voice was really heard.

#include "sinkrecorder.h"
#include "speech/systemvoice.h"

#include <memory>

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

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

private:
    // One voice for all tests: connecting to speech-dispatcher takes about 2 s.
    std::unique_ptr<SystemVoice> m_voice;
};

void TestSystemVoice::initTestCase()
{
    m_voice = std::make_unique<SystemVoice>();
    QElapsedTimer timer;
    timer.start();
    m_voice->prepare();
    qInfo("prepare() took %lld ms", timer.elapsed());
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

QTEST_GUILESS_MAIN(TestSystemVoice)
#include "tst_systemvoice.moc"
