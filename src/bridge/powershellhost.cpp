#include "powershellhost.h"

#include "bridge/logging.h"
#include "core/clock.h"

#include <QCoreApplication>
#include <QDir>
#include <QTimer>

#ifdef Q_OS_WIN
#    include <windows.h>
#endif

using namespace Qt::StringLiterals;

namespace chatvox {

namespace {

constexpr qsizetype kMaxLineBytes = 1024 * 1024;
constexpr int kStderrLinesKept = 5;

} // namespace

PowerShellHost::PowerShellHost(QObject *parent)
    : QObject(parent)
    , m_readyTimer(new QTimer(this))
    , m_deadlineTimer(new QTimer(this))
    , m_restartTimer(new QTimer(this))
{
    m_readyTimer->setSingleShot(true);
    m_deadlineTimer->setSingleShot(true);
    m_restartTimer->setSingleShot(true);
    connect(m_readyTimer, &QTimer::timeout, this, [this] {
        QString message = m_plan.launchHangProblem(m_timing.readyTimeoutMs);
        if (!m_recentStderr.isEmpty())
            message += u' ' + tr("PowerShell said: %1").arg(m_recentStderr.join(u" / "_s));
        fail(message, true);
    });
    connect(m_deadlineTimer, &QTimer::timeout, this, [this] {
        fail(tr("PowerShell did not finish an action in time (%1 ms) and is restarted.")
                 .arg(m_inFlight ? m_inFlight->request.workMs() + m_timing.requestMarginMs : 0),
             false);
    });
    connect(m_restartTimer, &QTimer::timeout, this, [this] {
        if (m_wanted)
            launch();
    });
}

PowerShellHost::~PowerShellHost()
{
    m_wanted = false;
    killProcess();
}

QString PowerShellHost::stateName(State state)
{
    switch (state) {
    case State::Stopped:
        return u"stopped"_s;
    case State::Starting:
        return u"starting"_s;
    case State::Ready:
        return u"ready"_s;
    case State::Busy:
        return u"busy"_s;
    case State::Restarting:
        return u"restarting"_s;
    case State::Failed:
        return u"failed"_s;
    }
    return {};
}

void PowerShellHost::setPlan(const HostLaunchPlan &plan)
{
    m_plan = plan;
}

bool PowerShellHost::isRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

bool PowerShellHost::isIdle() const
{
    return !m_inFlight && m_queue.empty();
}

qint64 PowerShellHost::processId() const
{
    return m_process ? m_process->processId() : 0;
}

void PowerShellHost::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    qCDebug(lcBridge).noquote() << "host" << stateName(state);
    emit stateChanged(state);
}

void PowerShellHost::start()
{
    m_wanted = true;
    m_stopAfterRelease = false; // wanted for good now, not only to let go of keys
    if (isRunning() || m_restartTimer->isActive())
        return;
    launch();
}

void PowerShellHost::launch()
{
    killProcess();
    m_restartTimer->stop();
    m_recentStderr.clear();
    if (m_plan.program.isEmpty()) {
        fail(tr("No PowerShell program is set for the bridge."), true);
        return;
    }
    auto *process = new QProcess(this);
    m_process = process;
    process->setProgram(m_plan.program);
    process->setArguments(m_plan.arguments);
    if (!m_plan.workingDirectory.isEmpty())
        process->setWorkingDirectory(m_plan.workingDirectory);
    process->setProcessEnvironment(m_plan.environment.isEmpty()
                                       ? QProcessEnvironment::systemEnvironment()
                                       : m_plan.environment);
#ifdef Q_OS_WIN
    // No console window flashing up for the host (ChatVox may be a GUI program).
    process->setCreateProcessArgumentsModifier(
        [](QProcess::CreateProcessArguments *args) { args->flags |= CREATE_NO_WINDOW; });
#endif
    connect(process, &QProcess::readyReadStandardOutput, this, &PowerShellHost::onStdout);
    connect(process, &QProcess::readyReadStandardError, this, &PowerShellHost::onStderr);
    connect(process, &QProcess::finished, this, &PowerShellHost::onProcessFinished);
    connect(process, &QProcess::errorOccurred, this, &PowerShellHost::onProcessError);
    setState(State::Starting);
    m_readyTimer->start(m_timing.readyTimeoutMs);
    qCInfo(lcBridge).noquote()
        << tr("Starting PowerShell: %1").arg(QDir::toNativeSeparators(m_plan.program));
    process->start(QIODevice::ReadWrite);
}

void PowerShellHost::killProcess()
{
    m_readyTimer->stop();
    m_deadlineTimer->stop();
    m_stdout.clear();
    m_stderr.clear();
    if (!m_process)
        return;
    QProcess *process = m_process;
    m_process = nullptr;
    disconnect(process, nullptr, this, nullptr);
    if (process->state() != QProcess::NotRunning) {
        process->kill();
        process->waitForFinished(1000);
    }
    process->deleteLater();
}

void PowerShellHost::stop()
{
    m_wanted = false;
    m_stopAfterRelease = false;
    m_restartTimer->stop();
    m_readyTimer->stop();
    m_deadlineTimer->stop();
    failAll(tr("The bridge was stopped."));
    if (m_process && m_process->state() == QProcess::Running) {
        // host.ps1 sees the end of its input, releases what it holds and exits.
        disconnect(m_process, nullptr, this, nullptr);
        m_process->closeWriteChannel();
        if (!m_process->waitForFinished(1000))
            qCDebug(lcBridge) << "host did not exit on end of input; killing it";
    }
    killProcess();
    setState(State::Stopped);
    checkIdle();
}

void PowerShellHost::kill(const QString &reason)
{
    m_wanted = false;
    m_stopAfterRelease = false;
    m_restartTimer->stop();
    killProcess();
    failAll(reason);
    setState(State::Stopped);
    checkIdle();
}

void PowerShellHost::releaseHeldKeys()
{
    if (m_possiblyHeld.isEmpty())
        return;
    if (m_state == State::Ready || m_state == State::Busy) {
        const bool queued = std::any_of(m_queue.begin(), m_queue.end(),
                                        [](const Pending &p) { return p.internal; });
        if (!queued) {
            HostRequest release;
            release.op = HostRequest::Op::Release;
            release.releaseKeys = m_possiblyHeld;
            m_queue.push_front(Pending{m_nextSeq++, release, true, monotonicNs()});
        }
        dispatch();
        return;
    }
    if (!m_wanted) {
        // Started only to let go of the keys; launch() adds the release when it is ready.
        m_stopAfterRelease = true;
        m_wanted = true;
        m_failuresInRow = 0;
        launch();
    }
}

qint64 PowerShellHost::submit(const HostRequest &request)
{
    const qint64 seq = m_nextSeq++;
    m_queue.push_back(Pending{seq, request, false, monotonicNs()});
    if (!m_wanted && !m_stopAfterRelease) {
        // Nobody asked for a host: fail it visibly rather than wait forever.
        const Pending p = m_queue.back();
        m_queue.pop_back();
        QTimer::singleShot(0, this, [this, p] {
            finishRequest(p, false, tr("The PowerShell host is not running."));
            checkIdle();
        });
        return seq;
    }
    dispatch();
    return seq;
}

void PowerShellHost::dispatch()
{
    if (m_state != State::Ready || m_inFlight || m_queue.empty() || !m_process)
        return;
    Pending next = m_queue.front();
    m_queue.pop_front();
    const QString scriptPath = next.request.op == HostRequest::Op::Script
        ? m_plan.scriptPathForHost(next.request.scriptName)
        : QString();
    const QByteArray line = encodeHostRequest(next.seq, next.request, scriptPath);
    if (next.request.op == HostRequest::Op::Keys) {
        for (const ScanKey &k : next.request.pressedKeys()) {
            if (!m_possiblyHeld.contains(k))
                m_possiblyHeld << k;
        }
    }
    m_inFlight = next;
    setState(State::Busy);
    m_deadlineTimer->start(next.request.workMs() + m_timing.requestMarginMs);
    if (m_process->write(line) != line.size()) {
        fail(tr("Cannot write to PowerShell: %1").arg(m_process->errorString()), false);
        return;
    }
}

void PowerShellHost::onStdout()
{
    if (!m_process)
        return;
    m_stdout += m_process->readAllStandardOutput();
    qsizetype start = 0;
    for (;;) {
        const qsizetype nl = m_stdout.indexOf('\n', start);
        if (nl < 0)
            break;
        QByteArrayView line = QByteArrayView(m_stdout).sliced(start, nl - start);
        if (line.endsWith('\r'))
            line.chop(1);
        start = nl + 1;
        const QPointer<QProcess> process = m_process;
        onLine(line);
        if (!process || process != m_process)
            return; // the line made us kill or restart the host; its buffer is gone
    }
    m_stdout.remove(0, start);
    if (m_stdout.size() > kMaxLineBytes)
        fail(tr("PowerShell printed more than 1 MB without a line end."), false);
}

void PowerShellHost::onStderr()
{
    if (!m_process)
        return;
    m_stderr += m_process->readAllStandardError();
    qsizetype nl;
    while ((nl = m_stderr.indexOf('\n')) >= 0) {
        const QString line = QString::fromUtf8(m_stderr.left(nl)).trimmed();
        m_stderr.remove(0, nl + 1);
        if (line.isEmpty())
            continue;
        qCDebug(lcBridge).noquote() << "host stderr:" << line;
        m_recentStderr << line.first(std::min<qsizetype>(line.size(), 300));
        while (m_recentStderr.size() > kStderrLinesKept)
            m_recentStderr.removeFirst();
        emit diagnostic(line);
    }
    if (m_stderr.size() > kMaxLineBytes)
        m_stderr.clear();
}

void PowerShellHost::onLine(QByteArrayView line)
{
    const HostLine decoded = decodeHostLine(line);
    switch (decoded.kind) {
    case HostLine::Kind::Ready:
        if (m_state != State::Starting) {
            emit diagnostic(QString::fromUtf8(line));
            return;
        }
        m_readyTimer->stop();
        if (decoded.version != kHostProtocolVersion) {
            fail(tr("host.ps1 speaks protocol version %1, this ChatVox needs %2.")
                     .arg(decoded.version)
                     .arg(kHostProtocolVersion),
                 true);
            return;
        }
        qCInfo(lcBridge).noquote() << tr("PowerShell is ready.");
        setState(State::Ready);
        emit ready();
        if (!m_possiblyHeld.isEmpty()) {
            HostRequest release;
            release.op = HostRequest::Op::Release;
            release.releaseKeys = m_possiblyHeld;
            m_queue.push_front(Pending{m_nextSeq++, release, true, monotonicNs()});
        } else if (m_stopAfterRelease) {
            stop();
            return;
        }
        dispatch();
        return;
    case HostLine::Kind::Reply: {
        if (!m_inFlight || decoded.seq != m_inFlight->seq) {
            qCWarning(lcBridge) << "PowerShell answered seq" << decoded.seq
                                << "which is not running; ignored";
            return;
        }
        m_deadlineTimer->stop();
        const Pending done = *m_inFlight;
        m_inFlight.reset();
        // host.ps1 lets go of a request's keys before it answers, ok or not.
        const QList<ScanKey> released = done.request.op == HostRequest::Op::Release
            ? (decoded.ok ? done.request.releaseKeys : QList<ScanKey>())
            : done.request.pressedKeys();
        for (const ScanKey &k : released)
            m_possiblyHeld.removeAll(k);
        if (decoded.ok)
            m_failuresInRow = 0;
        setState(State::Ready);
        finishRequest(done, decoded.ok, decoded.error);
        if (m_state != State::Ready)
            return; // a receiver stopped or killed the host
        if (m_stopAfterRelease && m_possiblyHeld.isEmpty() && m_queue.empty()) {
            stop();
            return;
        }
        dispatch();
        checkIdle();
        return;
    }
    case HostLine::Kind::Other:
        if (!line.trimmed().isEmpty()) {
            qCDebug(lcBridge).noquote()
                << "host stdout:" << line.first(std::min<qsizetype>(line.size(), 300));
            emit diagnostic(QString::fromUtf8(line.first(std::min<qsizetype>(line.size(), 300))));
        }
        return;
    }
}

void PowerShellHost::onProcessFinished(int exitCode, QProcess::ExitStatus status)
{
    QString reason = status == QProcess::CrashExit
        ? tr("PowerShell crashed.")
        : tr("PowerShell exited unexpectedly (exit code %1).").arg(exitCode);
    if (!m_recentStderr.isEmpty())
        reason += u' ' + tr("PowerShell said: %1").arg(m_recentStderr.join(u" / "_s));
    fail(reason, m_state == State::Starting);
}

void PowerShellHost::onProcessError(QProcess::ProcessError error)
{
    if (error != QProcess::FailedToStart)
        return; // the rest also ends in finished()
    fail(tr("PowerShell (%1) could not be started: %2")
             .arg(QDir::toNativeSeparators(m_plan.program),
                  m_process ? m_process->errorString() : QString()),
         true);
}

void PowerShellHost::fail(const QString &reason, bool tellUser)
{
    qCWarning(lcBridge).noquote() << reason;
    killProcess();
    m_lastProblem = reason;
    failAll(reason);
    if (!m_wanted) {
        setState(State::Stopped);
        checkIdle();
        return;
    }
    if (m_stopAfterRelease) {
        m_wanted = false;
        m_stopAfterRelease = false;
        setState(State::Stopped);
        emit problem(tr("Keys that may still be held could not be released: %1").arg(reason));
        checkIdle();
        return;
    }
    ++m_failuresInRow;
    ++m_restarts;
    const int shift = std::min(m_failuresInRow - 1, 20);
    const int delay = int(std::min<qint64>(qint64(m_timing.firstRestartDelayMs) << shift,
                                           m_timing.maxRestartDelayMs));
    if (m_failuresInRow >= m_timing.failedAfter) {
        setState(State::Failed);
        if (m_failuresInRow == m_timing.failedAfter || tellUser)
            emit problem(reason);
    } else {
        setState(State::Restarting);
        if (tellUser)
            emit problem(reason);
    }
    emit restartScheduled(delay, reason);
    m_restartTimer->start(delay);
    checkIdle();
}

void PowerShellHost::failAll(const QString &reason)
{
    std::deque<Pending> failed;
    if (m_inFlight) {
        failed.push_back(*m_inFlight);
        m_inFlight.reset();
    }
    for (const Pending &p : m_queue)
        failed.push_back(p);
    m_queue.clear();
    for (const Pending &p : failed) {
        if (!p.internal)
            finishRequest(p, false, reason);
    }
}

void PowerShellHost::finishRequest(const Pending &pending, bool ok, const QString &error)
{
    if (pending.internal) {
        if (!ok)
            qCWarning(lcBridge).noquote() << "releasing held keys failed:" << error;
        return;
    }
    emit requestFinished(pending.seq, ok, error, monotonicNs() - pending.submittedNs);
}

void PowerShellHost::checkIdle()
{
    if (isIdle())
        emit idle();
}

} // namespace chatvox
