#include "droppedmessageslog.h"

#include "app/logging.h"

#include <utility>

namespace chatvox {

DroppedMessagesLog::DroppedMessagesLog(int intervalMs, QObject *parent)
    : QObject(parent)
{
    m_interval.setInterval(intervalMs);
    connect(&m_interval, &QTimer::timeout, this, &DroppedMessagesLog::onInterval);
}

DroppedMessagesLog::~DroppedMessagesLog()
{
    flush();
}

void DroppedMessagesLog::add(int count)
{
    if (count <= 0)
        return;
    if (m_interval.isActive()) {
        m_pending += count;
        return;
    }
    log(count);
    m_interval.start();
}

void DroppedMessagesLog::flush()
{
    if (m_pending > 0)
        log(std::exchange(m_pending, 0));
}

void DroppedMessagesLog::onInterval()
{
    if (m_pending == 0) {
        m_interval.stop(); // quiet: the next drop is logged at once
        return;
    }
    flush();
}

void DroppedMessagesLog::log(int count)
{
    m_logged += count;
    qCWarning(lcApp).noquote() << tr("Chat is too fast: skipped %n message(s).", nullptr, count);
}

} // namespace chatvox
