// BouyomiServer on 127.0.0.1 (random ports) against a BouyomiChan client written here from the
// documentation: raw QTcpSocket bytes laid out by hand for TCP, QNetworkAccessManager for HTTP.

#include "serve/bouyomiserver.h"

#include <algorithm>
#include <memory>
#include <optional>
#include <vector>

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>

using namespace chatvox;
using namespace Qt::StringLiterals;

namespace {

// The talk header of the documentation, little-endian, then the text.
QByteArray talkBytes(qint16 speed, qint16 tone, qint16 volume, qint16 voice, quint8 code,
                     const QByteArray &text, std::optional<qint32> declaredLength = {})
{
    QByteArray b = QByteArray::fromHex("0100");
    const auto le16 = [&b](qint16 v) {
        b.append(char(quint16(v) & 0xff));
        b.append(char(quint16(v) >> 8));
    };
    le16(speed);
    le16(tone);
    le16(volume);
    le16(voice);
    b.append(char(code));
    const auto length = quint32(declaredLength.value_or(qint32(text.size())));
    for (int shift = 0; shift < 32; shift += 8)
        b.append(char((length >> shift) & 0xff));
    return b + text;
}

struct HttpResult
{
    int status = 0;
    QByteArray body;
    QByteArray contentType;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

} // namespace

class TestBouyomiServer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void tcpTalkAsTheSampleSendsIt();
    void tcpTalkEncodings();
    void tcpControlCommands();
    void tcpQueryReplies();
    void tcpPipelinedCommands();
    void httpTalk();
    void httpTalkVariants();
    void httpControlAndQueries();
    void httpJsonpAndNotFound();
    void httpOversizeBody();

    void truncatedThenClose();
    void wrongLengths();
    void invalidEncoding();
    void tenMegabyteLength();
    void timeoutDropsSilentClient();
    void thousandIdleConnections();
    void clientThatNeverReads();
    void closeWithOpenConnections();
    void listenFailure();

private:
    // Connects, sends `bytes`, and returns everything the server sent until it closed.
    QByteArray tcpExchange(const QByteArray &bytes, bool *closedByServer = nullptr);
    HttpResult httpGet(const QString &pathAndQuery);
    HttpResult httpPost(const QString &path, const QByteArray &body, const QByteArray &type);
    HttpResult wait(QNetworkReply *reply);
    void expectGoodClientServed();

    std::unique_ptr<BouyomiServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    bool m_paused = false;
    bool m_playing = false;
    int m_taskCount = 0;
};

void TestBouyomiServer::init()
{
    m_server = std::make_unique<BouyomiServer>();
    m_paused = m_playing = false;
    m_taskCount = 0;
    m_server->setStateProvider([this] { return m_paused; }, [this] { return m_playing; },
                               [this] { return m_taskCount; });
    QVERIFY2(m_server->listen(QHostAddress::LocalHost, 0, 0), qPrintable(m_server->errorString()));
    QVERIFY(m_server->tcpPort() != 0);
    QVERIFY(m_server->httpPort() != 0);
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_nam->setProxy(QNetworkProxy::NoProxy);
}

void TestBouyomiServer::cleanup()
{
    m_nam.reset();
    m_server.reset();
}

QByteArray TestBouyomiServer::tcpExchange(const QByteArray &bytes, bool *closedByServer)
{
    QTcpSocket socket;
    QSignalSpy disconnected(&socket, &QTcpSocket::disconnected);
    socket.connectToHost(QHostAddress::LocalHost, m_server->tcpPort());
    socket.write(bytes);
    const bool closed = disconnected.wait(5000);
    if (closedByServer)
        *closedByServer = closed;
    return socket.readAll();
}

HttpResult TestBouyomiServer::wait(QNetworkReply *reply)
{
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(5000);
    HttpResult result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    reply->deleteLater();
    return result;
}

HttpResult TestBouyomiServer::httpGet(const QString &pathAndQuery)
{
    const QUrl url(u"http://127.0.0.1:%1%2"_s.arg(m_server->httpPort()).arg(pathAndQuery));
    return wait(m_nam->get(QNetworkRequest(url)));
}

HttpResult TestBouyomiServer::httpPost(const QString &path, const QByteArray &body,
                                       const QByteArray &type)
{
    QNetworkRequest request(QUrl(u"http://127.0.0.1:%1%2"_s.arg(m_server->httpPort()).arg(path)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, type);
    return wait(m_nam->post(request, body));
}

void TestBouyomiServer::expectGoodClientServed()
{
    QSignalSpy talks(m_server.get(), &BouyomiServer::talk);
    bool closed = false;
    tcpExchange(talkBytes(-1, -1, -1, 0, 0, u"まだ元気"_s.toUtf8()), &closed);
    QVERIFY(closed);
    QTRY_COMPARE_WITH_TIMEOUT(talks.size(), 1, 5000);
    QCOMPARE(talks[0][0].value<BouyomiTalk>().text, u"まだ元気"_s);
    m_taskCount = 4;
    QCOMPARE(tcpExchange(QByteArray::fromHex("3001")), QByteArray::fromHex("04000000"));
    const HttpResult http = httpGet(u"/GetTalkTaskCount"_s);
    QCOMPARE(http.status, 200);
    QCOMPARE(http.json().value("talkTaskCount"_L1).toInt(), 4);
}

void TestBouyomiServer::tcpTalkAsTheSampleSendsIt()
{
    QSignalSpy talks(m_server.get(), &BouyomiServer::talk);
    // The official C sample: send(buf, 15) then send(msg, len), then close.
    const QByteArray text = u"テストでーす"_s.toUtf8();
    const QByteArray packet = talkBytes(120, 90, 70, 2, 0, text);
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_server->tcpPort());
    QVERIFY(socket.waitForConnected(5000));
    socket.write(packet.first(15));
    QVERIFY(socket.waitForBytesWritten(5000));
    // Not a synchronisation: only gives the header a chance to arrive (and wait) on its own.
    QTest::qWait(50);
    QCOMPARE(talks.size(), 0);
    socket.write(packet.sliced(15));
    QVERIFY(talks.wait(5000));
    QCOMPARE(talks[0][0].value<BouyomiTalk>(), (BouyomiTalk{u"テストでーす"_s, 120, 90, 70, 2}));
    // BouyomiChan closes after a command.
    QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::UnconnectedState, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(m_server->tcpConnectionCount(), 0, 5000);
}

void TestBouyomiServer::tcpTalkEncodings()
{
    QSignalSpy talks(m_server.get(), &BouyomiServer::talk);
    tcpExchange(talkBytes(-1, -1, -1, 0, 1, QByteArray::fromHex("6b306130"))); // UTF-16LE 「にち」
    QTRY_COMPARE_WITH_TIMEOUT(talks.size(), 1, 5000);
    QCOMPARE(talks[0][0].value<BouyomiTalk>(), (BouyomiTalk{u"にち"_s, -1, -1, -1, 0}));

    const QByteArray sjis = QByteArray::fromHex("82b182f182c982bf82cd"); // こんにちは
    if (!bouyomi::decodeText(sjis, bouyomi::TextEncoding::ShiftJis).ok())
        QSKIP("no Shift-JIS decoder on this system");
    tcpExchange(talkBytes(-1, -1, -1, 0, 2, sjis));
    QTRY_COMPARE_WITH_TIMEOUT(talks.size(), 2, 5000);
    QCOMPARE(talks[1][0].value<BouyomiTalk>().text, u"こんにちは"_s);
}

void TestBouyomiServer::tcpControlCommands()
{
    QSignalSpy pause(m_server.get(), &BouyomiServer::pause);
    QSignalSpy resume(m_server.get(), &BouyomiServer::resume);
    QSignalSpy skip(m_server.get(), &BouyomiServer::skip);
    QSignalSpy clear(m_server.get(), &BouyomiServer::clear);
    bool closed = false;
    QCOMPARE(tcpExchange(QByteArray::fromHex("1000"), &closed), QByteArray()); // no reply
    QVERIFY(closed);
    QCOMPARE(pause.size(), 1);
    tcpExchange(QByteArray::fromHex("2000"));
    QCOMPARE(resume.size(), 1);
    tcpExchange(QByteArray::fromHex("3000"));
    QCOMPARE(skip.size(), 1);
    tcpExchange(QByteArray::fromHex("4000"));
    QCOMPARE(clear.size(), 1);
    QCOMPARE(pause.size() + resume.size() + skip.size() + clear.size(), 4);
}

void TestBouyomiServer::tcpQueryReplies()
{
    bool closed = false;
    QCOMPARE(tcpExchange(QByteArray::fromHex("1001"), &closed), QByteArray::fromHex("00"));
    QVERIFY(closed);
    m_paused = true;
    QCOMPARE(tcpExchange(QByteArray::fromHex("1001")), QByteArray::fromHex("01"));
    QCOMPARE(tcpExchange(QByteArray::fromHex("2001")), QByteArray::fromHex("00"));
    m_playing = true;
    QCOMPARE(tcpExchange(QByteArray::fromHex("2001")), QByteArray::fromHex("01"));
    m_taskCount = 258;
    QCOMPARE(tcpExchange(QByteArray::fromHex("3001")), QByteArray::fromHex("02010000"));
    m_taskCount = -5; // nonsense from a provider is answered as 0
    QCOMPARE(tcpExchange(QByteArray::fromHex("3001")), QByteArray::fromHex("00000000"));
}

void TestBouyomiServer::tcpPipelinedCommands()
{
    QSignalSpy talks(m_server.get(), &BouyomiServer::talk);
    QSignalSpy pause(m_server.get(), &BouyomiServer::pause);
    m_taskCount = 2;
    m_playing = true;
    const QByteArray bytes = talkBytes(-1, -1, -1, 0, 0, "one") + QByteArray::fromHex("3001")
        + QByteArray::fromHex("1000") + QByteArray::fromHex("2001")
        + talkBytes(-1, -1, -1, 5, 0, "two");
    bool closed = false;
    QCOMPARE(tcpExchange(bytes, &closed),
             QByteArray::fromHex("02000000"
                                 "01"));
    QVERIFY(closed);
    QCOMPARE(talks.size(), 2);
    QCOMPARE(talks[1][0].value<BouyomiTalk>().voice, 5);
    QCOMPARE(pause.size(), 1);
}

void TestBouyomiServer::httpTalk()
{
    QSignalSpy talks(m_server.get(), &BouyomiServer::talk);
    QUrlQuery query;
    query.addQueryItem(u"text"_s, u"こんにちは & さようなら"_s);
    query.addQueryItem(u"voice"_s, u"3"_s);
    query.addQueryItem(u"volume"_s, u"50"_s);
    query.addQueryItem(u"speed"_s, u"120"_s);
    query.addQueryItem(u"tone"_s, u"90"_s);
    const HttpResult result = httpGet(u"/Talk?"_s + query.toString(QUrl::FullyEncoded));
    QCOMPARE(result.status, 200);
    QVERIFY(result.contentType.startsWith("application/json"));
    QVERIFY(result.json().value("taskId"_L1).isDouble());
    QCOMPARE(talks.size(), 1);
    QCOMPARE(talks[0][0].value<BouyomiTalk>(),
             (BouyomiTalk{u"こんにちは & さようなら"_s, 120, 90, 50, 3}));

    // Missing parameters are BouyomiChan's defaults; task ids go up.
    const HttpResult second = httpGet(u"/Talk?text=abc"_s);
    QCOMPARE(talks.size(), 2);
    QCOMPARE(talks[1][0].value<BouyomiTalk>(), (BouyomiTalk{u"abc"_s, -1, -1, -1, 0}));
    QCOMPARE(second.json().value("taskId"_L1).toInt(),
             result.json().value("taskId"_L1).toInt() + 1);
}

void TestBouyomiServer::httpTalkVariants()
{
    QSignalSpy talks(m_server.get(), &BouyomiServer::talk);
    // Lower-case path (Python and Node clients send /talk), '+' as a space, a bad number.
    QCOMPARE(httpGet(u"/talk?text=a+b%2Bc&speed=fast&voice=1"_s).status, 200);
    QCOMPARE(talks.size(), 1);
    QCOMPARE(talks[0][0].value<BouyomiTalk>(), (BouyomiTalk{u"a b+c"_s, -1, -1, -1, 1}));
    // POST with the text in a form body (clients switch to it for long texts).
    const QByteArray body = "text=" + QUrl::toPercentEncoding(u"長い文章"_s);
    QCOMPARE(httpPost(u"/talk?voice=2"_s, body, "application/x-www-form-urlencoded").status, 200);
    QCOMPARE(talks.size(), 2);
    QCOMPARE(talks[1][0].value<BouyomiTalk>(), (BouyomiTalk{u"長い文章"_s, -1, -1, -1, 2}));
    // Empty text: answered, nothing to say.
    QCOMPARE(httpGet(u"/Talk?text="_s).status, 200);
    QCOMPARE(talks.size(), 2);
}

void TestBouyomiServer::httpControlAndQueries()
{
    QSignalSpy pause(m_server.get(), &BouyomiServer::pause);
    QSignalSpy resume(m_server.get(), &BouyomiServer::resume);
    QSignalSpy skip(m_server.get(), &BouyomiServer::skip);
    QSignalSpy clear(m_server.get(), &BouyomiServer::clear);
    for (const QString &path : {u"/Pause"_s, u"/Resume"_s, u"/Skip"_s, u"/Clear"_s}) {
        const HttpResult result = httpGet(path);
        QCOMPARE(result.status, 200);
        QCOMPARE(result.body, "{}"_ba);
    }
    QCOMPARE(pause.size(), 1);
    QCOMPARE(resume.size(), 1);
    QCOMPARE(skip.size(), 1);
    QCOMPARE(clear.size(), 1);

    QCOMPARE(httpGet(u"/GetPause"_s).body, R"({"pause":false})"_ba);
    QCOMPARE(httpGet(u"/GetNowPlaying"_s).body, R"({"nowPlaying":false})"_ba);
    QCOMPARE(httpGet(u"/GetTalkTaskCount"_s).body, R"({"talkTaskCount":0})"_ba);
    m_paused = m_playing = true;
    m_taskCount = 12;
    QCOMPARE(httpGet(u"/GetPause"_s).body, R"({"pause":true})"_ba);
    QCOMPARE(httpGet(u"/getnowplaying"_s).body, R"({"nowPlaying":true})"_ba);
    QCOMPARE(httpGet(u"/GetTalkTaskCount"_s).body, R"({"talkTaskCount":12})"_ba);
}

void TestBouyomiServer::httpJsonpAndNotFound()
{
    const HttpResult jsonp = httpGet(u"/GetTalkTaskCount?callback=cb_1"_s);
    QCOMPARE(jsonp.status, 200);
    QCOMPARE(jsonp.body, R"(cb_1({"talkTaskCount":0});)"_ba);
    QVERIFY(jsonp.contentType.startsWith("application/javascript"));
    // A callback that is not a plain name is not echoed (no script injection).
    const HttpResult bad = httpGet(u"/GetTalkTaskCount?callback=alert(1)%3B"_s);
    QCOMPARE(bad.body, R"({"talkTaskCount":0})"_ba);

    const HttpResult missing = httpGet(u"/GetVoiceList2"_s);
    QCOMPARE(missing.status, 404);
    QVERIFY(missing.json().value("Message"_L1).toString().contains(u"/Talk"_s));
}

void TestBouyomiServer::httpOversizeBody()
{
    QSignalSpy talks(m_server.get(), &BouyomiServer::talk);
    // 10 MB body: refused by the HTTP layer (413) before it is read.
    const QByteArray huge = "text=" + QByteArray(10 * 1024 * 1024, 'a');
    const HttpResult result = httpPost(u"/Talk"_s, huge, "application/x-www-form-urlencoded");
    QVERIFY2(result.status == 413 || result.status == 0,
             qPrintable(QString::number(result.status)));
    // Text over the talk limit in a body the HTTP layer accepts: 413 from us.
    const QByteArray big = "text=" + QByteArray(bouyomi::kDefaultMaxTextBytes + 1, 'a');
    QCOMPARE(httpPost(u"/Talk"_s, big, "application/x-www-form-urlencoded").status, 413);
    QCOMPARE(talks.size(), 0);
    expectGoodClientServed();
}

void TestBouyomiServer::truncatedThenClose()
{
    QSignalSpy talks(m_server.get(), &BouyomiServer::talk);
    QSignalSpy errors(m_server.get(), &BouyomiServer::clientError);
    const QByteArray packet = talkBytes(-1, -1, -1, 0, 0, "truncated");
    for (qsizetype cut : {1, 9, 14, 20}) {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_server->tcpPort());
        QVERIFY(socket.waitForConnected(5000));
        socket.write(packet.first(cut));
        QVERIFY(socket.waitForBytesWritten(5000));
        QTRY_COMPARE_WITH_TIMEOUT(m_server->tcpConnectionCount(), 1, 5000);
        socket.close();
        QTRY_COMPARE_WITH_TIMEOUT(m_server->tcpConnectionCount(), 0, 5000);
    }
    QCOMPARE(talks.size(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(errors.size(), 4, 5000);
    QVERIFY2(errors[0][0].toString().contains(u"middle of a command"_s),
             qPrintable(errors[0][0].toString()));
    expectGoodClientServed();
}

void TestBouyomiServer::wrongLengths()
{
    QSignalSpy talks(m_server.get(), &BouyomiServer::talk);
    QSignalSpy errors(m_server.get(), &BouyomiServer::clientError);
    // Declared shorter than sent: the first bytes are the text, the rest is not a command.
    bool closed = false;
    tcpExchange(talkBytes(-1, -1, -1, 0, 0, "abcdef", 3), &closed);
    QVERIFY(closed);
    QCOMPARE(talks.size(), 1);
    QCOMPARE(talks[0][0].value<BouyomiTalk>().text, u"abc"_s);
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors[0][0].toString().contains(u"unknown command"_s),
             qPrintable(errors[0][0].toString()));
    // Declared longer than sent, then the client closes: nothing is said.
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_server->tcpPort());
        QVERIFY(socket.waitForConnected(5000));
        socket.write(talkBytes(-1, -1, -1, 0, 0, "abc", 100));
        QVERIFY(socket.waitForBytesWritten(5000));
        socket.close();
    }
    QTRY_COMPARE_WITH_TIMEOUT(errors.size(), 2, 5000);
    QVERIFY(errors[1][0].toString().contains(u"middle of a command"_s));
    // Negative length.
    tcpExchange(talkBytes(-1, -1, -1, 0, 0, "abc", -1));
    QCOMPARE(talks.size(), 1);
    QCOMPARE(errors.size(), 3);
    QVERIFY(errors[2][0].toString().contains(u"negative"_s));
    expectGoodClientServed();
}

void TestBouyomiServer::invalidEncoding()
{
    QSignalSpy talks(m_server.get(), &BouyomiServer::talk);
    QSignalSpy errors(m_server.get(), &BouyomiServer::clientError);
    bool closed = false;
    tcpExchange(talkBytes(-1, -1, -1, 0, 7, "abc"), &closed); // encoding byte 7
    QVERIFY(closed);
    tcpExchange(talkBytes(-1, -1, -1, 0, 0, "\xff\xfe\xfd")); // not UTF-8
    tcpExchange(talkBytes(-1, -1, -1, 0, 1, "abc")); // odd UTF-16
    QCOMPARE(talks.size(), 0);
    QCOMPARE(errors.size(), 3);
    QVERIFY(errors[0][0].toString().contains(u"encoding 7"_s));
    QVERIFY(errors[1][0].toString().contains(u"UTF-8"_s));
    QVERIFY(errors[2][0].toString().contains(u"UTF-16"_s));
    expectGoodClientServed();
}

void TestBouyomiServer::tenMegabyteLength()
{
    QSignalSpy talks(m_server.get(), &BouyomiServer::talk);
    QSignalSpy errors(m_server.get(), &BouyomiServer::clientError);
    // Announces 10 MB and really sends them: dropped after the header.
    const QByteArray text(10 * 1024 * 1024, 'x');
    QTcpSocket socket;
    QSignalSpy disconnected(&socket, &QTcpSocket::disconnected);
    socket.connectToHost(QHostAddress::LocalHost, m_server->tcpPort());
    socket.write(talkBytes(-1, -1, -1, 0, 0, text));
    QVERIFY(errors.wait(5000));
    QVERIFY2(errors[0][0].toString().contains(u"limit"_s), qPrintable(errors[0][0].toString()));
    QTRY_VERIFY_WITH_TIMEOUT(
        !disconnected.isEmpty() || socket.state() == QAbstractSocket::UnconnectedState, 5000);
    QCOMPARE(talks.size(), 0);
    expectGoodClientServed();
}

void TestBouyomiServer::timeoutDropsSilentClient()
{
    BouyomiServer::Limits limits;
    limits.tcpTimeoutMs = 200;
    m_server->setLimits(limits);
    QSignalSpy errors(m_server.get(), &BouyomiServer::clientError);
    QTcpSocket socket;
    QSignalSpy disconnected(&socket, &QTcpSocket::disconnected);
    socket.connectToHost(QHostAddress::LocalHost, m_server->tcpPort());
    socket.write(QByteArray::fromHex("0100ffff")); // a start, then silence
    QVERIFY(disconnected.wait(5000));
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors[0][0].toString().contains(u"200 ms"_s), qPrintable(errors[0][0].toString()));
    expectGoodClientServed();
}

void TestBouyomiServer::thousandIdleConnections()
{
    BouyomiServer::Limits limits;
    limits.tcpTimeoutMs = 1500;
    m_server->setLimits(limits);
    QSignalSpy errors(m_server.get(), &BouyomiServer::clientError);
    std::vector<std::unique_ptr<QTcpSocket>> idle;
    // In batches, as clients arrive in life: 1,000 SYNs before the event loop runs would only
    // test the kernel's listen backlog.
    for (int batch = 0; batch < 20; ++batch) {
        for (int i = 0; i < 50; ++i) {
            idle.push_back(std::make_unique<QTcpSocket>());
            idle.back()->connectToHost(QHostAddress::LocalHost, m_server->tcpPort());
        }
        QTRY_VERIFY_WITH_TIMEOUT(
            std::all_of(idle.end() - 50, idle.end(),
                        [](const auto &socket) {
                            return socket->state() == QAbstractSocket::ConnectedState
                                || socket->state() == QAbstractSocket::UnconnectedState;
                        }),
            10000);
    }
    // The server keeps at most maxTcpConnections and refuses the rest at once.
    QTRY_VERIFY2_WITH_TIMEOUT(
        errors.size() >= 1000 - limits.maxTcpConnections,
        qPrintable(u"%1 errors, %2 open"_s.arg(errors.size()).arg(m_server->tcpConnectionCount())),
        20000);
    QVERIFY(m_server->tcpConnectionCount() <= limits.maxTcpConnections);
    QVERIFY(errors.last()[0].toString().contains(u"refused"_s));
    // HTTP is another port: served while TCP is full.
    QCOMPARE(httpGet(u"/GetNowPlaying"_s).status, 200);
    // The idle ones time out; then a good client is served again.
    QTRY_COMPARE_WITH_TIMEOUT(m_server->tcpConnectionCount(), 0, 20000);
    expectGoodClientServed();
}

void TestBouyomiServer::clientThatNeverReads()
{
    QSignalSpy errors(m_server.get(), &BouyomiServer::clientError);
    // 100,000 queries in one go and never a read: dropped, not answered forever.
    QByteArray flood;
    for (int i = 0; i < 100000; ++i)
        flood += QByteArray::fromHex("3001");
    QTcpSocket socket;
    socket.setReadBufferSize(1); // the client takes (almost) nothing
    QSignalSpy disconnected(&socket, &QTcpSocket::disconnected);
    socket.connectToHost(QHostAddress::LocalHost, m_server->tcpPort());
    socket.write(flood);
    QVERIFY(errors.wait(5000));
    QVERIFY2(errors[0][0].toString().contains(u"commands on one connection"_s)
                 || errors[0][0].toString().contains(u"replies"_s),
             qPrintable(errors[0][0].toString()));
    QTRY_COMPARE_WITH_TIMEOUT(m_server->tcpConnectionCount(), 0, 5000);
    expectGoodClientServed();
}

void TestBouyomiServer::closeWithOpenConnections()
{
    std::vector<std::unique_ptr<QTcpSocket>> open;
    for (int i = 0; i < 10; ++i) {
        open.push_back(std::make_unique<QTcpSocket>());
        open.back()->connectToHost(QHostAddress::LocalHost, m_server->tcpPort());
        open.back()->write(QByteArray::fromHex("0100"));
    }
    QTRY_COMPARE_WITH_TIMEOUT(m_server->tcpConnectionCount(), 10, 5000);
    m_server->close();
    QCOMPARE(m_server->tcpConnectionCount(), 0);
    QVERIFY(!m_server->isListeningTcp());
    QVERIFY(!m_server->isListeningHttp());
    for (auto &socket : open)
        QTRY_COMPARE_WITH_TIMEOUT(socket->state(), QAbstractSocket::UnconnectedState, 5000);
    QVERIFY(m_server->listen(QHostAddress::LocalHost, 0, 0));
    expectGoodClientServed();
}

void TestBouyomiServer::listenFailure()
{
    BouyomiServer other;
    QVERIFY(!other.listen(QHostAddress::LocalHost, m_server->tcpPort(), 0));
    QVERIFY2(other.errorString().contains(QString::number(m_server->tcpPort())),
             qPrintable(other.errorString()));
    QVERIFY(!other.isListeningTcp());
    QVERIFY(!other.isListeningHttp());
    QVERIFY(!other.listen(QHostAddress::LocalHost, 0, m_server->httpPort()));
    QVERIFY(other.errorString().contains(u"HTTP"_s));
    QVERIFY(!other.isListeningTcp()); // neither half stays open
}

QTEST_GUILESS_MAIN(TestBouyomiServer)
#include "tst_bouyomiserver.moc"
