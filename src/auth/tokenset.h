#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace chatvox {

// The scopes ChatVox asks for: read and write chat (replies to !voice), read channel-point
// redemptions (dev.twitch.tv/docs/authentication/scopes).
QStringList defaultTwitchScopes();

// The Client ID compiled in (CMake option CHATVOX_TWITCH_CLIENT_ID); may be empty.
QString builtInTwitchClientId();

// One Twitch login: who it is and the token pair. Lives in memory and in the OS keychain only;
// never in settings, logs or command lines. Public clients get single-use refresh tokens, so a
// refreshed pair replaces the whole set.
struct TokenSet
{
    QString userId; // Twitch user id (keychain key)
    QString login; // lower-case login name
    QString accessToken;
    QString refreshToken;
    qint64 expiresAtMs = 0; // wall clock, ms since the Unix epoch; 0 = unknown
    QStringList scopes;

    bool hasAccessToken() const { return !accessToken.isEmpty(); }
    friend bool operator==(const TokenSet &, const TokenSet &) = default;
};

// The keychain form (compact JSON). parseTokenSet() rejects anything without an access token.
QByteArray serializeTokenSet(const TokenSet &tokens);
Result<TokenSet> parseTokenSet(const QByteArray &bytes);

// For logs: "<redacted, 30 chars>"; no character of the token itself.
QString redactedToken(const QString &token);

} // namespace chatvox

Q_DECLARE_METATYPE(chatvox::TokenSet)
