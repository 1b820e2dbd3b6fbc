#include "speechqueue.h"

#include "core/clock.h"
#include "core/player.h"
#include "core/wavreader.h"
#include "speech/logging.h"
#include "speech/synthesizer.h"
#include "speech/systemvoice.h"
#include "speech/textsplitter.h"

#include <algorithm>

#include <QSet>

using namespace Qt::StringLiterals;

namespace chatvox {

struct SpeechQueue::Item
{
    quint64 id = 0;
    quint64 group = 0; // all pieces of one enqueued utterance share it
    Utterance utterance;
    QueueItemInfo::State state = QueueItemInfo::State::Waiting;
    bool systemVoice = false;
    bool skipNotice = false; // the queue's own "N件省略" line
    int skippedCount = 0; // for skipNotice
    QByteArray wav;
    qint64 styleId = 0;
    QUrl engineUrl;
    QByteArray audioQuery;
    QPointer<SynthesisJob> job;
    PlaybackTiming timing;
};

SpeechQueue::SpeechQueue(Synthesizer *synthesizer, Player *player, SystemVoice *systemVoice,
                         QObject *parent)
    : QObject(parent)
    , m_synthesizer(synthesizer)
    , m_player(player)
    , m_skippedTemplate(u"{n}件省略"_s)
{
    qRegisterMetaType<QueueItemInfo>();
    qRegisterMetaType<PlaybackTiming>();
    qRegisterMetaType<RemovalReason>();
    m_playbackDeadline.setSingleShot(true);
    connect(&m_playbackDeadline, &QTimer::timeout, this, &SpeechQueue::onPlaybackDeadline);
    if (m_player) {
        connect(m_player, &Player::started, this, &SpeechQueue::onPlayerStarted);
        connect(m_player, &Player::finished, this, &SpeechQueue::onPlayerFinished);
        connect(m_player, &Player::failed, this, &SpeechQueue::onPlayerFailed);
    }
    setSystemVoice(systemVoice);
}

SpeechQueue::~SpeechQueue()
{
    for (const ItemPtr &item : m_items) {
        if (item->job)
            item->job->abort();
    }
}

void SpeechQueue::setPolicy(const QueuePolicy &policy)
{
    m_policy = policy;
    applyBacklogPolicy();
    pump();
}

void SpeechQueue::setSplitLength(int chars)
{
    m_splitLength = std::max(0, chars);
}

void SpeechQueue::setSkippedTemplate(const QString &text)
{
    m_skippedTemplate = text.contains(u"{n}") ? text : u"{n}件省略"_s;
}

void SpeechQueue::setDefaultStyle(qint64 styleId)
{
    m_defaultStyle = styleId;
}

void SpeechQueue::setAnnouncementVoice(const VoiceParams &voice)
{
    m_announcementVoice = voice;
}

void SpeechQueue::setSystemVoice(SystemVoice *systemVoice)
{
    if (m_systemVoice == systemVoice)
        return;
    if (m_systemVoice)
        disconnect(m_systemVoice, nullptr, this, nullptr);
    m_systemVoice = systemVoice;
    if (m_systemVoice) {
        connect(m_systemVoice, &SystemVoice::started, this, &SpeechQueue::onPlayerStarted);
        connect(m_systemVoice, &SystemVoice::finished, this, &SpeechQueue::onSystemVoiceFinished);
        connect(m_systemVoice, &SystemVoice::failed, this, &SpeechQueue::onSystemVoiceFailed);
    }
}

void SpeechQueue::setPlaybackGraceMs(int ms)
{
    m_graceMs = std::max(0, ms);
}

void SpeechQueue::setPaused(bool paused)
{
    if (m_paused == paused)
        return;
    m_paused = paused;
    emit changed();
    pump();
}

void SpeechQueue::setSynthesisHeld(bool held)
{
    if (m_held == held)
        return;
    m_held = held;
    pump();
}

void SpeechQueue::enqueue(const Utterance &utterance)
{
    const QString text = utterance.text.trimmed();
    if (text.isEmpty())
        return;
    const quint64 group = m_nextId;
    const QStringList pieces
        = m_splitLength > 0 ? splitSentences(text, m_splitLength) : QStringList{text};
    for (const QString &piece : pieces) {
        auto item = std::make_unique<Item>();
        item->id = m_nextId++;
        item->group = group;
        item->utterance = utterance;
        item->utterance.text = piece;
        item->timing.messageId = utterance.messageId;
        item->timing.text = piece;
        item->timing.receivedNs = utterance.receivedNs;
        item->styleId = utterance.styleId.value_or(m_defaultStyle);
        m_items.push_back(std::move(item));
        emit itemQueued(info(*m_items.back()));
    }
    m_busy = true;
    qCDebug(lcSpeech) << "queued" << utterance.messageId << pieces.size() << "piece(s)";
    applyBacklogPolicy();
    updateSpeedFactor();
    emit changed();
    pump();
}

void SpeechQueue::enqueueNext(const Utterance &utterance)
{
    const size_t before = m_items.size();
    enqueue(utterance);
    const size_t added = m_items.size() - std::min(before, m_items.size());
    if (added == 0 || m_items.size() <= added)
        return;
    // enqueue() appended the pieces (the backlog policy never drops the newest): move them
    // to the front, behind the playing item.
    const auto first = m_items.end() - qsizetype(added);
    const auto at = m_items.begin() + (current() ? 1 : 0);
    if (first > at)
        std::rotate(at, first, m_items.end());
    // Items behind it may fill the lookahead already: the next item to play must not wait
    // for them, so its synthesis starts now (one request more than the lookahead, once).
    Item &next = **(m_items.begin() + (current() ? 1 : 0));
    if (!m_held && next.state == QueueItemInfo::State::Waiting)
        startSynthesis(next);
    emit changed();
    pump();
}

void SpeechQueue::pauseNow()
{
    if (Item *item = current()) {
        m_playbackDeadline.stop();
        if (item->systemVoice) {
            if (m_systemVoice)
                m_systemVoice->stop();
        } else if (m_player) {
            m_player->stop();
        }
        item->state = QueueItemInfo::State::Ready; // keeps its audio: said again on resume
        item->timing.playStartNs = 0;
    }
    m_paused = true;
    emit changed();
}

int SpeechQueue::removeItem(quint64 itemId)
{
    const Item *item = findItem(itemId);
    if (!item)
        return 0;
    const quint64 group = item->group;
    return removeWhere([group](const Item &i) { return i.group == group; },
                       RemovalReason::Purged);
}

int SpeechQueue::waitingCount() const
{
    const Item *playing = current();
    QSet<quint64> groups;
    for (const ItemPtr &item : m_items) {
        if (item->skipNotice || (playing && item->group == playing->group))
            continue;
        groups.insert(item->group);
    }
    return int(groups.size());
}

SpeechQueue::Item *SpeechQueue::current() const
{
    if (!m_items.empty() && m_items.front()->state == QueueItemInfo::State::Playing)
        return m_items.front().get();
    return nullptr;
}

qsizetype SpeechQueue::indexOf(quint64 id) const
{
    for (size_t i = 0; i < m_items.size(); ++i) {
        if (m_items[i]->id == id)
            return qsizetype(i);
    }
    return -1;
}

SpeechQueue::Item *SpeechQueue::findItem(quint64 id) const
{
    const qsizetype i = indexOf(id);
    return i < 0 ? nullptr : m_items[size_t(i)].get();
}

QueueItemInfo SpeechQueue::info(const Item &item) const
{
    QueueItemInfo i;
    i.id = item.id;
    i.messageId = item.utterance.messageId;
    i.userLogin = item.utterance.userLogin;
    i.text = item.utterance.text;
    i.state = item.state;
    i.systemVoice = item.systemVoice;
    i.displayName = item.utterance.displayName;
    i.source = item.utterance.source;
    i.styleId = item.styleId;
    i.wav = item.wav;
    i.engineUrl = item.engineUrl;
    i.audioQuery = item.audioQuery;
    return i;
}

QList<QueueItemInfo> SpeechQueue::items() const
{
    QList<QueueItemInfo> list;
    list.reserve(qsizetype(m_items.size()));
    for (const ItemPtr &item : m_items)
        list << info(*item);
    return list;
}

void SpeechQueue::applyBacklogPolicy()
{
    int toDrop = m_policy.dropCount(waitingCount());
    if (toDrop <= 0)
        return;
    // What plays, is synthesized or is being synthesized stays: dropping it wastes the engine's
    // work, and under a raid (every new message dropping the oldest) nothing would ever get
    // said (found by the soak run).
    QSet<quint64> inFlightGroups;
    for (const ItemPtr &item : m_items) {
        if (item->state != QueueItemInfo::State::Waiting)
            inFlightGroups.insert(item->group);
    }
    int droppedNow = 0;
    while (toDrop > 0) {
        // The oldest message that is not a notice and not in flight.
        auto oldest = std::find_if(m_items.begin(), m_items.end(), [&](const ItemPtr &item) {
            return !item->skipNotice && !inFlightGroups.contains(item->group);
        });
        if (oldest == m_items.end())
            break;
        const quint64 group = (*oldest)->group;
        QList<quint64> ids;
        for (qsizetype i = qsizetype(m_items.size()) - 1; i >= 0; --i) {
            if (m_items[size_t(i)]->group == group) {
                ids.prepend(m_items[size_t(i)]->id);
                removeItemAt(i);
            }
        }
        emit itemsRemoved(ids, RemovalReason::Dropped);
        ++droppedNow;
        --toDrop;
    }
    if (droppedNow == 0)
        return;
    m_droppedTotal += droppedNow;
    m_unannounced += droppedNow;
    announceDropped();
    qCDebug(lcSpeech) << "backlog: dropped" << droppedNow << "oldest message(s)"; // app logs it
    emit dropped(droppedNow);
}

// Says "N件省略" where the dropped messages stood: before the oldest message still waiting. One
// notice at a time: a notice still waiting absorbs new drops; while one is being synthesized or
// played, new drops wait for the next notice, made once it is done. (Re-synthesizing a notice
// at every drop kept it from ever getting ready under fast chat, and the whole queue waited
// behind it; a new notice at every drop pre-empted the messages, so a raid heard "N件省略" seven
// times for every message read. Found by the soak run.)
void SpeechQueue::announceDropped()
{
    if (m_unannounced == 0)
        return;
    auto notice = std::find_if(m_items.begin(), m_items.end(),
                               [](const ItemPtr &item) { return item->skipNotice; });
    if (notice != m_items.end() && (*notice)->state != QueueItemInfo::State::Waiting)
        return;
    if (notice == m_items.end()) {
        auto item = std::make_unique<Item>();
        item->id = m_nextId++;
        item->group = item->id;
        item->skipNotice = true;
        item->utterance.voice = m_announcementVoice;
        const auto at = std::find_if(m_items.begin(), m_items.end(), [](const ItemPtr &i) {
            return i->state == QueueItemInfo::State::Waiting;
        });
        item->styleId = m_defaultStyle;
        notice = m_items.insert(at, std::move(item));
    }
    Item &n = **notice;
    const bool isNew = n.skippedCount == 0;
    n.skippedCount += m_unannounced;
    m_unannounced = 0;
    n.utterance.text
        = QString(m_skippedTemplate).replace(u"{n}"_s, QString::number(n.skippedCount));
    n.timing.text = n.utterance.text;
    if (isNew)
        emit itemQueued(info(n));
}

void SpeechQueue::updateSpeedFactor()
{
    const double factor = m_policy.speedFactor(waitingCount());
    if (qFuzzyCompare(factor, m_speedFactor))
        return;
    m_speedFactor = factor;
    emit speedFactorChanged(factor);
}

void SpeechQueue::pump()
{
    // Re-entrancy guard: a synthesizer or player may answer synchronously.
    if (m_pumping)
        return;
    m_pumping = true;
    announceDropped(); // drops made while the last notice was on its way
    bool again = true;
    while (again) {
        again = false;
        // 1. start playback of the head item when it is ready
        if (!m_paused && !current() && !m_items.empty()
            && m_items.front()->state == QueueItemInfo::State::Ready) {
            play(*m_items.front());
            if (!current()) {
                again = true; // play() failed at once: look at the next item
                continue;
            }
        }
        // 2. synthesize ahead
        if (m_held)
            break;
        const bool playing = current() != nullptr;
        int ahead = 0;
        bool waiting = false;
        for (const ItemPtr &item : m_items) {
            if (item->state == QueueItemInfo::State::Synthesizing
                || item->state == QueueItemInfo::State::Ready)
                ++ahead;
            waiting = waiting || item->state == QueueItemInfo::State::Waiting;
        }
        if (!waiting)
            break;
        // Replicas of the engine share the work: keep each of them busy (order of playback
        // stays the order of arrival: items play from the head only).
        const int lookahead
            = m_policy.lookahead(playing, m_synthesizer ? m_synthesizer->poolSize() : 1);
        for (const ItemPtr &item : m_items) {
            if (ahead >= lookahead)
                break;
            if (item->state != QueueItemInfo::State::Waiting)
                continue;
            startSynthesis(*item);
            ++ahead;
            if (item->state == QueueItemInfo::State::Ready)
                again = true; // became ready at once (system voice): maybe playable now
        }
    }
    m_pumping = false;
    if (m_items.empty() && m_busy) {
        m_busy = false;
        emit idle();
    }
}

void SpeechQueue::startSynthesis(Item &item)
{
    item.timing.synthesisStartNs = monotonicNs();
    const bool engineUsable = m_synthesizer && m_synthesizer->hasUsableEngine();
    if (!engineUsable) {
        if (m_systemVoice && m_systemVoice->isAvailable()) {
            item.systemVoice = true;
            item.state = QueueItemInfo::State::Ready;
            item.timing.synthesisEndNs = item.timing.synthesisStartNs;
            item.timing.systemVoice = true;
            emit changed();
            return;
        }
    }
    SynthesisRequest request;
    request.text = item.utterance.text;
    request.styleId = item.utterance.styleId.value_or(m_defaultStyle);
    item.styleId = request.styleId;
    request.voice = item.utterance.voice;
    request.voice.speedScale = item.utterance.voice.speedScale * m_speedFactor;
    item.state = QueueItemInfo::State::Synthesizing;
    const quint64 id = item.id;
    SynthesisJob *job = m_synthesizer ? m_synthesizer->synthesize(request) : nullptr;
    if (!job) {
        item.state = QueueItemInfo::State::Waiting;
        QMetaObject::invokeMethod(
            this,
            [this, id] {
                if (Item *i = findItem(id)) {
                    emit error(tr("No speech engine and no system voice are available: \"%1\" was "
                                  "not read.")
                                   .arg(i->utterance.text));
                    removeFailed(id);
                    emit changed();
                    pump();
                }
            },
            Qt::QueuedConnection);
        return;
    }
    item.job = job;
    connect(job, &SynthesisJob::finished, this, [this, id, job](const QByteArray &wav) {
        Item *i = findItem(id);
        if (!i)
            return;
        i->job = nullptr;
        i->wav = wav;
        i->engineUrl = job->engineUrl();
        i->audioQuery = job->audioQuery();
        i->state = QueueItemInfo::State::Ready;
        i->timing.synthesisEndNs = monotonicNs();
        i->timing.engineNs = job->engineTimeNs();
        emit changed();
        pump();
    });
    connect(job, &SynthesisJob::failed, this, [this, id](const QString &message) {
        Item *i = findItem(id);
        if (!i)
            return;
        i->job = nullptr;
        i->timing.synthesisEndNs = monotonicNs();
        if (m_systemVoice && m_systemVoice->isAvailable()) {
            emit error(
                tr("Speech engine failed (%1); the system voice reads this message.").arg(message));
            i->systemVoice = true;
            i->timing.systemVoice = true;
            i->state = QueueItemInfo::State::Ready;
        } else {
            emit error(tr("Speech engine failed: %1").arg(message));
            removeFailed(id);
        }
        emit changed();
        pump();
    });
    emit changed();
}

void SpeechQueue::play(Item &item)
{
    item.state = QueueItemInfo::State::Playing;
    item.timing.playStartNs = 0;
    qint64 expectedMs = 0;
    if (item.systemVoice) {
        expectedMs = 400LL * item.utterance.text.size() + 10000; // speech rate varies a lot
    } else {
        const Result<WavData> wav = readWav(item.wav);
        if (!wav) {
            // The engine set validates audio, so this is a defect upstream: report, go on.
            emit error(tr("Could not play \"%1\": %2").arg(item.utterance.text, wav.error()));
            finishCurrent(false);
            return;
        }
        expectedMs = wav->durationMs();
    }
    emit itemStarted(info(item));
    emit changed();
    m_playbackDeadline.start(int(std::min<qint64>(expectedMs + m_graceMs, 10 * 60 * 1000)));
    if (item.systemVoice) {
        m_systemVoice->say(item.utterance.text, item.utterance.voice);
    } else if (m_player) {
        m_player->play(item.wav);
    } else {
        finishCurrent(false);
    }
}

void SpeechQueue::onPlayerStarted()
{
    if (Item *item = current(); item && item->timing.playStartNs == 0)
        item->timing.playStartNs = monotonicNs();
}

void SpeechQueue::onPlayerFinished()
{
    if (Item *item = current(); item && !item->systemVoice)
        finishCurrent(true);
}

void SpeechQueue::onPlayerFailed(const QString &message)
{
    Item *item = current();
    if (!item || item->systemVoice)
        return;
    emit error(message); // already says what failed
    finishCurrent(false);
}

void SpeechQueue::onSystemVoiceFinished()
{
    if (Item *item = current(); item && item->systemVoice)
        finishCurrent(true);
}

void SpeechQueue::onSystemVoiceFailed(const QString &message)
{
    Item *item = current();
    if (!item || !item->systemVoice)
        return;
    emit error(message); // already says what failed
    finishCurrent(false);
}

void SpeechQueue::onPlaybackDeadline()
{
    Item *item = current();
    if (!item)
        return;
    qCWarning(lcSpeech) << "playback did not end in time; stopping it";
    if (item->systemVoice) {
        if (m_systemVoice)
            m_systemVoice->stop();
    } else if (m_player) {
        m_player->stop();
    }
    emit error(
        tr("The audio output stopped responding; skipped \"%1\".").arg(item->utterance.text));
    emit playbackStalled();
    finishCurrent(false);
}

void SpeechQueue::finishCurrent(bool heard)
{
    m_playbackDeadline.stop();
    if (m_items.empty())
        return;
    Item &item = *m_items.front();
    if (item.state != QueueItemInfo::State::Playing)
        return;
    item.timing.playEndNs = monotonicNs();
    const QueueItemInfo done = info(item);
    const PlaybackTiming timing = item.timing;
    m_items.erase(m_items.begin());
    if (heard)
        emit playbackFinished(timing);
    emit itemFinished(done);
    updateSpeedFactor();
    emit changed();
    pump();
}

void SpeechQueue::removeItemAt(qsizetype index)
{
    if (index < 0 || index >= qsizetype(m_items.size()))
        return;
    Item &item = *m_items[size_t(index)];
    if (item.job)
        item.job->abort();
    if (item.state == QueueItemInfo::State::Playing) {
        m_playbackDeadline.stop();
        if (item.systemVoice) {
            if (m_systemVoice)
                m_systemVoice->stop();
        } else if (m_player) {
            m_player->stop();
        }
    }
    m_items.erase(m_items.begin() + index);
}

void SpeechQueue::removeFailed(quint64 id)
{
    removeItemAt(indexOf(id));
    emit itemsRemoved({id}, RemovalReason::Failed);
}

int SpeechQueue::removeWhere(const std::function<bool(const Item &)> &predicate,
                             RemovalReason reason)
{
    QSet<quint64> groups;
    QList<quint64> ids;
    for (qsizetype i = qsizetype(m_items.size()) - 1; i >= 0; --i) {
        const Item &item = *m_items[size_t(i)];
        if (predicate(item)) {
            groups.insert(item.group);
            ids.prepend(item.id);
            removeItemAt(i);
        }
    }
    if (!groups.isEmpty()) {
        emit itemsRemoved(ids, reason);
        updateSpeedFactor();
        emit changed();
        // Let the caller finish before playback moves on (purges come from signal handlers).
        QMetaObject::invokeMethod(this, &SpeechQueue::pump, Qt::QueuedConnection);
    }
    return int(groups.size());
}

int SpeechQueue::purgeMessage(const QString &messageId)
{
    if (messageId.isEmpty())
        return 0;
    return removeWhere([&](const Item &item) { return item.utterance.messageId == messageId; },
                       RemovalReason::Purged);
}

int SpeechQueue::purgeUser(const QString &login)
{
    if (login.isEmpty())
        return 0;
    return removeWhere([&](const Item &item) {
        return item.utterance.userLogin.compare(login, Qt::CaseInsensitive) == 0;
    }, RemovalReason::Purged);
}

int SpeechQueue::clear()
{
    m_unannounced = 0; // silence means silence: no "N件省略" for what came before
    return removeWhere([](const Item &) { return true; }, RemovalReason::Cleared);
}

void SpeechQueue::skipCurrent()
{
    Item *item = current();
    if (!item)
        return;
    const quint64 group = item->group;
    // Skipping means the whole message, not only its current sentence.
    removeWhere([group](const Item &i) { return i.group == group; }, RemovalReason::Skipped);
}

} // namespace chatvox
