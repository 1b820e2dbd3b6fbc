#pragma once

#include <QObject>
#include <QTimer>

namespace chatvox {

// The log line for messages the backlog policy dropped (SpeechQueue::dropped), at most one per
// interval: during a raid the queue drops several messages a second, and a warning for each
// buried everything else in the log. The first drop after a quiet interval is logged at once;
// drops within the interval that follows are added up and logged as one line when it ends.
// Nothing is lost: the destructor logs what is still pending, and loggedTotal() always
// equals the sum of the counts given to add() once flushed. (The counts themselves, for the
// window and the soak test, stay SpeechQueue::dropped() and droppedTotal().)
class DroppedMessagesLog : public QObject
{
    Q_OBJECT
public:
    explicit DroppedMessagesLog(int intervalMs = 1000, QObject *parent = nullptr);
    ~DroppedMessagesLog() override;

    void add(int count);
    void flush(); // logs what is pending now
    int pending() const { return m_pending; }
    int loggedTotal() const { return m_logged; }
    // Within an interval after a logged line: further drops wait for its end.
    bool isHolding() const { return m_interval.isActive(); }

private:
    void log(int count);
    void onInterval();

    QTimer m_interval;
    int m_pending = 0;
    int m_logged = 0;
};

} // namespace chatvox
