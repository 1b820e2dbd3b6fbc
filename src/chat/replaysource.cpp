#include "chat/replaysource.h"

#include "chat/ircmessage.h"
#include "chat/logging.h"
#include "core/clock.h"

#include <array>
#include <cstdio>
#include <mutex>
#include <thread>

#include <QElapsedTimer>
#include <QFile>
#include <QIODevice>

using namespace Qt::StringLiterals;

namespace chatvox {

namespace {

// Time slice of one batch in fast mode: long enough to be efficient, short enough that timers,
// sockets and audio of the same event loop keep running.
constexpr qint64 kBatchBudgetMs = 8;

void stripLineEnd(QByteArray &line)
{
    while (!line.isEmpty() && (line.endsWith('\n') || line.endsWith('\r')))
        line.chop(1);
}

// Blank lines and '#' comments are not IRC lines (DESIGN.md, --replay).
bool isIgnorable(QByteArrayView line)
{
    const QByteArrayView trimmed = line.trimmed();
    return trimmed.isEmpty() || trimmed.startsWith('#');
}

} // namespace

// Splits a device into lines without ever holding more than kMaxLineBytes of one line: an
// overlong line keeps only its head (which the parser then reports as too long) and the rest is
// skipped. Reads through a fixed chunk, so a line costs one allocation whatever its length.
class ReplayLineReader
{
public:
    enum class Status { Line, NeedMore, End };

    // blocking: the device blocks until a line or the end arrives (standard input on its own
    // thread). Otherwise a sequential device without a whole line yields NeedMore until
    // inputEnded (its readChannelFinished()).
    Status read(QIODevice &device, QByteArray &line, bool blocking, bool inputEnded)
    {
        const bool sequential = device.isSequential();
        while (true) {
            if (!blocking && sequential && !inputEnded && device.bytesAvailable() <= 0)
                return Status::NeedMore;
            const qint64 n = device.readLine(m_chunk.data(), qint64(m_chunk.size()));
            if (n <= 0) {
                if (!blocking && sequential && !inputEnded)
                    return Status::NeedMore;
                if (m_partial.isEmpty() && !m_overlong)
                    return Status::End;
                return takeLine(line); // the last line had no LF
            }
            const bool complete = m_chunk[size_t(n - 1)] == '\n';
            const qsizetype room = ReplaySource::kMaxLineBytes + 1 - m_partial.size();
            if (room > 0)
                m_partial.append(m_chunk.data(), std::min<qsizetype>(room, n));
            m_overlong = m_overlong || room < n;
            if (complete)
                return takeLine(line);
        }
    }

private:
    Status takeLine(QByteArray &line)
    {
        line = std::exchange(m_partial, QByteArray());
        m_overlong = false;
        return Status::Line;
    }

    std::array<char, 16 * 1024> m_chunk{};
    QByteArray m_partial;
    bool m_overlong = false;
};

// Lines read from standard input by a detached thread. The thread may block in a read forever
// (an idle terminal), so nothing may wait for it: the ReplaySource only unhooks itself.
struct ReplaySource::StdinFeed
{
    std::mutex mutex;
    ReplaySource *receiver = nullptr; // null once the ReplaySource has gone
    QQueue<QByteArray> lines;
    bool ended = false;
    QString error;
    bool notifyPending = false; // a pump is queued, or the receiver is busy and comes back
};

ReplaySource::ReplaySource(QObject *parent)
    : ChatEventSource(parent)
{
    m_paceTimer.setSingleShot(true);
    m_paceTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_paceTimer, &QTimer::timeout, this, &ReplaySource::dispatchHeld);
}

ReplaySource::~ReplaySource()
{
    if (m_stdin) {
        const std::lock_guard lock(m_stdin->mutex);
        m_stdin->receiver = nullptr;
    }
}

void ReplaySource::setPath(const QString &path)
{
    m_path = path;
    m_externalDevice = nullptr;
}

void ReplaySource::setDevice(QIODevice *device)
{
    m_externalDevice = device;
    m_path.clear();
}

void ReplaySource::start()
{
    if (m_running)
        return;
    m_running = true;
    m_firstLine = true;
    m_lastSentAtMs = 0;
    m_hasHeldLine = false;
    m_deviceInputEnded = false;
    const quint64 generation = ++m_generation;
    QMetaObject::invokeMethod(
        this,
        [this, generation] {
            if (m_running && generation == m_generation)
                begin();
        },
        Qt::QueuedConnection);
}

void ReplaySource::stop()
{
    if (!m_running)
        return;
    m_running = false;
    ++m_generation;
    m_paceTimer.stop();
    m_hasHeldLine = false;
    m_heldLine.clear();
    releaseInput();
}

void ReplaySource::releaseInput()
{
    if (m_device)
        m_device->disconnect(this);
    m_device = nullptr;
    m_ownedDevice.reset();
    m_reader.reset();
    if (m_stdin) {
        const std::lock_guard lock(m_stdin->mutex);
        m_stdin->receiver = nullptr;
    }
    m_stdin.reset();
}

void ReplaySource::begin()
{
    if (m_externalDevice) {
        m_device = m_externalDevice;
        if (!m_device->isOpen() && !m_device->open(QIODevice::ReadOnly)) {
            fail(tr("Cannot read the replay input: %1").arg(m_device->errorString()));
            return;
        }
        if (!m_device->isReadable()) {
            fail(tr("Cannot read the replay input: it is not open for reading."));
            return;
        }
    } else if (m_path == u"-") {
        startStdinReader();
    } else if (m_path.isEmpty()) {
        fail(tr("No replay input was given."));
        return;
    } else {
        auto file = std::make_unique<QFile>(m_path);
        if (!file->open(QIODevice::ReadOnly)) {
            fail(tr("Cannot open the replay file %1: %2").arg(m_path, file->errorString()));
            return;
        }
        m_ownedDevice = std::move(file);
        m_device = m_ownedDevice.get();
    }

    if (m_device && m_device->isSequential()) {
        connect(m_device, &QIODevice::readyRead, this, &ReplaySource::schedulePump);
        auto ended = [this] {
            m_deviceInputEnded = true;
            schedulePump();
        };
        connect(m_device, &QIODevice::readChannelFinished, this, ended);
        connect(m_device, &QIODevice::aboutToClose, this, ended);
    }
    qCInfo(lcChat) << "replaying" << (m_path.isEmpty() ? u"a device"_s : m_path)
                   << (m_paced ? "paced" : "as fast as possible");
    pump();
}

void ReplaySource::startStdinReader()
{
    m_stdin = std::make_shared<StdinFeed>();
    m_stdin->receiver = this;
    std::thread([feed = m_stdin] {
        // Hands the main thread a wake-up; called with the mutex held so that the receiver
        // cannot go away meanwhile.
        auto notify = [&feed] {
            if (feed->receiver && !feed->notifyPending) {
                feed->notifyPending = true;
                ReplaySource *receiver = feed->receiver;
                QMetaObject::invokeMethod(
                    receiver, [receiver] { receiver->pump(); }, Qt::QueuedConnection);
            }
        };
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly)) {
            const std::lock_guard lock(feed->mutex);
            feed->error = in.errorString();
            feed->ended = true;
            notify();
            return;
        }
        ReplayLineReader reader;
        QByteArray line;
        while (reader.read(in, line, /*blocking*/ true, false) == ReplayLineReader::Status::Line) {
            const std::lock_guard lock(feed->mutex);
            if (!feed->receiver)
                return; // nobody listens any more
            feed->lines.enqueue(std::move(line));
            notify();
        }
        const std::lock_guard lock(feed->mutex);
        feed->ended = true;
        notify();
    }).detach();
}

void ReplaySource::schedulePump()
{
    if (m_pumpScheduled || !m_running)
        return;
    m_pumpScheduled = true;
    QMetaObject::invokeMethod(
        this, [this] { pump(); }, Qt::QueuedConnection);
}

ReplaySource::Next ReplaySource::nextLine(QByteArray &line)
{
    if (m_stdin) {
        const std::lock_guard lock(m_stdin->mutex);
        if (!m_stdin->lines.isEmpty()) {
            line = m_stdin->lines.dequeue();
            return Next::Line;
        }
        if (m_stdin->ended) {
            if (!m_stdin->error.isEmpty())
                m_pendingError = tr("Cannot read standard input: %1").arg(m_stdin->error);
            return Next::End;
        }
        m_stdin->notifyPending = false; // the reader wakes us when more arrives
        return Next::Wait;
    }
    return readDeviceLine(line);
}

ReplaySource::Next ReplaySource::readDeviceLine(QByteArray &line)
{
    if (!m_device)
        return Next::End;
    if (!m_reader)
        m_reader = std::make_unique<ReplayLineReader>();
    switch (m_reader->read(*m_device, line, false, m_deviceInputEnded)) {
    case ReplayLineReader::Status::Line:
        return Next::Line;
    case ReplayLineReader::Status::NeedMore:
        return Next::Wait;
    case ReplayLineReader::Status::End:
        break;
    }
    return Next::End;
}

void ReplaySource::pump()
{
    m_pumpScheduled = false;
    if (!m_running || m_hasHeldLine)
        return;
    QElapsedTimer batch;
    batch.start();
    int count = 0;
    while (m_running) {
        QByteArray line;
        const Next next = nextLine(line);
        if (next == Next::Wait)
            return;
        if (next == Next::End) {
            if (!m_pendingError.isEmpty())
                fail(std::exchange(m_pendingError, QString()));
            else
                finish();
            return;
        }
        stripLineEnd(line);
        if (m_firstLine) {
            m_firstLine = false;
            if (line.startsWith("\xEF\xBB\xBF"))
                line.remove(0, 3); // UTF-8 byte order mark of editors on Windows
        }
        if (isIgnorable(line))
            continue;

        if (m_paced) {
            int delayMs = 0;
            const Result<IrcMessage> parsed = parseIrcLine(line);
            const qint64 sentAtMs = parsed ? parsed->tagInt64("tmi-sent-ts") : 0;
            if (sentAtMs > 0) {
                if (m_lastSentAtMs > 0)
                    delayMs = int(std::clamp<qint64>(sentAtMs - m_lastSentAtMs, 0, m_maxGapMs));
                m_lastSentAtMs = sentAtMs;
            }
            if (delayMs > 0) {
                m_heldLine = std::move(line);
                m_hasHeldLine = true;
                m_paceTimer.start(delayMs);
                return;
            }
        }

        dispatchLine(line, 0, line.size(), monotonicNs());
        if (++count % 64 == 0 && batch.elapsed() >= kBatchBudgetMs) {
            schedulePump(); // let the event loop breathe, then go on
            return;
        }
    }
}

void ReplaySource::dispatchHeld()
{
    if (!m_running || !m_hasHeldLine)
        return;
    m_hasHeldLine = false;
    const QByteArray line = std::exchange(m_heldLine, QByteArray());
    dispatchLine(line, 0, line.size(), monotonicNs());
    pump();
}

void ReplaySource::fail(const QString &message)
{
    qCWarning(lcChat).noquote() << "replay:" << message;
    Q_EMIT error(message);
    finish();
}

void ReplaySource::finish()
{
    if (!m_running)
        return;
    m_running = false;
    ++m_generation;
    releaseInput();
    qCInfo(lcChat) << "replay finished after" << counters().lines << "lines";
    Q_EMIT finished();
}

} // namespace chatvox
