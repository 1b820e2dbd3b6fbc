#pragma once

#include "bridge/hostlaunch.h"

#include <atomic>
#include <memory>

#include <QObject>
#include <QString>

class QThreadPool;

namespace chatvox {

// Runs prepareHostLaunch() off the GUI thread: from WSL it asks cmd.exe and wslpath, which can
// take seconds (or hang until their timeout) when Windows is slow. Plans are prepared one at a
// time, in order (they write the same folders), and only the newest is delivered: a plan asked
// for before the latest prepare() or cancel() is dropped, and stops early.
//
// The Windows-side folder cmd.exe named (%LOCALAPPDATA%\chatvox\bridge, or the fallback) is
// remembered, so later plans (every save of bridge.json) do not ask Windows again.
class HostLaunchPlanner : public QObject
{
    Q_OBJECT
public:
    explicit HostLaunchPlanner(QObject *parent = nullptr);
    // Cancels what is in flight and waits for it: short, as cancelled work stops within ~50 ms.
    ~HostLaunchPlanner() override;

    // Starts preparing a plan; whatever was in flight is dropped. Returns at once; prepared() or
    // failed() follows from the event loop.
    void prepare(HostLaunchOptions options);
    // Drops the plan in flight, if any: neither signal comes for it.
    void cancel();
    // The newest plan is being prepared.
    bool isBusy() const { return m_busy; }
    // The Windows-side folder remembered from an earlier plan (Linux path); empty: none yet.
    QString windowsFolder() const { return m_windowsFolder; }

Q_SIGNALS:
    void prepared(const chatvox::HostLaunchPlan &plan);
    void failed(const QString &error);

private:
    void finish(quint64 generation, const Result<HostLaunchPlan> &result,
                const QString &windowsFolder);

    QThreadPool *m_pool;
    quint64 m_generation = 0;
    std::shared_ptr<std::atomic_bool> m_cancelled;
    bool m_busy = false;
    QString m_windowsFolder;
};

} // namespace chatvox
