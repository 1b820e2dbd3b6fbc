#pragma once

#include "app/settings.h"

#include <QObject>
#include <QPointer>
#include <QString>

class QJsonObject;

namespace chatvox {

class BouyomiServer;
class BroadcastServer;
class OverlayServer;
class Pipeline;
class SpeechQueue;
struct BouyomiTalk;
struct QueueItemInfo;
enum class RemovalReason;

// The servers for other programs (src/serve), started and stopped from the settings
// (serve/*, Settings dialog's Integrations page) and the command line, live:
// - the tc2vv-compatible broadcast: each utterance's AudioQuery when it starts playing, and
//   ChatVox's events (queued, playing, done, skipped, purged, cleared, killed);
// - the OBS overlay: the same events for its caption page, the audio on request;
// - the BouyomiChan-compatible API: text from other programs read as source "external"
//   through the redemption filters and the queue; pause/resume/skip/clear act on the queue.
// A port that cannot be opened is reported (status(), the log) and the rest goes on.
class Servers : public QObject
{
    Q_OBJECT
public:
    Servers(Settings *settings, Pipeline *pipeline, QObject *parent = nullptr);
    ~Servers() override;

    // What each server does now, in words for the Settings page and the log: its address, or
    // why it is not running. Empty when the server is off.
    struct Status
    {
        QString broadcast;
        QString overlay;
        QString bouyomi;
        bool broadcastUp = false;
        bool overlayUp = false;
        bool bouyomiUp = false;
    };
    Status status() const { return m_status; }

    BroadcastServer *broadcast() const { return m_broadcast; }
    OverlayServer *overlay() const { return m_overlay; }
    BouyomiServer *bouyomi() const { return m_bouyomi; }

    // The events as they go out (both servers), e.g. for tests.
    static QJsonObject itemEvent(const QString &type, const QueueItemInfo &item);

Q_SIGNALS:
    void statusChanged();

private:
    void apply();
    void connectQueue();
    void send(const QJsonObject &event);
    void onQueued(const QueueItemInfo &item);
    void onStarted(const QueueItemInfo &item);
    void onFinished(const QueueItemInfo &item);
    void onRemoved(const QList<quint64> &ids, RemovalReason reason);
    void onTalk(const BouyomiTalk &talk);

    Settings *m_settings;
    Pipeline *m_pipeline;
    QPointer<SpeechQueue> m_queue;
    Settings::ServeSettings m_applied;
    bool m_appliedOnce = false;
    BroadcastServer *m_broadcast = nullptr;
    OverlayServer *m_overlay = nullptr;
    BouyomiServer *m_bouyomi = nullptr;
    Status m_status;
};

} // namespace chatvox
