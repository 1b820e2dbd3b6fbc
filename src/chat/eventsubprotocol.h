#pragma once

#include "core/redemption.h"
#include "core/result.h"

#include <optional>

#include <QByteArray>
#include <QJsonObject>
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
