#pragma once

#include "core/utterance.h"
#include "speech/queuepolicy.h"

#include <memory>

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

namespace chatvox {

class Player;
class SynthesisJob;
class Synthesizer;
class SystemVoice;

// What the queue shows of one item (GUI, logs, tests).
struct QueueItemInfo
{
    enum class State { Waiting, Synthesizing, Ready, Playing };
    quint64 id = 0; // queue-internal, unique per item
    QString messageId;
    QString userLogin;
    QString text; // this item's text (one sentence group of a long message)
    State state = State::Waiting;
    bool systemVoice = false; // spoken by the system voice (no engine)
    QString displayName;
    UtteranceSource source = UtteranceSource::System;
    qint64 styleId = 0; // the style it is (or will be) synthesized in
    // Once synthesized (Ready, Playing): the audio, the engine and the AudioQuery it used.
    QByteArray wav;
    QUrl engineUrl;
    QByteArray audioQuery; // empty for the system voice
};

// Why items left the queue without being heard to their end (itemsRemoved).
enum class RemovalReason { Purged, Skipped, Cleared, Dropped, Failed };

// Timestamps of one item, all monotonicNs(); for latency figures and benchmarks.
struct PlaybackTiming
{
    QString messageId;
    QString text;
    qint64 receivedNs = 0; // chat line arrived (0 for system lines)
    qint64 synthesisStartNs = 0; // request handed to the synthesizer
    qint64 synthesisEndNs = 0; // audio back
    qint64 engineNs = 0; // time the engines took (SynthesisJob::engineTimeNs)
    qint64 playStartNs = 0; // first frame went to the device
    qint64 playEndNs = 0; // clip heard to its end
    bool systemVoice = false;
};

// Speaks utterances in order of arrival. Synthesizes the next items while one plays
// (QueuePolicy::prefetch), splits long text at sentence ends, applies the backlog policy
// (faster speech past speedUpAfter waiting, drop the oldest past dropAfter and say "N件省略"
// in their place), and purges by message, by user or everything, cutting the item that plays.
// When no engine is usable, or synthesis of an item fails on every engine, the item is spoken
// by the system voice when there is one; otherwise it is reported and the queue goes on.
class SpeechQueue : public QObject
{
    Q_OBJECT
public:
    // None of the pointers is owned; systemVoice may be null.
    SpeechQueue(Synthesizer *synthesizer, Player *player, SystemVoice *systemVoice,
                QObject *parent = nullptr);
    ~SpeechQueue() override;

    void setPolicy(const QueuePolicy &policy);
    QueuePolicy policy() const { return m_policy; }
    // Text longer than this many characters is split at sentence ends (0 = never split).
    void setSplitLength(int chars);
    // Template of the line said for dropped messages; "{n}" is the count. Default "{n}件省略".
    void setSkippedTemplate(const QString &text);
    // Style for utterances that name none, and for the queue's own lines ("N件省略").
    void setDefaultStyle(qint64 styleId);
    // Voice parameters of the queue's own lines.
    void setAnnouncementVoice(const VoiceParams &voice);
    // May be null (no fallback voice).
    void setSystemVoice(SystemVoice *systemVoice);
    // Extra time allowed past a clip's length before playback counts as stalled.
    void setPlaybackGraceMs(int ms);

    // Paused: nothing new starts playing (synthesis ahead goes on). The current item ends.
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }
    // Held: no synthesis starts (e.g. until the default speaker is known).
    void setSynthesisHeld(bool held);

    void enqueue(const Utterance &utterance);
    // Like enqueue(), but ahead of everything waiting: right after the item that plays (a
    // preview the user asked for should not wait behind a busy chat).
    void enqueueNext(const Utterance &utterance);
    // Paused at once: the playing clip is cut and goes back to the head of the queue, so
    // setPaused(false) says it again from its start.
    void pauseNow();
    // Removes the message that item `itemId` (QueueItemInfo::id) belongs to; returns 1 if it
    // was there. A playing one is cut.
    int removeItem(quint64 itemId);
    // Each returns how many messages were removed; a playing one is cut at once.
    int purgeMessage(const QString &messageId);
    int purgeUser(const QString &login);
    int clear();
    void skipCurrent();

    bool isIdle() const { return m_items.empty(); }
    int waitingCount() const; // messages queued and not playing
    QList<QueueItemInfo> items() const;
    int droppedTotal() const { return m_droppedTotal; }
    double currentSpeedFactor() const { return m_speedFactor; }

Q_SIGNALS:
    void changed(); // any item added, removed or changed state
    void itemQueued(const chatvox::QueueItemInfo &item); // each piece of a message, each notice
    void itemStarted(const chatvox::QueueItemInfo &item);
    void itemFinished(const chatvox::QueueItemInfo &item); // played (to its end or not)
    // Items taken out before they played or while they played (ids, QueueItemInfo::id).
    void itemsRemoved(const QList<quint64> &ids, chatvox::RemovalReason reason);
    void playbackFinished(const chatvox::PlaybackTiming &timing);
    void dropped(int count); // backlog policy dropped this many messages
    void speedFactorChanged(double factor);
    void error(const QString &message); // user-facing; the queue goes on
    void playbackStalled(); // the player never reported the end of a clip
    void idle(); // nothing left to say

private:
    struct Item;
    using ItemPtr = std::unique_ptr<Item>;

    void pump();
    void startSynthesis(Item &item);
    void play(Item &item);
    void finishCurrent(bool heard);
    void onPlayerStarted();
    void onPlayerFinished();
    void onPlayerFailed(const QString &message);
    void onSystemVoiceFinished();
    void onSystemVoiceFailed(const QString &message);
    void onPlaybackDeadline();
    void applyBacklogPolicy();
    void announceDropped();
    void updateSpeedFactor();
    int removeWhere(const std::function<bool(const Item &)> &predicate, RemovalReason reason);
    void removeItemAt(qsizetype index);
    void removeFailed(quint64 id);
    Item *current() const;
    Item *findItem(quint64 id) const;
    qsizetype indexOf(quint64 id) const;
    QueueItemInfo info(const Item &item) const;

    Synthesizer *m_synthesizer;
    QPointer<Player> m_player;
    QPointer<SystemVoice> m_systemVoice;
    QueuePolicy m_policy;
    int m_splitLength = 80;
    QString m_skippedTemplate;
    qint64 m_defaultStyle = 0;
    VoiceParams m_announcementVoice;
    int m_graceMs = 5000;
    bool m_paused = false;
    bool m_held = false;
    std::vector<ItemPtr> m_items; // order of arrival; the playing item, if any, is first
    quint64 m_nextId = 1;
    int m_droppedTotal = 0;
    int m_unannounced = 0; // dropped, not yet in a "N件省略" notice
    double m_speedFactor = 1.0;
    QTimer m_playbackDeadline;
    bool m_pumping = false;
    bool m_busy = false; // items were queued since the last idle()
};

} // namespace chatvox

Q_DECLARE_METATYPE(chatvox::QueueItemInfo)
Q_DECLARE_METATYPE(chatvox::PlaybackTiming)
Q_DECLARE_METATYPE(chatvox::RemovalReason)
