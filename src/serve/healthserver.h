#pragma once

#include <memory>

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QString>
#include <QThread>
#include <QTimer>

namespace chatvox {

class HttpServer;
class Metrics;

// Health probes and metrics for orchestrators (Kubernetes, a home server's monitoring):
//   GET /healthz  liveness: 200 {"status":"ok",...}, or 503 with "reason" when the event loop
//                 is stuck or a liveness check fails;
//   GET /readyz   readiness: the same form for the readiness checks (chat, speech, output);
//   GET /metrics  Metrics in the Prometheus text format, with chatvox_uptime_seconds and
//                 chatvox_event_loop_stall_seconds.
// The server runs in a thread of its own, so that it answers within milliseconds while the
// event loop is busy (a raid) and can tell when the loop is blocked: a timer in the thread that
// made this object beats every stallLimitMs / 10; no beat for longer than stallLimitMs fails
// both probes until the loop runs again. The checks themselves are set from the event loop.
class HealthServer : public QObject
{
    Q_OBJECT
public:
    struct Check
    {
        QString name; // "chat", "speech", ...
        bool ok = true;
        QString detail; // for people, e.g. "Reading #channel" or why not
    };

    // `metrics` is not owned and must outlive this server.
    explicit HealthServer(Metrics *metrics, QObject *parent = nullptr);
    ~HealthServer() override;

    // Starts the thread and listens (port 0: a free port). False with errorString() when the
    // address cannot be bound.
    bool listen(const QHostAddress &address, quint16 port);
    void close();
    bool isListening() const { return m_port != 0; }
    quint16 serverPort() const { return m_port; }
    QString errorString() const { return m_error; }

    void setLiveness(const QList<Check> &checks);
    void setReadiness(const QList<Check> &checks);
    // How long the event loop may go without running before the probes fail (default 1000 ms).
    void setStallLimitMs(int ms);
    int stallLimitMs() const;

private:
    struct Shared;
    void beat();

    Metrics *m_metrics;
    std::shared_ptr<Shared> m_shared;
    QThread m_thread;
    QObject *m_context = nullptr; // lives in m_thread; parent of the HTTP server
    HttpServer *m_http = nullptr; // lives in m_thread
    QTimer m_beat;
    quint16 m_port = 0;
    QString m_error;
};

} // namespace chatvox
