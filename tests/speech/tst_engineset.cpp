// EngineSet: fail-over, fail-back, health and limits, against FakeVoicevox engines.

#include "core/wavreader.h"
#include "fakevoicevox.h"
#include "speech/engineset.h"
#include "speechtestutil.h"

#include <memory>

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace chatvox;
using namespace chatvox::test;
using Status = EngineSet::Status;

namespace {

// What a SynthesisJob said.
struct JobOutcome
{
    bool finished = false;
    bool failed = false;
    QByteArray wav;
    QString error;
    QUrl engineUrl;
    qint64 engineTimeNs = 0;
    int signalCount = 0;
};

// Collects a job's signals (the job deletes itself afterwards).
class JobWatcher
{
public:
    explicit JobWatcher(SynthesisJob *job)
        : m_job(job)
        , m_outcome(std::make_shared<JobOutcome>())
    {
        auto outcome = m_outcome;
        QObject::connect(job, &SynthesisJob::finished, job, [outcome, job](const QByteArray &wav) {
            outcome->finished = true;
            outcome->wav = wav;
            outcome->engineUrl = job->engineUrl();
            outcome->engineTimeNs = job->engineTimeNs();
            ++outcome->signalCount;
        });
        QObject::connect(job, &SynthesisJob::failed, job, [outcome](const QString &error) {
            outcome->failed = true;
            outcome->error = error;
            ++outcome->signalCount;
        });
    }
    bool done() const { return m_outcome->signalCount > 0; }
    bool wait(int timeoutMs = 10000) const
    {
        return QTest::qWaitFor([this] { return done(); }, timeoutMs);
    }
    const JobOutcome &outcome() const { return *m_outcome; }
    SynthesisJob *job() const { return m_job; }

private:
    QPointer<SynthesisJob> m_job;
    std::shared_ptr<JobOutcome> m_outcome;
};

SynthesisRequest request(const QString &text, qint64 style = 0)
{
    return SynthesisRequest{text, style, {}};
}

} // namespace

class TestEngineSet : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void defaultEndpoints();
    void startProbesEveryEngine();
    void synthesizesOnPreferredEngine();
    void failOverOn500();
    void one500OnTheOnlyEngineFailsOnlyThatJob();
    void failOverOnHang();
    void failOverOnRefused();
    void failOverOnGarbageWav();
    void failOverOnNotAnAudioQuery();
    void clientErrorFailsOverWithoutMarkingDown();
    void clientErrorEverywhereFailsWithEngineMessages();
    void failBackWhenPreferredEngineReturns();
    void allDownFailsWithMessagesAndReprobeBringsBack();
    void backoffSpacesProbes();
    void inFlightCapPerEngine();
    void inFlightCapOfOne();
    void abortWaitingAndRunningJobs();
    void setEndpointsAppliesLive();
    void speakersOfActiveEngine();
    void noEndpoints();
    // Engine pool (issue #4): replicas share the work.
    void replicasShareTheWork();
    void otherVersionsOnlyTakeOver();
    void failingReplicaHandsItsWorkToTheOthers();
    // enable_katakana_english (VOICEVOX >= 0.24), detected from /openapi.json.
    void katakanaEnglishDetected_data();
    void katakanaEnglishDetected();
    void katakanaEnglishAskedAgainAfterRestart();
    void hangingOpenApiNeverBlocksTheEngine();

private:
    std::unique_ptr<EngineSet> makeSet(const QList<QUrl> &urls);

    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<FakeVoicevox> m_a; // preferred
    std::unique_ptr<FakeVoicevox> m_b;
};

void TestEngineSet::init()
{
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_a = std::make_unique<FakeVoicevox>();
    m_b = std::make_unique<FakeVoicevox>();
    QVERIFY(m_a->listen());
    QVERIFY(m_b->listen());
}

void TestEngineSet::cleanup()
{
    m_a.reset();
    m_b.reset();
    m_nam.reset();
}

std::unique_ptr<EngineSet> TestEngineSet::makeSet(const QList<QUrl> &urls)
{
    auto set = std::make_unique<EngineSet>(m_nam.get());
    set->setRequestTimeout(400);
    set->setProbeTimeout(300);
    // Slow re-probes by default, so that a test sees "down" before the probe finds the engine
    // well again; tests of re-probing make them fast.
    set->setReprobeInterval(1000, 4000);
    set->setHealthCheckInterval(0);
    set->setEndpoints(urls);
    return set;
}

void TestEngineSet::defaultEndpoints()
{
    const QList<QUrl> expected{QUrl(u"http://127.0.0.1:50021"_s), QUrl(u"http://127.0.0.1:10101"_s),
                               QUrl(u"http://127.0.0.1:50025"_s), QUrl(u"http://127.0.0.1:50031"_s),
                               QUrl(u"http://127.0.0.1:50121"_s)};
    QCOMPARE(EngineSet::defaultEndpoints(), expected);
    EngineSet set(m_nam.get());
    set.setEndpoints(EngineSet::defaultEndpoints());
    QCOMPARE(set.endpoints(), expected);
    QCOMPARE(set.engine(expected.at(1)).name, u"AivisSpeech"_s);
    QCOMPARE(set.engine(expected.at(4)).name, u"NEMO"_s);
    QCOMPARE(set.activeEngine(), expected.first()); // unknown counts as usable until probed
    QVERIFY(set.hasUsableEngine());
}

void TestEngineSet::startProbesEveryEngine()
{
    const QUrl down = localUrl(closedPort());
    auto set = makeSet({down, m_a->url()});
    QSignalSpy status(set.get(), &EngineSet::engineStatusChanged);
    QSignalSpy active(set.get(), &EngineSet::activeEngineChanged);
    QSignalSpy errors(set.get(), &EngineSet::engineError);
    QCOMPARE(set->activeEngine(), down);
    set->start();
    QTRY_COMPARE(set->engine(down).status, Status::Down);
    QTRY_COMPARE(set->engine(m_a->url()).status, Status::Up);
    QCOMPARE(set->activeEngine(), m_a->url());
    QVERIFY(active.contains(QVariantList{m_a->url()}));
    QVERIFY(status.contains(QVariantList{down, QVariant::fromValue(Status::Down)}));
    QVERIFY(status.contains(QVariantList{m_a->url(), QVariant::fromValue(Status::Up)}));
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().at(0).toUrl(), down);
    QVERIFY(!set->engine(down).lastError.isEmpty());

    const EngineSet::Engine a = set->engine(m_a->url());
    QCOMPARE(a.version, u"latest"_s);
    QTRY_COMPARE(set->engine(m_a->url()).name, u"VOICEVOX ENGINE OSS"_s); // engine_manifest
    QVERIFY(a.lastLatencyNs > 0);
    QCOMPARE(m_a->requestCount(u"/version"_s), 1);
}

void TestEngineSet::synthesizesOnPreferredEngine()
{
    auto set = makeSet({m_a->url(), m_b->url()});
    JobWatcher job(set->synthesize(request(u"こんにちは"_s, 1)));
    QVERIFY(job.wait());
    QVERIFY2(job.outcome().finished, qPrintable(job.outcome().error));
    QCOMPARE(job.outcome().engineUrl, m_a->url());
    QCOMPARE(job.outcome().wav, FakeVoicevox::wavForText(u"こんにちは"_s, 24000));
    QVERIFY(job.outcome().engineTimeNs > 0);
    QCOMPARE(m_a->synthesizedTexts(), QStringList{u"こんにちは"_s});
    QCOMPARE(m_b->requests().size(), 0);
    QCOMPARE(set->engine(m_a->url()).status, Status::Up); // success proves it is up
    QTRY_VERIFY(job.job() == nullptr); // deleted itself
    QCOMPARE(set->engine(m_a->url()).inFlight, 0);
}

void TestEngineSet::failOverOn500()
{
    auto set = makeSet({m_a->url(), m_b->url()});
    QSignalSpy errors(set.get(), &EngineSet::engineError);
    QSignalSpy active(set.get(), &EngineSet::activeEngineChanged);
    m_a->failNext(u"/synthesis"_s, 500, "Internal Server Error", 1, "text/plain");
    JobWatcher job(set->synthesize(request(u"フェイルオーバー"_s)));
    QVERIFY(job.wait());
    QVERIFY2(job.outcome().finished, qPrintable(job.outcome().error));
    QCOMPARE(job.outcome().engineUrl, m_b->url());
    QCOMPARE(m_b->synthesizedTexts(), QStringList{u"フェイルオーバー"_s});
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().at(0).toUrl(), m_a->url());
    QVERIFY(errors.first().at(1).toString().contains(u"Internal Server Error"_s));
    QVERIFY(set->engine(m_a->url()).lastError.contains(u"500"_s));
    // One 5xx is an answer, not an outage: A stays up and takes the next job.
    QCOMPARE(set->engine(m_a->url()).status, Status::Up);
    JobWatcher next(set->synthesize(request(u"つぎ"_s)));
    QVERIFY(next.wait());
    QCOMPARE(next.outcome().engineUrl, m_a->url());

    // A run of them is: after kServerErrorsBeforeDown in a row, A is down and B is active.
    m_a->failNext(u"/synthesis"_s, 500, "Internal Server Error", -1, "text/plain");
    for (int i = 0; i < EngineSet::kServerErrorsBeforeDown; ++i) {
        JobWatcher failedOver(set->synthesize(request(u"また %1"_s.arg(i))));
        QVERIFY(failedOver.wait());
        QCOMPARE(failedOver.outcome().engineUrl, m_b->url());
    }
    QCOMPARE(set->engine(m_a->url()).status, Status::Down);
    QCOMPARE(set->activeEngine(), m_b->url());
    QVERIFY(active.contains(QVariantList{m_b->url()}));
}

void TestEngineSet::one500OnTheOnlyEngineFailsOnlyThatJob()
{
    // Regression (soak run): with one engine, a single 500 marked it down, and every job
    // queued behind the failing one failed at once ("No speech engine is available").
    auto set = makeSet({m_a->url()});
    m_a->failNext(u"/synthesis"_s, 500, "Internal Server Error", 1, "text/plain");
    JobWatcher first(set->synthesize(request(u"いち"_s)));
    JobWatcher second(set->synthesize(request(u"に"_s)));
    JobWatcher third(set->synthesize(request(u"さん"_s)));
    QVERIFY(first.wait() && second.wait() && third.wait());
    QVERIFY(first.outcome().failed);
    QVERIFY(first.outcome().error.contains(u"Internal Server Error"_s));
    QVERIFY2(second.outcome().finished, qPrintable(second.outcome().error));
    QVERIFY2(third.outcome().finished, qPrintable(third.outcome().error));
    QVERIFY(set->hasUsableEngine());
    QCOMPARE(m_a->synthesizedTexts(), (QStringList{u"に"_s, u"さん"_s}));
}

void TestEngineSet::failOverOnHang()
{
    auto set = makeSet({m_a->url(), m_b->url()});
    m_a->hangNext(u"/audio_query"_s);
    QElapsedTimer timer;
    timer.start();
    JobWatcher job(set->synthesize(request(u"ハング"_s)));
    QVERIFY(job.wait());
    QVERIFY2(job.outcome().finished, qPrintable(job.outcome().error));
    QCOMPARE(job.outcome().engineUrl, m_b->url());
    QVERIFY(timer.elapsed() >= 350); // waited for the 400 ms timeout
    QCOMPARE(set->engine(m_a->url()).status, Status::Down);
    QVERIFY(job.outcome().engineTimeNs >= 350'000'000); // both attempts count
}

void TestEngineSet::failOverOnRefused()
{
    const QUrl a = m_a->url();
    m_a->stop();
    auto set = makeSet({a, m_b->url()});
    JobWatcher job(set->synthesize(request(u"止まっている"_s)));
    QVERIFY(job.wait());
    QVERIFY2(job.outcome().finished, qPrintable(job.outcome().error));
    QCOMPARE(job.outcome().engineUrl, m_b->url());
    QCOMPARE(set->engine(a).status, Status::Down);
}

void TestEngineSet::failOverOnGarbageWav()
{
    auto set = makeSet({m_a->url(), m_b->url()});
    m_a->addFault(u"/synthesis"_s, {FakeVoicevox::FaultKind::GarbageWav});
    JobWatcher job(set->synthesize(request(u"ごみ"_s)));
    QVERIFY(job.wait());
    QVERIFY2(job.outcome().finished, qPrintable(job.outcome().error));
    QCOMPARE(job.outcome().engineUrl, m_b->url());
    QCOMPARE(set->engine(m_a->url()).status, Status::Down);
    QVERIFY(readWavHeader(job.outcome().wav).ok());
}

void TestEngineSet::failOverOnNotAnAudioQuery()
{
    auto set = makeSet({m_a->url(), m_b->url()});
    m_a->addFault(u"/audio_query"_s, {FakeVoicevox::FaultKind::NotAudioQuery});
    JobWatcher job(set->synthesize(request(u"違う形"_s)));
    QVERIFY(job.wait());
    QCOMPARE(job.outcome().engineUrl, m_b->url());
    QCOMPARE(set->engine(m_a->url()).status, Status::Down);
}

void TestEngineSet::clientErrorFailsOverWithoutMarkingDown()
{
    // Style 77 exists only on B: A answers 422 (its own message) and stays up.
    QJsonArray speakers = m_b->speakers();
    speakers.append(
        QJsonObject{{u"name"_s, u"extra"_s},
                    {u"speaker_uuid"_s, u"x"_s},
                    {u"version"_s, u"1"_s},
                    {u"styles"_s, QJsonArray{QJsonObject{{u"id"_s, 77}, {u"name"_s, u"n"_s}}}}});
    m_b->setSpeakers(speakers);
    auto set = makeSet({m_a->url(), m_b->url()});
    set->start();
    QTRY_COMPARE(set->engine(m_a->url()).status, Status::Up);
    QSignalSpy status(set.get(), &EngineSet::engineStatusChanged);
    QSignalSpy errors(set.get(), &EngineSet::engineError);

    JobWatcher job(set->synthesize(request(u"スタイル77"_s, 77)));
    QVERIFY(job.wait());
    QVERIFY2(job.outcome().finished, qPrintable(job.outcome().error));
    QCOMPARE(job.outcome().engineUrl, m_b->url());
    QCOMPARE(set->engine(m_a->url()).status, Status::Up);
    QCOMPARE(status.size(), 0);
    QCOMPARE(errors.size(), 1);
    QVERIFY(
        errors.first().at(1).toString().contains(u"指定されたスタイルが見つかりませんでした。"_s));
    QCOMPARE(set->activeEngine(), m_a->url());

    // The next request goes to A again.
    JobWatcher next(set->synthesize(request(u"スタイル0"_s, 0)));
    QVERIFY(next.wait());
    QCOMPARE(next.outcome().engineUrl, m_a->url());
}

void TestEngineSet::clientErrorEverywhereFailsWithEngineMessages()
{
    auto set = makeSet({m_a->url(), m_b->url()});
    m_b->failNext(u"/audio_query"_s, 422,
                  readTestData(u"voicevox/error_422_validation_missing_field.json"_s));
    JobWatcher job(set->synthesize(request(u"無いスタイル"_s, 4242)));
    QVERIFY(job.wait());
    QVERIFY(job.outcome().failed);
    const QString error = job.outcome().error;
    QVERIFY2(error.contains(u"指定されたスタイルが見つかりませんでした。"_s), qPrintable(error));
    QVERIFY2(error.contains(u"Field required (query.text)"_s), qPrintable(error));
    QVERIFY(error.contains(QString::number(m_a->port())));
    QVERIFY(error.contains(QString::number(m_b->port())));
    QVERIFY(set->hasUsableEngine()); // 4xx says nothing about the engines' health
    QCOMPARE(set->engine(m_a->url()).status, Status::Up);
    QCOMPARE(set->engine(m_b->url()).status, Status::Up);
}

void TestEngineSet::failBackWhenPreferredEngineReturns()
{
    auto set = makeSet({m_a->url(), m_b->url()});
    QSignalSpy active(set.get(), &EngineSet::activeEngineChanged);
    m_a->stop();
    JobWatcher first(set->synthesize(request(u"一"_s)));
    QVERIFY(first.wait());
    QCOMPARE(first.outcome().engineUrl, m_b->url());
    QCOMPARE(set->activeEngine(), m_b->url());

    // The engine restarts on the same port; the re-probe (100 ms, backoff) finds it.
    set->setReprobeInterval(100, 400);
    QVERIFY(m_a->restart());
    QTRY_COMPARE_WITH_TIMEOUT(set->engine(m_a->url()).status, Status::Up, 3000);
    QCOMPARE(set->activeEngine(), m_a->url());
    QCOMPARE(active.last().first().toUrl(), m_a->url());
    QVERIFY(m_a->requestCount(u"/version"_s) >= 1);

    JobWatcher second(set->synthesize(request(u"二"_s)));
    QVERIFY(second.wait());
    QCOMPARE(second.outcome().engineUrl, m_a->url());
    QCOMPARE(m_a->synthesizedTexts(), QStringList{u"二"_s});
}

void TestEngineSet::allDownFailsWithMessagesAndReprobeBringsBack()
{
    auto set = makeSet({m_a->url(), m_b->url()});
    QSignalSpy availability(set.get(), &EngineSet::availabilityChanged);
    QVERIFY(set->hasUsableEngine());
    m_a->failNext(u"/synthesis"_s, 503, R"({"detail":"エンジンA停止中"})", -1);
    m_b->failNext(u"/audio_query"_s, 500, R"({"message":"エンジンB故障"})", -1);
    // Both keep answering 5xx: after kServerErrorsBeforeDown jobs both count as down.
    for (int i = 1; i < EngineSet::kServerErrorsBeforeDown; ++i) {
        JobWatcher early(set->synthesize(request(u"まだ %1"_s.arg(i))));
        QVERIFY(early.wait());
        QVERIFY(early.outcome().failed);
        QVERIFY(set->hasUsableEngine());
    }
    JobWatcher job(set->synthesize(request(u"誰も話せない"_s)));
    QVERIFY(job.wait());
    QVERIFY(job.outcome().failed);
    QVERIFY2(job.outcome().error.contains(u"エンジンA停止中"_s), qPrintable(job.outcome().error));
    QVERIFY2(job.outcome().error.contains(u"エンジンB故障"_s), qPrintable(job.outcome().error));
    QVERIFY(!set->hasUsableEngine());
    QCOMPARE(set->activeEngine(), QUrl());
    QCOMPARE(availability.size(), 1);
    QCOMPARE(availability.first().first().toBool(), false);

    // With everything down a new job fails at once, and still says why.
    m_a->stop();
    m_b->stop();
    m_a->clearFaults();
    m_b->clearFaults();
    JobWatcher immediate(set->synthesize(request(u"今すぐ"_s)));
    QVERIFY(immediate.wait(1000));
    QVERIFY(immediate.outcome().failed);
    QVERIFY2(immediate.outcome().error.contains(u"No speech engine is available."_s),
             qPrintable(immediate.outcome().error));

    // B comes back: the re-probe finds it and it is usable again.
    set->setReprobeInterval(100, 400);
    QVERIFY(m_b->restart());
    QTRY_VERIFY_WITH_TIMEOUT(set->hasUsableEngine(), 3000);
    QCOMPARE(availability.last().first().toBool(), true);
    QCOMPARE(set->activeEngine(), m_b->url());
    QCOMPARE(set->engine(m_a->url()).status, Status::Down);
    JobWatcher again(set->synthesize(request(u"戻った"_s)));
    QVERIFY(again.wait());
    QCOMPARE(again.outcome().engineUrl, m_b->url());
}

void TestEngineSet::backoffSpacesProbes()
{
    m_a->failNext(u"/version"_s, 500, "Internal Server Error", -1, "text/plain"); // always
    auto set = makeSet({m_a->url()});
    set->setReprobeInterval(50, 200);
    QSignalSpy errors(set.get(), &EngineSet::engineError);
    set->start();
    QTRY_COMPARE(set->engine(m_a->url()).status, Status::Down);
    QTest::qWait(1000);
    // Probes at about 0, 50, 150, 350, 550, 750, 950 ms: without backoff there would be 20.
    const int probes = m_a->requestCount(u"/version"_s);
    QVERIFY2(probes >= 4 && probes <= 9, qPrintable(QString::number(probes)));
    // Repeated identical probe failures are reported once, not at every probe.
    QCOMPARE(errors.size(), 1);
    QVERIFY(!set->hasUsableEngine());
}

void TestEngineSet::inFlightCapPerEngine()
{
    m_a->setDelay(u"/synthesis"_s, 100); // one at a time: 100 ms each
    m_b->setVersion(u"0.20.0"_s); // another engine, not a replica of A: fail-over only
    auto set = makeSet({m_a->url(), m_b->url()});
    set->setRequestTimeout(5000);
    set->start();
    QTRY_COMPARE(set->engine(m_a->url()).status, Status::Up);
    QTRY_COMPARE(m_a->openRequests(), 0);
    m_a->resetMaxConcurrentRequests();

    QList<std::shared_ptr<JobWatcher>> jobs;
    QStringList texts;
    for (int i = 0; i < 6; ++i) {
        texts.append(u"メッセージ%1"_s.arg(i));
        jobs.append(std::make_shared<JobWatcher>(set->synthesize(request(texts.last()))));
    }
    for (const auto &job : jobs) {
        QVERIFY(job->wait());
        QVERIFY2(job->outcome().finished, qPrintable(job->outcome().error));
        QCOMPARE(job->outcome().engineUrl, m_a->url()); // waited for A, never spilled to B
    }
    QCOMPARE(m_a->maxConcurrentRequests(), 2);
    // All of them, on A. (Order is the speech queue's business: two requests in flight may
    // overtake each other on their two connections.)
    QStringList got = m_a->synthesizedTexts();
    got.sort();
    QCOMPARE(got, texts);
    QCOMPARE(m_b->requestCount(u"/synthesis"_s), 0);
    QCOMPARE(set->engine(m_a->url()).inFlight, 0);
}

void TestEngineSet::inFlightCapOfOne()
{
    m_a->setDelay(u"/synthesis"_s, 50);
    auto set = makeSet({m_a->url()});
    set->setMaxRequestsPerEngine(1);
    QCOMPARE(set->maxRequestsPerEngine(), 1);
    set->setMaxRequestsPerEngine(5);
    QCOMPARE(set->maxRequestsPerEngine(), 2); // never more than 2
    set->setMaxRequestsPerEngine(1);
    QList<std::shared_ptr<JobWatcher>> jobs;
    for (int i = 0; i < 3; ++i)
        jobs.append(std::make_shared<JobWatcher>(set->synthesize(request(QString::number(i)))));
    for (const auto &job : jobs)
        QVERIFY(job->wait());
    QCOMPARE(m_a->maxConcurrentRequests(), 1);
}

void TestEngineSet::abortWaitingAndRunningJobs()
{
    m_a->hangNext(u"/synthesis"_s, 2);
    auto set = makeSet({m_a->url()});
    set->setRequestTimeout(5000);
    JobWatcher running1(set->synthesize(request(u"走る1"_s)));
    JobWatcher running2(set->synthesize(request(u"走る2"_s)));
    JobWatcher waiting(set->synthesize(request(u"待つ"_s)));
    QTRY_COMPARE(m_a->requestCount(u"/synthesis"_s), 2);
    QCOMPARE(set->engine(m_a->url()).inFlight, 2);

    waiting.job()->abort();
    running1.job()->abort();
    running2.job()->abort();
    QTRY_VERIFY(!running1.job() && !running2.job() && !waiting.job());
    QCOMPARE(set->engine(m_a->url()).inFlight, 0);

    // Slots are free again; nothing of the aborted jobs ever arrives.
    JobWatcher after(set->synthesize(request(u"後"_s)));
    QVERIFY(after.wait());
    QVERIFY(after.outcome().finished);
    QTest::qWait(100);
    QVERIFY(!running1.done() && !running2.done() && !waiting.done());
    QCOMPARE(m_a->synthesizedTexts(), QStringList{u"後"_s});
}

void TestEngineSet::setEndpointsAppliesLive()
{
    auto set = makeSet({m_a->url()});
    set->setRequestTimeout(5000);
    m_a->hangNext(u"/synthesis"_s);
    JobWatcher job(set->synthesize(request(u"移る"_s)));
    QTRY_COMPARE(m_a->requestCount(u"/synthesis"_s), 1);
    QSignalSpy active(set.get(), &EngineSet::activeEngineChanged);

    set->setEndpoints({m_b->url()});
    QCOMPARE(set->endpoints(), QList<QUrl>{m_b->url()});
    QCOMPARE(set->activeEngine(), m_b->url());
    QCOMPARE(active.size(), 1);
    QVERIFY(job.wait());
    QVERIFY2(job.outcome().finished, qPrintable(job.outcome().error));
    QCOMPARE(job.outcome().engineUrl, m_b->url());

    // Known engines keep their state; duplicates and trailing slashes collapse.
    set->setEndpoints({m_b->url(), QUrl(m_b->url().toString() + u'/'), m_a->url()});
    QCOMPARE(set->endpoints(), (QList<QUrl>{m_b->url(), m_a->url()}));
    QCOMPARE(set->engine(m_b->url()).status, Status::Up);
    QCOMPARE(set->engine(m_a->url()).status, Status::Unknown);
}

void TestEngineSet::speakersOfActiveEngine()
{
    m_b->setSpeakers(QJsonArray{
        QJsonObject{{u"name"_s, u"B"_s},
                    {u"speaker_uuid"_s, u"b"_s},
                    {u"version"_s, u"1"_s},
                    {u"styles"_s, QJsonArray{QJsonObject{{u"id"_s, 5}, {u"name"_s, u"b5"_s}}}}}});
    const QUrl a = m_a->url();
    m_a->stop();
    auto set = makeSet({a, m_b->url()});
    set->start();
    QTRY_COMPARE(set->activeEngine(), m_b->url());
    const auto styles = await(set->speakers());
    QVERIFY2(styles.ok, qPrintable(styles.error.message));
    QCOMPARE(styles.value.size(), 1);
    QCOMPARE(styles.value.first().id, 5);
    QCOMPARE(styles.value.first().speakerName, u"B"_s);

    // An engine that breaks while listing styles is marked down.
    m_b->failNext(u"/speakers"_s, 500, "boom", 1, "text/plain");
    const auto broken = await(set->speakers());
    QCOMPARE(broken.error.kind, EngineError::Kind::ServerError);
    QCOMPARE(set->engine(m_b->url()).status, Status::Down);
    const auto none = await(set->speakers());
    QVERIFY(none.done);
    QVERIFY(!none.ok);
}

void TestEngineSet::noEndpoints()
{
    auto set = makeSet({});
    QVERIFY(!set->hasUsableEngine());
    JobWatcher job(set->synthesize(request(u"誰もいない"_s)));
    QVERIFY(job.wait(1000));
    QVERIFY(job.outcome().failed);
    QCOMPARE(job.outcome().error, u"No speech engine is configured."_s);
}

void TestEngineSet::replicasShareTheWork()
{
    FakeVoicevox c;
    QVERIFY(c.listen());
    const QList<FakeVoicevox *> fakes{m_a.get(), m_b.get(), &c};
    for (FakeVoicevox *fake : fakes)
        fake->setDelay(u"/synthesis"_s, 200); // one at a time per engine
    auto set = makeSet({m_a->url(), m_b->url(), c.url()});
    set->setRequestTimeout(5000);
    QSignalSpy pool(set.get(), &EngineSet::poolSizeChanged);
    QCOMPARE(set->poolSize(), 1); // not probed yet: nobody is known to be a replica
    set->start();
    QTRY_COMPARE(set->poolSize(), 3); // up, same engine_manifest name and version
    QCOMPARE(pool.last().at(0).toInt(), 3);
    QTRY_VERIFY(m_a->openRequests() + m_b->openRequests() + c.openRequests() == 0);
    for (FakeVoicevox *fake : fakes)
        fake->resetMaxConcurrentRequests();

    QList<std::shared_ptr<JobWatcher>> jobs;
    QStringList texts;
    for (int i = 0; i < 6; ++i) {
        texts.append(u"分担%1"_s.arg(i));
        jobs.append(std::make_shared<JobWatcher>(set->synthesize(request(texts.last()))));
    }
    QList<QUrl> order;
    for (const auto &job : jobs) {
        QVERIFY(job->wait());
        QVERIFY2(job->outcome().finished, qPrintable(job->outcome().error));
        order.append(job->outcome().engineUrl);
    }
    // Least busy first, the preferred on a tie: A, B, C, then each a second one.
    QCOMPARE(order,
             (QList<QUrl>{m_a->url(), m_b->url(), c.url(), m_a->url(), m_b->url(), c.url()}));
    QStringList got;
    for (FakeVoicevox *fake : fakes) {
        QCOMPARE(fake->synthesizedTexts().size(), 2);
        QVERIFY(fake->maxConcurrentRequests() <= set->maxRequestsPerEngine());
        got += fake->synthesizedTexts();
    }
    got.sort();
    QCOMPARE(got, texts);
}

void TestEngineSet::otherVersionsOnlyTakeOver()
{
    // Another version of an engine may have other voices: it is a fail-over, not a replica.
    m_a->setDelay(u"/synthesis"_s, 100);
    m_b->setVersion(u"0.20.0"_s);
    auto set = makeSet({m_a->url(), m_b->url()});
    set->setRequestTimeout(5000);
    set->start();
    QTRY_COMPARE(set->engine(m_b->url()).status, Status::Up);
    QTRY_COMPARE(set->engine(m_b->url()).name, u"VOICEVOX ENGINE OSS"_s);
    QTRY_COMPARE(set->engine(m_a->url()).name, u"VOICEVOX ENGINE OSS"_s);
    QCOMPARE(set->poolSize(), 1);
    QList<std::shared_ptr<JobWatcher>> jobs;
    for (int i = 0; i < 4; ++i)
        jobs.append(std::make_shared<JobWatcher>(set->synthesize(request(QString::number(i)))));
    for (const auto &job : jobs) {
        QVERIFY(job->wait());
        QCOMPARE(job->outcome().engineUrl, m_a->url());
    }
    QCOMPARE(m_b->requestCount(u"/synthesis"_s), 0);
}

void TestEngineSet::failingReplicaHandsItsWorkToTheOthers()
{
    FakeVoicevox c;
    QVERIFY(c.listen());
    for (FakeVoicevox *fake : {m_a.get(), m_b.get(), &c})
        fake->setDelay(u"/synthesis"_s, 300);
    auto set = makeSet({m_a->url(), m_b->url(), c.url()});
    set->setRequestTimeout(5000);
    set->start();
    QTRY_COMPARE(set->poolSize(), 3);
    QTRY_VERIFY(m_a->openRequests() + m_b->openRequests() + c.openRequests() == 0);
    m_b->failNext(u"/synthesis"_s, 500, "Internal Server Error", -1, "text/plain");
    QSignalSpy errors(set.get(), &EngineSet::engineError);
    QList<std::shared_ptr<JobWatcher>> jobs;
    // Enough work that the failing replica, which answers at once, meets the run of
    // kServerErrorsBeforeDown errors that takes it out while the others still synthesize.
    for (int i = 0; i < 12; ++i)
        jobs.append(std::make_shared<JobWatcher>(set->synthesize(request(u"代役%1"_s.arg(i)))));
    for (const auto &job : jobs) {
        QVERIFY(job->wait());
        QVERIFY2(job->outcome().finished, qPrintable(job->outcome().error));
        QVERIFY(job->outcome().engineUrl != m_b->url());
    }
    QCOMPARE(set->engine(m_b->url()).status, Status::Down);
    QCOMPARE(set->poolSize(), 2);
    QCOMPARE(errors.first().at(0).toUrl(), m_b->url());
    QCOMPARE(m_a->synthesizedTexts().size() + c.synthesizedTexts().size(), 12);
    QVERIFY(!c.synthesizedTexts().isEmpty()); // the work stayed shared

    // Healthy again: it is probed back into the pool.
    m_b->clearFaults();
    set->setReprobeInterval(100, 400);
    QTRY_COMPARE_WITH_TIMEOUT(set->poolSize(), 3, 5000);
}

void TestEngineSet::katakanaEnglishDetected_data()
{
    QTest::addColumn<FakeVoicevox::OpenApi>("served");
    QTest::addColumn<EngineSet::Support>("support");
    QTest::newRow("VOICEVOX >= 0.24")
        << FakeVoicevox::OpenApi::WithKatakanaEnglish << EngineSet::Support::Supported;
    QTest::newRow("older engine") << FakeVoicevox::OpenApi::WithoutKatakanaEnglish
                                  << EngineSet::Support::Unsupported;
    QTest::newRow("no openapi.json")
        << FakeVoicevox::OpenApi::Absent << EngineSet::Support::Unsupported;
}

void TestEngineSet::katakanaEnglishDetected()
{
    QFETCH(FakeVoicevox::OpenApi, served);
    QFETCH(EngineSet::Support, support);
    m_a->setOpenApi(served);
    auto set = makeSet({m_a->url()});
    QCOMPARE(set->engine(m_a->url()).katakanaEnglish, EngineSet::Support::Unknown);
    QVERIFY(set->katakanaEnglish()); // default on
    QSignalSpy errors(set.get(), &EngineSet::engineError);
    set->start();
    QTRY_COMPARE(set->engine(m_a->url()).katakanaEnglish, support);
    QCOMPARE(m_a->requestCount(u"/openapi.json"_s), 1); // once per connection
    QCOMPARE(set->engine(m_a->url()).status, Status::Up);
    QCOMPARE(errors.size(), 0); // a missing document is no engine error

    const QString key = u"enable_katakana_english"_s;
    const bool supported = support == EngineSet::Support::Supported;
    JobWatcher on(set->synthesize(request(u"nice stream"_s, 1)));
    QVERIFY(on.wait());
    QVERIFY2(on.outcome().finished, qPrintable(on.outcome().error));
    FakeVoicevoxRequest sent = m_a->requests(u"/audio_query"_s).last();
    QCOMPARE(sent.query.contains(key), supported);
    if (supported)
        QCOMPARE(sent.query.value(key), u"true"_s);

    set->setKatakanaEnglish(false);
    QVERIFY(!set->katakanaEnglish());
    JobWatcher off(set->synthesize(request(u"nice stream"_s, 1)));
    QVERIFY(off.wait());
    QVERIFY2(off.outcome().finished, qPrintable(off.outcome().error));
    sent = m_a->requests(u"/audio_query"_s).last();
    QCOMPARE(sent.query.contains(key), supported);
    if (supported)
        QCOMPARE(sent.query.value(key), u"false"_s);
    QCOMPARE(m_a->requestCount(u"/openapi.json"_s), 1);
}

void TestEngineSet::katakanaEnglishAskedAgainAfterRestart()
{
    // The engine is replaced by an older one on the same port: asked again once it is back.
    m_a->setOpenApi(FakeVoicevox::OpenApi::WithKatakanaEnglish);
    auto set = makeSet({m_a->url()});
    set->setReprobeInterval(50, 100);
    // Added after start(): an engine discovered later is asked too.
    set->setEndpoints({});
    set->start();
    set->setEndpoints({m_a->url()});
    QTRY_COMPARE(set->engine(m_a->url()).katakanaEnglish, EngineSet::Support::Supported);

    m_a->stop();
    set->probeAll();
    QTRY_COMPARE(set->engine(m_a->url()).status, Status::Down);
    QCOMPARE(set->engine(m_a->url()).katakanaEnglish, EngineSet::Support::Unknown);
    m_a->setOpenApi(FakeVoicevox::OpenApi::WithoutKatakanaEnglish);
    m_a->clearRecords();
    QVERIFY(m_a->restart());
    QTRY_COMPARE(set->engine(m_a->url()).katakanaEnglish, EngineSet::Support::Unsupported);
    QCOMPARE(m_a->requestCount(u"/openapi.json"_s), 1);
    JobWatcher job(set->synthesize(request(u"nice"_s, 1)));
    QVERIFY(job.wait());
    QVERIFY2(job.outcome().finished, qPrintable(job.outcome().error));
    QVERIFY(!m_a->requests(u"/audio_query"_s).last().query.contains(u"enable_katakana_english"_s));
}

void TestEngineSet::hangingOpenApiNeverBlocksTheEngine()
{
    m_a->setOpenApi(FakeVoicevox::OpenApi::WithKatakanaEnglish);
    m_a->hangNext(u"/openapi.json"_s);
    auto set = makeSet({m_a->url()});
    QSignalSpy errors(set.get(), &EngineSet::engineError);
    set->start();
    QTRY_COMPARE(m_a->requestCount(u"/openapi.json"_s), 1);
    JobWatcher job(set->synthesize(request(u"nice"_s, 1)));
    QVERIFY(job.wait());
    QVERIFY2(job.outcome().finished, qPrintable(job.outcome().error));
    // Cut by the probe timeout: not supported for this connection, the engine stays up.
    QTRY_COMPARE(set->engine(m_a->url()).katakanaEnglish, EngineSet::Support::Unsupported);
    QCOMPARE(set->engine(m_a->url()).status, Status::Up);
    QCOMPARE(errors.size(), 0);
    QTest::qWait(100);
    QCOMPARE(m_a->requestCount(u"/openapi.json"_s), 1);
}

QTEST_GUILESS_MAIN(TestEngineSet)
#include "tst_engineset.moc"
