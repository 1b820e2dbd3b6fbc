#include "triggermatcher.h"

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace chatvox {

namespace {

constexpr qsizetype kRecentRedemptions = 512;
constexpr qsizetype kCooldownPruneAt = 4096;

// The first two whitespace-separated words of text (Unicode spaces count, so a Japanese
// full-width space separates too). Everything after them is never looked at.
void firstTwoWords(QStringView text, QStringView *first, QStringView *second)
{
    QStringView words[2];
    int found = 0;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (found < 2 && i < n) {
        while (i < n && text[i].isSpace())
            ++i;
        const qsizetype start = i;
        while (i < n && !text[i].isSpace())
            ++i;
        if (i > start)
            words[found++] = text.sliced(start, i - start);
    }
    *first = words[0];
    *second = words[1];
}

QString userKey(const QString &userId, const QString &login)
{
    return userId.isEmpty() ? u"login:"_s + login : userId;
}

bool rankAllows(Permission rank, Permission needed)
{
    return int(rank) >= int(needed);
}

} // namespace

Permission rankFromBadges(const QList<Badge> &badges)
{
    Permission rank = Permission::Everyone;
    for (const Badge &b : badges) {
        Permission r = Permission::Everyone;
        if (b.name == u"broadcaster")
            r = Permission::Broadcaster;
        else if (b.name == u"moderator" || b.name == u"lead_moderator")
            r = Permission::Moderator;
        else if (b.name == u"vip")
            r = Permission::Vip;
        else if (b.name == u"subscriber" || b.name == u"founder")
            r = Permission::Subscriber;
        rank = std::max(rank, r);
    }
    return rank;
}

TriggerMatcher::TriggerMatcher(const BridgeConfig &config)
{
    setConfig(config, 0);
    m_armed = m_config.enabled;
}

void TriggerMatcher::setConfig(const BridgeConfig &config, qint64 nowMs)
{
    Q_UNUSED(nowMs);
    m_config = config;
    m_commands.clear();
    for (qsizetype i = 0; i < m_config.actions.size(); ++i) {
        for (const ActionTrigger &t : std::as_const(m_config.actions[i].triggers)) {
            if (!t.command.isEmpty())
                m_commands.insert(t.command, i);
        }
    }
    if (!m_config.enabled)
        m_armed = false;
    m_mode = m_config.mode;
    const auto gone = [this](const TriggeredAction &a) { return !m_config.action(a.actionId); };
    m_queue.erase(std::remove_if(m_queue.begin(), m_queue.end(), gone), m_queue.end());
    for (auto it = m_votes.begin(); it != m_votes.end();)
        it = gone(it->action) ? m_votes.erase(it) : std::next(it);
    if (m_votes.isEmpty())
        m_voteEndsAtMs.reset();
    while (qsizetype(m_queue.size()) > m_config.queueLimit) {
        m_queue.pop_front();
        ++m_dropped;
    }
}

bool TriggerMatcher::arm()
{
    if (!m_config.enabled)
        return false;
    m_latched = false;
    m_armed = true;
    return true;
}

void TriggerMatcher::disarm()
{
    m_armed = false;
    clear();
}

void TriggerMatcher::engageKillSwitch()
{
    disarm();
    m_latched = true;
}

void TriggerMatcher::clear()
{
    m_queue.clear();
    m_votes.clear();
    m_voteEndsAtMs.reset();
}

void TriggerMatcher::setMode(BridgeConfig::Mode mode, qint64 nowMs)
{
    if (mode == m_mode)
        return;
    if (m_mode == BridgeConfig::Mode::Democracy)
        closeVote(nowMs);
    m_mode = mode;
}

MatchResult TriggerMatcher::handleChat(const ChatMessage &message, qint64 nowMs)
{
    MatchResult ignored;
    // USERNOTICEs (resubs, raids) are not commands; a message sent through a channel-point
    // reward comes again as a redemption, so it must not trigger twice.
    if (!message.noticeKind.isEmpty() || !message.customRewardId.isEmpty())
        return ignored;
    QStringView first;
    QStringView second;
    firstTwoWords(message.text, &first, &second);
    if (first.isEmpty() || first.size() > 32)
        return ignored;
    const QString command = asciiLower(first);
    const QString argument = second.size() <= 32 ? asciiLower(second) : QString(u"\n"_s);

    if (command == kBridgeCommand || command == kStopCommand)
        return handleControl(message, command, argument, nowMs);

    const auto found = m_commands.constFind(command);
    if (found == m_commands.cend() || !m_config.enabled)
        return ignored;
    const Action &action = m_config.actions.at(*found);

    TriggeredAction triggered;
    triggered.actionId = action.id;
    triggered.eventId = message.id;
    triggered.userId = message.userId;
    triggered.login = message.login;
    triggered.displayName = message.displayName;
    triggered.receivedNs = message.receivedNs;

    MatchResult result;
    result.actionId = action.id;
    result.login = message.login;
    result.displayName = message.displayName;
    result.eventId = message.id;
    if (!action.choices.isEmpty() && !argument.isEmpty()) {
        if (!action.choice(argument)) {
            result.outcome = MatchResult::Outcome::Rejected;
            result.reason = MatchResult::Reason::UnknownChoice;
            return result;
        }
        triggered.choice = argument;
    } else if (!action.hasDefault) {
        result.outcome = MatchResult::Outcome::Rejected;
        result.reason = MatchResult::Reason::ChoiceRequired;
        return result;
    }
    return accept(action, triggered, rankFromBadges(message.badges), true, nowMs);
}

MatchResult TriggerMatcher::handleRedemption(const Redemption &redemption, qint64 nowMs)
{
    MatchResult ignored;
    if (redemption.status == u"canceled")
        return ignored;
    const Action *action = nullptr;
    for (const Action &a : std::as_const(m_config.actions)) {
        for (const ActionTrigger &t : a.triggers) {
            if (t.reward.isEmpty())
                continue;
            if ((!redemption.rewardId.isEmpty() && t.reward == redemption.rewardId)
                || t.reward.compare(redemption.rewardTitle.trimmed(), Qt::CaseInsensitive) == 0) {
                action = &a;
                break;
            }
        }
        if (action)
            break;
    }
    if (!action || !m_config.enabled)
        return ignored;

    MatchResult result;
    result.actionId = action->id;
    result.login = redemption.userLogin;
    result.displayName = redemption.userName;
    result.eventId = redemption.id;
    // EventSub may deliver an event twice.
    if (!redemption.id.isEmpty()) {
        if (m_recentRedemptionSet.contains(redemption.id)) {
            result.outcome = MatchResult::Outcome::Rejected;
            result.reason = MatchResult::Reason::Duplicate;
            return result;
        }
        m_recentRedemptionSet.insert(redemption.id);
        m_recentRedemptions.push_back(redemption.id);
        if (qsizetype(m_recentRedemptions.size()) > kRecentRedemptions) {
            m_recentRedemptionSet.remove(m_recentRedemptions.front());
            m_recentRedemptions.pop_front();
        }
    }

    TriggeredAction triggered;
    triggered.actionId = action->id;
    triggered.eventId = redemption.id;
    triggered.userId = redemption.userId;
    triggered.login = redemption.userLogin;
    triggered.displayName = redemption.userName;
    triggered.fromReward = true;
    triggered.receivedNs = redemption.receivedNs;
    if (!action->choices.isEmpty()) {
        QStringView first;
        QStringView second;
        firstTwoWords(redemption.userInput, &first, &second);
        const QString word = first.size() <= 32 ? asciiLower(first) : QString(u"\n"_s);
        if (!word.isEmpty()) {
            if (!action->choice(word)) {
                result.outcome = MatchResult::Outcome::Rejected;
                result.reason = MatchResult::Reason::UnknownChoice;
                return result;
            }
            triggered.choice = word;
        } else if (!action->hasDefault) {
            result.outcome = MatchResult::Outcome::Rejected;
            result.reason = MatchResult::Reason::ChoiceRequired;
            return result;
        }
    }
    return accept(*action, triggered, Permission::Everyone, false, nowMs);
}

MatchResult TriggerMatcher::handleControl(const ChatMessage &message, QStringView command,
                                          QStringView argument, qint64 nowMs)
{
    MatchResult result;
    result.login = message.login;
    result.displayName = message.displayName;
    result.eventId = message.id;
    const Permission rank = rankFromBadges(message.badges);
    if (command == kStopCommand) {
        result.control = MatchResult::Control::KillSwitch;
    } else if (argument == u"on") {
        result.control = MatchResult::Control::Arm;
    } else if (argument == u"off") {
        result.control = MatchResult::Control::Disarm;
    } else if (argument == u"anarchy") {
        result.control = MatchResult::Control::Anarchy;
    } else if (argument == u"democracy") {
        result.control = MatchResult::Control::Democracy;
    } else {
        return MatchResult(); // "!bridge" with something else: not for us
    }
    if (!rankAllows(rank, Permission::Moderator)) {
        result.outcome = MatchResult::Outcome::Rejected;
        result.reason = MatchResult::Reason::Permission;
        return result;
    }
    result.outcome = MatchResult::Outcome::Control;
    switch (result.control) {
    case MatchResult::Control::KillSwitch:
        engageKillSwitch();
        break;
    case MatchResult::Control::Arm:
        if (!m_config.enabled) {
            result.outcome = MatchResult::Outcome::Rejected;
            result.reason = MatchResult::Reason::NotEnabled;
        } else if (m_latched && rank != Permission::Broadcaster) {
            result.outcome = MatchResult::Outcome::Rejected;
            result.reason = MatchResult::Reason::KillSwitchLatched;
        } else {
            arm();
        }
        break;
    case MatchResult::Control::Disarm:
        disarm();
        break;
    case MatchResult::Control::Anarchy:
        setMode(BridgeConfig::Mode::Anarchy, nowMs);
        break;
    case MatchResult::Control::Democracy:
        setMode(BridgeConfig::Mode::Democracy, nowMs);
        break;
    case MatchResult::Control::None:
        break;
    }
    return result;
}

MatchResult TriggerMatcher::accept(const Action &action, TriggeredAction triggered, Permission rank,
                                   bool checkPermission, qint64 nowMs)
{
    MatchResult result;
    result.actionId = action.id;
    result.choice = triggered.choice;
    result.login = triggered.login;
    result.displayName = triggered.displayName;
    result.eventId = triggered.eventId;
    result.outcome = MatchResult::Outcome::Rejected;
    if (!m_armed) {
        result.reason = MatchResult::Reason::Disarmed;
        return result;
    }
    if (checkPermission && !rankAllows(rank, action.permission)) {
        result.reason = MatchResult::Reason::Permission;
        return result;
    }
    if (const qint64 until = m_globalUntilMs.value(action.id, 0); until > nowMs) {
        result.reason = MatchResult::Reason::GlobalCooldown;
        result.retryInMs = until - nowMs;
        return result;
    }
    const QString user = userKey(triggered.userId, triggered.login);
    triggered.acceptedAtMs = nowMs;
    if (m_mode == BridgeConfig::Mode::Democracy) {
        // One vote per viewer and window; per-user cooldowns do not apply to votes.
        if (!m_voteEndsAtMs)
            m_voteEndsAtMs = nowMs + m_config.voteWindowMs;
        m_votes.insert(user, Vote{triggered, nowMs});
        result.outcome = MatchResult::Outcome::Voted;
        result.reason = MatchResult::Reason::None;
        return result;
    }
    const QString key = action.id + u'\n' + user;
    if (const qint64 until = m_userUntilMs.value(key, 0); until > nowMs) {
        result.reason = MatchResult::Reason::UserCooldown;
        result.retryInMs = until - nowMs;
        return result;
    }
    if (action.globalCooldownMs > 0)
        m_globalUntilMs.insert(action.id, nowMs + action.globalCooldownMs);
    if (action.userCooldownMs > 0) {
        m_userUntilMs.insert(key, nowMs + action.userCooldownMs);
        pruneCooldowns(nowMs);
    }
    result.outcome = MatchResult::Outcome::Queued;
    result.reason = MatchResult::Reason::None;
    push(std::move(triggered), &result);
    return result;
}

void TriggerMatcher::push(TriggeredAction action, MatchResult *result)
{
    if (qsizetype(m_queue.size()) >= m_config.queueLimit) {
        if (result)
            result->dropped = m_queue.front();
        m_queue.pop_front();
        ++m_dropped;
    }
    m_queue.push_back(std::move(action));
}

void TriggerMatcher::closeVote(qint64 nowMs)
{
    if (!m_voteEndsAtMs)
        return;
    const QList<VoteOption> options = tally();
    // The winner runs in the name of the viewer who voted for it first.
    std::optional<TriggeredAction> winner;
    if (!options.isEmpty()) {
        const VoteOption &best = options.constFirst();
        qint64 firstAt = std::numeric_limits<qint64>::max();
        for (const Vote &v : std::as_const(m_votes)) {
            if (v.action.actionId == best.actionId && v.action.choice == best.choice
                && v.atMs < firstAt) {
                winner = v.action;
                firstAt = v.atMs;
            }
        }
        winner->votes = best.votes;
        winner->acceptedAtMs = nowMs;
    }
    m_votes.clear();
    m_voteEndsAtMs.reset();
    if (!winner)
        return;
    if (const Action *action = m_config.action(winner->actionId);
        action && action->globalCooldownMs > 0)
        m_globalUntilMs.insert(action->id, nowMs + action->globalCooldownMs);
    push(std::move(*winner), nullptr);
}

QList<TriggerMatcher::VoteOption> TriggerMatcher::tally() const
{
    QList<VoteOption> options;
    for (const Vote &v : m_votes) {
        auto it = std::find_if(options.begin(), options.end(), [&](const VoteOption &o) {
            return o.actionId == v.action.actionId && o.choice == v.action.choice;
        });
        if (it == options.end()) {
            options.append(VoteOption{v.action.actionId, v.action.choice, 1, v.atMs});
        } else {
            ++it->votes;
            it->firstVoteMs = std::min(it->firstVoteMs, v.atMs);
        }
    }
    std::sort(options.begin(), options.end(), [](const VoteOption &a, const VoteOption &b) {
        return a.votes != b.votes ? a.votes > b.votes : a.firstVoteMs < b.firstVoteMs;
    });
    return options;
}

std::optional<qint64> TriggerMatcher::voteEndsAtMs() const
{
    return m_voteEndsAtMs;
}

std::optional<TriggeredAction> TriggerMatcher::takeNext(qint64 nowMs)
{
    if (m_voteEndsAtMs && nowMs >= *m_voteEndsAtMs)
        closeVote(nowMs);
    if (m_queue.empty())
        return std::nullopt;
    while (!m_dispatchedAtMs.empty()
           && m_dispatchedAtMs.front() + m_config.rateCapWindowMs <= nowMs)
        m_dispatchedAtMs.pop_front();
    if (qsizetype(m_dispatchedAtMs.size()) >= m_config.rateCapActions)
        return std::nullopt;
    m_dispatchedAtMs.push_back(nowMs);
    TriggeredAction next = std::move(m_queue.front());
    m_queue.pop_front();
    return next;
}

std::optional<qint64> TriggerMatcher::nextDueMs(qint64 nowMs) const
{
    std::optional<qint64> due;
    if (m_voteEndsAtMs)
        due = std::max(nowMs, *m_voteEndsAtMs);
    if (!m_queue.empty()) {
        qint64 slot = nowMs;
        // Entries still inside the window; the oldest that must leave frees the next slot.
        qsizetype inside = 0;
        for (qint64 at : m_dispatchedAtMs) {
            if (at + m_config.rateCapWindowMs > nowMs)
                ++inside;
        }
        if (inside >= m_config.rateCapActions) {
            const qsizetype leaving = qsizetype(m_dispatchedAtMs.size()) - m_config.rateCapActions;
            slot = m_dispatchedAtMs.at(size_t(leaving)) + m_config.rateCapWindowMs;
        }
        due = due ? std::min(*due, slot) : slot;
    }
    return due;
}

void TriggerMatcher::pruneCooldowns(qint64 nowMs)
{
    if (m_userUntilMs.size() < kCooldownPruneAt)
        return;
    for (auto it = m_userUntilMs.begin(); it != m_userUntilMs.end();)
        it = it.value() <= nowMs ? m_userUntilMs.erase(it) : std::next(it);
}

} // namespace chatvox
