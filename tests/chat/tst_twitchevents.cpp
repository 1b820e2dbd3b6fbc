#include "chat/ircmessage.h"
#include "chat/twitchevents.h"
#include "goldenfiles.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace chatvox;

namespace {

TwitchEvent decode(QByteArrayView line)
{
    const Result<IrcMessage> parsed = parseIrcLine(line);
    if (!parsed)
        qFatal("test line does not parse: %s", qPrintable(parsed.error()));
    return decodeTwitchMessage(parsed.value());
}

ChatMessage decodeChat(QByteArrayView line)
{
    const TwitchEvent event = decode(line);
    if (!std::holds_alternative<ChatMessage>(event))
        qFatal("not a chat message: %s", line.data());
    return std::get<ChatMessage>(event);
}

ModerationEvent decodeModeration(QByteArrayView line)
{
    const TwitchEvent event = decode(line);
    if (!std::holds_alternative<ModerationEvent>(event))
        qFatal("not a moderation event: %s", line.data());
    return std::get<ModerationEvent>(event);
}

QByteArray sample(int lineNumber)
{
    return golden::sampleLines().value(lineNumber - 1);
}

// The text an emote range covers, counting code points like Twitch.
QString emoteText(const QString &text, const EmoteRange &range)
{
    const QList<uint> codePoints = text.toUcs4();
    return QString::fromUcs4(reinterpret_cast<const char32_t *>(codePoints.constData())
                                 + range.first,
                             range.last - range.first + 1);
}

} // namespace

class tst_TwitchEvents : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void goldenSnapshots_data();
    void goldenSnapshots();
    void privmsgPlain();
    void privmsgEmotes();
    void privmsgEmotesNonBmp();
    void privmsgAction();
    void privmsgActionVariants();
    void privmsgReward();
    void privmsgBits();
    void privmsgFirstMessage();
    void privmsgEscapedAndKoreanDisplayName();
    void privmsgMissingDisplayNameFallsBack();
    void usernoticeSubWithoutText();
    void usernoticeResubWithText();
    void usernoticeRaid();
    void clearmsg();
    void clearchatTimeout();
    void clearchatBan();
    void clearchatClear();
    void notices();
    void notChatEvents();
    void badges();
    void emotesAreValidatedAndSorted();
};

void tst_TwitchEvents::goldenSnapshots_data()
{
    QTest::addColumn<int>("lineNumber");
    QTest::addColumn<QByteArray>("line");
    const QList<QByteArray> lines = golden::sampleLines();
    QCOMPARE(lines.size(), 50);
    for (int i = 0; i < lines.size(); ++i)
        QTest::addRow("line %02d", i + 1) << i + 1 << lines.at(i);
}

void tst_TwitchEvents::goldenSnapshots()
{
    QFETCH(int, lineNumber);
    QFETCH(QByteArray, line);
    const QJsonObject snapshot{{u"input"_s, QString::fromUtf8(line)},
                               {u"event"_s, twitchEventToJson(decode(line))}};
    QVERIFY(golden::matchesSnapshot(
        u"twitchevents/line-%1.json"_s.arg(lineNumber, 2, 10, QChar(u'0')), snapshot));
}

void tst_TwitchEvents::privmsgPlain()
{
    const ChatMessage m = decodeChat(sample(20));
    QCOMPARE(m.id, u"e9d998c3-36f1-430f-89ec-6b887c28af36"_s);
    QCOMPARE(m.channel, u"pajlada"_s);
    QCOMPARE(m.login, u"jun1orrrr"_s);
    QCOMPARE(m.displayName, u"JuN1oRRRR"_s);
    QCOMPARE(m.userId, u"29803735"_s);
    QCOMPARE(m.text, u"dank cam"_s);
    QVERIFY(!m.isAction);
    QVERIFY(m.badges.isEmpty());
    QVERIFY(m.emotes.isEmpty());
    QVERIFY(m.noticeKind.isEmpty());
    QVERIFY(m.customRewardId.isEmpty());
    QCOMPARE(m.bits, 0);
    QCOMPARE(m.sentAtMs, Q_INT64_C(1594545155039));
    QCOMPARE(m.receivedNs, 0); // set by the event source, not by decoding
}

void tst_TwitchEvents::privmsgEmotes()
{
    const ChatMessage m = decodeChat(sample(21));
    QCOMPARE(m.text, u"Kappa Keepo Kappa Kappa test Keepo Keepo 123 :) :) :P"_s);
    // Sorted by position: 25:0-4, 1902:6-10, 25:12-16, 25:18-22, 1902:29-33, 1902:35-39,
    // 499:45-46, 499:48-49, 490:51-52.
    const QList<EmoteRange> expected{
        {u"25"_s, 0, 4},    {u"1902"_s, 6, 10},  {u"25"_s, 12, 16},
        {u"25"_s, 18, 22},  {u"1902"_s, 29, 33}, {u"1902"_s, 35, 39},
        {u"499"_s, 45, 46}, {u"499"_s, 48, 49},  {u"490"_s, 51, 52},
    };
    QCOMPARE(m.emotes, expected);
    const QStringList names{u"Kappa"_s, u"Keepo"_s, u"Kappa"_s, u"Kappa"_s, u"Keepo"_s,
                            u"Keepo"_s, u":)"_s,    u":)"_s,    u":P"_s};
    for (int i = 0; i < expected.size(); ++i)
        QCOMPARE(emoteText(m.text, m.emotes.at(i)), names.at(i));
    QCOMPARE(m.badges, (QList<Badge>{{u"moderator"_s, u"1"_s}, {u"subscriber"_s, u"12"_s}}));
    QVERIFY(m.isModerator());
}

void tst_TwitchEvents::privmsgEmotesNonBmp()
{
    // "👉 <3 👉 <3 👉 <3" with emotes=483:2-3,7-8,12-13: Twitch counts code points, so each 👉
    // (two UTF-16 units) counts once and every range lands on "<3".
    const ChatMessage m = decodeChat(sample(22));
    QCOMPARE(m.text.size(), 17); // UTF-16 units
    QCOMPARE(codePointCount(m.text), 14);
    const QList<EmoteRange> expected{{u"483"_s, 2, 3}, {u"483"_s, 7, 8}, {u"483"_s, 12, 13}};
    QCOMPARE(m.emotes, expected);
    for (const EmoteRange &range : m.emotes)
        QCOMPARE(emoteText(m.text, range), u"<3"_s);
}

void tst_TwitchEvents::privmsgAction()
{
    const ChatMessage m = decodeChat(sample(23));
    QVERIFY(m.isAction);
    QCOMPARE(m.text, u"-tags"_s);
    QCOMPARE(m.login, u"randers"_s);
}

void tst_TwitchEvents::privmsgActionVariants()
{
    auto text = [](const QByteArray &body, bool *isAction) {
        const ChatMessage m
            = decodeChat(QByteArray("@id=1 :a!a@a.tmi.twitch.tv PRIVMSG #c :" + body));
        *isAction = m.isAction;
        return m.text;
    };
    bool isAction = false;
    QCOMPARE(text("\x01"
                  "ACTION waves\x01",
                  &isAction),
             u"waves"_s);
    QVERIFY(isAction);
    QCOMPARE(text("\x01"
                  "ACTION waves",
                  &isAction),
             u"waves"_s); // closing \x01 missing
    QVERIFY(isAction);
    QCOMPARE(text("\x01"
                  "ACTION\x01",
                  &isAction),
             QString());
    QVERIFY(isAction);
    QCOMPARE(text("\x01"
                  "ACTIONS x\x01",
                  &isAction),
             u"\u0001ACTIONS x\u0001"_s);
    QVERIFY(!isAction);
    QCOMPARE(text("ACTION waves", &isAction), u"ACTION waves"_s);
    QVERIFY(!isAction);
}

void tst_TwitchEvents::privmsgReward()
{
    const ChatMessage m = decodeChat(sample(29));
    QCOMPARE(m.customRewardId, u"31a2344e-0fce-4229-9453-fb2e8b6dd02c"_s);
    QCOMPARE(m.text, u"reward 1"_s);
    QCOMPARE(m.login, u"nerixyz"_s);
    QCOMPARE(m.sentAtMs, Q_INT64_C(1726662938032));
}

void tst_TwitchEvents::privmsgBits()
{
    QCOMPARE(decodeChat(sample(25)).bits, 1);
    const ChatMessage m = decodeChat(sample(30));
    QCOMPARE(m.bits, 10);
    QCOMPARE(m.text, u"PogChamp10"_s);
    QCOMPARE(m.badges, (QList<Badge>{Badge{u"bits"_s, u"1"_s}}));
    // A garbage or negative bits tag never becomes a negative amount.
    QCOMPARE(decodeChat("@bits=abc :a!a@a PRIVMSG #c :x").bits, 0);
    QCOMPARE(decodeChat("@bits=-5 :a!a@a PRIVMSG #c :x").bits, 0);
}

void tst_TwitchEvents::privmsgFirstMessage()
{
    // first-msg=1 has no ChatMessage field (yet); the line must still decode fully.
    const ChatMessage m = decodeChat(sample(28));
    QCOMPARE(m.login, u"jammehcow"_s);
    QCOMPARE(m.text, u"Kappa"_s);
    QCOMPARE(m.emotes, (QList<EmoteRange>{EmoteRange{u"25"_s, 0, 4}}));
    QCOMPARE(m.badges, (QList<Badge>{{u"subscriber"_s, u"12"_s}, {u"no_audio"_s, u"1"_s}}));
}

void tst_TwitchEvents::privmsgEscapedAndKoreanDisplayName()
{
    QCOMPARE(decodeChat(sample(26)).displayName, u"Riot Games"_s);
    const ChatMessage korean = decodeChat(sample(27));
    QCOMPARE(korean.displayName, u"테스트계정420"_s);
    QCOMPARE(korean.login, u"testaccount_420"_s);
    QCOMPARE(korean.text, u"@asd"_s);
}

void tst_TwitchEvents::privmsgMissingDisplayNameFallsBack()
{
    const ChatMessage m = decodeChat("@display-name= :somebody!somebody@x PRIVMSG #c :hi");
    QCOMPARE(m.displayName, u"somebody"_s);
    QCOMPARE(decodeChat(":Somebody!s@x PRIVMSG #c :hi").login, u"somebody"_s);
}

void tst_TwitchEvents::usernoticeSubWithoutText()
{
    const ChatMessage m = decodeChat(sample(37));
    QCOMPARE(m.noticeKind, u"sub"_s);
    QCOMPARE(m.text, QString()); // not "#xqcow": the channel is no message text
    QCOMPARE(m.channel, u"xqcow"_s);
    QCOMPARE(m.login, u"fallenseraphhh"_s);
    QCOMPARE(m.userId, u"224005980"_s);
    QCOMPARE(m.id, u"2a9bea11-a80a-49a0-a498-1642d457f775"_s);
    QCOMPARE(m.badges, (QList<Badge>{{u"subscriber"_s, u"0"_s}, {u"premium"_s, u"1"_s}}));
}

void tst_TwitchEvents::usernoticeResubWithText()
{
    const ChatMessage m = decodeChat(sample(38));
    QCOMPARE(m.noticeKind, u"resub"_s);
    QCOMPARE(m.text, u"xqcL"_s);
    QCOMPARE(m.login, u"gutrin"_s);
    QCOMPARE(m.displayName, u"Gutrin"_s);
    QCOMPARE(m.emotes, (QList<EmoteRange>{EmoteRange{u"1035663"_s, 0, 3}}));
    QCOMPARE(m.sentAtMs, Q_INT64_C(1581713640019));
}

void tst_TwitchEvents::usernoticeRaid()
{
    const ChatMessage m = decodeChat(sample(39));
    QCOMPARE(m.noticeKind, u"raid"_s);
    QCOMPARE(m.text, QString());
    QCOMPARE(m.login, u"iamelisabete"_s);
    const ChatMessage announcement = decodeChat(sample(41));
    QCOMPARE(announcement.noticeKind, u"announcement"_s);
    QCOMPARE(announcement.text, u"hello pajs pajaH Kappa Keepo"_s);
    QCOMPARE(announcement.emotes.size(), 3);
    QCOMPARE(emoteText(announcement.text, announcement.emotes.at(0)), u"pajaH"_s);
}

void tst_TwitchEvents::clearmsg()
{
    const ModerationEvent e = decodeModeration(sample(35));
    QCOMPARE(e.kind, ModerationEvent::Kind::DeleteMessage);
    QCOMPARE(e.channel, u"pajlada"_s);
    QCOMPARE(e.targetMessageId, u"15e5164d-f8e6-4aec-baf4-2d6a330760c4"_s);
    QCOMPARE(e.targetLogin, u"randers"_s);
    const ModerationEvent other = decodeModeration(sample(36));
    QCOMPARE(other.targetMessageId, u"862716db-9a7c-4563-8480-af799769ae81"_s);
    QCOMPARE(other.targetLogin, u"kooby_"_s);
    // Without target-msg-id there is nothing to delete.
    QVERIFY(std::holds_alternative<std::monostate>(
        decode("@login=x :tmi.twitch.tv CLEARMSG #c :text")));
}

void tst_TwitchEvents::clearchatTimeout()
{
    const ModerationEvent e = decodeModeration(sample(31));
    QCOMPARE(e.kind, ModerationEvent::Kind::Timeout);
    QCOMPARE(e.channel, u"pajlada"_s);
    QCOMPARE(e.targetLogin, u"fabzeef"_s);
    QCOMPARE(e.targetUserId, u"148973258"_s);
    QCOMPARE(e.durationSeconds, 1);
    const ModerationEvent noColon = decodeModeration(sample(34));
    QCOMPARE(noColon.kind, ModerationEvent::Kind::Timeout);
    QCOMPARE(noColon.targetLogin, u"nerixyz"_s);
    QCOMPARE(noColon.targetUserId, u"129546453"_s);
}

void tst_TwitchEvents::clearchatBan()
{
    const ModerationEvent e = decodeModeration(sample(32));
    QCOMPARE(e.kind, ModerationEvent::Kind::Ban);
    QCOMPARE(e.targetLogin, u"weeb123"_s);
    QCOMPARE(e.targetUserId, u"70948394"_s);
    QCOMPARE(e.durationSeconds, 0);
}

void tst_TwitchEvents::clearchatClear()
{
    const ModerationEvent e = decodeModeration(sample(33));
    QCOMPARE(e.kind, ModerationEvent::Kind::ClearChat);
    QCOMPARE(e.channel, u"randers"_s);
    QVERIFY(e.targetLogin.isEmpty());
    QVERIFY(e.targetMessageId.isEmpty());
}

void tst_TwitchEvents::notices()
{
    const TwitchEvent banned = decode(sample(42));
    QVERIFY(std::holds_alternative<ChatNotice>(banned));
    QCOMPARE(std::get<ChatNotice>(banned),
             (ChatNotice{u"forsen"_s, u"msg_banned"_s,
                         u"You are permanently banned from talking in forsen."_s, 0}));
    const TwitchEvent auth = decode(sample(43));
    QCOMPARE(std::get<ChatNotice>(auth),
             (ChatNotice{QString(), QString(), u"Improperly formatted auth"_s, 0}));
    const TwitchEvent emoteOnly = decode(sample(44));
    QCOMPARE(std::get<ChatNotice>(emoteOnly).msgId, u"emote_only_on"_s);
    QCOMPARE(std::get<ChatNotice>(emoteOnly).channel, u"pajlada"_s);
}

void tst_TwitchEvents::notChatEvents()
{
    // Numerics, CAP, state, membership, PING, RECONNECT, WHISPER, generic lines: no event.
    for (int line : {1,  2,  3,  4,  5,  6,  7,  8,  9,  10, 11, 12, 13,
                     14, 15, 16, 17, 18, 19, 45, 46, 47, 48, 49, 50}) {
        QVERIFY2(std::holds_alternative<std::monostate>(decode(sample(line))),
                 qPrintable(QString::number(line)));
    }
    // Chat commands without their parameters.
    QVERIFY(std::holds_alternative<std::monostate>(decode(":a!a@a PRIVMSG #c")));
    QVERIFY(std::holds_alternative<std::monostate>(decode(":a!a@a PRIVMSG")));
    QVERIFY(std::holds_alternative<std::monostate>(decode(":tmi.twitch.tv USERNOTICE")));
    QVERIFY(std::holds_alternative<std::monostate>(decode(":tmi.twitch.tv CLEARCHAT")));
}

void tst_TwitchEvents::badges()
{
    QCOMPARE(parseBadges(u""), QList<Badge>());
    QCOMPARE(parseBadges(u"broadcaster/1"), (QList<Badge>{Badge{u"broadcaster"_s, u"1"_s}}));
    QCOMPARE(parseBadges(u"a/1,,b,/x,c/"),
             (QList<Badge>{{u"a"_s, u"1"_s}, {u"b"_s, QString()}, {u"c"_s, QString()}}));
    const ChatMessage broadcaster = decodeChat("@badges=broadcaster/1 :a!a@a PRIVMSG #a :x");
    QVERIFY(broadcaster.isModerator());
    QVERIFY(broadcaster.hasBadge(u"broadcaster"));
}

void tst_TwitchEvents::emotesAreValidatedAndSorted()
{
    QCOMPARE(parseEmotes(u"", 10), QList<EmoteRange>());
    QCOMPARE(parseEmotes(u"1:5-6/2:0-1", 10), (QList<EmoteRange>{{u"2"_s, 0, 1}, {u"1"_s, 5, 6}}));
    // Past the end, reversed, negative, not numbers, no id, no ranges: dropped.
    QCOMPARE(parseEmotes(u"1:8-10,3-2,-1-2,a-b,4/:0-1/2/3:0-0", 10),
             (QList<EmoteRange>{EmoteRange{u"3"_s, 0, 0}}));
    QCOMPARE(parseEmotes(u"emotesv2_abc:0-3", 4),
             (QList<EmoteRange>{EmoteRange{u"emotesv2_abc"_s, 0, 3}}));
    // A lying emotes tag on a real line cannot make consumers index past the text.
    const ChatMessage m = decodeChat("@emotes=25:0-4,6-99 :a!a@a PRIVMSG #c :Kappa hi");
    QCOMPARE(m.emotes, (QList<EmoteRange>{EmoteRange{u"25"_s, 0, 4}}));
}

QTEST_GUILESS_MAIN(tst_TwitchEvents)
#include "tst_twitchevents.moc"
