// HttpServer against raw sockets on 127.0.0.1: routing, CORS, and bad or hostile clients
// (garbage, huge headers and bodies, idle connections by the thousand, clients that never read).

#include "serve/httpserver.h"
#include "servetestutil.h"

#include <memory>
#include <vector>

#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTimer>
#include <QWebSocket>
#include <QWebSocketServer>

using namespace chatvox;
using namespace chatvox::test;
using namespace Qt::StringLiterals;

class TestHttpServer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void routeWithDecodedQuery();
    void postBodyReachesHandler();
    void expectContinue();
    void jsonResponse();
    void notFound();
    void methodNotAllowedListsMethods();
    void prefixRoutesLongestWins();
    void headAnswersWithoutBody();
    void corsOnEveryResponse();
    void optionsPreflight();
    void extraHeadersWithNewlinesDropped();
    void badRequest_data();
    void badRequest();
    void chunkedBodyRefused();
    void truncatedRequestTimesOut_data();
    void truncatedRequestTimesOut();
    void clientGoneMidRequest();
    void headerTooLarge();
    void bodyTooLargeAnsweredBeforeBody();
    void bodyAtLimitAccepted();
    void thousandIdleConnections();
    void largeResponseToReadingClient();
    void neverReadingClientsDroppedMemoryBounded();
    void webSocketHandedOverUnread();
    void webSocketUnknownPathRefused();
    void listenOnBusyPortFails();
    void closeDropsConnections();

private:
    quint16 port() const { return m_server->serverPort(); }
    std::unique_ptr<HttpServer> m_server;
    int m_calls = 0;
    HttpRequest m_lastRequest;
};

void TestHttpServer::init()
{
    m_server = std::make_unique<HttpServer>();
    m_calls = 0;
    m_lastRequest = {};
    auto record = [this](const HttpRequest &request) {
        ++m_calls;
        m_lastRequest = request;
    };
    m_server->route("GET", u"/Talk"_s, [record](const HttpRequest &request) {
        record(request);
        return HttpResponse::text(request.path + u'|'
                                  + request.query.queryItemValue(u"text"_s, QUrl::FullyDecoded));
    });
    m_server->route("POST", u"/echo"_s, [record](const HttpRequest &request) {
        record(request);
        HttpResponse response;
        response.contentType = "application/octet-stream";
        response.body = request.body;
        return response;
    });
    QVERIFY(m_server->listen(QHostAddress::LocalHost, 0));
    QVERIFY(port() != 0);
}

void TestHttpServer::cleanup()
{
    m_server.reset();
}

void TestHttpServer::routeWithDecodedQuery()
{
    const RawResponse r = exchange(
        port(),
        "GET /Talk?text=%E3%81%93%E3%82%93%E3%81%AB%E3%81%A1%E3%81%AF%20%26%3D HTTP/1.1\r\n"
        "Host: 127.0.0.1\r\nX-Custom: a\r\nx-custom: b\r\n\r\n");
    QCOMPARE(r.status, 200);
    QVERIFY(r.closed);
    QCOMPARE(r.header("connection"), "close");
    QCOMPARE(r.header("content-type"), "text/plain; charset=utf-8");
    QCOMPARE(r.header("content-length").toInt(), r.body.size());
    QCOMPARE(QString::fromUtf8(r.body), u"/Talk|こんにちは &="_s);
    QCOMPARE(m_lastRequest.method, "GET");
    QCOMPARE(m_lastRequest.target,
             "/Talk?text=%E3%81%93%E3%82%93%E3%81%AB%E3%81%A1%E3%81%AF%20%26%3D");
    QCOMPARE(m_lastRequest.header("host"), "127.0.0.1");
    QCOMPARE(m_lastRequest.header("x-custom"), "a, b");
    QCOMPARE(m_lastRequest.peer, QHostAddress(QHostAddress::LocalHost));
    QTRY_COMPARE(m_server->connectionCount(), 0);
}

void TestHttpServer::postBodyReachesHandler()
{
    QByteArray body(100000, '\0');
    for (qsizetype i = 0; i < body.size(); ++i)
        body[i] = char(i * 7);
    const RawResponse r = exchange(port(),
                                   "POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: "
                                       + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body, body);
    QCOMPARE(m_lastRequest.body, body);
}

void TestHttpServer::expectContinue()
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port());
    socket.write(
        "POST /echo HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 5\r\n\r\n");
    QByteArray raw;
    connect(&socket, &QTcpSocket::readyRead, &socket, [&] { raw += socket.readAll(); });
    QTRY_VERIFY(raw.startsWith("HTTP/1.1 100 Continue\r\n\r\n"));
    socket.write("hello");
    QTRY_VERIFY(raw.endsWith("hello"));
    QCOMPARE(parseRawResponse(raw).status, 200);
}

void TestHttpServer::jsonResponse()
{
    m_server->route("GET", u"/json"_s, [](const HttpRequest &) {
        return HttpResponse::json(QJsonDocument(QJsonObject{{u"ok"_s, true}}), 201);
    });
    const RawResponse r = exchange(port(), "GET /json HTTP/1.1\r\n\r\n");
    QCOMPARE(r.status, 201);
    QCOMPARE(r.header("content-type"), "application/json; charset=utf-8");
    QCOMPARE(r.body, R"({"ok":true})");
}

void TestHttpServer::notFound()
{
    const RawResponse r = exchange(port(), "GET /nothing HTTP/1.1\r\n\r\n");
    QCOMPARE(r.status, 404);
    QVERIFY(r.closed);
    QCOMPARE(m_calls, 0);
}

void TestHttpServer::methodNotAllowedListsMethods()
{
    const RawResponse r = exchange(port(), "DELETE /Talk HTTP/1.1\r\n\r\n");
    QCOMPARE(r.status, 405);
    QCOMPARE(r.header("allow"), "GET, HEAD, OPTIONS");
    QCOMPARE(exchange(port(), "GET /echo HTTP/1.1\r\n\r\n").status, 405);
    // Methods are case-sensitive.
    QCOMPARE(exchange(port(), "get /Talk HTTP/1.1\r\n\r\n").status, 405);
    QCOMPARE(m_calls, 0);
}

void TestHttpServer::prefixRoutesLongestWins()
{
    m_server->routePrefix("GET", u"/a/"_s,
                          [](const HttpRequest &) { return HttpResponse::text(u"a"_s); });
    m_server->routePrefix("GET", u"/a/b/"_s,
                          [](const HttpRequest &) { return HttpResponse::text(u"ab"_s); });
    m_server->route("GET", u"/a/b/exact"_s,
                    [](const HttpRequest &) { return HttpResponse::text(u"exact"_s); });
    QCOMPARE(exchange(port(), "GET /a/x HTTP/1.1\r\n\r\n").body, "a");
    QCOMPARE(exchange(port(), "GET /a/b/x HTTP/1.1\r\n\r\n").body, "ab");
    QCOMPARE(exchange(port(), "GET /a/b/exact HTTP/1.1\r\n\r\n").body, "exact");
    QCOMPARE(exchange(port(), "GET /a HTTP/1.1\r\n\r\n").status, 404);
    // The decoded path is matched.
    QCOMPARE(exchange(port(), "GET /a/%62/x HTTP/1.1\r\n\r\n").body, "ab");
}

void TestHttpServer::headAnswersWithoutBody()
{
    const RawResponse r = exchange(port(), "HEAD /Talk?text=abc HTTP/1.1\r\n\r\n");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.header("content-length"), "9"); // "/Talk|abc"
    QVERIFY(r.body.isEmpty());
}

void TestHttpServer::corsOnEveryResponse()
{
    for (const QByteArray &request :
         {QByteArray("GET /Talk HTTP/1.1\r\n\r\n"), QByteArray("GET /no HTTP/1.1\r\n\r\n"),
          QByteArray("PUT /Talk HTTP/1.1\r\n\r\n"), QByteArray("garbage\r\n\r\n")}) {
        const RawResponse r = exchange(port(), request);
        QVERIFY2(r.status != 0, request.constData());
        QCOMPARE(r.header("access-control-allow-origin"), "*");
    }
}

void TestHttpServer::optionsPreflight()
{
    const RawResponse r = exchange(port(),
                                   "OPTIONS /echo HTTP/1.1\r\nOrigin: https://example.com\r\n"
                                   "Access-Control-Request-Method: POST\r\n"
                                   "Access-Control-Request-Headers: content-type, x-token\r\n"
                                   "Access-Control-Request-Private-Network: true\r\n\r\n");
    QCOMPARE(r.status, 204);
    QCOMPARE(r.header("access-control-allow-origin"), "*");
    QCOMPARE(r.header("access-control-allow-methods"), "POST, OPTIONS");
    QCOMPARE(r.header("access-control-allow-headers"), "content-type, x-token");
    QCOMPARE(r.header("access-control-allow-private-network"), "true");
    QVERIFY(r.header("access-control-max-age").toInt() > 0);
    QVERIFY(r.body.isEmpty());
    QCOMPARE(m_calls, 0);
    // Any path gets a preflight answer.
    QCOMPARE(exchange(port(), "OPTIONS /anything HTTP/1.1\r\n\r\n").status, 204);
}

void TestHttpServer::extraHeadersWithNewlinesDropped()
{
    m_server->route("GET", u"/h"_s, [](const HttpRequest &) {
        HttpResponse response = HttpResponse::text(u"x"_s);
        response.headers.emplaceBack("X-Good", "1");
        response.headers.emplaceBack("X-Bad", "1\r\nSet-Cookie: evil=1");
        return response;
    });
    const RawResponse r = exchange(port(), "GET /h HTTP/1.1\r\n\r\n");
    QCOMPARE(r.header("x-good"), "1");
    QVERIFY(!r.headers.contains("x-bad"));
    QVERIFY(!r.headers.contains("set-cookie"));
}

void TestHttpServer::badRequest_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::newRow("garbage") << QByteArray("\x16\x03\x01\x02\xfc\x03\x03\xff\xfe\x80\r\n\r\n");
    QTest::newRow("words") << QByteArray("hello there\r\n\r\n");
    QTest::newRow("no version") << QByteArray("GET /Talk\r\n\r\n");
    QTest::newRow("HTTP/2.0") << QByteArray("GET /Talk HTTP/2.0\r\n\r\n");
    QTest::newRow("absolute target") << QByteArray("GET http://x/Talk HTTP/1.1\r\n\r\n");
    QTest::newRow("two spaces") << QByteArray("GET  /Talk HTTP/1.1\r\n\r\n");
    QTest::newRow("nul in target") << QByteArray("GET /Ta\0lk HTTP/1.1\r\n\r\n", 26);
    QTest::newRow("header without colon") << QByteArray("GET /Talk HTTP/1.1\r\nHost\r\n\r\n");
    QTest::newRow("space before colon") << QByteArray("GET /Talk HTTP/1.1\r\nHost : x\r\n\r\n");
    QTest::newRow("folded header") << QByteArray("GET /Talk HTTP/1.1\r\nA: b\r\n c\r\n\r\n");
    QTest::newRow("bad length") << QByteArray("POST /echo HTTP/1.1\r\nContent-Length: 1x\r\n\r\n");
    QTest::newRow("negative length")
        << QByteArray("POST /echo HTTP/1.1\r\nContent-Length: -1\r\n\r\n");
    QTest::newRow("huge length") << QByteArray(
        "POST /echo HTTP/1.1\r\nContent-Length: 99999999999999999999\r\n\r\n");
    QTest::newRow("two lengths") << QByteArray("POST /echo HTTP/1.1\r\nContent-Length: 1\r\n"
                                               "Content-Length: 2\r\n\r\nab");
}

void TestHttpServer::badRequest()
{
    QFETCH(QByteArray, request);
    const RawResponse r = exchange(port(), request);
    QCOMPARE(r.status, 400);
    QVERIFY(r.closed);
    QCOMPARE(m_calls, 0);
    QTRY_COMPARE(m_server->connectionCount(), 0);
    // The server is still fine.
    QCOMPARE(exchange(port(), "GET /Talk?text=ok HTTP/1.1\r\n\r\n").body, "/Talk|ok");
}

void TestHttpServer::chunkedBodyRefused()
{
    const RawResponse r = exchange(port(),
                                   "POST /echo HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n"
                                   "5\r\nhello\r\n0\r\n\r\n");
    QCOMPARE(r.status, 411);
    QCOMPARE(m_calls, 0);
}

void TestHttpServer::truncatedRequestTimesOut_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::newRow("nothing") << QByteArray();
    QTest::newRow("half a request line") << QByteArray("GET /Ta");
    QTest::newRow("no blank line") << QByteArray("GET /Talk HTTP/1.1\r\nHost: x\r\n");
    QTest::newRow("short body") << QByteArray(
        "POST /echo HTTP/1.1\r\nContent-Length: 10\r\n\r\nabc");
}

void TestHttpServer::truncatedRequestTimesOut()
{
    QFETCH(QByteArray, request);
    HttpServer::Limits limits;
    limits.requestTimeoutMs = 300;
    m_server->setLimits(limits);
    QElapsedTimer clock;
    clock.start();
    const RawResponse r = exchange(port(), request);
    QCOMPARE(r.status, 408);
    QVERIFY(r.closed);
    QVERIFY2(clock.elapsed() >= 250 && clock.elapsed() < 3000, QByteArray::number(clock.elapsed()));
    QCOMPARE(m_calls, 0);
    QTRY_COMPARE(m_server->connectionCount(), 0);
}

void TestHttpServer::clientGoneMidRequest()
{
    for (const QByteArray &part :
         {QByteArray("GET /Talk HT"),
          QByteArray("POST /echo HTTP/1.1\r\nContent-Length: 100\r\n\r\nab")}) {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, port());
        QVERIFY(socket.waitForConnected(2000));
        socket.write(part);
        QTRY_COMPARE(m_server->connectionCount(), 1);
        socket.abort();
        QTRY_COMPARE(m_server->connectionCount(), 0);
    }
    QCOMPARE(m_calls, 0);
}

void TestHttpServer::headerTooLarge()
{
    const QByteArray big
        = "GET /Talk HTTP/1.1\r\nX-Big: " + QByteArray(20 * 1024, 'a') + "\r\n\r\n";
    const RawResponse r = exchange(port(), big);
    QCOMPARE(r.status, 431);
    QVERIFY(r.closed);
    // A request line alone over the limit.
    const RawResponse line
        = exchange(port(), "GET /" + QByteArray(17 * 1024, 'a') + " HTTP/1.1\r\n\r\n");
    QCOMPARE(line.status, 431);
    // Just under the limit is fine.
    const QByteArray head = "GET /Talk HTTP/1.1\r\nX-Big: ";
    const QByteArray fits = head + QByteArray(16 * 1024 - head.size() - 4, 'a') + "\r\n\r\n";
    QCOMPARE(fits.size(), 16 * 1024);
    QCOMPARE(exchange(port(), fits).status, 200);
    QCOMPARE(m_calls, 1);
}

void TestHttpServer::bodyTooLargeAnsweredBeforeBody()
{
    // Only the head is sent: the answer must come without waiting for 10 MB.
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port());
    socket.write("POST /echo HTTP/1.1\r\nContent-Length: 10485760\r\n\r\n");
    QByteArray raw;
    connect(&socket, &QTcpSocket::readyRead, &socket, [&] { raw += socket.readAll(); });
    QTRY_VERIFY_WITH_TIMEOUT(raw.contains("\r\n\r\n"), 2000);
    const RawResponse r = parseRawResponse(raw);
    QCOMPARE(r.status, 413);
    QCOMPARE(m_calls, 0);
    // Then a client that goes on sending still gets the connection closed.
    socket.write(QByteArray(512 * 1024, 'x'));
    QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::UnconnectedState, 5000);
    QTRY_COMPARE(m_server->connectionCount(), 0);
}

void TestHttpServer::bodyAtLimitAccepted()
{
    HttpServer::Limits limits;
    limits.maxBodyBytes = 1000;
    m_server->setLimits(limits);
    const QByteArray body(1000, 'b');
    QCOMPARE(exchange(port(), "POST /echo HTTP/1.1\r\nContent-Length: 1000\r\n\r\n" + body).body,
             body);
    QCOMPARE(
        exchange(port(), "POST /echo HTTP/1.1\r\nContent-Length: 1001\r\n\r\n" + body + 'b').status,
        413);
}

void TestHttpServer::thousandIdleConnections()
{
    HttpServer::Limits limits;
    limits.maxConnections = 100;
    limits.requestTimeoutMs = 1500;
    m_server->setLimits(limits);
    const qint64 rssBefore = residentKiB();
    QElapsedTimer clock;
    clock.start();

    // 1,000 clients connect at once and send nothing.
    constexpr int Idle = 1000;
    std::vector<std::unique_ptr<QTcpSocket>> idle;
    QHash<QTcpSocket *, QByteArray> received;
    int closed = 0;
    for (int i = 0; i < Idle; ++i) {
        auto socket = std::make_unique<QTcpSocket>();
        QTcpSocket *s = socket.get();
        connect(s, &QTcpSocket::readyRead, s, [&received, s] { received[s] += s->readAll(); });
        connect(s, &QTcpSocket::disconnected, s, [&closed] { ++closed; });
        s->connectToHost(QHostAddress::LocalHost, port());
        idle.push_back(std::move(socket));
    }
    const auto countStatus = [&](const QByteArray &status) {
        int n = 0;
        for (const QByteArray &data : std::as_const(received))
            n += data.startsWith(QByteArray("HTTP/1.1 " + status)) ? 1 : 0;
        return n;
    };
    // The excess is refused at once; the server holds no more than its limit.
    QTRY_COMPARE_WITH_TIMEOUT(countStatus("503"), Idle - limits.maxConnections, 20000);
    const qint64 refusedMs = clock.elapsed();
    QCOMPARE(m_server->connectionCount(), limits.maxConnections);
    const qint64 rssPeak = residentKiB();

    // Meanwhile another client is answered at once (refused while the slots are full).
    QElapsedTimer answer;
    answer.start();
    const RawResponse busy = exchange(port(), "GET /Talk?text=busy HTTP/1.1\r\n\r\n");
    QVERIFY(busy.status == 503 || busy.status == 200);
    QVERIFY2(answer.elapsed() < 1000, QByteArray::number(answer.elapsed()));

    // The idle ones time out (408) and go away; then a normal request is served.
    QTRY_COMPARE_WITH_TIMEOUT(countStatus("408"), limits.maxConnections, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(closed, Idle, 10000);
    const qint64 timedOutMs = clock.elapsed();
    QTRY_COMPARE(m_server->connectionCount(), 0);
    const RawResponse r = exchange(port(), "GET /Talk?text=after HTTP/1.1\r\n\r\n");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body, "/Talk|after");
    qInfo(
        "1000 idle connections: 900 refused after %lld ms, the rest timed out after %lld ms; "
        "resident memory %lld KiB before, %lld KiB at peak (+%lld KiB, both ends in this process)",
        refusedMs, timedOutMs, rssBefore, rssPeak, rssPeak - rssBefore);
}

void TestHttpServer::largeResponseToReadingClient()
{
    const QByteArray big = QByteArray(8 * 1024 * 1024, 'z') + "end";
    HttpServer::Limits limits;
    limits.maxPendingWriteBytes = 256 * 1024;
    m_server->setLimits(limits);
    m_server->route("GET", u"/big"_s, [big](const HttpRequest &) {
        HttpResponse response;
        response.contentType = "application/octet-stream";
        response.body = big;
        return response;
    });
    const RawResponse r = exchange(port(), "GET /big HTTP/1.1\r\n\r\n", 20000);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body.size(), big.size());
    QVERIFY(r.body == big);
}

void TestHttpServer::neverReadingClientsDroppedMemoryBounded()
{
    // 32 MB answers: more than the kernel buffers of a loopback connection hold.
    const QByteArray big(32 * 1024 * 1024, 'y');
    HttpServer::Limits limits;
    limits.maxPendingWriteBytes = 256 * 1024;
    limits.requestTimeoutMs = 800;
    m_server->setLimits(limits);
    m_server->route("GET", u"/big"_s, [big](const HttpRequest &) {
        HttpResponse response;
        response.contentType = "application/octet-stream";
        response.body = big;
        return response;
    });
    const qint64 rssBefore = residentKiB();
    qint64 rssPeak = rssBefore;
    QTimer sampler;
    connect(&sampler, &QTimer::timeout, this, [&] { rssPeak = qMax(rssPeak, residentKiB()); });
    sampler.start(20);

    constexpr int Clients = 10;
    std::vector<std::unique_ptr<QTcpSocket>> clients;
    for (int i = 0; i < Clients; ++i) {
        auto socket = std::make_unique<QTcpSocket>();
        socket->setReadBufferSize(
            4096); // Qt stops reading from the kernel: a client that never reads
        socket->connectToHost(QHostAddress::LocalHost, port());
        socket->write("GET /big HTTP/1.1\r\n\r\n");
        clients.push_back(std::move(socket));
    }
    QTRY_COMPARE_WITH_TIMEOUT(m_server->connectionCount(), Clients, 5000);
    QElapsedTimer clock;
    clock.start();
    // Stuck writers are dropped once they take nothing for requestTimeoutMs.
    QTRY_COMPARE_WITH_TIMEOUT(m_server->connectionCount(), 0, 10000);
    const qint64 droppedMs = clock.elapsed();
    sampler.stop();
    rssPeak = qMax(rssPeak, residentKiB());
    qInfo("%d clients not reading 32 MB answers: dropped within %lld ms; resident memory +%lld KiB "
          "at peak (writing every answer at once would be +%d KiB)",
          Clients, droppedMs, rssPeak - rssBefore, Clients * 32 * 1024);
    if (rssBefore > 0)
        QVERIFY2(rssPeak - rssBefore < 48 * 1024, QByteArray::number(rssPeak - rssBefore));
}

void TestHttpServer::webSocketHandedOverUnread()
{
    QWebSocketServer ws(u"test"_s, QWebSocketServer::NonSecureMode);
    m_server->acceptWebSocket(u"/ws"_s, &ws);
    QWebSocket *serverSide = nullptr;
    connect(&ws, &QWebSocketServer::newConnection, this, [&] {
        serverSide = ws.nextPendingConnection();
        connect(serverSide, &QWebSocket::textMessageReceived, serverSide,
                [serverSide](const QString &text) { serverSide->sendTextMessage(text + u'!'); });
    });
    QWebSocket client;
    QSignalSpy messages(&client, &QWebSocket::textMessageReceived);
    client.open(QUrl(u"ws://127.0.0.1:%1/ws?x=1"_s.arg(port())));
    QTRY_COMPARE(client.state(), QAbstractSocket::ConnectedState);
    QVERIFY(serverSide);
    QCOMPARE(serverSide->requestUrl().path(), u"/ws"_s);
    QTRY_COMPARE(m_server->connectionCount(), 0); // not an HTTP connection any more
    client.sendTextMessage(u"ping"_s);
    QVERIFY(messages.wait(3000));
    QCOMPARE(messages.first().first().toString(), u"ping!"_s);
    // Plain HTTP still works next to it.
    QCOMPARE(exchange(port(), "GET /Talk?text=x HTTP/1.1\r\n\r\n").status, 200);
    client.close();
    delete serverSide;
}

void TestHttpServer::webSocketUnknownPathRefused()
{
    QWebSocketServer ws(u"test"_s, QWebSocketServer::NonSecureMode);
    m_server->acceptWebSocket(u"/ws"_s, &ws);
    QSignalSpy newConnection(&ws, &QWebSocketServer::newConnection);
    QWebSocket client;
    QSignalSpy disconnected(&client, &QWebSocket::disconnected);
    client.open(QUrl(u"ws://127.0.0.1:%1/other"_s.arg(port())));
    QVERIFY(disconnected.wait(3000));
    QCOMPARE(newConnection.size(), 0);
    const RawResponse r = exchange(port(),
                                   "GET /Talk HTTP/1.1\r\nUpgrade: websocket\r\n"
                                   "Connection: Upgrade\r\nSec-WebSocket-Version: 13\r\n"
                                   "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n");
    QCOMPARE(r.status, 404);
    QCOMPARE(m_calls, 0);
}

void TestHttpServer::listenOnBusyPortFails()
{
    HttpServer other;
    QVERIFY(!other.listen(QHostAddress::LocalHost, port()));
    QVERIFY(!other.errorString().isEmpty());
    QVERIFY(other.errorString().contains(QString::number(port())));
    QVERIFY(!other.isListening());
}

void TestHttpServer::closeDropsConnections()
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port());
    socket.write("GET /Ta");
    QTRY_COMPARE(m_server->connectionCount(), 1);
    m_server->close();
    QCOMPARE(m_server->connectionCount(), 0);
    QTRY_COMPARE(socket.state(), QAbstractSocket::UnconnectedState);
    QVERIFY(!m_server->isListening());
}

QTEST_GUILESS_MAIN(TestHttpServer)
#include "tst_httpserver.moc"
