#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace chatvox {

// The JSON of id.twitch.tv's OAuth endpoints, parsed without I/O
// (dev.twitch.tv/docs/authentication/getting-tokens-oauth/#device-code-grant-flow).

// POST /oauth2/device → 200
struct DeviceCode
{
    QString deviceCode; // secret of this login attempt: never shown, never logged
    QString userCode; // what the user types (or sees prefilled) on the activation page
    QUrl verificationUri; // the activation page, often with the code prefilled
    int expiresInS = 0;
    int intervalS = 5; // seconds between polls
};
Result<DeviceCode> parseDeviceCodeResponse(const QByteArray &body);

// POST /oauth2/token → 200 (device code grant and refresh alike). "scope" is an array in the
// device and code grants and a plain string in some refresh answers: both are accepted.
struct TokenResponse
{
    QString accessToken;
    QString refreshToken;
    int expiresInS = 0;
    QStringList scopes;
};
Result<TokenResponse> parseTokenResponse(const QByteArray &body);

// GET /oauth2/validate → 200
struct ValidateInfo
{
    QString clientId;
    QString login;
    QString userId;
    QStringList scopes;
    qint64 expiresInS = 0; // 0 for tokens that do not expire
};
Result<ValidateInfo> parseValidateResponse(const QByteArray &body);

// What an error answer of /oauth2/token means. Twitch answers {"status":400,"message":"..."};
// the RFC 6749/8628 form {"error":"..."} is understood too.
enum class OAuthError {
    None,
    AuthorizationPending, // the user has not finished on the activation page: poll again
    SlowDown, // polled too fast: add 5 s to the interval (RFC 8628 3.5)
    ExpiredCode, // the device code expired: start over
    AccessDenied, // the user declined
    InvalidRefreshToken, // refresh refused: log in again
    InvalidToken, // 401: the access token is invalid or expired
    InvalidClient, // unknown or unusable Client ID
    Other, // anything else (the message tells)
};
struct OAuthErrorInfo
{
    OAuthError kind = OAuthError::None;
    QString message; // Twitch's own words, e.g. "authorization_pending"
};
OAuthErrorInfo classifyOAuthError(int httpStatus, const QByteArray &body);

} // namespace chatvox
