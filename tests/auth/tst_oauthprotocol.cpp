#include "auth/oauthprotocol.h"
#include "auth/tokenset.h"

#include <QFile>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace chatvox;

namespace {

QByteArray fixture(const QString &name)
{
    QFile f(QStringLiteral(CHATVOX_TEST_DATA_DIR) + u"/twitch/oauth/"_s + name);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class tst_OAuthProtocol : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void deviceCode()
    {
        const Result<DeviceCode> code
            = parseDeviceCodeResponse(fixture(u"device_code_response.json"_s));
        QVERIFY2(code, qPrintable(code.error()));
        QCOMPARE(code->deviceCode, u"ike3GM8QIdYZs43KdrWPIO36LofILoCyFEzjlQ91"_s);
        QCOMPARE(code->userCode, u"ABCDEFGH"_s);
        QCOMPARE(code->verificationUri,
                 QUrl(u"https://www.twitch.tv/activate?public=true&device-code=ABCDEFGH"_s));
        QCOMPARE(code->expiresInS, 1800);
        QCOMPARE(code->intervalS, 5);
        QVERIFY(!parseDeviceCodeResponse("{}"));
        QVERIFY(!parseDeviceCodeResponse("not json"));
        const QByteArray script
            = R"x({"device_code":"x","user_code":"y","verification_uri":"javascript:alert(1)"})x";
        QVERIFY(!parseDeviceCodeResponse(script));
    }

    void tokenResponses()
    {
        // The code grant's answer: scope is an array.
        const Result<TokenResponse> a
            = parseTokenResponse(fixture(u"token_response_authorization_code.json"_s));
        QVERIFY(a);
        QCOMPARE(a->accessToken, u"rfx2uswqe8l4g1mkagrvg5tv0ks3"_s);
        QCOMPARE(a->refreshToken, u"5b93chm6hdve3mycz05zfzatkfdenfspp1h1ar2xxdalen01"_s);
        QCOMPARE(a->expiresInS, 14124);
        QCOMPARE(a->scopes, (QStringList{u"channel:moderate"_s, u"chat:edit"_s, u"chat:read"_s}));
        // The refresh answer: scope is a plain string there.
        const Result<TokenResponse> r
            = parseTokenResponse(fixture(u"refresh_token_response.json"_s));
        QVERIFY(r);
        QCOMPARE(r->refreshToken, u"eyJfaWQmNzMtNGCJ9%6VFV5LNrZFUj8oU231/3Aj"_s);
        QCOMPARE(r->scopes, QStringList{u"channel:read:subscriptions"_s});
        QVERIFY(!parseTokenResponse(R"({"refresh_token":"x"})"));
    }

    void validate()
    {
        const Result<ValidateInfo> v = parseValidateResponse(fixture(u"validate_response.json"_s));
        QVERIFY(v);
        QCOMPARE(v->login, u"twitchdev"_s);
        QCOMPARE(v->userId, u"141981764"_s);
        QCOMPARE(v->clientId, u"wbmytr93xzw8zbg0p1izqyzzc5mbiz"_s);
        QCOMPARE(v->expiresInS, 5520838);
        QVERIFY(!parseValidateResponse(fixture(u"validate_401.json"_s)));
    }

    void errors_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<OAuthError>("kind");
        QTest::newRow("pending fixture") << 400 << fixture(u"device_token_pending_400.json"_s)
                                         << OAuthError::AuthorizationPending;
        QTest::newRow("invalid refresh fixture")
            << 400 << fixture(u"refresh_invalid_400.json"_s) << OAuthError::InvalidRefreshToken;
        QTest::newRow("validate 401 fixture")
            << 401 << fixture(u"validate_401.json"_s) << OAuthError::InvalidToken;
        QTest::newRow("slow_down")
            << 400 << QByteArray(R"({"status":400,"message":"slow_down"})") << OAuthError::SlowDown;
        QTest::newRow("expired (twitch)")
            << 400 << QByteArray(R"({"status":400,"message":"invalid device code"})")
            << OAuthError::ExpiredCode;
        QTest::newRow("expired (rfc)")
            << 400 << QByteArray(R"({"error":"expired_token"})") << OAuthError::ExpiredCode;
        QTest::newRow("denied") << 400 << QByteArray(R"({"status":400,"message":"access_denied"})")
                                << OAuthError::AccessDenied;
        QTest::newRow("client") << 400 << QByteArray(R"({"status":400,"message":"invalid client"})")
                                << OAuthError::InvalidClient;
        QTest::newRow("html") << 502 << QByteArray("<html>Bad gateway</html>") << OAuthError::Other;
    }
    void errors()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(OAuthError, kind);
        QCOMPARE(classifyOAuthError(status, body).kind, kind);
        QCOMPARE(classifyOAuthError(200, body).kind, OAuthError::None);
    }

    void tokenSetRoundTripAndRedaction()
    {
        TokenSet t{u"141981764"_s,   u"twitchdev"_s, u"access123456"_s,
                   u"ref/+%=resh"_s, 1700000000123,  {u"chat:read"_s, u"chat:edit"_s}};
        const Result<TokenSet> back = parseTokenSet(serializeTokenSet(t));
        QVERIFY(back);
        QCOMPARE(back.value(), t);
        QVERIFY(!parseTokenSet("{}"));
        QVERIFY(!parseTokenSet("garbage"));
        const QString redacted = redactedToken(t.accessToken);
        QVERIFY(!redacted.contains(u"acc"_s));
        QVERIFY(redacted.contains(u"12"_s)); // the length only
    }
};

QTEST_GUILESS_MAIN(tst_OAuthProtocol)
#include "tst_oauthprotocol.moc"
