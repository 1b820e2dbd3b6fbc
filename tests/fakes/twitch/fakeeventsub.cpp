#include "fakeeventsub.h"

#include "fakehelix.h"

#include <QDateTime>
#include <QHostAddress>
#include <QJsonDocument>
#include <QPointer>
#include <QTimer>
#include <QUrlQuery>
#include <QUuid>
#include <QWebSocket>
#include <QWebSocketServer>

using namespace Qt::StringLiterals;

namespace chatvox::test {

struct FakeEventSub::Session
{
    QString id;
    QHash<QString, QString> subscriptions; // id → type
};

struct FakeEventSub::Connection
{
    QPointer<QWebSocket> socket;
    QString path;
    Session *session = nullptr;
    QStringList frames;
    bool silent = false;
    std::unique_ptr<QTimer> keepalive;
    std::unique_ptr<QTimer> deadline;
    int replacedBy = -1;
};

namespace {

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString timestamp()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace

QJsonObject FakeEventSub::fixture(const QString &name)
{
    return QJsonDocument::fromJson(FakeHelix::fixture(name)).object();
}

FakeEventSub::FakeEventSub(QObject *parent)
    : QObject(parent)
    , m_server(
          std::make_unique<QWebSocketServer>(u"FakeEventSub"_s, QWebSocketServer::NonSecureMode))
{
    connect(m_server.get(), &QWebSocketServer::newConnection, this, &FakeEventSub::onNewConnection);
    m_server->listen(QHostAddress::LocalHost, 0);
}

FakeEventSub::~FakeEventSub()
{
    for (auto &c : m_connections) {
        c->keepalive.reset();
        c->deadline.reset();
        if (c->socket) {
            c->socket->disconnect(this);
            c->socket->abort();
            delete c->socket;
        }
    }
    m_server->close();
}

bool FakeEventSub::isListening() const
{
    return m_server->isListening();
}

QUrl FakeEventSub::url() const
{
    return QUrl(u"ws://127.0.0.1:%1/ws"_s.arg(m_server->serverPort()));
}

FakeEventSub::Connection *FakeEventSub::at(int connection) const
{
    if (connection < 0 || connection >= int(m_connections.size()))
        return nullptr;
    return m_connections[size_t(connection)].get();
}

QJsonObject FakeEventSub::metadata(const QString &type, const QString &messageId) const
{
    return {{u"message_id"_s, messageId.isEmpty() ? newId() : messageId},
            {u"message_type"_s, type},
            {u"message_timestamp"_s, timestamp()}};
}

void FakeEventSub::send(Connection &c, const QJsonObject &message)
{
    if (!c.socket || c.silent)
        return;
    c.socket->sendTextMessage(
        QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact)));
    if (c.keepalive && m_keepaliveIntervalMs > 0)
        c.keepalive->start(m_keepaliveIntervalMs); // keepalives fill silence only
}

void FakeEventSub::onNewConnection()
{
    while (QWebSocket *socket = m_server->nextPendingConnection()) {
        const int index = int(m_connections.size());
        auto connection = std::make_unique<Connection>();
        Connection &c = *connection;
        c.socket = socket;
        c.path = socket->requestUrl().path()
            + (socket->requestUrl().hasQuery() ? u"?"_s + socket->requestUrl().query() : QString());
        m_connections.push_back(std::move(connection));

        // A reconnect URL names the session it continues.
        const QString reconnectOf = QUrlQuery(socket->requestUrl()).queryItemValue(u"reconnect"_s);
        int replaced = -1;
        for (auto &s : m_sessions) {
            if (!reconnectOf.isEmpty() && s->id == reconnectOf)
                c.session = s.get();
        }
        if (c.session) {
            for (int i = 0; i < index; ++i) {
                Connection *old = at(i);
                if (old->session == c.session && old->socket && old->replacedBy < 0)
                    replaced = i;
            }
        } else {
            auto session = std::make_unique<Session>();
            session->id = u"AQoQ"_s + newId().remove(u'-').left(24);
            c.session = session.get();
            m_sessions.push_back(std::move(session));
        }

        connect(socket, &QWebSocket::textMessageReceived, this, [this, index](const QString &t) {
            Connection *conn = at(index);
            conn->frames << t;
            // "client sent inbound traffic" (handling-websocket-events#close-message).
            closeConnection(index, 4001, u"client sent inbound traffic"_s);
        });
        connect(socket, &QWebSocket::disconnected, this, [this, index] {
            Connection *conn = at(index);
            conn->keepalive.reset();
            conn->deadline.reset();
            Q_EMIT clientDisconnected(index);
        });
        c.keepalive = std::make_unique<QTimer>();
        connect(c.keepalive.get(), &QTimer::timeout, this, [this, index] {
            Connection *conn = at(index);
            QJsonObject keepalive = fixture(u"session_keepalive.json"_s);
            keepalive.insert(u"metadata"_s, metadata(u"session_keepalive"_s));
            send(*conn, keepalive);
        });
        Q_EMIT clientConnected(index);

        QJsonObject welcome = fixture(u"session_welcome.json"_s);
        QJsonObject payload = welcome.value(u"payload"_s).toObject();
        QJsonObject session = payload.value(u"session"_s).toObject();
        session.insert(u"id"_s, c.session->id);
        session.insert(u"connected_at"_s, timestamp());
        session.insert(u"keepalive_timeout_seconds"_s, m_keepaliveTimeoutS);
        payload.insert(u"session"_s, session);
        welcome.insert(u"payload"_s, payload);
        welcome.insert(u"metadata"_s, metadata(u"session_welcome"_s));
        send(c, welcome);
        Q_EMIT welcomed(index, c.session->id);

        if (replaced >= 0) {
            at(replaced)->replacedBy = index;
            if (m_closeOldAfterReconnect)
                closeConnection(replaced, 1000, u"reconnected"_s);
        } else if (m_subscribeDeadlineMs > 0) {
            c.deadline = std::make_unique<QTimer>();
            c.deadline->setSingleShot(true);
            connect(c.deadline.get(), &QTimer::timeout, this, [this, index] {
                Connection *conn = at(index);
                if (conn->session && conn->session->subscriptions.isEmpty())
                    closeConnection(index, 4003, u"connection unused"_s);
            });
            c.deadline->start(m_subscribeDeadlineMs);
        }
    }
}

void FakeEventSub::goSilent(int connection)
{
    if (Connection *c = at(connection)) {
        c->silent = true;
        if (c->keepalive)
            c->keepalive->stop();
    }
}

void FakeEventSub::addSubscription(const QString &sessionId, const QString &type, const QString &id)
{
    for (auto &s : m_sessions) {
        if (s->id == sessionId)
            s->subscriptions.insert(id, type);
    }
}

bool FakeEventSub::hasSession(const QString &sessionId) const
{
    for (const auto &c : m_connections) {
        if (c->socket && c->session && c->session->id == sessionId && c->replacedBy < 0)
            return true;
    }
    return false;
}

QString FakeEventSub::sendRedemption(const QJsonObject &eventFields, int connection,
                                     const QString &messageId)
{
    QJsonObject payload = fixture(u"notification_channel_points_custom_reward_redemption_add"
                                  ".payload.json"_s);
    QJsonObject event = payload.value(u"event"_s).toObject();
    for (auto it = eventFields.begin(); it != eventFields.end(); ++it)
        event.insert(it.key(), it.value());
    payload.insert(u"event"_s, event);
    const QString id = messageId.isEmpty() ? newId() : messageId;
    QJsonObject metadataObject = metadata(u"notification"_s, id);
    metadataObject.insert(u"subscription_type"_s, QString::fromLatin1(kRedemptionType));
    metadataObject.insert(u"subscription_version"_s, u"1"_s);
    for (int i = 0; i < connectionCount(); ++i) {
        Connection *c = at(i);
        if (!c->socket || (connection >= 0 && i != connection) || !c->session)
            continue;
        // Only to sessions that subscribed to redemptions; the newest connection of a session.
        bool subscribed = false;
        QString subscriptionId;
        for (auto s = c->session->subscriptions.cbegin(); s != c->session->subscriptions.cend();
             ++s) {
            if (s.value() == QLatin1StringView(kRedemptionType)) {
                subscribed = true;
                subscriptionId = s.key();
            }
        }
        if (!subscribed || (connection < 0 && c->replacedBy >= 0))
            continue;
        QJsonObject subscription = payload.value(u"subscription"_s).toObject();
        subscription.insert(u"id"_s, subscriptionId);
        subscription.insert(
            u"transport"_s,
            QJsonObject{{u"method"_s, u"websocket"_s}, {u"session_id"_s, c->session->id}});
        QJsonObject p = payload;
        p.insert(u"subscription"_s, subscription);
        const QJsonObject message{{u"metadata"_s, metadataObject}, {u"payload"_s, p}};
        m_sent.insert(id, message);
        send(*c, message);
    }
    return id;
}

void FakeEventSub::resend(const QString &messageId, int connection)
{
    if (Connection *c = at(connection); c && m_sent.contains(messageId))
        send(*c, m_sent.value(messageId));
}

void FakeEventSub::sendReconnect(int connection)
{
    Connection *c = at(connection);
    if (!c || !c->session)
        return;
    QJsonObject message = fixture(u"session_reconnect.json"_s);
    message.insert(u"metadata"_s, metadata(u"session_reconnect"_s));
    QJsonObject payload = message.value(u"payload"_s).toObject();
    QJsonObject session = payload.value(u"session"_s).toObject();
    session.insert(u"id"_s, c->session->id);
    QUrl reconnect = url();
    reconnect.setQuery(u"reconnect="_s + c->session->id);
    session.insert(u"reconnect_url"_s, reconnect.toString());
    payload.insert(u"session"_s, session);
    message.insert(u"payload"_s, payload);
    send(*c, message);
}

void FakeEventSub::sendRevocation(int connection, const QString &status)
{
    Connection *c = at(connection);
    if (!c || !c->session)
        return;
    QJsonObject message = fixture(u"revocation.json"_s);
    QJsonObject meta = metadata(u"revocation"_s);
    meta.insert(u"subscription_type"_s, QString::fromLatin1(kRedemptionType));
    meta.insert(u"subscription_version"_s, u"1"_s);
    message.insert(u"metadata"_s, meta);
    QJsonObject payload = message.value(u"payload"_s).toObject();
    QJsonObject subscription = payload.value(u"subscription"_s).toObject();
    subscription.insert(u"status"_s, status);
    subscription.insert(u"type"_s, QString::fromLatin1(kRedemptionType));
    subscription.insert(
        u"transport"_s,
        QJsonObject{{u"method"_s, u"websocket"_s}, {u"session_id"_s, c->session->id}});
    for (auto s = c->session->subscriptions.cbegin(); s != c->session->subscriptions.cend(); ++s)
        subscription.insert(u"id"_s, s.key());
    payload.insert(u"subscription"_s, subscription);
    message.insert(u"payload"_s, payload);
    c->session->subscriptions.clear();
    send(*c, message);
}

void FakeEventSub::sendRaw(const QByteArray &text, int connection)
{
    if (Connection *c = at(connection); c && c->socket)
        c->socket->sendTextMessage(QString::fromUtf8(text));
}

void FakeEventSub::closeConnection(int connection, int code, const QString &reason)
{
    if (Connection *c = at(connection); c && c->socket) {
        c->keepalive.reset();
        c->deadline.reset();
        c->socket->close(QWebSocketProtocol::CloseCode(code), reason);
    }
}

void FakeEventSub::abortConnection(int connection)
{
    if (Connection *c = at(connection); c && c->socket) {
        c->keepalive.reset();
        c->deadline.reset();
        c->socket->abort();
    }
}

int FakeEventSub::openConnectionCount() const
{
    int n = 0;
    for (int i = 0; i < connectionCount(); ++i)
        n += isOpen(i) ? 1 : 0;
    return n;
}

bool FakeEventSub::isOpen(int connection) const
{
    const Connection *c = at(connection);
    return c && c->socket && c->socket->state() == QAbstractSocket::ConnectedState;
}

QString FakeEventSub::sessionId(int connection) const
{
    const Connection *c = at(connection);
    return c && c->session ? c->session->id : QString();
}

QString FakeEventSub::requestPath(int connection) const
{
    const Connection *c = at(connection);
    return c ? c->path : QString();
}

QStringList FakeEventSub::framesFrom(int connection) const
{
    const Connection *c = at(connection);
    return c ? c->frames : QStringList();
}

} // namespace chatvox::test
