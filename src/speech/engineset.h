#pragma once

#include "speech/synthesizer.h"
#include "speech/voicevoxclient.h"

#include <memory>
#include <vector>

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

QT_BEGIN_NAMESPACE
class QNetworkAccessManager;
QT_END_NAMESPACE

namespace chatvox {

class EngineSetJob;

// Several VOICEVOX-API engines in order of preference, with health, fail-over and load sharing.
//
// A synthesis goes to the most preferred engine not known to be down, or to one of its
// replicas: engines that are up and report the same name (engine_manifest) and version share
// the work, least busy first (the more preferred on a tie), so N replicas synthesize about N
// times as fast. Other engines (a different product or version: other voices) only take over
// when the preferred ones fail. Connection errors, timeouts and bad answers (not JSON, not an
// AudioQuery, not a WAV) mark the engine down and the job moves on to the next one; a 4xx (e.g.
// 422 unknown style) moves that job on without marking the engine down, and so does an HTTP 5xx
// unless it is the kServerErrorsBeforeDown-th in a row. Down engines are probed again
// (GET /version) with backoff, and a preferred engine that answers again is used again. At most
// maxRequestsPerEngine() requests (synthesis steps and probes together) are in flight per
// engine: engines synthesize one text at a time, so more would only queue there.
class EngineSet : public QObject, public Synthesizer
{
    Q_OBJECT
public:
    enum class Status { Unknown, Up, Down };
    Q_ENUM(Status)

    // Whether an engine has an optional feature (asked once per connection; Unknown until then
    // and while it is down).
    enum class Support { Unknown, Supported, Unsupported };
    Q_ENUM(Support)

    struct Engine
    {
        QUrl url;
        Status status = Status::Unknown;
        QString name; // engine_manifest "name", else the known name by port
        QString version; // from GET /version, empty until probed
        qint64 lastLatencyNs = -1; // last successful request (probe or synthesis), -1 if none
        QString lastError; // last failure, user-facing
        int inFlight = 0; // requests in flight now
        // enable_katakana_english on /audio_query (VOICEVOX >= 0.24), from its /openapi.json;
        // Unsupported when the engine has no /openapi.json or does not list the parameter.
        Support katakanaEnglish = Support::Unknown;
    };

    // network is not owned. No endpoints until setEndpoints().
    explicit EngineSet(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~EngineSet() override;

    // http://127.0.0.1 on the known local ports: VOICEVOX 50021, AivisSpeech 10101,
    // SHAREVOX 50025, COEIROINK v1 50031, NEMO 50121.
    static QList<QUrl> defaultEndpoints();
    // HTTP 5xx answers in a row to synthesis steps after which an engine counts as down.
    static constexpr int kServerErrorsBeforeDown = 3;

    // Applies at once: known engines keep their state, new ones start Unknown (and are probed
    // if started), requests in flight to removed ones move on to the remaining engines.
    void setEndpoints(const QList<QUrl> &urls);
    QList<QUrl> endpoints() const;
    QList<Engine> engines() const;
    Engine engine(const QUrl &url) const; // default Engine when unknown

    // Probes every engine now and keeps probing down engines (and, every healthCheckInterval,
    // idle up ones).
    void start();
    void probeAll();

    // Timeouts of synthesis steps (/audio_query, /synthesis) and of probes.
    void setRequestTimeout(int ms);
    void setProbeTimeout(int ms);
    // First re-probe of a down engine after this long, then doubling up to maxReprobeInterval.
    void setReprobeInterval(int ms, int maxMs);
    // Probe idle up engines this often (0 = never).
    void setHealthCheckInterval(int ms);
    // 1 or 2 (default 2).
    void setMaxRequestsPerEngine(int count);
    int maxRequestsPerEngine() const { return m_maxInFlight; }

    // English words an engine has no reading for: read as katakana (default) or letter by
    // letter. Sent to the engines that support it (Engine::katakanaEnglish), applies to the
    // next /audio_query; other engines are never asked.
    void setKatakanaEnglish(bool enabled);
    bool katakanaEnglish() const { return m_katakanaEnglish; }

    // The engine new requests go to first: the most preferred one not known down; empty if none.
    QUrl activeEngine() const;

    SynthesisJob *synthesize(const SynthesisRequest &request) override;
    bool hasUsableEngine() const override;
    // The active engine and its replicas that are up (1 when there are none; also when no
    // engine is usable).
    int poolSize() const override;

    // The styles of the active engine (fails when no engine is usable); a fault of the engine
    // marks it down. Deletes itself after finished(). Not counted against
    // maxRequestsPerEngine(): a cheap GET, asked rarely.
    SpeakersReply *speakers();

Q_SIGNALS:
    void engineStatusChanged(const QUrl &url, chatvox::EngineSet::Status status);
    void activeEngineChanged(const QUrl &url); // empty when none is usable
    void availabilityChanged(bool usable); // hasUsableEngine() changed
    void poolSizeChanged(int engines);
    // Every failure of an engine (request or probe), user-facing; for the log and Supervisor.
    void engineError(const QUrl &url, const QString &message);
    // Each synthesis attempt on an engine, answered or failed, and how long it took.
    void synthesisFinished(const QUrl &url, qint64 elapsedNs, bool ok);

private:
    friend class EngineSetJob;
    struct Endpoint;

    Endpoint *find(const QUrl &url) const;
    bool areReplicas(const Endpoint *a, const Endpoint *b) const;
    void updatePool();
    Endpoint *nextCandidate(const EngineSetJob *job) const;
    void scheduleDispatch();
    void dispatch();
    void startAttempt(EngineSetJob *job, Endpoint *endpoint);
    void onAttemptFinished(EngineSetJob *job, WavReply *reply);
    void jobAborted(EngineSetJob *job);
    void forgetJob(EngineSetJob *job);
    void failJob(EngineSetJob *job);

    void probe(Endpoint *endpoint);
    void fetchDetails(Endpoint *endpoint);
    void fetchManifest(Endpoint *endpoint);
    void fetchOpenApi(Endpoint *endpoint);
    void forgetDetails(Endpoint *endpoint);
    void scheduleProbe(Endpoint *endpoint);
    void markUp(Endpoint *endpoint);
    void markDown(Endpoint *endpoint, const QString &message);
    void setStatus(Endpoint *endpoint, Status status);
    void updateActive();
    std::unique_ptr<Endpoint> makeEndpoint(const QUrl &url);

    QNetworkAccessManager *m_network;
    std::vector<std::unique_ptr<Endpoint>> m_endpoints;
    QList<QPointer<EngineSetJob>> m_waiting; // jobs waiting for an engine, in order
    QList<QPointer<EngineSetJob>> m_running; // jobs with a request in flight
    int m_requestTimeoutMs = 30000;
    int m_probeTimeoutMs = 3000;
    int m_reprobeMs = 2000;
    int m_maxReprobeMs = 30000;
    int m_healthCheckMs = 30000;
    int m_maxInFlight = 2;
    bool m_katakanaEnglish = true;
    bool m_started = false;
    bool m_dispatchQueued = false;
    QUrl m_active;
    bool m_usable = false;
    int m_poolSize = 1;
};

} // namespace chatvox

Q_DECLARE_METATYPE(chatvox::EngineSet::Engine)
