#include "auth/oauthprotocol.h"

#include <algorithm>
#include <optional>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace chatvox {

namespace {

std::optional<QJsonObject> object(const QByteArray &body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isObject())
        return std::nullopt;
    return doc.object();
}

QStringList scopesOf(const QJsonValue &value)
{
    QStringList scopes;
    if (value.isArray()) {
        for (const QJsonValue &v : value.toArray()) {
            if (!v.toString().isEmpty())
                scopes << v.toString();
        }
    } else if (value.isString()) {
        scopes = value.toString().split(u' ', Qt::SkipEmptyParts);
    }
    return scopes;
}

} // namespace

Result<DeviceCode> parseDeviceCodeResponse(const QByteArray &body)
{
    const auto o = object(body);
    if (!o)
        return Error{QCoreApplication::translate("chatvox::OAuth",
                                                 "Twitch sent an answer that is not JSON.")};
    DeviceCode code;
    code.deviceCode = o->value(u"device_code"_s).toString();
    code.userCode = o->value(u"user_code"_s).toString();
    code.verificationUri = QUrl(o->value(u"verification_uri"_s).toString());
    code.expiresInS = o->value(u"expires_in"_s).toInt(1800);
    code.intervalS = std::clamp(o->value(u"interval"_s).toInt(5), 1, 60);
    if (code.deviceCode.isEmpty() || code.userCode.isEmpty() || !code.verificationUri.isValid()
        || !(code.verificationUri.scheme() == u"https" || code.verificationUri.scheme() == u"http"))
        return Error{
            QCoreApplication::translate("chatvox::OAuth", "Twitch's answer lacks the login code.")};
    return code;
}

Result<TokenResponse> parseTokenResponse(const QByteArray &body)
{
    const auto o = object(body);
    if (!o)
        return Error{QCoreApplication::translate("chatvox::OAuth",
                                                 "Twitch sent an answer that is not JSON.")};
    TokenResponse t;
    t.accessToken = o->value(u"access_token"_s).toString();
    t.refreshToken = o->value(u"refresh_token"_s).toString();
    t.expiresInS = o->value(u"expires_in"_s).toInt();
    t.scopes = scopesOf(o->value(u"scope"_s));
    if (t.accessToken.isEmpty())
        return Error{QCoreApplication::translate("chatvox::OAuth",
                                                 "Twitch's answer lacks the access token.")};
    return t;
}

Result<ValidateInfo> parseValidateResponse(const QByteArray &body)
{
    const auto o = object(body);
    if (!o)
        return Error{QCoreApplication::translate("chatvox::OAuth",
                                                 "Twitch sent an answer that is not JSON.")};
    ValidateInfo v;
    v.clientId = o->value(u"client_id"_s).toString();
    v.login = o->value(u"login"_s).toString().toLower();
    v.userId = o->value(u"user_id"_s).toString();
    v.scopes = scopesOf(o->value(u"scopes"_s));
    v.expiresInS = qint64(o->value(u"expires_in"_s).toDouble());
    if (v.userId.isEmpty() || v.login.isEmpty())
        return Error{QCoreApplication::translate("chatvox::OAuth",
                                                 "Twitch's answer does not say who is logged in.")};
    return v;
}

OAuthErrorInfo classifyOAuthError(int httpStatus, const QByteArray &body)
{
    OAuthErrorInfo info;
    if (httpStatus >= 200 && httpStatus < 300)
        return info;
    // Twitch puts the RFC error code in "message"; generic OAuth servers use "error".
    QString message;
    QString all;
    if (const auto o = object(body)) {
        const QString error = o->value(u"error"_s).toString();
        const QString description = o->value(u"error_description"_s).toString();
        message = o->value(u"message"_s).toString();
        if (message.isEmpty())
            message = description.isEmpty() ? error : description;
        all = message + u' ' + error + u' ' + description;
    } else {
        message = QString::fromUtf8(body.left(200)).simplified();
        all = message;
    }
    info.message = message;
    const QString m = all.toLower();
    if (m.contains(u"authorization_pending"))
        info.kind = OAuthError::AuthorizationPending;
    else if (m.contains(u"slow_down"))
        info.kind = OAuthError::SlowDown;
    else if (m.contains(u"expired_token") || m.contains(u"invalid device code")
             || m.contains(u"device code expired"))
        info.kind = OAuthError::ExpiredCode;
    else if (m.contains(u"access_denied") || m.contains(u"authorization_declined"))
        info.kind = OAuthError::AccessDenied;
    else if (m.contains(u"invalid refresh token") || m.contains(u"invalid_grant"))
        info.kind = OAuthError::InvalidRefreshToken;
    else if (m.contains(u"invalid client") || m.contains(u"invalid_client")
             || m.contains(u"client_id"))
        info.kind = OAuthError::InvalidClient;
    else if (httpStatus == 401)
        info.kind = OAuthError::InvalidToken;
    else
        info.kind = OAuthError::Other;
    return info;
}

} // namespace chatvox
