// Soak and fault run: the whole live pipeline (TwitchChatClient → filters → SpeechQueue →
// EngineSet → AudioPlayer) against the in-process fakes and a real PulseAudio, for minutes, under
// a raid and a series of faults:
//   - a raid at 200 messages/s (a realistic mix: Japanese and English chat, emotes, URLs, long
//     pastes, commands, bots, /me, resubs), moderators deleting messages and timing users out
//     (one ban and one clear chat too);
//   - the IRC server dropping the socket every 2 minutes (every 20 % of the run) and going
//     half-open once;
//   - the engine failing 10 % of /audio_query and /synthesis requests, and hanging once;
//   - the audio device (a second null sink) disappearing once.
// It asserts: no crash; every fault recovered from in bounded time (not half-alive: at the end
// the chat is joined, the engine is up, and new messages are heard on the default output);
// every accepted message either heard or accounted for (purged by a moderator, dropped by the
// backlog policy with a count, or failed with a reported error) exactly once; RSS growth
// after warm-up under 5 MB; no file descriptor or thread growth. Prints a summary table.
//
// Usage (inside tests/with-pulseaudio.sh; `scripts/dev soak [MINUTES]` does that):
//   chatvox_soak [--minutes M] [--seed N] [--verbose]
// Exit code 0 = every check passed. The fault schedule and the client's timers scale with the
// run length, so a 1-minute run (the ctest test soak_short) sees every fault too.

#include "app/pipeline.h"
#include "app/settings.h"
#include "app/supervisor.h"
#include "audio/audioplayer.h"
#include "chat/twitchchatclient.h"
#include "core/clock.h"
#include "faketwitchirc.h"
#include "fakevoicevox.h"
#include "sinkrecorder.h"
#include "speech/engineset.h"
#include "speech/speechqueue.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <deque>
#include <optional>
#include <vector>

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace chatvox;
using chatvox::test::FakeVoicevox;
using chatvox::test::SinkRecorder;

#if defined(__SANITIZE_ADDRESS__)
#    define CHATVOX_SOAK_ASAN 1
#elif defined(__has_feature)
#    if __has_feature(address_sanitizer)
#        define CHATVOX_SOAK_ASAN 1
#    endif
#endif

namespace {

const QString kChannel = u"soakchannel"_s;
const QString kAuxSinkDescription = u"ChatVoxSoakAux"_s;
constexpr int kMessagesPerSecond = 200;
constexpr int kRaidTickMs = 20; // 4 lines per frame, as Twitch batches busy chat
constexpr double kEngineFailureRate = 0.10;
constexpr double kMaxRssGrowthMb = 5.0;

// ---- the process, from /proc (Linux) ----
struct ProcessSample
{
    double rssMb = 0;
    int fds = 0;
    int threads = 0;
    double cpuSeconds = 0;
};

ProcessSample sampleProcess()
{
    ProcessSample s;
    QFile status(u"/proc/self/status"_s);
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("VmRSS:"))
                s.rssMb = line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
            else if (line.startsWith("Threads:"))
                s.threads = line.mid(8).trimmed().toInt();
        }
    }
    s.fds = int(QDir(u"/proc/self/fd"_s)
                    .entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::System)
                    .size());
    QFile stat(u"/proc/self/stat"_s);
    if (stat.open(QIODevice::ReadOnly)) {
        const QByteArray text = stat.readAll();
        // Fields after the ")" of the command name: state is field 3; utime 14, stime 15.
        const QList<QByteArray> f = text.mid(text.lastIndexOf(')') + 2).split(' ');
        const double ticks = 100.0; // sysconf(_SC_CLK_TCK) on every Linux we run on
        if (f.size() > 13)
            s.cpuSeconds = (f[11].toDouble() + f[12].toDouble()) / ticks;
    }
    return s;
}

std::optional<QString> pactl(const QStringList &args)
{
    QProcess p;
    p.start(u"pactl"_s, args);
    if (!p.waitForFinished(5000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return std::nullopt;
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

double median(std::vector<double> v)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

QString clock(qint64 ms)
{
    return u"%1:%2"_s.arg(ms / 60000).arg((ms / 1000) % 60, 2, 10, QLatin1Char('0'));
}

// ---- what raiders say: a mix modelled on tests/data/twitch and the demo log ----
struct Line
{
    const char *text;
    const char *extraTags; // e.g. emotes
};
const Line kChatMix[] = {
    {"こんばんは！今日も配信ありがとう", ""},
    {"初見です Kappa よろしくお願いします", "emotes=25:5-9"},
    {"ｗｗｗｗｗｗｗｗｗｗｗｗ", ""},
    {"Hello from Canada! Love the stream", ""},
    {"このゲームの公式サイト https://www.example.jp/game/ 見てきたけど続編出るらしいよ", ""},
    {"ボス戦のコツを書いておきます。まず最初のフェーズでは左右の攻撃をよく見て、ジャンプは二回目"
     "の衝撃波のあとにしてください。第二フェーズは回復アイテムを温存して、赤く光ったら距離を取るの"
     "が安全です。",
     ""},
    {"PogChamp PogChamp", "emotes=88:0-7,9-16"},
    {"\x01"
     "ACTION 拍手している\x01",
     ""},
    {"レイドから来ました！8888888888", ""},
    {"!uptime", ""},
    {"GG", ""},
    {"草", ""},
    {"what game is this?", ""},
    {"うますぎる", ""},
    {"LUL LUL LUL", "emotes=425618:0-2,4-6,8-10"},
    {"おつかれさまです～🎉", ""},
    {"that jump was insane 😂😂😂", ""},
    {"raid hype!!!", ""},
    {"つまらん配信", ""},
    {"今なら無料でフォロワーが増やせます https://spam.example.net/offer", ""},
};

// Every accepted message must come out of the queue exactly once, for a known reason.
class Accounting
{
public:
    enum Outcome { Heard, Purged, Dropped, EngineFailed, PlaybackFailed, OutcomeCount };

    void accept(int number, const QString &id)
    {
        if (number >= int(m_resolved.size()))
            m_resolved.resize(size_t(number) + 1024, false);
        m_pending.insert(id);
        ++m_accepted;
    }
    bool isPending(const QString &id) const { return m_pending.contains(id); }
    const QSet<QString> &pending() const { return m_pending; }

    void resolve(const QString &id, Outcome outcome)
    {
        if (!m_pending.remove(id)) {
            problem(u"message %1 resolved twice (%2)"_s.arg(id).arg(int(outcome)));
            return;
        }
        const int number = id.mid(5).toInt(); // "soak-<n>"
        if (number >= 0 && number < int(m_resolved.size())) {
            if (m_resolved[size_t(number)])
                problem(u"message %1 came out of the queue twice"_s.arg(id));
            m_resolved[size_t(number)] = true;
        }
        ++m_counts[outcome];
    }

    int accepted() const { return m_accepted; }
    int count(Outcome outcome) const { return m_counts[outcome]; }
    int resolvedTotal() const
    {
        int n = 0;
        for (int c : m_counts)
            n += c;
        return n;
    }
    void problem(const QString &text)
    {
        if (m_problems.size() < 20)
            m_problems << text;
        ++m_problemCount;
    }
    const QStringList &problems() const { return m_problems; }
    int problemCount() const { return m_problemCount; }

private:
    QSet<QString> m_pending; // accepted, still in the queue (bounded by the backlog policy)
    std::vector<bool> m_resolved; // by message number: 1 bit each, so 10 minutes cost ~15 KB
    int m_accepted = 0;
    int m_counts[OutcomeCount] = {};
    QStringList m_problems;
    int m_problemCount = 0;
};

class Soak : public QObject
{
public:
    Soak(double minutes, quint32 seed, bool verbose)
        : m_runMs(qint64(minutes * 60000.0))
        , m_random(seed)
        , m_seed(seed)
        , m_verbose(verbose)
    {
    }

    int run();

private:
    struct Fault
    {
        QString name;
        qint64 atMs = 0;
        qint64 recoveredMs = -1; // time to recover, -1 = not (yet)
        qint64 boundMs = 0; // must recover within this
    };

    qint64 elapsedMs() const { return m_clock.elapsed(); }
    void log(const QString &text) const
    {
        std::fprintf(stderr, "[soak %s] %s\n", qPrintable(clock(elapsedMs())), qPrintable(text));
    }
    void fail(const QString &text)
    {
        m_accounting.problem(text);
        log(u"FAIL: "_s + text);
    }
    // Runs the event loop (sleeping between events, unlike a processEvents() spin) until
    // condition() holds, checked every 10 ms; false after timeoutMs.
    static bool waitUntil(const std::function<bool()> &condition, int timeoutMs)
    {
        if (condition())
            return true;
        QElapsedTimer t;
        t.start();
        QEventLoop loop;
        QTimer poll;
        bool met = false;
        QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
            met = condition();
            if (met || t.elapsed() > timeoutMs)
                loop.quit();
        });
        poll.start(10);
        loop.exec();
        return met;
    }
    bool setUp();
    void raidTick();
    void moderationTick();
    void sampleTick();
    void runFaults();
    void onDecision(const QByteArray &jsonLine);
    void onQueueChanged();
    void onDropped(int count);
    QSet<QString> queuedIds() const;
    bool chatJoined() const
    {
        return m_pipeline->chat()->state() == TwitchChatClient::State::Joined
            && m_joinedConnection >= 0 && m_irc.isOpen(m_joinedConnection);
    }
    void checkRecoveries();
    void printSummary(const ProcessSample &warm, const ProcessSample &raidEnd,
                      const ProcessSample &drained, double warmRss, double endRss,
                      double maxRss) const;

    const qint64 m_runMs;
    QRandomGenerator m_random;
    const quint32 m_seed;
    const bool m_verbose;
    QElapsedTimer m_clock;

    QTemporaryDir m_dir;
    FakeTwitchIrc m_irc;
    FakeVoicevox m_engine;
    QString m_auxModule;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<Pipeline> m_pipeline;

    TwitchChatTimings m_timings;
    int m_engineTimeoutMs = 15000;
    int m_joinedConnection = -1;
    int m_silentConnection = -1;
    bool m_raiding = false;
    int m_nextMessage = 0;
    qint64 m_linesSent = 0; // raid lines handed to a connection that was not silent
    std::deque<QPair<QString, QString>> m_recentSent; // (id, login), newest last
    int m_deletesSent = 0;
    int m_timeoutsSent = 0;
    int m_bansSent = 0;
    int m_clearsSent = 0;

    Accounting m_accounting;
    QSet<QString> m_heardNow; // playbackFinished since the last changed()
    QSet<QString> m_finishedNow; // itemFinished since the last changed()
    int m_errorsNow = 0; // SpeechQueue::error since the last changed()
    QSet<QString> m_limbo; // left the queue in a purge, waiting for its purge decision
    int m_skipped = 0;
    int m_purgeDecisions = 0;
    int m_droppedSignalTotal = 0;
    int m_noticesHeard = 0;
    int m_queueErrors = 0;
    int m_engineErrors = 0;
    int m_deviceErrors = 0;
    qint64 m_lastHeardMs = 0;
    int m_heardTotal = 0;

    std::vector<Fault> m_faults;
    std::vector<double> m_rssSamples; // after warm-up
    std::vector<std::pair<qint64, ProcessSample>> m_samples;
    qint64 m_warmupMs = 0;
};

bool Soak::setUp()
{
    if (!m_dir.isValid() || !m_irc.isListening() || !m_engine.listen()) {
        fail(u"cannot start the fakes"_s);
        return false;
    }
    // A realistic engine: about 100 ms per synthesis (one at a time), 10 % of requests fail.
    m_engine.setDelay(u"/synthesis"_s, 100);
    m_engine.setRandomFailureRate(kEngineFailureRate, m_seed);

    // The device that will disappear: a second null sink, chosen by name in the settings.
    m_auxModule = pactl({u"load-module"_s, u"module-null-sink"_s, u"sink_name=chatvox_soak_aux"_s,
                         u"sink_properties=device.description="_s + kAuxSinkDescription})
                      .value_or(QString());
    if (m_auxModule.isEmpty()) {
        fail(u"pactl load-module failed (run inside tests/with-pulseaudio.sh)"_s);
        return false;
    }
    if (!waitUntil([] { return AudioPlayer::outputDeviceNames().contains(kAuxSinkDescription); },
                   5000)) {
        fail(u"the extra sink never showed up"_s);
        return false;
    }

    // Client timers scale with the run so that a short run sees a half-open link detected.
    // 10 minutes: the defaults (ping after 60 s of silence, 10 s for the answer).
    m_timings.idlePingMs = int(std::clamp<qint64>(m_runMs / 10, 3000, 60000));
    m_timings.pongTimeoutMs = int(std::clamp<qint64>(m_runMs / 60, 1500, 10000));
    m_timings.backoff.minMs = 1000;
    m_timings.backoff.maxMs = int(std::clamp<qint64>(m_runMs / 20, 3000, 30000));
    m_engineTimeoutMs = int(std::clamp<qint64>(m_runMs / 40, 3000, 15000));

    m_settings = std::make_unique<Settings>(m_dir.filePath(u"soak.ini"_s));
    m_settings->setRunOverride(u"chat/channel"_s, kChannel);
    m_settings->setRunOverride(u"chat/ircUrl"_s, m_irc.url().toString());
    m_settings->setRunOverride(u"speech/engines"_s, QStringList{m_engine.url().toString()});
    m_settings->setRunOverride(u"speech/engineTimeoutMs"_s, m_engineTimeoutMs);
    // The system voice would read what the engine fails; here failures must stay visible.
    m_settings->setRunOverride(u"speech/systemVoice"_s, false);
    m_settings->setRunOverride(u"audio/device"_s, kAuxSinkDescription);

    connect(&m_irc, &FakeTwitchIrc::channelJoined, this,
            [this](int connection, const QString &) { m_joinedConnection = connection; });

    m_pipeline = std::make_unique<Pipeline>(m_settings.get());
    connect(m_pipeline.get(), &Pipeline::decision, this, &Soak::onDecision);
    connect(m_pipeline.get(), &Pipeline::finished, this,
            [this](int code) { fail(u"the pipeline finished with code %1"_s.arg(code)); });
    m_pipeline->startLive();
    m_pipeline->chat()->setTimings(m_timings);

    SpeechQueue *queue = m_pipeline->queue();
    connect(queue, &SpeechQueue::playbackFinished, this, [this](const PlaybackTiming &t) {
        ++m_heardTotal;
        m_lastHeardMs = elapsedMs();
        if (t.messageId.isEmpty())
            ++m_noticesHeard;
        else
            m_heardNow.insert(t.messageId);
    });
    connect(queue, &SpeechQueue::itemFinished, this, [this](const QueueItemInfo &item) {
        if (!item.messageId.isEmpty())
            m_finishedNow.insert(item.messageId);
    });
    connect(queue, &SpeechQueue::error, this, [this](const QString &message) {
        ++m_errorsNow;
        ++m_queueErrors;
        if (m_verbose)
            log(u"queue error: "_s + message);
    });
    connect(queue, &SpeechQueue::changed, this, &Soak::onQueueChanged);
    connect(queue, &SpeechQueue::dropped, this, &Soak::onDropped);
    connect(m_pipeline->engines(), &EngineSet::engineError, this,
            [this](const QUrl &, const QString &) { ++m_engineErrors; });
    connect(m_pipeline->player(), &AudioPlayer::deviceError, this, [this](const QString &message) {
        ++m_deviceErrors;
        log(u"audio device error: "_s + message);
    });

    if (!waitUntil([this] { return chatJoined(); }, 10000)) {
        fail(u"the client never joined the channel"_s);
        return false;
    }
    if (!waitUntil([this] { return m_pipeline->defaultStyle().has_value(); }, 10000)) {
        fail(u"the default voice was never resolved"_s);
        return false;
    }
    return true;
}

QSet<QString> Soak::queuedIds() const
{
    QSet<QString> ids;
    for (const QueueItemInfo &item : m_pipeline->queue()->items()) {
        if (!item.messageId.isEmpty())
            ids.insert(item.messageId);
    }
    return ids;
}

void Soak::onDecision(const QByteArray &jsonLine)
{
    const QJsonObject o = QJsonDocument::fromJson(jsonLine).object();
    const QString event = o.value("event"_L1).toString();
    if (event == u"speak") {
        const QString id = o.value("id"_L1).toString();
        m_accounting.accept(id.mid(5).toInt(), id);
    } else if (event == u"skip") {
        ++m_skipped;
    } else if (event == u"purge") {
        ++m_purgeDecisions;
        QSet<QString> ids;
        for (const QJsonValue &v : o.value("ids"_L1).toArray())
            ids.insert(v.toString());
        // The queue removed them just before the pipeline announced the purge.
        for (const QString &id : std::as_const(m_limbo)) {
            if (!ids.contains(id))
                fail(u"%1 left the queue in a purge that does not name it (%2)"_s.arg(
                    id, o.value("reason"_L1).toString()));
            m_accounting.resolve(id, Accounting::Purged);
        }
        m_limbo.clear();
    }
}

void Soak::onDropped(int count)
{
    m_droppedSignalTotal += count;
    // Emitted right after the backlog policy removed the oldest messages, before anything else
    // touches the queue: what is pending and gone now was dropped.
    const QSet<QString> queued = queuedIds();
    int found = 0;
    for (const QString &id : QSet<QString>(m_accounting.pending())) {
        if (!queued.contains(id) && !m_limbo.contains(id)) {
            m_accounting.resolve(id, Accounting::Dropped);
            ++found;
        }
    }
    if (found != count)
        fail(u"the backlog policy reported %1 dropped, %2 left the queue"_s.arg(count).arg(found));
}

void Soak::onQueueChanged()
{
    if (!m_limbo.isEmpty()) {
        // A purge announces itself right after its changed(); anything else in between is
        // a message that left the queue for no reason we know of.
        for (const QString &id : std::as_const(m_limbo))
            fail(u"%1 left the queue without a reason"_s.arg(id));
        for (const QString &id : std::as_const(m_limbo))
            m_accounting.resolve(id, Accounting::Purged);
        m_limbo.clear();
    }
    const QSet<QString> queued = queuedIds();
    for (const QString &id : QSet<QString>(m_accounting.pending())) {
        if (queued.contains(id))
            continue;
        if (m_heardNow.contains(id))
            m_accounting.resolve(id, Accounting::Heard);
        else if (m_finishedNow.contains(id))
            m_accounting.resolve(id, Accounting::PlaybackFailed);
        else if (m_errorsNow > 0) {
            m_accounting.resolve(id, Accounting::EngineFailed);
            --m_errorsNow;
        } else
            m_limbo.insert(id); // a purge; its decision follows at once
    }
    m_heardNow.clear();
    m_finishedNow.clear();
    m_errorsNow = 0;
}

void Soak::raidTick()
{
    if (!m_raiding)
        return;
    QList<QByteArray> lines;
    const int perTick = kMessagesPerSecond * kRaidTickMs / 1000;
    for (int i = 0; i < perTick; ++i) {
        const int n = m_nextMessage++;
        const QString id = u"soak-%1"_s.arg(n);
        const quint32 roll = m_random.bounded(100u);
        QString login = u"raider_%1"_s.arg(m_random.bounded(400u), 3, 10, QLatin1Char('0'));
        if (roll < 2)
            login = u"nightbot"_s; // a known bot: skipped
        if (roll == 99) {
            // A resub with the viewer's words (USERNOTICE).
            lines << "@badge-info=subscriber/6;badges=subscriber/6;display-name=" + login.toUtf8()
                    + ";id=" + id.toUtf8() + ";login=" + login.toUtf8()
                    + ";msg-id=resub;room-id=12345;system-msg=resubscribed;tmi-sent-ts="
                    + QByteArray::number(QDateTime::currentMSecsSinceEpoch())
                    + ";user-id=1 :tmi.twitch.tv USERNOTICE #" + kChannel.toUtf8()
                    + " :半年記念！いつも楽しいです";
        } else {
            const Line &line = kChatMix[m_random.bounded(quint32(std::size(kChatMix)))];
            lines << FakeTwitchIrc::privmsgLine(kChannel, login, QString::fromUtf8(line.text), id,
                                                QByteArray(line.extraTags));
        }
        m_recentSent.emplace_back(id, login);
        if (m_recentSent.size() > 400)
            m_recentSent.pop_front();
    }
    if (m_joinedConnection >= 0 && m_irc.isOpen(m_joinedConnection)) {
        m_irc.sendLines(lines, m_joinedConnection);
        if (m_joinedConnection != m_silentConnection)
            m_linesSent += lines.size();
    }
}

void Soak::moderationTick()
{
    if (!m_raiding || m_recentSent.empty() || m_joinedConnection < 0
        || !m_irc.isOpen(m_joinedConnection))
        return;
    // Moderators act on what they just saw: a message from the last second or two.
    const size_t back = std::min<size_t>(m_recentSent.size(), 1 + m_random.bounded(300u));
    const auto &[id, login] = m_recentSent[m_recentSent.size() - back];
    if (m_random.bounded(5u) == 0) {
        m_irc.sendLines({FakeTwitchIrc::clearChatLine(kChannel, login, 600)}, m_joinedConnection);
        ++m_timeoutsSent;
    } else {
        m_irc.sendLines({FakeTwitchIrc::clearMsgLine(kChannel, login, id)}, m_joinedConnection);
        ++m_deletesSent;
    }
}

void Soak::sampleTick()
{
    const ProcessSample s = sampleProcess();
    m_samples.emplace_back(elapsedMs(), s);
    if (elapsedMs() >= m_warmupMs && m_raiding)
        m_rssSamples.push_back(s.rssMb);
    // The fakes keep records for tests; a soak must not let them grow.
    m_engine.clearRecords();
    if (m_verbose)
        log(u"rss %1 MB, fds %2, threads %3, accepted %4, heard %5, pending %6, queue %7, "
            "chat %8"_s.arg(s.rssMb, 0, 'f', 1)
                .arg(s.fds)
                .arg(s.threads)
                .arg(m_accounting.accepted())
                .arg(m_accounting.count(Accounting::Heard))
                .arg(m_accounting.pending().size())
                .arg(m_pipeline->queue()->items().size())
                .arg(int(m_pipeline->chat()->state())));
}

void Soak::checkRecoveries()
{
    for (Fault &f : m_faults) {
        if (f.recoveredMs >= 0 || elapsedMs() < f.atMs)
            continue;
        bool ok = false;
        if (f.name.startsWith(u"IRC"))
            ok = chatJoined() && m_joinedConnection != m_silentConnection;
        else if (f.name.startsWith(u"engine"))
            // Heard again after the hung request timed out.
            ok = m_lastHeardMs > f.atMs + m_engineTimeoutMs
                && m_pipeline->engines()->hasUsableEngine();
        else if (f.name.startsWith(u"audio"))
            ok = m_deviceErrors > 0 && m_lastHeardMs > f.atMs + 500
                && m_pipeline->player()->currentDeviceName() != kAuxSinkDescription;
        if (ok) {
            f.recoveredMs = elapsedMs() - f.atMs;
            log(u"%1: recovered in %2 s"_s.arg(f.name).arg(f.recoveredMs / 1000.0, 0, 'f', 1));
        }
    }
}

int Soak::run()
{
    m_clock.start();
    if (!setUp())
        return 1;
    log(u"run %1 min, raid %2 msg/s, engine fails %3 %, seed %4; chat timers: ping after %5 s, "
        "pong within %6 s; engine timeout %7 s"_s.arg(m_runMs / 60000.0)
            .arg(kMessagesPerSecond)
            .arg(kEngineFailureRate * 100)
            .arg(m_seed)
            .arg(m_timings.idlePingMs / 1000.0)
            .arg(m_timings.pongTimeoutMs / 1000.0)
            .arg(m_engineTimeoutMs / 1000.0));
    if (m_pipeline->player()->currentDeviceName() != kAuxSinkDescription)
        fail(u"the player does not use the chosen device"_s);

    // Fault schedule, as fractions of the run (a 10-minute run: a drop every 2 minutes).
    const qint64 start = elapsedMs();
    const auto at = [&](double fraction) { return start + qint64(fraction * m_runMs); };
    const qint64 reconnectBound = m_timings.backoff.maxMs + 5000;
    const qint64 halfOpenBound = m_timings.idlePingMs + m_timings.pongTimeoutMs + reconnectBound;
    m_warmupMs = at(0.10);
    m_faults = {
        {u"IRC socket dropped #1"_s, at(0.20), -1, reconnectBound},
        {u"engine hangs once"_s, at(0.30), -1, m_engineTimeoutMs + 35000},
        {u"IRC socket dropped #2"_s, at(0.40), -1, reconnectBound},
        {u"IRC half-open link"_s, at(0.45), -1, halfOpenBound},
        {u"IRC socket dropped #3"_s, at(0.60) + halfOpenBound / 2, -1, reconnectBound},
        {u"audio device disappears"_s, at(0.70), -1, 10000},
        {u"IRC socket dropped #4"_s, at(0.80), -1, reconnectBound},
    };
    std::sort(m_faults.begin(), m_faults.end(),
              [](const Fault &a, const Fault &b) { return a.atMs < b.atMs; });
    // Moderation specials: one ban and one whole-chat clear.
    const qint64 banAt = at(0.55);
    const qint64 clearAt = at(0.65);

    QTimer raid;
    raid.setTimerType(Qt::PreciseTimer);
    connect(&raid, &QTimer::timeout, this, &Soak::raidTick);
    QTimer moderation;
    connect(&moderation, &QTimer::timeout, this, &Soak::moderationTick);
    QTimer sampler;
    connect(&sampler, &QTimer::timeout, this, &Soak::sampleTick);
    m_raiding = true;
    raid.start(kRaidTickMs);
    moderation.start(1000);
    sampler.start(int(std::clamp<qint64>(m_runMs / 60, 1000, 10000)));

    ProcessSample warm;
    bool warmTaken = false;
    size_t nextFault = 0;
    bool banned = false;
    bool cleared = false;
    const qint64 raidEnd = at(0.95);
    // The schedule, checked every 20 ms from the event loop.
    QEventLoop mainLoop;
    QTimer tick;
    connect(&tick, &QTimer::timeout, this, [&] {
        const qint64 now = elapsedMs();
        if (now >= raidEnd || !m_raiding) {
            mainLoop.quit();
            return;
        }
        if (!warmTaken && now >= m_warmupMs) {
            warm = sampleProcess();
            warmTaken = true;
            log(u"warm-up done: rss %1 MB, fds %2, threads %3"_s.arg(warm.rssMb, 0, 'f', 1)
                    .arg(warm.fds)
                    .arg(warm.threads));
        }
        if (nextFault < m_faults.size() && now >= m_faults[nextFault].atMs) {
            Fault &f = m_faults[nextFault++];
            log(u"fault: "_s + f.name);
            if (f.name.startsWith(u"IRC socket")) {
                m_irc.abortConnections();
            } else if (f.name.startsWith(u"IRC half")) {
                m_silentConnection = m_joinedConnection;
                m_irc.goSilent(m_joinedConnection);
            } else if (f.name.startsWith(u"engine")) {
                m_engine.hangNext(u"/synthesis"_s, 1);
            } else if (f.name.startsWith(u"audio")) {
                pactl({u"unload-module"_s, m_auxModule});
                m_auxModule.clear();
            }
        }
        if (!banned && now >= banAt && !m_recentSent.empty() && chatJoined()) {
            m_irc.sendLines({FakeTwitchIrc::clearChatLine(kChannel, m_recentSent.back().second)},
                            m_joinedConnection);
            ++m_bansSent;
            banned = true;
        }
        if (!cleared && now >= clearAt && chatJoined()) {
            m_irc.sendLines({FakeTwitchIrc::clearChatLine(kChannel)}, m_joinedConnection);
            ++m_clearsSent;
            cleared = true;
        }
        checkRecoveries();
        for (const Fault &f : m_faults) {
            if (f.recoveredMs < 0 && now > f.atMs + f.boundMs) {
                fail(u"%1: not recovered after %2 s"_s.arg(f.name).arg(f.boundMs / 1000.0));
                m_raiding = false; // stop here: the rest would only pile up failures
                break;
            }
        }
    });
    tick.start(20);
    mainLoop.exec();
    tick.stop();
    const ProcessSample raidEndSample = sampleProcess();
    const double endRss = median(std::vector<double>(
        m_rssSamples.end() - std::min<ptrdiff_t>(3, ptrdiff_t(m_rssSamples.size())),
        m_rssSamples.end()));
    const double warmRss = median(std::vector<double>(
        m_rssSamples.begin(),
        m_rssSamples.begin() + std::min<ptrdiff_t>(3, ptrdiff_t(m_rssSamples.size()))));
    const double maxRss
        = m_rssSamples.empty() ? 0 : *std::max_element(m_rssSamples.begin(), m_rssSamples.end());

    // Drain: no more chat; what is queued is said (or fails) and the queue goes idle.
    m_raiding = false;
    raid.stop();
    moderation.stop();
    log(u"raid over; draining the queue"_s);
    if (!waitUntil([this] { return m_pipeline->queue()->isIdle(); }, 60000 + m_engineTimeoutMs))
        fail(u"the queue did not drain"_s);
    QCoreApplication::processEvents();
    onQueueChanged();
    if (!m_limbo.isEmpty())
        fail(u"%1 message(s) left the queue without a reason"_s.arg(m_limbo.size()));
    if (!m_accounting.pending().isEmpty())
        fail(u"%1 accepted message(s) never came out of the queue"_s.arg(
            m_accounting.pending().size()));
    for (const Fault &f : m_faults) {
        if (f.recoveredMs < 0)
            fail(f.name + u": never recovered"_s);
    }
    // Resources, idle and connected, like at warm-up (the queue was busy then: same sockets).
    waitUntil([this] { return chatJoined(); }, 10000);
    const ProcessSample drained = sampleProcess();

    // Not half-alive: fresh chat is read aloud on the default output (the chosen device is gone).
    SinkRecorder recorder;
    if (!recorder.start()) {
        fail(u"cannot record the default sink: "_s + recorder.errorString());
    } else {
        const int heardBefore = m_accounting.count(Accounting::Heard);
        m_engine.setRandomFailureRate(0.0);
        for (int i = 0; i < 3; ++i) {
            const QString id = u"soak-%1"_s.arg(m_nextMessage++);
            m_irc.sendLines({FakeTwitchIrc::privmsgLine(kChannel, u"last_viewer"_s,
                                                        u"最後のメッセージ%1"_s.arg(i + 1), id)},
                            m_joinedConnection);
        }
        if (!waitUntil([&] { return m_accounting.count(Accounting::Heard) >= heardBefore + 3; },
                       20000))
            fail(u"after the faults, new messages were not read aloud"_s);
        recorder.catchUp();
        if (recorder.rms() < 0.01)
            fail(u"nothing reached the default output at the end"_s);
    }
    const Supervisor *sup = m_pipeline->supervisor();
    for (const QString &part : sup->parts()) {
        const Supervisor::PartStatus st = sup->status(part);
        if (st.health != Supervisor::Health::Ok)
            fail(u"part %1 is %2 at the end: %3"_s.arg(part, Supervisor::healthName(st.health),
                                                       st.detail));
    }

    // Resource checks.
#ifndef CHATVOX_SOAK_ASAN
    if (endRss - warmRss > kMaxRssGrowthMb)
        fail(u"RSS grew by %1 MB after warm-up"_s.arg(endRss - warmRss, 0, 'f', 1));
#endif
    if (drained.fds > warm.fds)
        fail(u"file descriptors grew from %1 to %2"_s.arg(warm.fds).arg(drained.fds));
    if (drained.threads > warm.threads)
        fail(u"threads grew from %1 to %2"_s.arg(warm.threads).arg(drained.threads));
    if (m_droppedSignalTotal != m_pipeline->queue()->droppedTotal())
        fail(u"dropped() signals (%1) and droppedTotal (%2) differ"_s.arg(m_droppedSignalTotal)
                 .arg(m_pipeline->queue()->droppedTotal()));
    if (m_accounting.accepted() != m_pipeline->stats().spoken)
        fail(u"accepted %1, but the pipeline counted %2"_s.arg(m_accounting.accepted())
                 .arg(m_pipeline->stats().spoken));

    printSummary(warm, raidEndSample, drained, warmRss, endRss, maxRss);
    return m_accounting.problemCount() == 0 ? 0 : 1;
}

void Soak::printSummary(const ProcessSample &warm, const ProcessSample &raidEnd,
                        const ProcessSample &drained, double warmRss, double endRss,
                        double maxRss) const
{
    const ProcessSample last = sampleProcess();
    const double cpu = m_samples.empty() ? 0 : last.cpuSeconds;
    auto row = [](const QString &name, const QString &value, const QString &note = QString()) {
        std::printf("  %-34s %14s  %s\n", qPrintable(name), qPrintable(value), qPrintable(note));
    };
    const Accounting &a = m_accounting;
    std::printf("\nChatVox soak: %.1f min, raid %d msg/s, engine failing %.0f %% of requests, seed "
                "%u\n",
                m_runMs / 60000.0, kMessagesPerSecond, kEngineFailureRate * 100, m_seed);
    std::printf("\nFaults                                      at    recovered in   (bound)\n");
    for (const Fault &f : m_faults)
        std::printf("  %-34s %7s  %11s   (%.0f s)\n", qPrintable(f.name), qPrintable(clock(f.atMs)),
                    f.recoveredMs < 0
                        ? "NEVER"
                        : qPrintable(u"%1 s"_s.arg(f.recoveredMs / 1000.0, 0, 'f', 1)),
                    f.boundMs / 1000.0);
    std::printf("\nChat\n");
    row(u"raid lines delivered"_s, QString::number(m_linesSent),
        u"(sent while a live connection was joined)"_s);
    const ChatEventSource::Counters &c = m_pipeline->chat()->counters();
    row(u"lines parsed / malformed"_s, u"%1 / %2"_s.arg(c.lines).arg(c.malformedLines));
    row(u"moderation sent"_s,
        u"%1 del, %2 t/o, %3 ban, %4 clear"_s.arg(m_deletesSent)
            .arg(m_timeoutsSent)
            .arg(m_bansSent)
            .arg(m_clearsSent));
    row(u"reconnects (connections accepted)"_s, QString::number(m_irc.connectionCount()));
    std::printf("\nMessages (each accepted message has exactly one outcome)\n");
    row(u"skipped by filters"_s, QString::number(m_skipped), u"(bots, commands, emote-only)"_s);
    row(u"accepted (speak decisions)"_s, QString::number(a.accepted()));
    row(u"  heard to the end"_s, QString::number(a.count(Accounting::Heard)));
    row(u"  purged by moderators"_s, QString::number(a.count(Accounting::Purged)),
        u"(%1 purge decisions)"_s.arg(m_purgeDecisions));
    row(u"  dropped by the backlog policy"_s, QString::number(a.count(Accounting::Dropped)),
        u"(counted by the queue: %1; \"N件省略\" said %2 times)"_s
            .arg(m_pipeline->queue()->droppedTotal())
            .arg(m_noticesHeard));
    row(u"  engine failed, reported"_s, QString::number(a.count(Accounting::EngineFailed)),
        u"(engine errors seen: %1, queue errors: %2)"_s.arg(m_engineErrors).arg(m_queueErrors));
    row(u"  playback failed, reported"_s, QString::number(a.count(Accounting::PlaybackFailed)));
    row(u"  unaccounted"_s, QString::number(a.accepted() - a.resolvedTotal()), u"(must be 0)"_s);
    std::printf("\nProcess (/proc/self: pipeline and fakes together)\n");
#ifdef CHATVOX_SOAK_ASAN
    const QString rssNote = u"(ASan build: RSS not checked)"_s;
#else
    const QString rssNote = u"(limit +%1 MB)"_s.arg(kMaxRssGrowthMb);
#endif
    row(u"RSS after warm-up / end of raid"_s,
        u"%1 / %2 MB"_s.arg(warmRss, 0, 'f', 1).arg(endRss, 0, 'f', 1),
        u"growth %1 MB, max %2 MB %3"_s.arg(endRss - warmRss, 0, 'f', 1)
            .arg(maxRss, 0, 'f', 1)
            .arg(rssNote));
    row(u"file descriptors warm-up / drained"_s, u"%1 / %2"_s.arg(warm.fds).arg(drained.fds),
        u"(end of raid %1)"_s.arg(raidEnd.fds));
    row(u"threads warm-up / drained"_s, u"%1 / %2"_s.arg(warm.threads).arg(drained.threads),
        u"(end of raid %1)"_s.arg(raidEnd.threads));
    row(u"CPU time"_s, u"%1 s"_s.arg(cpu, 0, 'f', 1),
        u"(%1 % of one core)"_s.arg(100.0 * cpu / (elapsedMs() / 1000.0), 0, 'f', 1));
    std::printf("\nResult: %s\n", a.problemCount() == 0 ? "PASS" : "FAIL");
    for (const QString &p : a.problems())
        std::printf("  - %s\n", qPrintable(p));
    std::fflush(stdout);
}

} // namespace

int main(int argc, char *argv[])
{
    int rc = 1;
    {
        QCoreApplication app(argc, argv);
        double minutes = 10;
        quint32 seed = 1;
        bool verbose = false;
        const QStringList args = app.arguments();
        for (qsizetype i = 1; i < args.size(); ++i) {
            if (args[i] == u"--minutes" && i + 1 < args.size())
                minutes = args[++i].toDouble();
            else if (args[i] == u"--seed" && i + 1 < args.size())
                seed = args[++i].toUInt();
            else if (args[i] == u"--verbose")
                verbose = true;
            else {
                std::fprintf(stderr, "usage: chatvox_soak [--minutes M] [--seed N] [--verbose]\n");
                return 2;
            }
        }
        if (qEnvironmentVariableIsEmpty("CHATVOX_TEST_SINK")) {
            std::fprintf(stderr, "chatvox_soak: run it inside tests/with-pulseaudio.sh\n");
            return 2;
        }
        if (!verbose)
            QLoggingCategory::setFilterRules(u"*.debug=false\n*.info=false\n*.warning=false"_s);
        Soak soak(std::max(minutes, 0.5), seed, verbose);
        rc = soak.run();
    }
    // As the tests do (tests/support/testmain.h): Qt 6.4's PulseAudio backend may abort in its
    // global destructor; leave without running library destructors.
    std::fflush(stdout);
    std::fflush(stderr);
    std::_Exit(rc);
}
