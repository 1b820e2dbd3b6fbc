#include "health.h"

#include "app/bridge.h"
#include "app/logging.h"
#include "app/pipeline.h"
#include "app/servers.h"
#include "app/supervisor.h"
#include "audio/audioplayer.h"
#include "chat/replaysource.h"
#include "chat/twitchchatclient.h"
#include "speech/engineset.h"
#include "speech/speechqueue.h"
#include "speech/systemvoice.h"

#include <algorithm>

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace chatvox {

namespace {

// Synthesis latency buckets (seconds): a short line takes 0.1-0.5 s on a CPU engine.
const QList<double> kLatencyBuckets{0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 30};

QString urlHost(const QHostAddress &address)
{
    return address.protocol() == QAbstractSocket::IPv6Protocol ? u"[%1]"_s.arg(address.toString())
                                                               : address.toString();
}

} // namespace

Health::Health(Settings *settings, Pipeline *pipeline, Servers *servers, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_pipeline(pipeline)
    , m_servers(servers)
{
    declareMetrics();
    connect(m_settings, &Settings::changed, this, [this](Settings::Group group) {
        if (group == Settings::Group::Serve)
            apply();
        update();
    });
    connect(m_pipeline->supervisor(), &Supervisor::changed, this, &Health::update);
    connect(m_pipeline, &Pipeline::decision, this, &Health::onDecision);
    connect(m_pipeline, &Pipeline::chatSourceChanged, this, [this] {
        connectSource();
        update();
    });
    if (m_servers)
        connect(m_servers, &Servers::statusChanged, this, &Health::update);
    if (EngineSet *engines = m_pipeline->engines()) {
        connect(engines, &EngineSet::synthesisFinished, this,
                [this](const QUrl &url, qint64 elapsedNs, bool) {
                    m_metrics.observe("chatvox_engine_synthesis_seconds", double(elapsedNs) / 1e9,
                                      {{"engine", url.toString()}});
                });
        connect(engines, &EngineSet::engineError, this, [this](const QUrl &url, const QString &) {
            m_metrics.add("chatvox_engine_failures_total", {{"engine", url.toString()}});
        });
        connect(engines, &EngineSet::availabilityChanged, this, &Health::update);
    }
    if (Bridge *bridge = m_pipeline->bridge()) {
        connect(bridge, &Bridge::activityAdded, this, [this](const BridgeActivity &entry) {
            switch (entry.kind) {
            case BridgeActivity::Kind::Fired:
                m_metrics.add("chatvox_bridge_actions_total", {{"action", entry.actionId}});
                break;
            case BridgeActivity::Kind::Failed:
                m_metrics.add("chatvox_bridge_action_failures_total", {{"action", entry.actionId}});
                break;
            case BridgeActivity::Kind::Rejected:
                m_metrics.add("chatvox_bridge_rejections_total", {{"reason", entry.reason}});
                break;
            case BridgeActivity::Kind::Dropped:
                m_metrics.add("chatvox_bridge_rejections_total", {{"reason", u"queue_full"_s}});
                break;
            default:
                break;
            }
        });
    }
    connectSource();
    connectQueue();
    m_timer.setInterval(500);
    connect(&m_timer, &QTimer::timeout, this, &Health::update);
    apply();
}

Health::~Health() = default;

void Health::declareMetrics()
{
    m_metrics.declareCounter("chatvox_messages_received_total",
                             "Chat messages received (live chat or a replayed log).");
    m_metrics.declareCounter("chatvox_messages_spoken_total",
                             "Messages handed to the speech queue, by source.");
    m_metrics.declareCounter("chatvox_messages_skipped_total",
                             "Messages the filters did not read, by reason.");
    m_metrics.declareCounter("chatvox_messages_purged_total",
                             "Messages taken back by moderation (timeouts, bans, deletions).");
    m_metrics.declareCounter("chatvox_messages_dropped_total",
                             "Messages the backlog policy dropped from the queue.");
    m_metrics.declareGauge("chatvox_queue_length", "Messages waiting in the speech queue.");
    m_metrics.declareHistogram("chatvox_engine_synthesis_seconds",
                               "Time a speech engine took for one synthesis, by engine.",
                               kLatencyBuckets);
    m_metrics.declareCounter("chatvox_engine_failures_total",
                             "Failed requests and probes, by engine.");
    m_metrics.declareCounter("chatvox_chat_reconnects_total",
                             "Reconnections to Twitch chat after the connection was lost.");
    m_metrics.declareCounter("chatvox_bridge_actions_total",
                             "Viewer-input bridge actions run, by action id.");
    m_metrics.declareCounter("chatvox_bridge_action_failures_total",
                             "Bridge actions PowerShell could not carry out, by action id.");
    m_metrics.declareCounter("chatvox_bridge_rejections_total",
                             "Bridge triggers refused, by reason.");
    m_metrics.declareGauge("chatvox_part_ok", "1 when the part (chat, engines, audio, ...) is ok.");
    m_metrics.declareGauge("chatvox_ready", "1 when /readyz answers 200.");
    m_metrics.declareGauge("chatvox_live", "1 when no part is dead (the event loop aside).");
}

void Health::connectSource()
{
    ChatEventSource *source = m_pipeline->chat();
    if (!source)
        source = m_pipeline->replay();
    if (source == m_source)
        return;
    if (m_source)
        disconnect(m_source, nullptr, this, nullptr);
    m_source = source;
    if (!source)
        return;
    connect(source, &ChatEventSource::chatMessage, this,
            [this] { m_metrics.add("chatvox_messages_received_total"); });
    if (auto *chat = qobject_cast<TwitchChatClient *>(source)) {
        connect(chat, &TwitchChatClient::reconnectScheduled, this,
                [this] { m_metrics.add("chatvox_chat_reconnects_total"); });
        connect(chat, &TwitchChatClient::stateChanged, this, &Health::update);
    }
}

void Health::connectQueue()
{
    SpeechQueue *queue = m_pipeline->queue();
    if (!queue || queue == m_queue)
        return;
    m_queue = queue;
    connect(queue, &SpeechQueue::changed, this,
            [this] { m_metrics.set("chatvox_queue_length", m_queue->waitingCount()); });
    connect(queue, &SpeechQueue::dropped, this,
            [this](int count) { m_metrics.add("chatvox_messages_dropped_total", {}, count); });
}

void Health::onDecision(const QByteArray &jsonLine)
{
    const QJsonObject line = QJsonDocument::fromJson(jsonLine).object();
    const QString event = line.value(u"event"_s).toString();
    if (event == u"speak") {
        m_metrics.add("chatvox_messages_spoken_total",
                      {{"source", line.value(u"source"_s).toString(u"chat"_s)}});
    } else if (event == u"skip") {
        m_metrics.add("chatvox_messages_skipped_total",
                      {{"reason", line.value(u"reason"_s).toString()}});
    } else if (event == u"purge") {
        m_metrics.add("chatvox_messages_purged_total", {},
                      double(line.value(u"ids"_s).toArray().size()));
    }
}

bool Health::isLive() const
{
    return std::all_of(m_liveness.cbegin(), m_liveness.cend(),
                       [](const HealthServer::Check &c) { return c.ok; });
}

bool Health::isReady() const
{
    return !m_readiness.isEmpty()
        && std::all_of(m_readiness.cbegin(), m_readiness.cend(),
                       [](const HealthServer::Check &c) { return c.ok; });
}

void Health::update()
{
    connectQueue();
    if (!m_server)
        return; // nobody asks: no device listing every 500 ms for a feature that is off
    const Supervisor *supervisor = m_pipeline->supervisor();

    // Liveness: no part dead beyond its restart budget.
    QStringList dead;
    for (const QString &name : supervisor->parts()) {
        const Supervisor::PartStatus part = supervisor->status(name);
        m_metrics.set("chatvox_part_ok", part.health == Supervisor::Health::Ok ? 1 : 0,
                      {{"part", name}});
        if (part.exhausted)
            dead << u"%1 keeps failing after its restarts (%2)"_s.arg(name, part.detail);
    }
    QList<HealthServer::Check> liveness{
        {u"parts"_s, dead.isEmpty(),
         dead.isEmpty() ? u"every part runs or is being restarted"_s : dead.join(u"; "_s)}};

    // Readiness: reading, speaking, heard.
    HealthServer::Check chat{u"chat"_s, false, QString()};
    if (TwitchChatClient *client = m_pipeline->chat()) {
        chat.ok = client->state() == TwitchChatClient::State::Joined;
        const QString detail = supervisor->status(u"chat"_s).detail;
        chat.detail = chat.ok ? u"joined #%1"_s.arg(client->channel())
                              : (detail.isEmpty() ? u"not joined"_s : detail);
    } else if (m_pipeline->replay()) {
        chat.ok = true;
        chat.detail = m_pipeline->isDemo() ? u"playing the demo chat"_s : u"replaying a chat log"_s;
    } else {
        chat.detail = u"no chat source"_s;
    }

    HealthServer::Check speech{u"speech"_s, false, QString()};
    const EngineSet *engines = m_pipeline->engines();
    const SystemVoice *systemVoice = m_pipeline->systemVoice();
    if (engines && engines->hasUsableEngine()) {
        speech.ok = true;
        speech.detail = u"engine %1"_s.arg(engines->activeEngine().toString());
    } else if (m_settings->systemVoiceFallback() && systemVoice && systemVoice->isAvailable()) {
        speech.ok = true;
        speech.detail = u"no engine answers; the system voice reads"_s;
    } else {
        speech.detail = u"no speech engine answers and the system voice is not allowed or not "
                        "available"_s;
    }

    HealthServer::Check output{u"output"_s, false, QString()};
    const Supervisor::PartStatus audio = supervisor->status(u"audio"_s);
    const bool audioOpen = m_pipeline->player() && audio.health != Supervisor::Health::Failed
        && !AudioPlayer::outputDeviceNames().isEmpty();
    const bool broadcast = m_servers && m_servers->status().broadcastUp;
    output.ok = audioOpen || broadcast;
    if (audioOpen)
        output.detail = u"audio output %1"_s.arg(m_pipeline->player()->currentDeviceName());
    else if (broadcast)
        output.detail = u"no audio output; the broadcast is open"_s;
    else
        output.detail = audio.detail.isEmpty()
            ? u"no audio output device and no broadcast"_s
            : u"no audio output (%1) and no broadcast"_s.arg(audio.detail);

    m_liveness = liveness;
    m_readiness = {chat, speech, output};
    if (m_server) {
        m_server->setLiveness(m_liveness);
        m_server->setReadiness(m_readiness);
    }
    const bool live = isLive();
    const bool ready = isReady();
    m_metrics.set("chatvox_live", live ? 1 : 0);
    m_metrics.set("chatvox_ready", ready ? 1 : 0);
    if (live != m_live) {
        m_live = live;
        emit livenessChanged(live);
    }
    if (ready != m_ready) {
        m_ready = ready;
        QStringList why;
        for (const HealthServer::Check &c : std::as_const(m_readiness)) {
            if (!c.ok)
                why << c.name + u": "_s + c.detail;
        }
        if (ready)
            qCInfo(lcApp).noquote() << "ready";
        else
            qCInfo(lcApp).noquote() << "not ready:" << why.join(u"; "_s);
        emit readinessChanged(ready);
    }
}

void Health::apply()
{
    const Settings::ServeSettings serve = m_settings->serve();
    const bool changed = !m_appliedOnce || serve.health != m_applied.health
        || serve.healthPort != m_applied.healthPort || serve.address != m_applied.address;
    m_applied = serve;
    m_appliedOnce = true;
    if (!changed)
        return;
    delete m_server;
    m_server = nullptr;
    m_timer.stop();
    m_status.clear();
    if (serve.health) {
        m_server = new HealthServer(&m_metrics, this);
        update(); // the checks are in place before the first probe
        const QHostAddress address(serve.address);
        if (m_server->listen(address, quint16(serve.healthPort))) {
            m_timer.start();
            const QString base
                = u"http://%1:%2"_s.arg(urlHost(address)).arg(m_server->serverPort());
            m_status = tr("Health probes: %1/healthz, %1/readyz, metrics: %1/metrics").arg(base);
            qCInfo(lcApp).noquote() << m_status;
        } else {
            m_status = tr("Health probes: port %1 cannot be opened: %2")
                           .arg(serve.healthPort)
                           .arg(m_server->errorString());
            qCWarning(lcApp).noquote() << m_status;
            delete m_server;
            m_server = nullptr;
        }
    }
    emit statusChanged();
}

} // namespace chatvox
