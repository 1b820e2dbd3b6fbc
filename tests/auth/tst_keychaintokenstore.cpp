// Against the real GNOME Keyring (Secret Service over a private D-Bus session, with-keyring.sh).
#include "auth/keychaintokenstore.h"

#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QtTest>
#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;
using namespace chatvox;

namespace {

TokenStoreResult wait(const std::function<void(TokenStore::Callback)> &call)
{
    TokenStoreResult result;
    bool done = false;
    call([&](const TokenStoreResult &r) {
        result = r;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 20000)) {
        result.message = u"timed out"_s;
        result.status = TokenStoreResult::Status::Failed;
    }
    return result;
}

TokenSet sample(const QString &userId, const QString &suffix)
{
    return TokenSet{userId,
                    u"viewer"_s + userId,
                    u"acc3ss"_s + suffix + u"0123456789abcdefghij"_s,
                    u"r3fresh/+%="_s + suffix + u"ABCDEFGHIJ"_s,
                    1760000000000,
                    {u"chat:read"_s, u"chat:edit"_s, u"channel:read:redemptions"_s}};
}

// QtKeychain itself, as an earlier ChatVox used it: what the entry under `key` holds.
struct RawEntry
{
    QKeychain::Error error = QKeychain::OtherError;
    QByteArray data;
};

RawEntry rawRead(const QString &service, const QString &key)
{
    QKeychain::ReadPasswordJob job(service);
    job.setAutoDelete(false);
    job.setKey(key);
    QSignalSpy done(&job, &QKeychain::Job::finished);
    job.start();
    if (!done.wait(20000))
        return {};
    return {job.error(), job.binaryData()};
}

bool rawWrite(const QString &service, const QString &key, const QByteArray &data)
{
    QKeychain::WritePasswordJob job(service);
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    job.setKey(key);
    job.setBinaryData(data);
    QSignalSpy done(&job, &QKeychain::Job::finished);
    job.start();
    return done.wait(20000) && job.error() == QKeychain::NoError;
}

// What another Secret Service client (secret-tool) finds under the key; empty without it.
QByteArray secretToolSearch(const QString &key)
{
    const QString secretTool = QStandardPaths::findExecutable(u"secret-tool"_s);
    if (secretTool.isEmpty())
        return {};
    QProcess p;
    p.start(secretTool, {u"search"_s, u"--all"_s, u"user"_s, key});
    p.waitForFinished(20000);
    return p.readAllStandardOutput() + p.readAllStandardError();
}

} // namespace

class tst_KeychainTokenStore : public QObject
{
    Q_OBJECT
private:
    KeychainTokenStore m_store{u"chatvox-test"_s};

    TokenStoreResult read(const QString &id)
    {
        return wait([&](auto cb) { m_store.read(id, this, cb); });
    }
    TokenStoreResult write(const TokenSet &t)
    {
        return wait([&](auto cb) { m_store.write(t, this, cb); });
    }
    TokenStoreResult remove(const QString &id)
    {
        return wait([&](auto cb) { m_store.remove(id, this, cb); });
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("CHATVOX_TEST_KEYRING_HOME"))
            QFAIL("run me through tests/with-keyring.sh (ctest does)");
        QVERIFY(m_store.isPersistent());
    }

    void writeReadRemove()
    {
        const TokenSet t = sample(u"141981764"_s, u"a"_s);
        const TokenStoreResult w = write(t);
        QVERIFY2(w.ok(), qPrintable(w.message));
        const TokenStoreResult r = read(t.userId);
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(r.tokens, t);
        QVERIFY(remove(t.userId).ok());
        QCOMPARE(read(t.userId).status, TokenStoreResult::Status::NotFound);
    }

    void overwriteKeepsOnlyTheNewPair()
    {
        const TokenSet first = sample(u"1001"_s, u"first"_s);
        const TokenSet second = sample(u"1001"_s, u"second"_s);
        QVERIFY(write(first).ok());
        QVERIFY(write(second).ok());
        QCOMPARE(read(u"1001"_s).tokens, second);
        QVERIFY(remove(u"1001"_s).ok());
    }

    void usersAreSeparate()
    {
        const TokenSet a = sample(u"2001"_s, u"a"_s);
        const TokenSet b = sample(u"2002"_s, u"b"_s);
        QVERIFY(write(a).ok());
        QVERIFY(write(b).ok());
        QCOMPARE(read(u"2001"_s).tokens, a);
        QCOMPARE(read(u"2002"_s).tokens, b);
        QVERIFY(remove(u"2001"_s).ok());
        QCOMPARE(read(u"2001"_s).status, TokenStoreResult::Status::NotFound);
        QCOMPARE(read(u"2002"_s).tokens, b);
        QVERIFY(remove(u"2002"_s).ok());
    }

    void unknownUserIsNotFound()
    {
        QCOMPARE(read(u"999999"_s).status, TokenStoreResult::Status::NotFound);
    }

    // The entry is a real Secret Service item (another client sees it) and the keyring file on
    // disk never holds the token in clear.
    void entryIsInTheSecretServiceAndEncryptedOnDisk()
    {
        const TokenSet t = sample(u"3003"_s, u"disk"_s);
        QVERIFY(write(t).ok());
        const QString secretTool = QStandardPaths::findExecutable(u"secret-tool"_s);
        if (!secretTool.isEmpty()) {
            QProcess p;
            p.start(secretTool,
                    {u"search"_s, u"--all"_s, u"user"_s, KeychainTokenStore::keyFor(u"3003"_s)});
            QVERIFY(p.waitForFinished(20000));
            const QByteArray out = p.readAllStandardOutput() + p.readAllStandardError();
            QVERIFY2(out.contains("chatvox-test"), out.constData());
        }
        const QString home = qEnvironmentVariable("CHATVOX_TEST_KEYRING_HOME");
        int files = 0;
        QDirIterator it(home, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            if (!f.open(QIODevice::ReadOnly))
                continue;
            ++files;
            const QByteArray bytes = f.readAll();
            QVERIFY2(!bytes.contains(t.accessToken.toUtf8()), qPrintable(f.fileName()));
            QVERIFY2(!bytes.contains(t.refreshToken.toUtf8()), qPrintable(f.fileName()));
        }
        QVERIFY(files > 0); // the keyring file itself
        QVERIFY(remove(u"3003"_s).ok());
    }

    void keyCarriesTheAppName()
    {
        // On Windows the Credential Manager names the entry after the key alone.
        QCOMPARE(KeychainTokenStore::keyFor(u"42"_s), u"chatvox/twitch-user-42"_s);
        QCOMPARE(KeychainTokenStore::legacyKeyFor(u"42"_s), u"twitch-user-42"_s);
        // The uninstaller's "remove my settings and saved Twitch login" deletes both names.
        QFile nsis(QStringLiteral(CHATVOX_SOURCE_DIR) + u"/packaging/windows/NSIS.template.in"_s);
        QVERIFY(nsis.open(QIODevice::ReadOnly));
        const QByteArray script = nsis.readAll();
        const QByteArray prefix = "!define LOGIN_CREDENTIAL_PREFIX \""
            + KeychainTokenStore::keyFor(QString()).toUtf8() + '"';
        const QByteArray legacyPrefix = "!define LEGACY_LOGIN_CREDENTIAL_PREFIX \""
            + KeychainTokenStore::legacyKeyFor(QString()).toUtf8() + '"';
        QVERIFY2(script.contains(prefix), prefix.constData());
        QVERIFY2(script.contains(legacyPrefix), legacyPrefix.constData());
        const TokenSet t = sample(u"5005"_s, u"k"_s);
        QVERIFY(write(t).ok());
        QCOMPARE(rawRead(m_store.service(), u"chatvox/twitch-user-5005"_s).error,
                 QKeychain::NoError);
        QCOMPARE(rawRead(m_store.service(), u"twitch-user-5005"_s).error, QKeychain::EntryNotFound);
        QVERIFY(remove(t.userId).ok());
    }

    // A login saved by an earlier build under the bare key is moved on the first read: it is
    // then under the new key only, and reads keep working from there.
    void loginUnderTheOldKeyIsMovedOnce()
    {
        const TokenSet t = sample(u"4004"_s, u"legacy"_s);
        const QString oldKey = KeychainTokenStore::legacyKeyFor(t.userId);
        const QString newKey = KeychainTokenStore::keyFor(t.userId);
        QVERIFY(rawWrite(m_store.service(), oldKey, serializeTokenSet(t)));
        if (const QByteArray found = secretToolSearch(oldKey); !found.isEmpty())
            QVERIFY2(found.contains("chatvox-test"), found.constData()); // really stored

        const TokenStoreResult r = read(t.userId);
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(r.tokens, t);
        QCOMPARE(rawRead(m_store.service(), oldKey).error, QKeychain::EntryNotFound);
        const RawEntry moved = rawRead(m_store.service(), newKey);
        QCOMPARE(moved.error, QKeychain::NoError);
        QCOMPARE(parseTokenSet(moved.data).value(), t);
        QVERIFY(!secretToolSearch(oldKey).contains("chatvox-test"));
        if (const QByteArray found = secretToolSearch(newKey); !found.isEmpty())
            QVERIFY2(found.contains("chatvox-test"), found.constData());

        QCOMPARE(read(t.userId).tokens, t); // from the new key now
        QVERIFY(remove(t.userId).ok());
        QCOMPARE(read(t.userId).status, TokenStoreResult::Status::NotFound);
    }

    // The new key wins over a stale entry under the old one, and writing drops the stale one.
    void writeReplacesAStaleOldEntry()
    {
        const TokenSet stale = sample(u"6006"_s, u"stale"_s);
        const TokenSet fresh = sample(u"6006"_s, u"fresh"_s);
        const QString oldKey = KeychainTokenStore::legacyKeyFor(stale.userId);
        QVERIFY(rawWrite(m_store.service(), oldKey, serializeTokenSet(stale)));
        QVERIFY(write(fresh).ok());
        QCOMPARE(rawRead(m_store.service(), oldKey).error, QKeychain::EntryNotFound);
        QCOMPARE(read(fresh.userId).tokens, fresh);
        QVERIFY(remove(fresh.userId).ok());
    }

    // Logging out (remove) also deletes a login that is still under the old key.
    void removeDeletesTheOldKeyToo()
    {
        const TokenSet t = sample(u"7007"_s, u"old"_s);
        const QString oldKey = KeychainTokenStore::legacyKeyFor(t.userId);
        QVERIFY(rawWrite(m_store.service(), oldKey, serializeTokenSet(t)));
        const TokenStoreResult r = remove(t.userId);
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(rawRead(m_store.service(), oldKey).error, QKeychain::EntryNotFound);
        QCOMPARE(read(t.userId).status, TokenStoreResult::Status::NotFound);
    }

    // On Windows the service does not count, so another program's "twitch-user-<id>" is the
    // same entry as an earlier ChatVox's. One that is not a ChatVox login of that user is
    // neither taken nor deleted.
    void foreignEntryUnderTheOldKeyIsLeftAlone()
    {
        const QString userId = u"8008"_s;
        const QString oldKey = KeychainTokenStore::legacyKeyFor(userId);
        const QList<QByteArray> foreign{
            "not ours", serializeTokenSet(sample(u"9009"_s, u"someone-else"_s)), // another user's
        };
        for (const QByteArray &data : foreign) {
            QVERIFY(rawWrite(m_store.service(), oldKey, data));
            QCOMPARE(read(userId).status, TokenStoreResult::Status::NotFound);
            QVERIFY(remove(userId).status != TokenStoreResult::Status::Failed);
            QCOMPARE(rawRead(m_store.service(), oldKey).data, data); // neither taken nor deleted
            const TokenSet mine = sample(userId, u"mine"_s);
            QVERIFY(write(mine).ok());
            QCOMPARE(read(userId).tokens, mine);
            QVERIFY(remove(userId).ok());
            const RawEntry theirs = rawRead(m_store.service(), oldKey);
            QCOMPARE(theirs.error, QKeychain::NoError);
            QCOMPARE(theirs.data, data);
        }
        QKeychain::DeletePasswordJob cleanup(m_store.service());
        cleanup.setAutoDelete(false);
        cleanup.setKey(oldKey);
        QSignalSpy done(&cleanup, &QKeychain::Job::finished);
        cleanup.start();
        QVERIFY(done.wait(20000));
    }
};

QTEST_GUILESS_MAIN(tst_KeychainTokenStore)
#include "tst_keychaintokenstore.moc"
