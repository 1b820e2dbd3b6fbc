#pragma once

#include "auth/tokenstore.h"

namespace chatvox {

// Logins in the OS keychain through QtKeychain: the Windows Credential Manager, the Secret
// Service (GNOME Keyring, KWallet) on Linux, the Keychain on macOS. One entry per Twitch user id
// under the service name. QtKeychain's plain-text fallback stays off: with no keychain the
// calls answer Unavailable, and the caller decides (memory only, with a clear word to the user).
//
// The key carries the app's name, "chatvox/twitch-user-<id>", because on Windows QtKeychain
// ignores the service: the Credential Manager entry is named after the key alone, and a bare
// "twitch-user-<id>" could be another program's. Earlier builds used that bare key: read()
// moves such an entry to the new key (write, then delete the old one), write() and remove()
// delete it too — only when it holds a ChatVox login of that user, so that another program's
// entry of that name is left alone. The uninstaller (packaging/windows) removes both names.
class KeychainTokenStore : public TokenStore
{
    Q_OBJECT
public:
    static constexpr const char *kDefaultService = "chatvox-twitch";

    explicit KeychainTokenStore(const QString &service = QString::fromLatin1(kDefaultService),
                                QObject *parent = nullptr);

    QString service() const { return m_service; }
    static QString keyFor(const QString &userId); // "chatvox/twitch-user-<id>"
    static QString legacyKeyFor(const QString &userId); // "twitch-user-<id>" (earlier builds)

    void read(const QString &userId, QObject *context, Callback done) override;
    void write(const TokenSet &tokens, QObject *context, Callback done) override;
    void remove(const QString &userId, QObject *context, Callback done) override;
    bool isPersistent() const override { return true; }
    QString description() const override;

private:
    void readEntry(const QString &key, Callback done);
    void writeEntry(const QString &key, const TokenSet &tokens, Callback done);
    void deleteEntry(const QString &key, Callback done);
    // The entry under legacyKeyFor(userId) if it is a ChatVox login of that user, else NotFound.
    void readLegacyEntry(const QString &userId, Callback done);
    void deleteLegacyEntry(const QString &userId, Callback done);

    QString m_service;
};

} // namespace chatvox
