#pragma once

#include "chat/twitchevents.h"
#include "core/chatmessage.h"
#include "core/result.h"

#include <QByteArrayView>
#include <QMetaType>
#include <QObject>
#include <QString>

namespace chatvox {

class IrcMessage;

// Everything that turns raw Twitch IRC lines into chat events: the live client and the
// replay of a log both feed their lines through dispatchLine(), so live and replayed chat take
// exactly one code path (parse → decode → signal).
class ChatEventSource : public QObject
{
    Q_OBJECT
public:
    // Running totals, for status displays, soak tests and benchmarks.
    struct Counters
    {
        quint64 lines = 0;
        quint64 malformedLines = 0;
        quint64 chatMessages = 0;
        quint64 moderationEvents = 0;
        quint64 notices = 0;
    };

    explicit ChatEventSource(QObject *parent = nullptr);
    ~ChatEventSource() override;

    const Counters &counters() const { return m_counters; }

Q_SIGNALS:
    void chatMessage(const chatvox::ChatMessage &message);
    void moderation(const chatvox::ModerationEvent &event);
    void notice(const chatvox::ChatNotice &notice);
    // A line that could not be parsed; it was skipped and the following lines go on.
    void malformedLine(const QString &reason);

protected:
    // One line without CR/LF. receivedNs = chatvox::monotonicNs() when it arrived.
    void dispatchLine(QByteArrayView line, qint64 receivedNs);
    // The line buffer[from, from + length): parsed in place, the buffer shared, not copied.
    void dispatchLine(const QByteArray &buffer, qsizetype from, qsizetype length,
                      qint64 receivedNs);
    // A WebSocket frame: several CRLF-terminated lines (dev.twitch.tv/docs/irc), each
    // dispatched in place; empty lines are skipped.
    void dispatchFrame(const QByteArray &frame, qint64 receivedNs);

    // Sees every well-formed line before it is decoded into a chat event: the live client
    // answers PING, follows RECONNECT, tracks JOIN here. The default does nothing.
    virtual void handleProtocolMessage(const IrcMessage &message, qint64 receivedNs);

private:
    void dispatchParsed(const Result<IrcMessage> &parsed, QByteArrayView line, qint64 receivedNs);

    Counters m_counters;
};

} // namespace chatvox

Q_DECLARE_METATYPE(chatvox::ChatNotice)
