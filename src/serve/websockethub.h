#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

QT_BEGIN_NAMESPACE
class QWebSocket;
class QWebSocketServer;
QT_END_NAMESPACE

namespace chatvox {

class HttpServer;

// The WebSocket clients of one or more paths of an HttpServer, and text sent to every client of
// a path without ever blocking the event loop: a client whose unsent bytes would pass
// maxPendingBytes() (it does not read) is closed with 1008 and forgotten. What clients send is
// read and thrown away (messages over 64 KB close them).
class WebSocketHub : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 DefaultMaxPendingBytes = 8 * 1024 * 1024;
    static constexpr qint64 MaxIncomingMessageBytes = 64 * 1024;
    static constexpr int DefaultMaxClients = 256;

    explicit WebSocketHub(QObject *parent = nullptr);
    ~WebSocketHub() override;

    // WebSocket upgrades for `path` on `http` come to this hub (http is not owned).
    void attach(HttpServer *http, const QString &path);

    // Unsent bytes a client may have before it is closed (default 8 MB).
    void setMaxPendingBytes(qint64 bytes) { m_maxPendingBytes = bytes; }
    qint64 maxPendingBytes() const { return m_maxPendingBytes; }
    // Clients over all paths; more are closed right after the handshake (1008).
    void setMaxClients(int count) { m_maxClients = count; }

    // Sends `text` to every client of `path`.
    void broadcast(const QString &path, const QString &text);
    // Sends `text` to one client (the same pending-bytes rule applies).
    void send(QWebSocket *client, const QString &text);
    // Closes every client (1001 going away).
    void closeAll();

    int clientCount() const;
    int clientCount(const QString &path) const;

Q_SIGNALS:
    // A client finished its handshake on `path`; what is sent to it here comes first.
    void clientConnected(QWebSocket *client, const QString &path);
    // The number of clients over all paths changed.
    void clientsChanged(int count);

private:
    void acceptClients();
    void sendSized(QWebSocket *client, const QString &text, qint64 bytes);
    void drop(QWebSocket *client);
    void closeSlowClient(QWebSocket *client);

    QWebSocketServer *m_server;
    QHash<QString, QList<QWebSocket *>> m_clients; // path → clients
    qint64 m_maxPendingBytes = DefaultMaxPendingBytes;
    int m_maxClients = DefaultMaxClients;
};

} // namespace chatvox
