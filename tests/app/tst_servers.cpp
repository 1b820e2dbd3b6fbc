// The servers for other programs (Servers, src/serve) end to end through the real app parts:
// FakeTwitchIrc → TwitchChatClient → filters → SpeechQueue → EngineSet → FakeVoicevox →
// AudioPlayer → PulseAudio null sink, with real clients on 127.0.0.1: QWebSocket for the
// tc2vv broadcast ("/", "/events") and the overlay, QNetworkAccessManager for plain HTTP and
// a raw QTcpSocket for the BouyomiChan TCP protocol (bytes built here from the layout in
// src/serve/bouyomiprotocol.h, not with its encoder).
#include "app/application.h"
#include "app/cli.h"
#include "app/pipeline.h"
#include "app/servers.h"
#include "app/settings.h"
#include "app/supervisor.h"
#include "core/wavreader.h"
#include "faketwitchirc.h"
#include "fakevoicevox.h"
#include "serve/bouyomiserver.h"
#include "serve/broadcastserver.h"
#include "serve/overlayserver.h"
#include "speech/speechqueue.h"
#include "testmain.h"

#include <QDataStream>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>
#include <QWebSocket>

using namespace Qt::StringLiterals;
using namespace chatvox;
using chatvox::test::FakeVoicevox;
using chatvox::test::FakeVoicevoxRequest;

namespace {

const QString kChannel = u"servechannel"_s;
// The streamer's voice: every AudioQuery ChatVox hands on carries these.
const VoiceParams kVoice{1.25, 0.05, 1.3, 0.8};

QJsonObject parseObject(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

// A WebSocket client that keeps every text frame it gets.
class WsClient
{
public:
    WsClient()
    {
        QObject::connect(&socket, &QWebSocket::textMessageReceived, &socket,
                         [this](const QString &message) { frames << message; });
    }
    bool open(const QUrl &url)
    {
        QSignalSpy connected(&socket, &QWebSocket::connected);
        socket.open(url);
        return connected.wait(5000);
    }
    QList<QJsonObject> events() const
    {
        QList<QJsonObject> out;
        for (const QString &frame : frames)
            out << parseObject(frame);
        return out;
    }
    QList<QJsonObject> events(const QString &type) const
    {
        QList<QJsonObject> out;
        for (const QJsonObject &event : events()) {
            if (event.value(u"type"_s).toString() == type)
                out << event;
        }
        return out;
    }

    QWebSocket socket;
    QStringList frames;
};

struct HttpResult
{
    int status = 0;
    QByteArray contentType;
    QByteArray body;
};

// A BouyomiChan talk command, little-endian as bouyomiprotocol.h documents it: int16 command
// 0x0001, speed, tone, volume, voice, uint8 encoding (0 = UTF-8), int32 length, the text.
QByteArray talkBytes(const QString &text, qint16 speed, qint16 tone, qint16 volume, qint16 voice)
{
    const QByteArray utf8 = text.toUtf8();
    QByteArray bytes;
    {
        QDataStream out(&bytes, QIODevice::WriteOnly);
        out.setByteOrder(QDataStream::LittleEndian);
        out << qint16(0x0001) << speed << tone << volume << voice << quint8(0)
            << qint32(utf8.size());
    }
    return bytes + utf8;
}

QByteArray commandBytes(quint16 command)
{
    QByteArray bytes;
    bytes.append(char(command & 0xff)).append(char(command >> 8));
    return bytes;
}

quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

} // namespace

class TestServers : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<FakeTwitchIrc> m_irc;
    std::unique_ptr<FakeVoicevox> m_engine;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<Pipeline> m_pipeline;
    std::unique_ptr<Servers> m_servers;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    int m_msg = 0;

    static Settings::ServeSettings serveNothing()
    {
        Settings::ServeSettings s;
        s.broadcastPort = 0;
        s.overlayPort = 0;
        s.bouyomiTcpPort = 0;
        s.bouyomiHttpPort = 0;
        return s;
    }

    // A live pipeline on the fakes, the streamer's voice kVoice, then Servers with `serve`.
    void start(const Settings::ServeSettings &serve)
    {
        m_settings = std::make_unique<Settings>(m_dir.filePath(u"servers-%1.ini"_s.arg(++m_msg)));
        m_settings->setRunOverride(u"chat/channel"_s, kChannel);
        m_settings->setRunOverride(u"chat/ircUrl"_s, m_irc->url().toString());
        m_settings->setRunOverride(u"speech/engines"_s, QStringList{m_engine->url().toString()});
        m_settings->setRunOverride(u"speech/systemVoice"_s, false);
        m_settings->setVoice(kVoice);
        QCOMPARE(m_settings->voice(), kVoice);
        m_settings->setServe(serve);
        m_pipeline = std::make_unique<Pipeline>(m_settings.get());
        QSignalSpy joined(m_irc.get(), &FakeTwitchIrc::channelJoined);
        m_pipeline->startLive();
        QVERIFY(joined.wait(5000));
        QTRY_COMPARE(m_pipeline->supervisor()->status(u"chat"_s).health, Supervisor::Health::Ok);
        QTRY_VERIFY(m_pipeline->defaultStyle().has_value());
        m_servers = std::make_unique<Servers>(m_settings.get(), m_pipeline.get());
    }

    QString chat(const QString &login, const QString &text)
    {
        const QString id = u"msg-%1"_s.arg(++m_msg);
        m_irc->sendToChannel(kChannel, FakeTwitchIrc::privmsgLine(kChannel, login, text, id));
        return id;
    }

    QUrl broadcastUrl(const QString &path) const
    {
        return QUrl(u"ws://127.0.0.1:%1%2"_s.arg(m_servers->broadcast()->serverPort()).arg(path));
    }
    QUrl overlayUrl(const QString &scheme, const QString &path) const
    {
        return QUrl(
            u"%1://127.0.0.1:%2%3"_s.arg(scheme).arg(m_servers->overlay()->serverPort()).arg(path));
    }

    HttpResult get(const QUrl &url)
    {
        HttpResult result;
        QNetworkRequest request(url);
        request.setTransferTimeout(5000);
        QNetworkReply *reply = m_nam->get(request);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished() && !finished.wait(10000))
            qWarning() << "no answer from" << url;
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
        result.body = reply->readAll();
        reply->deleteLater();
        return result;
    }
    QJsonObject bouyomiHttp(const QString &path, const QUrlQuery &query = {})
    {
        QUrl url(u"http://127.0.0.1:%1%2"_s.arg(m_servers->bouyomi()->httpPort()).arg(path));
        url.setQuery(query);
        const HttpResult r = get(url);
        if (r.status != 200)
            qWarning() << path << "answered" << r.status << r.body;
        return QJsonDocument::fromJson(r.body).object();
    }
    // Sends `bytes` on a new TCP connection; what the server answered before it closed.
    QByteArray bouyomiTcp(const QByteArray &bytes)
    {
        QTcpSocket socket;
        QByteArray reply;
        connect(&socket, &QTcpSocket::readyRead, &socket, [&] { reply += socket.readAll(); });
        QSignalSpy connected(&socket, &QTcpSocket::connected);
        QSignalSpy disconnected(&socket, &QTcpSocket::disconnected);
        socket.connectToHost(QHostAddress::LocalHost, m_servers->bouyomi()->tcpPort());
        if (!connected.wait(5000))
            return "no connection";
        socket.write(bytes);
        // The server closes once it handled everything it got.
        if (disconnected.isEmpty() && !disconnected.wait(5000))
            return "not closed";
        reply += socket.readAll();
        return reply;
    }
    bool tcpBool(quint16 command)
    {
        const QByteArray reply = bouyomiTcp(commandBytes(command));
        if (reply.size() != 1)
            qWarning() << "bool reply" << reply.toHex();
        return reply == QByteArray(1, '\1');
    }
    int tcpCount()
    {
        const QByteArray reply = bouyomiTcp(commandBytes(0x0130));
        if (reply.size() != 4)
            return -1;
        QDataStream in(reply);
        in.setByteOrder(QDataStream::LittleEndian);
        qint32 count = 0;
        in >> count;
        return count;
    }

    // What ChatVox must hand to tc2vv players for `text`: the fake engine's AudioQuery for it
    // with the streamer's voice applied.
    QJsonObject expectedAudioQuery(const QString &text) const
    {
        QFile file(u":/fakevoicevox/audio_query.json"_s);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("no :/fakevoicevox/audio_query.json");
        QJsonObject query = QJsonDocument::fromJson(file.readAll()).object();
        query.insert(u"kana"_s, text);
        query.insert(u"outputSamplingRate"_s, m_engine->sampleRate());
        query.insert(u"speedScale"_s, kVoice.speedScale);
        query.insert(u"pitchScale"_s, kVoice.pitchScale);
        query.insert(u"intonationScale"_s, kVoice.intonationScale);
        query.insert(u"volumeScale"_s, kVoice.volumeScale);
        return query;
    }
    QByteArray expectedWav(const QString &text) const
    {
        return FakeVoicevox::wavForText(text, m_engine->sampleRate(), kVoice.speedScale,
                                        kVoice.pitchScale, kVoice.volumeScale);
    }

    static QList<quint64> ids(const QJsonObject &event)
    {
        QList<quint64> out;
        for (const QJsonValue &v : event.value(u"ids"_s).toArray())
            out << quint64(v.toDouble());
        std::sort(out.begin(), out.end());
        return out;
    }
    static quint64 id(const QJsonObject &event) { return quint64(event.value(u"id"_s).toDouble()); }

private slots:
    void init()
    {
        m_msg = 0;
        m_irc = std::make_unique<FakeTwitchIrc>();
        QVERIFY(m_irc->isListening());
        m_engine = std::make_unique<FakeVoicevox>();
        QVERIFY(m_engine->listen());
        m_nam = std::make_unique<QNetworkAccessManager>();
    }
    void cleanup()
    {
        m_servers.reset();
        m_pipeline.reset();
        m_settings.reset();
        m_nam.reset();
        m_irc.reset();
        m_engine.reset();
    }

    // (a) tc2vv: one frame per spoken message, the AudioQuery with the streamer's voice, sent
    // as the item starts playing (not when it was synthesized ahead).
    void eachSpokenMessageIsOneAudioQueryFrameAsItStarts()
    {
        Settings::ServeSettings serve = serveNothing();
        serve.broadcast = true;
        start(serve);
        QVERIFY(m_servers->status().broadcastUp);
        QVERIFY2(m_servers->status().broadcast.contains(
                     u"ws://127.0.0.1:%1/"_s.arg(m_servers->broadcast()->serverPort())),
                 qPrintable(m_servers->status().broadcast));
        WsClient player;
        QVERIFY(player.open(broadcastUrl(u"/"_s)));
        QTRY_COMPARE(m_servers->broadcast()->clientCount(), 1);

        QList<int> framesAtStart;
        connect(m_pipeline->queue(), &SpeechQueue::itemStarted, &player.socket,
                [&] { framesAtStart << int(player.frames.size()); });
        const QStringList texts{u"こんばんは"_s, u"配信たのしみ"_s, u"おわり"_s};
        chat(u"sakura"_s, texts[0]);
        chat(u"nightbot"_s, u"I am a bot"_s); // skipped: no frame
        chat(u"kenji"_s, u"!uptime"_s); // skipped: no frame
        chat(u"alex"_s, texts[1]);
        chat(u"yuki"_s, texts[2]);
        QTRY_VERIFY_WITH_TIMEOUT(m_pipeline->queue()->isIdle() && player.frames.size() >= 3, 20000);
        QCOMPARE(m_engine->synthesizedTexts(), texts);
        // The item before it played for 200 ms and more: its frame had come, this one's not yet.
        QCOMPARE(framesAtStart, (QList<int>{0, 1, 2}));
        // A last message: the frames stop at one per spoken message.
        chat(u"sakura"_s, u"しめ"_s);
        QTRY_COMPARE_WITH_TIMEOUT(player.frames.size(), 4, 10000);
        QTRY_VERIFY(m_pipeline->queue()->isIdle());
        QCOMPARE(player.frames.size(), 4);

        const QList<FakeVoicevoxRequest> syntheses = m_engine->requests(u"/synthesis"_s);
        QCOMPARE(syntheses.size(), 4);
        const QStringList said = texts + QStringList{u"しめ"_s};
        for (int i = 0; i < said.size(); ++i) {
            const QJsonObject frame = parseObject(player.frames.at(i));
            QCOMPARE(frame, expectedAudioQuery(said.at(i)));
            // ... exactly the JSON the engine synthesized.
            QCOMPARE(player.frames.at(i).toUtf8(), syntheses.at(i).body);
        }
    }

    // (b) /events: hello, then queued → playing → done for each item, in order; with
    // broadcastWav the playing event carries the WAV.
    void eventsFollowEachItem()
    {
        Settings::ServeSettings serve = serveNothing();
        serve.broadcast = true;
        serve.broadcastWav = true;
        start(serve);
        WsClient client;
        QVERIFY(client.open(broadcastUrl(u"/events"_s)));
        QTRY_COMPARE(client.frames.size(), 1);
        const QJsonObject hello = client.events().first();
        QCOMPARE(hello.value(u"type"_s).toString(), u"hello"_s);
        QCOMPARE(hello.value(u"app"_s).toString(), u"chatvox"_s);
        QCOMPARE(hello.value(u"protocol"_s).toInt(), 1);
        QCOMPARE(hello.value(u"version"_s).toString(), QString::fromLatin1(CHATVOX_VERSION));

        const QStringList logins{u"sakura_0412"_s, u"kenji"_s};
        const QStringList texts{u"こんにちは"_s, u"きょうもよろしく"_s};
        QStringList messageIds;
        messageIds << chat(logins[0], texts[0]);
        chat(u"kenji"_s, u"!uptime"_s); // skipped: no event
        messageIds << chat(logins[1], texts[1]);
        QTRY_VERIFY_WITH_TIMEOUT(client.events(u"done"_s).size() == 2, 20000);
        QTRY_VERIFY(m_pipeline->queue()->isIdle());

        const QList<QJsonObject> events = client.events();
        QCOMPARE(events.first().value(u"type"_s).toString(), u"hello"_s);
        const QList<QJsonObject> queued = client.events(u"queued"_s);
        const QList<QJsonObject> playing = client.events(u"playing"_s);
        QCOMPARE(queued.size(), 2);
        QCOMPARE(playing.size(), 2);
        QCOMPARE(events.size(), 1 + 3 * 2);
        for (int i = 0; i < 2; ++i) {
            const quint64 itemId = id(queued[i]);
            QStringList life;
            for (const QJsonObject &event : events) {
                if (event.contains(u"id"_s) && id(event) == itemId)
                    life << event.value(u"type"_s).toString();
            }
            QCOMPARE(life, (QStringList{u"queued"_s, u"playing"_s, u"done"_s}));
            QCOMPARE(id(playing[i]), itemId); // played in the order they came
            for (const QJsonObject &event : {queued[i], playing[i]}) {
                QCOMPARE(event.value(u"messageId"_s).toString(), messageIds[i]);
                QCOMPARE(event.value(u"source"_s).toString(), u"chat"_s);
                QCOMPARE(event.value(u"user"_s).toString(), logins[i]);
                QCOMPARE(event.value(u"displayName"_s).toString(), logins[i]);
                QCOMPARE(event.value(u"text"_s).toString(), texts[i]);
                QCOMPARE(event.value(u"styleId"_s).toInteger(), *m_pipeline->defaultStyle());
            }
            QVERIFY(!queued[i].contains(u"wav"_s));
            QCOMPARE(
                QUrl(playing[i].value(u"engine"_s).toString()).adjusted(QUrl::StripTrailingSlash),
                m_engine->url().adjusted(QUrl::StripTrailingSlash));
            const int durationMs = playing[i].value(u"durationMs"_s).toInt();
            QVERIFY2(qAbs(durationMs - FakeVoicevox::durationMsForText(texts[i], kVoice.speedScale))
                         <= 1,
                     qPrintable(QString::number(durationMs)));
            QVERIFY(!playing[i].contains(u"audioUrl"_s)); // the overlay's, not the broadcast's
            const QByteArray wav
                = QByteArray::fromBase64(playing[i].value(u"wav"_s).toString().toLatin1(),
                                         QByteArray::AbortOnBase64DecodingErrors);
            const Result<WavData> parsed = readWav(wav);
            QVERIFY2(parsed, qPrintable(parsed.error()));
            QVERIFY(qAbs(parsed->durationMs() - durationMs) <= 1);
            QCOMPARE(wav, expectedWav(texts[i]));
        }
    }

    // (c) Moderators' deletions and timeouts purge; the kill switch clears and says killed.
    void purgesClearAndKillSwitchAreEvents()
    {
        Settings::ServeSettings serve = serveNothing();
        serve.broadcast = true;
        start(serve);
        WsClient client;
        QVERIFY(client.open(broadcastUrl(u"/events"_s)));
        QTRY_COMPARE(client.frames.size(), 1);
        m_pipeline->queue()->setPaused(true); // everything waits
        chat(u"troll"_s, u"荒らし1"_s);
        chat(u"friend"_s, u"友達"_s);
        const QString spamId = chat(u"spammer"_s, u"スパム"_s);
        chat(u"troll"_s, u"荒らし2"_s);
        QTRY_COMPARE(client.events(u"queued"_s).size(), 4);
        QHash<QString, quint64> itemOf; // text → queue item id
        for (const QJsonObject &event : client.events(u"queued"_s))
            itemOf.insert(event.value(u"text"_s).toString(), id(event));

        m_irc->sendToChannel(kChannel, FakeTwitchIrc::clearMsgLine(kChannel, u"spammer"_s, spamId));
        QTRY_COMPARE(client.events(u"purged"_s).size(), 1);
        QCOMPARE(ids(client.events(u"purged"_s).at(0)), QList<quint64>{itemOf.value(u"スパム"_s)});

        m_irc->sendToChannel(kChannel, FakeTwitchIrc::clearChatLine(kChannel, u"troll"_s, 600));
        QTRY_COMPARE(client.events(u"purged"_s).size(), 2);
        QList<quint64> trolls{itemOf.value(u"荒らし1"_s), itemOf.value(u"荒らし2"_s)};
        std::sort(trolls.begin(), trolls.end());
        QCOMPARE(ids(client.events(u"purged"_s).at(1)), trolls);
        QCOMPARE(m_pipeline->queue()->waitingCount(), 1);

        const qsizetype before = client.frames.size();
        m_pipeline->engageKillSwitch();
        QTRY_COMPARE(client.frames.size(), before + 2);
        const QList<QJsonObject> events = client.events();
        QCOMPARE(events.at(before).value(u"type"_s).toString(), u"cleared"_s);
        QCOMPARE(ids(events.at(before)), QList<quint64>{itemOf.value(u"友達"_s)});
        QCOMPARE(events.at(before + 1), (QJsonObject{{u"type"_s, u"killed"_s}}));
        QVERIFY(client.events(u"playing"_s).isEmpty());
    }

    // (d) The overlay: its page, its events, the audio of what plays.
    void overlayServesPageEventsAndAudio()
    {
        Settings::ServeSettings serve = serveNothing();
        serve.overlay = true;
        serve.overlayAudio = true;
        start(serve);
        QVERIFY(m_servers->status().overlayUp);
        QVERIFY(!m_servers->broadcast());
        QVERIFY(!m_servers->bouyomi());
        QFile page(QStringLiteral(CHATVOX_SOURCE_DIR "/resources/overlay/index.html"));
        QVERIFY(page.open(QIODevice::ReadOnly));
        const QByteArray html = page.readAll();
        for (const QString &path : {u"/overlay"_s, u"/"_s}) {
            const HttpResult r = get(overlayUrl(u"http"_s, path));
            QCOMPARE(r.status, 200);
            QVERIFY2(r.contentType.startsWith("text/html"), r.contentType.constData());
            QCOMPARE(r.body, html);
        }
        QCOMPARE(get(overlayUrl(u"http"_s, u"/overlay.js"_s)).status, 200);
        QCOMPARE(get(overlayUrl(u"http"_s, u"/audio/12345.wav"_s)).status, 404);

        WsClient client;
        QVERIFY(client.open(overlayUrl(u"ws"_s, u"/events"_s)));
        QTRY_COMPARE(client.frames.size(), 1);
        QCOMPARE(client.events().first().value(u"type"_s).toString(), u"hello"_s);
        const QString text = u"オーバーレイ"_s;
        chat(u"sakura"_s, text);
        QTRY_COMPARE_WITH_TIMEOUT(client.events(u"playing"_s).size(), 1, 15000);
        const QJsonObject playing = client.events(u"playing"_s).first();
        QCOMPARE(playing.value(u"text"_s).toString(), text);
        QVERIFY(!playing.contains(u"wav"_s)); // broadcastWav is the broadcast's option
        const QString audioUrl = playing.value(u"audioUrl"_s).toString();
        QCOMPARE(audioUrl, u"/audio/%1.wav"_s.arg(id(playing)));
        const HttpResult audio = get(overlayUrl(u"http"_s, audioUrl));
        QCOMPARE(audio.status, 200);
        QVERIFY2(audio.contentType.startsWith("audio/"), audio.contentType.constData());
        QCOMPARE(audio.body, expectedWav(text));
        const Result<WavData> parsed = readWav(audio.body);
        QVERIFY(parsed);
        QVERIFY(qAbs(parsed->durationMs() - playing.value(u"durationMs"_s).toInt()) <= 1);
        QTRY_COMPARE_WITH_TIMEOUT(client.events(u"done"_s).size(), 1, 10000);

        // Without the audio option: no audioUrl.
        serve.overlayAudio = false;
        m_settings->setServe(serve);
        QVERIFY(m_servers->overlay());
        WsClient again;
        QVERIFY(again.open(overlayUrl(u"ws"_s, u"/events"_s)));
        QTRY_COMPARE(again.frames.size(), 1);
        chat(u"sakura"_s, u"おとなし"_s);
        QTRY_COMPARE_WITH_TIMEOUT(again.events(u"playing"_s).size(), 1, 15000);
        QVERIFY(!again.events(u"playing"_s).first().contains(u"audioUrl"_s));
    }

    // (e) BouyomiChan: TCP and HTTP talk reach the engine with the mapped voice and the
    // command's speed; the query commands agree with the queue; pause and resume act.
    void bouyomiTalksAndAnswersLikeTheQueue()
    {
        Settings::ServeSettings serve = serveNothing();
        serve.bouyomi = true;
        serve.broadcast = true;
        serve.bouyomiVoices = {{2, 3}};
        start(serve);
        QVERIFY2(m_servers->status().bouyomiUp, qPrintable(m_servers->status().bouyomi));
        QVERIFY(m_servers->bouyomi()->tcpPort() != 0);
        QVERIFY(m_servers->bouyomi()->httpPort() != 0);
        WsClient client;
        QVERIFY(client.open(broadcastUrl(u"/events"_s)));
        QTRY_COMPARE(client.frames.size(), 1);

        // TCP talk, voice 2 → style 3, speed 150 %, tone and volume left to the streamer.
        const QString tcpText = u"ぼうよみちゃんからです"_s;
        QCOMPARE(bouyomiTcp(talkBytes(tcpText, 150, -1, -1, 2)), QByteArray());
        QTRY_VERIFY_WITH_TIMEOUT(m_engine->synthesizedTexts().contains(tcpText), 15000);
        const FakeVoicevoxRequest query = m_engine->requests(u"/audio_query"_s).last();
        QCOMPARE(query.text, tcpText);
        QVERIFY(query.hasSpeaker);
        QCOMPARE(query.speaker, 3);
        const FakeVoicevoxRequest synthesis = m_engine->requests(u"/synthesis"_s).last();
        QCOMPARE(synthesis.speaker, 3);
        const QJsonObject sent = QJsonDocument::fromJson(synthesis.body).object();
        QCOMPARE(sent.value(u"speedScale"_s).toDouble(), 1.5);
        QCOMPARE(sent.value(u"pitchScale"_s).toDouble(), kVoice.pitchScale);
        QCOMPARE(sent.value(u"volumeScale"_s).toDouble(), kVoice.volumeScale);
        QTRY_COMPARE(client.events(u"queued"_s).size(), 1);
        const QJsonObject queuedEvent = client.events(u"queued"_s).first();
        QCOMPARE(queuedEvent.value(u"source"_s).toString(), u"external"_s);
        QCOMPARE(queuedEvent.value(u"styleId"_s).toInteger(), 3);
        QTRY_VERIFY_WITH_TIMEOUT(m_pipeline->queue()->isIdle(), 15000);

        // HTTP /Talk: voice 1 is not mapped (the default style), speed 80 %.
        const QString httpText = u"えいちてぃーてぃーぴーです"_s;
        const QJsonObject talkReply = bouyomiHttp(
            u"/Talk"_s,
            QUrlQuery{{u"text"_s, httpText}, {u"voice"_s, u"1"_s}, {u"speed"_s, u"80"_s}});
        QVERIFY2(talkReply.value(u"taskId"_s).isDouble(),
                 QJsonDocument(talkReply).toJson().constData());
        QTRY_VERIFY_WITH_TIMEOUT(m_engine->synthesizedTexts().contains(httpText), 15000);
        const FakeVoicevoxRequest httpQuery = m_engine->requests(u"/audio_query"_s).last();
        QCOMPARE(httpQuery.text, httpText);
        QCOMPARE(httpQuery.speaker, *m_pipeline->defaultStyle());
        QCOMPARE(QJsonDocument::fromJson(m_engine->requests(u"/synthesis"_s).last().body)
                     .object()
                     .value(u"speedScale"_s)
                     .toDouble(),
                 0.8);
        QTRY_VERIFY_WITH_TIMEOUT(m_pipeline->queue()->isIdle(), 15000);

        // Paused: GetPause says so on both ports, the talks wait and are counted.
        QCOMPARE(bouyomiHttp(u"/Pause"_s), QJsonObject());
        QVERIFY(m_pipeline->isReadingPaused());
        QVERIFY(tcpBool(0x0110));
        QCOMPARE(bouyomiHttp(u"/GetPause"_s), (QJsonObject{{u"pause"_s, true}}));
        const QString longText
            = u"とてもながいおしらせをいまからよみあげますのでしばらくおまちください"_s;
        QCOMPARE(bouyomiTcp(talkBytes(longText, -1, -1, -1, 0)), QByteArray());
        QCOMPARE(bouyomiTcp(talkBytes(u"ふたつめ"_s, -1, -1, -1, 0)), QByteArray());
        QTRY_COMPARE(m_pipeline->queue()->waitingCount(), 2);
        QCOMPARE(tcpCount(), 2);
        QCOMPARE(bouyomiHttp(u"/GetTalkTaskCount"_s), (QJsonObject{{u"talkTaskCount"_s, 2}}));
        QVERIFY(!tcpBool(0x0120));
        QCOMPARE(bouyomiHttp(u"/GetNowPlaying"_s), (QJsonObject{{u"nowPlaying"_s, false}}));

        // Resumed: the long one plays (about 3 s), one waits behind it.
        QCOMPARE(bouyomiHttp(u"/Resume"_s), QJsonObject());
        QVERIFY(!m_pipeline->isReadingPaused());
        QVERIFY(!tcpBool(0x0110));
        QTRY_VERIFY_WITH_TIMEOUT(!m_pipeline->queue()->items().isEmpty()
                                     && m_pipeline->queue()->items().first().state
                                         == QueueItemInfo::State::Playing,
                                 15000);
        QVERIFY(tcpBool(0x0120));
        QCOMPARE(bouyomiHttp(u"/GetNowPlaying"_s), (QJsonObject{{u"nowPlaying"_s, true}}));
        QCOMPARE(tcpCount(), m_pipeline->queue()->waitingCount());
        QCOMPARE(m_pipeline->queue()->waitingCount(), 1);

        // TCP clear empties the queue (the one playing is cut).
        QCOMPARE(bouyomiTcp(commandBytes(0x0040)), QByteArray());
        QTRY_VERIFY(m_pipeline->queue()->isIdle());
        QCOMPARE(tcpCount(), 0);
        QVERIFY(!client.events(u"cleared"_s).isEmpty());
    }

    // (f) Settings apply live: off closes the clients, on again on another port works, a port
    // in use is reported and the other servers run.
    void settingsApplyLive()
    {
        Settings::ServeSettings serve = serveNothing();
        serve.broadcast = true;
        start(serve);
        QSignalSpy statusChanged(m_servers.get(), &Servers::statusChanged);
        WsClient first;
        QVERIFY(first.open(broadcastUrl(u"/"_s)));
        QTRY_COMPARE(m_servers->broadcast()->clientCount(), 1);
        const quint16 oldPort = m_servers->broadcast()->serverPort();

        QSignalSpy disconnected(&first.socket, &QWebSocket::disconnected);
        serve.broadcast = false;
        m_settings->setServe(serve);
        QVERIFY(!m_servers->broadcast());
        QVERIFY(!m_servers->status().broadcastUp);
        QVERIFY(m_servers->status().broadcast.isEmpty());
        QVERIFY(!statusChanged.isEmpty());
        QVERIFY(disconnected.wait(5000));
        QTcpSocket probe; // nobody listens there any more
        probe.connectToHost(QHostAddress::LocalHost, oldPort);
        QVERIFY(!probe.waitForConnected(2000));

        quint16 port = freePort();
        while (port == oldPort)
            port = freePort();
        QVERIFY(port != 0);
        serve.broadcast = true;
        serve.broadcastPort = port;
        m_settings->setServe(serve);
        QVERIFY(m_servers->broadcast());
        QCOMPARE(m_servers->broadcast()->serverPort(), port);
        QVERIFY(m_servers->status().broadcast.contains(u"ws://127.0.0.1:%1/"_s.arg(port)));
        WsClient second;
        QVERIFY(second.open(QUrl(u"ws://127.0.0.1:%1/"_s.arg(port))));
        QTRY_COMPARE(m_servers->broadcast()->clientCount(), 1);
        chat(u"sakura"_s, u"あたらしいポート"_s);
        QTRY_COMPARE_WITH_TIMEOUT(second.frames.size(), 1, 15000);
        QCOMPARE(parseObject(second.frames.first()).value(u"kana"_s).toString(),
                 u"あたらしいポート"_s);
        QTRY_VERIFY_WITH_TIMEOUT(m_pipeline->queue()->isIdle(), 15000);

        // A port somebody else holds: reported; the overlay starts all the same and works.
        QTcpServer squatter;
        QVERIFY(squatter.listen(QHostAddress::LocalHost, 0));
        serve.broadcastPort = squatter.serverPort();
        serve.overlay = true;
        statusChanged.clear();
        m_settings->setServe(serve);
        QCOMPARE(statusChanged.size(), 1);
        const Servers::Status status = m_servers->status();
        QVERIFY(!status.broadcastUp);
        QVERIFY(!m_servers->broadcast());
        QVERIFY2(status.broadcast.contains(QString::number(squatter.serverPort()))
                     && status.broadcast.contains(u"cannot be opened"_s),
                 qPrintable(status.broadcast));
        QVERIFY(status.overlayUp);
        WsClient overlay;
        QVERIFY(overlay.open(overlayUrl(u"ws"_s, u"/events"_s)));
        chat(u"sakura"_s, u"のこりはうごく"_s);
        QTRY_COMPARE_WITH_TIMEOUT(overlay.events(u"done"_s).size(), 1, 15000);
        QCOMPARE(overlay.events(u"playing"_s).first().value(u"text"_s).toString(),
                 u"のこりはうごく"_s);
    }

    // Options other than a server's switch, address and port apply without a restart: the
    // connected players and OBS pages stay (they would otherwise drop at each click in the
    // Settings page).
    void optionsApplyWithoutDroppingClients()
    {
        Settings::ServeSettings serve = serveNothing();
        serve.broadcast = true;
        serve.overlay = true;
        start(serve);
        BroadcastServer *broadcast = m_servers->broadcast();
        OverlayServer *overlay = m_servers->overlay();
        const quint16 port = broadcast->serverPort();
        WsClient events;
        QVERIFY(events.open(broadcastUrl(u"/events"_s)));
        WsClient page;
        QVERIFY(page.open(overlayUrl(u"ws"_s, u"/events"_s)));
        QSignalSpy eventsClosed(&events.socket, &QWebSocket::disconnected);
        QSignalSpy pageClosed(&page.socket, &QWebSocket::disconnected);
        serve.broadcastWav = true;
        serve.overlayAudio = true;
        serve.bouyomiVoices = {{1, 2}};
        serve.engineDictionary = true;
        m_settings->setServe(serve);
        QCOMPARE(m_servers->broadcast(), broadcast);
        QCOMPARE(m_servers->overlay(), overlay);
        QCOMPARE(broadcast->serverPort(), port);
        chat(u"sakura"_s, u"つながったまま"_s);
        QTRY_COMPARE_WITH_TIMEOUT(events.events(u"done"_s).size(), 1, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(page.events(u"done"_s).size(), 1, 5000);
        QVERIFY(events.events(u"playing"_s).first().contains(u"wav"_s));
        QVERIFY(page.events(u"playing"_s).first().contains(u"audioUrl"_s));
        QVERIFY(eventsClosed.isEmpty());
        QVERIFY(pageClosed.isEmpty());

        // The address does restart them; IPv6 addresses are bracketed in the URLs.
        QTcpServer ipv6;
        if (!ipv6.listen(QHostAddress::LocalHostIPv6, 0))
            QSKIP("no IPv6 loopback here");
        ipv6.close();
        serve.address = u"::1"_s;
        m_settings->setServe(serve);
        QVERIFY(eventsClosed.wait(5000));
        QVERIFY2(m_servers->status().broadcast.startsWith(
                     u"ws://[::1]:%1/"_s.arg(m_servers->broadcast()->serverPort())),
                 qPrintable(m_servers->status().broadcast));
        QVERIFY2(m_servers->status().overlay.startsWith(
                     u"http://[::1]:%1/overlay"_s.arg(m_servers->overlay()->serverPort())),
                 qPrintable(m_servers->status().overlay));
        WsClient v6;
        QVERIFY(v6.open(QUrl(u"ws://[::1]:%1/events"_s.arg(m_servers->broadcast()->serverPort()))));
        QTRY_COMPARE(v6.frames.size(), 1);
    }

    // (g) The command line: --broadcast/--overlay/--bouyomi start the servers; a dry run has
    // none (it speaks nothing).
    void commandLineStartsServersButNotInADryRun_data()
    {
        QTest::addColumn<bool>("dryRun");
        QTest::newRow("replay") << false;
        QTest::newRow("dry run") << true;
    }
    void commandLineStartsServersButNotInADryRun()
    {
        QFETCH(bool, dryRun);
        const QString config = m_dir.filePath(u"cli-%1.ini"_s.arg(dryRun));
        {
            Settings settings(config);
            Settings::ServeSettings serve;
            serve.bouyomiTcpPort = 0; // the defaults may be taken on this machine
            serve.bouyomiHttpPort = 0;
            settings.setServe(serve);
            settings.setSystemVoiceFallback(false);
            QVERIFY(settings.save());
        }
        const QString log = m_dir.filePath(u"replay.log"_s);
        {
            QFile file(log);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(FakeTwitchIrc::privmsgLine(kChannel, u"viewer"_s, u"りぷれい"_s, u"r1"_s)
                       + "\n");
        }
        const CliParseResult cli = parseCommandLine(
            QStringList{u"chatvox"_s, u"--headless"_s, u"--config"_s, config, u"--replay"_s, log,
                        u"--engine"_s, m_engine->url().toString(), u"--broadcast"_s, u"0"_s,
                        u"--overlay"_s, u"0"_s, u"--bouyomi"_s, u"--listen"_s, u"127.0.0.1"_s}
            + (dryRun ? QStringList{u"--dry-run"_s} : QStringList{}));
        QVERIFY2(cli.error.isEmpty(), qPrintable(cli.error));
        auto app = std::make_unique<Application>(cli.options);
        QVERIFY(app->start());
        if (dryRun) {
            QVERIFY(!app->servers());
            return;
        }
        QVERIFY(app->servers());
        const Servers::Status status = app->servers()->status();
        QVERIFY2(
            status.broadcastUp && status.overlayUp && status.bouyomiUp,
            qPrintable(status.broadcast + u" | "_s + status.overlay + u" | "_s + status.bouyomi));
        QVERIFY(status.broadcast.contains(
            u"ws://127.0.0.1:%1/"_s.arg(app->servers()->broadcast()->serverPort())));
        QVERIFY(status.overlay.contains(
            u"http://127.0.0.1:%1/overlay"_s.arg(app->servers()->overlay()->serverPort())));
        // Run overrides only: the file keeps the servers off.
        QVERIFY(!Settings(config).serve().broadcast);
    }
};

CHATVOX_AUDIO_TEST_MAIN(TestServers)
#include "tst_servers.moc"
