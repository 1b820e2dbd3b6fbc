#include "healthserver.h"

#include "serve/httpserver.h"
#include "serve/logging.h"
#include "serve/metrics.h"

#include <algorithm>
#include <atomic>
#include <chrono>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>

using namespace Qt::StringLiterals;

namespace chatvox {

namespace {

qint64 steadyMs()
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
}

} // namespace

struct HealthServer::Shared
{
    QMutex mutex;
    QList<Check> liveness;
    QList<Check> readiness;
    std::atomic<qint64> lastBeatMs{steadyMs()};
    std::atomic<int> stallLimitMs{1000};
    const qint64 startedMs = steadyMs();

    // The event loop's own check, judged in the server's thread.
    Check eventLoop() const
    {
        const qint64 stall = std::max<qint64>(0, steadyMs() - lastBeatMs.load());
        Check check{u"event_loop"_s, stall <= stallLimitMs.load(), QString()};
        check.detail = check.ok
            ? u"running"_s
            : u"the event loop has not run for %1 ms (limit %2 ms)"_s.arg(stall).arg(
                stallLimitMs.load());
        return check;
    }

    HttpResponse probe(QList<Check> checks) const
    {
        checks.prepend(eventLoop());
        QJsonObject body;
        QJsonObject byName;
        QStringList reasons;
        for (const Check &check : std::as_const(checks)) {
            byName.insert(check.name,
                          QJsonObject{{u"ok"_s, check.ok}, {u"detail"_s, check.detail}});
            if (!check.ok)
                reasons << check.name + u": "_s + check.detail;
        }
        body.insert(u"status"_s, reasons.isEmpty() ? u"ok"_s : u"fail"_s);
        if (!reasons.isEmpty())
            body.insert(u"reason"_s, reasons.join(u"; "_s));
        body.insert(u"checks"_s, byName);
        HttpResponse response
            = HttpResponse::json(QJsonDocument(body), reasons.isEmpty() ? 200 : 503);
        response.headers.append(std::pair<QByteArray, QByteArray>("Cache-Control", "no-store"));
        return response;
    }
};

HealthServer::HealthServer(Metrics *metrics, QObject *parent)
    : QObject(parent)
    , m_metrics(metrics)
    , m_shared(std::make_shared<Shared>())
{
    m_metrics->declareGauge("chatvox_uptime_seconds",
                            "Seconds since ChatVox started serving health.");
    m_metrics->declareGauge("chatvox_event_loop_stall_seconds",
                            "Seconds since the event loop last ran (at the time of the scrape).");
    m_thread.setObjectName(u"chatvox-health"_s);
    connect(&m_beat, &QTimer::timeout, this, &HealthServer::beat);
    setStallLimitMs(1000);
}

HealthServer::~HealthServer()
{
    close();
    m_thread.quit();
    m_thread.wait();
    delete m_context; // its thread has ended
}

void HealthServer::beat()
{
    m_shared->lastBeatMs.store(steadyMs());
}

void HealthServer::setStallLimitMs(int ms)
{
    ms = std::max(20, ms);
    m_shared->stallLimitMs.store(ms);
    m_beat.start(std::max(10, ms / 10));
    beat();
}

int HealthServer::stallLimitMs() const
{
    return m_shared->stallLimitMs.load();
}

void HealthServer::setLiveness(const QList<Check> &checks)
{
    const QMutexLocker lock(&m_shared->mutex);
    m_shared->liveness = checks;
}

void HealthServer::setReadiness(const QList<Check> &checks)
{
    const QMutexLocker lock(&m_shared->mutex);
    m_shared->readiness = checks;
}

bool HealthServer::listen(const QHostAddress &address, quint16 port)
{
    close();
    if (!m_thread.isRunning()) {
        m_thread.start();
        if (!m_context) {
            m_context = new QObject;
            m_context->moveToThread(&m_thread);
        }
    }
    beat();
    bool ok = false;
    QString error;
    quint16 bound = 0;
    const std::shared_ptr<Shared> shared = m_shared;
    Metrics *metrics = m_metrics;
    QMetaObject::invokeMethod(
        m_context,
        [&, shared, metrics] {
            auto *http = new HttpServer(m_context);
            HttpServer::Limits limits;
            limits.maxConnections = 64;
            limits.maxBodyBytes = 0; // GET only
            limits.requestTimeoutMs = 5000;
            http->setLimits(limits);
            http->route("GET", u"/healthz"_s, [shared](const HttpRequest &) {
                QList<Check> checks;
                {
                    const QMutexLocker lock(&shared->mutex);
                    checks = shared->liveness;
                }
                return shared->probe(checks);
            });
            http->route("GET", u"/readyz"_s, [shared](const HttpRequest &) {
                QList<Check> checks;
                {
                    const QMutexLocker lock(&shared->mutex);
                    checks = shared->readiness;
                }
                return shared->probe(checks);
            });
            http->route("GET", u"/metrics"_s, [shared, metrics](const HttpRequest &) {
                const qint64 now = steadyMs();
                metrics->set("chatvox_uptime_seconds", double(now - shared->startedMs) / 1000.0);
                metrics->set("chatvox_event_loop_stall_seconds",
                             double(std::max<qint64>(0, now - shared->lastBeatMs.load())) / 1000.0);
                HttpResponse response;
                response.contentType = "text/plain; version=0.0.4; charset=utf-8";
                response.body = metrics->exposition();
                return response;
            });
            ok = http->listen(address, port);
            if (ok) {
                bound = http->serverPort();
                m_http = http;
            } else {
                error = http->errorString();
                delete http;
            }
        },
        Qt::BlockingQueuedConnection);
    m_port = bound;
    m_error = error;
    if (ok)
        qCInfo(lcServe).noquote() << "health probes and metrics on" << address.toString() << bound;
    return ok;
}

void HealthServer::close()
{
    if (!m_http)
        return;
    HttpServer *http = m_http;
    m_http = nullptr;
    m_port = 0;
    QMetaObject::invokeMethod(
        m_context, [http] { delete http; }, Qt::BlockingQueuedConnection);
}

} // namespace chatvox
