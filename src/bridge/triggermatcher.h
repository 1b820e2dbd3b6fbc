#pragma once

#include "bridge/bridgeconfig.h"
#include "core/chatmessage.h"
#include "core/redemption.h"

#include <deque>
#include <optional>

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace chatvox {

// The highest rank a viewer's badges give (broadcaster > moderator > vip > subscriber).
Permission rankFromBadges(const QList<Badge> &badges);

// An action that passed every check and waits to run (or runs now).
struct TriggeredAction
{
    QString actionId;
    QString choice; // the declared choice word; empty: the action's default
    QString eventId; // chat message id or redemption id that triggered it
    QString userId;
    QString login;
    QString displayName;
    bool fromReward = false;
    qint64 acceptedAtMs = 0; // matcher clock
    qint64 receivedNs = 0; // when the trigger arrived (monotonicNs), for latency figures
    int votes = 0; // democracy: how many votes the winner had
};

// What one chat message or redemption did to the bridge.
struct MatchResult
{
    enum class Outcome {
        Ignored, // not a trigger at all
        Queued, // accepted: waits in the queue (anarchy, or a test run)
        Voted, // democracy: counted as a vote
        Rejected, // a trigger, refused (see reason)
        Control, // a moderator command that was carried out (see control)
    };
    enum class Reason {
        None,
        Disarmed, // the bridge is off or the kill switch was used
        NotEnabled, // bridge.json has "enabled": false
        Permission, // the viewer's badges do not allow it
        UserCooldown,
        GlobalCooldown,
        UnknownChoice, // a word that is not a declared choice
        ChoiceRequired, // the action runs only with one of its choices
        KillSwitchLatched, // only the streamer can re-arm after the kill switch
        Duplicate, // the same redemption again
    };
    enum class Control { None, Arm, Disarm, KillSwitch, Anarchy, Democracy };

    Outcome outcome = Outcome::Ignored;
    Reason reason = Reason::None;
    Control control = Control::None;
    QString actionId;
    QString choice; // a declared word only, never the viewer's text
    QString login;
    QString displayName;
    QString eventId;
    qint64 retryInMs = 0; // cooldowns: time left
    std::optional<TriggeredAction> dropped; // the queue was full: this, the oldest, was dropped
};

// Turns chat commands and channel-point redemptions into action ids: pure logic, no I/O, its
// clock passed in (ms, any monotonic base). Chat commands are the message's first word and an
// optional choice word; rewards match by title or id. Viewer words are compared after
// lower-casing ASCII letters only, against the words bridge.json declares, so nothing a viewer
// types leaves this class except as the name of something the streamer declared.
//
// Checks in order: armed, permission (badges; redemptions are paid for, so Twitch decided),
// choice, global cooldown, per-user cooldown. Accepted actions wait in a bounded queue (full:
// the oldest is dropped and counted) and leave it no faster than the global rate cap allows.
// In democracy mode valid commands are votes, one per viewer (the latest counts) over a window
// that opens with the first vote; when it closes the option with the most votes runs (ties: the
// one voted for first).
//
// Moderators: "!bridge on|off|anarchy|democracy"; "!stop" is the kill switch (disarms, clears
// the queue and votes, and latches: then only the broadcaster, or arm(), re-arms).
class TriggerMatcher
{
public:
    explicit TriggerMatcher(const BridgeConfig &config = {});

    // Replaces the actions and limits. Armed state is kept (an enabled→disabled change
    // disarms); queued actions whose id vanished are dropped; the mode follows the config.
    void setConfig(const BridgeConfig &config, qint64 nowMs);
    const BridgeConfig &config() const { return m_config; }

    bool isArmed() const { return m_armed; }
    bool isKillSwitchLatched() const { return m_latched; }
    // The streamer arms (GUI switch, settings): clears the kill-switch latch. False when
    // bridge.json does not enable the bridge.
    bool arm();
    void disarm(); // also clears the queue and the open vote
    void engageKillSwitch(); // disarm + latch

    BridgeConfig::Mode mode() const { return m_mode; }
    // Switching to anarchy closes an open vote at once (its winner is queued).
    void setMode(BridgeConfig::Mode mode, qint64 nowMs);

    MatchResult handleChat(const ChatMessage &message, qint64 nowMs);
    MatchResult handleRedemption(const Redemption &redemption, qint64 nowMs);

    // The next action to run now, if the rate cap allows one (closing a vote that is due).
    std::optional<TriggeredAction> takeNext(qint64 nowMs);
    // When takeNext() may give something: a time >= nowMs, or nothing when all is idle.
    std::optional<qint64> nextDueMs(qint64 nowMs) const;

    qsizetype queuedCount() const { return qsizetype(m_queue.size()); }
    quint64 droppedCount() const { return m_dropped; }
    void clear(); // queue and open vote

    struct VoteOption
    {
        QString actionId;
        QString choice;
        int votes = 0;
        qint64 firstVoteMs = 0;
    };
    QList<VoteOption> tally() const; // the open vote, most votes first
    std::optional<qint64> voteEndsAtMs() const;

private:
    struct Trigger
    {
        QString actionId;
        QString choice;
        QString rejectedChoice; // non-empty: a word that is not declared
        bool missingChoice = false;
    };
    MatchResult handleControl(const ChatMessage &message, QStringView command, QStringView argument,
                              qint64 nowMs);
    MatchResult accept(const Action &action, TriggeredAction triggered, Permission rank,
                       bool checkPermission, qint64 nowMs);
    void push(TriggeredAction action, MatchResult *result);
    void closeVote(qint64 nowMs);
    void pruneCooldowns(qint64 nowMs);

    BridgeConfig m_config;
    QHash<QString, qsizetype> m_commands; // command word → index in m_config.actions
    bool m_armed = false;
    bool m_latched = false;
    BridgeConfig::Mode m_mode = BridgeConfig::Mode::Anarchy;

    std::deque<TriggeredAction> m_queue;
    std::deque<qint64> m_dispatchedAtMs; // inside the rate-cap window
    quint64 m_dropped = 0;

    QHash<QString, qint64> m_globalUntilMs; // action id → cooldown end
    QHash<QString, qint64> m_userUntilMs; // action id + '\n' + user id → cooldown end

    struct Vote
    {
        TriggeredAction action;
        qint64 atMs = 0;
    };
    QHash<QString, Vote> m_votes; // user id → their vote
    std::optional<qint64> m_voteEndsAtMs;

    std::deque<QString> m_recentRedemptions;
    QSet<QString> m_recentRedemptionSet;
};

} // namespace chatvox
