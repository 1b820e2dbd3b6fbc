#pragma once

#include <memory>
#include <vector>

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

class QWebSocket;
class QWebSocketServer;

namespace chatvox::test {

// An in-process EventSub WebSocket server (QWebSocketServer on 127.0.0.1) speaking
// wss://eventsub.wss.twitch.tv/ws (dev.twitch.tv/docs/eventsub/handling-websocket-events) with the
// messages of tests/data/twitch/eventsub:
// - every new connection gets session_welcome (a new session id, keepalive_timeout_seconds);
//   a connection to a reconnect URL takes over that session and its subscriptions;
// - session_keepalive every keepaliveIntervalMs while nothing else was sent;
// - no subscription within subscribeDeadlineMs of the welcome → close 4003 "connection unused";
// - anything the client sends → close 4001 (clients must not send);
// - notifications go only to sessions that subscribed to their type (addSubscription, which
//   FakeHelix's subscriptionCreated feeds).
// Connections are numbered 0, 1, 2... in the order they were accepted.
class FakeEventSub : public QObject
{
    Q_OBJECT
public:
    static constexpr const char *kRedemptionType
        = "channel.channel_points_custom_reward_redemption.add";

    explicit FakeEventSub(QObject *parent = nullptr);
    ~FakeEventSub() override;

    bool isListening() const;
    QUrl url() const; // ws://127.0.0.1:<port>/ws

    // ---- behaviour ----
    void setKeepaliveTimeoutSeconds(int seconds) { m_keepaliveTimeoutS = seconds; } // welcome
    void setKeepaliveIntervalMs(int ms) { m_keepaliveIntervalMs = ms; } // 0 = none
    void setSubscribeDeadlineMs(int ms) { m_subscribeDeadlineMs = ms; } // 0 = none
    // After the welcome on a reconnect URL, close the old connection (as Twitch does).
    void setCloseOldAfterReconnect(bool close) { m_closeOldAfterReconnect = close; }
    // Stop sending anything (keepalives included) on this connection; the socket stays open.
    void goSilent(int connection);
    void addSubscription(const QString &sessionId, const QString &type, const QString &id);
    bool hasSession(const QString &sessionId) const;

    // ---- acting ----
    // A redemption notification (the fixture's event with these fields replaced) to every
    // session subscribed to redemptions, or only to `connection`. Returns its message_id.
    QString sendRedemption(const QJsonObject &eventFields = {}, int connection = -1,
                           const QString &messageId = {});
    // The same message again (Twitch may deliver twice).
    void resend(const QString &messageId, int connection);
    void sendReconnect(int connection); // session_reconnect with a reconnect URL to us
    void sendRevocation(int connection,
                        const QString &status = QStringLiteral("authorization_revoked"));
    void sendRaw(const QByteArray &text, int connection);
    void closeConnection(int connection, int code = 1000, const QString &reason = {});
    void abortConnection(int connection);

    // ---- observation ----
    int connectionCount() const { return int(m_connections.size()); }
    int openConnectionCount() const;
    bool isOpen(int connection) const;
    QString sessionId(int connection) const;
    QString requestPath(int connection) const; // path + query the client opened
    QStringList framesFrom(int connection) const; // what the client sent (should be nothing)
    static QJsonObject fixture(const QString &name);

Q_SIGNALS:
    void clientConnected(int connection);
    void clientDisconnected(int connection);
    void welcomed(int connection, const QString &sessionId);

private:
    struct Connection;
    struct Session;
    void onNewConnection();
    void send(Connection &connection, const QJsonObject &message);
    QJsonObject metadata(const QString &type, const QString &messageId = {}) const;
    Connection *at(int connection) const;

    std::unique_ptr<QWebSocketServer> m_server;
    std::vector<std::unique_ptr<Connection>> m_connections;
    std::vector<std::unique_ptr<Session>> m_sessions;
    QHash<QString, QJsonObject> m_sent; // message id → message
    int m_keepaliveTimeoutS = 10;
    int m_keepaliveIntervalMs = 0;
    int m_subscribeDeadlineMs = 0;
    bool m_closeOldAfterReconnect = true;
};

} // namespace chatvox::test
