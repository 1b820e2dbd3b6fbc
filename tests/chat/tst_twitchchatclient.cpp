#include "chat/twitchchatclient.h"
#include "core/clock.h"
#include "faketwitchirc.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace chatvox;

namespace {

using State = TwitchChatClient::State;

// Short timings so that keepalive and reconnect tests take a fraction of a second.
TwitchChatTimings fastTimings()
{
    TwitchChatTimings timings;
    timings.idlePingMs = 150;
    timings.pongTimeoutMs = 150;
    timings.handshakeTimeoutMs = 2000;
    timings.backoff = BackoffPolicy{50, 400, 0.0};
    return timings;
}

// Timings under which nothing happens by itself during a test.
TwitchChatTimings quietTimings()
{
    TwitchChatTimings timings;
    timings.backoff = BackoffPolicy{50, 400, 0.0};
    return timings;
}

QList<State> statesOf(const QSignalSpy &spy)
{
    QList<State> states;
    for (const QList<QVariant> &args : spy)
        states.append(args.at(0).value<State>());
    return states;
}

QList<int> delaysOf(const QSignalSpy &spy)
{
    QList<int> delays;
    for (const QList<QVariant> &args : spy)
        delays.append(args.at(0).toInt());
    return delays;
}

ChatMessage chatAt(const QSignalSpy &spy, int index)
{
    return spy.at(index).at(0).value<ChatMessage>();
}

// Collects every log message of the process while alive.
class LogCapture
{
public:
    LogCapture()
    {
        s_messages.clear();
        m_previous = qInstallMessageHandler(&LogCapture::handler);
        s_previous = m_previous;
    }
    ~LogCapture() { qInstallMessageHandler(m_previous); }
    static QStringList messages() { return s_messages; }

private:
    static void handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
    {
        s_messages.append(message);
        if (s_previous)
            s_previous(type, context, message);
    }
    QtMessageHandler m_previous = nullptr;
    static inline QStringList s_messages;
    static inline QtMessageHandler s_previous = nullptr;
};

// A client joined to #channel on a fresh fake server.
struct Session
{
    explicit Session(const TwitchChatTimings &timings = quietTimings())
        : client(server.url())
    {
        client.setTimings(timings);
        client.setChannel(u"channel"_s);
    }

    bool startAndJoin()
    {
        QSignalSpy joined(&client, &TwitchChatClient::joined);
        client.start();
        return joined.wait(5000) && client.state() == State::Joined;
    }

    FakeTwitchIrc server;
    TwitchChatClient client;
};

} // namespace

class tst_TwitchChatClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void backoffPolicy();
    void anonymousHandshake();
    void tokenHandshakeNeverLogsToken();
    void rejectsMalformedChannelAndCredentials();
    void changeChannelWhileJoined();
    void severalLinesInOneFrame();
    void pingIsAnswered();
    void idlePingKeepsAnsweredConnection();
    void halfOpenConnectionIsReplaced();
    void handshakeTimeoutReconnects();
    void serverCloseReconnectsWithGrowingBackoff();
    void reconnectCommand();
    void moderationSignals();
    void noticeSignal();
    void malformedLinesAreSkipped();
    void hugeFrames();
    void authenticationFailureStops();
    void loggedInRepliesInChat();
    void anonymousCannotSend();
    void stopCancelsReconnect();
    void refusedConnectionReportsAndRetries();
    void invalidUrl();
};

void tst_TwitchChatClient::initTestCase()
{
    // Debug logging on, so that the token test sees everything the client could print.
    QLoggingCategory::setFilterRules(u"chatvox.*.debug=true"_s);
}

void tst_TwitchChatClient::backoffPolicy()
{
    const BackoffPolicy policy{1000, 30000, 0.2};
    // Without jitter (random 0.5): 1, 2, 4, 8, 16 s, then capped at 30 s.
    const QList<int> expected{1000, 2000, 4000, 8000, 16000, 30000, 30000};
    for (int attempt = 0; attempt < expected.size(); ++attempt)
        QCOMPARE(backoffDelayMs(policy, attempt, 0.5), expected.at(attempt));
    // Jitter stays within ±20 % and never goes past the cap.
    for (int attempt = 0; attempt < 8; ++attempt) {
        const int base = expected.value(attempt, 30000);
        QCOMPARE(backoffDelayMs(policy, attempt, 0.0), qRound(base * 0.8));
        QCOMPARE(backoffDelayMs(policy, attempt, 0.999999), std::min(30000, qRound(base * 1.2)));
        for (double r : {0.1, 0.3, 0.7, 0.9}) {
            const int delay = backoffDelayMs(policy, attempt, r);
            QVERIFY(delay >= qRound(base * 0.8) && delay <= std::min(30000, qRound(base * 1.2)));
        }
    }
    // Huge attempt counts and odd input do not overflow or go negative.
    QCOMPARE(backoffDelayMs(policy, 1000000, 0.5), 30000);
    QCOMPARE(backoffDelayMs(policy, -3, 0.5), 1000);
    QCOMPARE(backoffDelayMs(policy, 2, 7.0), 4800);
    QCOMPARE(backoffDelayMs(BackoffPolicy{0, 0, 0.2}, 5, 0.9), 0);
    QCOMPARE(backoffDelayMs(BackoffPolicy{500, 100, 0.0}, 3, 0.5), 500); // max below min
    // The real random source spreads the delays.
    QSet<int> seen;
    for (int i = 0; i < 50; ++i)
        seen.insert(backoffDelayMs(policy, 0, QRandomGenerator::global()->generateDouble()));
    QVERIFY(seen.size() > 5);
}

void tst_TwitchChatClient::anonymousHandshake()
{
    FakeTwitchIrc server;
    QVERIFY(server.isListening());
    TwitchChatClient client(server.url());
    QVERIFY(client.isAnonymous());
    QVERIFY(client.setChannel(u"#SomeChannel"_s));
    QCOMPARE(client.channel(), u"somechannel"_s);
    QSignalSpy states(&client, &TwitchChatClient::stateChanged);
    QSignalSpy joined(&client, &TwitchChatClient::joined);
    client.start();
    QVERIFY(joined.wait(5000));
    QCOMPARE(joined.first().first().toString(), u"somechannel"_s);
    QCOMPARE(client.state(), State::Joined);
    QCOMPARE(statesOf(states), (QList<State>{State::Connecting, State::Connected, State::Joined}));

    const QList<QByteArray> lines = server.linesFrom(0);
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines.at(0), "CAP REQ :twitch.tv/tags twitch.tv/commands");
    const QRegularExpression nick(u"^NICK (justinfan\\d{4,6})$"_s);
    const QRegularExpressionMatch match = nick.match(QString::fromUtf8(lines.at(1)));
    QVERIFY2(match.hasMatch(), lines.at(1).constData());
    QCOMPARE(match.captured(1), client.nick());
    QCOMPARE(server.nick(0), client.nick());
    QCOMPARE(lines.at(2), "JOIN #somechannel");
    QCOMPARE(server.joinedChannels(0), QStringList{u"somechannel"_s});
}

void tst_TwitchChatClient::loggedInRepliesInChat()
{
    Session s;
    s.server.setAcceptedToken(u"chattoken123"_s);
    QVERIFY(!s.client.sendMessage(u"not yet"_s)); // not connected
    QVERIFY(s.client.setCredentials(u"Streamer"_s, u"oauth:chattoken123"_s));
    QVERIFY(s.startAndJoin());
    QCOMPARE(s.client.nick(), u"streamer"_s);
    QVERIFY(s.server.linesFrom(0).contains("PASS oauth:chattoken123"));
    QVERIFY(s.server.linesFrom(0).contains("NICK streamer"));
    QVERIFY(s.client.canSend());
    QVERIFY(s.client.sendMessage(u"@viewer 声を変えました\r\nPRIVMSG #x :injected"_s,
                                 u"b34ccfc7-4977-403a-8a94-33c6bac34fb8"_s));
    QVERIFY(s.client.sendMessage(u"no reply tag"_s, u"bad;id"_s));
    QTRY_COMPARE(s.server.linesFrom(0).size(), 6);
    const QList<QByteArray> lines = s.server.linesFrom(0);
    QCOMPARE(lines.at(4),
             QByteArray("@reply-parent-msg-id=b34ccfc7-4977-403a-8a94-33c6bac34fb8 "
                        "PRIVMSG #channel :@viewer 声を変えました PRIVMSG #x :injected"));
    QCOMPARE(lines.at(5), QByteArray("PRIVMSG #channel :no reply tag"));
    QVERIFY(!s.client.sendMessage(u"   "_s));
    // Twitch's limit: 20 in 30 s.
    int sent = 2;
    while (s.client.sendMessage(u"spam"_s))
        ++sent;
    QCOMPARE(sent, TwitchChatClient::kMaxMessagesPer30s);
}

void tst_TwitchChatClient::anonymousCannotSend()
{
    Session s;
    QVERIFY(s.startAndJoin());
    QVERIFY(!s.client.canSend());
    QVERIFY(!s.client.sendMessage(u"hello"_s));
    QTest::qWait(50);
    for (const QByteArray &line : s.server.linesFrom(0))
        QVERIFY(!line.contains("PRIVMSG"));
}

void tst_TwitchChatClient::tokenHandshakeNeverLogsToken()
{
    const LogCapture logs;
    FakeTwitchIrc server;
    server.setAcceptedToken(u"s3cr3ttok3n"_s);
    TwitchChatClient client(server.url());
    QVERIFY(client.setCredentials(u"MyBot"_s, u"oauth:s3cr3ttok3n"_s));
    QVERIFY(!client.isAnonymous());
    client.setChannel(u"channel"_s);
    QSignalSpy joined(&client, &TwitchChatClient::joined);
    client.start();
    QVERIFY(joined.wait(5000));
    QCOMPARE(server.linesFrom(0),
             (QList<QByteArray>{"CAP REQ :twitch.tv/tags twitch.tv/commands",
                                "PASS oauth:s3cr3ttok3n", "NICK mybot", "JOIN #channel"}));
    QCOMPARE(client.nick(), u"mybot"_s);
    const QStringList messages = LogCapture::messages();
    QVERIFY(!messages.isEmpty()); // the client did log (debug is on)
    for (const QString &message : messages)
        QVERIFY2(!message.contains(u"s3cr3ttok3n"), qPrintable(message));
}

void tst_TwitchChatClient::rejectsMalformedChannelAndCredentials()
{
    TwitchChatClient client(QUrl(u"ws://127.0.0.1:1"_s));
    QVERIFY(client.setChannel(u"good_name_1"_s));
    QVERIFY(!client.setChannel(u"two words"_s));
    QVERIFY(!client.setChannel(u"evil\r\nPRIVMSG #x :hi"_s));
    QVERIFY(!client.setChannel(u"a_name_that_is_far_too_long_for_twitch"_s));
    QVERIFY(!client.setChannel(u"ünicode"_s));
    QCOMPARE(client.channel(), u"good_name_1"_s);
    QVERIFY(client.setChannel(QString()));
    QCOMPARE(client.channel(), QString());

    QVERIFY(!client.setCredentials(u"bot"_s, u"tok en"_s));
    QVERIFY(!client.setCredentials(u"bot"_s, u"tok\r\nJOIN #x"_s));
    QVERIFY(!client.setCredentials(QString(), u"token"_s));
    QVERIFY(client.isAnonymous());
    QVERIFY(client.setCredentials(u"bot"_s, u"token"_s));
    QVERIFY(!client.isAnonymous());
    QVERIFY(client.setCredentials(QString(), QString())); // back to anonymous
    QVERIFY(client.isAnonymous());
}

void tst_TwitchChatClient::changeChannelWhileJoined()
{
    Session s;
    QVERIFY(s.startAndJoin());
    QSignalSpy joined(&s.client, &TwitchChatClient::joined);
    QVERIFY(s.client.setChannel(u"#Other"_s));
    QCOMPARE(s.client.state(), State::Connected);
    QVERIFY(joined.wait(5000));
    QCOMPARE(joined.first().first().toString(), u"other"_s);
    QCOMPARE(s.client.state(), State::Joined);
    const QList<QByteArray> lines = s.server.linesFrom(0);
    QCOMPARE(lines.mid(lines.size() - 2), (QList<QByteArray>{"PART #channel", "JOIN #other"}));
    QCOMPARE(s.server.joinedChannels(0), QStringList{u"other"_s});
    QCOMPARE(s.server.connectionCount(), 1); // live, no reconnect
}

void tst_TwitchChatClient::severalLinesInOneFrame()
{
    Session s;
    QVERIFY(s.startAndJoin());
    QSignalSpy chat(&s.client, &TwitchChatClient::chatMessage);
    const qint64 before = monotonicNs();
    s.server.sendLines({FakeTwitchIrc::privmsgLine(u"channel"_s, u"alice"_s, u"one"_s, u"id-1"_s),
                        FakeTwitchIrc::privmsgLine(u"channel"_s, u"bob"_s, u"two"_s, u"id-2"_s),
                        FakeTwitchIrc::privmsgLine(u"channel"_s, u"Carol"_s, u"三"_s, u"id-3"_s)});
    QTRY_COMPARE_WITH_TIMEOUT(chat.size(), 3, 5000);
    QCOMPARE(chatAt(chat, 0).id, u"id-1"_s);
    QCOMPARE(chatAt(chat, 1).id, u"id-2"_s);
    QCOMPARE(chatAt(chat, 2).id, u"id-3"_s);
    QCOMPARE(chatAt(chat, 2).text, u"三"_s);
    QCOMPARE(chatAt(chat, 2).login, u"carol"_s);
    QCOMPARE(chatAt(chat, 2).displayName, u"Carol"_s);
    // One frame, one arrival time, taken when the frame came in.
    const qint64 received = chatAt(chat, 0).receivedNs;
    QVERIFY(received >= before && received <= monotonicNs());
    QCOMPARE(chatAt(chat, 1).receivedNs, received);
    QCOMPARE(chatAt(chat, 2).receivedNs, received);
    QCOMPARE(s.client.counters().chatMessages, quint64(3));
}

void tst_TwitchChatClient::pingIsAnswered()
{
    Session s;
    QVERIFY(s.startAndJoin());
    s.server.sendPing();
    QTRY_VERIFY_WITH_TIMEOUT(s.server.linesFrom(0).contains("PONG :tmi.twitch.tv"), 5000);
    s.server.sendLine("PING :some token");
    QTRY_VERIFY_WITH_TIMEOUT(s.server.linesFrom(0).contains("PONG :some token"), 5000);
    const qsizetype pongs = s.server.linesFrom(0).count("PONG :tmi.twitch.tv");
    s.server.sendLine(":tmi.twitch.tv PING"); // no parameter at all
    QTRY_COMPARE_WITH_TIMEOUT(s.server.linesFrom(0).count("PONG :tmi.twitch.tv"), pongs + 1, 5000);
    QCOMPARE(s.server.connectionCount(), 1);
}

void tst_TwitchChatClient::idlePingKeepsAnsweredConnection()
{
    Session s(fastTimings());
    QSignalSpy reconnects(&s.client, &TwitchChatClient::reconnectScheduled);
    QElapsedTimer clock;
    clock.start();
    QVERIFY(s.startAndJoin());
    // Silence is not death: every idle period brings a PING, the server's PONG keeps us on.
    QTRY_VERIFY_WITH_TIMEOUT(s.server.linesFrom(0).count("PING :tmi.twitch.tv") >= 3, 5000);
    QVERIFY(clock.elapsed() >= 3 * 150);
    QCOMPARE(s.server.connectionCount(), 1);
    QCOMPARE(reconnects.size(), 0);
    QCOMPARE(s.client.state(), State::Joined);
}

void tst_TwitchChatClient::halfOpenConnectionIsReplaced()
{
    Session s(fastTimings());
    QVERIFY(s.startAndJoin());
    QSignalSpy joined(&s.client, &TwitchChatClient::joined);
    QSignalSpy reconnects(&s.client, &TwitchChatClient::reconnectScheduled);
    QSignalSpy errors(&s.client, &TwitchChatClient::error);
    QElapsedTimer clock;
    clock.start();
    s.server.goSilent(0); // the socket stays open, nothing comes back
    QVERIFY(joined.wait(5000));
    // idle (150) + pong deadline (150) + backoff (50) at least.
    QVERIFY2(clock.elapsed() >= 300, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(s.server.connectionCount(), 2);
    QCOMPARE(s.server.linesFrom(0).last(), "PING :tmi.twitch.tv");
    QCOMPARE(delaysOf(reconnects), QList<int>{50});
    QCOMPARE(errors.size(), 1);
    QCOMPARE(s.server.linesFrom(1).last(), "JOIN #channel");
    QTRY_VERIFY_WITH_TIMEOUT(!s.server.isOpen(0), 5000); // the dead one was closed by us
}

void tst_TwitchChatClient::handshakeTimeoutReconnects()
{
    TwitchChatTimings timings = fastTimings();
    timings.idlePingMs = 60'000;
    timings.handshakeTimeoutMs = 200;
    Session s(timings);
    s.server.setWelcomeEnabled(false); // NICK is never answered
    QSignalSpy reconnects(&s.client, &TwitchChatClient::reconnectScheduled);
    s.client.start();
    QTRY_VERIFY_WITH_TIMEOUT(s.server.connectionCount() >= 2, 5000);
    QVERIFY(reconnects.size() >= 1);
    QCOMPARE(s.server.linesFrom(0).last().left(5), "NICK ");
    // Once the server behaves, the client gets in.
    s.server.setWelcomeEnabled(true);
    QTRY_COMPARE_WITH_TIMEOUT(s.client.state(), State::Joined, 5000);
}

void tst_TwitchChatClient::serverCloseReconnectsWithGrowingBackoff()
{
    Session s;
    QVERIFY(s.startAndJoin());
    QSignalSpy reconnects(&s.client, &TwitchChatClient::reconnectScheduled);
    QSignalSpy joined(&s.client, &TwitchChatClient::joined);

    // The server keeps failing: each lost attempt doubles the wait up to the cap.
    s.server.setCloseNewConnections(true);
    s.server.closeConnections(0);
    QTRY_VERIFY_WITH_TIMEOUT(reconnects.size() >= 6, 10000);
    QCOMPARE(delaysOf(reconnects).mid(0, 6), (QList<int>{50, 100, 200, 400, 400, 400}));
    QCOMPARE(s.client.state(), State::Reconnecting);

    // It recovers: the client rejoins the channel on its own.
    s.server.setCloseNewConnections(false);
    QVERIFY(joined.wait(5000));
    const int last = s.server.connectionCount() - 1;
    QCOMPARE(s.server.linesFrom(last).last(), "JOIN #channel");
    QCOMPARE(s.server.joinedChannels(last), QStringList{u"channel"_s});

    // A successful JOIN resets the backoff.
    reconnects.clear();
    s.server.closeConnections(last);
    QVERIFY(reconnects.wait(5000));
    QCOMPARE(delaysOf(reconnects), QList<int>{50});
    QVERIFY(joined.wait(5000));
}

void tst_TwitchChatClient::reconnectCommand()
{
    Session s;
    QVERIFY(s.startAndJoin());
    QSignalSpy reconnects(&s.client, &TwitchChatClient::reconnectScheduled);
    QSignalSpy joined(&s.client, &TwitchChatClient::joined);
    QSignalSpy states(&s.client, &TwitchChatClient::stateChanged);
    s.server.sendReconnect();
    QVERIFY(joined.wait(5000));
    QCOMPARE(delaysOf(reconnects), QList<int>{0}); // at once, no backoff
    QCOMPARE(s.server.connectionCount(), 2);
    QCOMPARE(s.server.joinedChannels(1), QStringList{u"channel"_s});
    QCOMPARE(
        statesOf(states),
        (QList<State>{State::Reconnecting, State::Connecting, State::Connected, State::Joined}));
    QTRY_VERIFY_WITH_TIMEOUT(!s.server.isOpen(0), 5000);
}

void tst_TwitchChatClient::moderationSignals()
{
    Session s;
    QVERIFY(s.startAndJoin());
    QSignalSpy moderation(&s.client, &TwitchChatClient::moderation);
    s.server.sendLine(FakeTwitchIrc::clearMsgLine(u"channel"_s, u"alice"_s, u"msg-7"_s));
    s.server.sendLines({FakeTwitchIrc::clearChatLine(u"channel"_s, u"Bob"_s, 600),
                        FakeTwitchIrc::clearChatLine(u"channel"_s, u"carol"_s),
                        FakeTwitchIrc::clearChatLine(u"channel"_s)});
    QTRY_COMPARE_WITH_TIMEOUT(moderation.size(), 4, 5000);
    auto at = [&moderation](int i) { return moderation.at(i).at(0).value<ModerationEvent>(); };
    QCOMPARE(at(0).kind, ModerationEvent::Kind::DeleteMessage);
    QCOMPARE(at(0).targetMessageId, u"msg-7"_s);
    QCOMPARE(at(0).targetLogin, u"alice"_s);
    QCOMPARE(at(1).kind, ModerationEvent::Kind::Timeout);
    QCOMPARE(at(1).targetLogin, u"bob"_s);
    QCOMPARE(at(1).durationSeconds, 600);
    QCOMPARE(at(2).kind, ModerationEvent::Kind::Ban);
    QCOMPARE(at(2).targetLogin, u"carol"_s);
    QCOMPARE(at(3).kind, ModerationEvent::Kind::ClearChat);
    QCOMPARE(at(3).channel, u"channel"_s);
}

void tst_TwitchChatClient::noticeSignal()
{
    Session s;
    QVERIFY(s.startAndJoin());
    QSignalSpy notices(&s.client, &TwitchChatClient::notice);
    s.server.sendLine("@msg-id=emote_only_on :tmi.twitch.tv NOTICE #channel :This room is now in "
                      "emote-only mode.");
    QVERIFY(notices.wait(5000));
    const ChatNotice notice = notices.first().first().value<ChatNotice>();
    QCOMPARE(notice.msgId, u"emote_only_on"_s);
    QCOMPARE(notice.channel, u"channel"_s);
    QVERIFY(notice.receivedNs > 0);
}

void tst_TwitchChatClient::malformedLinesAreSkipped()
{
    Session s;
    QVERIFY(s.startAndJoin());
    QSignalSpy chat(&s.client, &TwitchChatClient::chatMessage);
    QSignalSpy malformed(&s.client, &TwitchChatClient::malformedLine);

    s.server.sendLines({FakeTwitchIrc::privmsgLine(u"channel"_s, u"a"_s, u"before"_s, u"1"_s),
                        "@only=tags",
                        FakeTwitchIrc::privmsgLine(u"channel"_s, u"a"_s, u"after"_s, u"2"_s)});
    QTRY_COMPARE_WITH_TIMEOUT(chat.size(), 2, 5000);
    QCOMPARE(malformed.size(), 1);
    QCOMPARE(malformed.first().first().toString(), u"tags without a command"_s);
    QCOMPARE(chatAt(chat, 1).text, u"after"_s);

    // Invalid UTF-8 (only a binary frame can carry it; Qt refuses it in text frames).
    s.server.sendBinary(
        FakeTwitchIrc::privmsgLine(u"channel"_s, u"a"_s, u"x"_s, u"3"_s) + "\xFF\xFE\r\n"
        + FakeTwitchIrc::privmsgLine(u"channel"_s, u"a"_s, u"still here"_s, u"4"_s) + "\r\n");
    QTRY_COMPARE_WITH_TIMEOUT(chat.size(), 3, 5000);
    QCOMPARE(malformed.size(), 2);
    QCOMPARE(malformed.last().first().toString(), u"invalid UTF-8"_s);
    QCOMPARE(chatAt(chat, 2).id, u"4"_s);
    QCOMPARE(chatAt(chat, 2).text, u"still here"_s);
    QCOMPARE(s.server.connectionCount(), 1);
    QCOMPARE(s.client.counters().malformedLines, quint64(2));
}

void tst_TwitchChatClient::hugeFrames()
{
    {
        // 1 MB line inside the accepted frame size: reported as too long, the next line works.
        Session s;
        QVERIFY(s.startAndJoin());
        QSignalSpy chat(&s.client, &TwitchChatClient::chatMessage);
        QSignalSpy malformed(&s.client, &TwitchChatClient::malformedLine);
        s.server.sendLines({"@a=b :x!x@x PRIVMSG #channel :" + QByteArray(1024 * 1024, 'x'),
                            FakeTwitchIrc::privmsgLine(u"channel"_s, u"a"_s, u"ok"_s, u"5"_s)});
        QTRY_COMPARE_WITH_TIMEOUT(chat.size(), 1, 5000);
        QCOMPARE(malformed.size(), 1);
        QVERIFY(malformed.first().first().toString().startsWith(u"line too long"));
        QCOMPARE(chatAt(chat, 0).id, u"5"_s);
        QCOMPARE(s.server.connectionCount(), 1);
    }
    {
        // Over the client's message size limit: Qt drops the connection, the client comes back.
        Session s;
        s.client.setMaxIncomingMessageBytes(256 * 1024);
        QVERIFY(s.startAndJoin());
        QSignalSpy joined(&s.client, &TwitchChatClient::joined);
        s.server.sendLine("PRIVMSG #channel :" + QByteArray(1024 * 1024, 'y'));
        QVERIFY(joined.wait(5000));
        QCOMPARE(s.server.connectionCount(), 2);
    }
}

void tst_TwitchChatClient::authenticationFailureStops()
{
    FakeTwitchIrc server;
    server.setAcceptedToken(u"goodtoken"_s);
    TwitchChatClient client(server.url());
    client.setTimings(quietTimings());
    client.setChannel(u"channel"_s);
    QVERIFY(client.setCredentials(u"bot"_s, u"badtoken"_s));
    QSignalSpy failed(&client, &TwitchChatClient::authenticationFailed);
    QSignalSpy reconnects(&client, &TwitchChatClient::reconnectScheduled);
    QSignalSpy errors(&client, &TwitchChatClient::error);
    QSignalSpy notices(&client, &TwitchChatClient::notice);
    client.start();
    QVERIFY(failed.wait(5000));
    QCOMPARE(client.state(), State::Disconnected);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(notices.size(), 1);
    QVERIFY(!server.linesFrom(0).contains("JOIN #channel"));
    // No reconnect storm: several backoff periods pass without a new connection.
    QTest::qWait(300);
    QCOMPARE(server.connectionCount(), 1);
    QCOMPARE(reconnects.size(), 0);

    // With the right token the same client gets in.
    QVERIFY(client.setCredentials(u"bot"_s, u"goodtoken"_s));
    QSignalSpy joined(&client, &TwitchChatClient::joined);
    client.start();
    QVERIFY(joined.wait(5000));
}

void tst_TwitchChatClient::stopCancelsReconnect()
{
    {
        Session s;
        QVERIFY(s.startAndJoin());
        s.client.stop();
        QCOMPARE(s.client.state(), State::Disconnected);
        QTRY_VERIFY_WITH_TIMEOUT(!s.server.isOpen(0), 5000);
        QTest::qWait(200); // four backoff minimums
        QCOMPARE(s.server.connectionCount(), 1);
    }
    {
        // stop() while a reconnect is pending.
        Session s;
        QVERIFY(s.startAndJoin());
        const QMetaObject::Connection stopper = connect(
            &s.client, &TwitchChatClient::reconnectScheduled, &s.client, [&s] { s.client.stop(); });
        s.server.closeConnections(0);
        QTRY_COMPARE_WITH_TIMEOUT(s.client.state(), State::Disconnected, 5000);
        QTest::qWait(200);
        QCOMPARE(s.server.connectionCount(), 1);
        // And it can be started again.
        QSignalSpy joined(&s.client, &TwitchChatClient::joined);
        disconnect(stopper);
        s.client.start();
        QVERIFY(joined.wait(5000));
        QCOMPARE(s.server.connectionCount(), 2);
    }
}

void tst_TwitchChatClient::refusedConnectionReportsAndRetries()
{
    QUrl deadUrl;
    {
        FakeTwitchIrc gone;
        deadUrl = gone.url();
    }
    TwitchChatClient client(deadUrl);
    client.setTimings(quietTimings());
    client.setChannel(u"channel"_s);
    QSignalSpy errors(&client, &TwitchChatClient::error);
    QSignalSpy reconnects(&client, &TwitchChatClient::reconnectScheduled);
    client.start();
    QTRY_VERIFY_WITH_TIMEOUT(reconnects.size() >= 2, 5000);
    QVERIFY(errors.size() >= 1);
    QVERIFY(!errors.first().first().toString().isEmpty());
    QCOMPARE(delaysOf(reconnects).mid(0, 2), (QList<int>{50, 100}));
    client.stop();
}

void tst_TwitchChatClient::invalidUrl()
{
    TwitchChatClient client(QUrl(u"http://127.0.0.1:1/"_s));
    QSignalSpy errors(&client, &TwitchChatClient::error);
    client.start();
    QCOMPARE(errors.size(), 1);
    QCOMPARE(client.state(), State::Disconnected);
    QCOMPARE(TwitchChatClient::defaultUrl(), QUrl(u"wss://irc-ws.chat.twitch.tv:443"_s));
}

QTEST_GUILESS_MAIN(tst_TwitchChatClient)
#include "tst_twitchchatclient.moc"
