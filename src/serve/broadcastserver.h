#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QJsonObject>
#include <QObject>
#include <QString>

namespace chatvox {

class HttpServer;
class WebSocketHub;

// The tc2vv-compatible WebSocket broadcast, on one port:
// - "/": tc2vv players; every frame is exactly one AudioQuery JSON text as the engine returned
//   it, with ChatVox's speed/pitch/intonation/volume applied (the player synthesizes it);
// - "/events": ChatVox events (queued, playing, done, ...), a hello event first.
// Plain HTTP GET "/" answers a short text saying what the paths are. A client that does not
// read is closed (1008) once it has more than maxPendingBytes() unsent.
class BroadcastServer : public QObject
{
    Q_OBJECT
public:
    explicit BroadcastServer(QObject *parent = nullptr);
    ~BroadcastServer() override;

    // Starts listening (port 0: a free port). False with errorString() when it cannot bind.
    bool listen(const QHostAddress &address, quint16 port);
    // Closes every client and stops listening.
    void close();
    bool isListening() const;
    quint16 serverPort() const;
    QString errorString() const;

    // Sends `audioQueryJson` as it is, one text frame, to every "/" client.
    void sendAudioQuery(const QByteArray &audioQueryJson);
    // Sends `event` (compact JSON) to every "/events" client.
    void sendEvent(const QJsonObject &event);

    // Clients on both paths.
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
    HttpServer *m_http;
    WebSocketHub *m_hub;
};

} // namespace chatvox
