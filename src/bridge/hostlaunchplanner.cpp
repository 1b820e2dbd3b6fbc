#include "hostlaunchplanner.h"

#include "bridge/logging.h"

#include <QMetaObject>
#include <QThreadPool>

namespace chatvox {

HostLaunchPlanner::HostLaunchPlanner(QObject *parent)
    : QObject(parent)
    , m_pool(new QThreadPool(this))
{
    m_pool->setMaxThreadCount(1); // one plan at a time: they write the same folders
}

HostLaunchPlanner::~HostLaunchPlanner()
{
    cancel();
    m_pool->waitForDone();
}

void HostLaunchPlanner::prepare(HostLaunchOptions options)
{
    cancel();
    const quint64 generation = ++m_generation;
    auto cancelled = std::make_shared<std::atomic_bool>(false);
    m_cancelled = cancelled;
    m_busy = true;
    options.cancelled = [cancelled] { return cancelled->load(); };
    if (options.windowsStagingDir.isEmpty())
        options.windowsStagingDir = m_windowsFolder;
    // The pool is ours and waited for in the destructor, so `this` outlives the work.
    m_pool->start([this, options = std::move(options), generation, cancelled]() mutable {
        auto chosen = std::make_shared<QString>();
        options.windowsFolderChosen = [chosen](const QString &folder) { *chosen = folder; };
        const Result<HostLaunchPlan> result = cancelled->load()
            ? Result<HostLaunchPlan>(Error{QString()})
            : prepareHostLaunch(options);
        QMetaObject::invokeMethod(
            this, [this, generation, result, chosen] { finish(generation, result, *chosen); },
            Qt::QueuedConnection);
    });
}

void HostLaunchPlanner::cancel()
{
    if (m_cancelled)
        m_cancelled->store(true);
    m_cancelled.reset();
    ++m_generation;
    m_busy = false;
}

void HostLaunchPlanner::finish(quint64 generation, const Result<HostLaunchPlan> &result,
                               const QString &windowsFolder)
{
    if (generation != m_generation)
        return; // dropped: a newer plan is coming, or none is wanted
    m_busy = false;
    m_cancelled.reset();
    if (!windowsFolder.isEmpty()) {
        qCDebug(lcBridge).noquote() << "Windows-side bridge folder:" << windowsFolder;
        m_windowsFolder = windowsFolder;
    }
    if (result)
        emit prepared(result.value());
    else
        emit failed(result.error());
}

} // namespace chatvox
