#pragma once

#include "app/settings.h"
#include "serve/healthserver.h"
#include "serve/metrics.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace chatvox {

class Bridge;
class ChatEventSource;
class Pipeline;
class Servers;
class SpeechQueue;

// ChatVox as a service: what an orchestrator probes and a monitoring system scrapes
// (settings serve/health, serve/healthPort, serve/address; `--serve-health PORT`).
// - Liveness (/healthz): the event loop runs (judged in the health server's own thread; stuck
//   for more than a second fails) and no part is dead beyond its restart budget.
// - Readiness (/readyz): chat joined (a replay or the demo counts as chat), a speech engine
//   answers or the system voice may read, and an audio output or the broadcast is open.
// - Metrics (/metrics, Prometheus): messages received / spoken / skipped by reason / purged /
//   dropped, queue length, synthesis latency per engine, engine failures, chat reconnects,
//   bridge actions and rejections, part health, uptime.
// While the server runs, the checks are updated on every change of a part's health and at least
// every 500 ms; the counters count always.
class Health : public QObject
{
    Q_OBJECT
public:
    // `servers` (the broadcast) may be null.
    Health(Settings *settings, Pipeline *pipeline, Servers *servers, QObject *parent = nullptr);
    ~Health() override;

    Metrics *metrics() { return &m_metrics; }
    HealthServer *server() const { return m_server; } // null while serve/health is off
    // The current checks, as the server answers them (without the event loop's own).
    QList<HealthServer::Check> liveness() const { return m_liveness; }
    QList<HealthServer::Check> readiness() const { return m_readiness; }
    bool isLive() const;
    bool isReady() const;
    // "Health probes: http://127.0.0.1:50120/healthz", why the port cannot be opened, or empty.
    QString status() const { return m_status; }

    // Recomputes the checks now (also done on every change and every 500 ms).
    void update();

Q_SIGNALS:
    void readinessChanged(bool ready);
    void livenessChanged(bool live);
    void statusChanged();

private:
    void apply();
    void declareMetrics();
    void connectSource();
    void connectQueue();
    void onDecision(const QByteArray &jsonLine);

    Settings *m_settings;
    Pipeline *m_pipeline;
    QPointer<Servers> m_servers;
    QPointer<ChatEventSource> m_source;
    QPointer<SpeechQueue> m_queue;
    Metrics m_metrics;
    HealthServer *m_server = nullptr;
    Settings::ServeSettings m_applied;
    bool m_appliedOnce = false;
    QTimer m_timer;
    QList<HealthServer::Check> m_liveness;
    QList<HealthServer::Check> m_readiness;
    bool m_live = true;
    bool m_ready = false;
    QString m_status;
};

} // namespace chatvox
