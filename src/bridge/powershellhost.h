#pragma once

#include "bridge/hostlaunch.h"
#include "bridge/hostprotocol.h"

#include <deque>
#include <optional>

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QProcess>
#include <QStringList>

class QTimer;

namespace chatvox {

// The one persistent PowerShell process that runs host.ps1 and carries out actions, one request
// at a time, over the line protocol of hostprotocol.h.
//
// Watchdog: the host must print its ready line within readyTimeoutMs and answer every request
// within the request's deadline. A host that hangs, dies or babbles is killed and started again
// with backoff (250 ms doubling to 30 s; after several failures in a row the state is Failed,
// and starts go on at the longest delay). Requests it had fail visibly (requestFinished with an
// error), and keys it may have been holding are released by the next host before anything else.
class PowerShellHost : public QObject
{
    Q_OBJECT
public:
    enum class State {
        Stopped, // not running and not meant to
        Starting, // launched, waiting for the ready line
        Ready, // idle
        Busy, // a request is running
        Restarting, // waiting out the backoff after a failure
        Failed, // keeps failing; still retried at the longest delay
    };
    Q_ENUM(State)

    struct Timing
    {
        int readyTimeoutMs = 20000; // PowerShell 5.1 plus Add-Type can take seconds
        int firstRestartDelayMs = 250;
        int maxRestartDelayMs = 30000;
        int failedAfter = 5; // failures in a row before the state is Failed
        int requestMarginMs = 3000; // a request may take its own time (holds, script) plus this
    };

    explicit PowerShellHost(QObject *parent = nullptr);
    ~PowerShellHost() override;

    void setPlan(const HostLaunchPlan &plan); // used from the next start on
    const HostLaunchPlan &plan() const { return m_plan; }
    void setTiming(const Timing &timing) { m_timing = timing; }

    void start();
    // Closes the host's input (host.ps1 then releases keys and exits), kills it if it lingers.
    void stop();
    // Kill switch: kills the process at once; running and queued requests fail with `reason`.
    // Keys it may have held stay recorded (possiblyHeldKeys) for releaseHeldKeys().
    void kill(const QString &reason);
    // Releases the keys a killed host may have left down: through the running host, or a host
    // started only for that, which stops again afterwards.
    void releaseHeldKeys();

    // Queues a request; it runs when the host is ready. Returns its seq (> 0).
    qint64 submit(const HostRequest &request);

    State state() const { return m_state; }
    bool isRunning() const;
    bool isIdle() const; // nothing running or waiting (from callers)
    qint64 processId() const;
    QList<ScanKey> possiblyHeldKeys() const { return m_possiblyHeld; }
    QString lastProblem() const { return m_lastProblem; }
    int restarts() const { return m_restarts; }

    static QString stateName(State state);

Q_SIGNALS:
    void stateChanged(chatvox::PowerShellHost::State state);
    void ready();
    // Every submitted request ends with exactly one of these. latencyNs: submit → answer.
    void requestFinished(qint64 seq, bool ok, const QString &error, qint64 latencyNs);
    // Why the host is not working, with the fix where one is known (translated).
    void problem(const QString &message);
    void restartScheduled(int delayMs, const QString &reason);
    // The host's stderr lines and stdout lines outside the protocol (PowerShell warnings).
    void diagnostic(const QString &line);
    void idle();

private:
    struct Pending
    {
        qint64 seq = 0;
        HostRequest request;
        bool internal = false; // our own key release; not the caller's
        qint64 submittedNs = 0;
    };
    void launch();
    void setState(State state);
    void onStdout();
    void onStderr();
    void onLine(QByteArrayView line);
    void onProcessFinished(int exitCode, QProcess::ExitStatus status);
    void onProcessError(QProcess::ProcessError error);
    void dispatch();
    void fail(const QString &reason, bool tellUser);
    void killProcess();
    void failAll(const QString &reason);
    void finishRequest(const Pending &pending, bool ok, const QString &error);
    void checkIdle();

    HostLaunchPlan m_plan;
    Timing m_timing;
    QPointer<QProcess> m_process;
    QByteArray m_stdout;
    QByteArray m_stderr;
    QStringList m_recentStderr;
    State m_state = State::Stopped;
    bool m_wanted = false; // should be running
    bool m_stopAfterRelease = false;
    std::deque<Pending> m_queue;
    std::optional<Pending> m_inFlight;
    QList<ScanKey> m_possiblyHeld;
    qint64 m_nextSeq = 1;
    int m_failuresInRow = 0;
    int m_restarts = 0;
    QString m_lastProblem;
    QTimer *m_readyTimer;
    QTimer *m_deadlineTimer;
    QTimer *m_restartTimer;
};

} // namespace chatvox
