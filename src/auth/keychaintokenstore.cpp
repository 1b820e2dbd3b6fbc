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

template<typename JobT>
void run(JobT *job, QObject *context, TokenStore::Callback done,
         std::function<void(JobT *, TokenStoreResult &)> onOk = {})
{
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never plain text on disk
    QObject::connect(job, &QKeychain::Job::finished, job,
                     [context = QPointer<QObject>(context), done = std::move(done),
                      onOk = std::move(onOk)](QKeychain::Job *finished) {
                         TokenStoreResult result = resultOf(finished);
                         if (result.status != TokenStoreResult::Status::Ok)
                             qCInfo(lcAuth).noquote() << "keychain:" << finished->errorString()
                                                      << "(code" << int(finished->error()) << ")";
                         if (result.ok() && onOk)
                             onOk(static_cast<JobT *>(finished), result);
                         if (context)
                             done(result);
                     });
    job->start();
}

} // namespace

KeychainTokenStore::KeychainTokenStore(const QString &service, QObject *parent)
    : TokenStore(parent)
    , m_service(service)
{
}

QString KeychainTokenStore::keyFor(const QString &userId)
{
    return u"twitch-user-"_s + userId;
}

void KeychainTokenStore::read(const QString &userId, QObject *context, Callback done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setKey(keyFor(userId));
    run<QKeychain::ReadPasswordJob>(job, context, std::move(done),
                                    [](QKeychain::ReadPasswordJob *j, TokenStoreResult &r) {
                                        Result<TokenSet> tokens = parseTokenSet(j->binaryData());
                                        if (tokens) {
                                            r.tokens = std::move(tokens).value();
                                        } else {
                                            r.status = TokenStoreResult::Status::Failed;
                                            r.message = tokens.error();
                                        }
                                    });
}

void KeychainTokenStore::write(const TokenSet &tokens, QObject *context, Callback done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setKey(keyFor(tokens.userId));
    job->setBinaryData(serializeTokenSet(tokens));
    run<QKeychain::WritePasswordJob>(job, context, std::move(done));
}

void KeychainTokenStore::remove(const QString &userId, QObject *context, Callback done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setKey(keyFor(userId));
    run<QKeychain::DeletePasswordJob>(job, context, std::move(done));
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
