#include "pipeline.h"

#include "app/account.h"
#include "app/bridge.h"
#include "app/droppedmessageslog.h"
#include "app/logging.h"
#include "app/settings.h"
#include "app/supervisor.h"
#include "app/viewervoices.h"
#include "core/clock.h"
#include "audio/audioplayer.h"
#include "chat/eventsubclient.h"
#include "chat/replaysource.h"
#include "chat/twitchchatclient.h"
#include "filter/chatreading.h"
#include "filter/filterrules.h"
#include "speech/engineset.h"
#include "speech/speechqueue.h"
#include "speech/systemvoice.h"

#include <cmath>
#include <numbers>

#include <QFileInfo>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace chatvox {

namespace {

constexpr size_t kRecentLimit = 2000;

// One JSON object per line with the keys in the order they are added (the --dry-run contract
// lists them in a fixed order; QJsonObject would sort them).
class JsonLine
{
public:
    JsonLine &add(QStringView key, const QJsonValue &value)
    {
        if (m_out.size() > 1)
            m_out += ',';
        m_out += encode(key.toString()) + ':' + encode(value);
        return *this;
    }
    QByteArray line() const { return m_out + '}'; }

private:
    static QByteArray encode(const QJsonValue &value)
    {
        const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
        return array.mid(1, array.size() - 2);
    }
    QByteArray m_out = "{";
};

QJsonValue orNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QString purgeReason(ModerationEvent::Kind kind)
{
    switch (kind) {
    case ModerationEvent::Kind::DeleteMessage:
        return u"deleted"_s;
    case ModerationEvent::Kind::Timeout:
        return u"timeout"_s;
    case ModerationEvent::Kind::Ban:
        return u"ban"_s;
    case ModerationEvent::Kind::ClearChat:
        return u"clear"_s;
    }
    return {};
}

const QString kChat = u"chat"_s;
const QString kEngines = u"engines"_s;
const QString kAudio = u"audio"_s;
const QString kEventSub = u"eventsub"_s;

} // namespace

Pipeline::Pipeline(Settings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_supervisor(new Supervisor(this))
    , m_filter(settings->filters())
{
    m_redemptionFilter.setSettings(redemptionFilterSettings());
    // Viewers' !voice choices live next to the settings file (memory only without one).
    m_viewerVoices = new ViewerVoices(settings->filePath().isEmpty()
                                          ? QString()
                                          : QFileInfo(settings->filePath()).absolutePath()
                                              + u"/viewer_voices.json"_s,
                                      this);
    m_viewerVoices->setSettings(settings->viewerVoices());
    m_clock.start();
    m_supervisor->setDisplayName(kChat, tr("Twitch chat"));
    m_supervisor->setDisplayName(kEngines, tr("Speech engine"));
    m_supervisor->setDisplayName(kAudio, tr("Audio output"));
    connect(m_settings, &Settings::changed, this,
            [this](Settings::Group group) { applySettings(int(group)); });
    connect(m_supervisor, &Supervisor::fatal, this, [this](const QString &reason) {
        qCCritical(lcApp).noquote() << reason;
        finish(Fatal);
    });
}

Pipeline::~Pipeline()
{
    stop();
    // The queue points at the engines and the player, which are deleted before it otherwise;
    // and the audio sink's destructor runs the event loop, where a queued pump() may come.
    delete m_queue;
    m_queue = nullptr;
}

void Pipeline::createSpeechParts()
{
    m_network = new QNetworkAccessManager(this);
    m_engines = new EngineSet(m_network, this);
    m_engines->setEndpoints(m_settings->engineUrls());
    m_engines->setRequestTimeout(m_settings->engineTimeoutMs());
    // Engines that read English as katakana themselves (VOICEVOX >= 0.24) follow the filter's
    // switch for the words the filter leaves.
    m_engines->setKatakanaEnglish(m_settings->filters().englishToKana);

    m_player = new AudioPlayer(this);
    m_systemVoice = new SystemVoice(this);
    if (!m_systemVoice->isAvailable())
        qCInfo(lcApp).noquote()
            << tr("No system voice: %1").arg(m_systemVoice->unavailableReason());
    // A system voice that fails or hangs is reported like an engine that does.
    connect(m_systemVoice, &SystemVoice::availabilityChanged, this, &Pipeline::onEngineStatus);

    m_queue = new SpeechQueue(m_engines, m_player,
                              m_settings->systemVoiceFallback() ? m_systemVoice : nullptr, this);
    applySettings(int(Settings::Group::Speech));
    applySettings(int(Settings::Group::Audio));

    connect(m_queue, &SpeechQueue::error, this,
            [](const QString &message) { qCWarning(lcApp).noquote() << message; });
    connect(m_queue, &SpeechQueue::itemStarted, this, [](const QueueItemInfo &item) {
        qCInfo(lcApp).noquote() << (item.systemVoice ? u"[system voice]"_s : u"[speaking]"_s)
                                << (item.userLogin.isEmpty() ? QString() : item.userLogin + u":"_s)
                                << item.text;
    });
    // One line a second at most: a raid drops several messages a second.
    connect(m_queue, &SpeechQueue::dropped, new DroppedMessagesLog(1000, this),
            &DroppedMessagesLog::add);
    connect(m_queue, &SpeechQueue::idle, this, &Pipeline::checkReplayDone);

    // Health: audio
    m_supervisor->report(kAudio, Supervisor::Health::Starting);
    m_supervisor->setRestart(kAudio, [this] { restartAudio(); });
    connect(m_player, &AudioPlayer::deviceError, this, [this](const QString &message) {
        m_supervisor->report(kAudio, Supervisor::Health::Degraded, message);
    });
    connect(m_queue, &SpeechQueue::playbackStalled, this, [this] {
        m_supervisor->report(kAudio, Supervisor::Health::Failed,
                             tr("The audio output stopped responding."));
    });
    connect(m_player, &Player::failed, this, [this](const QString &message) {
        // A bad clip is the engine's fault; a failing device is ours to restart.
        if (!m_player->prepare())
            m_supervisor->report(kAudio, Supervisor::Health::Failed, message);
    });
    connect(m_player, &Player::finished, this, [this] {
        m_supervisor->report(kAudio, Supervisor::Health::Ok, m_player->currentDeviceName());
    });

    // Health: engines. Until the default style is known, nothing is synthesized.
    m_queue->setSynthesisHeld(!m_defaultStyle.has_value());
    connect(m_engines, &EngineSet::engineStatusChanged, this, &Pipeline::onEngineStatus);
    connect(m_engines, &EngineSet::availabilityChanged, this, &Pipeline::onEngineStatus);
    connect(m_engines, &EngineSet::engineError, this, [](const QUrl &url, const QString &message) {
        qCWarning(lcApp).noquote() << url.toDisplayString() << message;
    });
    m_supervisor->report(kEngines, Supervisor::Health::Starting);
    m_engines->start();
}

void Pipeline::onEngineStatus()
{
    const QList<EngineSet::Engine> engines = m_engines->engines();
    const bool allKnown = std::all_of(engines.cbegin(), engines.cend(), [](const auto &e) {
        return e.status != EngineSet::Status::Unknown;
    });
    if (m_engines->hasUsableEngine()) {
        const EngineSet::Engine active = m_engines->engine(m_engines->activeEngine());
        if (active.status == EngineSet::Status::Up)
            m_supervisor->report(kEngines, Supervisor::Health::Ok,
                                 tr("%1 %2 at %3")
                                     .arg(active.name, active.version, active.url.toDisplayString())
                                     .simplified());
        else
            m_supervisor->report(kEngines, Supervisor::Health::Starting,
                                 tr("Looking for a speech engine…"));
        if (!m_defaultStyle) {
            // Nothing is synthesized with a guessed voice: wait for /speakers.
            m_queue->setSynthesisHeld(true);
            resolveDefaultStyle();
        }
        return;
    }
    if (!allKnown && !m_engines->endpoints().isEmpty())
        return; // still probing
    const bool systemVoice = m_settings->systemVoiceFallback() && m_systemVoice->isAvailable();
    if (systemVoice) {
        m_systemVoice->prepare(); // connecting takes seconds: not at the first message
        m_supervisor->report(kEngines, Supervisor::Health::Degraded,
                             tr("No speech engine answers; the system voice reads chat. Start "
                                "VOICEVOX (or AivisSpeech, SHAREVOX, COEIROINK) and it is used "
                                "as soon as it answers."));
    } else {
        m_supervisor->report(kEngines, Supervisor::Health::Failed,
                             tr("No speech engine answers and there is no system voice: chat is "
                                "not read until an engine answers."));
    }
    // Nothing to wait for: the queue goes on (system voice, or reported failures).
    m_queue->setSynthesisHeld(false);
}

void Pipeline::resolveDefaultStyle()
{
    if (m_defaultStyle || m_styleRequested)
        return;
    m_styleRequested = true;
    SpeakersReply *reply = m_engines->speakers();
    connect(reply, &EngineReply::finished, this, [this, reply] {
        m_styleRequested = false;
        if (m_defaultStyle)
            return;
        if (!reply->isOk() && ++m_styleAttempts < 3) {
            // The engine went away in between: ask again once one answers (onEngineStatus),
            // or shortly if it still counts as usable.
            QTimer::singleShot(1000, this, [this] {
                if (m_engines->hasUsableEngine())
                    resolveDefaultStyle();
            });
            return;
        }
        if (reply->isOk())
            m_viewerVoices->setAvailableStyles(reply->value());
        if (reply->isOk()) {
            // DESIGN.md: the default speaker is the first (talk) style of the first speaker.
            for (const SpeakerStyle &style : reply->value()) {
                if (style.type.isEmpty() || style.type == u"talk") {
                    m_defaultStyle = style.id;
                    qCInfo(lcApp).noquote() << tr("Voice: %1 (%2), style id %3")
                                                   .arg(style.speakerName, style.styleName)
                                                   .arg(style.id);
                    break;
                }
            }
        }
        if (!m_defaultStyle) {
            qCWarning(lcApp).noquote()
                << tr("The engine lists no voice (%1); trying style 0.")
                       .arg(reply->isOk() ? tr("no talk style") : reply->error().message);
            m_defaultStyle = 0;
        }
        m_queue->setDefaultStyle(*m_defaultStyle);
        m_queue->setSynthesisHeld(false);
    });
}

void Pipeline::restartAudio()
{
    m_player->stop();
    const Result<QString> device = m_player->setDevice(m_settings->audioDevice());
    if (!device)
        qCWarning(lcApp).noquote() << device.error();
    if (m_player->prepare())
        m_supervisor->report(kAudio, Supervisor::Health::Starting, m_player->currentDeviceName());
    else
        m_supervisor->report(kAudio, Supervisor::Health::Failed,
                             tr("No audio output device can be opened. Check that a sound server "
                                "(PulseAudio or PipeWire) runs; on WSL it comes with WSLg."));
}

void Pipeline::connectSource(ChatEventSource *source)
{
    connect(source, &ChatEventSource::chatMessage, this, &Pipeline::onChatMessage);
    connect(source, &ChatEventSource::moderation, this, &Pipeline::onModeration);
    if (m_bridge) // after onChatMessage: a command's skip line comes before its action line
        connect(source, &ChatEventSource::chatMessage, m_bridge, &Bridge::handleChatMessage);
    connect(source, &ChatEventSource::malformedLine, this, [](const QString &reason) {
        qCWarning(lcApp).noquote()
            << tr("Ignored a chat line that is not valid IRC: %1").arg(reason);
    });
    connect(source, &ChatEventSource::notice, this, [](const ChatNotice &notice) {
        qCInfo(lcApp).noquote() << u"Twitch:"_s << notice.text;
    });
}

void Pipeline::startLive()
{
    createSpeechParts();
    startChat();
}

void Pipeline::startChat()
{
    m_chat = new TwitchChatClient(m_settings->ircUrl(), this);
    connectSource(m_chat);
    m_chat->setChannel(m_settings->channel());
    m_supervisor->report(kChat, Supervisor::Health::Starting);
    connect(m_chat, &TwitchChatClient::stateChanged, this, [this](TwitchChatClient::State state) {
        if (state == TwitchChatClient::State::Joined)
            m_supervisor->report(kChat, Supervisor::Health::Ok,
                                 tr("Reading #%1").arg(m_chat->channel()));
    });
    connect(m_chat, &TwitchChatClient::reconnectScheduled, this, [this](int ms) {
        m_supervisor->report(
            kChat, Supervisor::Health::Degraded,
            tr("Connection lost; reconnecting in %n second(s).", nullptr, (ms + 999) / 1000));
    });
    connect(m_chat, &TwitchChatClient::error, this,
            [](const QString &message) { qCWarning(lcApp).noquote() << message; });
    connect(m_chat, &TwitchChatClient::authenticationFailed, this,
            &Pipeline::onChatAuthenticationFailed);
    connect(m_chat, &TwitchChatClient::stateChanged, this, [this](TwitchChatClient::State state) {
        if (state == TwitchChatClient::State::Joined)
            m_chatAuthRetried = false;
        if (!m_account)
            return;
        using S = Account::ConnectionStatus;
        switch (state) {
        case TwitchChatClient::State::Disconnected:
            m_account->setChatStatus(S::Off, QString());
            break;
        case TwitchChatClient::State::Connecting:
        case TwitchChatClient::State::Connected:
            m_account->setChatStatus(S::Connecting, QString());
            break;
        case TwitchChatClient::State::Joined:
            m_account->setChatStatus(
                S::Connected,
                m_chat->isAnonymous()
                    ? tr("Reading #%1 anonymously").arg(m_chat->channel())
                    : tr("Reading #%1 as %2").arg(m_chat->channel(), m_chat->nick()));
            break;
        case TwitchChatClient::State::Reconnecting:
            m_account->setChatStatus(S::Reconnecting, QString());
            break;
        }
    });
    if (m_account) {
        applyAccount(); // starts chat once the saved login is known
    } else {
        m_chatStarted = true;
        m_chat->start();
    }
}

void Pipeline::startReplay(const QString &path, bool paced)
{
    createSpeechParts();
    m_replay = new ReplaySource(this);
    connectSource(m_replay);
    m_replay->setPath(path);
    m_replay->setPaced(paced);
    connect(m_replay, &ReplaySource::error, this, [this](const QString &message) {
        qCCritical(lcApp).noquote() << message;
        finish(InputError);
    });
    connect(m_replay, &ReplaySource::finished, this, [this] {
        m_replayDone = true;
        checkReplayDone();
    });
    m_replay->start();
}

void Pipeline::startDemo(const QString &path)
{
    m_demo = true;
    createSpeechParts();
    m_replay = new ReplaySource(this);
    connectSource(m_replay);
    m_replay->setPath(path);
    m_replay->setPaced(true);
    // Neither the end nor a bad file ends the run: the window waits for a channel.
    connect(m_replay, &ReplaySource::error, this,
            [](const QString &message) { qCWarning(lcApp).noquote() << message; });
    connect(m_replay, &ReplaySource::finished, this, &Pipeline::demoFinished);
    m_replay->start();
}

void Pipeline::switchToLive()
{
    if (m_chat || m_dryRun || m_finished)
        return;
    if (m_replay) {
        m_replay->stop();
        m_replay->disconnect();
        m_replay->deleteLater();
        m_replay = nullptr;
    }
    m_demo = false;
    m_replayDone = false;
    // The demo's voices are not the streamer's chat: cut them, and count from zero.
    if (m_queue)
        m_queue->clear();
    m_recent.clear();
    m_stats = {};
    if (!m_queue)
        createSpeechParts();
    qCInfo(lcApp).noquote() << tr("Reading the chat of #%1.").arg(m_settings->channel());
    startChat();
    emit chatSourceChanged();
}

void Pipeline::startDryRun(const QString &path, QIODevice *out)
{
    m_dryRun = true;
    m_dryRunOut = out;
    m_defaultStyle = m_settings->speakerStyle();
    m_replay = new ReplaySource(this);
    connectSource(m_replay);
    m_replay->setPath(path);
    connect(m_replay, &ReplaySource::error, this, [this](const QString &message) {
        qCCritical(lcApp).noquote() << message;
        finish(InputError);
    });
    connect(m_replay, &ReplaySource::finished, this, [this] {
        m_replayDone = true;
        checkReplayDone();
    });
    m_replay->start();
}

void Pipeline::setBridge(Bridge *bridge)
{
    m_bridge = bridge;
    connect(bridge, &Bridge::decision, this, &Pipeline::emitDecision);
    connect(bridge, &Bridge::killSwitchRequested, this, &Pipeline::engageKillSwitch);
    connect(this, &Pipeline::killSwitchEngaged, bridge, &Bridge::engageKillSwitch);
    connect(bridge, &Bridge::idle, this, &Pipeline::checkReplayDone);
    connect(this, &Pipeline::redemption, bridge, &Bridge::handleRedemption);
    bridge->setSupervisor(m_supervisor);
}

Bridge *Pipeline::bridge() const
{
    return m_bridge;
}

void Pipeline::stop()
{
    if (m_bridge)
        m_bridge->stop();
    if (m_eventSub)
        m_eventSub->stop();
    if (m_chat)
        m_chat->stop();
    if (m_replay)
        m_replay->stop();
    if (m_queue)
        m_queue->clear();
    if (m_player)
        m_player->stop();
    if (m_systemVoice)
        m_systemVoice->stop();
}

void Pipeline::engageKillSwitch()
{
    qCWarning(lcApp).noquote() << tr("Kill switch: speech stopped.");
    if (m_queue)
        m_queue->clear();
    if (m_player)
        m_player->stop();
    if (m_systemVoice)
        m_systemVoice->stop();
    emit killSwitchEngaged();
}

void Pipeline::setReadingPaused(bool paused)
{
    if (m_readingPaused == paused)
        return;
    m_readingPaused = paused;
    qCInfo(lcApp).noquote() << (paused ? tr("Reading paused.") : tr("Reading resumed."));
    if (m_queue) {
        if (paused)
            m_queue->pauseNow();
        else
            m_queue->setPaused(false);
    }
    emit readingPausedChanged(paused);
}

void Pipeline::setMuted(bool muted)
{
    if (m_muted == muted)
        return;
    m_muted = muted;
    qCInfo(lcApp).noquote() << (muted ? tr("Muted.") : tr("Sound on."));
    if (m_player)
        m_player->setVolume(muted ? 0.0 : m_settings->volume());
    if (muted && m_systemVoice)
        m_systemVoice->stop();
    emit mutedChanged(muted);
}

void Pipeline::preview(const QString &text, std::optional<qint64> styleId, const VoiceParams &voice)
{
    if (!m_queue || text.trimmed().isEmpty())
        return;
    Utterance utterance;
    utterance.messageId = u"preview-%1"_s.arg(++m_previews);
    utterance.text = text.trimmed();
    utterance.styleId = styleId;
    utterance.voice = voice;
    m_queue->enqueueNext(utterance);
}

bool Pipeline::playTestSound()
{
    if (!m_player)
        return false;
    // 0.4 s of 660 Hz at half scale, 24 kHz mono, with 10 ms fades (no clicks).
    constexpr int rate = 24000;
    constexpr int frames = rate * 4 / 10;
    QByteArray pcm(frames * 2, Qt::Uninitialized);
    for (int i = 0; i < frames; ++i) {
        const double fade = std::min({1.0, i / 240.0, (frames - i) / 240.0});
        const auto v = qint16(16384 * fade * std::sin(2 * std::numbers::pi * 660 * i / rate));
        pcm[2 * i] = char(v & 0xff);
        pcm[2 * i + 1] = char((v >> 8) & 0xff);
    }
    QByteArray wav;
    const auto u32 = [&wav](quint32 v) {
        for (int i = 0; i < 4; ++i)
            wav += char((v >> (8 * i)) & 0xff);
    };
    const auto u16 = [&wav](quint16 v) {
        wav += char(v & 0xff);
        wav += char(v >> 8);
    };
    wav += "RIFF";
    u32(quint32(36 + pcm.size()));
    wav += "WAVEfmt ";
    u32(16);
    u16(1); // PCM
    u16(1); // mono
    u32(rate);
    u32(rate * 2);
    u16(2);
    u16(16);
    wav += "data";
    u32(quint32(pcm.size()));
    wav += pcm;
    if (m_queue && !m_queue->items().isEmpty()
        && m_queue->items().constFirst().state == QueueItemInfo::State::Playing)
        return false; // never cut chat for a test tone
    m_player->play(wav);
    return true;
}

void Pipeline::checkReplayDone()
{
    if (m_replayDone && m_dryRun && m_bridge)
        m_bridge->finishInput(); // open votes close and queued actions fire, in log time
    if (m_replayDone && (m_dryRun || !m_queue || m_queue->isIdle())
        && (!m_bridge || m_bridge->isIdle()))
        finish(Success);
}

void Pipeline::finish(int exitCode)
{
    if (m_finished)
        return;
    m_finished = true;
    emit finished(exitCode);
}

void Pipeline::onChatMessage(const ChatMessage &message)
{
    if (m_chat)
        handleVoiceCommand(message); // live chat only: a replayed log never changes choices
    // Replays use the log's own clock, so a replay decides the same way however fast it runs.
    const qint64 nowMs = (m_replay && message.sentAtMs > 0) ? message.sentAtMs : m_clock.elapsed();
    const FilterDecision d = m_filter.process(message, nowMs);
    if (!d.speak) {
        qCDebug(lcApp).noquote() << "skip" << d.reasonId() << message.login << message.text;
    } else {
        m_recent.push_back({message.id, message.login});
        if (m_recent.size() > kRecentLimit)
            m_recent.pop_front();
    }
    speakOrSkip(message, d);
}

void Pipeline::speakOrSkip(const ChatMessage &message, const FilterDecision &d,
                           UtteranceSource source)
{
    if (!d.speak) {
        ++m_stats.skipped;
        emitDecision(JsonLine()
                         .add(u"event", u"skip"_s)
                         .add(u"id", message.id)
                         .add(u"user", message.login)
                         .add(u"reason", d.reasonId())
                         .line());
        return;
    }
    ++m_stats.spoken;
    Utterance utterance;
    utterance.messageId = message.id;
    utterance.userLogin = message.login;
    utterance.displayName = message.displayName.isEmpty() ? message.login : message.displayName;
    utterance.source = source;
    utterance.text = d.text;
    utterance.receivedNs = message.receivedNs;
    if (d.voice) {
        utterance.styleId = d.voice->styleId;
        utterance.voice = d.voice->params;
    } else {
        utterance.voice = m_settings->voice();
        utterance.styleId = m_viewerVoices->styleFor(message); // chosen, or by hash; may be none
    }
    speak(utterance);
}

void Pipeline::speak(const Utterance &utterance)
{
    const std::optional<qint64> speaker = utterance.styleId ? utterance.styleId : m_defaultStyle;
    JsonLine line;
    line.add(u"event", u"speak"_s)
        .add(u"id", utterance.messageId)
        .add(u"user", utterance.userLogin)
        .add(u"text", utterance.text)
        .add(u"speaker", speaker ? QJsonValue(double(*speaker)) : QJsonValue(QJsonValue::Null));
    if (utterance.source == UtteranceSource::External)
        line.add(u"source", sourceName(utterance.source));
    emitDecision(line.line());
    if (m_queue)
        m_queue->enqueue(utterance);
}

void Pipeline::speakExternal(const QString &text, std::optional<qint64> styleId,
                             const VoiceParams &voice)
{
    ChatMessage message;
    message.id = u"external-%1"_s.arg(++m_externals);
    message.text = text;
    message.receivedNs = monotonicNs();
    // The filters of redemptions (no name prefix, no chat commands): NG words, URLs,
    // dictionary, reading rules, length.
    const FilterDecision d = m_redemptionFilter.evaluate(message);
    if (!d.speak) {
        speakOrSkip(message, d, UtteranceSource::External);
        return;
    }
    ++m_stats.spoken;
    Utterance utterance;
    utterance.messageId = message.id;
    utterance.source = UtteranceSource::External;
    utterance.text = d.text;
    utterance.receivedNs = message.receivedNs;
    utterance.styleId = styleId;
    utterance.voice = voice;
    speak(utterance);
}

void Pipeline::onModeration(const ModerationEvent &event)
{
    QStringList ids;
    const auto take = [&](const auto &matches) {
        for (auto it = m_recent.begin(); it != m_recent.end();) {
            if (matches(*it)) {
                ids << it->id;
                it = m_recent.erase(it);
            } else {
                ++it;
            }
        }
    };
    QString user;
    switch (event.kind) {
    case ModerationEvent::Kind::DeleteMessage:
        ids << event.targetMessageId;
        take([&](const Recent &r) { return r.id == event.targetMessageId; });
        ids.removeDuplicates();
        user = event.targetLogin;
        if (m_queue)
            m_queue->purgeMessage(event.targetMessageId);
        break;
    case ModerationEvent::Kind::Timeout:
    case ModerationEvent::Kind::Ban:
        user = event.targetLogin;
        take([&](const Recent &r) { return r.login.compare(user, Qt::CaseInsensitive) == 0; });
        if (m_queue)
            m_queue->purgeUser(user);
        break;
    case ModerationEvent::Kind::ClearChat:
        take([](const Recent &) { return true; });
        if (m_queue)
            m_queue->clear();
        break;
    }
    m_stats.purged += int(ids.size());
    qCInfo(lcApp).noquote() << "moderation:" << purgeReason(event.kind) << user << ids.size()
                            << "message(s) taken back";
    emitDecision(JsonLine()
                     .add(u"event", u"purge"_s)
                     .add(u"ids", QJsonArray::fromStringList(ids))
                     .add(u"user", orNull(user))
                     .add(u"reason", purgeReason(event.kind))
                     .line());
}

void Pipeline::emitDecision(const QByteArray &line)
{
    emit decision(line);
    if (m_dryRunOut) {
        m_dryRunOut->write(line + '\n');
        if (auto *file = qobject_cast<QIODevice *>(m_dryRunOut.data()))
            file->waitForBytesWritten(0);
    }
}

void Pipeline::applySettings(int group)
{
    switch (Settings::Group(group)) {
    case Settings::Group::Filters:
        m_filter.setSettings(m_settings->filters());
        m_redemptionFilter.setSettings(redemptionFilterSettings());
        if (m_engines)
            m_engines->setKatakanaEnglish(m_settings->filters().englishToKana);
        break;
    case Settings::Group::Account:
        if (m_eventSub) {
            m_eventSub->setUrl(m_settings->eventSubUrl());
            m_eventSub->setHelixUrl(m_settings->helixUrl());
        }
        break;
    case Settings::Group::Voices:
        m_viewerVoices->setSettings(m_settings->viewerVoices());
        break;
    case Settings::Group::Chat:
        if (m_chat) {
            if (m_chat->url() != m_settings->ircUrl()) {
                m_chat->stop();
                m_chat->setUrl(m_settings->ircUrl());
                m_chat->setChannel(m_settings->channel());
                m_chat->start();
            } else {
                m_chat->setChannel(m_settings->channel());
            }
        } else if (m_replay && m_demo && !m_settings->channel().isEmpty()) {
            switchToLive(); // the user entered their channel while the demo played
        }
        break;
    case Settings::Group::Speech:
        if (const std::optional<qint64> style = m_settings->speakerStyle()) {
            m_defaultStyle = style;
            if (m_queue) {
                m_queue->setDefaultStyle(*style);
                m_queue->setSynthesisHeld(false);
            }
        }
        if (m_engines) {
            if (m_engines->endpoints() != m_settings->engineUrls())
                m_engines->setEndpoints(m_settings->engineUrls());
            m_engines->setRequestTimeout(m_settings->engineTimeoutMs());
        }
        if (m_queue) {
            m_queue->setPolicy(m_settings->queuePolicy());
            m_queue->setSplitLength(m_settings->splitLength());
            m_queue->setSkippedTemplate(m_settings->skippedTemplate());
            m_queue->setAnnouncementVoice(m_settings->voice());
            m_queue->setSystemVoice(m_settings->systemVoiceFallback() ? m_systemVoice : nullptr);
        }
        break;
    case Settings::Group::Audio:
        if (m_player) {
            const Result<QString> device = m_player->setDevice(m_settings->audioDevice());
            if (!device) {
                qCWarning(lcApp).noquote() << device.error();
                m_supervisor->report(kAudio, Supervisor::Health::Degraded, device.error());
            }
            m_player->setVolume(m_muted ? 0.0 : m_settings->volume());
        }
        break;
    case Settings::Group::General:
    case Settings::Group::Serve: // app/servers.cpp
        break;
    }
}

void Pipeline::setAccount(Account *account)
{
    if (m_account)
        m_account->disconnect(this);
    m_account = account;
    if (!account)
        return;
    connect(account, &Account::stateChanged, this, &Pipeline::applyAccount);
    connect(account, &Account::tokenChanged, this, &Pipeline::applyAccount);
    connect(account, &Account::messageChanged, this, [](const QString &message) {
        if (!message.isEmpty())
            qCWarning(lcApp).noquote() << message;
    });
    if (m_chat)
        applyAccount();
}

void Pipeline::applyAccount()
{
    if (!m_account || !m_chat || m_finished)
        return;
    const Account::State state = m_account->state();
    if (state == Account::State::Restoring)
        return; // chat starts once the saved login is known (or known to be gone)
    const bool loggedIn = m_account->isLoggedIn();
    const QString login = loggedIn ? m_account->loginName() : QString();
    const bool identityChanged = login != m_chatLogin;
    if (!m_chat->setCredentials(login, loggedIn ? m_account->accessToken() : QString()))
        m_chat->setCredentials(QString(), QString()); // malformed: read anonymously
    m_chatLogin = m_chat->isAnonymous() ? QString() : login;
    if (!m_chatStarted) {
        m_chatStarted = true;
        m_chat->start();
    } else if (identityChanged) {
        // Another account (or none): a new connection with it, at once.
        qCInfo(lcApp).noquote() << (m_chatLogin.isEmpty()
                                        ? tr("Reading chat anonymously.")
                                        : tr("Reading chat as %1.").arg(m_chatLogin));
        m_chat->stop();
        m_chat->start();
    } else if (m_chat->state() == TwitchChatClient::State::Disconnected) {
        m_chat->start(); // after an authentication failure, with the refreshed token
    }

    if (!loggedIn) {
        if (m_eventSub) {
            m_eventSub->stop();
            m_supervisor->report(kEventSub, Supervisor::Health::Ok, tr("Not logged in"));
        }
        m_account->setEventSubStatus(Account::ConnectionStatus::Off, QString());
        return;
    }
    if (!m_eventSub) {
        m_eventSub = new EventSubClient(m_network, m_settings->eventSubUrl(),
                                        m_settings->helixUrl(), this);
        m_supervisor->setDisplayName(kEventSub, tr("Channel points"));
        connect(m_eventSub, &EventSubClient::redemption, this, &Pipeline::onRedemption);
        connect(m_eventSub, &EventSubClient::unauthorized, this, [this](const QString &token) {
            if (m_account)
                m_account->tokens()->reportUnauthorized(token);
        });
        connect(m_eventSub, &EventSubClient::error, this,
                [](const QString &message) { qCWarning(lcApp).noquote() << message; });
        connect(m_eventSub, &EventSubClient::subscriptionRevoked, this, [this] {
            // Maybe the login itself was withdrawn: validating tells, and logs out if so.
            if (m_account)
                m_account->tokens()->reportUnauthorized(m_account->accessToken());
        });
        connect(m_eventSub, &EventSubClient::stateChanged, this, [this](EventSubClient::State s) {
            using S = Account::ConnectionStatus;
            const auto status = [&](S st, Supervisor::Health h, const QString &text) {
                if (m_account)
                    m_account->setEventSubStatus(st, text);
                m_supervisor->report(kEventSub, h, text);
            };
            switch (s) {
            case EventSubClient::State::Disconnected:
                status(S::Off, Supervisor::Health::Ok, QString());
                break;
            case EventSubClient::State::Connecting:
            case EventSubClient::State::Subscribing:
                status(S::Connecting, Supervisor::Health::Starting, QString());
                break;
            case EventSubClient::State::Listening:
                status(S::Connected, Supervisor::Health::Ok,
                       tr("Listening for channel-point redemptions"));
                break;
            case EventSubClient::State::Reconnecting:
                status(S::Reconnecting, Supervisor::Health::Degraded,
                       tr("Channel points: reconnecting"));
                break;
            case EventSubClient::State::Failed:
                // Never fatal: chat goes on; the message says what to do.
                status(S::Failed, Supervisor::Health::Degraded, m_eventSub->lastError());
                break;
            }
        });
    }
    m_eventSub->setCredentials(m_account->clientId(), m_account->accessToken(),
                               m_account->userId());
    m_eventSub->start();
}

void Pipeline::onChatAuthenticationFailed()
{
    if (!m_account || !m_account->isLoggedIn()) {
        m_supervisor->report(kChat, Supervisor::Health::Failed, tr("Twitch refused the login."));
        finish(Fatal);
        return;
    }
    if (!m_chatAuthRetried) {
        // One refresh, then the same login again (applyAccount restarts chat on the new token).
        m_chatAuthRetried = true;
        m_supervisor->report(kChat, Supervisor::Health::Degraded,
                             tr("Twitch refused the login; refreshing it."));
        m_account->tokens()->reportUnauthorized(m_account->accessToken());
        return;
    }
    // Refused even after a refresh: logged out, and chat goes on anonymously.
    m_account->tokens()->endSession(
        tr("Twitch chat refused the login even after refreshing it. Please log in again."));
}

void Pipeline::handleVoiceCommand(const ChatMessage &message)
{
    const std::optional<QString> reply = m_viewerVoices->handleCommand(message, m_clock.elapsed());
    if (!reply || reply->isEmpty())
        return;
    if (m_chat && m_chat->canSend())
        m_chat->sendMessage(*reply, message.id);
    else
        qCInfo(lcApp).noquote() << u"!voice:"_s << *reply;
}

FilterSettings Pipeline::redemptionFilterSettings() const
{
    // The sentence already names the viewer, and a reward text starting with "!" is no command.
    FilterSettings f = m_settings->filters();
    f.namePrefix = false;
    f.skipCommands = false;
    return f;
}

QString Pipeline::redemptionText(const Redemption &r) const
{
    const bool hasInput = !r.userInput.trimmed().isEmpty();
    QString pattern = m_settings->redemptionTemplate();
    if (pattern.isEmpty())
        pattern
            = hasInput ? tr("{user} redeemed {reward}: {input}") : tr("{user} redeemed {reward}");
    ChatMessage who;
    who.login = r.userLogin;
    who.displayName = r.userName;
    const FilterSettings &filters = m_settings->filters();
    const QString user = filters.readableNames ? readableSpeakerName(who, filters.nicknames)
                                               : speakerName(who, filters.nicknames);
    // One pass, so that a title or an input containing "{user}" stays literal.
    QString out;
    for (qsizetype i = 0; i < pattern.size();) {
        const QStringView rest = QStringView(pattern).sliced(i);
        if (rest.startsWith(u"{user}")) {
            out += user;
            i += 6;
        } else if (rest.startsWith(u"{reward}")) {
            out += r.rewardTitle;
            i += 8;
        } else if (rest.startsWith(u"{input}")) {
            out += r.userInput;
            i += 7;
        } else {
            out += pattern.at(i++);
        }
    }
    return out.trimmed();
}

void Pipeline::onRedemption(const Redemption &r)
{
    emit redemption(r); // the bridge's trigger matcher takes it from here
    if (!m_settings->readRedemptions())
        return;
    ChatMessage message;
    message.id = r.id;
    message.channel = r.broadcasterLogin;
    message.login = r.userLogin;
    message.displayName = r.userName;
    message.userId = r.userId;
    message.text = redemptionText(r);
    message.receivedNs = r.receivedNs;
    // The same filters as chat: ignored viewers, NG words, URLs, dictionary, length.
    const FilterDecision d = m_redemptionFilter.evaluate(message);
    if (d.speak)
        qCInfo(lcApp).noquote() << tr("Channel points: %1").arg(d.text);
    speakOrSkip(message, d, UtteranceSource::Redemption);
}

} // namespace chatvox
