#pragma once

#include <memory>

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

QT_BEGIN_NAMESPACE
class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;
QT_END_NAMESPACE

namespace chatvox::test {

// An in-process id.twitch.tv (QHttpServer on 127.0.0.1, random port) speaking Twitch's OAuth
// endpoints of a public client with the answers of tests/data/twitch/oauth
// (dev.twitch.tv/docs/authentication):
//   POST /oauth2/device    client_id, scopes                 → device_code_response.json
//   POST /oauth2/token     grant_type=…device_code           → 400 authorization_pending (N
//                          times), slow_down, expired, denied, or a token pair
//                          grant_type=refresh_token          → new pair (the old refresh token is
//                          used up: single-use), or 400 "Invalid refresh token"
//   GET  /oauth2/validate  Authorization: OAuth <token>      → validate_response.json or 401
//   POST /oauth2/revoke    client_id, token                  → 200 (the token stops working)
// Tokens look like Twitch's (30 characters); refresh tokens contain '/', '+', '%' and '=' so that
// form encoding bugs show.
class FakeTwitchId : public QObject
{
    Q_OBJECT
public:
    enum class DeviceOutcome { Approve, Deny, Expire };

    struct Request
    {
        QString method;
        QString path;
        QHash<QString, QString> form; // decoded body fields
        QByteArray authorization;
        qint64 atMs = 0; // QDateTime::currentMSecsSinceEpoch()
    };

    explicit FakeTwitchId(QObject *parent = nullptr);
    ~FakeTwitchId() override;

    bool listen(quint16 port = 0);
    QUrl url() const; // http://127.0.0.1:<port>
    quint16 port() const { return m_port; }

    // ---- behaviour ----
    void setClientId(const QString &clientId) { m_clientId = clientId; } // "fake-client-id"
    void setUser(const QString &userId, const QString &login);
    void setPendingPolls(int polls) { m_pendingPolls = polls; } // default 1
    void setSlowDownPolls(int polls) { m_slowDownPolls = polls; } // answered before pending
    void setDeviceOutcome(DeviceOutcome outcome) { m_outcome = outcome; }
    void setDeviceExpiresIn(int seconds) { m_deviceExpiresIn = seconds; }
    void setDeviceInterval(int seconds) { m_deviceInterval = seconds; }
    void setTokenLifetime(int seconds) { m_tokenLifetime = seconds; } // expires_in
    void setRefreshDelayMs(int ms) { m_refreshDelayMs = ms; }
    // Every access token issued so far is rejected from now on (expiry before its time).
    void invalidateAccessTokens();
    // Every refresh token issued so far is rejected from now on.
    void invalidateRefreshTokens();
    // Issues a valid pair without the device flow (tests that start logged in).
    QPair<QString, QString> issueTokens();

    // ---- observation ----
    bool isValidAccessToken(const QString &token) const { return m_validAccess.contains(token); }
    QString currentAccessToken() const { return m_lastAccess; }
    QString currentRefreshToken() const { return m_lastRefresh; }
    QStringList issuedAccessTokens() const { return m_issuedAccess; }
    QStringList issuedRefreshTokens() const { return m_issuedRefresh; }
    QList<Request> requests() const { return m_requests; }
    QList<Request> requests(const QString &path) const;
    int pollCount() const { return m_polls; }
    int refreshCount() const { return m_refreshes; } // successful refreshes
    int refreshAttempts() const { return m_refreshAttempts; }
    int validateCount() const { return m_validates; }
    int revokeCount() const { return m_revokes; }
    QString userId() const { return m_userId; }
    QString login() const { return m_login; }
    static QByteArray fixture(const QString &name); // tests/data/twitch/oauth/<name>

Q_SIGNALS:
    void requestReceived(const QString &path);
    void tokenIssued(const QString &accessToken);
    void refreshed(const QString &accessToken);
    void revoked(const QString &token);

private:
    struct Answer
    {
        int status = 200;
        QByteArray body;
    };
    void handle(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    Answer answer(const Request &request);
    Answer deviceToken(const Request &request);
    Answer refresh(const Request &request);
    QJsonObject newTokenPair();
    static Answer error(int status, const QString &message);

    std::unique_ptr<QHttpServer> m_server;
    quint16 m_port = 0;
    QString m_clientId = QStringLiteral("fake-client-id");
    QString m_userId;
    QString m_login;
    QString m_deviceCode;
    int m_pendingPolls = 1;
    int m_slowDownPolls = 0;
    DeviceOutcome m_outcome = DeviceOutcome::Approve;
    int m_deviceExpiresIn = 1800;
    int m_deviceInterval = 5;
    int m_tokenLifetime = 14124;
    int m_refreshDelayMs = 0;
    bool m_deviceUsed = false;
    int m_polls = 0;
    int m_refreshes = 0;
    int m_refreshAttempts = 0;
    int m_validates = 0;
    int m_revokes = 0;
    QHash<QString, qint64> m_validAccess; // token → expiry (ms since epoch)
    QHash<QString, QString> m_validRefresh; // refresh token → its access token
    QString m_lastAccess;
    QString m_lastRefresh;
    QStringList m_issuedAccess;
    QStringList m_issuedRefresh;
    QList<Request> m_requests;
};

} // namespace chatvox::test
