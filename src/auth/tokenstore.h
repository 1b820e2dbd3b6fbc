#pragma once

#include "auth/tokenset.h"

#include <functional>

#include <QHash>
#include <QObject>
#include <QString>

namespace chatvox {

struct TokenStoreResult
{
    enum class Status {
        Ok,
        NotFound, // read/remove: nothing stored for this user
        Unavailable, // no keychain on this system (e.g. no Secret Service): nothing kept
        Failed, // the keychain refused (locked, access denied, ...)
    };
    Status status = Status::Ok;
    TokenSet tokens; // read
    QString message; // user-facing, when not Ok
    bool ok() const { return status == Status::Ok; }
};

// Where logins are kept, keyed by Twitch user id. Asynchronous like the OS keychains behind
// it: each call answers `done` exactly once, in the event loop, unless `context` is gone.
class TokenStore : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const TokenStoreResult &)>;
    using QObject::QObject;
    ~TokenStore() override;

    virtual void read(const QString &userId, QObject *context, Callback done) = 0;
    // Replaces what is stored for tokens.userId.
    virtual void write(const TokenSet &tokens, QObject *context, Callback done) = 0;
    virtual void remove(const QString &userId, QObject *context, Callback done) = 0;
    // False: the logins are lost when the program ends.
    virtual bool isPersistent() const = 0;
    // For people: "the system keychain", "memory only (lost when ChatVox ends)".
    virtual QString description() const = 0;
};

// Keeps logins in this process only: used when the system has no keychain, so that a login
// still works for one session (and the user is told it will not be remembered).
class MemoryTokenStore : public TokenStore
{
    Q_OBJECT
public:
    using TokenStore::TokenStore;

    void read(const QString &userId, QObject *context, Callback done) override;
    void write(const TokenSet &tokens, QObject *context, Callback done) override;
    void remove(const QString &userId, QObject *context, Callback done) override;
    bool isPersistent() const override { return false; }
    QString description() const override;

private:
    void answer(QObject *context, Callback done, TokenStoreResult result);
    QHash<QString, TokenSet> m_tokens;
};

} // namespace chatvox
