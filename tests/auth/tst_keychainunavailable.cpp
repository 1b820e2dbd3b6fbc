// A system without a Secret Service (ctest points DBUS_SESSION_BUS_ADDRESS nowhere): the store
// says so clearly instead of failing silently or writing the token in plain text.
#include "auth/keychaintokenstore.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace chatvox;

class tst_KeychainUnavailable : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void saysSoClearly()
    {
#ifndef Q_OS_LINUX
        QSKIP("Only Linux can lack a keychain");
#endif
        QTemporaryDir home;
        qputenv("HOME", home.path().toUtf8()); // where an insecure fallback would write
        qputenv("XDG_CONFIG_HOME", home.filePath(u".config"_s).toUtf8());
        KeychainTokenStore store(u"chatvox-test"_s);
        const TokenSet t{u"1"_s, u"a"_s, u"plaintextcanary0123456789"_s, u"r"_s, 0, {}};
        TokenStoreResult result;
        bool done = false;
        store.write(t, this, [&](const TokenStoreResult &r) {
            result = r;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 30000);
        QCOMPARE(result.status, TokenStoreResult::Status::Unavailable);
        QVERIFY2(result.message.contains(u"No system keychain"_s), qPrintable(result.message));
        QVERIFY(result.message.contains(u"Secret Service"_s));
        // Nothing was written in clear anywhere under HOME.
        QDirIterator it(home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(!f.readAll().contains("plaintextcanary"), qPrintable(f.fileName()));
        }
        done = false;
        store.read(u"1"_s, this, [&](const TokenStoreResult &r) {
            result = r;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 30000);
        QCOMPARE(result.status, TokenStoreResult::Status::Unavailable);
    }
};

QTEST_GUILESS_MAIN(tst_KeychainUnavailable)
#include "tst_keychainunavailable.moc"
