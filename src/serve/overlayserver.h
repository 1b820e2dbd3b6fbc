#pragma once

#include <utility>

#include <QByteArray>
#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>

namespace chatvox {

class HttpServer;
class WebSocketHub;
struct HttpRequest;
struct HttpResponse;

// HTTP for an OBS browser source, on its own port so the page talks to its own origin:
// - GET "/" and "/overlay": the caption page (Qt resource :/overlay/index.html), and its files
//   from :/overlay/ ("/overlay.css", "/overlay.js", ...);
// - GET "/audio/<id>.wav": the WAV of one of the last MaxStoredAudio utterances (404 otherwise);
// - WebSocket "/events": the ChatVox events, a hello event first.
class OverlayServer : public QObject
{
    Q_OBJECT
public:
    static constexpr int MaxStoredAudio = 16;

    explicit OverlayServer(QObject *parent = nullptr);
    ~OverlayServer() override;

    // Starts listening (port 0: a free port). False with errorString() when it cannot bind.
    bool listen(const QHostAddress &address, quint16 port);
    // Closes every client and stops listening (stored audio is kept).
    void close();
    bool isListening() const;
    quint16 serverPort() const;
    QString errorString() const;

    // Sends `event` (compact JSON) to every "/events" client.
    void sendEvent(const QJsonObject &event);
    // Keeps `wav` as /audio/<id>.wav (the oldest beyond MaxStoredAudio is forgotten); events
    // may then carry "audioUrl": audioPath(id).
    void storeAudio(quint64 id, const QByteArray &wav);
    // "/audio/<id>.wav".
    static QString audioPath(quint64 id);

    int clientCount() const;
    // Unsent bytes a client may have before it is closed (default 8 MB; small in tests).
    void setMaxPendingBytes(qint64 bytes);
    // The HTTP server underneath, e.g. for its limits.
    HttpServer *httpServer() const { return m_http; }

Q_SIGNALS:
    void clientsChanged(int count);
    // Accepting connections failed (e.g. out of file descriptors); the server keeps running.
    void error(const QString &message);

private:
    HttpResponse staticFile(const QString &path) const;
    HttpResponse audio(const HttpRequest &request) const;

    HttpServer *m_http;
    WebSocketHub *m_hub;
    QList<std::pair<quint64, QByteArray>> m_audio; // oldest first
};

} // namespace chatvox
