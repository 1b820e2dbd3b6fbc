#include "websockethub.h"

#include "serve/httpserver.h"
#include "serve/logging.h"

#include <QTimer>
#include <QWebSocket>
#include <QWebSocketServer>

using namespace Qt::StringLiterals;

namespace chatvox {

namespace {
// How long a closed client may take to read the close frame before its socket is cut.
constexpr int CloseGraceMs = 2000;
} // namespace

WebSocketHub::WebSocketHub(QObject *parent)
    : QObject(parent)
    , m_server(new QWebSocketServer(u"ChatVox"_s, QWebSocketServer::NonSecureMode, this))
{
    connect(m_server, &QWebSocketServer::newConnection, this, &WebSocketHub::acceptClients);
}

WebSocketHub::~WebSocketHub()
{
    // The clients are children of this hub and die with it; their last signals find nobody.
    disconnect(m_server, nullptr, this, nullptr);
    for (const QList<QWebSocket *> &clients : std::as_const(m_clients)) {
        for (QWebSocket *client : clients)
            client->disconnect(this);
    }
}

void WebSocketHub::attach(HttpServer *http, const QString &path)
{
    m_clients.insert(path, {});
    http->acceptWebSocket(path, m_server);
}

void WebSocketHub::acceptClients()
{
    while (QWebSocket *client = m_server->nextPendingConnection()) {
        client->setParent(this);
        client->setMaxAllowedIncomingFrameSize(MaxIncomingMessageBytes);
        client->setMaxAllowedIncomingMessageSize(MaxIncomingMessageBytes);
        const QString path = client->requestUrl().path();
        auto found = m_clients.find(path.isEmpty() ? u"/"_s : path);
        connect(client, &QWebSocket::disconnected, this, [this, client] { drop(client); });
        if (found == m_clients.end() || clientCount() >= m_maxClients) {
            qCDebug(lcServe) << "refusing WebSocket client on" << path;
            client->close(QWebSocketProtocol::CloseCodePolicyViolated,
                          found == m_clients.end() ? tr("No such path") : tr("Too many clients"));
            QTimer::singleShot(CloseGraceMs, client, &QWebSocket::abort);
            continue;
        }
        found->append(client);
        qCDebug(lcServe) << "WebSocket client on" << found.key() << "from"
                         << client->peerAddress().toString();
        Q_EMIT clientConnected(client, found.key());
        Q_EMIT clientsChanged(clientCount());
    }
}

void WebSocketHub::broadcast(const QString &path, const QString &text)
{
    const QList<QWebSocket *> clients = m_clients.value(path); // sending may drop some
    const qint64 bytes = text.toUtf8().size();
    for (QWebSocket *client : clients)
        sendSized(client, text, bytes);
}

void WebSocketHub::send(QWebSocket *client, const QString &text)
{
    sendSized(client, text, text.toUtf8().size());
}

void WebSocketHub::sendSized(QWebSocket *client, const QString &text, qint64 bytes)
{
    // Checked before sending, so a client never holds much more than the limit.
    if (client->bytesToWrite() + bytes > m_maxPendingBytes) {
        closeSlowClient(client);
        return;
    }
    client->sendTextMessage(text);
}

void WebSocketHub::closeSlowClient(QWebSocket *client)
{
    qCDebug(lcServe) << "closing WebSocket client" << client->peerAddress().toString()
                     << "which does not read," << client->bytesToWrite() << "bytes unsent";
    drop(client);
    client->close(QWebSocketProtocol::CloseCodePolicyViolated, tr("Not reading"));
    QTimer::singleShot(CloseGraceMs, client, &QWebSocket::abort);
}

void WebSocketHub::drop(QWebSocket *client)
{
    bool removed = false;
    for (QList<QWebSocket *> &clients : m_clients)
        removed = clients.removeOne(client) || removed;
    if (client->state() == QAbstractSocket::UnconnectedState)
        client->deleteLater();
    if (removed)
        Q_EMIT clientsChanged(clientCount());
}

void WebSocketHub::closeAll()
{
    const auto all = m_clients;
    for (const QList<QWebSocket *> &clients : all) {
        for (QWebSocket *client : clients) {
            drop(client);
            client->close(QWebSocketProtocol::CloseCodeGoingAway);
            QTimer::singleShot(CloseGraceMs, client, &QWebSocket::abort);
        }
    }
}

int WebSocketHub::clientCount() const
{
    int count = 0;
    for (const QList<QWebSocket *> &clients : m_clients)
        count += int(clients.size());
    return count;
}

int WebSocketHub::clientCount(const QString &path) const
{
    return int(m_clients.value(path).size());
}

} // namespace chatvox
