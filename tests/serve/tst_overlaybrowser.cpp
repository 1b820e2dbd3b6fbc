// The OBS caption overlay (resources/overlay, served by OverlayServer) in headless Chromium, as
// an OBS browser source runs it: events on /events show and hide the caption on time, the URL
// options apply, chat text stays text, the page reconnects after ChatVox restarts, and it can
// play the utterance's audio itself. Saves screenshots of the themes to $CHATVOX_SCREENSHOT_DIR
// (default <build>/screenshots). Skipped when Chromium is absent.

#include "headlesschromium.h"
#include "serve/overlayserver.h"
#include "testwav.h"

#include <memory>

#include <QDateTime>
#include <QDir>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace chatvox;
using namespace chatvox::test;
using namespace Qt::StringLiterals;

namespace {

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch(); // the page's Date.now(): same clock
}

QJsonObject playing(int id, const QString &displayName, const QString &text)
{
    return QJsonObject{{u"type"_s, u"playing"_s},
                       {u"id"_s, id},
                       {u"messageId"_s, u"msg-%1"_s.arg(id)},
                       {u"source"_s, u"chat"_s},
                       {u"user"_s, u"viewer_%1"_s.arg(id)},
                       {u"displayName"_s, displayName},
                       {u"text"_s, text},
                       {u"styleId"_s, 3},
                       {u"engine"_s, u"http://127.0.0.1:50021"_s},
                       {u"durationMs"_s, 1500}};
}

QJsonObject itemEvent(const QString &type, int id)
{
    return QJsonObject{{u"type"_s, type}, {u"id"_s, id}};
}

const QString captionState = u"document.getElementById('caption').dataset.state"_s;
const QString captionId = u"document.getElementById('caption').dataset.id"_s;
const QString captionOpacity = u"getComputedStyle(document.getElementById('caption')).opacity"_s;

} // namespace

class TestOverlayBrowser : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<HeadlessChromium> m_browser;
    QDir m_shots;

    QString failure() const { return m_browser->errorString() + u'\n' + m_browser->diagnostics(); }

    // Opens the overlay with URL options `query` and waits until it has the server's hello.
    bool open(const OverlayServer &server, const QString &query)
    {
        QUrl url(u"http://127.0.0.1/overlay"_s);
        url.setPort(server.serverPort());
        url.setQuery(query);
        return m_browser->navigate(url)
            && m_browser->waitFor(
                u"window.chatvoxOverlay && chatvoxOverlay.hello && chatvoxOverlay.state === 'open'"_s);
    }

    QJsonObject lastCaption() const
    {
        return m_browser->evaluate(u"chatvoxOverlay.captions[chatvoxOverlay.captions.length - 1]"_s)
            .toObject();
    }

private slots:
    void initTestCase()
    {
        if (HeadlessChromium::executable().isEmpty())
            QSKIP(HeadlessChromium::notInstalledMessage());
        QString dir = qEnvironmentVariable("CHATVOX_SCREENSHOT_DIR");
        if (dir.isEmpty())
            dir = QStringLiteral(CHATVOX_SCREENSHOT_DIR);
        QDir().mkpath(dir);
        m_shots = QDir(dir);
        m_browser = std::make_unique<HeadlessChromium>();
        m_browser->setWindowSize(QSize(1280, 720));
        QVERIFY2(m_browser->start(), qPrintable(m_browser->errorString()));
        qInfo("headless Chromium started in %lld ms", qlonglong(m_browser->startupMs()));
    }

    void cleanupTestCase() { m_browser.reset(); }

    void showsWhilePlayingAndHidesAfterHold()
    {
        OverlayServer server;
        QVERIFY2(server.listen(QHostAddress::LocalHost, 0), qPrintable(server.errorString()));
        QVERIFY2(open(server, u"hold=0.3"_s), qPrintable(failure()));
        QCOMPARE(server.clientCount(), 1);
        QCOMPARE(m_browser->evaluate(captionState).toString(), u"hidden"_s);
        QCOMPARE(m_browser->evaluate(u"chatvoxOverlay.hello.app"_s).toString(), u"chatvox"_s);

        // queued shows nothing.
        QJsonObject queued = playing(7, u"さくら"_s, u"こんにちは"_s);
        queued.insert("type"_L1, u"queued"_s);
        server.sendEvent(queued);

        const qint64 sentMs = nowMs();
        server.sendEvent(playing(7, u"さくら"_s, u"こんにちは、今日もよろしく！"_s));
        QVERIFY2(m_browser->waitFor(captionState + u" === 'shown'"_s, 1000), qPrintable(failure()));
        QCOMPARE(m_browser->evaluate(captionId).toString(), u"7"_s);
        QCOMPARE(m_browser->evaluate(u"document.getElementById('caption-name').textContent"_s)
                     .toString(),
                 u"さくら"_s);
        QCOMPARE(m_browser->evaluate(u"document.getElementById('caption-text').textContent"_s)
                     .toString(),
                 u"こんにちは、今日もよろしく！"_s);
        QJsonObject shown = lastCaption();
        const qint64 latencyMs = qint64(shown.value("shownAt"_L1).toDouble()) - sentMs;
        QVERIFY2(latencyMs >= 0 && latencyMs < 1000, qPrintable(QString::number(latencyMs)));
        // Faded in: fully opaque.
        QVERIFY2(m_browser->waitFor(captionOpacity + u" === '1'"_s, 1000), qPrintable(failure()));
        qInfo("caption shown %lld ms after the playing event was sent", qlonglong(latencyMs));

        // "done" for another item changes nothing; for this one the caption stays for hold.
        server.sendEvent(itemEvent(u"done"_s, 6));
        const qint64 doneSentMs = nowMs();
        server.sendEvent(itemEvent(u"done"_s, 7));
        QVERIFY2(m_browser->waitFor(captionState + u" === 'hidden'"_s, 3000),
                 qPrintable(failure()));
        shown = lastCaption();
        QCOMPARE(shown.value("hideReason"_L1).toString(), u"done"_s);
        const qint64 heldMs = qint64(shown.value("hiddenAt"_L1).toDouble()) - doneSentMs;
        QVERIFY2(heldMs >= 290 && heldMs < 1000, qPrintable(QString::number(heldMs)));
        qInfo("caption hidden %lld ms after done (hold=0.3 s)", qlonglong(heldMs));
        // Faded out.
        QVERIFY2(m_browser->waitFor(captionOpacity + u" === '0'"_s, 2000), qPrintable(failure()));
        QCOMPARE(m_browser->evaluate(u"chatvoxOverlay.captions.length"_s).toInt(), 1);
    }

    void stopsAtOnce_data()
    {
        QTest::addColumn<QJsonObject>("stop");
        QTest::addColumn<QString>("reason");
        QTest::newRow("skipped") << itemEvent(u"skipped"_s, 11) << u"skipped"_s;
        QTest::newRow("purged") << QJsonObject{{u"type"_s, u"purged"_s},
                                               {u"ids"_s, QJsonArray{10, 11}}}
                                << u"purged"_s;
        QTest::newRow("cleared") << QJsonObject{{u"type"_s, u"cleared"_s}} << u"cleared"_s;
        QTest::newRow("killed") << QJsonObject{{u"type"_s, u"killed"_s}} << u"killed"_s;
    }

    void stopsAtOnce()
    {
        QFETCH(QJsonObject, stop);
        QFETCH(QString, reason);
        OverlayServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        QVERIFY2(open(server, u"hold=5"_s), qPrintable(failure()));

        server.sendEvent(playing(11, u"ねこ"_s, u"消されるメッセージ"_s));
        QVERIFY2(m_browser->waitFor(captionState + u" === 'shown'"_s, 1000), qPrintable(failure()));
        // Events about other items leave it alone.
        server.sendEvent(itemEvent(u"skipped"_s, 12));
        server.sendEvent(QJsonObject{{u"type"_s, u"purged"_s}, {u"ids"_s, QJsonArray{3, 4}}});
        server.sendEvent(QJsonObject{{u"type"_s, u"somethingNew"_s}, {u"id"_s, 11}});
        // hello, playing and these three have arrived.
        QVERIFY(m_browser->waitFor(u"chatvoxOverlay.events >= 5"_s, 1000));
        QCOMPARE(m_browser->evaluate(captionState).toString(), u"shown"_s);

        const qint64 sentMs = nowMs();
        server.sendEvent(stop);
        QVERIFY2(m_browser->waitFor(captionState + u" === 'hidden'"_s, 1000),
                 qPrintable(failure()));
        const QJsonObject shown = lastCaption();
        QCOMPARE(shown.value("hideReason"_L1).toString(), reason);
        // Without waiting for a hold.
        QVERIFY(qint64(shown.value("hiddenAt"_L1).toDouble()) - sentMs < 500);
    }

    void nextCaptionReplacesTheHeldOne()
    {
        OverlayServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        QVERIFY2(open(server, u"hold=5"_s), qPrintable(failure()));
        server.sendEvent(playing(1, u"一人目"_s, u"最初"_s));
        server.sendEvent(itemEvent(u"done"_s, 1));
        server.sendEvent(playing(2, u"二人目"_s, u"次"_s));
        QVERIFY2(m_browser->waitFor(captionId + u" === '2'"_s, 1000), qPrintable(failure()));
        QCOMPARE(m_browser->evaluate(u"chatvoxOverlay.captions[0].hideReason"_s).toString(),
                 u"replaced"_s);
        QCOMPARE(m_browser->evaluate(u"document.getElementById('caption-text').textContent"_s)
                     .toString(),
                 u"次"_s);
        // The first one's hold timer must not hide the second.
        server.sendEvent(itemEvent(u"done"_s, 1));
        QVERIFY(m_browser->waitFor(u"chatvoxOverlay.events >= 5"_s, 1000));
        QCOMPARE(m_browser->evaluate(captionState).toString(), u"shown"_s);
    }

    void chatIsShownAsText()
    {
        OverlayServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        QVERIFY2(open(server, {}), qPrintable(failure()));
        const QString hostile = uR"(<img src=x onerror="window.pwned=1"><b>太字</b> & "quotes")"_s;
        server.sendEvent(playing(3, u"<script>window.pwned=2</script>"_s, hostile));
        QVERIFY2(m_browser->waitFor(captionState + u" === 'shown'"_s, 1000), qPrintable(failure()));
        QCOMPARE(m_browser->evaluate(u"document.getElementById('caption-text').textContent"_s)
                     .toString(),
                 hostile);
        QCOMPARE(m_browser
                     ->evaluate(u"document.querySelectorAll('#caption img, #caption b, "
                                "#caption script').length"_s)
                     .toInt(),
                 0);
        QCOMPARE(m_browser->evaluate(u"typeof window.pwned"_s).toString(), u"undefined"_s);
    }

    void longTextIsClippedToMaxLines()
    {
        OverlayServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        QVERIFY2(open(server, u"max=2&size=40"_s), qPrintable(failure()));
        QString text;
        while (text.size() < 400)
            text += u"とても長いコメントが続きます。"_s;
        server.sendEvent(playing(4, u"長文"_s, text));
        QVERIFY2(m_browser->waitFor(captionState + u" === 'shown'"_s, 1000), qPrintable(failure()));
        const QJsonObject box
            = m_browser
                  ->evaluate(
                      u"(() => { const t = document.getElementById('caption-text');"
                      " const s = getComputedStyle(t);"
                      " return {client: t.clientHeight, scroll: t.scrollHeight,"
                      " lineHeight: parseFloat(s.lineHeight), fontSize: parseFloat(s.fontSize),"
                      " width: t.getBoundingClientRect().width}; })()"_s)
                  .toObject();
        const double lineHeight = box.value("lineHeight"_L1).toDouble();
        QCOMPARE(box.value("fontSize"_L1).toDouble(), 40.0);
        QVERIFY2(box.value("client"_L1).toDouble() <= 2 * lineHeight + 0.3 * 40 + 1,
                 QJsonDocument(box).toJson().constData());
        QVERIFY2(box.value("client"_L1).toDouble() >= 2 * lineHeight - 1,
                 QJsonDocument(box).toJson().constData());
        QVERIFY2(box.value("scroll"_L1).toDouble() > box.value("client"_L1).toDouble(),
                 QJsonDocument(box).toJson().constData());
        QVERIFY(box.value("width"_L1).toDouble() <= 1280);

        // One long "word" (no spaces, no Japanese) wraps too instead of running off the page.
        server.sendEvent(playing(5, u"w"_s, QString(300, u'w')));
        QVERIFY2(m_browser->waitFor(captionId + u" === '5'"_s, 1000), qPrintable(failure()));
        QVERIFY(m_browser
                    ->evaluate(u"document.getElementById('caption').getBoundingClientRect().right"
                               " <= innerWidth"_s)
                    .toBool());
    }

    void urlOptions()
    {
        OverlayServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));

        // Defaults: bottom, 42 px, outline, name shown, indicator hidden.
        QVERIFY2(open(server, {}), qPrintable(failure()));
        server.sendEvent(playing(1, u"なまえ"_s, u"本文"_s));
        QVERIFY2(m_browser->waitFor(captionState + u" === 'shown'"_s, 1000), qPrintable(failure()));
        QJsonObject look
            = m_browser
                  ->evaluate(u"(() => { const c = document.getElementById('caption');"
                             " const r = c.getBoundingClientRect();"
                             " return {top: r.top, bottom: r.bottom, left: r.left,"
                             " right: r.right,"
                             " font: getComputedStyle(document.getElementById("
                             "'caption-text')).fontSize,"
                             " nameShown: document.getElementById('caption-name')"
                             ".offsetParent !== null,"
                             " indicator: !document.getElementById('connection').hidden,"
                             " background: getComputedStyle(c).backgroundColor}; })()"_s)
                  .toObject();
        QVERIFY2(look.value("top"_L1).toDouble() > 360, QJsonDocument(look).toJson().constData());
        QCOMPARE(look.value("font"_L1).toString(), u"42px"_s);
        QVERIFY(look.value("nameShown"_L1).toBool());
        QVERIFY(!look.value("indicator"_L1).toBool());
        QCOMPARE(look.value("background"_L1).toString(), u"rgba(0, 0, 0, 0)"_s);

        // top, 60 px, box theme, no name, debug indicator.
        QVERIFY2(open(server, u"position=top&size=60&theme=box&name=0&debug=1"_s),
                 qPrintable(failure()));
        server.sendEvent(playing(2, u"なまえ"_s, u"本文"_s));
        QVERIFY2(m_browser->waitFor(captionState + u" === 'shown'"_s, 1000), qPrintable(failure()));
        look = m_browser
                   ->evaluate(u"(() => { const c = document.getElementById('caption');"
                              " const r = c.getBoundingClientRect();"
                              " const i = document.getElementById('connection');"
                              " return {top: r.top, bottom: r.bottom,"
                              " font: getComputedStyle(document.getElementById('caption-text'))"
                              ".fontSize,"
                              " nameShown: document.getElementById('caption-name').offsetParent"
                              " !== null,"
                              " indicator: !i.hidden && i.getBoundingClientRect().width > 0,"
                              " indicatorState: i.dataset.state,"
                              " background: getComputedStyle(c).backgroundColor}; })()"_s)
                   .toObject();
        QVERIFY2(look.value("bottom"_L1).toDouble() < 360,
                 QJsonDocument(look).toJson().constData());
        QCOMPARE(look.value("font"_L1).toString(), u"60px"_s);
        QVERIFY(!look.value("nameShown"_L1).toBool());
        QVERIFY(look.value("indicator"_L1).toBool());
        QCOMPARE(look.value("indicatorState"_L1).toString(), u"open"_s);
        QVERIFY(look.value("background"_L1).toString() != u"rgba(0, 0, 0, 0)"_s);

        // left / right / center.
        for (const auto &[position, check] :
             {std::pair{u"left"_s, u"r.left < 200 && r.right < 700"_s},
              std::pair{u"right"_s, u"r.right > 1080 && r.left > 580"_s},
              std::pair{u"center"_s, u"r.top < 360 && r.bottom > 360"_s}}) {
            QVERIFY2(open(server, u"position="_s + position), qPrintable(failure()));
            server.sendEvent(playing(3, u"なまえ"_s, u"本文"_s));
            QVERIFY2(m_browser->waitFor(captionState + u" === 'shown'"_s, 1000),
                     qPrintable(failure()));
            QVERIFY2(m_browser
                         ->evaluate(u"(() => { const r = document.getElementById('caption')"
                                    ".getBoundingClientRect(); return %1; })()"_s.arg(check))
                         .toBool(),
                     qPrintable(position));
        }

        // Nonsense falls back to the defaults.
        QVERIFY2(open(server, u"position=sideways&size=huge&theme=neon&max=-4&hold=x"_s),
                 qPrintable(failure()));
        const QJsonObject options = m_browser->evaluate(u"chatvoxOverlay.options"_s).toObject();
        QCOMPARE(options.value("position"_L1).toString(), u"bottom"_s);
        QCOMPARE(options.value("size"_L1).toDouble(), 42.0);
        QCOMPARE(options.value("theme"_L1).toString(), u"outline"_s);
        QCOMPARE(options.value("max"_L1).toDouble(), 1.0); // clamped
        QCOMPARE(options.value("hold"_L1).toDouble(), 2.0);
    }

    void reconnectsWhenChatVoxRestarts()
    {
        OverlayServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        const quint16 port = server.serverPort();
        QVERIFY2(open(server, u"hold=5"_s), qPrintable(failure()));
        server.sendEvent(playing(1, u"なまえ"_s, u"読み上げ中"_s));
        QVERIFY2(m_browser->waitFor(captionState + u" === 'shown'"_s, 1000), qPrintable(failure()));

        // ChatVox quits: the caption goes, the page keeps trying.
        server.close();
        QVERIFY2(m_browser->waitFor(u"chatvoxOverlay.state !== 'open'"_s, 3000),
                 qPrintable(failure()));
        QCOMPARE(m_browser->evaluate(captionState).toString(), u"hidden"_s);
        QCOMPARE(lastCaption().value("hideReason"_L1).toString(), u"disconnected"_s);

        // ...and is back (same port) within the backoff.
        const qint64 restartMs = nowMs();
        QVERIFY2(server.listen(QHostAddress::LocalHost, port), qPrintable(server.errorString()));
        QVERIFY2(m_browser->waitFor(
                     u"chatvoxOverlay.connects === 2 && chatvoxOverlay.state === 'open'"_s, 15000),
                 qPrintable(failure()));
        qInfo("overlay reconnected %lld ms after the server came back",
              qlonglong(nowMs() - restartMs));
        QTRY_COMPARE_WITH_TIMEOUT(server.clientCount(), 1, 2000);
        server.sendEvent(playing(2, u"なまえ"_s, u"また読めます"_s));
        QVERIFY2(m_browser->waitFor(captionId + u" === '2'"_s, 1000), qPrintable(failure()));
    }

    void playsTheAudioItself()
    {
        OverlayServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        server.storeAudio(21, makeToneWav(24000, 1, 1200, 440.0));
        QVERIFY2(open(server, u"audio=1&hold=0.2"_s), qPrintable(failure()));
        QJsonObject event = playing(21, u"おと"_s, u"音も出ます"_s);
        event.insert("audioUrl"_L1, OverlayServer::audioPath(21));
        server.sendEvent(event);
        QVERIFY2(m_browser->waitFor(u"chatvoxOverlay.audio.length === 1 && "
                                    "chatvoxOverlay.audio[0].duration !== null"_s,
                                    5000),
                 qPrintable(failure()));
        const QJsonObject audio = m_browser->evaluate(u"chatvoxOverlay.audio[0]"_s).toObject();
        QCOMPARE(audio.value("url"_L1).toString(), u"/audio/21.wav"_s);
        QVERIFY2(qAbs(audio.value("duration"_L1).toDouble() - 1.2) < 0.01,
                 QJsonDocument(audio).toJson().constData());
        QVERIFY2(audio.value("error"_L1).isNull(), QJsonDocument(audio).toJson().constData());

        // killed stops the sound at once.
        server.sendEvent(QJsonObject{{u"type"_s, u"killed"_s}});
        QVERIFY2(m_browser->waitFor(u"chatvoxOverlay.audio[0].endedAt !== null"_s, 1000),
                 qPrintable(failure()));

        // Without audio=1 the page stays silent.
        QVERIFY2(open(server, {}), qPrintable(failure()));
        server.sendEvent(event);
        QVERIFY2(m_browser->waitFor(captionState + u" === 'shown'"_s, 1000), qPrintable(failure()));
        QCOMPARE(m_browser->evaluate(u"chatvoxOverlay.audio.length"_s).toInt(), 0);
    }

    void screenshots_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("query");
        QTest::newRow("outline") << u"overlay_outline"_s << u"theme=outline"_s;
        QTest::newRow("box") << u"overlay_box"_s << u"theme=box"_s;
        QTest::newRow("light") << u"overlay_light"_s << u"theme=light&position=top"_s;
    }

    void screenshots()
    {
        QFETCH(QString, name);
        QFETCH(QString, query);
        OverlayServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        QVERIFY2(open(server, query + u"&hold=60"_s), qPrintable(failure()));
        server.sendEvent(playing(1, u"さくら"_s,
                                 u"配信おつかれさまです！今日のボス戦、最後の回避が完璧でした。"
                                 "次回も楽しみにしています。"_s));
        QVERIFY2(m_browser->waitFor(captionOpacity + u" === '1'"_s, 2000), qPrintable(failure()));
        const QString path = m_shots.filePath(name + u".png"_s);
        QVERIFY2(m_browser->screenshot(path), qPrintable(failure()));

        const QJsonObject rect
            = m_browser
                  ->evaluate(u"(() => { const r = document.getElementById('caption')"
                             ".getBoundingClientRect();"
                             " return {x: r.x, y: r.y, w: r.width, h: r.height}; })()"_s)
                  .toObject();
        const QImage image(path);
        QVERIFY2(!image.isNull(), qPrintable(path));
        QCOMPARE(image.size(), QSize(1280, 720));
        QVERIFY(image.hasAlphaChannel());
        // Transparent where there is no caption (OBS shows the scene through it)...
        const QRect caption(int(rect.value("x"_L1).toDouble()), int(rect.value("y"_L1).toDouble()),
                            int(rect.value("w"_L1).toDouble()), int(rect.value("h"_L1).toDouble()));
        QVERIFY2(caption.width() > 200 && caption.height() > 40,
                 QJsonDocument(rect).toJson().constData());
        // Two balanced lines: a box fits them instead of spanning the page.
        if (name != u"overlay_outline"_s)
            QVERIFY2(caption.width() < 1100, QJsonDocument(rect).toJson().constData());
        QCOMPARE(
            m_browser
                ->evaluate(u"(() => { const t = document.getElementById('caption-text');"
                           " const s = getComputedStyle(t);"
                           " return Math.round((t.clientHeight - parseFloat(s.paddingTop)"
                           " - parseFloat(s.paddingBottom)) / parseFloat(s.lineHeight)); })()"_s)
                .toInt(),
            2);
        const QRect margin = caption.adjusted(-20, -20, 20, 20);
        int strayPixels = 0;
        for (int y = 0; y < image.height(); y += 4) {
            for (int x = 0; x < image.width(); x += 4) {
                if (!margin.contains(x, y) && qAlpha(image.pixel(x, y)) != 0)
                    ++strayPixels;
            }
        }
        QCOMPARE(strayPixels, 0);
        // ...and the caption is drawn: opaque light and dark pixels (text and outline or box).
        int opaque = 0, light = 0, dark = 0, total = 0;
        for (int y = caption.top(); y <= caption.bottom(); ++y) {
            for (int x = caption.left(); x <= caption.right(); ++x) {
                const QRgb p = image.pixel(x, y);
                ++total;
                if (qAlpha(p) < 128)
                    continue;
                ++opaque;
                if (qGray(p) > 200)
                    ++light;
                else if (qGray(p) < 60)
                    ++dark;
            }
        }
        qInfo("%s: caption %dx%d, %d%% opaque, %d%% light, %d%% dark", qPrintable(path),
              caption.width(), caption.height(), 100 * opaque / total, 100 * light / total,
              100 * dark / total);
        QVERIFY(opaque > total / 20);
        QVERIFY(light > total / 100);
        QVERIFY(dark > total / 100);
    }
};

QTEST_GUILESS_MAIN(TestOverlayBrowser)
#include "tst_overlaybrowser.moc"
