#include "auth/tokenset.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace chatvox {

QStringList defaultTwitchScopes()
{
    return {u"chat:read"_s, u"chat:edit"_s, u"channel:read:redemptions"_s};
}

QString builtInTwitchClientId()
{
    return QStringLiteral(CHATVOX_TWITCH_CLIENT_ID);
}

QByteArray serializeTokenSet(const TokenSet &tokens)
{
    const QJsonObject o{
        {u"v"_s, 1},
        {u"user_id"_s, tokens.userId},
        {u"login"_s, tokens.login},
        {u"access_token"_s, tokens.accessToken},
        {u"refresh_token"_s, tokens.refreshToken},
        {u"expires_at_ms"_s, double(tokens.expiresAtMs)},
        {u"scopes"_s, QJsonArray::fromStringList(tokens.scopes)},
    };
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

Result<TokenSet> parseTokenSet(const QByteArray &bytes)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (!doc.isObject())
        return Error{QCoreApplication::translate("chatvox::TokenSet",
                                                 "The stored Twitch login is damaged.")};
    const QJsonObject o = doc.object();
    TokenSet t;
    t.userId = o.value(u"user_id"_s).toString();
    t.login = o.value(u"login"_s).toString();
    t.accessToken = o.value(u"access_token"_s).toString();
    t.refreshToken = o.value(u"refresh_token"_s).toString();
    t.expiresAtMs = qint64(o.value(u"expires_at_ms"_s).toDouble());
    for (const QJsonValue &scope : o.value(u"scopes"_s).toArray())
        t.scopes << scope.toString();
    if (t.accessToken.isEmpty())
        return Error{QCoreApplication::translate("chatvox::TokenSet",
                                                 "The stored Twitch login is damaged.")};
    return t;
}

QString redactedToken(const QString &token)
{
    if (token.isEmpty())
        return u"(none)"_s;
    return u"<redacted, "_s + QString::number(token.size()) + u" chars>"_s;
}

} // namespace chatvox
