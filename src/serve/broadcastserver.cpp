#include "broadcastserver.h"

#include "serve/httpserver.h"
#include "serve/serveevents.h"
#include "serve/websockethub.h"

#include <QJsonDocument>
#include <QWebSocket>

using namespace Qt::StringLiterals;

namespace chatvox {

namespace {
const QString AudioQueryPath = u"/"_s;
const QString EventsPath = u"/events"_s;
} // namespace

BroadcastServer::BroadcastServer(QObject *parent)
    : QObject(parent)
    , m_http(new HttpServer(this))
    , m_hub(new WebSocketHub(this))
{
    m_hub->attach(m_http, AudioQueryPath);
    m_hub->attach(m_http, EventsPath);
    m_http->route("GET", u"/"_s, [](const HttpRequest &) {
        return HttpResponse::text(
            tr("ChatVox WebSocket broadcast.\n"
               "ws://HOST:PORT/ : one AudioQuery JSON per utterance (tc2vv compatible)\n"
               "ws://HOST:PORT/events : ChatVox events (JSON)\n"));
    });
    connect(m_hub, &WebSocketHub::clientConnected, this,
            [this](QWebSocket *client, const QString &path) {
                if (path == EventsPath)
                    m_hub->send(client,
                                QString::fromUtf8(
                                    QJsonDocument(helloEvent()).toJson(QJsonDocument::Compact)));
            });
    connect(m_hub, &WebSocketHub::clientsChanged, this, &BroadcastServer::clientsChanged);
    connect(m_http, &HttpServer::error, this, &BroadcastServer::error);
}

BroadcastServer::~BroadcastServer() = default;

bool BroadcastServer::listen(const QHostAddress &address, quint16 port)
{
    return m_http->listen(address, port);
}

void BroadcastServer::close()
{
    m_hub->closeAll();
    m_http->close();
}

bool BroadcastServer::isListening() const
{
    return m_http->isListening();
}

quint16 BroadcastServer::serverPort() const
{
    return m_http->serverPort();
}

QString BroadcastServer::errorString() const
{
    return m_http->errorString();
}

void BroadcastServer::sendAudioQuery(const QByteArray &audioQueryJson)
{
    m_hub->broadcast(AudioQueryPath, QString::fromUtf8(audioQueryJson));
}

void BroadcastServer::sendEvent(const QJsonObject &event)
{
    m_hub->broadcast(EventsPath,
                     QString::fromUtf8(QJsonDocument(event).toJson(QJsonDocument::Compact)));
}

int BroadcastServer::clientCount() const
{
    return m_hub->clientCount();
}

void BroadcastServer::setMaxPendingBytes(qint64 bytes)
{
    m_hub->setMaxPendingBytes(bytes);
}

} // namespace chatvox
