#include "chat/eventsubclient.h"

#include "chat/eventsubprotocol.h"
#include "chat/logging.h"
#include "core/clock.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QSignalBlocker>
#include <QWebSocket>

using namespace Qt::StringLiterals;

namespace chatvox {

QUrl EventSubClient::defaultUrl()
{
    return QUrl(u"wss://eventsub.wss.twitch.tv/ws"_s);
}

QUrl EventSubClient::defaultHelixUrl()
{
    return QUrl(u"https://api.twitch.tv/helix"_s);
}

EventSubClient::EventSubClient(QNetworkAccessManager *network, const QUrl &url,
                               const QUrl &helixUrl, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_url(url)
    , m_helixUrl(helixUrl)
{
    qRegisterMetaType<chatvox::Redemption>();
    for (QTimer *t :
         {&m_keepaliveTimer, &m_welcomeTimer, &m_reconnectTimer, &m_subscribeRetryTimer})
        t->setSingleShot(true);
    connect(&m_keepaliveTimer, &QTimer::timeout, this, [this] {
        Q_EMIT error(tr("Twitch EventSub went silent (no keepalive). Reconnecting."));
        connectionLost(u"keepalive timeout"_s);
    });
    connect(&m_welcomeTimer, &QTimer::timeout, this, [this] {
        Q_EMIT error(tr("Twitch EventSub did not welcome us in time. Reconnecting."));
        connectionLost(u"no session_welcome in time"_s);
    });
    connect(&m_reconnectTimer, &QTimer::timeout, this, [this] { connectTo(m_url); });
    connect(&m_subscribeRetryTimer, &QTimer::timeout, this, &EventSubClient::subscribe);
}

EventSubClient::~EventSubClient()
{
    const QSignalBlocker blocker(this);
    stop();
}

void EventSubClient::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    qCDebug(lcChat) << "eventsub" << state;
    Q_EMIT stateChanged(state);
}

void EventSubClient::setCredentials(const QString &clientId, const QString &accessToken,
                                    const QString &broadcasterUserId)
{
    const bool broadcasterChanged = broadcasterUserId != m_broadcasterId;
    const bool tokenChanged = accessToken != m_token;
    m_clientId = clientId;
    m_token = accessToken;
    m_broadcasterId = broadcasterUserId;
    if (m_state == State::Disconnected)
        return;
    if (broadcasterChanged) {
        // Another channel: a fresh session with a fresh subscription.
        stop();
        start();
    } else if (tokenChanged && m_waitingForToken && !m_socket.isNull()) {
        m_waitingForToken = false;
        subscribe();
    } else if (tokenChanged && m_state == State::Failed) {
        stop();
        start();
    }
}

void EventSubClient::start()
{
    if (m_state != State::Disconnected)
        return;
    if (!m_url.isValid() || (m_url.scheme() != u"wss" && m_url.scheme() != u"ws")) {
        fail(tr("Invalid Twitch EventSub address: %1").arg(m_url.toDisplayString()));
        return;
    }
    m_attempt = 0;
    m_unauthorizedInARow = 0;
    connectTo(m_url);
}

void EventSubClient::stop()
{
    for (QTimer *t :
         {&m_keepaliveTimer, &m_welcomeTimer, &m_reconnectTimer, &m_subscribeRetryTimer})
        t->stop();
    ++m_subscribeGeneration; // answers in flight are dropped
    dropSocket(m_next);
    if (QWebSocket *socket = m_socket) {
        m_socket = nullptr;
        socket->disconnect(this);
        connect(socket, &QWebSocket::disconnected, socket, &QObject::deleteLater);
        QTimer::singleShot(2000, socket, &QObject::deleteLater);
        socket->close();
    }
    m_sessionId.clear();
    m_subscribed = false;
    m_waitingForToken = false;
    setState(State::Disconnected);
}

void EventSubClient::fail(const QString &message)
{
    m_lastError = message;
    qCWarning(lcChat).noquote() << "eventsub:" << message;
    for (QTimer *t :
         {&m_keepaliveTimer, &m_welcomeTimer, &m_reconnectTimer, &m_subscribeRetryTimer})
        t->stop();
    ++m_subscribeGeneration;
    dropSocket(m_next);
    dropSocket(m_socket);
    m_subscribed = false;
    setState(State::Failed);
    Q_EMIT error(message);
}

QWebSocket *EventSubClient::openSocket(const QUrl &url)
{
    auto *socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    socket->setMaxAllowedIncomingMessageSize(1024 * 1024);
    connect(socket, &QWebSocket::textMessageReceived, this,
            [this, socket](const QString &text) { onText(socket, text); });
    connect(socket, &QWebSocket::disconnected, this, [this, socket] { onSocketClosed(socket); });
    // Qt 6.4 has no QWebSocket::errorOccurred.
    connect(socket, QOverload<QAbstractSocket::SocketError>::of(&QWebSocket::error), this,
            [this, socket](QAbstractSocket::SocketError) { onSocketClosed(socket); });
    qCInfo(lcChat) << "eventsub: connecting to" << url.toDisplayString(QUrl::RemoveQuery);
    socket->open(url);
    return socket;
}

void EventSubClient::connectTo(const QUrl &url)
{
    dropSocket(m_next);
    dropSocket(m_socket);
    m_sessionId.clear();
    m_subscribed = false;
    m_waitingForToken = false;
    ++m_subscribeGeneration;
    m_subscribeRetryTimer.stop();
    m_keepaliveTimer.stop();
    setState(State::Connecting);
    m_socket = openSocket(url);
    m_welcomeTimer.start(m_timings.welcomeTimeoutMs);
}

void EventSubClient::dropSocket(QPointer<QWebSocket> &socket)
{
    if (QWebSocket *s = socket) {
        socket = nullptr;
        s->disconnect(this);
        s->abort();
        s->deleteLater();
    }
}

void EventSubClient::onSocketClosed(QWebSocket *socket)
{
    if (socket == m_next) {
        // The reconnect URL failed: stay on the old socket (Twitch closes it later, and then
        // we reconnect from the start); without it, start over now.
        qCInfo(lcChat) << "eventsub: reconnect URL failed:" << socket->errorString();
        dropSocket(m_next);
        if (!m_socket)
            connectionLost(u"reconnect URL failed"_s);
        return;
    }
    if (socket != m_socket)
        return;
    if (m_next) {
        // Moving after session_reconnect: Twitch may close the old socket before we read the
        // welcome on the new one. The new one carries on (or fails, and then we start over).
        qCInfo(lcChat) << "eventsub: old connection closed while moving";
        m_socket->disconnect(this);
        m_socket->deleteLater();
        m_socket = nullptr;
        m_keepaliveTimer.stop();
        return;
    }
    const int code = int(socket->closeCode());
    const QString reason
        = socket->closeReason().isEmpty() ? socket->errorString() : socket->closeReason();
    qCInfo(lcChat).noquote() << "eventsub: connection closed, code" << code << reason;
    if (m_state == State::Listening || m_state == State::Subscribing)
        Q_EMIT error(tr("Twitch EventSub closed the connection (%1). Reconnecting.").arg(reason));
    connectionLost(reason);
}

void EventSubClient::connectionLost(const QString &reason)
{
    if (m_state == State::Disconnected || m_state == State::Failed
        || m_state == State::Reconnecting)
        return;
    dropSocket(m_next);
    dropSocket(m_socket);
    m_keepaliveTimer.stop();
    m_welcomeTimer.stop();
    m_subscribeRetryTimer.stop();
    ++m_subscribeGeneration;
    m_sessionId.clear();
    m_subscribed = false;
    const int delay = backoffDelayMs(m_timings.backoff, m_attempt,
                                     QRandomGenerator::global()->generateDouble());
    if (m_attempt < 60)
        ++m_attempt;
    qCInfo(lcChat).noquote() << "eventsub: lost (" << reason << "), reconnecting in" << delay
                             << "ms";
    setState(State::Reconnecting);
    Q_EMIT reconnectScheduled(delay);
    if (m_state == State::Reconnecting)
        m_reconnectTimer.start(delay);
}

void EventSubClient::onText(QWebSocket *socket, const QString &text)
{
    if (socket != m_socket && socket != m_next)
        return;
    const Result<EventSubMessage> message = parseEventSubMessage(text.toUtf8());
    if (!message) {
        qCWarning(lcChat).noquote() << "eventsub:" << message.error();
        return;
    }
    // Any message on the session's socket proves it alive (handling-websocket-events#keepalive).
    if (socket == m_socket && m_sessionId.size() > 0)
        m_keepaliveTimer.start(m_keepaliveMs);
    handle(socket, message.value());
}

void EventSubClient::handle(QWebSocket *socket, const EventSubMessage &message)
{
    switch (message.type) {
    case EventSubMessage::Type::Welcome:
        onWelcome(socket, message);
        return;
    case EventSubMessage::Type::Keepalive:
        return;
    case EventSubMessage::Type::Notification:
        if (!m_seen.remember(message.messageId)) {
            qCDebug(lcChat) << "eventsub: duplicate message" << message.messageId;
            return;
        }
        onNotification(message);
        return;
    case EventSubMessage::Type::Reconnect: {
        if (socket != m_socket)
            return;
        const QUrl url = usableReconnectUrl(message);
        if (url.isEmpty()) {
            connectionLost(u"session_reconnect without a usable URL"_s);
            return;
        }
        qCInfo(lcChat) << "eventsub: Twitch asks to move to a new connection";
        dropSocket(m_next);
        m_next = openSocket(url);
        return;
    }
    case EventSubMessage::Type::Revocation: {
        if (!m_seen.remember(message.messageId))
            return;
        const QString status = message.revocationStatus();
        QString text;
        if (status == u"authorization_revoked")
            text = tr("Twitch withdrew ChatVox's access to channel points (the permission was "
                      "revoked). Log in again.");
        else if (status == u"user_removed")
            text = tr("Twitch ended the channel-point subscription: the account is no longer "
                      "available.");
        else
            text = tr("Twitch ended the channel-point subscription (%1).").arg(status);
        m_subscribed = false;
        m_lastError = text;
        qCWarning(lcChat).noquote() << "eventsub: subscription revoked:" << status;
        setState(State::Failed);
        Q_EMIT subscriptionRevoked(status, text);
        Q_EMIT error(text);
        return;
    }
    case EventSubMessage::Type::Unknown:
        qCDebug(lcChat) << "eventsub: ignoring message type" << message.messageType;
        return;
    }
}

void EventSubClient::onWelcome(QWebSocket *socket, const EventSubMessage &message)
{
    if (const std::optional<int> wait = keepaliveWaitMs(message, m_timings.keepaliveGraceMs))
        m_keepaliveMs = *wait;
    if (socket == m_next) {
        // Reconnected: the subscriptions moved with the session. Now the old socket may go.
        qCInfo(lcChat) << "eventsub: moved to the new connection";
        QPointer<QWebSocket> old = m_socket;
        m_socket = m_next;
        m_next = nullptr;
        if (QWebSocket *o = old) {
            o->disconnect(this);
            connect(o, &QWebSocket::disconnected, o, &QObject::deleteLater);
            QTimer::singleShot(2000, o, &QObject::deleteLater);
            o->close();
        }
        if (!message.sessionId().isEmpty())
            m_sessionId = message.sessionId();
        m_keepaliveTimer.start(m_keepaliveMs);
        return;
    }
    m_welcomeTimer.stop();
    m_sessionId = message.sessionId();
    m_keepaliveTimer.start(m_keepaliveMs);
    qCInfo(lcChat) << "eventsub: session" << m_sessionId << "keepalive"
                   << message.keepaliveTimeoutSeconds() << "s";
    setState(State::Subscribing);
    subscribe();
}

void EventSubClient::onNotification(const EventSubMessage &message)
{
    if (message.subscriptionType != QLatin1StringView(kRedemptionSubscriptionType)) {
        qCDebug(lcChat) << "eventsub: ignoring notification" << message.subscriptionType;
        return;
    }
    std::optional<Redemption> r
        = parseRedemptionEvent(message.payload.value(u"event"_s).toObject());
    if (!r) {
        qCWarning(lcChat) << "eventsub: a redemption without id, reward or user; ignored";
        return;
    }
    r->receivedNs = monotonicNs();
    qCInfo(lcChat).noquote() << "redemption:" << r->userLogin << r->rewardTitle;
    Q_EMIT redemption(*r);
}

void EventSubClient::subscribe()
{
    if (m_sessionId.isEmpty() || (!m_socket && !m_next) || !m_network)
        return;
    if (m_token.isEmpty() || m_broadcasterId.isEmpty() || m_clientId.isEmpty()) {
        m_waitingForToken = true; // setCredentials() continues
        return;
    }
    QUrl url = m_helixUrl;
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path + u"/eventsub/subscriptions"_s);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    request.setRawHeader("Client-Id", m_clientId.toUtf8());
    request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    request.setTransferTimeout(8000);
    const QString token = m_token;
    const quint64 generation = ++m_subscribeGeneration;
    qCDebug(lcChat) << "eventsub: POST" << url.toDisplayString();
    QNetworkReply *reply
        = m_network->post(request, redemptionSubscriptionRequest(m_broadcasterId, m_sessionId));
    connect(reply, &QNetworkReply::finished, this, [this, reply, token, generation] {
        reply->deleteLater();
        if (generation != m_subscribeGeneration)
            return; // the session ended meanwhile
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
        const QString message = body.value(u"message"_s).toString();
        if (status == 202 || status == 409) {
            // 409: the session already has it (e.g. a retry whose first answer got lost).
            m_subscribed = true;
            m_unauthorizedInARow = 0;
            m_attempt = 0;
            qCInfo(lcChat) << "eventsub: listening for channel-point redemptions";
            setState(State::Listening);
            return;
        }
        if (status == 401) {
            if (++m_unauthorizedInARow > 2) {
                fail(tr("Twitch refuses the login for channel points (%1). Log in again.")
                         .arg(message));
                return;
            }
            qCInfo(lcChat) << "eventsub: Helix says 401; waiting for a fresh token";
            m_waitingForToken = true;
            Q_EMIT unauthorized(token);
            return;
        }
        if (status == 403) {
            fail(tr("Twitch does not allow reading this channel's redemptions (%1). Log in "
                    "with the channel's own account.")
                     .arg(message));
            return;
        }
        if (status == 400 && message.contains(u"session"_s)) {
            connectionLost(u"Helix does not know the session"_s);
            return;
        }
        if (status >= 400 && status < 500 && status != 429) {
            fail(tr("Twitch refused the channel-point subscription (HTTP %1: %2).")
                     .arg(status)
                     .arg(message));
            return;
        }
        const QString detail
            = status ? u"HTTP %1 %2"_s.arg(status).arg(message) : reply->errorString();
        qCInfo(lcChat).noquote() << "eventsub: subscription failed for now:" << detail;
        m_subscribeRetryTimer.start(m_timings.subscribeRetryMs);
    });
}

} // namespace chatvox
