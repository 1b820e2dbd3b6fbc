#include "overlayserver.h"

#include "serve/httpserver.h"
#include "serve/serveevents.h"
#include "serve/websockethub.h"

#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QWebSocket>

using namespace Qt::StringLiterals;

namespace chatvox {

namespace {

const QString EventsPath = u"/events"_s;
const QString ResourceDir = u":/overlay/"_s;

QByteArray contentTypeFor(const QString &fileName)
{
    static const QList<std::pair<QString, QByteArray>> types = {
        {u".html"_s, "text/html; charset=utf-8"},
        {u".css"_s, "text/css; charset=utf-8"},
        {u".js"_s, "text/javascript; charset=utf-8"},
        {u".json"_s, "application/json; charset=utf-8"},
        {u".svg"_s, "image/svg+xml"},
        {u".png"_s, "image/png"},
        {u".woff2"_s, "font/woff2"},
        {u".wav"_s, "audio/wav"},
    };
    for (const auto &[suffix, type] : types) {
        if (fileName.endsWith(suffix))
            return type;
    }
    return "application/octet-stream";
}

} // namespace

OverlayServer::OverlayServer(QObject *parent)
    : QObject(parent)
    , m_http(new HttpServer(this))
    , m_hub(new WebSocketHub(this))
{
    m_hub->attach(m_http, EventsPath);
    m_http->route("GET", u"/"_s,
                  [this](const HttpRequest &) { return staticFile(u"index.html"_s); });
    m_http->route("GET", u"/overlay"_s,
                  [this](const HttpRequest &) { return staticFile(u"index.html"_s); });
    // "/overlay.css", and "/overlay/overlay.css" for a page opened as "/overlay/".
    m_http->routePrefix("GET", u"/"_s, [this](const HttpRequest &request) {
        QString name = request.path.mid(1);
        if (name.startsWith(u"overlay/"_s))
            name = name.mid(8);
        return staticFile(name.isEmpty() ? u"index.html"_s : name);
    });
    m_http->routePrefix("GET", u"/audio/"_s,
                        [this](const HttpRequest &request) { return audio(request); });
    connect(m_hub, &WebSocketHub::clientConnected, this, [this](QWebSocket *client) {
        m_hub->send(client,
                    QString::fromUtf8(QJsonDocument(helloEvent()).toJson(QJsonDocument::Compact)));
    });
    connect(m_hub, &WebSocketHub::clientsChanged, this, &OverlayServer::clientsChanged);
    connect(m_http, &HttpServer::error, this, &OverlayServer::error);
}

OverlayServer::~OverlayServer() = default;

bool OverlayServer::listen(const QHostAddress &address, quint16 port)
{
    return m_http->listen(address, port);
}

void OverlayServer::close()
{
    m_hub->closeAll();
    m_http->close();
}

bool OverlayServer::isListening() const
{
    return m_http->isListening();
}

quint16 OverlayServer::serverPort() const
{
    return m_http->serverPort();
}

QString OverlayServer::errorString() const
{
    return m_http->errorString();
}

void OverlayServer::sendEvent(const QJsonObject &event)
{
    m_hub->broadcast(EventsPath,
                     QString::fromUtf8(QJsonDocument(event).toJson(QJsonDocument::Compact)));
}

void OverlayServer::storeAudio(quint64 id, const QByteArray &wav)
{
    m_audio.removeIf([id](const auto &entry) { return entry.first == id; });
    m_audio.append({id, wav});
    while (m_audio.size() > MaxStoredAudio)
        m_audio.removeFirst();
}

QString OverlayServer::audioPath(quint64 id)
{
    return u"/audio/%1.wav"_s.arg(id);
}

int OverlayServer::clientCount() const
{
    return m_hub->clientCount();
}

void OverlayServer::setMaxPendingBytes(qint64 bytes)
{
    m_hub->setMaxPendingBytes(bytes);
}

HttpResponse OverlayServer::staticFile(const QString &name) const
{
    // Plain file names of the page only: no "..", no hidden files, no other resources.
    static const QRegularExpression plainName(u"^[A-Za-z0-9_-][A-Za-z0-9_.-]*$"_s);
    QFile file(ResourceDir + name);
    if (!plainName.match(name).hasMatch() || name.contains(u".."_s)
        || !file.open(QIODevice::ReadOnly))
        return HttpResponse::text(tr("Not found") + u'\n', 404);
    HttpResponse response;
    response.contentType = contentTypeFor(name);
    response.body = file.readAll();
    response.headers.emplaceBack("Cache-Control", "no-cache");
    return response;
}

HttpResponse OverlayServer::audio(const HttpRequest &request) const
{
    static const QRegularExpression audioName(u"^/audio/([0-9]{1,20})\\.wav$"_s);
    const QRegularExpressionMatch match = audioName.match(request.path);
    bool ok = false;
    const quint64 id = match.hasMatch() ? match.captured(1).toULongLong(&ok) : 0;
    for (const auto &[storedId, wav] : m_audio) {
        if (ok && storedId == id) {
            HttpResponse response;
            response.contentType = "audio/wav";
            response.body = wav;
            response.headers.emplaceBack("Cache-Control", "no-store");
            return response;
        }
    }
    return HttpResponse::text(tr("No such audio") + u'\n', 404);
}

} // namespace chatvox
