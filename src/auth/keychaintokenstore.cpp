#include "auth/keychaintokenstore.h"

#include "auth/logging.h"

#include <QPointer>
#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace chatvox {

namespace {

TokenStoreResult resultOf(const QKeychain::Job *job)
{
    TokenStoreResult result;
    switch (job->error()) {
    case QKeychain::NoError:
        return result;
    case QKeychain::EntryNotFound:
        result.status = TokenStoreResult::Status::NotFound;
        return result;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        // Linux without a Secret Service ends here (libsecret reports OtherError).
        result.status = TokenStoreResult::Status::Unavailable;
        result.message = KeychainTokenStore::tr(
                             "No system keychain is available (%1). On Linux, a Secret Service "
                             "such as GNOME Keyring or KWallet must run.")
                             .arg(job->errorString());
        return result;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
    case QKeychain::CouldNotDeleteEntry:
        break;
    }
    result.status = TokenStoreResult::Status::Failed;
    result.message
        = KeychainTokenStore::tr("The system keychain refused: %1").arg(job->errorString());
    return result;
}

// The caller's callback, called only while its context lives.
TokenStore::Callback guarded(QObject *context, TokenStore::Callback done)
{
    return [context = QPointer<QObject>(context),
            done = std::move(done)](const TokenStoreResult &result) {
        if (context)
            done(result);
    };
}

template<typename JobT>
void run(JobT *job, const QString &key, std::function<void(JobT *, TokenStoreResult)> finished)
{
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never plain text on disk
    job->setKey(key);
    QObject::connect(job, &QKeychain::Job::finished, job,
                     [finished = std::move(finished)](QKeychain::Job *done) {
                         TokenStoreResult result = resultOf(done);
                         if (result.status != TokenStoreResult::Status::Ok)
                             qCInfo(lcAuth).noquote() << "keychain:" << done->errorString()
                                                      << "(code" << int(done->error()) << ")";
                         finished(static_cast<JobT *>(done), std::move(result));
                     });
    job->start();
}

bool gone(const TokenStoreResult &result)
{
    return result.status == TokenStoreResult::Status::NotFound;
}

} // namespace

KeychainTokenStore::KeychainTokenStore(const QString &service, QObject *parent)
    : TokenStore(parent)
    , m_service(service)
{
}

QString KeychainTokenStore::keyFor(const QString &userId)
{
    return u"chatvox/twitch-user-"_s + userId;
}

QString KeychainTokenStore::legacyKeyFor(const QString &userId)
{
    return u"twitch-user-"_s + userId;
}

void KeychainTokenStore::readEntry(const QString &key, Callback done)
{
    run<QKeychain::ReadPasswordJob>(
        new QKeychain::ReadPasswordJob(m_service, this), key,
        [done = std::move(done)](QKeychain::ReadPasswordJob *job, TokenStoreResult result) {
            if (result.ok()) {
                Result<TokenSet> tokens = parseTokenSet(job->binaryData());
                if (tokens) {
                    result.tokens = std::move(tokens).value();
                } else {
                    result.status = TokenStoreResult::Status::Failed;
                    result.message = tokens.error();
                }
            }
            done(result);
        });
}

void KeychainTokenStore::writeEntry(const QString &key, const TokenSet &tokens, Callback done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setBinaryData(serializeTokenSet(tokens));
    run<QKeychain::WritePasswordJob>(
        job, key, [done = std::move(done)](QKeychain::WritePasswordJob *, TokenStoreResult result) {
            done(result);
        });
}

void KeychainTokenStore::deleteEntry(const QString &key, Callback done)
{
    run<QKeychain::DeletePasswordJob>(
        new QKeychain::DeletePasswordJob(m_service, this), key,
        [done = std::move(done)](QKeychain::DeletePasswordJob *, TokenStoreResult result) {
            done(result);
        });
}

void KeychainTokenStore::readLegacyEntry(const QString &userId, Callback done)
{
    readEntry(legacyKeyFor(userId), [userId, done = std::move(done)](TokenStoreResult old) {
        // On Windows the old name is the bare key, which another program may use too: only a
        // login of ours for this very user is moved or deleted.
        if (old.status == TokenStoreResult::Status::Failed
            || (old.ok() && old.tokens.userId != userId)) {
            if (old.ok() || !old.message.isEmpty())
                qCInfo(lcAuth) << "keychain: the entry" << legacyKeyFor(userId)
                               << "is not a ChatVox login; left alone";
            old = TokenStoreResult{};
            old.status = TokenStoreResult::Status::NotFound;
        }
        done(old);
    });
}

void KeychainTokenStore::read(const QString &userId, QObject *context, Callback done)
{
    readEntry(
        keyFor(userId),
        [this, userId, reply = guarded(context, std::move(done))](const TokenStoreResult &result) {
            if (!gone(result))
                return reply(result);
            // Migration: earlier builds named the entry without the "chatvox/" prefix. Move it: the
            // new name first, then the old one goes.
            readLegacyEntry(userId, [this, userId, reply, result](const TokenStoreResult &old) {
                if (!old.ok())
                    return reply(result); // nothing to move
                writeEntry(
                    keyFor(userId), old.tokens,
                    [this, userId, reply, old](const TokenStoreResult &written) {
                        if (!written.ok()) {
                            qCWarning(lcAuth).noquote()
                                << "keychain: could not rename the saved login; it stays under "
                                   "its old name:"
                                << written.message;
                            return reply(old);
                        }
                        deleteEntry(legacyKeyFor(userId), [reply, old](const TokenStoreResult &) {
                            qCInfo(lcAuth) << "keychain: the saved login was moved "
                                              "to its new name";
                            reply(old);
                        });
                    });
            });
        });
}

void KeychainTokenStore::write(const TokenSet &tokens, QObject *context, Callback done)
{
    writeEntry(keyFor(tokens.userId), tokens,
               [this, userId = tokens.userId,
                reply = guarded(context, std::move(done))](const TokenStoreResult &result) {
                   if (!result.ok())
                       return reply(result);
                   // A login of ours under the old name is a stale copy now: it goes.
                   deleteLegacyEntry(userId,
                                     [reply, result](const TokenStoreResult &) { reply(result); });
               });
}

void KeychainTokenStore::remove(const QString &userId, QObject *context, Callback done)
{
    deleteEntry(
        keyFor(userId),
        [this, userId, reply = guarded(context, std::move(done))](const TokenStoreResult &result) {
            if (result.status == TokenStoreResult::Status::Unavailable)
                return reply(result);
            // The old name too: a login saved by an earlier build and never read since.
            deleteLegacyEntry(userId, [reply, result](const TokenStoreResult &old) {
                if (result.ok() || old.ok())
                    return reply(TokenStoreResult{});
                reply(gone(result) ? old : result);
            });
        });
}

void KeychainTokenStore::deleteLegacyEntry(const QString &userId, Callback done)
{
    readLegacyEntry(userId, [this, userId, done = std::move(done)](const TokenStoreResult &old) {
        if (!old.ok())
            return done(old);
        deleteEntry(legacyKeyFor(userId), done);
    });
}

QString KeychainTokenStore::description() const
{
#ifdef Q_OS_WIN
    return tr("the Windows Credential Manager");
#elif defined(Q_OS_MACOS)
    return tr("the macOS Keychain");
#else
    return tr("the system keychain (Secret Service)");
#endif
}

} // namespace chatvox
