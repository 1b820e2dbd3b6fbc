#pragma once

#include "chat/chateventsource.h"

#include <memory>

#include <QByteArray>
#include <QPointer>
#include <QQueue>
#include <QString>
#include <QTimer>

class QIODevice;

namespace chatvox {

class ReplayLineReader;

// Replays a log of raw Twitch IRC lines (as the server sends them, one per line, CRLF or LF)
// through the same ChatEventSource path as live chat. Blank lines and lines starting with '#'
// are skipped. Emits finished() once after the last line (also after an error).
//
// By default lines go out as fast as possible, in batches between which the event loop runs,
// so a huge file does not freeze the application. setPaced(true) waits between lines for the
// difference of their tmi-sent-ts tags, each wait capped at maxGapMs(); lines without the tag
// go out at once.
class ReplaySource : public ChatEventSource
{
    Q_OBJECT
public:
    static constexpr int kDefaultMaxGapMs = 2500;
    // Longer lines are reported as malformed without being held in memory whole.
    static constexpr qsizetype kMaxLineBytes = 1024 * 1024;

    explicit ReplaySource(QObject *parent = nullptr);
    ~ReplaySource() override;

    // A file path, a Qt resource (":/demo/demo_chat.log") or "-" for standard input (read on a
    // thread of its own so that a slow pipe never blocks the event loop; use one stdin replay
    // per process).
    void setPath(const QString &path);
    QString path() const { return m_path; }
    // Reads from an open (or openable read-only) device instead; not owned, must outlive the
    // replay. Random-access devices are read to their end; sequential ones (sockets, processes)
    // until readChannelFinished() or close.
    void setDevice(QIODevice *device);

    void setPaced(bool paced) { m_paced = paced; }
    bool isPaced() const { return m_paced; }
    void setMaxGapMs(int ms) { m_maxGapMs = std::max(0, ms); }
    int maxGapMs() const { return m_maxGapMs; }

    bool isRunning() const { return m_running; }

public Q_SLOTS:
    // Begins on the next event-loop turn (so that error()/finished() reach connections made
    // right after start()). No-op while running.
    void start();
    // Stops early; no finished() follows.
    void stop();

Q_SIGNALS:
    void finished();
    void error(const QString &message);

private:
    struct StdinFeed;
    enum class Next { Line, Wait, End };

    void begin();
    void startStdinReader();
    void releaseInput();
    void pump();
    void schedulePump();
    Next nextLine(QByteArray &line);
    Next readDeviceLine(QByteArray &line);
    void dispatchHeld();
    void finish();
    void fail(const QString &message);

    QString m_path;
    QPointer<QIODevice> m_externalDevice;
    std::unique_ptr<QIODevice> m_ownedDevice;
    QIODevice *m_device = nullptr;
    std::shared_ptr<StdinFeed> m_stdin;
    std::unique_ptr<ReplayLineReader> m_reader;
    bool m_deviceInputEnded = false;
    bool m_firstLine = true;
    QString m_pendingError;

    bool m_paced = false;
    int m_maxGapMs = kDefaultMaxGapMs;
    bool m_running = false;
    bool m_pumpScheduled = false;
    quint64 m_generation = 0; // invalidates queued starts after stop()
    qint64 m_lastSentAtMs = 0;
    QByteArray m_heldLine; // paced: the line waiting for m_paceTimer
    bool m_hasHeldLine = false;
    QTimer m_paceTimer;
};

} // namespace chatvox
