// Against the real GNOME Keyring (Secret Service over a private D-Bus session, with-keyring.sh).
#include "auth/keychaintokenstore.h"

#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QtTest>

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
};

QTEST_GUILESS_MAIN(tst_KeychainTokenStore)
#include "tst_keychaintokenstore.moc"
