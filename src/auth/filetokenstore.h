#pragma once

#include "auth/tokenstore.h"

#include <optional>

namespace chatvox {

// One Twitch login in one file, for servers and containers that have no Secret Service
// (`--token-file PATH`). The file holds the keychain's form of the login (serializeTokenSet:
// user_id, login, access_token, refresh_token, expires_at_ms, scopes) and nothing else.
//
// - The file must be its owner's alone: on Unix a file (or a symlink's target, as in a
//   Kubernetes Secret mount) that the group or others may read or write is refused (Failed,
//   "chmod 600"). Windows has no such bits (NTFS ACLs decide, and a file in the user's profile is
//   private by default), so there the check is not done.
// - Writes replace the file atomically (QSaveFile: a temporary file next to it, fsync, rename),
//   created with mode 0600 from the start: a crash or SIGKILL leaves the old pair or the new one,
//   never part of one, and no moment where others could read it.
// - A location that cannot be written (a read-only Secret mount) must not lose a refreshed pair
//   (the old refresh token is used up): the pair is kept in memory for this run, reads answer it,
//   one warning says the file could not be updated, and write() answers Failed with that text.
// - A missing or empty file holds no login: NotFound, so `chatvox --login --token-file F`
//   creates it.
// It holds one login: read() answers the file's login for the user id asked (or any, when the
// file names none), remove() deletes the file.
class FileTokenStore : public TokenStore
{
    Q_OBJECT
public:
    explicit FileTokenStore(const QString &path, QObject *parent = nullptr);

    QString path() const { return m_path; }

    // The same work as read/write/remove, done now (the asynchronous calls wrap them).
    TokenStoreResult load() const; // the login in the file, whoever it is
    TokenStoreResult save(const TokenSet &tokens);
    TokenStoreResult erase(const QString &userId);
    // Non-empty (user-facing) when others may read or write the file; empty without a file.
    QString permissionProblem() const;
    // True while the latest login lives in memory only (the file could not be updated).
    bool holdsUnsavedLogin() const { return m_unsaved.has_value(); }

    void read(const QString &userId, QObject *context, Callback done) override;
    void write(const TokenSet &tokens, QObject *context, Callback done) override;
    void remove(const QString &userId, QObject *context, Callback done) override;
    bool isPersistent() const override { return true; }
    QString description() const override;

private:
    void answer(QObject *context, Callback done, TokenStoreResult result);
    QString displayPath() const;

    QString m_path;
    std::optional<TokenSet> m_unsaved; // newer than the file, which could not take it
    bool m_removedUnsaved = false; // removed in this run, but the file could not be deleted
    bool m_warnedUnsaved = false; // the one warning about it was logged
};

} // namespace chatvox
