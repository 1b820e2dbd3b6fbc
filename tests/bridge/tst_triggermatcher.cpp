#include "bridge/triggermatcher.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace chatvox;
using Outcome = MatchResult::Outcome;
using Reason = MatchResult::Reason;

namespace {

// jump: everyone, default keys, user 5 s / global 1 s. move: choices only. dive: subscribers.
// mod: moderators only. lights: a reward with choices taken from the viewer's input.
BridgeConfig testConfig()
{
    const Result<BridgeConfig> r = parseBridgeConfig(R"({
        "enabled": true,
        "rateCap": {"actions": 100, "seconds": 1},
        "queueLimit": 100,
        "actions": [
          {"id": "jump", "kind": "keys", "keys": ["Space"],
           "triggers": [{"command": "!jump"}, {"reward": "Jump!"}],
           "cooldown": {"user": 5, "global": 1}},
          {"id": "move", "kind": "keys", "choices": {"left": ["A"], "right": ["D"], "k": ["K"]},
           "triggers": [{"command": "!move"}]},
          {"id": "dive", "kind": "keys", "keys": ["Ctrl"], "triggers": [{"command": "!dive"}],
           "permission": "subscriber"},
          {"id": "vipkey", "kind": "keys", "keys": ["V"], "triggers": [{"command": "!vip"}],
           "permission": "vip"},
          {"id": "modkey", "kind": "keys", "keys": ["M"], "triggers": [{"command": "!mod"},
           {"reward": "Mod button"}], "permission": "moderator"},
          {"id": "owner", "kind": "keys", "keys": ["O"], "triggers": [{"command": "!owner"}],
           "permission": "broadcaster"},
          {"id": "color", "kind": "keys", "choices": {"red": ["R"], "blue": ["B"]},
           "triggers": [{"reward": "Pick a color"}]}
        ]})",
                                                     QString());
    if (!r)
        qFatal("%s", qPrintable(r.error()));
    return r.value();
}

ChatMessage chat(const QString &login, const QString &text, const QList<Badge> &badges = {})
{
    static int n = 0;
    ChatMessage m;
    m.id = u"msg-"_s + QString::number(++n);
    m.login = login;
    m.displayName = login;
    m.userId = u"id-"_s + login;
    m.text = text;
    m.badges = badges;
    return m;
}

Redemption redeem(const QString &login, const QString &title, const QString &input = {},
                  const QString &id = {})
{
    static int n = 0;
    Redemption r;
    r.id = id.isEmpty() ? u"red-"_s + QString::number(++n) : id;
    r.userLogin = login;
    r.userName = login;
    r.userId = u"id-"_s + login;
    r.rewardId = u"reward-"_s + title;
    r.rewardTitle = title;
    r.userInput = input;
    r.status = u"unfulfilled"_s;
    return r;
}

const QList<Badge> kMod{{u"moderator"_s, u"1"_s}};
const QList<Badge> kBroadcaster{{u"broadcaster"_s, u"1"_s}};

} // namespace

class TestTriggerMatcher : public QObject
{
    Q_OBJECT
private slots:
    void commandIsTheFirstWord_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("fires");
        QTest::newRow("plain") << u"!jump"_s << true;
        QTest::newRow("upper case") << u"!JUMP"_s << true;
        QTest::newRow("leading spaces") << u"   !jump"_s << true;
        QTest::newRow("extra words") << u"!jump now please"_s << true;
        QTest::newRow("ideographic space") << u"!jump\u3000now"_s << true;
        QTest::newRow("not first") << u"please !jump"_s << false;
        QTest::newRow("longer word") << u"!jumper"_s << false;
        QTest::newRow("glued punctuation") << u"!jump;"_s << false;
        QTest::newRow("full-width") << u"！ｊｕｍｐ"_s << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("nul inside") << u"!jump\u0000x"_s << false;
    }
    void commandIsTheFirstWord()
    {
        QFETCH(QString, text);
        QFETCH(bool, fires);
        TriggerMatcher m(testConfig());
        const MatchResult r = m.handleChat(chat(u"alice"_s, text), 0);
        QCOMPARE(r.outcome == Outcome::Queued, fires);
        QCOMPARE(m.takeNext(0).has_value(), fires);
    }

    void onlyDeclaredChoicesFire_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("choice"); // empty: nothing fires
        QTest::addColumn<int>("reason");
        QTest::newRow("left") << u"!move left"_s << u"left"_s << int(Reason::None);
        QTest::newRow("Left") << u"!move Left"_s << u"left"_s << int(Reason::None);
        QTest::newRow("RIGHT and more") << u"!move RIGHT now"_s << u"right"_s << int(Reason::None);
        QTest::newRow("undeclared") << u"!move up"_s << QString() << int(Reason::UnknownChoice);
        QTest::newRow("none given") << u"!move"_s << QString() << int(Reason::ChoiceRequired);
        QTest::newRow("full-width")
            << u"!move ｌｅｆｔ"_s << QString() << int(Reason::UnknownChoice);
        QTest::newRow("kelvin sign")
            << u"!move \u212A"_s << QString() << int(Reason::UnknownChoice);
        QTest::newRow("cyrillic look-alike")
            << u"!move l\u0435ft"_s << QString() << int(Reason::UnknownChoice);
        QTest::newRow("rtl override")
            << u"!move \u202Eleft"_s << QString() << int(Reason::UnknownChoice);
        QTest::newRow("glued shell")
            << u"!move left;calc"_s << QString() << int(Reason::UnknownChoice);
        QTest::newRow("quoted") << u"!move 'left'"_s << QString() << int(Reason::UnknownChoice);
        QTest::newRow("10 kB word")
            << u"!move "_s + QString(10240, u'a') << QString() << int(Reason::UnknownChoice);
        QTest::newRow("lower-case k") << u"!move k"_s << u"k"_s << int(Reason::None);
    }
    void onlyDeclaredChoicesFire()
    {
        QFETCH(QString, text);
        QFETCH(QString, choice);
        QFETCH(int, reason);
        TriggerMatcher m(testConfig());
        const MatchResult r = m.handleChat(chat(u"alice"_s, text), 0);
        QCOMPARE(int(r.reason), reason);
        const std::optional<TriggeredAction> a = m.takeNext(0);
        QCOMPARE(a.has_value(), !choice.isEmpty());
        if (a) {
            QCOMPARE(a->actionId, u"move"_s);
            QCOMPARE(a->choice, choice);
        }
        // Whatever came in, the result carries declared words only.
        QVERIFY(r.choice.isEmpty() || r.choice == choice);
    }

    void permissionsFromBadges_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("badge");
        QTest::addColumn<bool>("allowed");
        const QStringList badges{QString(), u"subscriber"_s, u"founder"_s,
                                 u"vip"_s,  u"moderator"_s,  u"broadcaster"_s};
        // Rank needed per command; a badge allows its rank and everything below.
        const QList<std::pair<QString, int>> commands{
            {u"!jump"_s, 0}, {u"!dive"_s, 1}, {u"!vip"_s, 2}, {u"!mod"_s, 3}, {u"!owner"_s, 4}};
        const QList<int> rankOf{0, 1, 1, 2, 3, 4};
        for (const auto &[command, needed] : commands) {
            for (qsizetype b = 0; b < badges.size(); ++b) {
                const QByteArray name
                    = (command + u' ' + (badges[b].isEmpty() ? u"none"_s : badges[b])).toUtf8();
                QTest::newRow(name.constData()) << command << badges[b] << (rankOf[b] >= needed);
            }
        }
        QTest::newRow("!mod by lead_moderator") << u"!mod"_s << u"lead_moderator"_s << true;
        QTest::newRow("!dive by a bits badge") << u"!dive"_s << u"bits"_s << false;
    }
    void permissionsFromBadges()
    {
        QFETCH(QString, command);
        QFETCH(QString, badge);
        QFETCH(bool, allowed);
        TriggerMatcher m(testConfig());
        QList<Badge> badges;
        if (!badge.isEmpty())
            badges << Badge{badge, u"1"_s};
        const MatchResult r = m.handleChat(chat(u"viewer"_s, command, badges), 0);
        QCOMPARE(r.outcome, allowed ? Outcome::Queued : Outcome::Rejected);
        if (!allowed)
            QCOMPARE(r.reason, Reason::Permission);
    }

    void cooldowns()
    {
        TriggerMatcher m(testConfig());
        QCOMPARE(m.handleChat(chat(u"alice"_s, u"!jump"_s), 0).outcome, Outcome::Queued);
        // Anyone: global cooldown of 1 s.
        MatchResult r = m.handleChat(chat(u"bob"_s, u"!jump"_s), 400);
        QCOMPARE(r.reason, Reason::GlobalCooldown);
        QCOMPARE(r.retryInMs, 600);
        QCOMPARE(m.handleChat(chat(u"bob"_s, u"!jump"_s), 1000).outcome, Outcome::Queued);
        // Alice: her own 5 s.
        r = m.handleChat(chat(u"alice"_s, u"!jump"_s), 2500);
        QCOMPARE(r.reason, Reason::UserCooldown);
        QCOMPARE(r.retryInMs, 2500);
        QCOMPARE(m.handleChat(chat(u"alice"_s, u"!jump"_s), 5000).outcome, Outcome::Queued);
        // A refused attempt does not start a cooldown; other actions have their own.
        QCOMPARE(m.handleChat(chat(u"carol"_s, u"!move left"_s), 5000).outcome, Outcome::Queued);
        QCOMPARE(m.handleChat(chat(u"carol"_s, u"!move right"_s), 5000).outcome, Outcome::Queued);
    }

    void rateCapAndBoundedQueue()
    {
        BridgeConfig c = testConfig();
        c.rateCapActions = 2;
        c.rateCapWindowMs = 1000;
        c.queueLimit = 3;
        TriggerMatcher m(c);
        QList<MatchResult> results;
        for (int i = 0; i < 5; ++i)
            results << m.handleChat(chat(u"v"_s + QString::number(i), u"!move left"_s), 0);
        for (const MatchResult &r : results)
            QCOMPARE(r.outcome, Outcome::Queued);
        // Queue of 3: the two oldest were dropped and counted.
        QVERIFY(!results[2].dropped);
        QVERIFY(results[3].dropped);
        QCOMPARE(results[3].dropped->login, u"v0"_s);
        QCOMPARE(results[4].dropped->login, u"v1"_s);
        QCOMPARE(m.droppedCount(), quint64(2));
        QCOMPARE(m.queuedCount(), 3);
        // Rate cap: two per second.
        QCOMPARE(m.takeNext(0)->login, u"v2"_s);
        QCOMPARE(m.takeNext(10)->login, u"v3"_s);
        QVERIFY(!m.takeNext(20));
        QCOMPARE(m.nextDueMs(20), std::optional<qint64>(1000));
        QVERIFY(!m.takeNext(999));
        QCOMPARE(m.takeNext(1000)->login, u"v4"_s);
        QVERIFY(!m.nextDueMs(1000));
    }

    void democracyTally()
    {
        BridgeConfig c = testConfig();
        c.mode = BridgeConfig::Mode::Democracy;
        c.voteWindowMs = 10000;
        TriggerMatcher m(c);
        QCOMPARE(m.handleChat(chat(u"a"_s, u"!move left"_s), 1000).outcome, Outcome::Voted);
        QCOMPARE(m.voteEndsAtMs(), std::optional<qint64>(11000)); // opens with the first vote
        m.handleChat(chat(u"b"_s, u"!move right"_s), 2000);
        m.handleChat(chat(u"c"_s, u"!move right"_s), 3000);
        m.handleChat(chat(u"d"_s, u"!jump"_s), 3500);
        m.handleChat(chat(u"e"_s, u"!move left"_s), 4000);
        m.handleChat(chat(u"a"_s, u"!move right"_s), 5000); // a changes the vote: the latest counts
        m.handleChat(chat(u"f"_s, u"!move sideways"_s), 5000); // not a choice: no vote
        const QList<TriggerMatcher::VoteOption> tally = m.tally();
        QCOMPARE(tally.size(), 3);
        QCOMPARE(tally[0].choice, u"right"_s);
        QCOMPARE(tally[0].votes, 3);
        // One vote each: the earlier first vote ranks higher.
        QCOMPARE(tally[1].actionId, u"jump"_s);
        QCOMPARE(tally[1].votes, 1);
        QCOMPARE(tally[2].choice, u"left"_s);
        QCOMPARE(tally[2].votes, 1);
        QVERIFY(!m.takeNext(10999)); // nothing runs while the vote is open
        QCOMPARE(m.nextDueMs(5000), std::optional<qint64>(11000));
        const std::optional<TriggeredAction> winner = m.takeNext(11000);
        QVERIFY(winner);
        QCOMPARE(winner->actionId, u"move"_s);
        QCOMPARE(winner->choice, u"right"_s);
        QCOMPARE(winner->votes, 3);
        QCOMPARE(winner->login, u"b"_s); // first to vote for the winner
        QVERIFY(!m.takeNext(11001)); // one winner per window
        QVERIFY(!m.voteEndsAtMs());
    }

    void democracyTieGoesToTheFirstVoted()
    {
        BridgeConfig c = testConfig();
        c.mode = BridgeConfig::Mode::Democracy;
        TriggerMatcher m(c);
        m.handleChat(chat(u"a"_s, u"!move right"_s), 0);
        m.handleChat(chat(u"b"_s, u"!move left"_s), 1);
        m.handleChat(chat(u"c"_s, u"!move left"_s), 2);
        m.handleChat(chat(u"d"_s, u"!move right"_s), 3);
        QCOMPARE(m.takeNext(c.voteWindowMs)->choice, u"right"_s);
    }

    void democracyRespectsGlobalCooldownAndWindowRestarts()
    {
        BridgeConfig c = testConfig();
        c.mode = BridgeConfig::Mode::Democracy;
        c.voteWindowMs = 1000;
        TriggerMatcher m(c);
        m.handleChat(chat(u"a"_s, u"!jump"_s), 0);
        QCOMPARE(m.takeNext(1000)->actionId, u"jump"_s);
        // The winner's global cooldown (1 s) runs from when it won.
        QCOMPARE(m.handleChat(chat(u"b"_s, u"!jump"_s), 1500).reason, Reason::GlobalCooldown);
        QCOMPARE(m.handleChat(chat(u"b"_s, u"!jump"_s), 2000).outcome, Outcome::Voted);
        QCOMPARE(m.voteEndsAtMs(), std::optional<qint64>(3000));
    }

    void modeSwitchesLive()
    {
        BridgeConfig c = testConfig();
        c.mode = BridgeConfig::Mode::Democracy;
        TriggerMatcher m(c);
        m.handleChat(chat(u"a"_s, u"!move left"_s), 0);
        // Switching to anarchy closes the open vote: its winner runs.
        MatchResult r = m.handleChat(chat(u"mod"_s, u"!bridge anarchy"_s, kMod), 100);
        QCOMPARE(r.outcome, Outcome::Control);
        QCOMPARE(r.control, MatchResult::Control::Anarchy);
        QCOMPARE(m.mode(), BridgeConfig::Mode::Anarchy);
        QCOMPARE(m.takeNext(100)->choice, u"left"_s);
        QCOMPARE(m.handleChat(chat(u"b"_s, u"!move right"_s), 200).outcome, Outcome::Queued);
        QCOMPARE(m.handleChat(chat(u"viewer"_s, u"!bridge democracy"_s), 300).reason,
                 Reason::Permission);
        m.setMode(BridgeConfig::Mode::Democracy, 300);
        QCOMPARE(m.handleChat(chat(u"c"_s, u"!move right"_s), 400).outcome, Outcome::Voted);
    }

    void moderatorsArmAndDisarm()
    {
        TriggerMatcher m(testConfig());
        QVERIFY(m.isArmed()); // enabled in the file: armed at start
        QCOMPARE(m.handleChat(chat(u"viewer"_s, u"!bridge off"_s), 0).reason, Reason::Permission);
        QVERIFY(m.isArmed());
        m.handleChat(chat(u"a"_s, u"!move left"_s), 0);
        MatchResult r = m.handleChat(chat(u"mod"_s, u"!Bridge OFF"_s, kMod), 0);
        QCOMPARE(r.control, MatchResult::Control::Disarm);
        QVERIFY(!m.isArmed());
        QCOMPARE(m.queuedCount(), 0); // disarming drops what waited
        QCOMPARE(m.handleChat(chat(u"a"_s, u"!move left"_s), 0).reason, Reason::Disarmed);
        QCOMPARE(m.handleChat(chat(u"mod"_s, u"!bridge on"_s, kMod), 0).outcome, Outcome::Control);
        QVERIFY(m.isArmed());
        QCOMPARE(m.handleChat(chat(u"mod"_s, u"!bridge"_s, kMod), 0).outcome, Outcome::Ignored);
    }

    void killSwitchLatchesUntilTheStreamerArms()
    {
        TriggerMatcher m(testConfig());
        m.handleChat(chat(u"a"_s, u"!move left"_s), 0);
        QCOMPARE(m.handleChat(chat(u"viewer"_s, u"!stop"_s), 0).reason, Reason::Permission);
        QVERIFY(m.isArmed());
        const MatchResult r = m.handleChat(chat(u"mod"_s, u"!stop"_s, kMod), 0);
        QCOMPARE(r.outcome, Outcome::Control);
        QCOMPARE(r.control, MatchResult::Control::KillSwitch);
        QVERIFY(!m.isArmed());
        QVERIFY(m.isKillSwitchLatched());
        QCOMPARE(m.queuedCount(), 0);
        QCOMPARE(m.handleChat(chat(u"a"_s, u"!jump"_s), 0).reason, Reason::Disarmed);
        QCOMPARE(m.handleChat(chat(u"mod"_s, u"!bridge on"_s, kMod), 0).reason,
                 Reason::KillSwitchLatched);
        QVERIFY(!m.isArmed());
        QCOMPARE(m.handleChat(chat(u"me"_s, u"!bridge on"_s, kBroadcaster), 0).outcome,
                 Outcome::Control);
        QVERIFY(m.isArmed());
        QVERIFY(!m.isKillSwitchLatched());

        m.engageKillSwitch();
        QVERIFY(m.arm()); // the GUI's switch is the streamer's too
        QVERIFY(m.isArmed());
    }

    void disabledBridgeDoesNothing()
    {
        BridgeConfig c = testConfig();
        c.enabled = false;
        TriggerMatcher m(c);
        QVERIFY(!m.isArmed());
        QVERIFY(!m.arm());
        QCOMPARE(m.handleChat(chat(u"a"_s, u"!jump"_s), 0).outcome, Outcome::Ignored);
        QCOMPARE(m.handleRedemption(redeem(u"a"_s, u"Jump!"_s), 0).outcome, Outcome::Ignored);
        QCOMPARE(m.handleChat(chat(u"mod"_s, u"!bridge on"_s, kMod), 0).reason, Reason::NotEnabled);
        QVERIFY(!m.isArmed());
    }

    void redemptions()
    {
        TriggerMatcher m(testConfig());
        // By title (any case) or by reward id.
        MatchResult r = m.handleRedemption(redeem(u"alice"_s, u"jump!"_s), 0);
        QCOMPARE(r.outcome, Outcome::Queued);
        std::optional<TriggeredAction> a = m.takeNext(0);
        QVERIFY(a && a->fromReward);
        QCOMPARE(a->actionId, u"jump"_s);
        QCOMPARE(a->login, u"alice"_s);
        Redemption byId = redeem(u"bob"_s, u"Renamed reward"_s);
        byId.rewardId = u"Jump!"_s;
        QCOMPARE(m.handleRedemption(byId, 5000).outcome, Outcome::Queued);
        // Cooldowns apply; the reward's own Twitch settings come on top.
        QCOMPARE(m.handleRedemption(redeem(u"carol"_s, u"Jump!"_s), 5200).reason,
                 Reason::GlobalCooldown);
        // Channel points are paid for: badges do not matter for a reward.
        QCOMPARE(m.handleRedemption(redeem(u"dave"_s, u"Mod button"_s), 0).outcome,
                 Outcome::Queued);
        // A reward's text picks a declared choice, or nothing.
        QCOMPARE(m.handleRedemption(redeem(u"e"_s, u"Pick a color"_s, u"Red please"_s), 0).choice,
                 u"red"_s);
        QCOMPARE(m.handleRedemption(redeem(u"f"_s, u"Pick a color"_s, u"$(rm -rf /)"_s), 0).reason,
                 Reason::UnknownChoice);
        QCOMPARE(m.handleRedemption(redeem(u"g"_s, u"Pick a color"_s), 0).reason,
                 Reason::ChoiceRequired);
        // EventSub may repeat an event: it runs once.
        const Redemption once = redeem(u"h"_s, u"Mod button"_s, {}, u"dup-1"_s);
        QCOMPARE(m.handleRedemption(once, 0).outcome, Outcome::Queued);
        QCOMPARE(m.handleRedemption(once, 0).reason, Reason::Duplicate);
        // Canceled and unknown rewards are not triggers.
        Redemption canceled = redeem(u"i"_s, u"Mod button"_s);
        canceled.status = u"canceled"_s;
        QCOMPARE(m.handleRedemption(canceled, 0).outcome, Outcome::Ignored);
        QCOMPARE(m.handleRedemption(redeem(u"j"_s, u"Hydrate"_s), 0).outcome, Outcome::Ignored);
        m.disarm();
        QCOMPARE(m.handleRedemption(redeem(u"k"_s, u"Mod button"_s), 0).reason, Reason::Disarmed);
    }

    void notCommands()
    {
        TriggerMatcher m(testConfig());
        ChatMessage resub = chat(u"a"_s, u"!jump"_s);
        resub.noticeKind = u"resub"_s;
        QCOMPARE(m.handleChat(resub, 0).outcome, Outcome::Ignored);
        // Sent through a channel-point reward: the redemption itself is the trigger.
        ChatMessage viaReward = chat(u"a"_s, u"!jump"_s);
        viaReward.customRewardId = u"abc"_s;
        QCOMPARE(m.handleChat(viaReward, 0).outcome, Outcome::Ignored);
        QCOMPARE(m.handleChat(chat(u"a"_s, u"hello there"_s), 0).outcome, Outcome::Ignored);
    }

    void newConfigDropsVanishedActions()
    {
        TriggerMatcher m(testConfig());
        m.handleChat(chat(u"a"_s, u"!move left"_s), 0);
        m.handleChat(chat(u"b"_s, u"!jump"_s), 0);
        BridgeConfig c = testConfig();
        c.actions.removeIf([](const Action &a) { return a.id == u"move"; });
        m.setConfig(c, 0);
        QCOMPARE(m.queuedCount(), 1);
        QCOMPARE(m.takeNext(0)->actionId, u"jump"_s);
        QCOMPARE(m.handleChat(chat(u"a"_s, u"!move left"_s), 0).outcome, Outcome::Ignored);
        QVERIFY(m.isArmed());
    }
};

QTEST_GUILESS_MAIN(TestTriggerMatcher)
#include "tst_triggermatcher.moc"
