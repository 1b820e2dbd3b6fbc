#include "auth/devicecodelogin.h"
#include "auth/twitchidclient.h"
#include "faketwitchid.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace chatvox;
using chatvox::test::FakeTwitchId;
using State = DeviceCodeLogin::State;

namespace {

// Everything of one login against a fresh fake, with the protocol's waits 20× shorter.
struct Rig
{
    Rig()
        : client(&network, QUrl(), u"fake-client-id"_s)
        , login(&client)
    {
        fake.listen();
        client.setBaseUrl(fake.url());
        fake.setDeviceInterval(1); // 1 s → 50 ms
        login.setTimeScale(0.05);
    }
    FakeTwitchId fake;
    QNetworkAccessManager network;
    TwitchIdClient client;
    DeviceCodeLogin login;
};

QList<qint64> pollTimes(const FakeTwitchId &fake)
{
    QList<qint64> times;
    for (const auto &r : fake.requests(u"/oauth2/token"_s))
        times << r.atMs;
    return times;
}

} // namespace

class tst_DeviceCodeLogin : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void pendingThenSuccess()
    {
        Rig rig;
        rig.fake.setPendingPolls(3);
        QSignalSpy code(&rig.login, &DeviceCodeLogin::codeReady);
        QSignalSpy done(&rig.login, &DeviceCodeLogin::succeeded);
        rig.login.start();
        QVERIFY(code.wait(5000));
        // What the dialog shows: the fixture's code and activation page.
        const DeviceCode shown = code.at(0).at(0).value<DeviceCode>();
        QCOMPARE(shown.userCode, u"ABCDEFGH"_s);
        QCOMPARE(shown.verificationUri.host(), u"www.twitch.tv"_s);
        QCOMPARE(rig.login.state(), State::WaitingForUser);
        QVERIFY(rig.login.codeExpiresAt() > QDateTime::currentDateTimeUtc().addSecs(1700));
        QVERIFY(done.wait(5000));
        QCOMPARE(rig.login.state(), State::Succeeded);
        QCOMPARE(rig.fake.pollCount(), 4); // three pending, then the token
        const TokenSet tokens = done.at(0).at(0).value<TokenSet>();
        QCOMPARE(tokens.accessToken, rig.fake.currentAccessToken());
        QCOMPARE(tokens.refreshToken, rig.fake.currentRefreshToken());
        QCOMPARE(tokens.userId, u"141981764"_s); // from /oauth2/validate
        QCOMPARE(tokens.login, u"twitchdev"_s);
        QVERIFY(tokens.scopes.contains(u"channel:read:redemptions"_s));
        QVERIFY(tokens.expiresAtMs > QDateTime::currentMSecsSinceEpoch() + 14000 * 1000LL);
        // The requests carried what Twitch wants of a public client.
        const auto device = rig.fake.requests(u"/oauth2/device"_s);
        QCOMPARE(device.size(), 1);
        QCOMPARE(device.at(0).form.value(u"client_id"_s), u"fake-client-id"_s);
        QCOMPARE(device.at(0).form.value(u"scopes"_s),
                 u"chat:read chat:edit channel:read:redemptions"_s);
        const auto polls = rig.fake.requests(u"/oauth2/token"_s);
        QCOMPARE(polls.at(0).form.value(u"grant_type"_s),
                 u"urn:ietf:params:oauth:grant-type:device_code"_s);
        QCOMPARE(polls.at(0).form.value(u"device_code"_s),
                 u"ike3GM8QIdYZs43KdrWPIO36LofILoCyFEzjlQ91"_s);
        QVERIFY(!polls.at(0).form.contains(u"client_secret"_s));
    }

    void slowDownWidensTheInterval()
    {
        Rig rig;
        rig.fake.setPendingPolls(1);
        rig.fake.setSlowDownPolls(1);
        QSignalSpy done(&rig.login, &DeviceCodeLogin::succeeded);
        rig.login.start();
        QVERIFY(done.wait(10000));
        QCOMPARE(rig.login.pollIntervalS(), 1 + 5); // RFC 8628: +5 s
        const QList<qint64> t = pollTimes(rig.fake);
        QCOMPARE(t.size(), 3); // slow_down, pending, token
        // Scaled: 1 s → 50 ms before slow_down, 6 s → 300 ms after it.
        QVERIFY2(t[1] - t[0] >= 250, qPrintable(QString::number(t[1] - t[0])));
        QVERIFY2(t[2] - t[1] >= 250, qPrintable(QString::number(t[2] - t[1])));
    }

    void expiredCodeOffersRetry()
    {
        Rig rig;
        rig.fake.setDeviceOutcome(FakeTwitchId::DeviceOutcome::Expire);
        QSignalSpy failed(&rig.login, &DeviceCodeLogin::failed);
        rig.login.start();
        QVERIFY(failed.wait(5000));
        QCOMPARE(failed.at(0).at(0).value<State>(), State::Expired);
        QVERIFY(failed.at(0).at(1).toString().contains(u"expired"_s));
        QCOMPARE(rig.login.state(), State::Expired);
        // Try again: a new code, and this time the user approves.
        rig.fake.setDeviceOutcome(FakeTwitchId::DeviceOutcome::Approve);
        rig.fake.setPendingPolls(0);
        QSignalSpy done(&rig.login, &DeviceCodeLogin::succeeded);
        rig.login.start();
        QVERIFY(done.wait(5000));
        QCOMPARE(rig.fake.requests(u"/oauth2/device"_s).size(), 2);
    }

    void codeExpiringLocallyStopsPolling()
    {
        Rig rig;
        rig.fake.setPendingPolls(1000);
        rig.fake.setDeviceExpiresIn(1); // 1 s, not scaled: the clock is the wall clock
        QSignalSpy failed(&rig.login, &DeviceCodeLogin::failed);
        rig.login.start();
        QVERIFY(failed.wait(5000));
        QCOMPARE(rig.login.state(), State::Expired);
        const int polls = rig.fake.pollCount();
        QVERIFY(polls >= 2 && polls <= 30); // every 50 ms for 1 s, then no more
    }

    void deniedByTheUser()
    {
        Rig rig;
        rig.fake.setDeviceOutcome(FakeTwitchId::DeviceOutcome::Deny);
        QSignalSpy failed(&rig.login, &DeviceCodeLogin::failed);
        rig.login.start();
        QVERIFY(failed.wait(5000));
        QCOMPARE(rig.login.state(), State::Denied);
        QVERIFY(failed.at(0).at(1).toString().contains(u"declined"_s));
    }

    void cancelStopsPolling()
    {
        Rig rig;
        rig.fake.setPendingPolls(1000);
        QSignalSpy code(&rig.login, &DeviceCodeLogin::codeReady);
        rig.login.start();
        QVERIFY(code.wait(5000));
        QTRY_VERIFY(rig.fake.pollCount() >= 2);
        rig.login.cancel();
        QCOMPARE(rig.login.state(), State::Cancelled);
        const int polls = rig.fake.pollCount();
        QTest::qWait(300); // six intervals: nothing may follow
        QVERIFY(rig.fake.pollCount() <= polls + 1); // at most the one in flight
    }

    void missingOrUnknownClientId()
    {
        Rig rig;
        rig.client.setClientId(QString());
        QSignalSpy failed(&rig.login, &DeviceCodeLogin::failed);
        rig.login.start();
        QCOMPARE(failed.size(), 1);
        QVERIFY(failed.at(0).at(1).toString().contains(u"Client ID"_s));
        QCOMPARE(rig.fake.requests().size(), 0);

        rig.client.setClientId(u"somebody-else"_s);
        rig.login.start();
        QVERIFY(failed.wait(5000));
        QCOMPARE(rig.login.state(), State::Failed);
        QVERIFY(failed.at(1).at(1).toString().contains(u"Client ID"_s));
    }

    void serverDownIsAClearFailure()
    {
        QNetworkAccessManager network;
        TwitchIdClient client(&network, QUrl(u"http://127.0.0.1:1"_s), u"x"_s);
        DeviceCodeLogin login(&client);
        QSignalSpy failed(&login, &DeviceCodeLogin::failed);
        login.start();
        QVERIFY(failed.wait(10000));
        QCOMPARE(login.state(), State::Failed);
        QVERIFY(failed.at(0).at(1).toString().contains(u"cannot be reached"_s));
    }
};

QTEST_GUILESS_MAIN(tst_DeviceCodeLogin)
#include "tst_devicecodelogin.moc"
