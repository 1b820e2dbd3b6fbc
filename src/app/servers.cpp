#include "servers.h"

#include "app/logging.h"
#include "app/pipeline.h"
#include "core/wavreader.h"
#include "serve/bouyomiprotocol.h"
#include "serve/bouyomiserver.h"
#include "serve/broadcastserver.h"
#include "serve/overlayserver.h"
#include "speech/speechqueue.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace chatvox {

namespace {

bool isLoopback(const QString &address)
{
    return QHostAddress(address).isLoopback();
}

// The host part of a URL: IPv6 addresses in brackets (RFC 3986), "ws://[::1]:50100/".
QString urlHost(const QHostAddress &address)
{
    return address.protocol() == QAbstractSocket::IPv6Protocol ? u"[%1]"_s.arg(address.toString())
                                                               : address.toString();
}

} // namespace

Servers::Servers(Settings *settings, Pipeline *pipeline, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_pipeline(pipeline)
{
    connect(m_settings, &Settings::changed, this, [this](Settings::Group group) {
        if (group == Settings::Group::Serve)
            apply();
    });
    connect(m_pipeline, &Pipeline::killSwitchEngaged, this,
            [this] { send({{u"type"_s, u"killed"_s}}); });
    connectQueue();
    apply();
}

Servers::~Servers() = default;

QJsonObject Servers::itemEvent(const QString &type, const QueueItemInfo &item)
{
    QJsonObject event{
        {u"type"_s, type},
        {u"id"_s, double(item.id)},
        {u"messageId"_s, item.messageId},
        {u"source"_s, sourceName(item.source)},
        {u"user"_s, item.userLogin},
        {u"displayName"_s, item.displayName},
        {u"text"_s, item.text},
        {u"styleId"_s, double(item.styleId)},
    };
    if (type == u"playing") {
        if (!item.engineUrl.isEmpty())
            event.insert(u"engine"_s, item.engineUrl.toString());
        if (const Result<WavData> wav = readWav(item.wav))
            event.insert(u"durationMs"_s, double(wav->durationMs()));
    }
    return event;
}

void Servers::connectQueue()
{
    SpeechQueue *queue = m_pipeline->queue();
    if (!queue || queue == m_queue)
        return;
    m_queue = queue;
    connect(queue, &SpeechQueue::itemQueued, this, &Servers::onQueued);
    connect(queue, &SpeechQueue::itemStarted, this, &Servers::onStarted);
    connect(queue, &SpeechQueue::itemFinished, this, &Servers::onFinished);
    connect(queue, &SpeechQueue::itemsRemoved, this, &Servers::onRemoved);
}

void Servers::apply()
{
    const Settings::ServeSettings s = m_settings->serve();
    if (m_appliedOnce && s == m_applied)
        return;
    // Only a server whose own switch, address or port changed restarts: the other options
    // (WAV in the events, overlay audio, BouyomiChan voices, ...) are read as they are used, and
    // changing them must not drop the tc2vv players and OBS pages that are connected.
    const bool first = !m_appliedOnce;
    const Settings::ServeSettings old = m_applied;
    m_appliedOnce = true;
    m_applied = s;
    const bool addressChanged = first || s.address != old.address;
    const bool restartBroadcast
        = addressChanged || s.broadcast != old.broadcast || s.broadcastPort != old.broadcastPort;
    const bool restartOverlay
        = addressChanged || s.overlay != old.overlay || s.overlayPort != old.overlayPort;
    const bool restartBouyomi = addressChanged || s.bouyomi != old.bouyomi
        || s.bouyomiTcpPort != old.bouyomiTcpPort || s.bouyomiHttpPort != old.bouyomiHttpPort;
    const QHostAddress address(s.address);
    if (!isLoopback(s.address)
        && ((restartBroadcast && s.broadcast) || (restartOverlay && s.overlay)
            || (restartBouyomi && s.bouyomi)))
        qCWarning(lcApp).noquote()
            << tr("The servers for other programs listen on %1: anyone who can reach this "
                  "computer on the network may use them (they have no password).")
                   .arg(s.address);
    connectQueue(); // the queue exists once the pipeline started

    const auto describe = [](const QString &what, const QString &url) {
        qCInfo(lcApp).noquote() << tr("%1: %2").arg(what, url);
        return url;
    };

    if (restartBroadcast) {
        delete m_broadcast;
        m_broadcast = nullptr;
        m_status.broadcast.clear();
        m_status.broadcastUp = false;
    }
    if (restartBroadcast && s.broadcast) {
        m_broadcast = new BroadcastServer(this);
        if (m_broadcast->listen(address, quint16(s.broadcastPort))) {
            m_status.broadcast
                = describe(tr("Broadcast (tc2vv players)"),
                           u"ws://%1:%2/"_s.arg(urlHost(address)).arg(m_broadcast->serverPort()));
            m_status.broadcastUp = true;
        } else {
            m_status.broadcast = tr("Broadcast: port %1 cannot be opened: %2")
                                     .arg(s.broadcastPort)
                                     .arg(m_broadcast->errorString());
            qCWarning(lcApp).noquote() << m_status.broadcast;
            delete m_broadcast;
            m_broadcast = nullptr;
        }
    }

    if (restartOverlay) {
        delete m_overlay;
        m_overlay = nullptr;
        m_status.overlay.clear();
        m_status.overlayUp = false;
    }
    if (restartOverlay && s.overlay) {
        m_overlay = new OverlayServer(this);
        if (m_overlay->listen(address, quint16(s.overlayPort))) {
            m_status.overlay = describe(
                tr("OBS overlay"),
                u"http://%1:%2/overlay"_s.arg(urlHost(address)).arg(m_overlay->serverPort()));
            m_status.overlayUp = true;
        } else {
            m_status.overlay = tr("OBS overlay: port %1 cannot be opened: %2")
                                   .arg(s.overlayPort)
                                   .arg(m_overlay->errorString());
            qCWarning(lcApp).noquote() << m_status.overlay;
            delete m_overlay;
            m_overlay = nullptr;
        }
    }

    if (restartBouyomi) {
        delete m_bouyomi;
        m_bouyomi = nullptr;
        m_status.bouyomi.clear();
        m_status.bouyomiUp = false;
    }
    if (restartBouyomi && s.bouyomi) {
        m_bouyomi = new BouyomiServer(this);
        m_bouyomi->setStateProvider(
            [this] { return m_pipeline->isReadingPaused(); },
            [this] {
                return m_queue && !m_queue->items().isEmpty()
                    && m_queue->items().constFirst().state == QueueItemInfo::State::Playing;
            },
            [this] { return m_queue ? m_queue->waitingCount() : 0; });
        connect(m_bouyomi, &BouyomiServer::talk, this, &Servers::onTalk);
        connect(m_bouyomi, &BouyomiServer::pause, this,
                [this] { m_pipeline->setReadingPaused(true); });
        connect(m_bouyomi, &BouyomiServer::resume, this,
                [this] { m_pipeline->setReadingPaused(false); });
        connect(m_bouyomi, &BouyomiServer::skip, this, [this] {
            if (m_queue)
                m_queue->skipCurrent();
        });
        connect(m_bouyomi, &BouyomiServer::clear, this, [this] {
            if (m_queue)
                m_queue->clear();
        });
        connect(m_bouyomi, &BouyomiServer::clientError, this,
                [](const QString &message) { qCInfo(lcApp).noquote() << message; });
        if (m_bouyomi->listen(address, quint16(s.bouyomiTcpPort), quint16(s.bouyomiHttpPort))) {
            m_status.bouyomi = describe(tr("BouyomiChan API"),
                                        tr("TCP %1:%2, http://%1:%3/Talk")
                                            .arg(urlHost(address))
                                            .arg(m_bouyomi->tcpPort())
                                            .arg(m_bouyomi->httpPort()));
            m_status.bouyomiUp = true;
        } else {
            m_status.bouyomi
                = tr("BouyomiChan API: cannot listen: %1").arg(m_bouyomi->errorString());
            qCWarning(lcApp).noquote() << m_status.bouyomi;
            delete m_bouyomi;
            m_bouyomi = nullptr;
        }
    }
    emit statusChanged();
}

void Servers::send(const QJsonObject &event)
{
    if (m_broadcast)
        m_broadcast->sendEvent(event);
    if (m_overlay)
        m_overlay->sendEvent(event);
}

void Servers::onQueued(const QueueItemInfo &item)
{
    if (m_broadcast || m_overlay)
        send(itemEvent(u"queued"_s, item));
}

void Servers::onStarted(const QueueItemInfo &item)
{
    if (!m_broadcast && !m_overlay)
        return;
    const QJsonObject event = itemEvent(u"playing"_s, item);
    if (m_broadcast) {
        if (!item.audioQuery.isEmpty())
            m_broadcast->sendAudioQuery(item.audioQuery);
        QJsonObject withWav = event;
        if (m_applied.broadcastWav && !item.wav.isEmpty())
            withWav.insert(u"wav"_s, QString::fromLatin1(item.wav.toBase64()));
        m_broadcast->sendEvent(withWav);
    }
    if (m_overlay) {
        QJsonObject withAudio = event;
        if (m_applied.overlayAudio && !item.wav.isEmpty()) {
            m_overlay->storeAudio(item.id, item.wav);
            withAudio.insert(u"audioUrl"_s, OverlayServer::audioPath(item.id));
        }
        m_overlay->sendEvent(withAudio);
    }
}

void Servers::onFinished(const QueueItemInfo &item)
{
    send({{u"type"_s, u"done"_s}, {u"id"_s, double(item.id)}});
}

void Servers::onRemoved(const QList<quint64> &ids, RemovalReason reason)
{
    if (!m_broadcast && !m_overlay)
        return;
    QJsonArray list;
    for (quint64 id : ids)
        list.append(double(id));
    switch (reason) {
    case RemovalReason::Skipped:
        for (quint64 id : ids)
            send({{u"type"_s, u"skipped"_s}, {u"id"_s, double(id)}});
        return;
    case RemovalReason::Cleared:
        send({{u"type"_s, u"cleared"_s}, {u"ids"_s, list}});
        return;
    case RemovalReason::Purged:
    case RemovalReason::Dropped:
    case RemovalReason::Failed:
        send({{u"type"_s, u"purged"_s}, {u"ids"_s, list}});
        return;
    }
}

void Servers::onTalk(const BouyomiTalk &talk)
{
    // BouyomiChan's values where the client gave them, the streamer's voice where it did not.
    VoiceParams voice = m_settings->voice();
    const VoiceParams mapped = bouyomiVoiceParams(talk.speed, talk.tone, talk.volume);
    if (talk.speed >= 0)
        voice.speedScale = mapped.speedScale;
    if (talk.tone >= 0)
        voice.pitchScale = mapped.pitchScale;
    if (talk.volume >= 0)
        voice.volumeScale = mapped.volumeScale;
    std::optional<qint64> style;
    if (auto it = m_applied.bouyomiVoices.constFind(talk.voice);
        it != m_applied.bouyomiVoices.cend())
        style = it.value();
    m_pipeline->speakExternal(talk.text, style, voice);
}

} // namespace chatvox
