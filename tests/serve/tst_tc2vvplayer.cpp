// ChatVox's tc2vv-compatible broadcast against a tc2vv browser player running in headless
// Chromium (tests/data/serve/tc2vv_player.html, written from tc2vv's description): the player
// gets each AudioQuery frame from BroadcastServer's "/", POSTs it to the (fake) engine's
// /synthesis, and decodes and plays the WAV with WebAudio. Skipped when Chromium is absent.

#include "fakevoicevox.h"
#include "headlesschromium.h"
#include "serve/broadcastserver.h"
#include "serve/httpserver.h"

#include <memory>

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace chatvox;
using namespace chatvox::test;
using namespace Qt::StringLiterals;

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

// A real engine answer (tests/data/voicevox), compact as the engine sends it.
QByteArray audioQueryFrame(const QString &name)
{
    const QByteArray pretty = readFile(QStringLiteral(CHATVOX_TEST_DATA_DIR "/voicevox/") + name);
    return QJsonDocument::fromJson(pretty).toJson(QJsonDocument::Compact);
}

} // namespace

class TestTc2vvPlayer : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<HeadlessChromium> m_browser;

    // The page at http://127.0.0.1:<port>/player.html (http, not file:, so that its origin is
    // loopback like the engine's).
    HttpServer m_pages;

private slots:
    void initTestCase()
    {
        if (HeadlessChromium::executable().isEmpty())
            QSKIP(HeadlessChromium::notInstalledMessage());
        const QByteArray page
            = readFile(QStringLiteral(CHATVOX_TEST_DATA_DIR "/serve/tc2vv_player.html"));
        m_pages.route("GET", u"/player.html"_s, [page](const HttpRequest &) {
            HttpResponse response;
            response.contentType = "text/html; charset=utf-8";
            response.body = page;
            return response;
        });
        QVERIFY2(m_pages.listen(QHostAddress::LocalHost, 0), qPrintable(m_pages.errorString()));
        m_browser = std::make_unique<HeadlessChromium>();
        QVERIFY2(m_browser->start(), qPrintable(m_browser->errorString()));
        qInfo("headless Chromium started in %lld ms", qlonglong(m_browser->startupMs()));
    }

    void cleanupTestCase() { m_browser.reset(); }

    void synthesizesAndPlaysEveryAudioQuery()
    {
        FakeVoicevox engine;
        QVERIFY(engine.listen());
        BroadcastServer broadcast;
        QVERIFY2(broadcast.listen(QHostAddress::LocalHost, 0), qPrintable(broadcast.errorString()));

        QUrl url(u"http://127.0.0.1/player.html"_s);
        url.setPort(m_pages.serverPort());
        url.setQuery(u"ws=ws://127.0.0.1:%1/&engine=%2&speaker=3"_s.arg(
            QString::number(broadcast.serverPort()), engine.url().toString()));
        QVERIFY2(m_browser->navigate(url), qPrintable(m_browser->errorString()));
        QVERIFY2(m_browser->waitFor(u"window.player && player.state === 'open'"_s),
                 qPrintable(m_browser->errorString() + u'\n' + m_browser->diagnostics()));
        QTRY_COMPARE_WITH_TIMEOUT(broadcast.clientCount(), 1, 5000);

        // Three real AudioQueries (two texts, two speeds), with frames the player must skip
        // in between: no kana, empty kana, not JSON. Events never reach "/" clients.
        const QList<QByteArray> frames{audioQueryFrame(u"audio_query.json"_s),
                                       audioQueryFrame(u"audio_query_from_preset.json"_s),
                                       audioQueryFrame(u"audio_query_katakana_english.json"_s)};
        QElapsedTimer clock;
        clock.start();
        broadcast.sendAudioQuery(frames[0]);
        broadcast.sendAudioQuery(R"({"speedScale":1.0,"accent_phrases":[]})"_ba);
        broadcast.sendEvent(QJsonObject{{u"type"_s, u"done"_s}, {u"id"_s, 1}});
        broadcast.sendAudioQuery(frames[1]);
        broadcast.sendAudioQuery(R"({"kana":""})"_ba);
        broadcast.sendAudioQuery("not json");
        broadcast.sendAudioQuery(frames[2]);

        QVERIFY2(m_browser->waitFor(u"player.decoded.length + player.errors.length >= 3"_s, 10000),
                 qPrintable(m_browser->errorString() + u'\n' + m_browser->diagnostics()));
        const qint64 decodedMs = clock.elapsed();
        const QJsonObject player = m_browser->evaluate(u"window.player"_s).toObject();
        QVERIFY2(player.value("errors"_L1).toArray().isEmpty(),
                 QJsonDocument(player).toJson().constData());
        QCOMPARE(player.value("frames"_L1).toInt(), 6);
        QCOMPARE(player.value("skipped"_L1).toArray().size(), 3);

        // Each AudioQuery was POSTed unchanged to /synthesis with the page's speaker.
        const QList<FakeVoicevoxRequest> posts = engine.requests(u"/synthesis"_s);
        QCOMPARE(posts.size(), 3);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(posts[i].method, u"POST"_s);
            QCOMPARE(posts[i].speaker, qint64(3));
            QCOMPARE(posts[i].body, frames[i]);
        }

        // ...and each answer decoded to a clip as long as the fake engine made it.
        const QJsonArray decoded = player.value("decoded"_L1).toArray();
        QCOMPARE(decoded.size(), 3);
        for (int i = 0; i < 3; ++i) {
            const QJsonObject query = QJsonDocument::fromJson(frames[i]).object();
            const double expectedSec
                = FakeVoicevox::durationMsForText(query.value("kana"_L1).toString(),
                                                  query.value("speedScale"_L1).toDouble())
                / 1000.0;
            const QJsonObject clip = decoded[i].toObject();
            const double durationSec = clip.value("durationSec"_L1).toDouble();
            QVERIFY2(
                qAbs(durationSec - expectedSec) < 0.005,
                qPrintable(
                    u"clip %1: %2 s, expected %3 s"_s.arg(i).arg(durationSec).arg(expectedSec)));
            QVERIFY(clip.value("sampleRate"_L1).toDouble() >= 8000);
            QCOMPARE(clip.value("numberOfChannels"_L1).toInt(), 1);
        }
        qInfo("3 AudioQueries synthesized and decoded by the page in %lld ms",
              qlonglong(decodedMs));

        // Played one after another, in order.
        QVERIFY2(m_browser->waitFor(u"player.played.length === 3 && "
                                    "player.played.every(p => p.endedAt !== null)"_s,
                                    10000),
                 qPrintable(m_browser->errorString()));
        const QJsonArray played = m_browser->evaluate(u"player.played"_s).toArray();
        for (int i = 0; i < 3; ++i) {
            const QJsonObject clip = played[i].toObject();
            QCOMPARE(clip.value("index"_L1).toInt(), i);
            if (i > 0)
                QVERIFY(clip.value("startedAt"_L1).toDouble()
                        >= played[i - 1].toObject().value("endedAt"_L1).toDouble());
        }
    }

    void engineErrorIsReported()
    {
        // A frame the engine refuses (unknown style) is an error on the page, and the next
        // frame still plays.
        FakeVoicevox engine;
        QVERIFY(engine.listen());
        engine.failNext(u"/synthesis"_s, 422,
                        R"({"message":"指定されたスタイルが見つかりませんでした。"})"_ba);
        BroadcastServer broadcast;
        QVERIFY(broadcast.listen(QHostAddress::LocalHost, 0));
        QUrl url(u"http://127.0.0.1/player.html"_s);
        url.setPort(m_pages.serverPort());
        url.setQuery(u"ws=ws://127.0.0.1:%1/&engine=%2&speaker=3"_s.arg(
            QString::number(broadcast.serverPort()), engine.url().toString()));
        QVERIFY2(m_browser->navigate(url), qPrintable(m_browser->errorString()));
        QVERIFY2(m_browser->waitFor(u"player.state === 'open'"_s),
                 qPrintable(m_browser->errorString()));
        QTRY_COMPARE_WITH_TIMEOUT(broadcast.clientCount(), 1, 5000);

        broadcast.sendAudioQuery(audioQueryFrame(u"audio_query.json"_s));
        broadcast.sendAudioQuery(audioQueryFrame(u"audio_query_katakana_english.json"_s));
        QVERIFY2(m_browser->waitFor(u"player.decoded.length === 1 && player.errors.length === 1"_s,
                                    10000),
                 qPrintable(m_browser->errorString() + u'\n' + m_browser->diagnostics()));
        QCOMPARE(m_browser->evaluate(u"player.errors[0]"_s).toString(), u"synthesis HTTP 422"_s);
        QCOMPARE(engine.requestCount(u"/synthesis"_s), 2);
    }

    void browserStaysOffline()
    {
        // The harness opens local URLs only, and pages cannot reach out either.
        QVERIFY(!m_browser->navigate(QUrl(u"https://example.com/"_s)));
        const QString result
            = m_browser
                  ->evaluate(u"Promise.all(['http://example.com/', 'http://93.184.216.34/']"
                             ".map(u => fetch(u, {mode: 'no-cors'}).then(() => 'reached', () => "
                             "'blocked')))"
                             ".then(r => r.join(','))"_s,
                             nullptr, 15000)
                  .toString();
        QCOMPARE(result, u"blocked,blocked"_s);
    }
};

QTEST_GUILESS_MAIN(TestTc2vvPlayer)
#include "tst_tc2vvplayer.moc"
