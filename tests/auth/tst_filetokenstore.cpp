// FileTokenStore with real files in a QTemporaryDir: the round trip, refusal of files others may
// read, missing and damaged files, a location that cannot be written, atomic replacement under
// SIGKILL (this binary re-run as a child that rewrites the file in a tight loop), and a refresh
// through TokenManager against FakeTwitchId that writes the new pair back to the file.
#include "auth/filetokenstore.h"
#include "auth/tokenmanager.h"
#include "auth/twitchidclient.h"
#include "faketwitchid.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

#ifdef Q_OS_UNIX
#    include <fcntl.h>
#    include <sys/stat.h>
#    include <unistd.h>
#endif
#ifdef Q_OS_LINUX
#    include <linux/fs.h>
#    include <sys/ioctl.h>
#endif

using namespace Qt::StringLiterals;
using namespace chatvox;
using chatvox::test::FakeTwitchId;
using Status = TokenStoreResult::Status;

namespace {

constexpr const char *kRewriteLoopArg = "--rewrite-loop";

TokenSet samplePair(int n)
{
    TokenSet t;
    t.userId = u"141981764"_s;
    t.login = u"twitchdev"_s;
    t.accessToken = u"access-%1-0123456789abcdefghij"_s.arg(n);
    t.refreshToken = u"refresh-%1-/+%=0123456789abcdef"_s.arg(n);
    t.expiresAtMs = 1700000000000LL + n;
    t.scopes = {u"chat:read"_s, u"chat:edit"_s};
    // Pairs of very different sizes: a torn write of one over the other cannot parse.
    if (n % 2 == 1) {
        for (int i = 0; i < 200; ++i)
            t.scopes << u"padding:scope:%1"_s.arg(i);
    }
    return t;
}

TokenStoreResult readNow(FileTokenStore &store, const QString &userId = u"141981764"_s)
{
    TokenStoreResult got;
    bool answered = false;
    store.read(userId, &store, [&](const TokenStoreResult &r) {
        got = r;
        answered = true;
    });
    if (!QTest::qWaitFor([&] { return answered; }, 5000))
        got.message = u"no answer"_s;
    return got;
}

TokenStoreResult writeNow(FileTokenStore &store, const TokenSet &tokens)
{
    TokenStoreResult got;
    bool answered = false;
    store.write(tokens, &store, [&](const TokenStoreResult &r) {
        got = r;
        answered = true;
    });
    if (!QTest::qWaitFor([&] { return answered; }, 5000))
        got.message = u"no answer"_s;
    return got;
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeRaw(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(bytes), bytes.size());
}

#ifdef Q_OS_UNIX
int modeOf(const QString &path)
{
    struct stat st;
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 07777);
}

void setMode(const QString &path, int mode)
{
    QCOMPARE(::chmod(QFile::encodeName(path).constData(), mode_t(mode)), 0);
}

// Whether this process can create a file in dir (root can, whatever the mode bits say).
bool canCreateIn(const QString &dir)
{
    QFile probe(dir + u"/probe"_s);
    if (!probe.open(QIODevice::WriteOnly))
        return false;
    probe.remove();
    return true;
}

// The immutable attribute (Linux, ext4 and others): even root cannot add files to the folder.
bool setImmutable(const QString &dir, bool on)
{
#    ifdef Q_OS_LINUX
    const int fd = ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY);
    if (fd < 0)
        return false;
    int flags = 0;
    bool ok = ::ioctl(fd, FS_IOC_GETFLAGS, &flags) == 0;
    if (ok) {
        flags = on ? (flags | FS_IMMUTABLE_FL) : (flags & ~FS_IMMUTABLE_FL);
        ok = ::ioctl(fd, FS_IOC_SETFLAGS, &flags) == 0;
    }
    ::close(fd);
    return ok;
#    else
    Q_UNUSED(dir);
    Q_UNUSED(on);
    return false;
#    endif
}
#endif

// The child of atomicUnderSigkill: rewrites the file with pairs 0 and 1 in turn until killed.
int rewriteLoop(const QString &path)
{
    FileTokenStore store(path);
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly | QIODevice::Unbuffered))
        return 3;
    for (qint64 i = 0;; ++i) {
        if (!store.save(samplePair(int(i % 2))).ok())
            return 4;
        if (i == 1) {
            out.write("ready\n");
            out.flush(); // stdio buffers a pipe
        }
    }
}

} // namespace

class tst_FileTokenStore : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString path(const QString &name = u"twitch.json"_s) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void init()
    {
        QDir(m_dir.path()).removeRecursively();
        QVERIFY(QDir().mkpath(m_dir.path()));
    }

    void roundTrip()
    {
        FileTokenStore store(path());
        QVERIFY(store.isPersistent());
        QVERIFY(store.description().contains(QDir::toNativeSeparators(path())));
        const TokenSet pair = samplePair(1);
        QVERIFY(writeNow(store, pair).ok());
        QCOMPARE(readNow(store).tokens, pair);
        QVERIFY(!store.holdsUnsavedLogin());
        // A second store (the next start) reads the same login from the file.
        FileTokenStore again(path());
        const TokenStoreResult read = readNow(again);
        QVERIFY2(read.ok(), qPrintable(read.message));
        QCOMPARE(read.tokens, pair);
        // The file is the keychain's form, nothing else.
        QCOMPARE(fileBytes(path()).trimmed(), serializeTokenSet(pair));
        // Another user's id finds nothing; remove deletes the file.
        QCOMPARE(readNow(again, u"999"_s).status, Status::NotFound);
        bool removed = false;
        again.remove(pair.userId, this, [&](const TokenStoreResult &r) { removed = r.ok(); });
        QTRY_VERIFY(removed);
        QVERIFY(!QFile::exists(path()));
        QCOMPARE(readNow(again).status, Status::NotFound);
    }

    void newFileIsPrivateFromTheStart()
    {
#ifndef Q_OS_UNIX
        QSKIP("mode bits are a Unix matter (NTFS ACLs on Windows)");
#else
        const mode_t old = ::umask(022); // the usual umask: new files readable by all
        const auto restore = qScopeGuard([old] { ::umask(old); });
        FileTokenStore store(path());
        QVERIFY(store.save(samplePair(0)).ok());
        QCOMPARE(modeOf(path()), 0600);
        QVERIFY(store.save(samplePair(1)).ok());
        QCOMPARE(modeOf(path()), 0600);
        // No temporary file is left beside it.
        QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{u"twitch.json"_s});
#endif
    }

    void refusesFilesOthersMayUse_data()
    {
        QTest::addColumn<int>("mode");
        QTest::newRow("0644") << 0644;
        QTest::newRow("0640") << 0640;
        QTest::newRow("0604") << 0604;
        QTest::newRow("0620 (group may write)") << 0620;
    }

    void refusesFilesOthersMayUse()
    {
#ifndef Q_OS_UNIX
        QSKIP("mode bits are a Unix matter (NTFS ACLs on Windows)");
#else
        QFETCH(int, mode);
        const QByteArray original = serializeTokenSet(samplePair(0));
        writeRaw(path(), original);
        setMode(path(), mode);
        FileTokenStore store(path());
        const TokenStoreResult read = readNow(store);
        QCOMPARE(read.status, Status::Failed);
        QVERIFY2(read.message.contains(path()), qPrintable(read.message));
        QVERIFY2(read.message.contains(u"chmod 600"_s), qPrintable(read.message));
        QVERIFY(read.tokens.accessToken.isEmpty());
        QVERIFY(!read.message.contains(samplePair(0).accessToken));
        QVERIFY(!store.permissionProblem().isEmpty());
        // Nor is a new pair written into it: the file stays as it was, the pair in memory.
        const TokenStoreResult written = writeNow(store, samplePair(1));
        QCOMPARE(written.status, Status::Failed);
        QVERIFY(written.message.contains(u"chmod 600"_s));
        QCOMPARE(fileBytes(path()), original);
        QCOMPARE(modeOf(path()), mode);
        QVERIFY(store.holdsUnsavedLogin());
        // Fixed as the message says: accepted.
        setMode(path(), 0600);
        FileTokenStore fixed(path());
        QCOMPARE(readNow(fixed).tokens, samplePair(0));
        setMode(path(), 0400); // read-only for the owner is fine too
        QVERIFY(readNow(fixed).ok());
#endif
    }

    void symlinkIsJudgedByItsTarget()
    {
#ifndef Q_OS_UNIX
        QSKIP("symlinks and mode bits: Unix");
#else
        // A Kubernetes Secret mount: the name is a symlink into a ..data folder.
        QVERIFY(QDir(m_dir.path()).mkdir(u"..data"_s));
        const QString target = m_dir.filePath(u"..data/twitch.json"_s);
        writeRaw(target, serializeTokenSet(samplePair(0)));
        QVERIFY(QFile::link(target, path()));
        setMode(target, 0644);
        FileTokenStore store(path());
        const TokenStoreResult refused = readNow(store);
        QCOMPARE(refused.status, Status::Failed);
        QVERIFY(refused.message.contains(u"chmod 600"_s));
        setMode(target, 0400);
        const TokenStoreResult accepted = readNow(store);
        QVERIFY2(accepted.ok(), qPrintable(accepted.message));
        QCOMPARE(accepted.tokens, samplePair(0));
#endif
    }

    void missingOrEmptyFileIsNotFound()
    {
        FileTokenStore store(path());
        QCOMPARE(readNow(store).status, Status::NotFound);
        QVERIFY(store.permissionProblem().isEmpty());
        writeRaw(path(), "\n"); // created for us (touch; chmod 600), never written
#ifdef Q_OS_UNIX
        setMode(path(), 0600);
#endif
        QCOMPARE(readNow(store).status, Status::NotFound);
        // --login then fills it.
        QVERIFY(writeNow(store, samplePair(0)).ok());
        QCOMPARE(readNow(store).tokens, samplePair(0));
    }

    void damagedFileIsReportedAndLeftAlone_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("not JSON") << QByteArray("{\"access_token\": \"abc");
        QTest::newRow("no access token") << QByteArray(R"({"user_id":"1","refresh_token":"x"})");
        QTest::newRow("an array") << QByteArray("[1,2,3]");
        QTest::newRow("too large") << QByteArray(100 * 1024, ' ').prepend("{");
    }

    void damagedFileIsReportedAndLeftAlone()
    {
        QFETCH(QByteArray, bytes);
        writeRaw(path(), bytes);
#ifdef Q_OS_UNIX
        setMode(path(), 0600);
#endif
        FileTokenStore store(path());
        const TokenStoreResult read = readNow(store);
        QCOMPARE(read.status, Status::Failed);
        QVERIFY2(read.message.contains(path()), qPrintable(read.message));
        QVERIFY2(read.message.contains(u"--login --token-file"_s), qPrintable(read.message));
        // remove() does not delete what it could not read.
        bool answered = false;
        store.remove(u"1"_s, this, [&](const TokenStoreResult &r) {
            answered = true;
            QCOMPARE(r.status, Status::Failed);
        });
        QTRY_VERIFY(answered);
        QCOMPARE(fileBytes(path()), bytes);
    }

    void unwritableLocationKeepsThePairInMemory()
    {
        // A folder that does not exist: nothing can be written there, even by root.
        const QString nowhere = m_dir.filePath(u"missing/twitch.json"_s);
        FileTokenStore store(nowhere);
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(u"could not be updated.*memory for this run"_s));
        const TokenStoreResult first = writeNow(store, samplePair(0));
        QCOMPARE(first.status, Status::Failed);
        QVERIFY2(first.message.contains(QDir::toNativeSeparators(nowhere)),
                 qPrintable(first.message));
        QVERIFY(first.message.contains(u"memory"_s));
        QVERIFY(!first.message.contains(samplePair(0).accessToken));
        QVERIFY(!first.message.contains(samplePair(0).refreshToken));
        QVERIFY(store.holdsUnsavedLogin());
        QCOMPARE(readNow(store).tokens, samplePair(0));
        // The warning is said once, not at every refresh; each answer still says it.
        QTest::failOnWarning(QRegularExpression(u"could not be updated"_s));
        const TokenStoreResult second = writeNow(store, samplePair(1));
        QCOMPARE(second.status, Status::Failed);
        QVERIFY(second.message.contains(u"memory"_s));
        QCOMPARE(readNow(store).tokens, samplePair(1));
        QVERIFY(!QFile::exists(nowhere));
    }

    void readOnlyFolderKeepsTheRefreshedPairInMemory()
    {
#ifndef Q_OS_UNIX
        QSKIP("mode bits are a Unix matter");
#else
        // A read-only mount holding the login (a Kubernetes Secret): the refreshed pair cannot
        // go to the file, but must not be lost for this run.
        const QString folder = m_dir.filePath(u"secret"_s);
        QVERIFY(QDir().mkpath(folder));
        const QString file = folder + u"/twitch.json"_s;
        FileTokenStore store(file);
        QVERIFY(store.save(samplePair(0)).ok());
        const QByteArray before = fileBytes(file);
        setMode(folder, 0500);
        bool immutable = false;
        const auto cleanup = qScopeGuard([&] {
            if (immutable)
                setImmutable(folder, false);
            setMode(folder, 0700);
        });
        if (canCreateIn(folder))
            immutable = setImmutable(folder, true); // root ignores the mode bits
        if (canCreateIn(folder))
            QSKIP("cannot make a folder read-only here (root without the immutable attribute)");
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"could not be updated"_s));
        const TokenStoreResult written = writeNow(store, samplePair(1));
        QCOMPARE(written.status, Status::Failed);
        QVERIFY2(written.message.contains(u"memory"_s), qPrintable(written.message));
        QCOMPARE(readNow(store).tokens, samplePair(1)); // the new pair, from memory
        QCOMPARE(fileBytes(file), before); // the file is as it was
        QVERIFY(store.holdsUnsavedLogin());
        // Logout: the file cannot go either, but this run no longer answers the login.
        bool answered = false;
        store.remove(samplePair(1).userId, this, [&](const TokenStoreResult &r) {
            answered = true;
            QCOMPARE(r.status, Status::Failed);
            QVERIFY(r.message.contains(u"Delete it yourself"_s));
        });
        QTRY_VERIFY(answered);
        QCOMPARE(readNow(store).status, Status::NotFound);
#endif
    }

    void atomicUnderSigkill()
    {
#ifndef Q_OS_UNIX
        QSKIP("SIGKILL and mode bits: Unix");
#else
        const mode_t old = ::umask(022);
        const auto restore = qScopeGuard([old] { ::umask(old); });
        const QList<TokenSet> pairs{samplePair(0), samplePair(1)};
        QRandomGenerator random(QRandomGenerator::global()->generate());
        constexpr int kRounds = 25;
        int seen[2] = {0, 0};
        int leftovers = 0;
        for (int round = 0; round < kRounds; ++round) {
            QProcess child;
            child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            child.start(QCoreApplication::applicationFilePath(),
                        {QString::fromLatin1(kRewriteLoopArg), path()});
            QVERIFY(child.waitForStarted(10000));
            const auto stop = qScopeGuard([&child] {
                child.kill();
                child.waitForFinished();
            });
            QSignalSpy ready(&child, &QProcess::readyReadStandardOutput);
            QVERIFY(ready.wait(10000));
            QVERIFY(child.readAllStandardOutput().contains("ready"));
            // A random moment of its loop: SIGKILL (QProcess::kill) lands in any step of a
            // write — temporary file, data, fsync, rename.
            QSignalSpy finished(&child, &QProcess::finished);
            QTimer::singleShot(int(random.bounded(25)), &child, [&child] { child.kill(); });
            QVERIFY(finished.wait(10000));
            QCOMPARE(child.exitStatus(), QProcess::CrashExit);

            // The file is one whole pair, private.
            QCOMPARE(modeOf(path()), 0600);
            FileTokenStore store(path());
            const TokenStoreResult read = store.load();
            QVERIFY2(read.ok(), qPrintable(u"round %1: %2"_s.arg(round).arg(read.message)));
            const qsizetype which = pairs.indexOf(read.tokens);
            QVERIFY2(which >= 0, qPrintable(u"round %1: a mixed pair"_s.arg(round)));
            ++seen[which];
            // A temporary file the kill left behind is private too (and never the login read).
            const QStringList files = QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden);
            for (const QString &name : files) {
                QCOMPARE(modeOf(m_dir.filePath(name)), 0600);
                if (name != u"twitch.json")
                    QVERIFY(QFile::remove(m_dir.filePath(name)));
            }
            leftovers += int(files.size()) - 1;
        }
        qInfo("after %d SIGKILLs: pair 0 %d times, pair 1 %d times, %d temporary files left",
              kRounds, seen[0], seen[1], leftovers);
#endif
    }

    void refreshWritesTheNewPairBack()
    {
        FakeTwitchId fake;
        QVERIFY(fake.listen());
        QNetworkAccessManager network;
        TwitchIdClient client(&network, fake.url(), u"fake-client-id"_s);
        FileTokenStore store(path());
        const auto [access, refresh] = fake.issueTokens();
        TokenSet login{fake.userId(),
                       fake.login(),
                       access,
                       refresh,
                       QDateTime::currentMSecsSinceEpoch() - 1000, // expired while not running
                       {u"chat:read"_s}};
        QVERIFY(store.save(login).ok());
        fake.invalidateAccessTokens();

        TokenManager manager(&client, &store);
        // Stored before used: whenever a token is announced, the file already holds it.
        int announced = 0;
        connect(&manager, &TokenManager::tokensChanged, this, [&] {
            ++announced;
            const TokenStoreResult onDisk = FileTokenStore(path()).load();
            QCOMPARE(onDisk.tokens.accessToken, manager.accessToken());
            QCOMPARE(onDisk.tokens.refreshToken, manager.tokens().refreshToken);
        });
        QSignalSpy problems(&manager, &TokenManager::storageProblem);
        manager.restore(login.userId);
        QTRY_COMPARE(fake.refreshCount(), 1);
        QTRY_COMPARE(manager.accessToken(), fake.currentAccessToken());
        QVERIFY(manager.accessToken() != access);
        const TokenStoreResult onDisk = FileTokenStore(path()).load();
        QVERIFY2(onDisk.ok(), qPrintable(onDisk.message));
        QCOMPARE(onDisk.tokens.accessToken, fake.currentAccessToken());
        QCOMPARE(onDisk.tokens.refreshToken, fake.currentRefreshToken());
        QVERIFY(onDisk.tokens.refreshToken != refresh); // the used-up one is gone
        QVERIFY(onDisk.tokens.expiresAtMs > QDateTime::currentMSecsSinceEpoch());
#ifdef Q_OS_UNIX
        QCOMPARE(modeOf(path()), 0600);
#endif
        QVERIFY(announced >= 2); // restored, then refreshed
        QCOMPARE(problems.size(), 0);
        // The next start uses the new pair as it is: no second refresh.
        const int validated = fake.validateCount();
        TokenManager next(&client, &store);
        next.restore(login.userId);
        QTRY_COMPARE(fake.validateCount(), validated + 1);
        QTRY_COMPARE(next.state(), TokenManager::State::LoggedIn);
        QCOMPARE(next.accessToken(), fake.currentAccessToken());
        QCOMPARE(fake.refreshCount(), 1);
    }
};

int main(int argc, char **argv)
{
    if (argc == 3 && qstrcmp(argv[1], kRewriteLoopArg) == 0) {
        QCoreApplication app(argc, argv);
        return rewriteLoop(QString::fromLocal8Bit(argv[2]));
    }
    QCoreApplication app(argc, argv);
    tst_FileTokenStore tc;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&tc, argc, argv);
}

#include "tst_filetokenstore.moc"
