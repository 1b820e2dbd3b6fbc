#pragma once

#include <memory>
#include <vector>

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrl>

class QWebSocket;
class QWebSocketServer;

namespace chatvox {

// An in-process Twitch chat server for tests: a QWebSocketServer on 127.0.0.1 with a random
// port that speaks Twitch IRC like irc-ws.chat.twitch.tv (dev.twitch.tv/docs/irc):
// - CAP REQ → CAP * ACK; NICK → welcome numerics 001-376 (in one frame, as Twitch does);
// - PASS is checked against setAcceptedToken() (anonymous justinfan nicks need none); a wrong
//   token gets "NOTICE * :Login authentication failed" and the connection is closed;
// - JOIN → JOIN echo, 353, 366, USERSTATE, ROOMSTATE; PART → PART echo; PING → PONG.
// Every line each client sends is recorded. Connections are numbered 0, 1, 2... in the order
// they were accepted; "connection = -1" means every open connection.
//
// It depends on nothing of the app (not even its IRC parser), so it cannot share its bugs.
class FakeTwitchIrc : public QObject
{
    Q_OBJECT
public:
    // Listens at once; check isListening().
    explicit FakeTwitchIrc(QObject *parent = nullptr);
    ~FakeTwitchIrc() override;

    bool isListening() const;
    QUrl url() const; // ws://127.0.0.1:<port>
    quint16 port() const;

    // ---- behaviour ----
    // Empty (default): any PASS is accepted. Otherwise PASS must be "oauth:<token>".
    void setAcceptedToken(const QString &token) { m_acceptedToken = token; }
    // Accept new connections and close them at once (a server that keeps failing).
    void setCloseNewConnections(bool close) { m_closeNewConnections = close; }
    // Half-open link: stop answering and sending on these connections but keep the sockets
    // open. What the client sends is still recorded.
    void goSilent(int connection = -1);
    // Sent in one frame after NICK; tests may replace it (e.g. to never welcome).
    void setWelcomeEnabled(bool enabled) { m_welcomeEnabled = enabled; }

    // ---- observation ----
    int connectionCount() const { return int(m_connections.size()); } // accepted so far
    int openConnectionCount() const;
    bool isOpen(int connection) const;
    // Every line the client of this connection sent, without CR/LF, in order.
    QList<QByteArray> linesFrom(int connection) const;
    QList<QByteArray> allLines() const; // of all connections, in arrival order
    QString nick(int connection) const;
    QStringList joinedChannels(int connection) const; // without '#'

    // ---- acting ----
    void sendLine(const QByteArray &line, int connection = -1); // one text frame
    // Several lines in ONE text frame, each terminated by CRLF.
    void sendLines(const QList<QByteArray> &lines, int connection = -1);
    // A binary frame with exactly these bytes (e.g. invalid UTF-8, which a text frame cannot
    // carry).
    void sendBinary(const QByteArray &payload, int connection = -1);
    // Sends to the connections that joined #channel.
    void sendToChannel(const QString &channel, const QByteArray &line);
    void sendPing(const QByteArray &token = "tmi.twitch.tv", int connection = -1);
    void sendReconnect(int connection = -1); // ":tmi.twitch.tv RECONNECT"
    void closeConnections(int connection = -1); // WebSocket close handshake
    void abortConnections(int connection = -1); // drop the TCP connection without a close frame

    // ---- lines as Twitch sends them ----
    static QByteArray escapeTagValue(const QString &value);
    // A PRIVMSG with the usual tags (id, display-name, user-id, tmi-sent-ts, badges, emotes...).
    // extraTags: raw "key=value;key=value" appended to the tags.
    static QByteArray privmsgLine(const QString &channel, const QString &login, const QString &text,
                                  const QString &id, const QByteArray &extraTags = {},
                                  qint64 sentAtMs = 0);
    static QByteArray clearMsgLine(const QString &channel, const QString &login,
                                   const QString &targetMessageId);
    // login empty = whole chat cleared; banDurationSeconds < 0 = permanent ban.
    static QByteArray clearChatLine(const QString &channel, const QString &login = {},
                                    int banDurationSeconds = -1);

Q_SIGNALS:
    void clientConnected(int connection);
    void clientDisconnected(int connection);
    void lineReceived(int connection, const QByteArray &line);
    void channelJoined(int connection, const QString &channel);

private:
    struct Connection;

    void onNewConnection();
    void onFrame(int index, const QByteArray &frame);
    void handleLine(int index, const QByteArray &line);
    void reply(Connection &connection, const QList<QByteArray> &lines);
    QList<Connection *> targets(int connection) const;

    std::unique_ptr<QWebSocketServer> m_server;
    std::vector<std::unique_ptr<Connection>> m_connections;
    QList<QPair<int, QByteArray>> m_allLines;
    QString m_acceptedToken;
    bool m_closeNewConnections = false;
    bool m_welcomeEnabled = true;
};

} // namespace chatvox
