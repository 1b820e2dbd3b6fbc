#pragma once

#include "auth/tokenstore.h"

namespace chatvox {

// Logins in the OS keychain through QtKeychain: the Windows Credential Manager, the Secret
// Service (GNOME Keyring, KWallet) on Linux, the Keychain on macOS. One entry per Twitch user id
// under the service name. QtKeychain's plain-text fallback stays off: with no keychain the
// calls answer Unavailable, and the caller decides (memory only, with a clear word to the user).
class KeychainTokenStore : public TokenStore
{
    Q_OBJECT
public:
    static constexpr const char *kDefaultService = "chatvox-twitch";

    explicit KeychainTokenStore(const QString &service = QString::fromLatin1(kDefaultService),
                                QObject *parent = nullptr);

    QString service() const { return m_service; }
    static QString keyFor(const QString &userId); // "twitch-user-<id>"

    void read(const QString &userId, QObject *context, Callback done) override;
    void write(const TokenSet &tokens, QObject *context, Callback done) override;
    void remove(const QString &userId, QObject *context, Callback done) override;
    bool isPersistent() const override { return true; }
    QString description() const override;

private:
    QString m_service;
};

} // namespace chatvox
