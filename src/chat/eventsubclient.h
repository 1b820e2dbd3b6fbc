#pragma once

#include "chat/eventsubprotocol.h"
#include "chat/twitchchatclient.h" // BackoffPolicy
#include "core/redemption.h"

#include <QAbstractSocket>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>
#include <QUrl>

class QNetworkAccessManager;
class QWebSocket;

namespace chatvox {

struct EventSubTimings
{
    // Added to the session's keepalive_timeout_seconds before the link counts as lost.
    int keepaliveGraceMs = 3000;
    // From opening the socket to session_welcome.
    int welcomeTimeoutMs = 15000;
    // Helix refused for a passing reason (429, 5xx, network): ask again after this long.
    // Twitch closes a session without subscription after 10 s, so keep it short.
    int subscribeRetryMs = 2000;
    BackoffPolicy backoff;
};

// Channel-point redemptions over EventSub WebSocket (dev.twitch.tv/docs/eventsub/
// handling-websocket-events): connects, creates the
// channel.channel_points_custom_reward_redemption.add v1 subscription through Helix as soon as
// session_welcome arrives (Twitch closes an unused session after 10 s), watches the keepalive,
// follows session_reconnect (the old socket stays until the new one is welcomed, so nothing is
// lost), reports revocations, and drops repeated message ids. Redemptions come out typed.
//
// The access token, Client ID and broadcaster come from the account (setCredentials); a Helix
// 401 is reported through unauthorized() so that the account refreshes and hands in the new
// token. The token is never logged.
class EventSubClient : public QObject
{
    Q_OBJECT
public:
    enum class State {
        Disconnected, // not started, stopped
        Connecting, // socket opening / waiting for the welcome
        Subscribing, // welcomed; creating the subscription
        Listening, // subscribed: redemptions arrive
        Reconnecting, // waiting for the next attempt
        Failed, // gave up for a reason the user must fix (scope, revoked); see error()
    };
    Q_ENUM(State)

    static QUrl defaultUrl(); // wss://eventsub.wss.twitch.tv/ws
    static QUrl defaultHelixUrl(); // https://api.twitch.tv/helix

    EventSubClient(QNetworkAccessManager *network, const QUrl &url = defaultUrl(),
                   const QUrl &helixUrl = defaultHelixUrl(), QObject *parent = nullptr);
    ~EventSubClient() override;

    QUrl url() const { return m_url; }
    void setUrl(const QUrl &url) { m_url = url; } // next connection
    QUrl helixUrl() const { return m_helixUrl; }
    void setHelixUrl(const QUrl &url) { m_helixUrl = url; }
    void setTimings(const EventSubTimings &timings) { m_timings = timings; }

    // Whose redemptions, with which token. A new token while a subscription waits for one
    // (after unauthorized()) retries at once; another broadcaster starts a new session.
    void setCredentials(const QString &clientId, const QString &accessToken,
                        const QString &broadcasterUserId);
    QString broadcasterUserId() const { return m_broadcasterId; }

    State state() const { return m_state; }
    QString sessionId() const { return m_sessionId; }
    QString lastError() const { return m_lastError; }
    int duplicatesDropped() const { return m_seen.duplicates(); }

public Q_SLOTS:
    void start();
    void stop();

Q_SIGNALS:
    void stateChanged(chatvox::EventSubClient::State state);
    void redemption(const chatvox::Redemption &redemption);
    // Helix answered 401 for this token: refresh it and call setCredentials().
    void unauthorized(const QString &token);
    // Twitch ended the subscription (status e.g. "authorization_revoked", "user_removed").
    void subscriptionRevoked(const QString &status, const QString &userMessage);
    void reconnectScheduled(int delayMs);
    void error(const QString &userMessage); // already translated

private:
    void setState(State state);
    QWebSocket *openSocket(const QUrl &url);
    void connectTo(const QUrl &url);
    void dropSocket(QPointer<QWebSocket> &socket);
    void onText(QWebSocket *socket, const QString &text);
    void onSocketClosed(QWebSocket *socket);
    void handle(QWebSocket *socket, const EventSubMessage &message);
    void onWelcome(QWebSocket *socket, const EventSubMessage &message);
    void onNotification(const EventSubMessage &message);
    void subscribe();
    void connectionLost(const QString &reason);
    void fail(const QString &message);

    QPointer<QNetworkAccessManager> m_network;
    QUrl m_url;
    QUrl m_helixUrl;
    EventSubTimings m_timings;
    QString m_clientId;
    QString m_token;
    QString m_broadcasterId;
    State m_state = State::Disconnected;
    QPointer<QWebSocket> m_socket; // the session's socket
    QPointer<QWebSocket> m_next; // after session_reconnect, until it is welcomed
    QString m_sessionId;
    bool m_subscribed = false;
    bool m_waitingForToken = false;
    int m_unauthorizedInARow = 0;
    QString m_lastError;
    QTimer m_keepaliveTimer;
    QTimer m_welcomeTimer;
    QTimer m_reconnectTimer;
    QTimer m_subscribeRetryTimer;
    int m_keepaliveMs = 10000;
    int m_attempt = 0;
    quint64 m_subscribeGeneration = 0;
    EventSubMessageIds m_seen{1000};
};

} // namespace chatvox
