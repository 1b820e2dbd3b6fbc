#pragma once

#include "serve/bouyomiprotocol.h"

#include <algorithm>
#include <functional>

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QString>

QT_BEGIN_NAMESPACE
class QTcpServer;
QT_END_NAMESPACE

namespace chatvox {

class HttpServer;
struct HttpRequest;
struct HttpResponse;

// A BouyomiChan-compatible endpoint, so that tools written for 棒読みちゃん (comment viewers,
// game plug-ins, scripts) can make ChatVox speak. Two ports, each optional:
// - TCP (BouyomiChan default 50001): the binary commands of bouyomiprotocol.h. Clients send one
//   command per connection and close (the official sample does); the server also reads several
//   commands sent in one go, answers the query commands in order, and closes the connection once
//   everything it received is handled. A connection that sends garbage, announces too much text,
//   sends nothing for tcpTimeoutMs, or does not read its replies is dropped (clientError()).
// - HTTP (BouyomiChan default 50080, on HttpServer): GET /Talk?text=&voice=&volume=&speed=&tone=,
//   /Pause, /Resume, /Skip, /Clear, /GetPause, /GetNowPlaying, /GetTalkTaskCount; paths are
//   case-insensitive (clients send /talk), POST /Talk may carry the parameters as a form body,
//   and ?callback=name wraps the JSON for JSONP.
// What is said and done is up to the app: the server only emits signals, and answers the query
// commands from the state provider.
class BouyomiServer : public QObject
{
    Q_OBJECT
public:
    struct Limits
    {
        qsizetype maxTextBytes = bouyomi::kDefaultMaxTextBytes; // one talk's text (TCP and HTTP)
        int maxTcpConnections = 64; // open TCP connections; more are closed at once
        int tcpTimeoutMs = 10000; // for a connection to send its commands and take the replies
        int maxCommandsPerConnection = 256; // pipelined commands on one TCP connection
        qint64 maxPendingReplyBytes = 64 * 1024; // replies queued for a client that does not read
    };

    explicit BouyomiServer(QObject *parent = nullptr);
    ~BouyomiServer() override;

    // Limits for connections accepted from now on (call before listening for the HTTP ones).
    void setLimits(const Limits &limits);
    const Limits &limits() const { return m_limits; }

    // Both ports; port 0 picks a free one (tcpPort(), httpPort()). On failure neither listens
    // and errorString() says why.
    bool listen(const QHostAddress &address, quint16 tcpPort, quint16 httpPort);
    // One port only.
    bool listenTcp(const QHostAddress &address, quint16 port);
    bool listenHttp(const QHostAddress &address, quint16 port);
    // Stops listening on both ports and drops every open connection.
    void close();

    bool isListeningTcp() const;
    bool isListeningHttp() const;
    quint16 tcpPort() const;
    quint16 httpPort() const;
    QString errorString() const { return m_errorString; }
    int tcpConnectionCount() const { return int(m_connections.size()); }

    // What the query commands answer: paused (GetPause), playing (GetNowPlaying), items waiting
    // (GetTalkTaskCount). An empty function answers false / false / 0.
    void setStateProvider(std::function<bool()> paused, std::function<bool()> playing,
                          std::function<int()> taskCount);

Q_SIGNALS:
    void talk(const chatvox::BouyomiTalk &talk);
    void pause();
    void resume();
    void skip();
    void clear();
    // A client was refused or dropped (bad command, too much text, timeout, ...): translated,
    // names the port and the client address. The server keeps running.
    void clientError(const QString &message);

private:
    class Connection;

    void acceptTcpConnections();
    void forget(Connection *connection);
    // Runs one parsed command; the reply bytes for query commands (empty for the others).
    QByteArray perform(const bouyomi::Packet &packet);
    void emitTalk(const BouyomiTalk &talk);
    HttpResponse answerHttp(const HttpRequest &request);
    void reportClientError(const QString &message);

    bool queryPaused() const { return m_paused && m_paused(); }
    bool queryPlaying() const { return m_playing && m_playing(); }
    int queryTaskCount() const { return m_taskCount ? std::max(0, m_taskCount()) : 0; }

    Limits m_limits;
    QTcpServer *m_tcp;
    HttpServer *m_http;
    QString m_errorString;
    QList<Connection *> m_connections;
    std::function<bool()> m_paused;
    std::function<bool()> m_playing;
    std::function<int()> m_taskCount;
    qint64 m_lastTaskId = 0;
};

} // namespace chatvox
