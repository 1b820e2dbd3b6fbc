// The tray icon on a real X display with a system tray (Xvfb + trayer), a live run against the
// fakes and real audio into the PulseAudio null sink: the icon is shown and follows the state,
// the tooltip names channel and queue, and the menu's actions reach the pipeline — Pause stops
// the sound at once (and Resume says the cut message again), the kill switch silences it and
// empties the queue.
#include "core/clock.h"
#include "desktopfixture.h"
#include "gui/icons.h"
#include "gui/trayicon.h"
#include "guitestutil.h"
#include "sinkrecorder.h"
#include "speech/speechqueue.h"

#include <QMenu>
#include <QSystemTrayIcon>

using namespace Qt::StringLiterals;
using namespace chatvox;
using chatvox::test::DesktopFixture;
using chatvox::test::SinkRecorder;

namespace {
// 26 characters: 200 + 26 * 80 = 2280 ms of tone from the fake engine.
const QString kLong = u"とても長いメッセージをゆっくりと最後まで読み上げます"_s;
} // namespace

class TestTray : public QObject
{
    Q_OBJECT
private:
    DesktopFixture f;
    std::unique_ptr<TrayIcon> tray;
    std::unique_ptr<SinkRecorder> recorder;

    QAction *menuAction(const QString &text) const
    {
        for (QAction *a : tray->menu()->actions()) {
            if (a->text() == text)
                return a;
        }
        qFatal("no tray menu entry %s", qPrintable(text));
        return nullptr;
    }
    // Loudness of what was played from `fromMs` (recording time) up to now.
    double rmsSince(double fromMs)
    {
        if (!recorder->catchUp())
            return -1;
        return recorder->rms(fromMs, recorder->recordedMs());
    }

private slots:
    void init()
    {
        recorder = std::make_unique<SinkRecorder>();
        QVERIFY2(recorder->start(), qPrintable(recorder->errorString()));
        QVERIFY(f.start());
        tray = std::make_unique<TrayIcon>(
            DesktopContext{f.settings.get(), f.pipeline.get(), f.status.get(), f.log.get()},
            f.window.get());
    }
    void cleanup()
    {
        tray.reset();
        f.stop();
        recorder.reset();
    }

    void trayIsShownWithStateAndMenu()
    {
        QTRY_VERIFY_WITH_TIMEOUT(QSystemTrayIcon::isSystemTrayAvailable(), 10000);
        tray->show();
        QVERIFY(tray->icon()->isVisible());
        QTRY_COMPARE(f.status->trayState(), RunStatus::TrayState::Reading);
        QTRY_VERIFY(tray->icon()->toolTip().contains(u"#"_s + DesktopFixture::channel));
        QStringList entries;
        for (QAction *a : tray->menu()->actions()) {
            if (!a->isSeparator())
                entries << a->text();
        }
        QCOMPARE(entries,
                 (QStringList{u"&Pause reading"_s, u"&Skip"_s, u"&Clear queue"_s, u"&Mute"_s,
                              u"&Kill switch"_s, u"Show &window"_s, u"&Settings…"_s, u"&Quit"_s}));
        const qint64 readingKey = tray->icon()->icon().cacheKey();
        menuAction(u"&Pause reading"_s)->trigger();
        QVERIFY(f.pipeline->isReadingPaused());
        QTRY_COMPARE(f.status->trayState(), RunStatus::TrayState::Paused);
        QTRY_VERIFY(tray->icon()->icon().cacheKey() != readingKey);
        QTRY_VERIFY(tray->icon()->toolTip().contains(u"paused"_s));
        // The same entry now resumes.
        menuAction(u"&Resume reading"_s)->trigger();
        QVERIFY(!f.pipeline->isReadingPaused());
        // Closing the window keeps the app in the tray.
        f.window->setCloseToTray(true);
        QSignalSpy hidden(f.window.get(), &MainWindow::hiddenToTray);
        QSignalSpy quit(f.window.get(), &MainWindow::quitRequested);
        f.window->close();
        QCOMPARE(hidden.count(), 1);
        QCOMPARE(quit.count(), 0);
        QVERIFY(!f.window->isVisible());
        menuAction(u"Show &window"_s)->trigger();
        QVERIFY(f.window->isVisible());
        menuAction(u"&Quit"_s)->trigger();
        QCOMPARE(quit.count(), 1);
    }

    void pauseStopsPlaybackAndResumeSaysItAgain()
    {
        f.chat(u"viewer"_s, kLong);
        QVERIFY(recorder->waitForSound(10000));
        QTest::qWait(400);
        menuAction(u"&Pause reading"_s)->trigger();
        const double pausedMs = recorder->msAt(monotonicNs());
        QTest::qWait(800); // the clip had > 1.5 s left
        // Silent from shortly after the click (the sink's buffer plays out first).
        QVERIFY2(rmsSince(pausedMs + 250) < 0.003, qPrintable(recorder->describe()));
        QVERIFY(recorder->rms(pausedMs - 300, pausedMs - 50) > 0.05); // it was playing before
        QCOMPARE(f.pipeline->queue()->items().size(), 1); // kept, not lost
        QCOMPARE(f.engine->synthesizedTexts().count(kLong), 1);
        const double resumedMs = recorder->msAt(monotonicNs());
        menuAction(u"&Resume reading"_s)->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(f.pipeline->queue()->isIdle(), 10000);
        chatvox::test::SegmentOptions after;
        after.fromMs = resumedMs;
        QVERIFY(recorder->catchUp());
        const QList<chatvox::test::SoundSegment> segments = recorder->segments(after);
        QVERIFY2(!segments.isEmpty(), qPrintable(recorder->describe(after)));
        // Said again from its start: the whole clip is heard after Resume.
        QVERIFY2(segments.constFirst().durationMs() > 2000, qPrintable(recorder->describe(after)));
        QCOMPARE(f.engine->synthesizedTexts().count(kLong), 1); // not synthesized twice
    }

    void killSwitchSilencesAndEmptiesTheQueue()
    {
        QSignalSpy engaged(f.pipeline.get(), &Pipeline::killSwitchEngaged);
        f.chat(u"viewer"_s, kLong);
        f.chat(u"viewer2"_s, u"まだ待っている"_s);
        QVERIFY(recorder->waitForSound(10000));
        menuAction(u"&Kill switch"_s)->trigger();
        const double killedMs = recorder->msAt(monotonicNs());
        QCOMPARE(engaged.count(), 1);
        QVERIFY(f.pipeline->queue()->isIdle());
        QTest::qWait(800);
        // Neither the cut message nor the one waiting behind it is heard.
        QVERIFY2(rmsSince(killedMs + 250) < 0.003, qPrintable(recorder->describe()));
    }

    void muteSilencesButTheQueueMoves()
    {
        menuAction(u"&Mute"_s)->trigger();
        QVERIFY(f.pipeline->isMuted());
        const double fromMs = recorder->msAt(monotonicNs());
        f.chat(u"viewer"_s, u"聞こえない"_s);
        QTRY_VERIFY_WITH_TIMEOUT(f.engine->synthesizedTexts().contains(u"聞こえない"_s), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(f.pipeline->queue()->isIdle(), 10000);
        QVERIFY2(rmsSince(fromMs) < 0.003, qPrintable(recorder->describe()));
        menuAction(u"&Mute"_s)->trigger();
        QVERIFY(!f.pipeline->isMuted());
    }
};

CHATVOX_WIDGET_TEST_MAIN(TestTray)
#include "tst_tray.moc"
