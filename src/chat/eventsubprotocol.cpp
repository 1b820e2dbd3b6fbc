#include "chat/eventsubprotocol.h"

#include <algorithm>

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace chatvox {

namespace {

QJsonObject session(const QJsonObject &payload)
{
    return payload.value(u"session"_s).toObject();
}

} // namespace

QString EventSubMessage::sessionId() const
{
    return session(payload).value(u"id"_s).toString();
}

int EventSubMessage::keepaliveTimeoutSeconds() const
{
    return session(payload).value(u"keepalive_timeout_seconds"_s).toInt(0);
}

QUrl EventSubMessage::reconnectUrl() const
{
    return QUrl(session(payload).value(u"reconnect_url"_s).toString());
}

QString EventSubMessage::revocationStatus() const
{
    return payload.value(u"subscription"_s).toObject().value(u"status"_s).toString();
}

Result<EventSubMessage> parseEventSubMessage(const QByteArray &text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
    if (!doc.isObject())
        return Error{QCoreApplication::translate("chatvox::EventSub",
                                                 "EventSub sent something that is not JSON: %1")
                         .arg(error.errorString())};
    const QJsonObject root = doc.object();
    const QJsonObject metadata = root.value(u"metadata"_s).toObject();
    EventSubMessage m;
    m.messageId = metadata.value(u"message_id"_s).toString();
    m.messageType = metadata.value(u"message_type"_s).toString();
    m.subscriptionType = metadata.value(u"subscription_type"_s).toString();
    m.payload = root.value(u"payload"_s).toObject();
    if (m.messageId.isEmpty() || m.messageType.isEmpty())
        return Error{QCoreApplication::translate("chatvox::EventSub",
                                                 "EventSub sent a message without metadata.")};
    if (m.messageType == u"session_welcome")
        m.type = EventSubMessage::Type::Welcome;
    else if (m.messageType == u"session_keepalive")
        m.type = EventSubMessage::Type::Keepalive;
    else if (m.messageType == u"notification")
        m.type = EventSubMessage::Type::Notification;
    else if (m.messageType == u"session_reconnect")
        m.type = EventSubMessage::Type::Reconnect;
    else if (m.messageType == u"revocation")
        m.type = EventSubMessage::Type::Revocation;
    if (m.subscriptionType.isEmpty())
        m.subscriptionType
            = m.payload.value(u"subscription"_s).toObject().value(u"type"_s).toString();
    return m;
}

bool EventSubMessageIds::remember(const QString &messageId)
{
    if (m_seen.contains(messageId)) {
        ++m_duplicates;
        return false;
    }
    m_seen.insert(messageId);
    m_order.push_back(messageId);
    if (qsizetype(m_order.size()) > m_limit) {
        m_seen.remove(m_order.front());
        m_order.pop_front();
    }
    return true;
}

std::optional<int> keepaliveWaitMs(const EventSubMessage &welcome, int graceMs)
{
    const int seconds = welcome.keepaliveTimeoutSeconds();
    if (seconds <= 0)
        return std::nullopt;
    // Twitch allows 10 to 600 s. A larger claim is not trusted: seconds * 1000 overflowed int
    // from 2147484 s on (undefined behaviour; the timer got a negative wait), and a dead link
    // would go unnoticed for as long as the server said.
    return std::min(seconds, kMaxKeepaliveSeconds) * 1000 + graceMs;
}

QUrl usableReconnectUrl(const EventSubMessage &reconnect)
{
    const QUrl url = reconnect.reconnectUrl();
    if (!url.isValid() || (url.scheme() != u"wss" && url.scheme() != u"ws"))
        return {};
    return url;
}

qint64 parseTwitchTimestampMs(const QString &text)
{
    // Qt reads at most milliseconds: cut longer fractions ("…03.17106713Z" → "…03.171Z").
    static const QRegularExpression fraction(u"\\.(\\d{1,3})\\d*"_s);
    QString t = text.trimmed();
    t.replace(fraction, u".\\1"_s);
    const QDateTime dt = QDateTime::fromString(t, Qt::ISODateWithMs);
    return dt.isValid() ? dt.toMSecsSinceEpoch() : 0;
}

std::optional<Redemption> parseRedemptionEvent(const QJsonObject &event)
{
    Redemption r;
    r.id = event.value(u"id"_s).toString();
    r.broadcasterUserId = event.value(u"broadcaster_user_id"_s).toString();
    r.broadcasterLogin = event.value(u"broadcaster_user_login"_s).toString();
    r.userId = event.value(u"user_id"_s).toString();
    r.userLogin = event.value(u"user_login"_s).toString().toLower();
    r.userName = event.value(u"user_name"_s).toString();
    r.userInput = event.value(u"user_input"_s).toString();
    r.status = event.value(u"status"_s).toString();
    const QJsonObject reward = event.value(u"reward"_s).toObject();
    r.rewardId = reward.value(u"id"_s).toString();
    r.rewardTitle = reward.value(u"title"_s).toString();
    r.rewardCost = reward.value(u"cost"_s).toInt();
    r.redeemedAtMs = parseTwitchTimestampMs(event.value(u"redeemed_at"_s).toString());
    if (r.id.isEmpty() || r.rewardId.isEmpty() || r.userLogin.isEmpty())
        return std::nullopt;
    if (r.userName.isEmpty())
        r.userName = r.userLogin;
    return r;
}

QByteArray redemptionSubscriptionRequest(const QString &broadcasterUserId, const QString &sessionId)
{
    const QJsonObject body{
        {u"type"_s, QString::fromLatin1(kRedemptionSubscriptionType)},
        {u"version"_s, u"1"_s},
        {u"condition"_s, QJsonObject{{u"broadcaster_user_id"_s, broadcasterUserId}}},
        {u"transport"_s, QJsonObject{{u"method"_s, u"websocket"_s}, {u"session_id"_s, sessionId}}},
    };
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

} // namespace chatvox
