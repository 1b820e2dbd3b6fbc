#pragma once

#include "core/redemption.h"
#include "core/result.h"

#include <deque>
#include <optional>

#include <QByteArray>
#include <QJsonObject>
#include <QSet>
#include <QString>
#include <QUrl>

namespace chatvox {

// The EventSub WebSocket message envelope (dev.twitch.tv/docs/eventsub/websocket-reference),
// parsed without I/O.
struct EventSubMessage
{
    enum class Type {
        Welcome,
        Keepalive,
        Notification,
        Reconnect,
        Revocation,
        Unknown,
    };
    Type type = Type::Unknown;
    QString messageId; // metadata.message_id: the same id may arrive twice (dedupe)
    QString messageType; // as sent, e.g. "session_welcome"
    QString subscriptionType; // notifications and revocations
    QJsonObject payload;

    // session_welcome / session_reconnect
    QString sessionId() const;
    int keepaliveTimeoutSeconds() const; // 0 when absent (null on reconnect)
    QUrl reconnectUrl() const;
    // revocation: payload.subscription.status, e.g. "authorization_revoked"
    QString revocationStatus() const;
};

Result<EventSubMessage> parseEventSubMessage(const QByteArray &text);

// What EventSubClient makes of a message, without its sockets and timers (the parts a hostile
// or broken server controls; fuzzed by tests/fuzz/fuzz_eventsub.cpp).

// The latest message ids, oldest first, bounded: Twitch may deliver a message twice.
class EventSubMessageIds
{
public:
    explicit EventSubMessageIds(qsizetype limit = 1000)
        : m_limit(limit)
    {
    }
    bool remember(const QString &messageId); // false: seen before (counted as a duplicate)
    int duplicates() const { return m_duplicates; }
    qsizetype size() const { return qsizetype(m_order.size()); }

private:
    qsizetype m_limit;
    QSet<QString> m_seen;
    std::deque<QString> m_order;
    int m_duplicates = 0;
};

// The longest keepalive_timeout_seconds Twitch gives (dev.twitch.tv/docs/eventsub/
// handling-websocket-events: 10 to 600).
inline constexpr int kMaxKeepaliveSeconds = 600;

// How long to wait for the next message after this welcome: its keepalive_timeout_seconds (at
// most kMaxKeepaliveSeconds) plus graceMs. Nothing when the welcome names no keepalive (the
// previous wait stays).
std::optional<int> keepaliveWaitMs(const EventSubMessage &welcome, int graceMs);

// The session_reconnect URL when the client may follow it (ws or wss); empty otherwise.
QUrl usableReconnectUrl(const EventSubMessage &reconnect);

inline constexpr const char *kRedemptionSubscriptionType
    = "channel.channel_points_custom_reward_redemption.add";

// payload.event of a channel.channel_points_custom_reward_redemption.add notification.
std::optional<Redemption> parseRedemptionEvent(const QJsonObject &event);

// The body of POST /helix/eventsub/subscriptions for the redemption subscription on a
// WebSocket session.
QByteArray redemptionSubscriptionRequest(const QString &broadcasterUserId,
                                         const QString &sessionId);

// RFC 3339 with any number of fractional digits ("2020-07-15T17:16:03.17106713Z") → ms since
// the Unix epoch; 0 when unreadable.
qint64 parseTwitchTimestampMs(const QString &text);

} // namespace chatvox
