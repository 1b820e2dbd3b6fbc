#include "auth/tokenmanager.h"
#include "auth/tokenstore.h"
#include "auth/twitchidclient.h"
#include "faketwitchid.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace chatvox;
using chatvox::test::FakeTwitchId;
using State = TokenManager::State;

namespace {

// A memory store that remembers every write, to check the order of store and use.
class RecordingStore : public MemoryTokenStore
{
public:
    void write(const TokenSet &tokens, QObject *context, Callback done) override
    {
        writes << tokens;
        latest = tokens;
        MemoryTokenStore::write(tokens, context, std::move(done));
    }
    void remove(const QString &userId, QObject *context, Callback done) override
    {
        ++removes;
        latest = {};
        MemoryTokenStore::remove(userId, context, std::move(done));
    }
    QList<TokenSet> writes;
    TokenSet latest;
    int removes = 0;
};

struct Rig
{
    Rig()
        : client(&network, QUrl(), u"fake-client-id"_s)
        , manager(&client, &store)
    {
        fake.listen();
        client.setBaseUrl(fake.url());
    }
    // A login as the device flow would have produced it.
    TokenSet issue()
    {
        const auto [access, refresh] = fake.issueTokens();
        return TokenSet{fake.userId(),
                        fake.login(),
                        access,
                        refresh,
                        QDateTime::currentMSecsSinceEpoch() + 14124 * 1000LL,
                        {u"chat:read"_s}};
    }
    bool loggedIn()
    {
        return manager.state() == State::LoggedIn
            || QTest::qWaitFor([this] { return manager.state() == State::LoggedIn; }, 5000);
    }
    FakeTwitchId fake;
    QNetworkAccessManager network;
    RecordingStore store;
    TwitchIdClient client;
    TokenManager manager;
};

} // namespace

class tst_TokenManager : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void adoptStoresFirstAndValidates()
    {
        Rig rig;
        const TokenSet login = rig.issue();
        rig.manager.adopt(login);
        QVERIFY(rig.loggedIn());
        QCOMPARE(rig.store.writes.first(), login);
        QTRY_COMPARE(rig.fake.validateCount(), 1);
        // Validation brought the scopes Twitch reports.
        QTRY_VERIFY(rig.manager.tokens().scopes.contains(u"channel:read:redemptions"_s));
        QCOMPARE(rig.manager.accessToken(), login.accessToken);
    }

    void restoreFromStoreValidatesAtStart()
    {
        Rig rig;
        const TokenSet login = rig.issue();
        bool stored = false;
        rig.store.write(login, &rig.manager, [&](const TokenStoreResult &) { stored = true; });
        QTRY_VERIFY(stored);
        rig.manager.restore(login.userId);
        QCOMPARE(rig.manager.state(), State::Restoring);
        QVERIFY(rig.loggedIn());
        QCOMPARE(rig.fake.validateCount(), 1);
        QCOMPARE(rig.manager.tokens().login, u"twitchdev"_s);
        QCOMPARE(rig.fake.refreshAttempts(), 0);
    }

    void restoreOfUnknownUserIsLoggedOutQuietly()
    {
        Rig rig;
        QSignalSpy out(&rig.manager, &TokenManager::loggedOut);
        rig.manager.restore(u"424242"_s);
        QVERIFY(out.wait(2000));
        QCOMPARE(rig.manager.state(), State::LoggedOut);
        QVERIFY(out.at(0).at(0).toString().isEmpty());
    }

    void restoreOfExpiredTokenRefreshes()
    {
        Rig rig;
        const TokenSet login = rig.issue();
        bool stored = false;
        rig.store.write(login, &rig.manager, [&](const TokenStoreResult &) { stored = true; });
        QTRY_VERIFY(stored);
        rig.fake.invalidateAccessTokens(); // it expired while ChatVox was closed
        rig.manager.restore(login.userId);
        QVERIFY(rig.loggedIn());
        QTRY_COMPARE(rig.fake.refreshCount(), 1);
        QTRY_COMPARE(rig.manager.accessToken(), rig.fake.currentAccessToken());
        QVERIFY(rig.manager.accessToken() != login.accessToken);
    }

    void refreshesShortlyBeforeExpiry()
    {
        Rig rig;
        rig.fake.setTokenLifetime(3);
        TokenManager::Timings timings;
        timings.refreshMarginMs = 2500; // refresh 2.5 s before the 3 s run out
        rig.manager.setTimings(timings);
        TokenSet login = rig.issue();
        login.expiresAtMs = QDateTime::currentMSecsSinceEpoch() + 3000;
        // Stored before used: at every announcement the store already holds the token.
        int announced = 0;
        connect(&rig.manager, &TokenManager::tokensChanged, this, [&] {
            ++announced;
            QCOMPARE(rig.store.latest.accessToken, rig.manager.accessToken());
            QCOMPARE(rig.store.latest.refreshToken, rig.manager.tokens().refreshToken);
        });
        rig.manager.adopt(login);
        QVERIFY(rig.loggedIn());
        QTRY_VERIFY_WITH_TIMEOUT(rig.fake.refreshCount() >= 1, 3000);
        QTRY_COMPARE(rig.manager.accessToken(), rig.fake.currentAccessToken());
        QVERIFY(rig.manager.accessToken() != login.accessToken);
        QVERIFY(announced >= 2);
        // The request used the refresh token exactly (its '/', '+', '%', '=' survived).
        const auto refreshes = rig.fake.requests(u"/oauth2/token"_s);
        QCOMPARE(refreshes.first().form.value(u"refresh_token"_s), login.refreshToken);
        QCOMPARE(refreshes.first().form.value(u"grant_type"_s), u"refresh_token"_s);
        QVERIFY(!refreshes.first().form.contains(u"client_secret"_s));
    }

    void refreshOn401()
    {
        Rig rig;
        const TokenSet login = rig.issue();
        rig.manager.adopt(login);
        QVERIFY(rig.loggedIn());
        rig.manager.reportUnauthorized(login.accessToken);
        QTRY_COMPARE(rig.fake.refreshCount(), 1);
        QTRY_COMPARE(rig.manager.accessToken(), rig.fake.currentAccessToken());
        QVERIFY(rig.fake.isValidAccessToken(rig.manager.accessToken()));
        QCOMPARE(rig.manager.refreshCount(), 1);
    }

    void concurrent401sCauseOneRefresh()
    {
        Rig rig;
        rig.fake.setRefreshDelayMs(200);
        const TokenSet login = rig.issue();
        rig.manager.adopt(login);
        QVERIFY(rig.loggedIn());
        // Chat and Helix both hit 401 with the same token at about the same time...
        rig.manager.reportUnauthorized(login.accessToken);
        QVERIFY(rig.manager.isRefreshing());
        rig.manager.reportUnauthorized(login.accessToken);
        QTRY_VERIFY(!rig.manager.isRefreshing());
        // ...and one more arrives late, still with the old token.
        rig.manager.reportUnauthorized(login.accessToken);
        QTest::qWait(300);
        QCOMPARE(rig.fake.refreshAttempts(), 1);
        QCOMPARE(rig.manager.accessToken(), rig.fake.currentAccessToken());
    }

    void invalidRefreshLogsOutWithoutStorm()
    {
        Rig rig;
        const TokenSet login = rig.issue();
        rig.manager.adopt(login);
        QVERIFY(rig.loggedIn());
        rig.fake.invalidateRefreshTokens();
        QSignalSpy out(&rig.manager, &TokenManager::loggedOut);
        rig.manager.reportUnauthorized(login.accessToken);
        QVERIFY(out.wait(5000));
        QCOMPARE(rig.manager.state(), State::LoggedOut);
        QVERIFY(out.at(0).at(0).toString().contains(u"log in again"_s));
        QVERIFY(rig.manager.accessToken().isEmpty());
        QTRY_COMPARE(rig.store.removes, 1); // the next start does not try it again
        // Nothing more: further 401 reports and timers do not reach Twitch.
        const int requests = int(rig.fake.requests().size());
        rig.manager.reportUnauthorized(login.accessToken);
        rig.manager.refresh();
        QTest::qWait(200);
        QCOMPARE(int(rig.fake.requests().size()), requests);
        QCOMPARE(rig.fake.refreshAttempts(), 1);
    }

    void validatesPeriodically()
    {
        Rig rig;
        TokenManager::Timings timings;
        timings.validateIntervalMs = 100; // "hourly", scaled down
        rig.manager.setTimings(timings);
        rig.manager.adopt(rig.issue());
        QVERIFY(rig.loggedIn());
        QTRY_VERIFY_WITH_TIMEOUT(rig.fake.validateCount() >= 4, 3000);
        // A token revoked elsewhere is noticed by the next validation and refreshed.
        rig.fake.invalidateAccessTokens();
        QTRY_VERIFY_WITH_TIMEOUT(rig.fake.refreshCount() == 1, 3000);
        QTRY_VERIFY(rig.fake.isValidAccessToken(rig.manager.accessToken()));
    }

    void networkFailureKeepsLoginAndRetries()
    {
        Rig rig;
        TokenManager::Timings timings;
        timings.retryMinMs = 50;
        rig.manager.setTimings(timings);
        const TokenSet login = rig.issue();
        rig.manager.adopt(login);
        QVERIFY(rig.loggedIn());
        rig.client.setBaseUrl(QUrl(u"http://127.0.0.1:1"_s)); // Twitch unreachable
        QSignalSpy failed(&rig.manager, &TokenManager::refreshFailed);
        rig.manager.refresh();
        QVERIFY(failed.wait(10000));
        QCOMPARE(rig.manager.state(), State::LoggedIn);
        QCOMPARE(rig.manager.accessToken(), login.accessToken);
        rig.client.setBaseUrl(rig.fake.url()); // back online: the retry goes through
        QTRY_VERIFY_WITH_TIMEOUT(rig.fake.refreshCount() == 1, 5000);
        QTRY_COMPARE(rig.manager.accessToken(), rig.fake.currentAccessToken());
    }

    void logoutRevokesAndForgets()
    {
        Rig rig;
        const TokenSet login = rig.issue();
        rig.manager.adopt(login);
        QVERIFY(rig.loggedIn());
        QSignalSpy done(&rig.manager, &TokenManager::logoutFinished);
        rig.manager.logout();
        QCOMPARE(rig.manager.state(), State::LoggedOut);
        QVERIFY(done.wait(5000));
        QVERIFY(done.at(0).at(0).toBool()); // revoked
        QCOMPARE(rig.fake.revokeCount(), 1);
        QVERIFY(!rig.fake.isValidAccessToken(login.accessToken));
        QCOMPARE(rig.store.removes, 1);
        bool found = true;
        rig.store.read(login.userId, this, [&](const TokenStoreResult &r) {
            found = r.status != TokenStoreResult::Status::NotFound;
        });
        QTRY_VERIFY(!found);
    }
};

QTEST_GUILESS_MAIN(tst_TokenManager)
#include "tst_tokenmanager.moc"
