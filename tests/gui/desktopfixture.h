#pragma once

// A live desktop run against the in-process fakes: FakeTwitchIrc (chat) and FakeVoicevox
// (engine), real Pipeline, RunStatus, LogModel and MainWindow. Audio goes to PulseAudio
// (tests run inside tests/with-pulseaudio.sh).
#include "app/bridge.h"
#include "app/logmodel.h"
#include "app/pipeline.h"
#include "app/runstatus.h"
#include "app/settings.h"
#include "app/speakermodel.h"
#include "chat/twitchchatclient.h"
#include "faketwitchirc.h"
#include "fakevoicevox.h"
#include "gui/mainwindow.h"
#include "gui/speakerpanel.h"
#include "speech/engineset.h"

#include <memory>
#include <optional>

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace chatvox::test {

class DesktopFixture
{
public:
    static inline const QString channel = QStringLiteral("guichannel");

    QTemporaryDir dir;
    std::unique_ptr<FakeTwitchIrc> irc;
    std::unique_ptr<FakeVoicevox> engine;
    std::unique_ptr<Settings> settings;
    std::unique_ptr<Pipeline> pipeline;
    std::unique_ptr<RunStatus> status;
    std::unique_ptr<LogModel> log;
    std::unique_ptr<MainWindow> window;
    // Set before start() for a run with the viewer-input bridge (loaded and started as
    // Application does); the Bridge panel then shows it.
    std::optional<Bridge::Options> bridgeOptions;
    std::unique_ptr<Bridge> bridge;
    int messages = 0;

    // Returns false (with a QTest failure recorded) when the run did not come up.
    bool start()
    {
        using namespace Qt::StringLiterals;
        irc = std::make_unique<FakeTwitchIrc>();
        engine = std::make_unique<FakeVoicevox>();
        if (!irc->isListening() || !engine->listen())
            return false;
        settings = std::make_unique<Settings>(dir.filePath(u"gui.ini"_s));
        settings->setRunOverride(u"chat/channel"_s, channel);
        settings->setRunOverride(u"chat/ircUrl"_s, irc->url().toString());
        settings->setRunOverride(u"speech/engines"_s, QStringList{engine->url().toString()});
        settings->setRunOverride(u"speech/systemVoice"_s, false);
        settings->setRunOverride(u"speech/engineTimeoutMs"_s, 3000);
        log = std::make_unique<LogModel>();
        log->installMessageHandler();
        pipeline = std::make_unique<Pipeline>(settings.get());
        if (bridgeOptions) {
            bridge = std::make_unique<Bridge>(*bridgeOptions);
            if (!bridge->load())
                qWarning("%s", qPrintable(bridge->loadProblem()));
            pipeline->setBridge(bridge.get());
        }
        pipeline->startLive();
        if (bridge)
            bridge->start();
        status = std::make_unique<RunStatus>(pipeline.get(), settings.get());
        window = std::make_unique<MainWindow>(
            DesktopContext{settings.get(), pipeline.get(), status.get(), log.get()});
        window->show();
        QSignalSpy joined(irc.get(), &FakeTwitchIrc::channelJoined);
        if (!joined.wait(5000))
            return false;
        // The default voice is known once the engine listed its speakers.
        for (int i = 0; i < 100 && !pipeline->defaultStyle(); ++i)
            QTest::qWait(50);
        return pipeline->defaultStyle().has_value();
    }

    void stop()
    {
        if (log)
            log->uninstallMessageHandler();
        window.reset();
        status.reset();
        pipeline.reset();
        bridge.reset();
        settings.reset();
        log.reset();
        irc.reset();
        engine.reset();
    }

    QString chat(const QString &login, const QString &text)
    {
        using namespace Qt::StringLiterals;
        const QString id = u"gui-msg-%1"_s.arg(++messages);
        irc->sendToChannel(channel, FakeTwitchIrc::privmsgLine(channel, login, text, id));
        return id;
    }

    // The /audio_query requests the engine got for text (speaker in .speaker).
    QList<FakeVoicevoxRequest> queriesFor(const QString &text) const
    {
        using namespace Qt::StringLiterals;
        QList<FakeVoicevoxRequest> out;
        for (const FakeVoicevoxRequest &r : engine->requests(u"/audio_query"_s)) {
            if (r.text == text)
                out << r;
        }
        return out;
    }
};

} // namespace chatvox::test
