#include "bouyomiserver.h"

#include "httpserver.h"
#include "logging.h"

#include <algorithm>

#include <QHash>
#include <QJsonDocument>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace chatvox {

namespace {

// Bytes read from a socket at a time: bounds what one feed() adds to the parser's buffer.
constexpr qint64 kReadChunkBytes = 16 * 1024;

QString peerName(const QTcpSocket *socket)
{
    return u"%1:%2"_s.arg(socket->peerAddress().toString()).arg(socket->peerPort());
}

// Form-style decoding as .NET's HttpUtility.UrlDecode (what BouyomiChan uses): '+' is a space,
// then %XX; the bytes are UTF-8.
QString formDecode(QByteArray value)
{
    value.replace('+', ' ');
    return QUrl::fromPercentEncoding(value);
}

// name → value of an "a=1&b=2" query or form body; a repeated name keeps its first value.
QHash<QString, QString> parseForm(QByteArrayView form)
{
    QHash<QString, QString> out;
    for (const QByteArrayView item : QByteArray::fromRawData(form.data(), form.size()).split('&')) {
        if (item.isEmpty())
            continue;
        const qsizetype equals = item.indexOf('=');
        const QString name
            = formDecode(item.first(equals < 0 ? item.size() : equals).toByteArray());
        const QString value
            = equals < 0 ? QString() : formDecode(item.sliced(equals + 1).toByteArray());
        if (!out.contains(name))
            out.insert(name, value);
    }
    return out;
}

// A query parameter as BouyomiChan reads it (int.TryParse): missing or not a number → fallback;
// kept in the int16 range of the TCP protocol so both ports give the same values.
int intParam(const QHash<QString, QString> &params, const QString &name, int fallback)
{
    bool ok = false;
    const int value = params.value(name).trimmed().toInt(&ok);
    return ok ? std::clamp(value, -32768, 32767) : fallback;
}

} // namespace

// One TCP client: its parser, its deadline, and the replies it has not taken yet.
class BouyomiServer::Connection : public QObject
{
public:
    Connection(QTcpSocket *socket, BouyomiServer *server)
        : QObject(server)
        , m_socket(socket)
        , m_server(server)
        , m_parser(server->limits().maxTextBytes)
        , m_peer(peerName(socket))
    {
        socket->setParent(this);
        m_timer.setSingleShot(true);
        m_timer.callOnTimeout(this, [this] {
            if (m_commands == 0 || m_parser.bufferedBytes() > 0)
                drop(BouyomiServer::tr("no complete command within %1 ms")
                         .arg(m_server->limits().tcpTimeoutMs));
            else
                drop(BouyomiServer::tr("the client did not take its replies within %1 ms")
                         .arg(m_server->limits().tcpTimeoutMs));
        });
        m_timer.start(server->limits().tcpTimeoutMs);
        // Bounds what a flooding client costs before readCommands() gets to it.
        socket->setReadBufferSize(4 * kReadChunkBytes);
        connect(socket, &QTcpSocket::readyRead, this, &Connection::readCommands);
        connect(socket, &QTcpSocket::bytesWritten, this, &Connection::checkPendingReplies);
        connect(socket, &QTcpSocket::disconnected, this, &Connection::onDisconnected);
    }

    ~Connection() override
    {
        // The socket would otherwise emit disconnected() into this half-destroyed object.
        m_socket->disconnect(this);
        delete m_socket;
    }

    void abort()
    {
        m_closing = true;
        m_socket->abort();
    }

private:
    void readCommands()
    {
        if (m_closing)
            return;
        const Limits &limits = m_server->limits();
        while (m_socket->bytesAvailable() > 0) {
            const QByteArray chunk = m_socket->read(kReadChunkBytes);
            if (chunk.isEmpty())
                break;
            m_parser.feed(chunk);
            while (auto packet = m_parser.next()) {
                if (++m_commands > limits.maxCommandsPerConnection) {
                    drop(BouyomiServer::tr("more than %1 commands on one connection")
                             .arg(limits.maxCommandsPerConnection));
                    return;
                }
                // perform() emits signals: a slot may close or even delete the server.
                const QPointer<Connection> self(this);
                const QByteArray reply = m_server->perform(*packet);
                if (!self || m_closing)
                    return;
                if (!reply.isEmpty())
                    m_socket->write(reply);
            }
            if (m_parser.hasError()) {
                drop(m_parser.errorString());
                return;
            }
            if (m_socket->bytesToWrite() > limits.maxPendingReplyBytes) {
                drop(BouyomiServer::tr("the client does not read its replies"));
                return;
            }
        }
        // BouyomiChan closes after a command; do the same once nothing partial is left (the
        // replies are sent first).
        if (m_commands > 0 && m_parser.bufferedBytes() == 0) {
            m_closing = true;
            m_socket->disconnectFromHost();
        }
    }

    void onDisconnected()
    {
        if (!m_closing)
            readCommands(); // what arrived with the close
        if (!m_dropped && m_parser.bufferedBytes() > 0) {
            m_dropped = true;
            m_server->reportClientError(
                BouyomiServer::tr("BouyomiChan TCP client %1 closed the connection in the "
                                  "middle of a command (%2 bytes unused)")
                    .arg(m_peer)
                    .arg(m_parser.bufferedBytes()));
        }
        finish();
    }

    void checkPendingReplies()
    {
        if (!m_closing && m_socket->bytesToWrite() > m_server->limits().maxPendingReplyBytes)
            drop(BouyomiServer::tr("the client does not read its replies"));
    }

    void drop(const QString &reason)
    {
        if (m_dropped)
            return;
        m_dropped = true;
        m_server->reportClientError(
            BouyomiServer::tr("BouyomiChan TCP client %1 dropped: %2").arg(m_peer, reason));
        abort();
        finish();
    }

    void finish()
    {
        if (m_finished)
            return;
        m_finished = true;
        m_closing = true;
        m_timer.stop();
        m_socket->disconnect(this);
        m_server->forget(this);
        deleteLater();
    }

    QTcpSocket *m_socket;
    BouyomiServer *m_server;
    bouyomi::StreamParser m_parser;
    QString m_peer;
    QTimer m_timer;
    int m_commands = 0;
    bool m_closing = false;
    bool m_dropped = false;
    bool m_finished = false;
};

BouyomiServer::BouyomiServer(QObject *parent)
    : QObject(parent)
    , m_tcp(new QTcpServer(this))
    , m_http(new HttpServer(this))
{
    m_tcp->setListenBacklogSize(128); // comment viewers open a connection per line, in bursts
    connect(m_tcp, &QTcpServer::newConnection, this, &BouyomiServer::acceptTcpConnections);
    connect(m_tcp, &QTcpServer::acceptError, this, [this](QAbstractSocket::SocketError) {
        qCWarning(lcServe) << "BouyomiChan TCP accept failed:" << m_tcp->errorString();
    });
    const HttpServer::Handler handler
        = [this](const HttpRequest &request) { return answerHttp(request); };
    m_http->routePrefix("GET", u"/"_s, handler);
    m_http->routePrefix("POST", u"/"_s, handler);
    setLimits(m_limits);
}

BouyomiServer::~BouyomiServer()
{
    close();
}

void BouyomiServer::setLimits(const Limits &limits)
{
    m_limits = limits;
    HttpServer::Limits http = m_http->limits();
    // A form body holds the text percent-encoded: up to 3 bytes per byte of text, plus the
    // other parameters.
    http.maxBodyBytes = 3 * limits.maxTextBytes + 1024;
    m_http->setLimits(http);
}

bool BouyomiServer::listen(const QHostAddress &address, quint16 tcpPort, quint16 httpPort)
{
    if (!listenTcp(address, tcpPort))
        return false;
    if (!listenHttp(address, httpPort)) {
        const QString error = m_errorString;
        close();
        m_errorString = error;
        return false;
    }
    return true;
}

bool BouyomiServer::listenTcp(const QHostAddress &address, quint16 port)
{
    m_tcp->close();
    if (!m_tcp->listen(address, port)) {
        m_errorString = tr("Cannot listen for BouyomiChan TCP clients on %1 port %2: %3")
                            .arg(address.toString())
                            .arg(port)
                            .arg(m_tcp->errorString());
        return false;
    }
    m_errorString.clear();
    return true;
}

bool BouyomiServer::listenHttp(const QHostAddress &address, quint16 port)
{
    m_http->close();
    if (!m_http->listen(address, port)) {
        m_errorString = tr("Cannot listen for BouyomiChan HTTP clients on %1 port %2: %3")
                            .arg(address.toString())
                            .arg(port)
                            .arg(m_http->errorString());
        return false;
    }
    m_errorString.clear();
    return true;
}

void BouyomiServer::close()
{
    m_tcp->close();
    m_http->close();
    const QList<Connection *> connections = m_connections;
    for (Connection *connection : connections)
        connection->abort(); // → disconnected → forget()
    for (Connection *connection : std::as_const(m_connections))
        connection->deleteLater();
    m_connections.clear();
}

bool BouyomiServer::isListeningTcp() const
{
    return m_tcp->isListening();
}

bool BouyomiServer::isListeningHttp() const
{
    return m_http->isListening();
}

quint16 BouyomiServer::tcpPort() const
{
    return m_tcp->serverPort();
}

quint16 BouyomiServer::httpPort() const
{
    return m_http->serverPort();
}

void BouyomiServer::setStateProvider(std::function<bool()> paused, std::function<bool()> playing,
                                     std::function<int()> taskCount)
{
    m_paused = std::move(paused);
    m_playing = std::move(playing);
    m_taskCount = std::move(taskCount);
}

void BouyomiServer::acceptTcpConnections()
{
    while (QTcpSocket *socket = m_tcp->nextPendingConnection()) {
        if (m_connections.size() >= m_limits.maxTcpConnections) {
            const QString peer = peerName(socket);
            socket->abort();
            socket->deleteLater();
            reportClientError(tr("BouyomiChan TCP client %1 refused: already %2 connections open")
                                  .arg(peer)
                                  .arg(m_limits.maxTcpConnections));
            continue;
        }
        m_connections.append(new Connection(socket, this));
    }
}

void BouyomiServer::forget(Connection *connection)
{
    m_connections.removeOne(connection);
}

void BouyomiServer::reportClientError(const QString &message)
{
    qCInfo(lcServe).noquote() << message;
    Q_EMIT clientError(message);
}

void BouyomiServer::emitTalk(const BouyomiTalk &talk)
{
    ++m_lastTaskId;
    // Nothing to say: BouyomiChan reads nothing either.
    if (!talk.text.trimmed().isEmpty())
        Q_EMIT this->talk(talk);
}

QByteArray BouyomiServer::perform(const bouyomi::Packet &packet)
{
    using bouyomi::Command;
    switch (packet.command) {
    case Command::Talk:
        emitTalk(packet.talk);
        return {};
    case Command::Pause:
        Q_EMIT pause();
        return {};
    case Command::Resume:
        Q_EMIT resume();
        return {};
    case Command::Skip:
        Q_EMIT skip();
        return {};
    case Command::Clear:
        Q_EMIT clear();
        return {};
    case Command::GetPause:
        return bouyomi::encodeBoolReply(queryPaused());
    case Command::GetNowPlaying:
        return bouyomi::encodeBoolReply(queryPlaying());
    case Command::GetTaskCount:
        return bouyomi::encodeCountReply(queryTaskCount());
    }
    return {};
}

HttpResponse BouyomiServer::answerHttp(const HttpRequest &request)
{
    // Parse the query ourselves from the raw target: BouyomiChan decodes '+' as a space.
    const qsizetype question = request.target.indexOf('?');
    QHash<QString, QString> params;
    if (question >= 0)
        params = parseForm(QByteArrayView(request.target).sliced(question + 1));
    if (request.method == "POST") {
        const QByteArray type = request.header("content-type").toLower();
        if (type.isEmpty() || type.startsWith("application/x-www-form-urlencoded")) {
            const QHash<QString, QString> form = parseForm(request.body);
            for (auto it = form.begin(); it != form.end(); ++it)
                params.insert(it.key(), it.value()); // the body wins over the query
        }
    }

    const QString callback = params.value(u"callback"_s);
    const auto reply = [&](const QJsonObject &object, int status = 200) {
        HttpResponse response = HttpResponse::json(QJsonDocument(object), status);
        if (!callback.isEmpty() && bouyomi::isValidJsonpCallback(callback)) {
            response.contentType = "application/javascript; charset=utf-8";
            response.body = callback.toUtf8() + '(' + response.body + ");";
        }
        return response;
    };
    const auto failure = [&](const QString &message, int status) {
        return reply(QJsonObject{{"Message"_L1, message}}, status);
    };

    const QString path = request.path.toLower();
    if (path == "/talk"_L1) {
        BouyomiTalk talk;
        talk.text = params.value(u"text"_s);
        if (talk.text.toUtf8().size() > m_limits.maxTextBytes)
            return failure(tr("The text is longer than %1 bytes.").arg(m_limits.maxTextBytes), 413);
        talk.voice = intParam(params, u"voice"_s, 0);
        talk.volume = intParam(params, u"volume"_s, -1);
        talk.speed = intParam(params, u"speed"_s, -1);
        talk.tone = intParam(params, u"tone"_s, -1);
        emitTalk(talk);
        return reply(bouyomi::talkReply(m_lastTaskId));
    }
    if (path == "/pause"_L1) {
        Q_EMIT pause();
        return reply(bouyomi::emptyReply());
    }
    if (path == "/resume"_L1) {
        Q_EMIT resume();
        return reply(bouyomi::emptyReply());
    }
    if (path == "/skip"_L1) {
        Q_EMIT skip();
        return reply(bouyomi::emptyReply());
    }
    if (path == "/clear"_L1) {
        Q_EMIT clear();
        return reply(bouyomi::emptyReply());
    }
    if (path == "/getpause"_L1)
        return reply(bouyomi::pauseReply(queryPaused()));
    if (path == "/getnowplaying"_L1)
        return reply(bouyomi::nowPlayingReply(queryPlaying()));
    if (path == "/gettalktaskcount"_L1)
        return reply(bouyomi::taskCountReply(queryTaskCount()));
    return failure(tr("Not found. This is a BouyomiChan-compatible API: /Talk?text=..., /Pause, "
                      "/Resume, /Skip, /Clear, /GetPause, /GetNowPlaying, /GetTalkTaskCount."),
                   404);
}

} // namespace chatvox
