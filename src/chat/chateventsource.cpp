#include "chat/chateventsource.h"

#include "chat/ircmessage.h"
#include "chat/logging.h"

namespace chatvox {

namespace {

// A short, printable excerpt of a bad line for the log (it may be huge or binary).
QByteArray logExcerpt(QByteArrayView line)
{
    constexpr qsizetype maxBytes = 160;
    QByteArray excerpt = line.first(std::min(line.size(), maxBytes)).toByteArray();
    for (char &c : excerpt) {
        if (uchar(c) < 0x20 || uchar(c) >= 0x7f)
            c = '?';
    }
    if (line.size() > maxBytes)
        excerpt += "...";
    return excerpt;
}

} // namespace

ChatEventSource::ChatEventSource(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<chatvox::ChatMessage>();
    qRegisterMetaType<chatvox::ModerationEvent>();
    qRegisterMetaType<chatvox::ChatNotice>();
}

ChatEventSource::~ChatEventSource() = default;

void ChatEventSource::handleProtocolMessage(const IrcMessage &, qint64) { }

void ChatEventSource::dispatchLine(QByteArrayView line, qint64 receivedNs)
{
    dispatchParsed(parseIrcLine(line), line, receivedNs);
}

void ChatEventSource::dispatchLine(const QByteArray &buffer, qsizetype from, qsizetype length,
                                   qint64 receivedNs)
{
    const bool inside = from >= 0 && length >= 0 && from + length <= buffer.size();
    dispatchParsed(parseIrcLineInBuffer(buffer, from, length),
                   inside ? QByteArrayView(buffer).sliced(from, length) : QByteArrayView(),
                   receivedNs);
}

void ChatEventSource::dispatchFrame(const QByteArray &frame, qint64 receivedNs)
{
    qsizetype start = 0;
    while (start < frame.size()) {
        qsizetype end = frame.indexOf('\n', start);
        if (end < 0)
            end = frame.size();
        qsizetype length = end - start;
        if (length > 0 && frame.at(start + length - 1) == '\r')
            --length;
        if (length > 0)
            dispatchLine(frame, start, length, receivedNs); // shares the frame, no copy
        start = end + 1;
    }
}

void ChatEventSource::dispatchParsed(const Result<IrcMessage> &parsed, QByteArrayView line,
                                     qint64 receivedNs)
{
    ++m_counters.lines;
    if (!parsed) {
        ++m_counters.malformedLines;
        qCWarning(lcChat).noquote() << "skipping malformed line (" << parsed.error() << ","
                                    << line.size() << "bytes):" << logExcerpt(line);
        Q_EMIT malformedLine(parsed.error());
        return;
    }
    const IrcMessage &message = parsed.value();
    handleProtocolMessage(message, receivedNs);

    TwitchEvent event = decodeTwitchMessage(message);
    if (auto *chat = std::get_if<ChatMessage>(&event)) {
        chat->receivedNs = receivedNs;
        ++m_counters.chatMessages;
        Q_EMIT chatMessage(*chat);
    } else if (auto *moderationEvent = std::get_if<ModerationEvent>(&event)) {
        ++m_counters.moderationEvents;
        Q_EMIT moderation(*moderationEvent);
    } else if (auto *chatNotice = std::get_if<ChatNotice>(&event)) {
        chatNotice->receivedNs = receivedNs;
        ++m_counters.notices;
        Q_EMIT notice(*chatNotice);
    }
}

} // namespace chatvox
