#pragma once

#include <functional>
#include <memory>
#include <utility>

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrlQuery>

QT_BEGIN_NAMESPACE
class QJsonDocument;
class QTcpServer;
class QTcpSocket;
class QWebSocketServer;
QT_END_NAMESPACE

namespace chatvox {

// One HTTP request as the server parsed it.
struct HttpRequest
{
    QByteArray method; // "GET", "POST", ... (as sent; methods are case-sensitive)
    QString path; // percent-decoded path, e.g. "/Talk"
    QUrlQuery query; // the query string (read it with QUrl::FullyDecoded)
    QByteArray target; // the request target exactly as sent, e.g. "/Talk?text=%E3%81%82"
    QHash<QByteArray, QByteArray> headers; // names lower-case; repeated headers joined by ", "
    QByteArray body;
    QHostAddress peer;

    // The value of header `lowerCaseName`, or empty.
    QByteArray header(const QByteArray &lowerCaseName) const
    {
        return headers.value(lowerCaseName);
    }
};

// What a handler answers. Content-Length, Connection: close and the CORS header are added by
// the server.
struct HttpResponse
{
    int status = 200;
    QByteArray contentType = "text/plain; charset=utf-8";
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers; // extra headers (values without CR/LF)

    // `document` as compact JSON (application/json; charset=utf-8).
    static HttpResponse json(const QJsonDocument &document, int status = 200);
    // `text` as UTF-8 plain text.
    static HttpResponse text(const QString &text, int status = 200);
};

// A small HTTP/1.1 server on QTcpServer for the local APIs (BouyomiChan HTTP, the overlay page,
// the tc2vv WebSocket port), made to survive bad input: request line and headers, the body, the
// time to send a request, the number of connections and the bytes waiting for a client that does
// not read are all limited; anything out of bounds gets a short error status and the connection
// is closed. Every response carries `Access-Control-Allow-Origin: *` and `Connection: close`;
// OPTIONS (CORS preflight) is answered 204 for every path. WebSocket upgrade requests for a
// registered path are handed, unread, to a QWebSocketServer.
class HttpServer : public QObject
{
    Q_OBJECT
public:
    struct Limits
    {
        qsizetype maxHeaderBytes = 16 * 1024; // request line + headers; beyond: 431
        qsizetype maxBodyBytes = 1024 * 1024; // Content-Length beyond: 413 (body never read)
        int maxConnections = 256; // open HTTP connections; more are answered 503
        int requestTimeoutMs = 10000; // to send the whole request (408), and to take some
                                      // bytes of the response when it waits (dropped)
        qint64 maxPendingWriteBytes = 16 * 1024 * 1024; // response bytes queued per connection;
                                                        // the rest follows as the client reads
    };

    using Handler = std::function<HttpResponse(const HttpRequest &)>;

    explicit HttpServer(QObject *parent = nullptr);
    ~HttpServer() override;

    // Limits for connections accepted from now on.
    void setLimits(const Limits &limits) { m_limits = limits; }
    const Limits &limits() const { return m_limits; }

    // Starts listening; port 0 picks a free port (see serverPort()). False with errorString()
    // when the address cannot be bound (port in use, no such address).
    bool listen(const QHostAddress &address, quint16 port);
    // Stops listening and drops every open HTTP connection (handed-over WebSockets stay).
    void close();
    bool isListening() const;
    quint16 serverPort() const;
    QHostAddress serverAddress() const;
    QString errorString() const { return m_errorString; }

    // `handler` answers `method` requests for exactly `path` (e.g. "/Talk"). HEAD is answered
    // from the GET handler, without the body.
    void route(const QByteArray &method, const QString &path, Handler handler);
    // `handler` answers `method` requests for every path starting with `prefix` (e.g.
    // "/audio/"); exact routes win, then the longest prefix.
    void routePrefix(const QByteArray &method, const QString &prefix, Handler handler);
    // WebSocket upgrade requests for exactly `path` are handed (unread, the handshake still in
    // the socket) to `server`->handleConnection(). `server` is not owned. Upgrade requests for
    // other paths are refused (404).
    void acceptWebSocket(const QString &path, QWebSocketServer *server);

    // HTTP connections open right now (not counting those handed over as WebSockets).
    int connectionCount() const { return int(m_connections.size()); }

Q_SIGNALS:
    // The listening socket failed to accept a connection (e.g. out of file descriptors).
    void error(const QString &message);

private:
    class Connection;
    struct Route
    {
        QByteArray method;
        QString path;
        bool prefix = false;
        Handler handler;
    };

    void acceptConnections();
    void onRequest(Connection *connection, const HttpRequest &request);
    HttpResponse dispatch(const HttpRequest &request) const;
    HttpResponse preflight(const HttpRequest &request) const;
    QList<QByteArray> methodsFor(const QString &path) const;
    const Route *findRoute(const QByteArray &method, const QString &path) const;
    void forget(Connection *connection);

    QTcpServer *m_server;
    Limits m_limits;
    QString m_errorString;
    QList<Route> m_routes;
    QHash<QString, QWebSocketServer *> m_webSockets;
    QList<Connection *> m_connections;
};

// The reason phrase of an HTTP status ("Not Found").
QByteArray httpReasonPhrase(int status);

} // namespace chatvox
