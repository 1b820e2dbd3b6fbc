// Fuzz target: bridge.json loading and trigger matching. The input is a bridge.json file, then
// (after a NUL) a script of what happens on stream: chat lines and channel-point redemptions
// from a handful of viewers with fuzzed badges and text, time passing, the streamer's switches,
// and the bridge pumping the queue the way Bridge::pump and Bridge::finishInput do
// (src/app/bridge.cpp). A file without a NUL is a bare bridge.json.
//
// Checked: a file that loads keeps every limit the loader promises and comes back identical
// through bridgeConfigToJson (the editor saves with it); nothing a viewer types leaves the
// matcher except as a word bridge.json declares; whatever is queued has something to run; the
// queue bound and the rate cap hold; the pump's "next due" time is never in the past and the
// pump always gets to the end.

#include "bridge/bridgeconfig.h"
#include "bridge/triggermatcher.h"
#include "fuzzsupport.h"

#include <deque>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QTemporaryDir>

using namespace chatvox;

namespace {

// bridge.json's folder, with a scripts folder holding a script (and one outside it).
const QString &baseDir()
{
    static QTemporaryDir dir;
    static const bool made = [] {
        QDir(dir.path()).mkpath(QStringLiteral("bridge-scripts"));
        QDir(dir.path()).mkpath(QStringLiteral("other"));
        for (const QString &name :
             {QStringLiteral("bridge-scripts/lights.ps1"), QStringLiteral("bridge-scripts/a.ps1"),
              QStringLiteral("other/b.ps1")}) {
            QFile f(dir.filePath(name));
            if (!f.open(QIODevice::WriteOnly))
                std::abort();
            f.write("param($Color)\n");
        }
        return true;
    }();
    Q_UNUSED(made);
    static const QString path = dir.path();
    return path;
}

bool isAsciiLower(const QString &word)
{
    return word == asciiLower(word);
}

bool hasSpace(const QString &s)
{
    return std::any_of(s.begin(), s.end(), [](QChar c) { return c.isSpace(); });
}

void checkPayload(const ActionPayload &p)
{
    CHATVOX_FUZZ_CHECK(p.steps.size() <= kMaxSteps);
    for (const KeyStep &step : p.steps) {
        CHATVOX_FUZZ_CHECK(!step.keys.isEmpty() && step.keys.size() <= kMaxKeysPerStep);
        CHATVOX_FUZZ_CHECK(step.names.size() == step.keys.size());
        CHATVOX_FUZZ_CHECK(step.holdMs >= 0 && step.holdMs <= kMaxHoldMs);
        for (const QString &name : step.names)
            CHATVOX_FUZZ_CHECK(scanKeyForName(name).has_value());
    }
    CHATVOX_FUZZ_CHECK(p.args.size() <= kMaxScriptArgs);
    for (const QString &arg : p.args)
        CHATVOX_FUZZ_CHECK(arg.size() <= kMaxScriptArgLength);
}

// The promises of bridgeconfig.h about a file that loaded.
void checkConfig(const BridgeConfig &c)
{
    CHATVOX_FUZZ_CHECK(c.voteWindowMs >= 1000 && c.voteWindowMs <= 300000);
    CHATVOX_FUZZ_CHECK(c.rateCapActions >= 1 && c.rateCapActions <= 100);
    CHATVOX_FUZZ_CHECK(c.rateCapWindowMs >= 100 && c.rateCapWindowMs <= 3600000);
    CHATVOX_FUZZ_CHECK(c.queueLimit >= 1 && c.queueLimit <= 1000);
    CHATVOX_FUZZ_CHECK(QDir::isAbsolutePath(c.scriptsFolder));
    QSet<QString> ids;
    QSet<QString> commands;
    for (const Action &a : c.actions) {
        CHATVOX_FUZZ_CHECK(!a.id.isEmpty() && !ids.contains(a.id));
        ids.insert(a.id);
        CHATVOX_FUZZ_CHECK(a.holdMs >= 0 && a.holdMs <= kMaxHoldMs);
        CHATVOX_FUZZ_CHECK(a.gapMs >= 0 && a.gapMs <= kMaxGapMs);
        CHATVOX_FUZZ_CHECK(a.timeoutMs > 0 && a.timeoutMs <= kMaxScriptTimeoutMs);
        CHATVOX_FUZZ_CHECK(a.userCooldownMs >= 0 && a.globalCooldownMs >= 0);
        CHATVOX_FUZZ_CHECK(a.hasDefault || !a.choices.isEmpty()); // something can run
        CHATVOX_FUZZ_CHECK(!a.hasDefault || a.payloadFor(u"") != nullptr);
        checkPayload(a.payload);
        if (a.kind == Action::Kind::Script) {
            // The allow-list: a file right inside the scripts folder.
            CHATVOX_FUZZ_CHECK(!a.script.contains(u'/') && !a.script.contains(u'\\'));
            CHATVOX_FUZZ_CHECK(QFileInfo(QDir(c.scriptsFolder).filePath(a.script)).isFile());
            CHATVOX_FUZZ_CHECK(a.payload.steps.isEmpty());
        } else {
            CHATVOX_FUZZ_CHECK(a.payload.args.isEmpty());
        }
        for (const ActionChoice &choice : a.choices) {
            CHATVOX_FUZZ_CHECK(!choice.word.isEmpty() && choice.word.size() <= 32);
            CHATVOX_FUZZ_CHECK(isAsciiLower(choice.word) && !hasSpace(choice.word));
            CHATVOX_FUZZ_CHECK(a.choice(choice.word) == &choice); // declared once
            checkPayload(choice.payload);
        }
        CHATVOX_FUZZ_CHECK(!a.triggers.isEmpty());
        for (const ActionTrigger &t : a.triggers) {
            // Exactly one of the two, or the trigger can never fire (or fires on anything).
            CHATVOX_FUZZ_CHECK(t.command.isEmpty() != t.reward.isEmpty());
            if (!t.command.isEmpty()) {
                CHATVOX_FUZZ_CHECK(isAsciiLower(t.command) && !hasSpace(t.command));
                CHATVOX_FUZZ_CHECK(t.command != kBridgeCommand && t.command != kStopCommand);
                CHATVOX_FUZZ_CHECK(!commands.contains(t.command));
                commands.insert(t.command);
            }
        }
    }
}

// What a viewer's event may bring out of the matcher.
void checkResult(const BridgeConfig &c, const MatchResult &r, Permission rank)
{
    using Outcome = MatchResult::Outcome;
    if (r.outcome == Outcome::Control)
        CHATVOX_FUZZ_CHECK(int(rank) >= int(Permission::Moderator));
    if (r.outcome == Outcome::Queued || r.outcome == Outcome::Voted) {
        const Action *a = c.action(r.actionId);
        CHATVOX_FUZZ_CHECK(a != nullptr);
        CHATVOX_FUZZ_CHECK(r.choice.isEmpty() || a->choice(r.choice) != nullptr);
        CHATVOX_FUZZ_CHECK(a->payloadFor(r.choice) != nullptr);
        CHATVOX_FUZZ_CHECK(r.reason == MatchResult::Reason::None);
    }
    if (r.outcome != Outcome::Ignored && r.outcome != Outcome::Control && !r.actionId.isEmpty())
        CHATVOX_FUZZ_CHECK(c.action(r.actionId) != nullptr);
    if (!r.choice.isEmpty()) {
        const Action *a = c.action(r.actionId);
        CHATVOX_FUZZ_CHECK(a && a->choice(r.choice));
    }
    if (r.dropped)
        CHATVOX_FUZZ_CHECK(r.outcome == Outcome::Queued);
    CHATVOX_FUZZ_CHECK(r.retryInMs >= 0);
}

class Stream
{
public:
    explicit Stream(const BridgeConfig &config)
        : m_config(config)
        , m_matcher(config)
    {
        for (const Action &a : config.actions) {
            for (const ActionTrigger &t : a.triggers) {
                if (!t.reward.isEmpty())
                    m_rewards << t.reward;
                else
                    m_commands << t.command;
            }
        }
    }

    void run(fuzz::FuzzInput &in)
    {
        int ops = 0;
        while (!in.atEnd() && ops++ < 400) {
            switch (in.takeByte() % 10) {
            case 0:
            case 1:
                chat(in);
                break;
            case 2:
                redemption(in);
                break;
            case 3:
                m_now += in.takeInt(0, 65535);
                break;
            case 4:
                m_now += qint64(in.takeByte()) * 1000;
                break;
            case 5:
                pump();
                break;
            case 6:
                finishInput();
                break;
            case 7: {
                const int what = in.takeInt(0, 3);
                if (what == 0)
                    CHATVOX_FUZZ_CHECK(m_matcher.arm() == m_config.enabled);
                else if (what == 1)
                    m_matcher.disarm();
                else if (what == 2)
                    m_matcher.engageKillSwitch();
                else
                    m_matcher.clear();
                break;
            }
            case 8:
                m_matcher.setMode(in.takeBool() ? BridgeConfig::Mode::Democracy
                                                : BridgeConfig::Mode::Anarchy,
                                  m_now);
                break;
            case 9:
                m_matcher.setConfig(m_config, m_now); // a reload of the same file
                break;
            }
            checkState();
        }
        finishInput();
    }

private:
    QString user(int n) const { return QStringLiteral("viewer%1").arg(n); }

    void chat(fuzz::FuzzInput &in)
    {
        const quint8 badges = in.takeByte();
        const int who = in.takeInt(0, 7);
        const quint8 flags = in.takeByte();
        ChatMessage m;
        m.id = QStringLiteral("m%1").arg(++m_events);
        m.login = user(who);
        m.displayName = m.login;
        m.userId = who == 7 ? QString() : QStringLiteral("id%1").arg(who); // older lines lack it
        static const char *const names[]
            = {"broadcaster", "moderator", "lead_moderator", "vip", "subscriber", "founder"};
        for (int i = 0; i < 6; ++i) {
            if (badges & (1 << i))
                m.badges << Badge{QString::fromLatin1(names[i]), QStringLiteral("1")};
        }
        if (flags & 1)
            m.noticeKind = QStringLiteral("resub");
        if (flags & 2)
            m.customRewardId = QStringLiteral("r1");
        QString text = in.takeText();
        // Most lines start with a declared command, so the fuzzer spends its time past it.
        if ((flags & 4) && !m_commands.isEmpty())
            text = m_commands.at((flags >> 3) % m_commands.size()) + text;
        m.text = text;
        const MatchResult r = m_matcher.handleChat(m, m_now);
        checkResult(m_config, r, rankFromBadges(m.badges));
        if (!m.noticeKind.isEmpty() || !m.customRewardId.isEmpty())
            CHATVOX_FUZZ_CHECK(r.outcome == MatchResult::Outcome::Ignored);
    }

    void redemption(fuzz::FuzzInput &in)
    {
        const int who = in.takeInt(0, 7);
        const quint8 flags = in.takeByte();
        Redemption r;
        r.id = QStringLiteral("red%1").arg(in.takeInt(0, 15)); // a few ids: repeats happen
        r.userLogin = user(who);
        r.userName = r.userLogin;
        r.userId = QStringLiteral("id%1").arg(who);
        r.status = (flags & 3) == 0 ? QStringLiteral("canceled") : QStringLiteral("unfulfilled");
        if ((flags & 4) && !m_rewards.isEmpty()) {
            const QString reward = m_rewards.at((flags >> 5) % m_rewards.size());
            if (flags & 8)
                r.rewardId = reward;
            else
                r.rewardTitle
                    = (flags & 16) ? QStringLiteral(" %1 ").arg(reward.toUpper()) : reward;
        } else {
            r.rewardTitle = in.takeText();
        }
        if (r.rewardId.isEmpty())
            r.rewardId = QStringLiteral("rid%1").arg(flags >> 5);
        r.userInput = in.takeText();
        const bool repeat = m_redeemed.contains(r.id);
        const MatchResult result = m_matcher.handleRedemption(r, m_now);
        checkResult(m_config, result, Permission::Everyone);
        CHATVOX_FUZZ_CHECK(result.outcome != MatchResult::Outcome::Control);
        if (result.outcome != MatchResult::Outcome::Ignored)
            m_redeemed.insert(r.id);
        // The same redemption twice never runs twice (EventSub repeats deliveries).
        if (repeat)
            CHATVOX_FUZZ_CHECK(result.outcome == MatchResult::Outcome::Ignored
                               || result.reason == MatchResult::Reason::Duplicate);
    }

    void took(const TriggeredAction &a)
    {
        const Action *action = m_config.action(a.actionId);
        CHATVOX_FUZZ_CHECK(action != nullptr);
        CHATVOX_FUZZ_CHECK(action->payloadFor(a.choice) != nullptr);
        CHATVOX_FUZZ_CHECK(a.acceptedAtMs <= m_now);
        // The rate cap: no more than rateCapActions inside any window.
        m_dispatched.push_back(m_now);
        while (m_dispatched.front() + m_config.rateCapWindowMs <= m_now)
            m_dispatched.pop_front();
        CHATVOX_FUZZ_CHECK(qsizetype(m_dispatched.size()) <= m_config.rateCapActions);
    }

    // Bridge::pump, live: whatever may leave the queue now; then when to look again.
    void pump()
    {
        while (const std::optional<TriggeredAction> next = m_matcher.takeNext(m_now))
            took(*next);
        if (const std::optional<qint64> due = m_matcher.nextDueMs(m_now))
            CHATVOX_FUZZ_CHECK(*due >= m_now);
    }

    // Bridge::finishInput (dry run): jump from one due time to the next until all is idle.
    // It must end: every due time either hands out an action or closes a vote.
    void finishInput()
    {
        const qsizetype bound = 2 * (m_matcher.queuedCount() + 1) + 2;
        for (qsizetype step = 0;; ++step) {
            CHATVOX_FUZZ_CHECK(step <= bound);
            const std::optional<qint64> due = m_matcher.nextDueMs(m_now);
            if (!due)
                break;
            CHATVOX_FUZZ_CHECK(*due >= m_now);
            m_now = *due;
            pump();
        }
        CHATVOX_FUZZ_CHECK(m_matcher.queuedCount() == 0 && !m_matcher.voteEndsAtMs());
    }

    void checkState()
    {
        CHATVOX_FUZZ_CHECK(m_matcher.queuedCount() <= m_config.queueLimit);
        CHATVOX_FUZZ_CHECK(!m_matcher.isArmed() || m_config.enabled);
        CHATVOX_FUZZ_CHECK(!(m_matcher.isArmed() && m_matcher.isKillSwitchLatched()));
        const std::optional<qint64> due = m_matcher.nextDueMs(m_now);
        if (due)
            CHATVOX_FUZZ_CHECK(*due >= m_now);
        if (m_matcher.queuedCount() > 0 || m_matcher.voteEndsAtMs())
            CHATVOX_FUZZ_CHECK(due.has_value());
        const QList<TriggerMatcher::VoteOption> tally = m_matcher.tally();
        for (qsizetype i = 0; i < tally.size(); ++i) {
            const Action *a = m_config.action(tally[i].actionId);
            CHATVOX_FUZZ_CHECK(a && a->payloadFor(tally[i].choice));
            CHATVOX_FUZZ_CHECK(tally[i].votes >= 1);
            if (i > 0)
                CHATVOX_FUZZ_CHECK(tally[i - 1].votes >= tally[i].votes);
        }
        if (!tally.isEmpty())
            CHATVOX_FUZZ_CHECK(m_matcher.voteEndsAtMs().has_value());
    }

    BridgeConfig m_config;
    TriggerMatcher m_matcher;
    QStringList m_rewards;
    QStringList m_commands;
    QSet<QString> m_redeemed;
    std::deque<qint64> m_dispatched;
    qint64 m_now = 0;
    int m_events = 0;
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::quietLogging();
    fuzz::FuzzInput in(data, size);
    const QByteArray json = in.takeField();
    const Result<BridgeConfig> config = parseBridgeConfig(json, baseDir());
    if (!config) {
        CHATVOX_FUZZ_CHECK(!config.error().isEmpty()); // the streamer is told why
        return 0;
    }
    checkConfig(*config);
    // What the editor saves loads again, unchanged.
    const QByteArray saved = bridgeConfigToJson(*config, baseDir());
    const Result<BridgeConfig> again = parseBridgeConfig(saved, baseDir());
    if (!again) {
        std::fprintf(stderr, "saved file does not load: %s\n%s\n", qPrintable(again.error()),
                     saved.constData());
        CHATVOX_FUZZ_CHECK(again.ok());
    }
    if (!(again.value() == config.value()))
        std::fprintf(stderr, "saved file loads differently:\n%s\n", saved.constData());
    CHATVOX_FUZZ_CHECK(again.value() == config.value());

    Stream stream(*config);
    stream.run(in);
    return 0;
}
