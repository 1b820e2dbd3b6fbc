// The FakeVoicevox test engine itself: the audio it makes and the faults it injects behave as
// documented, since other tests (queue, e2e, benchmarks) rely on them.

#include "core/wavreader.h"
#include "fakevoicevox.h"
#include "speech/voicevoxclient.h"
#include "speechtestutil.h"

#include <cmath>
#include <memory>

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QtEndian>

using namespace chatvox;
using namespace chatvox::test;

namespace {

// Pitch of a mono 16-bit clip from its upward zero crossings.
double measuredFrequency(const QByteArray &wav)
{
    const auto data = readWav(wav);
    if (!data)
        return -1;
    const QByteArrayView pcm = data->pcm();
    const qint64 frames = pcm.size() / 2;
    int crossings = 0;
    qint64 first = -1;
    qint64 last = -1;
    qint16 previous = 0;
    for (qint64 i = 0; i < frames; ++i) {
        const auto sample = qFromLittleEndian<qint16>(pcm.data() + 2 * i);
        if (i > 0 && previous < 0 && sample >= 0) {
            if (first < 0)
                first = i;
            last = i;
            ++crossings;
        }
        previous = sample;
    }
    if (crossings < 2)
        return 0;
    return double(crossings - 1) * data->sampleRate() / double(last - first);
}

} // namespace

class TestFakeVoicevox : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void toneMapping();
    void wavFollowsTextAndVoice();
    void synthesisRunsOneAtATime();
    void faultsCountAndOrder();
    void closeConnection();
    void randomFailureRate();
    void unknownPathsAndMethods();
    void restartKeepsPort();

private:
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<FakeVoicevox> m_fake;
    std::unique_ptr<VoicevoxClient> m_client;
};

void TestFakeVoicevox::init()
{
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_fake = std::make_unique<FakeVoicevox>();
    QVERIFY(m_fake->listen());
    m_client = std::make_unique<VoicevoxClient>(m_nam.get(), m_fake->url());
}

void TestFakeVoicevox::cleanup()
{
    m_client.reset();
    m_fake.reset();
    m_nam.reset();
}

void TestFakeVoicevox::toneMapping()
{
    // Documented mapping: 300 + 25 * (fnv1a32(utf8) % 48) Hz, times 2^pitchScale.
    for (const QString &text : {u"a"_s, u"こんにちは"_s, u"テストです"_s, u""_s}) {
        const double f = FakeVoicevox::toneFrequencyForText(text);
        QVERIFY(f >= 300 && f <= 1475);
        QCOMPARE(std::fmod(f - 300, 25.0), 0.0);
        QCOMPARE(FakeVoicevox::toneFrequencyForText(text, 1.0), 2 * f);
    }
    // FNV-1a-32("a") = 0xe40c292c (the published test vector); % 48 = 28 → 1000 Hz.
    QCOMPARE(FakeVoicevox::toneFrequencyForText(u"a"_s), 1000.0);
    QCOMPARE(FakeVoicevox::durationMsForText(u"あいう"_s), 440);
    QCOMPARE(FakeVoicevox::durationMsForText(u"あいう"_s, 2.0), 220);
    QCOMPARE(FakeVoicevox::durationMsForText(QString(10000, u'x'), 0.0), 60000); // capped
}

void TestFakeVoicevox::wavFollowsTextAndVoice()
{
    m_fake->setSampleRate(48000);
    const QString text = u"周波数の確認"_s;
    const auto wav = await(m_client->speak(text, 0, VoiceParams{2.0, 0.5, 1.0, 1.0}));
    QVERIFY2(wav.ok, qPrintable(wav.error.message));
    const auto data = readWav(wav.value);
    QVERIFY2(data.ok(), qPrintable(data.error()));
    QCOMPARE(data->sampleRate(), 48000);
    QCOMPARE(data->durationMs(), FakeVoicevox::durationMsForText(text, 2.0));
    const double expected = FakeVoicevox::toneFrequencyForText(text, 0.5);
    const double measured = measuredFrequency(wav.value);
    QVERIFY2(std::abs(measured - expected) < 2.0,
             qPrintable(u"expected %1 Hz, measured %2 Hz"_s.arg(expected).arg(measured)));
}

void TestFakeVoicevox::synthesisRunsOneAtATime()
{
    m_fake->setDelay(u"/synthesis"_s, 300);
    const auto query = await(m_client->audioQuery(u"並列"_s, 0));
    QVERIFY(query.ok);
    QElapsedTimer timer;
    timer.start();
    qint64 firstMs = -1;
    qint64 secondMs = -1;
    WavReply *first = m_client->synthesis(query.value, 0);
    WavReply *second = m_client->synthesis(query.value, 0);
    connect(first, &EngineReply::finished, this, [&] { firstMs = timer.elapsed(); });
    connect(second, &EngineReply::finished, this, [&] { secondMs = timer.elapsed(); });
    QTRY_VERIFY_WITH_TIMEOUT(firstMs >= 0 && secondMs >= 0, 5000);
    const qint64 early = std::min(firstMs, secondMs);
    const qint64 late = std::max(firstMs, secondMs);
    QVERIFY2(early >= 280 && early < 500, qPrintable(QString::number(early)));
    QVERIFY2(late >= 580 && late < 900, qPrintable(QString::number(late)));
    QCOMPARE(m_fake->maxConcurrentRequests(), 2);
}

void TestFakeVoicevox::faultsCountAndOrder()
{
    m_fake->failNext(u"/version"_s, 503, R"({"message":"one"})", 2);
    m_fake->failNext(u"*"_s, 500, R"({"message":"star"})", 1);
    QCOMPARE(await(m_client->version()).error.engineMessage, u"one"_s);
    QCOMPARE(await(m_client->version()).error.engineMessage, u"one"_s);
    QCOMPARE(await(m_client->version()).error.engineMessage, u"star"_s); // path's own first
    QVERIFY(await(m_client->version()).ok);

    m_fake->failNext(u"/speakers"_s, 500, "always", -1, "text/plain");
    for (int i = 0; i < 3; ++i)
        QCOMPARE(await(m_client->speakers()).error.engineMessage, u"always"_s);
    m_fake->clearFaults();
    QVERIFY(await(m_client->speakers()).ok);
}

void TestFakeVoicevox::closeConnection()
{
    m_fake->addFault(u"/version"_s, {FakeVoicevox::FaultKind::CloseConnection}, -1);
    const auto outcome = await(m_client->version());
    QVERIFY(outcome.done);
    QCOMPARE(outcome.error.kind, EngineError::Kind::Connection);
    QVERIFY(m_fake->requestCount(u"/version"_s) >= 1); // Qt may retry a dropped request
}

void TestFakeVoicevox::randomFailureRate()
{
    m_fake->setRandomFailureRate(0.5, 42);
    int failures = 0;
    const int total = 60;
    for (int i = 0; i < total; ++i) {
        const auto outcome = await(m_client->audioQuery(u"ランダム"_s, 0));
        if (!outcome.ok) {
            QCOMPARE(outcome.error.httpStatus, 500);
            ++failures;
        }
    }
    QVERIFY2(failures > total / 5 && failures < total * 4 / 5,
             qPrintable(QString::number(failures)));
    // /version is never hit by random failures (probes stay meaningful).
    QVERIFY(await(m_client->version()).ok);
    m_fake->setRandomFailureRate(0.0);
    QVERIFY(await(m_client->audioQuery(u"ランダム"_s, 0)).ok);
}

void TestFakeVoicevox::unknownPathsAndMethods()
{
    QNetworkRequest request(QUrl(m_fake->url().toString() + u"/nope"_s));
    QNetworkReply *reply = m_nam->get(request);
    QSignalSpy done(reply, &QNetworkReply::finished);
    QVERIFY(done.wait());
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 404);
    QCOMPARE(reply->readAll(), R"({"detail":"Not Found"})"_ba);
    reply->deleteLater();

    QNetworkRequest get(QUrl(m_fake->url().toString() + u"/synthesis"_s));
    reply = m_nam->get(get);
    QSignalSpy done2(reply, &QNetworkReply::finished);
    QVERIFY(done2.wait());
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 405);
    reply->deleteLater();
}

void TestFakeVoicevox::restartKeepsPort()
{
    const quint16 port = m_fake->port();
    m_fake->hangNext(u"/synthesis"_s);
    WavReply *hung = m_client->speak(u"再起動"_s, 0, {});
    bool hungDone = false;
    EngineError hungError;
    connect(hung, &EngineReply::finished, this, [&] {
        hungDone = true;
        hungError = hung->error();
    });
    QTRY_COMPARE(m_fake->openRequests(), 1);
    m_fake->stop();
    QVERIFY(!m_fake->isListening());
    QCOMPARE(m_fake->openRequests(), 0);
    // The engine went away mid-request: the client hears of it at once, not at its timeout.
    QTRY_VERIFY_WITH_TIMEOUT(hungDone, 2000);
    QCOMPARE(hungError.kind, EngineError::Kind::Connection);
    QCOMPARE(await(m_client->version()).error.kind, EngineError::Kind::Connection);

    QVERIFY(m_fake->restart());
    QCOMPARE(m_fake->port(), port);
    QVERIFY(m_fake->isListening());
    QVERIFY(await(m_client->version()).ok);
}

QTEST_GUILESS_MAIN(TestFakeVoicevox)
#include "tst_fakevoicevox.moc"
