#include "pipeline.h"

#include "app/logging.h"
#include "app/settings.h"
#include "app/supervisor.h"
#include "audio/audioplayer.h"
#include "chat/replaysource.h"
#include "chat/twitchchatclient.h"
#include "speech/engineset.h"
#include "speech/speechqueue.h"
#include "speech/systemvoice.h"

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

} // namespace

Pipeline::Pipeline(Settings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_supervisor(new Supervisor(this))
    , m_filter(settings->filters())
{
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

    m_player = new AudioPlayer(this);
    m_systemVoice = new SystemVoice(this);
    if (!m_systemVoice->isAvailable())
        qCInfo(lcApp).noquote()
            << tr("No system voice: %1").arg(m_systemVoice->unavailableReason());

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
    connect(m_queue, &SpeechQueue::dropped, this, [](int count) {
        qCWarning(lcApp).noquote()
            << tr("Chat is too fast: skipped %n message(s).", nullptr, count);
    });
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
    connect(m_chat, &TwitchChatClient::authenticationFailed, this, [this] {
        m_supervisor->report(kChat, Supervisor::Health::Failed, tr("Twitch refused the login."));
        finish(Fatal);
    });
    m_chat->start();
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

void Pipeline::stop()
{
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

void Pipeline::checkReplayDone()
{
    if (m_replayDone && (m_dryRun || !m_queue || m_queue->isIdle()))
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
    // Replays use the log's own clock, so a replay decides the same way however fast it runs.
    const qint64 nowMs = (m_replay && message.sentAtMs > 0) ? message.sentAtMs : m_clock.elapsed();
    const FilterDecision d = m_filter.process(message, nowMs);
    if (!d.speak) {
        ++m_stats.skipped;
        qCDebug(lcApp).noquote() << "skip" << d.reasonId() << message.login << message.text;
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
    utterance.text = d.text;
    utterance.receivedNs = message.receivedNs;
    if (d.voice) {
        utterance.styleId = d.voice->styleId;
        utterance.voice = d.voice->params;
    } else {
        utterance.voice = m_settings->voice();
    }
    const std::optional<qint64> speaker = utterance.styleId ? utterance.styleId : m_defaultStyle;
    emitDecision(
        JsonLine()
            .add(u"event", u"speak"_s)
            .add(u"id", message.id)
            .add(u"user", message.login)
            .add(u"text", d.text)
            .add(u"speaker", speaker ? QJsonValue(double(*speaker)) : QJsonValue(QJsonValue::Null))
            .line());
    m_recent.push_back({message.id, message.login});
    if (m_recent.size() > kRecentLimit)
        m_recent.pop_front();
    if (m_queue)
        m_queue->enqueue(utterance);
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
            m_player->setVolume(m_settings->volume());
        }
        break;
    case Settings::Group::General:
        break;
    }
}

} // namespace chatvox
