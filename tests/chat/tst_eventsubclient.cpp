#include "chat/eventsubclient.h"
#include "chat/eventsubprotocol.h"
#include "fakeeventsub.h"
#include "fakehelix.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace chatvox;
using chatvox::test::FakeEventSub;
using chatvox::test::FakeHelix;
using State = EventSubClient::State;

namespace {

const QString kToken = u"eventsubtoken0123456789abcdefg"_s;

QStringList logs;
QtMessageHandler previousHandler = nullptr;
void captureLog(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    logs << message;
    if (previousHandler)
        previousHandler(type, context, message);
}

// A client on a fresh FakeEventSub + FakeHelix pair that knows each other's sessions.
struct Rig
{
    Rig()
        : client(&network)
    {
        helix.listen();
        helix.setSessionCheck([this](const QString &id) { return server.hasSession(id); });
        QObject::connect(&helix, &FakeHelix::subscriptionCreated, &server,
                         [this](const FakeHelix::Subscription &s) {
                             server.addSubscription(s.sessionId, s.type, s.id);
                         });
        client.setUrl(server.url());
        client.setHelixUrl(helix.url());
        EventSubTimings timings;
        timings.keepaliveGraceMs = 300;
        timings.subscribeRetryMs = 100;
        timings.backoff = BackoffPolicy{50, 400, 0.0};
        client.setTimings(timings);
        client.setCredentials(u"fake-client-id"_s, kToken, u"1337"_s);
    }
    bool listening()
    {
        return client.state() == State::Listening
            || QTest::qWaitFor([this] { return client.state() == State::Listening; }, 5000);
    }
    QStringList redemptionIds(const QSignalSpy &spy) const
    {
        QStringList ids;
        for (const auto &args : spy)
            ids << args.at(0).value<Redemption>().id;
        return ids;
    }
    FakeEventSub server;
    FakeHelix helix;
    QNetworkAccessManager network;
    EventSubClient client;
};

} // namespace

class tst_EventSubClient : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(u"chatvox.*.debug=true"_s);
        previousHandler = qInstallMessageHandler(captureLog);
    }

    void parsesTheFixtureEvent()
    {
        const QJsonObject payload = FakeEventSub::fixture(
            u"notification_channel_points_custom_reward_redemption_add.payload.json"_s);
        const auto r = parseRedemptionEvent(payload.value(u"event"_s).toObject());
        QVERIFY(r);
        QCOMPARE(r->id, u"1234"_s);
        QCOMPARE(r->broadcasterUserId, u"1337"_s);
        QCOMPARE(r->userLogin, u"cooler_user"_s);
        QCOMPARE(r->userName, u"Cooler_User"_s);
        QCOMPARE(r->userInput, u"pogchamp"_s);
        QCOMPARE(r->rewardId, u"9001"_s);
        QCOMPARE(r->rewardTitle, u"title"_s);
        QCOMPARE(r->rewardCost, 100);
        QCOMPARE(r->status, u"unfulfilled"_s);
        QCOMPARE(r->redeemedAtMs, 1594833363171); // 2020-07-15T17:16:03.171Z
        QVERIFY(!parseRedemptionEvent(QJsonObject{{u"id"_s, u"x"_s}}));
        const auto welcome = parseEventSubMessage(
            QJsonDocument(FakeEventSub::fixture(u"session_welcome.json"_s)).toJson());
        QVERIFY(welcome);
        QCOMPARE(welcome->type, EventSubMessage::Type::Welcome);
        QCOMPARE(welcome->sessionId(), u"AQoQILE98gtqShGmLD7AM6yJThAB"_s);
        QCOMPARE(welcome->keepaliveTimeoutSeconds(), 10);
        QVERIFY(!parseEventSubMessage("{oops"));
    }

    // Found while writing fuzz_eventsub: a welcome claiming a keepalive of 2147484 s or more
    // overflowed int (seconds * 1000), and the keepalive timer got a negative wait.
    void keepaliveWaitIsBounded_data()
    {
        QTest::addColumn<QByteArray>("keepalive");
        QTest::addColumn<int>("waitMs"); // -1: none (the previous wait stays)
        QTest::newRow("10 s") << QByteArray("10") << 13000;
        QTest::newRow("600 s, Twitch's maximum") << QByteArray("600") << 603000;
        QTest::newRow("601 s") << QByteArray("601") << 603000;
        QTest::newRow("INT_MAX s") << QByteArray("2147483647") << 603000;
        QTest::newRow("2^53 s") << QByteArray("9007199254740992") << -1;
        QTest::newRow("null (reconnect)") << QByteArray("null") << -1;
        QTest::newRow("zero") << QByteArray("0") << -1;
        QTest::newRow("negative") << QByteArray("-5") << -1;
        QTest::newRow("text") << QByteArray("\"10\"") << -1;
    }
    void keepaliveWaitIsBounded()
    {
        QFETCH(QByteArray, keepalive);
        QFETCH(int, waitMs);
        const auto welcome = parseEventSubMessage(
            R"({"metadata": {"message_id": "m1", "message_type": "session_welcome"},
                "payload": {"session": {"id": "s1", "keepalive_timeout_seconds": )"
            + keepalive + "}}}");
        QVERIFY2(welcome, qPrintable(welcome.error()));
        const std::optional<int> wait = keepaliveWaitMs(welcome.value(), 3000);
        QCOMPARE(wait.value_or(-1), waitMs);
    }

    void welcomeSubscribesAndRedemptionsArrive()
    {
        Rig rig;
        QSignalSpy welcomed(&rig.server, &FakeEventSub::welcomed);
        QSignalSpy created(&rig.helix, &FakeHelix::subscriptionCreated);
        QSignalSpy redemptions(&rig.client, &EventSubClient::redemption);
        QElapsedTimer sinceWelcome;
        connect(&rig.server, &FakeEventSub::welcomed, this, [&] { sinceWelcome.start(); });
        rig.client.start();
        QVERIFY(rig.listening());
        QCOMPARE(created.size(), 1);
        QVERIFY(sinceWelcome.elapsed() < 10000); // Twitch's limit for an unused session
        const FakeHelix::Subscription s = rig.helix.subscriptions().at(0);
        QCOMPARE(s.type, u"channel.channel_points_custom_reward_redemption.add"_s);
        QCOMPARE(s.version, u"1"_s);
        QCOMPARE(s.broadcasterUserId, u"1337"_s);
        QCOMPARE(s.sessionId, rig.server.sessionId(0));
        QCOMPARE(s.sessionId, rig.client.sessionId());
        QCOMPARE(s.clientId, u"fake-client-id"_s);
        QCOMPARE(s.authorization, "Bearer " + kToken.toUtf8());

        rig.server.sendRedemption({{u"id"_s, u"r-1"_s}, {u"user_input"_s, u"こんにちは"_s}});
        QVERIFY(redemptions.wait(5000));
        const Redemption r = redemptions.at(0).at(0).value<Redemption>();
        QCOMPARE(r.id, u"r-1"_s);
        QCOMPARE(r.userInput, u"こんにちは"_s);
        QCOMPARE(r.rewardTitle, u"title"_s);
        QVERIFY(r.receivedNs > 0);
        // A client never writes to EventSub (Twitch closes with 4001).
        QVERIFY(rig.server.framesFrom(0).isEmpty());
    }

    void duplicateMessagesAreDropped()
    {
        Rig rig;
        QSignalSpy redemptions(&rig.client, &EventSubClient::redemption);
        rig.client.start();
        QVERIFY(rig.listening());
        const QString id = rig.server.sendRedemption({{u"id"_s, u"r-dup"_s}});
        rig.server.resend(id, 0);
        rig.server.sendRedemption({{u"id"_s, u"r-next"_s}});
        QTRY_COMPARE(redemptions.size(), 2);
        QCOMPARE(rig.redemptionIds(redemptions), (QStringList{u"r-dup"_s, u"r-next"_s}));
        QCOMPARE(rig.client.duplicatesDropped(), 1);
    }

    void keepaliveLossReconnects()
    {
        Rig rig;
        rig.server.setKeepaliveTimeoutSeconds(1);
        rig.server.setKeepaliveIntervalMs(200);
        QSignalSpy redemptions(&rig.client, &EventSubClient::redemption);
        rig.client.start();
        QVERIFY(rig.listening());
        // Keepalives hold the link: no reconnect while they come.
        QTest::qWait(1800);
        QCOMPARE(rig.server.connectionCount(), 1);
        QCOMPARE(rig.client.state(), State::Listening);
        // Then the link goes silent (half-open): a new session with a new subscription.
        rig.server.goSilent(0);
        QSignalSpy reconnect(&rig.client, &EventSubClient::reconnectScheduled);
        QVERIFY(reconnect.wait(5000));
        QTRY_COMPARE(rig.server.connectionCount(), 2);
        QVERIFY(rig.listening());
        QCOMPARE(rig.helix.subscriptions().size(), 2);
        QCOMPARE(rig.helix.subscriptions().at(1).sessionId, rig.server.sessionId(1));
        rig.server.sendRedemption({{u"id"_s, u"after"_s}}, 1);
        QVERIFY(redemptions.wait(5000));
        QCOMPARE(rig.redemptionIds(redemptions), QStringList{u"after"_s});
    }

    void sessionReconnectLosesNothingAndDuplicatesNothing()
    {
        Rig rig;
        QSignalSpy redemptions(&rig.client, &EventSubClient::redemption);
        QSignalSpy welcomed(&rig.server, &FakeEventSub::welcomed);
        rig.client.start();
        QVERIFY(rig.listening());
        rig.server.sendRedemption({{u"id"_s, u"A"_s}}, 0);
        rig.server.sendReconnect(0);
        // Still in flight on the old connection while the client moves.
        const QString b = rig.server.sendRedemption({{u"id"_s, u"B"_s}}, 0);
        QTRY_COMPARE(welcomed.size(), 2);
        QVERIFY(rig.server.requestPath(1).contains(u"reconnect="_s));
        QCOMPARE(rig.server.sessionId(1), rig.server.sessionId(0)); // same session
        // Twitch may deliver B again on the new connection; then new events come there.
        rig.server.resend(b, 1);
        rig.server.sendRedemption({{u"id"_s, u"C"_s}});
        QTRY_COMPARE(redemptions.size(), 3);
        QTest::qWait(100);
        QCOMPARE(rig.redemptionIds(redemptions), (QStringList{u"A"_s, u"B"_s, u"C"_s}));
        QCOMPARE(rig.helix.subscriptions().size(), 1); // the subscription moved along
        QTRY_VERIFY(!rig.server.isOpen(0)); // the old socket is gone
        QVERIFY(rig.server.isOpen(1));
        QCOMPARE(rig.client.state(), State::Listening);
    }

    void revocationIsReportedWithoutReconnectStorm()
    {
        Rig rig;
        QSignalSpy revoked(&rig.client, &EventSubClient::subscriptionRevoked);
        rig.client.start();
        QVERIFY(rig.listening());
        rig.server.sendRevocation(0);
        QVERIFY(revoked.wait(5000));
        QCOMPARE(revoked.at(0).at(0).toString(), u"authorization_revoked"_s);
        QVERIFY(revoked.at(0).at(1).toString().contains(u"revoked"_s));
        QCOMPARE(rig.client.state(), State::Failed);
        QTest::qWait(300);
        QCOMPARE(rig.server.connectionCount(), 1);
        QCOMPARE(rig.helix.requestCount(), 1);
        // A new login (new token) starts over.
        rig.client.setCredentials(u"fake-client-id"_s, u"newtoken"_s, u"1337"_s);
        QVERIFY(rig.listening());
        QCOMPARE(rig.server.connectionCount(), 2);
    }

    void helix401AsksForAFreshToken()
    {
        Rig rig;
        rig.helix.setTokenCheck([](const QString &t) { return t == u"fresh-token"; });
        QSignalSpy unauthorized(&rig.client, &EventSubClient::unauthorized);
        rig.client.start();
        QVERIFY(unauthorized.wait(5000));
        QCOMPARE(unauthorized.at(0).at(0).toString(), kToken);
        QCOMPARE(rig.client.state(), State::Subscribing);
        rig.client.setCredentials(u"fake-client-id"_s, u"fresh-token"_s, u"1337"_s);
        QVERIFY(rig.listening());
        QCOMPARE(rig.helix.answeredStatuses(), (QList<int>{401, 202}));
        QCOMPARE(rig.server.connectionCount(), 1); // within the same session
    }

    void repeated401GivesUp()
    {
        Rig rig;
        rig.helix.setTokenCheck([](const QString &) { return false; });
        QSignalSpy unauthorized(&rig.client, &EventSubClient::unauthorized);
        connect(&rig.client, &EventSubClient::unauthorized, this, [&](const QString &) {
            // The account "refreshes" every time, but Twitch keeps refusing.
            rig.client.setCredentials(u"fake-client-id"_s, u"token-%1"_s.arg(unauthorized.size()),
                                      u"1337"_s);
        });
        rig.client.start();
        QTRY_COMPARE(rig.client.state(), State::Failed);
        QVERIFY(rig.helix.requestCount() <= 3);
        QVERIFY(rig.client.lastError().contains(u"Log in again"_s));
    }

    void unusedSessionClosedByTwitchIsRetried()
    {
        Rig rig;
        rig.server.setSubscribeDeadlineMs(300);
        rig.client.setCredentials(u"fake-client-id"_s, QString(), u"1337"_s); // no token yet
        rig.client.start();
        QTRY_VERIFY(rig.server.connectionCount() >= 2); // 4003 "connection unused", reconnect
        rig.client.setCredentials(u"fake-client-id"_s, kToken, u"1337"_s);
        QVERIFY(rig.listening());
    }

    void garbageIsIgnored()
    {
        Rig rig;
        QSignalSpy redemptions(&rig.client, &EventSubClient::redemption);
        rig.client.start();
        QVERIFY(rig.listening());
        rig.server.sendRaw("not json at all", 0);
        rig.server.sendRaw(R"({"metadata":{}})", 0);
        rig.server.sendRaw(
            R"({"metadata":{"message_id":"x1","message_type":"notification","subscription_type":"channel.channel_points_custom_reward_redemption.add"},"payload":{"event":{}}})",
            0);
        rig.server.sendRedemption({{u"id"_s, u"ok"_s}}, 0);
        QVERIFY(redemptions.wait(5000));
        QCOMPARE(rig.redemptionIds(redemptions), QStringList{u"ok"_s});
        QCOMPARE(rig.client.state(), State::Listening);
    }

    void tokenNeverLogged()
    {
        for (const QString &line : std::as_const(logs))
            QVERIFY2(!line.contains(kToken), qPrintable(line));
        QVERIFY(logs.size() > 20); // debug logging was on and captured
    }
};

QTEST_GUILESS_MAIN(tst_EventSubClient)
#include "tst_eventsubclient.moc"
