#pragma once

// A live desktop run with the Twitch account, against the in-process fakes: FakeTwitchId
// (OAuth device login, validate, revoke), FakeHelix + FakeEventSub (channel points),
// FakeTwitchIrc (chat) and FakeVoicevox (engine); real Account (its keychain is the real one:
// GNOME Keyring of tests/with-keyring.sh, or none at all), Pipeline, RunStatus and MainWindow.
#include "app/account.h"
#include "app/logmodel.h"
#include "app/pipeline.h"
#include "app/runstatus.h"
#include "app/settings.h"
#include "app/speakermodel.h"
#include "fakeeventsub.h"
#include "fakehelix.h"
#include "faketwitchid.h"
#include "faketwitchirc.h"
#include "fakevoicevox.h"
#include "gui/logindialog.h"
#include "gui/mainwindow.h"
#include "gui/speakerpanel.h"

#include <memory>

#include <QApplication>
#include <QPointer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace chatvox::test {

class AccountFixture
{
public:
    static inline const QString channel = QStringLiteral("accountchannel");

    QTemporaryDir dir;
    std::unique_ptr<FakeTwitchId> id;
    std::unique_ptr<FakeHelix> helix;
    std::unique_ptr<FakeEventSub> eventSub;
    std::unique_ptr<FakeTwitchIrc> irc;
    std::unique_ptr<FakeVoicevox> engine;
    std::unique_ptr<Settings> settings;
    std::unique_ptr<Account> account;
    std::unique_ptr<Pipeline> pipeline;
    std::unique_ptr<RunStatus> status;
    std::unique_ptr<LogModel> log;
    std::unique_ptr<MainWindow> window;
    int messages = 0;
    TokenStore *store = nullptr; // set before start(): instead of the system keychain

    QString settingsPath() const { return dir.filePath(QStringLiteral("account-gui.ini")); }

    // demo: no channel is set and the bundled demo chat plays (the desktop's first start);
    // otherwise `channel` is read live.
    bool start(bool demo = false)
    {
        using namespace Qt::StringLiterals;
        id = std::make_unique<FakeTwitchId>();
        helix = std::make_unique<FakeHelix>();
        eventSub = std::make_unique<FakeEventSub>();
        irc = std::make_unique<FakeTwitchIrc>();
        engine = std::make_unique<FakeVoicevox>();
        if (!id->listen() || !helix->listen() || !eventSub->isListening() || !irc->isListening()
            || !engine->listen())
            return false;
        helix->setTokenCheck([this](const QString &t) { return id->isValidAccessToken(t); });
        helix->setSessionCheck([this](const QString &s) { return eventSub->hasSession(s); });
        QObject::connect(helix.get(), &FakeHelix::subscriptionCreated, eventSub.get(),
                         [this](const FakeHelix::Subscription &s) {
                             eventSub->addSubscription(s.sessionId, s.type, s.id);
                         });
        settings = std::make_unique<Settings>(settingsPath());
        settings->setTwitchClientId(u"fake-client-id"_s);
        if (!demo)
            settings->setRunOverride(u"chat/channel"_s, channel);
        settings->setRunOverride(u"chat/ircUrl"_s, irc->url().toString());
        settings->setRunOverride(u"speech/engines"_s, QStringList{engine->url().toString()});
        settings->setRunOverride(u"speech/systemVoice"_s, false);
        settings->setRunOverride(u"speech/engineTimeoutMs"_s, 3000);
        settings->setRunOverride(u"account/authUrl"_s, id->url().toString());
        settings->setRunOverride(u"account/helixUrl"_s, helix->url().toString());
        settings->setRunOverride(u"eventsub/url"_s, eventSub->url().toString());
        log = std::make_unique<LogModel>();
        log->installMessageHandler();
        account = std::make_unique<Account>(settings.get(), store);
        account->setDeviceTimeScale(0.05); // Twitch's 5 s between polls become 250 ms
        pipeline = std::make_unique<Pipeline>(settings.get());
        pipeline->setAccount(account.get());
        if (demo)
            pipeline->startDemo(u":/demo/demo_chat.log"_s);
        else
            pipeline->startLive();
        account->restore();
        status = std::make_unique<RunStatus>(pipeline.get(), settings.get());
        window = std::make_unique<MainWindow>(
            DesktopContext{settings.get(), pipeline.get(), status.get(), log.get(), account.get()});
        window->show();
        if (!demo) {
            QSignalSpy joined(irc.get(), &FakeTwitchIrc::channelJoined);
            if (!joined.wait(5000))
                return false;
        }
        for (int i = 0; i < 100 && !pipeline->defaultStyle(); ++i)
            QTest::qWait(50);
        return pipeline->defaultStyle().has_value();
    }

    void stop()
    {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (qobject_cast<LoginDialog *>(w))
                delete w;
        }
        if (log)
            log->uninstallMessageHandler();
        window.reset();
        status.reset();
        pipeline.reset();
        account.reset();
        settings.reset();
        log.reset();
        irc.reset();
        eventSub.reset();
        helix.reset();
        id.reset();
        engine.reset();
    }

    static LoginDialog *loginDialog()
    {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (auto *d = qobject_cast<LoginDialog *>(w); d && d->isVisible())
                return d;
        }
        return nullptr;
    }

    QString chat(const QString &login, const QString &text, const QString &to = channel)
    {
        using namespace Qt::StringLiterals;
        const QString msgId = u"acct-msg-%1"_s.arg(++messages);
        irc->sendToChannel(to, FakeTwitchIrc::privmsgLine(to, login, text, msgId));
        return msgId;
    }

    // The speaker of the /synthesis request for text (-1: none yet).
    qint64 synthesisSpeaker(const QString &text) const
    {
        using namespace Qt::StringLiterals;
        for (const FakeVoicevoxRequest &r : engine->requests(u"/synthesis"_s)) {
            if (r.text == text)
                return r.speaker;
        }
        return -1;
    }
};

} // namespace chatvox::test
