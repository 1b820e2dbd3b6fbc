#include "httpserver.h"

#include "serve/logging.h"

#include <algorithm>
#include <string_view>

#include <QJsonDocument>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>
#include <QWebSocketServer>

using namespace Qt::StringLiterals;

namespace chatvox {

namespace {

constexpr qint64 WriteChunkBytes = 64 * 1024;
// After an error answer sent before the whole request was read, what the client still sends is
// read and thrown away for a moment before closing: closing a socket with unread data makes the
// kernel send RST, and a client may then lose the answer it has not read yet (Apache's
// "lingering close").
constexpr int LingerMs = 1000;
constexpr qint64 LingerMaxBytes = 256 * 1024;
// Connections the kernel completes before we accept them; a burst beyond it waits for SYN
// retransmission (seconds).
constexpr int ListenBacklog = 1024;

bool isTokenChar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    return std::string_view("!#$%&'*+-.^_`|~").find(c) != std::string_view::npos;
}

bool isToken(QByteArrayView text)
{
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), isTokenChar);
}

bool hasControlChars(QByteArrayView text)
{
    return std::any_of(text.begin(), text.end(), [](char c) {
        const auto u = static_cast<unsigned char>(c);
        return (u < 0x20 && c != '\t') || u == 0x7f;
    });
}

// Parses the request line and the header lines (the block before the blank line, without it).
// Empty on success, otherwise the status to answer.
int parseHead(QByteArrayView head, HttpRequest &request)
{
    qsizetype lineEnd = head.indexOf("\r\n");
    const QByteArrayView requestLine = lineEnd < 0 ? head : head.first(lineEnd);
    const qsizetype sp1 = requestLine.indexOf(' ');
    const qsizetype sp2 = requestLine.lastIndexOf(' ');
    if (sp1 <= 0 || sp2 <= sp1 + 1)
        return 400;
    const QByteArrayView method = requestLine.first(sp1);
    const QByteArrayView target = requestLine.sliced(sp1 + 1, sp2 - sp1 - 1);
    const QByteArrayView version = requestLine.sliced(sp2 + 1);
    if (!isToken(method) || (version != "HTTP/1.1" && version != "HTTP/1.0"))
        return 400;
    if (!target.startsWith('/') || target.contains(' ') || hasControlChars(target))
        return 400;
    request.method = method.toByteArray();
    request.target = target.toByteArray();
    const qsizetype question = target.indexOf('?');
    request.path
        = QUrl::fromPercentEncoding((question < 0 ? target : target.first(question)).toByteArray());
    if (question >= 0)
        request.query = QUrlQuery(QString::fromUtf8(target.sliced(question + 1)));

    while (lineEnd >= 0) {
        const qsizetype start = lineEnd + 2;
        lineEnd = head.indexOf("\r\n", start);
        const QByteArrayView line
            = head.sliced(start, (lineEnd < 0 ? head.size() : lineEnd) - start);
        const qsizetype colon = line.indexOf(':');
        // No obsolete line folding (RFC 9112 5.2) and no space before the colon.
        if (colon <= 0 || !isToken(line.first(colon)))
            return 400;
        const QByteArrayView value = line.sliced(colon + 1).trimmed();
        if (hasControlChars(value))
            return 400;
        const QByteArray name = line.first(colon).toByteArray().toLower();
        QByteArray &stored = request.headers[name];
        if (stored.isEmpty())
            stored = value.toByteArray();
        else if (name == "content-length" && stored != value.toByteArray())
            return 400; // conflicting lengths: a request smuggling attempt
        else if (name != "content-length")
            stored += ", " + value.toByteArray();
    }
    return 0;
}

bool isWebSocketUpgrade(const HttpRequest &request)
{
    return request.header("upgrade").toLower().contains("websocket");
}

} // namespace

// ---------------------------------------------------------------------------------------------
// HttpResponse

HttpResponse HttpResponse::json(const QJsonDocument &document, int status)
{
    HttpResponse response;
    response.status = status;
    response.contentType = "application/json; charset=utf-8";
    response.body = document.toJson(QJsonDocument::Compact);
    return response;
}

HttpResponse HttpResponse::text(const QString &text, int status)
{
    HttpResponse response;
    response.status = status;
    response.body = text.toUtf8();
    return response;
}

QByteArray httpReasonPhrase(int status)
{
    static const QHash<int, QByteArray> phrases = {
        {100, "Continue"},
        {200, "OK"},
        {201, "Created"},
        {204, "No Content"},
        {301, "Moved Permanently"},
        {302, "Found"},
        {304, "Not Modified"},
        {400, "Bad Request"},
        {403, "Forbidden"},
        {404, "Not Found"},
        {405, "Method Not Allowed"},
        {408, "Request Timeout"},
        {409, "Conflict"},
        {411, "Length Required"},
        {413, "Content Too Large"},
        {415, "Unsupported Media Type"},
        {422, "Unprocessable Content"},
        {429, "Too Many Requests"},
        {431, "Request Header Fields Too Large"},
        {500, "Internal Server Error"},
        {501, "Not Implemented"},
        {503, "Service Unavailable"},
    };
    return phrases.value(status, status < 400 ? "OK" : "Error");
}

// ---------------------------------------------------------------------------------------------
// HttpServer::Connection: one accepted socket, from the request to the last byte of the answer.

class HttpServer::Connection : public QObject
{
public:
    Connection(QTcpSocket *socket, const Limits &limits, HttpServer *server)
        : QObject(server)
        , m_server(server)
        , m_socket(socket)
        , m_limits(limits)
    {
        m_socket->setParent(this);
        // Qt buffers at most the header limit while the head is peeked; the kernel holds the rest.
        m_socket->setReadBufferSize(m_limits.maxHeaderBytes);
        m_timer.setSingleShot(true);
        connect(&m_timer, &QTimer::timeout, this, &Connection::onTimeout);
        connect(m_socket, &QTcpSocket::readyRead, this, &Connection::onReadyRead);
        connect(m_socket, &QTcpSocket::bytesWritten, this, [this] {
            if (m_state == State::Writing)
                m_timer.start(m_limits.requestTimeoutMs); // the client takes bytes: give it time
            writeMore();
        });
        connect(m_socket, &QTcpSocket::disconnected, this, &Connection::finish);
        m_timer.start(m_limits.requestTimeoutMs);
        if (m_socket->bytesAvailable() > 0)
            QMetaObject::invokeMethod(this, &Connection::onReadyRead, Qt::QueuedConnection);
    }

    // Sends `response` and closes. headOnly: without the body (HEAD).
    void respond(const HttpResponse &response, bool headOnly = false)
    {
        if (m_state == State::Writing || m_state == State::Lingering || m_state == State::Done)
            return;
        QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' '
            + httpReasonPhrase(response.status) + "\r\n";
        if (response.status != 204 && response.status != 304) {
            head += "Content-Type: " + response.contentType + "\r\n";
            head += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
        }
        head += "Connection: close\r\nAccess-Control-Allow-Origin: *\r\n"
                "X-Content-Type-Options: nosniff\r\n";
        for (const auto &[name, value] : response.headers) {
            if (isToken(name) && !hasControlChars(value))
                head += name + ": " + value + "\r\n";
        }
        head += "\r\n";
        m_socket->write(head);
        m_body = (headOnly || response.status == 204 || response.status == 304) ? QByteArray()
                                                                                : response.body;
        m_written = 0;
        m_lingerAfterWrite = m_lingerAfterWrite || m_socket->bytesAvailable() > 0;
        m_state = State::Writing;
        m_timer.start(m_limits.requestTimeoutMs);
        writeMore();
    }

    // Answers an error status with a short text.
    void fail(int status, const QString &message)
    {
        qCDebug(lcServe) << "HTTP" << status << "to" << m_socket->peerAddress().toString()
                         << message;
        // What the client sent is of no use any more. Linger before closing when it is likely to
        // send more: a body we refused, or a head that filled the buffer.
        m_lingerAfterWrite = status == 413
            || (m_socket->readBufferSize() > 0
                && m_socket->bytesAvailable() >= m_socket->readBufferSize());
        m_socket->skip(m_socket->bytesAvailable());
        respond(HttpResponse::text(message + u'\n', status));
    }

    // Hands the socket, with the handshake still unread, to `server` and forgets it.
    void handOver(QWebSocketServer *server)
    {
        m_state = State::Done;
        m_timer.stop();
        m_socket->disconnect(this);
        m_socket->setReadBufferSize(0); // QWebSocket keeps the socket's setting
        m_socket->setParent(server); // the server deletes it when it disconnects
        QTcpSocket *socket = m_socket;
        m_socket = nullptr;
        m_server->forget(this);
        deleteLater();
        server->handleConnection(socket);
    }

    // Drops the connection at once.
    void abort()
    {
        if (m_socket)
            m_socket->abort();
        finish();
    }

private:
    enum class State { ReadingHead, ReadingBody, Handling, Writing, Lingering, Done };

    void onReadyRead()
    {
        if (!m_socket)
            return;
        if (m_state == State::Lingering) {
            m_lingered += m_socket->skip(m_socket->bytesAvailable());
            if (m_lingered > LingerMaxBytes)
                abort();
            return;
        }
        if (m_state == State::ReadingHead)
            readHead();
        if (m_state == State::ReadingBody)
            readBody();
    }

    void readHead()
    {
        const QByteArray data = m_socket->peek(m_limits.maxHeaderBytes);
        // Blank lines before the request line are allowed (RFC 9112 2.2).
        qsizetype start = 0;
        while (data.sliced(start).startsWith("\r\n"))
            start += 2;
        const qsizetype end = data.indexOf("\r\n\r\n", start);
        if (end < 0) {
            if (data.size() >= m_limits.maxHeaderBytes)
                fail(431, HttpServer::tr("Request header too large"));
            else if (m_socket->state() != QAbstractSocket::ConnectedState)
                abort();
            return;
        }
        const qsizetype headBytes = end + 4;
        HttpRequest request;
        request.peer = m_socket->peerAddress();
        if (const int status
            = parseHead(QByteArrayView(data).sliced(start, end - start), request)) {
            fail(status, HttpServer::tr("Bad request"));
            return;
        }
        if (isWebSocketUpgrade(request)) {
            // Nothing read yet: QWebSocketServer parses the handshake itself.
            m_state = State::Handling;
            m_server->onRequest(this, request);
            return;
        }
        m_socket->skip(headBytes);
        if (request.headers.contains("transfer-encoding")) {
            fail(411,
                 HttpServer::tr("Chunked request bodies are not supported; send Content-Length"));
            return;
        }
        qint64 length = 0;
        if (request.headers.contains("content-length")) {
            const QByteArray value = request.header("content-length");
            bool ok = !value.isEmpty() && value.size() <= 18
                && std::all_of(value.begin(), value.end(),
                               [](char c) { return c >= '0' && c <= '9'; });
            if (ok)
                length = value.toLongLong(&ok);
            if (!ok) {
                fail(400, HttpServer::tr("Bad Content-Length"));
                return;
            }
        }
        if (length > m_limits.maxBodyBytes) {
            fail(413, HttpServer::tr("Request body too large"));
            return;
        }
        if (length > 0 && request.header("expect").toLower() == "100-continue")
            m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
        m_request = std::move(request);
        m_bodyLength = length;
        m_request.body.reserve(length);
        m_socket->setReadBufferSize(qMax<qint64>(WriteChunkBytes, m_limits.maxHeaderBytes));
        m_state = State::ReadingBody;
    }

    void readBody()
    {
        const qint64 missing = m_bodyLength - m_request.body.size();
        if (missing > 0)
            m_request.body += m_socket->read(missing);
        if (m_request.body.size() < m_bodyLength) {
            if (m_socket->state() != QAbstractSocket::ConnectedState)
                abort();
            return;
        }
        m_state = State::Handling;
        const QPointer<Connection> self(this);
        m_server->onRequest(this, m_request);
        if (self && m_state == State::Handling)
            fail(500, HttpServer::tr("No answer"));
    }

    void writeMore()
    {
        if (m_state != State::Writing || !m_socket)
            return;
        const qint64 window = qMax<qint64>(WriteChunkBytes, m_limits.maxPendingWriteBytes);
        while (m_written < m_body.size() && m_socket->bytesToWrite() + WriteChunkBytes <= window) {
            const qint64 chunk = qMin<qint64>(WriteChunkBytes, m_body.size() - m_written);
            m_socket->write(m_body.constData() + m_written, chunk);
            m_written += chunk;
        }
        if (m_written < m_body.size() || m_socket->bytesToWrite() > 0)
            return;
        m_body.clear();
        if (m_lingerAfterWrite) {
            m_state = State::Lingering;
            m_socket->setReadBufferSize(WriteChunkBytes);
            m_timer.start(qMin(LingerMs, m_limits.requestTimeoutMs));
            onReadyRead();
        } else {
            m_state = State::Done;
            m_socket->disconnectFromHost();
        }
    }

    void onTimeout()
    {
        switch (m_state) {
        case State::ReadingHead:
        case State::ReadingBody:
            fail(408, HttpServer::tr("Request timeout"));
            break;
        case State::Writing:
            qCDebug(lcServe) << "dropping" << m_socket->peerAddress().toString()
                             << "which does not read its answer";
            abort();
            break;
        default:
            abort();
            break;
        }
    }

    void finish()
    {
        if (m_finished)
            return;
        m_finished = true;
        m_state = State::Done;
        m_timer.stop();
        m_server->forget(this);
        deleteLater();
    }

    HttpServer *m_server;
    QTcpSocket *m_socket;
    Limits m_limits;
    QTimer m_timer;
    State m_state = State::ReadingHead;
    HttpRequest m_request;
    qint64 m_bodyLength = 0;
    QByteArray m_body;
    qint64 m_written = 0;
    qint64 m_lingered = 0;
    bool m_lingerAfterWrite = false;
    bool m_finished = false;
};

// ---------------------------------------------------------------------------------------------
// HttpServer

HttpServer::HttpServer(QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    m_server->setListenBacklogSize(ListenBacklog);
    connect(m_server, &QTcpServer::newConnection, this, &HttpServer::acceptConnections);
    connect(m_server, &QTcpServer::acceptError, this, [this](QAbstractSocket::SocketError) {
        Q_EMIT error(tr("Cannot accept a connection on port %1: %2")
                         .arg(serverPort())
                         .arg(m_server->errorString()));
    });
}

HttpServer::~HttpServer()
{
    close();
}

bool HttpServer::listen(const QHostAddress &address, quint16 port)
{
    close();
    if (!m_server->listen(address, port)) {
        m_errorString = tr("Cannot listen on %1 port %2: %3")
                            .arg(address.toString())
                            .arg(port)
                            .arg(m_server->errorString());
        return false;
    }
    m_errorString.clear();
    qCDebug(lcServe) << "HTTP server on" << address.toString() << m_server->serverPort();
    return true;
}

void HttpServer::close()
{
    m_server->close();
    const QList<Connection *> connections = m_connections;
    for (Connection *connection : connections)
        connection->abort();
    m_connections.clear();
}

bool HttpServer::isListening() const
{
    return m_server->isListening();
}

quint16 HttpServer::serverPort() const
{
    return m_server->serverPort();
}

QHostAddress HttpServer::serverAddress() const
{
    return m_server->serverAddress();
}

void HttpServer::route(const QByteArray &method, const QString &path, Handler handler)
{
    m_routes.append(Route{method, path, false, std::move(handler)});
}

void HttpServer::routePrefix(const QByteArray &method, const QString &prefix, Handler handler)
{
    m_routes.append(Route{method, prefix, true, std::move(handler)});
}

void HttpServer::acceptWebSocket(const QString &path, QWebSocketServer *server)
{
    m_webSockets.insert(path, server);
}

void HttpServer::acceptConnections()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        if (m_connections.size() >= m_limits.maxConnections) {
            // Over the limit: a short answer, nothing read, nothing kept.
            const QByteArray body = tr("Too many connections").toUtf8() + '\n';
            socket->write("HTTP/1.1 503 Service Unavailable\r\nContent-Type: text/plain; "
                          "charset=utf-8\r\nContent-Length: "
                          + QByteArray::number(body.size())
                          + "\r\nConnection: close\r\nRetry-After: 1\r\n"
                            "Access-Control-Allow-Origin: *\r\n\r\n"
                          + body);
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            socket->disconnectFromHost();
            continue;
        }
        m_connections.append(new Connection(socket, m_limits, this));
    }
}

void HttpServer::forget(Connection *connection)
{
    m_connections.removeOne(connection);
}

void HttpServer::onRequest(Connection *connection, const HttpRequest &request)
{
    if (isWebSocketUpgrade(request)) {
        if (QWebSocketServer *ws = m_webSockets.value(request.path);
            ws && request.method == "GET") {
            connection->handOver(ws);
            return;
        }
        connection->fail(404, tr("No WebSocket at %1").arg(request.path));
        return;
    }
    if (request.method == "OPTIONS") {
        connection->respond(preflight(request));
        return;
    }
    const bool head = request.method == "HEAD" && !findRoute("HEAD", request.path);
    if (head) {
        HttpRequest get = request;
        get.method = "GET";
        connection->respond(dispatch(get), true);
        return;
    }
    connection->respond(dispatch(request));
}

HttpResponse HttpServer::dispatch(const HttpRequest &request) const
{
    if (const Route *route = findRoute(request.method, request.path))
        return route->handler(request);
    const QList<QByteArray> methods = methodsFor(request.path);
    if (methods.isEmpty())
        return HttpResponse::text(tr("Not found") + u'\n', 404);
    HttpResponse response = HttpResponse::text(tr("Method not allowed") + u'\n', 405);
    response.headers.emplaceBack("Allow", methods.join(", "));
    return response;
}

HttpResponse HttpServer::preflight(const HttpRequest &request) const
{
    HttpResponse response;
    response.status = 204;
    QList<QByteArray> methods = methodsFor(request.path);
    if (methods.isEmpty())
        methods = {"GET", "HEAD", "POST", "OPTIONS"};
    response.headers.emplaceBack("Allow", methods.join(", "));
    response.headers.emplaceBack("Access-Control-Allow-Methods", methods.join(", "));
    // Echo the requested headers when they are plain header names; otherwise the common one.
    const QByteArray requested = request.header("access-control-request-headers");
    const QList<QByteArray> names = requested.split(',');
    const bool plain = std::all_of(names.begin(), names.end(),
                                   [](const QByteArray &name) { return isToken(name.trimmed()); });
    response.headers.emplaceBack("Access-Control-Allow-Headers",
                                 plain && !requested.isEmpty() ? requested
                                                               : QByteArray("Content-Type"));
    response.headers.emplaceBack("Access-Control-Max-Age", "600");
    // Chrome's Private Network Access: a public page asking for a local server.
    if (request.header("access-control-request-private-network") == "true")
        response.headers.emplaceBack("Access-Control-Allow-Private-Network", "true");
    return response;
}

QList<QByteArray> HttpServer::methodsFor(const QString &path) const
{
    QList<QByteArray> methods;
    for (const Route &route : m_routes) {
        const bool matches = route.prefix ? path.startsWith(route.path) : path == route.path;
        if (matches && !methods.contains(route.method))
            methods.append(route.method);
    }
    if (methods.contains("GET") && !methods.contains("HEAD"))
        methods.append("HEAD");
    if (!methods.isEmpty())
        methods.append("OPTIONS");
    return methods;
}

const HttpServer::Route *HttpServer::findRoute(const QByteArray &method, const QString &path) const
{
    const Route *best = nullptr;
    for (const Route &route : m_routes) {
        if (route.method != method)
            continue;
        if (!route.prefix && route.path == path)
            return &route;
        if (route.prefix && path.startsWith(route.path)
            && (!best || route.path.size() > best->path.size()))
            best = &route;
    }
    return best;
}

} // namespace chatvox
