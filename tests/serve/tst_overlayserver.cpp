// OverlayServer on 127.0.0.1: the page and its files from the Qt resources, the recent WAVs,
// the /events WebSocket.

#include "serve/overlayserver.h"
#include "servetestutil.h"

#include <memory>

#include <QJsonDocument>
#include <QJsonObject>
#include <QWebSocket>

using namespace chatvox;
using namespace chatvox::test;
using namespace Qt::StringLiterals;

class TestOverlayServer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void pageAndAssets_data();
    void pageAndAssets();
    void notFound_data();
    void notFound();
    void onlyGet();
    void audioServedAndEvicted();
    void audioReplacedForSameId();
    void eventsWebSocket();
    void otherWebSocketPathsRefused();

private:
    RawResponse get(const QByteArray &path)
    {
        return exchange(m_server->serverPort(), "GET " + path + " HTTP/1.1\r\nHost: x\r\n\r\n");
    }
    static QByteArray sourceFile(const QString &name)
    {
        QFile file(QStringLiteral(CHATVOX_SOURCE_DIR) + u"/resources/overlay/"_s + name);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
    std::unique_ptr<OverlayServer> m_server;
};

void TestOverlayServer::init()
{
    m_server = std::make_unique<OverlayServer>();
    QVERIFY(m_server->listen(QHostAddress::LocalHost, 0));
}

void TestOverlayServer::cleanup()
{
    m_server.reset();
}

void TestOverlayServer::pageAndAssets_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("contentType");
    QTest::newRow("/") << QByteArray("/") << u"index.html"_s
                       << QByteArray("text/html; charset=utf-8");
    QTest::newRow("/overlay") << QByteArray("/overlay") << u"index.html"_s
                              << QByteArray("text/html; charset=utf-8");
    QTest::newRow("/overlay/") << QByteArray("/overlay/") << u"index.html"_s
                               << QByteArray("text/html; charset=utf-8");
    QTest::newRow("query") << QByteArray("/overlay?audio=1&theme=dark") << u"index.html"_s
                           << QByteArray("text/html; charset=utf-8");
    QTest::newRow("css") << QByteArray("/overlay.css") << u"overlay.css"_s
                         << QByteArray("text/css; charset=utf-8");
    QTest::newRow("js") << QByteArray("/overlay.js") << u"overlay.js"_s
                        << QByteArray("text/javascript; charset=utf-8");
    QTest::newRow("css under /overlay/") << QByteArray("/overlay/overlay.css") << u"overlay.css"_s
                                         << QByteArray("text/css; charset=utf-8");
}

void TestOverlayServer::pageAndAssets()
{
    QFETCH(QByteArray, path);
    QFETCH(QString, file);
    QFETCH(QByteArray, contentType);
    const RawResponse r = get(path);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.header("content-type"), contentType);
    QCOMPARE(r.header("cache-control"), "no-cache");
    const QByteArray expected = sourceFile(file);
    QVERIFY(!expected.isEmpty());
    QCOMPARE(r.body, expected); // the resource is the file in resources/overlay
}

void TestOverlayServer::notFound_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::newRow("missing file") << QByteArray("/missing.js");
    QTest::newRow("dot dot") << QByteArray("/../overlay.js");
    QTest::newRow("encoded dot dot") << QByteArray("/%2e%2e/overlay.js");
    QTest::newRow("hidden") << QByteArray("/.overlay.js");
    QTest::newRow("other resource") << QByteArray("/:/i18n/chatvox_ja.qm");
    QTest::newRow("subdirectory") << QByteArray("/a/overlay.js");
    QTest::newRow("no audio yet") << QByteArray("/audio/1.wav");
    QTest::newRow("audio not a number") << QByteArray("/audio/abc.wav");
    QTest::newRow("audio wrong suffix") << QByteArray("/audio/1.mp3");
    QTest::newRow("audio huge id") << QByteArray("/audio/999999999999999999999999.wav");
}

void TestOverlayServer::notFound()
{
    QFETCH(QByteArray, path);
    const RawResponse r = get(path);
    QCOMPARE(r.status, 404);
}

void TestOverlayServer::onlyGet()
{
    const RawResponse r
        = exchange(m_server->serverPort(), "POST /overlay HTTP/1.1\r\nContent-Length: 0\r\n\r\n");
    QCOMPARE(r.status, 405);
    const RawResponse head = exchange(m_server->serverPort(), "HEAD /overlay.js HTTP/1.1\r\n\r\n");
    QCOMPARE(head.status, 200);
    QCOMPARE(head.header("content-length").toLongLong(), sourceFile(u"overlay.js"_s).size());
    QVERIFY(head.body.isEmpty());
}

void TestOverlayServer::audioServedAndEvicted()
{
    const auto wav = [](quint64 id) -> QByteArray {
        return "RIFF" + QByteArray::number(id) + QByteArray(1000, char(id));
    };
    for (quint64 id = 1; id <= 20; ++id)
        m_server->storeAudio(id, wav(id));
    QCOMPARE(OverlayServer::audioPath(7), u"/audio/7.wav"_s);
    for (quint64 id = 1; id <= 4; ++id)
        QCOMPARE(get(OverlayServer::audioPath(id).toUtf8()).status, 404);
    for (quint64 id = 5; id <= 20; ++id) {
        const RawResponse r = get(OverlayServer::audioPath(id).toUtf8());
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("content-type"), "audio/wav");
        QCOMPARE(r.body, wav(id));
    }
    QCOMPARE(OverlayServer::MaxStoredAudio, 16);
}

void TestOverlayServer::audioReplacedForSameId()
{
    m_server->storeAudio(3, "first");
    m_server->storeAudio(3, "second");
    QCOMPARE(get("/audio/3.wav").body, "second");
    // A replaced id counts once: 15 more keep it.
    for (quint64 id = 100; id < 115; ++id)
        m_server->storeAudio(id, "x");
    QCOMPARE(get("/audio/3.wav").status, 200);
    m_server->storeAudio(115, "x");
    QCOMPARE(get("/audio/3.wav").status, 404);
}

void TestOverlayServer::eventsWebSocket()
{
    QWebSocket client;
    QStringList messages;
    connect(&client, &QWebSocket::textMessageReceived, this,
            [&](const QString &m) { messages.append(m); });
    client.open(QUrl(u"ws://127.0.0.1:%1/events"_s.arg(m_server->serverPort())));
    QTRY_COMPARE(messages.size(), 1);
    const QJsonObject hello = QJsonDocument::fromJson(messages[0].toUtf8()).object();
    QCOMPARE(hello.value(u"type"_s).toString(), u"hello"_s);
    QCOMPARE(hello.value(u"protocol"_s).toInt(), 1);
    QCOMPARE(m_server->clientCount(), 1);
    const QJsonObject playing{{u"type"_s, u"playing"_s},
                              {u"id"_s, 7},
                              {u"text"_s, u"こんにちは"_s},
                              {u"audioUrl"_s, OverlayServer::audioPath(7)}};
    m_server->sendEvent(playing);
    QTRY_COMPARE(messages.size(), 2);
    QCOMPARE(QJsonDocument::fromJson(messages[1].toUtf8()).object(), playing);
    client.close();
    QTRY_COMPARE(m_server->clientCount(), 0);
}

void TestOverlayServer::otherWebSocketPathsRefused()
{
    QWebSocket client;
    QSignalSpy disconnected(&client, &QWebSocket::disconnected);
    QSignalSpy connected(&client, &QWebSocket::connected);
    client.open(QUrl(u"ws://127.0.0.1:%1/"_s.arg(m_server->serverPort())));
    QVERIFY(disconnected.wait(3000));
    QCOMPARE(connected.size(), 0);
    QCOMPARE(m_server->clientCount(), 0);
}

QTEST_GUILESS_MAIN(TestOverlayServer)
#include "tst_overlayserver.moc"
