#include "filewatch.h"

#include "app/logging.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QSet>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace chatvox {

namespace {

constexpr int kDefaultSettleMs = 200;
// A file written without pause (a log, a loop) is still read now and then.
constexpr int kMaxSettleFactor = 5;

QByteArray hashOf(const QByteArray &content)
{
    return QCryptographicHash::hash(content, QCryptographicHash::Sha256);
}

} // namespace

FileWatch::FileWatch(const QString &path, QObject *parent)
    : QObject(parent)
    , m_path(QFileInfo(path).absoluteFilePath())
    , m_watcher(new QFileSystemWatcher(this))
    , m_settle(new QTimer(this))
{
    m_settle->setSingleShot(true);
    m_settle->setInterval(kDefaultSettleMs);
    connect(m_settle, &QTimer::timeout, this, &FileWatch::check);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, &FileWatch::onEvent);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, &FileWatch::onEvent);
    takeCurrentAsKnown();
    rearm();
}

FileWatch::~FileWatch() = default;

void FileWatch::setSettleMs(int ms)
{
    m_settle->setInterval(ms);
}

void FileWatch::setKnownContent(const std::optional<QByteArray> &content)
{
    m_knownHash = content ? std::optional<QByteArray>(hashOf(*content)) : std::nullopt;
}

void FileWatch::takeCurrentAsKnown()
{
    QFile file(m_path);
    if (!QFileInfo(m_path).isFile())
        m_knownHash.reset();
    else if (file.open(QIODevice::ReadOnly))
        m_knownHash = hashOf(file.readAll());
}

void FileWatch::rearm()
{
    // The file itself for writes in place; its folder for renames, deletes and creates; and
    // for a symbolic link the folder of its target too (a link into a folder of dotfiles).
    const QFileInfo fi(m_path);
    QSet<QString> files;
    QSet<QString> dirs;
    if (fi.isFile())
        files << m_path;
    if (fi.dir().exists())
        dirs << fi.absolutePath();
    if (fi.isSymLink() && fi.isFile()) {
        const QString targetDir = QFileInfo(fi.canonicalFilePath()).absolutePath();
        if (!targetDir.isEmpty())
            dirs << targetDir;
    }
    QStringList stale;
    for (const QString &p : m_watcher->files()) {
        if (!files.remove(p))
            stale << p;
    }
    for (const QString &p : m_watcher->directories()) {
        if (!dirs.remove(p))
            stale << p;
    }
    if (!stale.isEmpty())
        m_watcher->removePaths(stale);
    const QStringList wanted
        = QStringList(files.cbegin(), files.cend()) + QStringList(dirs.cbegin(), dirs.cend());
    if (!wanted.isEmpty()) {
        const QStringList failed = m_watcher->addPaths(wanted);
        if (!failed.isEmpty())
            qCDebug(lcApp) << "cannot watch" << failed;
    }
}

void FileWatch::checkNow()
{
    m_settle->stop();
    check();
}

void FileWatch::onEvent()
{
    // A replaced file is a new one: watch it at once so that writes to it are seen too.
    rearm();
    if (!m_settle->isActive())
        m_firstEvent.start();
    if (m_firstEvent.elapsed() < qint64(m_settle->interval()) * kMaxSettleFactor)
        m_settle->start();
}

void FileWatch::check()
{
    rearm();
    const QFileInfo fi(m_path);
    if (!fi.isFile()) {
        if (m_knownHash) {
            m_knownHash.reset();
            emit removed();
        }
        emit settled();
        return;
    }
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        // Being replaced or not readable for us: the next event (or the next change) retries.
        qCWarning(lcApp).noquote()
            << u"cannot read %1: %2"_s.arg(QDir::toNativeSeparators(m_path), file.errorString());
        emit settled();
        return;
    }
    const QByteArray content = file.readAll();
    const QByteArray hash = hashOf(content);
    if (hash != m_knownHash) {
        m_knownHash = hash;
        emit changed(content);
    }
    emit settled();
}

} // namespace chatvox
