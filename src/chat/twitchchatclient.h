#pragma once

#include "chat/chateventsource.h"

#include <QAbstractSocket>
#include <QPointer>
#include <QString>
#include <QTimer>
#include <QUrl>

class QWebSocket;

namespace chatvox {

// Exponential reconnect backoff: min, 2·min, 4·min, ... capped at max, each spread by ±jitter.
struct BackoffPolicy
{
    int minMs = 1000;
    int maxMs = 30000;
    double jitter = 0.2; // fraction: 0.2 = ±20 %
};

// Delay before reconnect attempt number `attempt` (0 = first after a loss).
// unitRandom in [0, 1) picks the jitter (0.5 = none). Never negative, never above maxMs.
int backoffDelayMs(const BackoffPolicy &policy, int attempt, double unitRandom);

struct TwitchChatTimings
{
    // Send "PING :tmi.twitch.tv" after this long without any incoming data (Twitch itself
    // PINGs about every 5 minutes; a dead TCP link can stay silent far longer).
    int idlePingMs = 60'000;
    // No data at all this long after our PING: the connection is half-open; drop it.
    int pongTimeoutMs = 10'000;
    // From opening the socket to the server's welcome (001).
    int handshakeTimeoutMs = 20'000;
    BackoffPolicy backoff;
};

// Reads one Twitch channel over the IRC WebSocket (dev.twitch.tv/docs/irc): handshake,
// anonymous or token login, JOIN, PING/PONG, keepalive, RECONNECT and reconnect with backoff.
// Chat lines come out through the ChatEventSource signals.
class TwitchChatClient : public ChatEventSource
{
    Q_OBJECT
public:
    enum class State {
        Disconnected, // not started, stopped, or given up (authentication failed)
        Connecting, // socket opening or waiting for the welcome
        Connected, // logged in (001), channel not joined (yet)
        Joined, // the server confirmed our JOIN
        Reconnecting, // waiting for the next attempt (see reconnectScheduled)
    };
    Q_ENUM(State)

    static QUrl defaultUrl(); // wss://irc-ws.chat.twitch.tv:443
    // Largest message (frame payload) accepted from the server; bigger ones close the socket.
    static constexpr qint64 kDefaultMaxIncomingMessageBytes = 4 * 1024 * 1024;

    explicit TwitchChatClient(const QUrl &url = defaultUrl(), QObject *parent = nullptr);
    ~TwitchChatClient() override;

    QUrl url() const { return m_url; }
    // Takes effect at the next connection.
    void setUrl(const QUrl &url) { m_url = url; }

    // "Name", "#name" → "name". A change while connected PARTs the old channel and JOINs the new
    // one on the live connection. Empty = no channel. Returns false (and changes nothing) for a
    // name that is not a Twitch login ([a-z0-9_], 1-25 characters).
    bool setChannel(const QString &channel);
    QString channel() const { return m_channel; }

    // Login name and OAuth token ("oauth:" prefix optional); both empty = anonymous. Takes effect
    // at the next connection. Returns false (and changes nothing) for a malformed login or a
    // token with characters that cannot be sent on an IRC line. The token is never logged.
    bool setCredentials(const QString &login, const QString &token);
    bool isAnonymous() const { return m_token.isEmpty(); }
    // The nick of the current (or last) connection, e.g. "justinfan12345" when anonymous.
    QString nick() const { return m_nick; }

    void setTimings(const TwitchChatTimings &timings);
    TwitchChatTimings timings() const { return m_timings; }
    void setMaxIncomingMessageBytes(qint64 bytes);

    State state() const { return m_state; }

    // Logged-in mode only: says `text` in the joined channel (PRIVMSG), as a reply to
    // `replyToMessageId` when given (IRCv3 reply-parent-msg-id). Line breaks become spaces and
    // the text is cut at 500 characters (Twitch's limit). At most kMaxMessagesPer30s go out per
    // 30 s (Twitch's limit for a normal account); more are dropped with a warning. Returns false
    // when nothing was sent (anonymous, not joined, empty, rate limit).
    static constexpr int kMaxMessagesPer30s = 20;
    bool sendMessage(const QString &text, const QString &replyToMessageId = QString());
    bool canSend() const { return !isAnonymous() && m_state == State::Joined; }

public Q_SLOTS:
    // Connects (no-op unless Disconnected). Keeps reconnecting until stop() or an
    // authentication failure.
    void start();
    // Closes the connection and cancels any pending reconnect.
    void stop();

Q_SIGNALS:
    void stateChanged(chatvox::TwitchChatClient::State state);
    void reconnectScheduled(int delayMs);
    // Something the user should read (already translated); the client goes on by itself.
    void error(const QString &userMessage);
    // Twitch refused the token. The client stops (no reconnect storm); log in again, then start().
    void authenticationFailed();
    void joined(const QString &channel);

protected:
    void handleProtocolMessage(const IrcMessage &message, qint64 receivedNs) override;

private:
    void setState(State state);
    void openSocket();
    void dropSocket();
    void onSocketConnected();
    void onSocketDisconnected();
    void onSocketError(QAbstractSocket::SocketError socketError);
    void onFrame(const QByteArray &frame, qint64 receivedNs);
    void onIdleTimeout();
    void connectionLost(const QString &reason);
    void scheduleReconnect(int delayMs);
    void sendLine(const QByteArray &line);
    void sendJoin();

    QUrl m_url;
    QString m_channel;
    QString m_joinedChannel; // channel of the last JOIN sent on this connection
    QString m_login;
    QString m_token;
    QString m_nick;
    TwitchChatTimings m_timings;
    qint64 m_maxIncomingMessageBytes = kDefaultMaxIncomingMessageBytes;
    State m_state = State::Disconnected;
    QPointer<QWebSocket> m_socket;
    QTimer m_idleTimer;
    QTimer m_pongTimer;
    QTimer m_handshakeTimer;
    QTimer m_reconnectTimer;
    int m_attempt = 0; // failed attempts since the last successful JOIN
    QList<qint64> m_sentAtMs; // our PRIVMSGs of the last 30 s (rate limit)
    bool m_socketConnected = false; // the current socket got through the WebSocket handshake
};

} // namespace chatvox
