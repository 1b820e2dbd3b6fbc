#include "auth/filetokenstore.h"

#include "auth/logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMetaObject>
#include <QPointer>
#include <QSaveFile>

#ifdef Q_OS_UNIX
#    include <cerrno>
#    include <fcntl.h>
#    include <sys/stat.h>
#    include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace chatvox {

namespace {

// A login is a few hundred bytes; anything much larger is not a token file.
constexpr qint64 kMaxFileSize = 64 * 1024;

TokenStoreResult withStatus(TokenStoreResult::Status status, const QString &message = {})
{
    TokenStoreResult result;
    result.status = status;
    result.message = message;
    return result;
}

} // namespace

FileTokenStore::FileTokenStore(const QString &path, QObject *parent)
    : TokenStore(parent)
    , m_path(path)
{
}

QString FileTokenStore::displayPath() const
{
    return QDir::toNativeSeparators(m_path);
}

QString FileTokenStore::description() const
{
    return tr("the file %1").arg(displayPath());
}

QString FileTokenStore::permissionProblem() const
{
#ifdef Q_OS_UNIX
    // stat() follows symlinks: what counts is the file the link leads to.
    struct stat st;
    if (::stat(QFile::encodeName(m_path).constData(), &st) != 0)
        return {};
    if ((st.st_mode & 077) == 0)
        return {};
    const QString mode = u"0"_s + QString::number(st.st_mode & 0777, 8);
    return tr("Other users may read or change the token file %1 (mode %2). Make it yours alone "
              "with: chmod 600 %1")
        .arg(displayPath(), mode);
#else
    // NTFS ACLs, not mode bits, decide who may read it; a file in the user's profile is private.
    return {};
#endif
}

TokenStoreResult FileTokenStore::load() const
{
    using Status = TokenStoreResult::Status;
    if (m_removedUnsaved)
        return withStatus(Status::NotFound);
    if (m_unsaved) {
        TokenStoreResult result;
        result.tokens = *m_unsaved;
        return result;
    }
    const QFileInfo info(m_path);
    if (!info.exists())
        return withStatus(Status::NotFound);
    if (!info.isFile())
        return withStatus(Status::Failed,
                          tr("The token file %1 is not a regular file.").arg(displayPath()));
    if (const QString problem = permissionProblem(); !problem.isEmpty())
        return withStatus(Status::Failed, problem);
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return withStatus(
            Status::Failed,
            tr("The token file %1 cannot be read: %2").arg(displayPath(), file.errorString()));
    const QByteArray bytes = file.read(kMaxFileSize + 1);
    if (bytes.trimmed().isEmpty())
        return withStatus(Status::NotFound); // created, never written: no login yet
    Result<TokenSet> tokens = bytes.size() > kMaxFileSize
        ? Result<TokenSet>(Error{tr("It is too large to hold a Twitch login.")})
        : parseTokenSet(bytes);
    if (!tokens)
        return withStatus(
            Status::Failed,
            tr("The token file %1 cannot be used: %2 It was left as it is; fix it, or "
               "log in again with: chatvox --login --token-file %1")
                .arg(displayPath(), tokens.error()));
    TokenStoreResult result;
    result.tokens = std::move(tokens).value();
    return result;
}

TokenStoreResult FileTokenStore::save(const TokenSet &tokens)
{
    // Empty on success, else why the file could not take the login.
    const auto writeFile = [this, &tokens]() -> QString {
        if (const QString problem = permissionProblem(); !problem.isEmpty())
            return problem;
#ifdef Q_OS_UNIX
        // QSaveFile gives the temporary file of a new target the mode 0666 & ~umask (0644,
        // readable by all, for a moment) but that of an existing one 0600: an empty 0600 file
        // first keeps every copy private from the start.
        const QByteArray native = QFile::encodeName(m_path);
        const int fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
        if (fd >= 0)
            ::close(fd);
        else if (errno != EEXIST)
            return qt_error_string(errno);
#endif
        QSaveFile file(m_path);
        if (!file.open(QIODevice::WriteOnly))
            return file.errorString();
        const QByteArray bytes = serializeTokenSet(tokens) + '\n';
        if (file.write(bytes) != bytes.size() || !file.flush()) {
            const QString error = file.errorString();
            file.cancelWriting();
            return error;
        }
#ifdef Q_OS_UNIX
        // On the disk before it replaces the old pair (QSaveFile syncs too; this is explicit).
        if (::fsync(file.handle()) != 0) {
            const QString error = qt_error_string(errno);
            file.cancelWriting();
            return error;
        }
#endif
        if (!file.commit())
            return file.errorString();
#ifdef Q_OS_UNIX
        // The rename is durable once the folder is synced; failing that is no reason to fail.
        const QByteArray folder = QFile::encodeName(QFileInfo(m_path).absolutePath());
        if (const int dir = ::open(folder.constData(), O_RDONLY | O_CLOEXEC); dir >= 0) {
            ::fsync(dir);
            ::close(dir);
        }
#endif
        return {};
    };

    const QString error = writeFile();
    m_removedUnsaved = false;
    if (error.isEmpty()) {
        m_unsaved.reset();
        return {};
    }
    // Public clients' refresh tokens are single-use: losing this pair would end the login.
    m_unsaved = tokens;
    const QString message = tr("The token file %1 could not be updated (%2). The new Twitch login "
                               "is kept in memory for this run only.")
                                .arg(displayPath(), error);
    if (!m_warnedUnsaved) {
        m_warnedUnsaved = true;
        qCWarning(lcAuth).noquote() << message;
    }
    return withStatus(TokenStoreResult::Status::Failed, message);
}

TokenStoreResult FileTokenStore::erase(const QString &userId)
{
    const TokenStoreResult current = load();
    if (!current.ok())
        return current; // nothing there, or a file we cannot read: left alone
    if (!userId.isEmpty() && !current.tokens.userId.isEmpty() && current.tokens.userId != userId)
        return withStatus(TokenStoreResult::Status::NotFound);
    m_unsaved.reset();
    QFile file(m_path);
    if (!file.exists() || file.remove())
        return {};
    m_removedUnsaved = true;
    return withStatus(TokenStoreResult::Status::Failed,
                      tr("The token file %1 could not be deleted (%2). Delete it yourself; "
                         "ChatVox no longer uses the login in it.")
                          .arg(displayPath(), file.errorString()));
}

void FileTokenStore::answer(QObject *context, Callback done, TokenStoreResult result)
{
    // Asynchronous like the keychain, so callers see one behaviour.
    QMetaObject::invokeMethod(
        this,
        [context = QPointer<QObject>(context), done = std::move(done), result = std::move(result)] {
            if (context)
                done(result);
        },
        Qt::QueuedConnection);
}

void FileTokenStore::read(const QString &userId, QObject *context, Callback done)
{
    TokenStoreResult result = load();
    if (result.ok()) {
        if (result.tokens.userId.isEmpty()) {
            result.tokens.userId = userId; // written by hand without user_id
        } else if (!userId.isEmpty() && result.tokens.userId != userId) {
            qCInfo(lcAuth) << "the token file holds the login of another user id";
            result = withStatus(TokenStoreResult::Status::NotFound);
        }
    }
    answer(context, std::move(done), std::move(result));
}

void FileTokenStore::write(const TokenSet &tokens, QObject *context, Callback done)
{
    answer(context, std::move(done), save(tokens));
}

void FileTokenStore::remove(const QString &userId, QObject *context, Callback done)
{
    answer(context, std::move(done), erase(userId));
}

} // namespace chatvox
