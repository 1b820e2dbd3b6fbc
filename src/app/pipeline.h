#pragma once

#include "core/chatmessage.h"
#include "core/redemption.h"
#include "filter/filterpipeline.h"

#include <deque>
#include <memory>
#include <optional>

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>

class QIODevice;
class QNetworkAccessManager;

namespace chatvox {

class Account;
class AudioPlayer;
class Bridge;
class ChatEventSource;
class EventSubClient;
class ViewerVoices;
class EngineSet;
class ReplaySource;
class Settings;
class SpeechQueue;
class Supervisor;
class SystemVoice;
class TwitchChatClient;

// Wires the layers for one run: a chat source (live Twitch or a replayed log) → filters →
// speech queue (engines with fail-over, or the system voice) → audio output; moderation
// events purge the queue. Settings changes apply live. Every part reports its health to the
// Supervisor; a part that cannot be brought back makes finished() carry a failure code.
class Pipeline : public QObject
{
    Q_OBJECT
public:
    enum ExitCode { Success = 0, InputError = 1, Fatal = 3 };

    explicit Pipeline(Settings *settings, QObject *parent = nullptr);
    ~Pipeline() override;

    // Reads settings->channel() live from Twitch (anonymous).
    void startLive();
    // Replays raw IRC lines from a file, a resource or "-" (stdin). paced: keep the log's
    // timing (tmi-sent-ts gaps). finished() follows once the input ended and all was said.
    void startReplay(const QString &path, bool paced);
    // No engines, no audio: every decision goes to `out` as one JSON object per line.
    void startDryRun(const QString &path, QIODevice *out);
    // The desktop's start without a channel: the bundled demo chat (paced, as a replay) that
    // never ends the run. Setting a channel, or switchToLive(), replaces it with live chat.
    void startDemo(const QString &path);
    bool isDemo() const { return m_demo; }
    // From a replay (the demo) to live chat of settings->channel() without a restart: the
    // replay stops, what it queued is dropped and the counters start again; chat connects (as
    // the account, if one is set) and chatSourceChanged() follows. No-op when already live.
    void switchToLive();
    // Stops reading chat and speaking at once.
    void stop();
    // Kill switch (tray, GUI, moderators' !stop, `chatvox --kill`): silences at once (queue
    // cleared, the playing item cut) and emits killSwitchEngaged() so that every part that acts
    // on the streamer's PC (the viewer-input bridge) disarms. Chat keeps being read.
    void engageKillSwitch();

    // The viewer-input bridge (set before start*): chat reaches it after the filters, its fired
    // actions are decisions, the kill switch disarms it, and its moderators' !stop is this kill
    // switch. A replay ends once its actions ran too.
    void setBridge(Bridge *bridge);
    Bridge *bridge() const;

    // Reading paused (tray, window, `chatvox --pause`): silent at once; the item that was
    // playing is said again from its start on resume. Chat keeps being read into the queue.
    void setReadingPaused(bool paused);
    bool isReadingPaused() const { return m_readingPaused; }
    // Muted: playback goes on at volume 0 (the queue keeps moving); the system voice stops.
    void setMuted(bool muted);
    bool isMuted() const { return m_muted; }
    // Says `text` next (ahead of waiting chat) in `styleId` (none: the default style) with
    // `voice`: the Preview button.
    void preview(const QString &text, std::optional<qint64> styleId, const VoiceParams &voice);
    // A short tone on the output device (the "Test sound" button); false if it cannot play.
    bool playTestSound();

    // Text from another program (the BouyomiChan-compatible API): the redemption filters (no
    // name prefix, no chat commands), then the queue as source "external", in `styleId` (none:
    // the default style) with `voice`.
    void speakExternal(const QString &text, std::optional<qint64> styleId,
                       const VoiceParams &voice);

    ReplaySource *replay() const { return m_replay; }
    // The streamer's account (before startLive): logged in, chat uses it (PASS/NICK, replies to
    // !voice) and channel-point redemptions arrive over EventSub; a change applies live.
    void setAccount(Account *account);
    EventSubClient *eventSub() const { return m_eventSub; }
    ViewerVoices *viewerVoices() const { return m_viewerVoices; }
    // What a redemption is read as ("<user> redeemed <reward>: <input>", before the filters).
    QString redemptionText(const Redemption &redemption) const;

    SpeechQueue *queue() const { return m_queue; }
    EngineSet *engines() const { return m_engines; }
    AudioPlayer *player() const { return m_player; }
    SystemVoice *systemVoice() const { return m_systemVoice; }
    TwitchChatClient *chat() const { return m_chat; }
    Supervisor *supervisor() const { return m_supervisor; }
    std::optional<qint64> defaultStyle() const { return m_defaultStyle; }

    struct Stats
    {
        int spoken = 0; // messages handed to the queue (or printed as speak)
        int skipped = 0; // filtered out
        int purged = 0; // moderation removed them
    };
    Stats stats() const { return m_stats; }

Q_SIGNALS:
    // speak / skip / purge decisions in the --dry-run JSON form (also in live runs).
    void decision(const QByteArray &jsonLine);
    void finished(int exitCode);
    void killSwitchEngaged();
    void readingPausedChanged(bool paused);
    void mutedChanged(bool muted);
    // Every channel-point redemption, typed, for the viewer-input bridge (read aloud or not).
    void redemption(const chatvox::Redemption &redemption);
    // chat() and replay() changed (switchToLive): whoever watches them connects again.
    void chatSourceChanged();
    void demoFinished(); // the demo chat has played to its end

private:
    void createSpeechParts();
    void startChat();
    void connectSource(ChatEventSource *source);
    void onChatMessage(const ChatMessage &message);
    void onModeration(const ModerationEvent &event);
    void emitDecision(const QByteArray &line);
    // Counts and reports a filter decision and queues what it speaks.
    void speakOrSkip(const ChatMessage &message, const FilterDecision &decision,
                     UtteranceSource source = UtteranceSource::Chat);
    // The "speak" decision, then the queue.
    void speak(const Utterance &utterance);
    void applySettings(int group);
    void resolveDefaultStyle();
    void onEngineStatus();
    void restartAudio();
    void checkReplayDone();
    void finish(int exitCode);
    void applyAccount();
    void onChatAuthenticationFailed();
    void onRedemption(const Redemption &redemption);
    void handleVoiceCommand(const ChatMessage &message);
    FilterSettings redemptionFilterSettings() const;

    Settings *m_settings;
    Supervisor *m_supervisor;
    FilterPipeline m_filter;
    QElapsedTimer m_clock; // rate-limit time base
    QNetworkAccessManager *m_network = nullptr;
    EngineSet *m_engines = nullptr;
    AudioPlayer *m_player = nullptr;
    SystemVoice *m_systemVoice = nullptr;
    SpeechQueue *m_queue = nullptr;
    TwitchChatClient *m_chat = nullptr;
    QPointer<Bridge> m_bridge;
    ReplaySource *m_replay = nullptr;
    QPointer<QIODevice> m_dryRunOut;
    bool m_dryRun = false;
    bool m_demo = false;
    bool m_replayDone = false;
    bool m_finished = false;
    std::optional<qint64> m_defaultStyle;
    bool m_styleRequested = false;
    int m_styleAttempts = 0;
    // Spoken message ids not yet purged, newest last (bounded): what a timeout or a clear
    // can still take back.
    struct Recent
    {
        QString id;
        QString login;
    };
    std::deque<Recent> m_recent;
    Stats m_stats;
    bool m_readingPaused = false;
    bool m_muted = false;
    int m_previews = 0;
    int m_externals = 0;
    // Account, channel points, per-viewer voices
    QPointer<Account> m_account;
    EventSubClient *m_eventSub = nullptr;
    ViewerVoices *m_viewerVoices = nullptr;
    FilterPipeline m_redemptionFilter; // the filters without name prefix and command rule
    QString m_chatLogin; // empty: anonymous
    bool m_chatStarted = false;
    bool m_chatAuthRetried = false;
};

} // namespace chatvox
