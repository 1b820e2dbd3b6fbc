// BroadcastServer with real QWebSocket clients on 127.0.0.1: tc2vv AudioQuery frames on "/",
// ChatVox events on "/events", many clients, a client that never reads, hostile clients.

#include "serve/broadcastserver.h"
#include "serve/httpserver.h"
#include "servetestutil.h"

#include <memory>
#include <vector>

#include <QJsonDocument>
#include <QJsonObject>
#include <QWebSocket>

using namespace chatvox;
using namespace chatvox::test;
using namespace Qt::StringLiterals;

namespace {

// A WebSocket client that keeps every text message it gets.
struct Client
{
    QWebSocket socket;
    QStringList messages;
    Client()
    {
        QObject::connect(&socket, &QWebSocket::textMessageReceived, &socket,
                         [this](const QString &message) { messages.append(message); });
    }
};

// An engine's AudioQuery as it sent it (its spacing kept); moc does not like raw strings here.
const QByteArray AudioQuery
    = "{\"accent_phrases\":[{\"moras\":[{\"text\":\"\xe3\x82\xb3\",\"consonant\":\"k\","
      "\"consonant_length\":0.0556,\"vowel\":\"o\",\"vowel_length\":0.0924,\"pitch\":5.7}],"
      "\"accent\":1,\"pause_mora\":null,\"is_interrogative\":false}], \"speedScale\": 1.25, "
      "\"pitchScale\":0.0,\"intonationScale\":1.0,\"volumeScale\":1.0,\"prePhonemeLength\":0.1,"
      "\"postPhonemeLength\":0.1,\"outputSamplingRate\":24000,\"outputStereo\":false,"
      "\"kana\":\"\xe3\x82\xb3'\"}";

} // namespace

class TestBroadcastServer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void plainGetDescribesPaths();
    void audioQueryFramesArriveExactly();
    void eventsHelloFirst();
    void pathsGetOnlyTheirFrames();
    void fiftyClientsAllReceive();
    void neverReadingClientClosedOthersKeepReceiving();
    void unknownPathRefused();
    void textFromClientsIgnored();
    void oversizedClientMessageClosesThatClient();
    void clientCountFollowsClients();
    void closeDisconnectsClients();

private:
    QUrl url(const QString &path) const
    {
        return QUrl(u"ws://127.0.0.1:%1%2"_s.arg(m_server->serverPort()).arg(path));
    }
    void connectClient(Client &client, const QString &path)
    {
        client.socket.open(url(path));
        QTRY_COMPARE(client.socket.state(), QAbstractSocket::ConnectedState);
    }
    std::unique_ptr<BroadcastServer> m_server;
};

void TestBroadcastServer::init()
{
    m_server = std::make_unique<BroadcastServer>();
    QVERIFY(m_server->listen(QHostAddress::LocalHost, 0));
}

void TestBroadcastServer::cleanup()
{
    m_server.reset();
}

void TestBroadcastServer::plainGetDescribesPaths()
{
    const RawResponse r = exchange(m_server->serverPort(), "GET / HTTP/1.1\r\nHost: x\r\n\r\n");
    QCOMPARE(r.status, 200);
    QVERIFY(r.body.contains("/events"));
    QCOMPARE(r.header("access-control-allow-origin"), "*");
    QCOMPARE(exchange(m_server->serverPort(), "GET /nope HTTP/1.1\r\n\r\n").status, 404);
}

void TestBroadcastServer::audioQueryFramesArriveExactly()
{
    Client client;
    connectClient(client, u"/"_s);
    QTRY_COMPARE(m_server->clientCount(), 1);
    QByteArray second = AudioQuery;
    second.replace("1.25", "1.5");
    m_server->sendAudioQuery(AudioQuery);
    m_server->sendAudioQuery(second);
    QTRY_COMPARE(client.messages.size(), 2);
    QCOMPARE(client.messages[0].toUtf8(), AudioQuery); // byte for byte, spaces and all
    QCOMPARE(client.messages[1].toUtf8(), second);
}

void TestBroadcastServer::eventsHelloFirst()
{
    Client client;
    client.socket.open(url(u"/events"_s));
    QTRY_COMPARE(client.messages.size(), 1);
    const QJsonObject hello = QJsonDocument::fromJson(client.messages[0].toUtf8()).object();
    QCOMPARE(hello.value(u"type"_s).toString(), u"hello"_s);
    QCOMPARE(hello.value(u"app"_s).toString(), u"chatvox"_s);
    QCOMPARE(hello.value(u"version"_s).toString(), QStringLiteral(CHATVOX_VERSION));
    QCOMPARE(hello.value(u"protocol"_s).toInt(), 1);
    const QJsonObject event{{u"type"_s, u"queued"_s}, {u"id"_s, 7}, {u"text"_s, u"こんにちは"_s}};
    m_server->sendEvent(event);
    QTRY_COMPARE(client.messages.size(), 2);
    QCOMPARE(QJsonDocument::fromJson(client.messages[1].toUtf8()).object(), event);
    QVERIFY(!client.messages[1].contains(u'\n')); // compact, one line
}

void TestBroadcastServer::pathsGetOnlyTheirFrames()
{
    Client player;
    Client events;
    connectClient(player, u"/"_s);
    connectClient(events, u"/events"_s);
    QTRY_COMPARE(events.messages.size(), 1); // hello
    m_server->sendAudioQuery(AudioQuery);
    m_server->sendEvent({{u"type"_s, u"done"_s}, {u"id"_s, 1}});
    QTRY_COMPARE(player.messages.size(), 1);
    QTRY_COMPARE(events.messages.size(), 2);
    QCOMPARE(player.messages[0].toUtf8(), AudioQuery);
    QVERIFY(events.messages[1].contains(u"done"_s));
    QTest::qWait(50);
    QCOMPARE(player.messages.size(), 1);
    QCOMPARE(events.messages.size(), 2);
}

void TestBroadcastServer::fiftyClientsAllReceive()
{
    constexpr int Count = 50;
    std::vector<std::unique_ptr<Client>> clients;
    for (int i = 0; i < Count; ++i) {
        clients.push_back(std::make_unique<Client>());
        clients.back()->socket.open(url(u"/"_s));
    }
    QTRY_COMPARE_WITH_TIMEOUT(m_server->clientCount(), Count, 10000);
    QElapsedTimer clock;
    clock.start();
    const QByteArray big = AudioQuery + QByteArray(200 * 1024, ' '); // a long text's AudioQuery
    m_server->sendAudioQuery(big);
    const qint64 sendUs = clock.nsecsElapsed() / 1000;
    for (const auto &client : clients)
        QTRY_COMPARE_WITH_TIMEOUT(client->messages.size(), 1, 10000);
    const qint64 allMs = clock.elapsed();
    for (const auto &client : clients)
        QCOMPARE(client->messages[0].toUtf8(), big);
    qInfo("one 200 KB frame to %d clients: sendAudioQuery returned after %lld us, all received "
          "after %lld ms",
          Count, sendUs, allMs);
    QVERIFY2(sendUs < 500000, QByteArray::number(sendUs)); // never waits for the clients
}

void TestBroadcastServer::neverReadingClientClosedOthersKeepReceiving()
{
    m_server->setMaxPendingBytes(512 * 1024);
    // A raw WebSocket client: the handshake by hand, then it never reads a byte.
    QTcpSocket stuck;
    stuck.setReadBufferSize(1024); // Qt stops reading from the kernel once 1 KB waits
    stuck.connectToHost(QHostAddress::LocalHost, m_server->serverPort());
    stuck.write("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n");
    QTRY_COMPARE(m_server->clientCount(), 1);
    Client good;
    connectClient(good, u"/"_s);
    QTRY_COMPARE(m_server->clientCount(), 2);
    QSignalSpy changed(m_server.get(), &BroadcastServer::clientsChanged);

    const QByteArray frame = AudioQuery + QByteArray(64 * 1024, ' ');
    int sent = 0;
    // Kernel buffers take some MB first; then the server's queue passes the limit.
    while (m_server->clientCount() == 2 && sent < 1000) {
        m_server->sendAudioQuery(frame);
        ++sent;
        QTRY_COMPARE_WITH_TIMEOUT(good.messages.size(), sent, 5000); // the reader keeps up
    }
    QCOMPARE(m_server->clientCount(), 1);
    QVERIFY(!changed.isEmpty());
    QCOMPARE(changed.last().first().toInt(), 1);
    qInfo("the client that never reads was closed after %d frames of 64 KB", sent);
    for (int i = 0; i < 5; ++i)
        m_server->sendAudioQuery(AudioQuery);
    QTRY_COMPARE(good.messages.size(), sent + 5);
    QCOMPARE(good.messages.last().toUtf8(), AudioQuery);
    QCOMPARE(good.socket.state(), QAbstractSocket::ConnectedState);
}

void TestBroadcastServer::unknownPathRefused()
{
    QWebSocket client;
    QSignalSpy disconnected(&client, &QWebSocket::disconnected);
    QSignalSpy connected(&client, &QWebSocket::connected);
    client.open(url(u"/nope"_s));
    QVERIFY(disconnected.wait(3000));
    QCOMPARE(connected.size(), 0);
    QCOMPARE(m_server->clientCount(), 0);
}

void TestBroadcastServer::textFromClientsIgnored()
{
    Client client;
    connectClient(client, u"/events"_s);
    QTRY_COMPARE(client.messages.size(), 1);
    client.socket.sendTextMessage(u"{\"type\":\"skip\"}"_s);
    client.socket.sendBinaryMessage(QByteArray(1000, '\x01'));
    client.socket.sendTextMessage(u"not json"_s);
    QTest::qWait(100);
    QCOMPARE(client.socket.state(), QAbstractSocket::ConnectedState);
    QCOMPARE(client.messages.size(), 1); // nothing echoed, nothing broken
    m_server->sendEvent({{u"type"_s, u"cleared"_s}});
    QTRY_COMPARE(client.messages.size(), 2);
}

void TestBroadcastServer::oversizedClientMessageClosesThatClient()
{
    Client other;
    connectClient(other, u"/"_s);
    Client flooder;
    connectClient(flooder, u"/"_s);
    QTRY_COMPARE(m_server->clientCount(), 2);
    QSignalSpy closed(&flooder.socket, &QWebSocket::disconnected);
    flooder.socket.sendTextMessage(QString(100 * 1024, u'x')); // over 64 KB
    QVERIFY(closed.wait(5000));
    QCOMPARE(flooder.socket.closeCode(), QWebSocketProtocol::CloseCodeTooMuchData);
    QTRY_COMPARE(m_server->clientCount(), 1);
    m_server->sendAudioQuery(AudioQuery);
    QTRY_COMPARE(other.messages.size(), 1);
}

void TestBroadcastServer::clientCountFollowsClients()
{
    QSignalSpy changed(m_server.get(), &BroadcastServer::clientsChanged);
    auto a = std::make_unique<Client>();
    auto b = std::make_unique<Client>();
    connectClient(*a, u"/"_s);
    connectClient(*b, u"/events"_s);
    QTRY_COMPARE(m_server->clientCount(), 2);
    a->socket.close();
    QTRY_COMPARE(m_server->clientCount(), 1);
    b->socket.abort();
    QTRY_COMPARE(m_server->clientCount(), 0);
    QCOMPARE(changed.size(), 4);
    QCOMPARE(changed.last().first().toInt(), 0);
}

void TestBroadcastServer::closeDisconnectsClients()
{
    Client client;
    connectClient(client, u"/"_s);
    QTRY_COMPARE(m_server->clientCount(), 1);
    QSignalSpy disconnected(&client.socket, &QWebSocket::disconnected);
    m_server->close();
    QCOMPARE(m_server->clientCount(), 0);
    QVERIFY(disconnected.wait(3000));
    QVERIFY(!m_server->isListening());
    // And it listens again.
    QVERIFY(m_server->listen(QHostAddress::LocalHost, 0));
    Client again;
    connectClient(again, u"/"_s);
    QTRY_COMPARE(m_server->clientCount(), 1);
}

QTEST_GUILESS_MAIN(TestBroadcastServer)
#include "tst_broadcastserver.moc"
