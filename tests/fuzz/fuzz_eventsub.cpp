// Fuzz target: EventSub WebSocket message handling. The input is one or more whole text frames
// from the EventSub server, separated by NUL bytes (JSON text never holds a raw NUL; a seed
// without one is a single frame). Each frame goes the way EventSubClient::onText and handle()
// take it: UTF-8 as QWebSocket delivers it, parseEventSubMessage, then per message type what the
// client decides from it (keepalive wait, dedupe, redemption, reconnect URL, revocation), with
// the same functions. The sockets and timers around them are not here: they act only on those
// decisions.

#include "chat/eventsubprotocol.h"
#include "fuzzsupport.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace chatvox;

namespace {

constexpr int kGraceMs = 3000; // EventSubTimings::keepaliveGraceMs

void checkRedemption(const Redemption &r)
{
    // What the trigger matcher and the speech queue rely on.
    CHATVOX_FUZZ_CHECK(!r.id.isEmpty());
    CHATVOX_FUZZ_CHECK(!r.rewardId.isEmpty());
    CHATVOX_FUZZ_CHECK(!r.userLogin.isEmpty());
    CHATVOX_FUZZ_CHECK(r.userLogin == r.userLogin.toLower());
    CHATVOX_FUZZ_CHECK(!r.userName.isEmpty());
}

void checkSubscriptionRequest(const QString &broadcaster, const QString &sessionId)
{
    // The Helix body carries the session id exactly as the welcome named it.
    const QJsonObject body
        = QJsonDocument::fromJson(redemptionSubscriptionRequest(broadcaster, sessionId)).object();
    CHATVOX_FUZZ_CHECK(body.value(QLatin1StringView("transport"))
                           .toObject()
                           .value(QLatin1StringView("session_id"))
                           .toString()
                       == sessionId);
    CHATVOX_FUZZ_CHECK(body.value(QLatin1StringView("condition"))
                           .toObject()
                           .value(QLatin1StringView("broadcaster_user_id"))
                           .toString()
                       == broadcaster);
}

void handle(const EventSubMessage &m, EventSubMessageIds &seen)
{
    CHATVOX_FUZZ_CHECK(!m.messageId.isEmpty() && !m.messageType.isEmpty());
    switch (m.type) {
    case EventSubMessage::Type::Welcome: {
        CHATVOX_FUZZ_CHECK(m.messageType == QLatin1StringView("session_welcome"));
        // The client starts its keepalive timer with this: it must be a real wait.
        if (const std::optional<int> wait = keepaliveWaitMs(m, kGraceMs))
            CHATVOX_FUZZ_CHECK(*wait > kGraceMs && *wait <= kMaxKeepaliveSeconds * 1000 + kGraceMs);
        checkSubscriptionRequest(QStringLiteral("12826"), m.sessionId());
        (void)parseTwitchTimestampMs(m.payload.value(QLatin1StringView("session"))
                                         .toObject()
                                         .value(QLatin1StringView("connected_at"))
                                         .toString());
        return;
    }
    case EventSubMessage::Type::Keepalive:
        return;
    case EventSubMessage::Type::Notification: {
        if (!seen.remember(m.messageId))
            return;
        if (m.subscriptionType != QLatin1StringView(kRedemptionSubscriptionType))
            return;
        const QJsonObject event = m.payload.value(QLatin1StringView("event")).toObject();
        if (const std::optional<Redemption> r = parseRedemptionEvent(event))
            checkRedemption(*r);
        return;
    }
    case EventSubMessage::Type::Reconnect: {
        const QUrl url = usableReconnectUrl(m);
        if (!url.isEmpty()) {
            CHATVOX_FUZZ_CHECK(url.isValid());
            CHATVOX_FUZZ_CHECK(url.scheme() == QLatin1StringView("wss")
                               || url.scheme() == QLatin1StringView("ws"));
            (void)url.toDisplayString(QUrl::RemoveQuery); // logged
        }
        (void)m.sessionId();
        (void)m.keepaliveTimeoutSeconds(); // null on reconnect
        return;
    }
    case EventSubMessage::Type::Revocation:
        if (!seen.remember(m.messageId))
            return;
        (void)QStringLiteral("(%1)").arg(m.revocationStatus());
        return;
    case EventSubMessage::Type::Unknown:
        return;
    }
    CHATVOX_FUZZ_CHECK(false); // a type outside the enum
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::quietLogging();
    const QByteArray bytes = fuzz::bytesOf(data, size);
    // A small memory, so that a few frames already push ids out of it.
    EventSubMessageIds seen(4);
    for (const QByteArray &frame : bytes.split('\0')) {
        // QWebSocket hands the client a QString; the client parses its UTF-8.
        const QByteArray text = QString::fromUtf8(frame).toUtf8();
        const Result<EventSubMessage> message = parseEventSubMessage(text);
        if (!message) {
            CHATVOX_FUZZ_CHECK(!message.error().isEmpty()); // a reason for the log, always
            continue;
        }
        handle(message.value(), seen);
        CHATVOX_FUZZ_CHECK(seen.size() <= 4);
        // Seen a moment ago: a repeat is dropped, whatever its type.
        if (message->type == EventSubMessage::Type::Notification
            || message->type == EventSubMessage::Type::Revocation)
            CHATVOX_FUZZ_CHECK(!seen.remember(message->messageId));
    }
    return 0;
}
