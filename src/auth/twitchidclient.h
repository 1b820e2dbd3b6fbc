#pragma once

#include "auth/oauthprotocol.h"

#include <functional>
#include <optional>

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QUrl>

QT_BEGIN_NAMESPACE
class QNetworkAccessManager;
QT_END_NAMESPACE

namespace chatvox {

// The answer to one call to id.twitch.tv.
struct IdResponse
{
    int httpStatus = 0; // 0: no HTTP answer (see networkError)
    QByteArray body;
    QString networkError; // user-facing detail when there was no answer
    bool hasAnswer() const { return httpStatus != 0; }
    bool isSuccess() const { return httpStatus >= 200 && httpStatus < 300; }
};

// Outcome of a token request (device code poll or refresh).
struct TokenOutcome
{
    std::optional<TokenResponse> tokens; // set on success
    OAuthErrorInfo error; // kind None on success
    bool networkFailure = false; // no answer at all: try again later
    QString message; // user-facing, when not a success
};

// Outcome of GET /oauth2/validate.
struct ValidateOutcome
{
    std::optional<ValidateInfo> info; // set when the token is valid
    bool invalidToken = false; // 401: refresh or log in again
    QString message; // user-facing, when neither (network, bad answer)
};

// Thin client of Twitch's OAuth server (dev.twitch.tv/docs/authentication): the device code
// grant, refresh, validate and revoke of a public client (Client ID, no secret). The base URL
// is injected (https://id.twitch.tv, or a test fake). Tokens go only into request bodies and
// the Authorization header; nothing here logs them.
class TwitchIdClient : public QObject
{
    Q_OBJECT
public:
    static QUrl defaultBaseUrl(); // https://id.twitch.tv

    TwitchIdClient(QNetworkAccessManager *network, const QUrl &baseUrl, const QString &clientId,
                   QObject *parent = nullptr);

    QUrl baseUrl() const { return m_baseUrl; }
    void setBaseUrl(const QUrl &url) { m_baseUrl = url; }
    QString clientId() const { return m_clientId; }
    void setClientId(const QString &clientId) { m_clientId = clientId; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

    // Each calls `done` exactly once, in the event loop, unless `context` is gone by then.
    void requestDeviceCode(const QStringList &scopes, QObject *context,
                           std::function<void(const Result<DeviceCode> &)> done);
    void pollDeviceToken(const QString &deviceCode, const QStringList &scopes, QObject *context,
                         std::function<void(const TokenOutcome &)> done);
    void refresh(const QString &refreshToken, QObject *context,
                 std::function<void(const TokenOutcome &)> done);
    void validate(const QString &accessToken, QObject *context,
                  std::function<void(const ValidateOutcome &)> done);
    // Succeeds (true) also when Twitch says the token is already invalid.
    void revoke(const QString &accessToken, QObject *context,
                std::function<void(bool revoked, const QString &message)> done);

private:
    QUrl endpoint(const QString &path) const;
    void post(const QString &path, const QByteArray &form, QObject *context,
              std::function<void(const IdResponse &)> done);
    void get(const QString &path, const QByteArray &authorization, QObject *context,
             std::function<void(const IdResponse &)> done);
    TokenOutcome tokenOutcome(const IdResponse &response) const;

    QPointer<QNetworkAccessManager> m_network;
    QUrl m_baseUrl;
    QString m_clientId;
    int m_timeoutMs = 15000;
};

} // namespace chatvox
