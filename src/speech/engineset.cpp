#include "engineset.h"

#include "speech/logging.h"
#include "speech/voicevoxprotocol.h"

#include <algorithm>

#include <QStringList>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace chatvox {

// ---------------------------------------------------------------------------------------------
// EngineSetJob: one synthesis walking down the engines in order of preference.

class EngineSetJob final : public SynthesisJob
{
public:
    EngineSetJob(EngineSet *set, const SynthesisRequest &request)
        : SynthesisJob(set)
        , m_set(set)
        , m_request(request)
    {
    }

    void abort() override
    {
        if (m_done)
            return;
        m_done = true;
        if (m_set)
            m_set->jobAborted(this);
        deleteLater();
    }

    void succeed(const QByteArray &wav, const QUrl &url, const QByteArray &audioQuery)
    {
        m_done = true;
        setEngineTimeNs(m_engineNs);
        setEngineUrl(url);
        setAudioQuery(audioQuery);
        Q_EMIT finished(wav);
        deleteLater();
    }

    void failWith(const QString &message)
    {
        m_done = true;
        setEngineTimeNs(m_engineNs);
        Q_EMIT failed(message);
        deleteLater();
    }

    void detach() { m_set = nullptr; }

    EngineSet *m_set;
    const SynthesisRequest m_request;
    QList<QUrl> m_tried; // engines this job has given up on
    QStringList m_errors; // their messages, in order
    QPointer<WavReply> m_reply;
    QUrl m_attemptUrl; // engine of the request in flight
    qint64 m_engineNs = 0;
    bool m_done = false;
};

// ---------------------------------------------------------------------------------------------
// EngineSet

namespace {

// One spelling per engine: "http://127.0.0.1:50021/" and "http://127.0.0.1:50021" are the same.
QUrl normalized(const QUrl &url)
{
    QUrl clean = url.adjusted(QUrl::StripTrailingSlash | QUrl::NormalizePathSegments
                              | QUrl::RemoveQuery | QUrl::RemoveFragment);
    if (clean.path() == "/"_L1)
        clean.setPath(QString());
    return clean;
}

} // namespace

struct EngineSet::Endpoint
{
    Engine info;
    std::unique_ptr<VoicevoxClient> client;
    std::unique_ptr<QTimer> probeTimer;
    QPointer<VersionReply> probe;
    QPointer<JsonReply> manifest;
    QPointer<JsonReply> openApi;
    int backoffMs = 0;
    int synthesizing = 0; // synthesis requests in flight (info.inFlight counts probes too)
    bool manifestKnown = false; // asked /engine_manifest once with a definite answer
    bool openApiKnown = false; // asked /openapi.json once since the engine came up
    int serverErrorsInARow = 0; // HTTP 5xx answers to synthesis steps since the last success
};

EngineSet::EngineSet(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{
    qRegisterMetaType<chatvox::EngineSet::Status>();
}

EngineSet::~EngineSet()
{
    // Jobs are our children and die with us; they must not call back into a half-destroyed set.
    for (EngineSetJob *job : findChildren<EngineSetJob *>(Qt::FindDirectChildrenOnly))
        job->detach();
    m_endpoints.clear(); // clients and their replies go silently
}

QList<QUrl> EngineSet::defaultEndpoints()
{
    QList<QUrl> urls;
    for (const voicevox::KnownEngine &engine : voicevox::knownLocalEngines()) {
        QUrl url;
        url.setScheme(u"http"_s);
        url.setHost(u"127.0.0.1"_s); // not localhost: IPv6 first on Windows costs a second
        url.setPort(engine.port);
        urls.append(url);
    }
    return urls;
}

std::unique_ptr<EngineSet::Endpoint> EngineSet::makeEndpoint(const QUrl &url)
{
    auto endpoint = std::make_unique<Endpoint>();
    endpoint->info.url = url;
    endpoint->info.name = voicevox::knownEngineName(url);
    endpoint->client = std::make_unique<VoicevoxClient>(m_network, url);
    endpoint->client->setRequestTimeout(m_requestTimeoutMs);
    endpoint->client->setProbeTimeout(m_probeTimeoutMs);
    endpoint->client->setKatakanaEnglish(m_katakanaEnglish);
    endpoint->probeTimer = std::make_unique<QTimer>();
    endpoint->probeTimer->setSingleShot(true);
    Endpoint *raw = endpoint.get();
    connect(endpoint->probeTimer.get(), &QTimer::timeout, this, [this, raw] { probe(raw); });
    endpoint->backoffMs = m_reprobeMs;
    return endpoint;
}

void EngineSet::setEndpoints(const QList<QUrl> &urls)
{
    QList<QUrl> wanted;
    for (const QUrl &url : urls) {
        const QUrl clean = normalized(url);
        if (clean.isValid() && !clean.host().isEmpty() && !wanted.contains(clean))
            wanted.append(clean);
    }

    std::vector<std::unique_ptr<Endpoint>> next;
    QList<Endpoint *> added;
    for (const QUrl &url : wanted) {
        auto it = std::find_if(m_endpoints.begin(), m_endpoints.end(),
                               [&url](const auto &e) { return e && e->info.url == url; });
        if (it != m_endpoints.end()) {
            next.push_back(std::move(*it));
        } else {
            next.push_back(makeEndpoint(url));
            added.append(next.back().get());
        }
    }

    // Requests in flight to removed engines move on to the others (not as failures).
    QList<EngineSetJob *> moved;
    for (const auto &old : m_endpoints) {
        if (!old)
            continue;
        for (const QPointer<EngineSetJob> &job : std::as_const(m_running)) {
            if (job && job->m_attemptUrl == old->info.url) {
                if (job->m_reply)
                    job->m_reply->abort();
                job->m_reply = nullptr;
                job->m_attemptUrl = QUrl();
                moved.append(job);
            }
        }
        qCInfo(lcSpeech) << "engine removed:" << old->info.url.toDisplayString();
    }
    for (auto it = moved.crbegin(); it != moved.crend(); ++it) {
        m_running.removeAll(*it);
        m_waiting.prepend(*it);
    }

    m_endpoints = std::move(next); // removed endpoints (clients, probes) are deleted here
    qCInfo(lcSpeech) << "engines:" << wanted;
    if (m_started) {
        for (Endpoint *endpoint : std::as_const(added))
            probe(endpoint);
    }
    updateActive();
    scheduleDispatch();
}

QList<QUrl> EngineSet::endpoints() const
{
    QList<QUrl> urls;
    for (const auto &endpoint : m_endpoints)
        urls.append(endpoint->info.url);
    return urls;
}

QList<EngineSet::Engine> EngineSet::engines() const
{
    QList<Engine> list;
    for (const auto &endpoint : m_endpoints)
        list.append(endpoint->info);
    return list;
}

EngineSet::Engine EngineSet::engine(const QUrl &url) const
{
    const Endpoint *endpoint = find(url);
    return endpoint ? endpoint->info : Engine{};
}

EngineSet::Endpoint *EngineSet::find(const QUrl &url) const
{
    const QUrl clean = normalized(url);
    for (const auto &endpoint : m_endpoints) {
        if (endpoint->info.url == clean)
            return endpoint.get();
    }
    return nullptr;
}

void EngineSet::start()
{
    m_started = true;
    probeAll();
}

void EngineSet::probeAll()
{
    for (const auto &endpoint : m_endpoints)
        probe(endpoint.get());
}

void EngineSet::setRequestTimeout(int ms)
{
    m_requestTimeoutMs = ms;
    for (const auto &endpoint : m_endpoints)
        endpoint->client->setRequestTimeout(ms);
}

void EngineSet::setProbeTimeout(int ms)
{
    m_probeTimeoutMs = ms;
    for (const auto &endpoint : m_endpoints)
        endpoint->client->setProbeTimeout(ms);
}

void EngineSet::setReprobeInterval(int ms, int maxMs)
{
    m_reprobeMs = std::max(1, ms);
    m_maxReprobeMs = std::max(m_reprobeMs, maxMs);
    for (const auto &endpoint : m_endpoints) {
        endpoint->backoffMs = m_reprobeMs;
        scheduleProbe(endpoint.get());
    }
}

void EngineSet::setHealthCheckInterval(int ms)
{
    m_healthCheckMs = std::max(0, ms);
    for (const auto &endpoint : m_endpoints)
        scheduleProbe(endpoint.get());
}

void EngineSet::setKatakanaEnglish(bool enabled)
{
    m_katakanaEnglish = enabled;
    for (const auto &endpoint : m_endpoints)
        endpoint->client->setKatakanaEnglish(enabled);
}

void EngineSet::setMaxRequestsPerEngine(int count)
{
    m_maxInFlight = std::clamp(count, 1, 2);
    scheduleDispatch();
}

QUrl EngineSet::activeEngine() const
{
    return m_active;
}

bool EngineSet::hasUsableEngine() const
{
    return m_usable;
}

// --- synthesis --------------------------------------------------------------------------------

SynthesisJob *EngineSet::synthesize(const SynthesisRequest &request)
{
    auto *job = new EngineSetJob(this, request);
    m_waiting.append(job);
    // Dispatch from the event loop: a job that fails at once must not emit before the caller
    // has connected to it.
    scheduleDispatch();
    return job;
}

void EngineSet::scheduleDispatch()
{
    if (m_dispatchQueued)
        return;
    m_dispatchQueued = true;
    QMetaObject::invokeMethod(this, &EngineSet::dispatch, Qt::QueuedConnection);
}

EngineSet::Endpoint *EngineSet::nextCandidate(const EngineSetJob *job) const
{
    Endpoint *preferred = nullptr;
    for (const auto &endpoint : m_endpoints) {
        if (endpoint->info.status != Status::Down && !job->m_tried.contains(endpoint->info.url)) {
            preferred = endpoint.get();
            break;
        }
    }
    if (!preferred)
        return nullptr;
    // Its replicas share the work: of those with room for a request, the one synthesizing the
    // least, the more preferred on a tie (probes do not count: they are quick). When none has
    // room, the job waits for the preferred one.
    Endpoint *best = nullptr;
    for (const auto &endpoint : m_endpoints) {
        Endpoint *candidate = endpoint.get();
        if (candidate != preferred
            && (job->m_tried.contains(candidate->info.url) || !areReplicas(preferred, candidate)))
            continue;
        if (candidate->info.inFlight >= m_maxInFlight)
            continue;
        if (!best || candidate->synthesizing < best->synthesizing)
            best = candidate;
    }
    return best ? best : preferred;
}

// Replicas give the same voices for the same style ids: the same engine (engine_manifest name,
// else the known name of the port) in the same version, both up.
bool EngineSet::areReplicas(const Endpoint *a, const Endpoint *b) const
{
    return a->info.status == Status::Up && b->info.status == Status::Up && a->manifestKnown
        && b->manifestKnown && !a->info.version.isEmpty() && a->info.version == b->info.version
        && a->info.name == b->info.name;
}

int EngineSet::poolSize() const
{
    const Endpoint *active = find(m_active);
    if (!active)
        return 1;
    int size = 1;
    for (const auto &endpoint : m_endpoints) {
        if (endpoint.get() != active && areReplicas(active, endpoint.get()))
            ++size;
    }
    return size;
}

void EngineSet::updatePool()
{
    const int size = poolSize();
    if (size == m_poolSize)
        return;
    m_poolSize = size;
    qCInfo(lcSpeech) << "engines sharing the work:" << size;
    Q_EMIT poolSizeChanged(size);
}

void EngineSet::dispatch()
{
    m_dispatchQueued = false;
    QList<QPointer<EngineSetJob>> failing;
    for (qsizetype i = 0; i < m_waiting.size();) {
        EngineSetJob *job = m_waiting.at(i);
        if (!job) {
            m_waiting.removeAt(i);
            continue;
        }
        Endpoint *endpoint = nextCandidate(job);
        if (!endpoint) {
            m_waiting.removeAt(i);
            failing.append(job);
            continue;
        }
        // The preferred engine (and its replicas) busy: wait rather than use a less preferred one.
        if (endpoint->info.inFlight >= m_maxInFlight) {
            ++i;
            continue;
        }
        m_waiting.removeAt(i);
        startAttempt(job, endpoint);
    }
    // Signals last: a slot may start or abort other jobs.
    for (const QPointer<EngineSetJob> &job : std::as_const(failing)) {
        if (job)
            failJob(job);
    }
}

void EngineSet::startAttempt(EngineSetJob *job, Endpoint *endpoint)
{
    ++endpoint->info.inFlight;
    ++endpoint->synthesizing;
    job->m_attemptUrl = endpoint->info.url;
    WavReply *reply = endpoint->client->speak(job->m_request.text, job->m_request.styleId,
                                              job->m_request.voice);
    job->m_reply = reply;
    m_running.append(job);
    qCDebug(lcSpeech) << "synthesis on" << endpoint->info.url.toDisplayString() << "style"
                      << job->m_request.styleId << "in flight" << endpoint->info.inFlight;
    connect(reply, &EngineReply::finished, job,
            [this, job, reply] { onAttemptFinished(job, reply); });
}

void EngineSet::onAttemptFinished(EngineSetJob *job, WavReply *reply)
{
    m_running.removeAll(job);
    job->m_reply = nullptr;
    job->m_engineNs += reply->elapsedNs();
    const QUrl url = job->m_attemptUrl;
    job->m_attemptUrl = QUrl();
    Endpoint *endpoint = find(url);
    if (endpoint) {
        --endpoint->info.inFlight;
        --endpoint->synthesizing;
    }
    Q_EMIT synthesisFinished(url, reply->elapsedNs(), reply->isOk());

    if (reply->isOk()) {
        if (endpoint) {
            endpoint->serverErrorsInARow = 0;
            endpoint->info.lastLatencyNs = reply->elapsedNs();
            if (endpoint->info.status != Status::Up)
                markUp(endpoint);
            // Probed, but too busy then to ask for the manifest (replicas need it) or the
            // OpenAPI document.
            if (!endpoint->info.version.isEmpty())
                fetchDetails(endpoint);
        }
        scheduleDispatch();
        job->succeed(reply->value(), url, reply->audioQuery());
        return;
    }

    const EngineError &error = reply->error();
    qCWarning(lcSpeech).noquote() << "synthesis failed:" << error.message;
    job->m_errors.append(error.message);
    job->m_tried.append(url);
    if (endpoint) {
        endpoint->info.lastError = error.message;
        // A 5xx is an answer: the engine runs, and VOICEVOX answers 500 for some texts while
        // it stays healthy. Marking it down at once made a single engine's one hiccup fail
        // every queued message (found by the soak run); only a run of them means it is broken.
        const bool brokenForNow = error.kind == EngineError::Kind::ServerError
            ? ++endpoint->serverErrorsInARow >= kServerErrorsBeforeDown
            : error.isEngineFault();
        if (brokenForNow)
            markDown(endpoint, error.message);
        else if (endpoint->info.status == Status::Unknown)
            markUp(endpoint); // it answered, only not sensibly to this request
    }
    Q_EMIT engineError(url, error.message);
    m_waiting.prepend(job);
    scheduleDispatch();
}

void EngineSet::jobAborted(EngineSetJob *job)
{
    m_waiting.removeAll(job);
    if (m_running.removeAll(job) > 0) {
        if (job->m_reply)
            job->m_reply->abort();
        job->m_reply = nullptr;
        if (Endpoint *endpoint = find(job->m_attemptUrl)) {
            --endpoint->info.inFlight;
            --endpoint->synthesizing;
        }
        job->m_attemptUrl = QUrl();
    }
    scheduleDispatch();
}

void EngineSet::failJob(EngineSetJob *job)
{
    QStringList lines = job->m_errors;
    if (m_endpoints.empty()) {
        lines.append(tr("No speech engine is configured."));
    } else {
        if (lines.isEmpty())
            lines.append(tr("No speech engine is available."));
        // Engines the job skipped because they were down: say why they are down.
        for (const auto &endpoint : m_endpoints) {
            if (!job->m_tried.contains(endpoint->info.url) && !endpoint->info.lastError.isEmpty())
                lines.append(endpoint->info.lastError);
        }
    }
    lines.removeDuplicates();
    job->failWith(lines.join(u'\n'));
}

// --- health -----------------------------------------------------------------------------------

void EngineSet::probe(Endpoint *endpoint)
{
    if (endpoint->probe)
        return;
    // An up engine that is busy proves its health with its answers; and some engines answer
    // nothing else while they synthesize, so a probe then could time out on a healthy engine.
    const bool busy = endpoint->info.status == Status::Up
        ? endpoint->info.inFlight > 0
        : endpoint->info.inFlight >= m_maxInFlight;
    if (busy) {
        scheduleProbe(endpoint);
        return;
    }
    ++endpoint->info.inFlight;
    VersionReply *reply = endpoint->client->version();
    endpoint->probe = reply;
    connect(reply, &EngineReply::finished, this, [this, endpoint, reply] {
        --endpoint->info.inFlight;
        endpoint->probe = nullptr;
        if (reply->isOk()) {
            endpoint->info.version = reply->value();
            endpoint->info.lastLatencyNs = reply->elapsedNs();
            markUp(endpoint);
            fetchDetails(endpoint);
            updatePool(); // the version may have changed (engine updated and restarted)
        } else {
            const QString &message = reply->error().message;
            const bool news
                = endpoint->info.status != Status::Down || endpoint->info.lastError != message;
            if (endpoint->info.status == Status::Down)
                endpoint->backoffMs = std::min(endpoint->backoffMs * 2, m_maxReprobeMs);
            endpoint->info.lastError = message;
            if (news) {
                qCInfo(lcSpeech).noquote() << "probe failed:" << message;
                Q_EMIT engineError(endpoint->info.url, message);
            }
            if (endpoint->info.status != Status::Down) {
                endpoint->backoffMs = m_reprobeMs;
                endpoint->manifestKnown = false;
                forgetDetails(endpoint);
                setStatus(endpoint, Status::Down);
            }
            scheduleProbe(endpoint);
        }
        scheduleDispatch();
    });
}

void EngineSet::fetchDetails(Endpoint *endpoint)
{
    // One at a time: the manifest first (replicas need it), then the OpenAPI document.
    if (!endpoint->manifestKnown)
        fetchManifest(endpoint);
    else if (!endpoint->openApiKnown)
        fetchOpenApi(endpoint);
}

void EngineSet::fetchManifest(Endpoint *endpoint)
{
    if (endpoint->manifest || endpoint->info.inFlight >= m_maxInFlight)
        return;
    ++endpoint->info.inFlight;
    JsonReply *reply = endpoint->client->engineManifest();
    endpoint->manifest = reply;
    connect(reply, &EngineReply::finished, this, [this, endpoint, reply] {
        --endpoint->info.inFlight;
        endpoint->manifest = nullptr;
        if (reply->isOk()) {
            endpoint->manifestKnown = true;
            const QString name = voicevox::engineManifestName(reply->value());
            if (!name.isEmpty())
                endpoint->info.name = name;
        } else if (reply->error().kind == EngineError::Kind::ClientError) {
            endpoint->manifestKnown = true; // this engine has no manifest; keep the port's name
        }
        updatePool();
        if (!endpoint->openApiKnown && endpoint->info.status == Status::Up)
            fetchOpenApi(endpoint);
        scheduleDispatch();
    });
}

void EngineSet::fetchOpenApi(Endpoint *endpoint)
{
    if (endpoint->openApi || endpoint->openApiKnown || endpoint->info.inFlight >= m_maxInFlight)
        return;
    ++endpoint->info.inFlight;
    JsonReply *reply = endpoint->client->openApi();
    endpoint->openApi = reply;
    connect(reply, &EngineReply::finished, this, [this, endpoint, reply] {
        --endpoint->info.inFlight;
        endpoint->openApi = nullptr;
        // Asked once per connection whatever the answer: an engine without /openapi.json (or
        // one that fails to serve it) simply does not get the optional parameter. Never a
        // reason to mark the engine down.
        endpoint->openApiKnown = true;
        const bool supported = reply->isOk()
            && voicevox::openApiHasQueryParameter(reply->value(), "/audio_query"_L1,
                                                  voicevox::kKatakanaEnglishParameter);
        if (!reply->isOk())
            qCInfo(lcSpeech).noquote() << "no OpenAPI document:" << reply->error().message;
        endpoint->info.katakanaEnglish = supported ? Support::Supported : Support::Unsupported;
        endpoint->client->setKatakanaEnglishSupported(supported);
        qCInfo(lcSpeech) << "engine" << endpoint->info.url.toDisplayString()
                         << "English as katakana:" << (supported ? "supported" : "not supported");
        scheduleDispatch();
    });
}

void EngineSet::forgetDetails(Endpoint *endpoint)
{
    // What answers here when it is back may be another engine (or another version).
    if (endpoint->openApi) {
        endpoint->openApi->abort(); // no signal follows
        endpoint->openApi = nullptr;
        --endpoint->info.inFlight;
    }
    endpoint->openApiKnown = false;
    endpoint->info.katakanaEnglish = Support::Unknown;
    endpoint->client->setKatakanaEnglishSupported(false);
}

void EngineSet::scheduleProbe(Endpoint *endpoint)
{
    int interval = 0;
    switch (endpoint->info.status) {
    case Status::Down:
        interval = endpoint->backoffMs;
        break;
    case Status::Up:
        interval = m_started ? m_healthCheckMs : 0;
        break;
    case Status::Unknown:
        interval = m_started ? m_reprobeMs : 0;
        break;
    }
    if (interval > 0)
        endpoint->probeTimer->start(interval);
    else
        endpoint->probeTimer->stop();
}

void EngineSet::markUp(Endpoint *endpoint)
{
    endpoint->backoffMs = m_reprobeMs;
    setStatus(endpoint, Status::Up);
    scheduleProbe(endpoint);
}

void EngineSet::markDown(Endpoint *endpoint, const QString &message)
{
    endpoint->serverErrorsInARow = 0;
    endpoint->manifestKnown = false; // what answers here when it is back may be another engine
    forgetDetails(endpoint);
    endpoint->info.lastError = message;
    endpoint->backoffMs = m_reprobeMs;
    setStatus(endpoint, Status::Down);
    scheduleProbe(endpoint);
}

void EngineSet::setStatus(Endpoint *endpoint, Status status)
{
    if (endpoint->info.status == status)
        return;
    endpoint->info.status = status;
    qCInfo(lcSpeech) << "engine" << endpoint->info.url.toDisplayString() << "is now" << status;
    Q_EMIT engineStatusChanged(endpoint->info.url, status);
    updateActive();
}

void EngineSet::updateActive()
{
    QUrl active;
    for (const auto &endpoint : m_endpoints) {
        if (endpoint->info.status != Status::Down) {
            active = endpoint->info.url;
            break;
        }
    }
    const bool usable = !active.isEmpty();
    if (active != m_active) {
        m_active = active;
        qCInfo(lcSpeech) << "active engine:"
                         << (active.isEmpty() ? u"none"_s : active.toDisplayString());
        Q_EMIT activeEngineChanged(active);
    }
    if (usable != m_usable) {
        m_usable = usable;
        Q_EMIT availabilityChanged(usable);
    }
    updatePool();
}

SpeakersReply *EngineSet::speakers()
{
    Endpoint *endpoint = find(m_active);
    if (!endpoint) {
        EngineError error;
        error.kind = EngineError::Kind::Connection;
        error.message = m_endpoints.empty() ? tr("No speech engine is configured.")
                                            : tr("No speech engine is available.");
        return SpeakersReply::failed(QUrl(), error, this);
    }
    SpeakersReply *reply = endpoint->client->speakers();
    connect(reply, &EngineReply::finished, this, [this, endpoint, reply] {
        if (reply->isOk()) {
            if (endpoint->info.status != Status::Up)
                markUp(endpoint);
            return;
        }
        Q_EMIT engineError(endpoint->info.url, reply->error().message);
        endpoint->info.lastError = reply->error().message;
        if (reply->error().isEngineFault())
            markDown(endpoint, reply->error().message);
    });
    return reply;
}

} // namespace chatvox
