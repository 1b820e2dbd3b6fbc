// FileWatch against real files in a temporary folder, changed the ways editors and
// orchestrators change them: in place, replaced by rename, Kubernetes' atomic symlink swap
// (as kubelet's AtomicWriter does it for ConfigMap volumes), deleted and recreated, and in
// bursts.
#include "app/filewatch.h"

#include <cstdio>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using chatvox::FileWatch;

namespace {

bool writeInPlace(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

// A new file renamed over the old one, as editors and QSaveFile do.
bool writeByRename(const QString &path, const QByteArray &bytes)
{
    QSaveFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size() && f.commit();
}

} // namespace

class TestFileWatch : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_n = 0;
    QString newPath() { return m_dir.filePath(u"watched-%1.ini"_s.arg(++m_n)); }

private slots:
    void writeInPlaceIsSeen()
    {
        const QString path = newPath();
        QVERIFY(writeInPlace(path, "a=1\n"));
        FileWatch watch(path);
        QSignalSpy changed(&watch, &FileWatch::changed);
        QVERIFY(writeInPlace(path, "a=2\n"));
        QVERIFY(changed.wait(5000));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed[0][0].toByteArray(), QByteArray("a=2\n"));
        // and again: the watch on the file is still there
        QVERIFY(writeInPlace(path, "a=3\n"));
        QVERIFY(changed.wait(5000));
        QCOMPARE(changed.last()[0].toByteArray(), QByteArray("a=3\n"));
    }

    void replaceByRenameIsSeenEachTime()
    {
        const QString path = newPath();
        QVERIFY(writeInPlace(path, "a=1\n"));
        FileWatch watch(path);
        QSignalSpy changed(&watch, &FileWatch::changed);
        for (int i = 2; i <= 4; ++i) {
            const QByteArray content = "a=" + QByteArray::number(i) + '\n';
            QVERIFY(writeByRename(path, content));
            QVERIFY(changed.wait(5000));
            QCOMPARE(changed.last()[0].toByteArray(), content);
            // the new file is watched in place too
            QVERIFY(writeInPlace(path, content + "b=1\n"));
            QVERIFY(changed.wait(5000));
            QCOMPARE(changed.last()[0].toByteArray(), content + "b=1\n");
        }
        QCOMPARE(changed.size(), 6);
    }

    // A ConfigMap volume: <dir>/..2026_12_07_12_00_00.1/chatvox.ini holds the data, "..data"
    // links to that folder and chatvox.ini to ..data/chatvox.ini. An update writes a new
    // timestamped folder, links "..data_tmp" to it, renames ..data_tmp over ..data (the atomic
    // step) and removes the old folder (kubelet's AtomicWriter).
    void kubernetesSymlinkSwapIsSeen()
    {
#ifndef Q_OS_UNIX
        QSKIP("ConfigMap volumes are a Linux thing (symbolic links)");
#else
        QTemporaryDir volume;
        const QDir dir(volume.path());
        auto writeVersion = [&](const QString &stamp, const QByteArray &content) {
            QVERIFY(dir.mkdir(stamp));
            QVERIFY(writeInPlace(dir.filePath(stamp + u"/chatvox.ini"_s), content));
        };
        writeVersion(u"..2026_12_07_12_00_00.1"_s, "speech/speedScale=1\n");
        QVERIFY(QFile::link(u"..2026_12_07_12_00_00.1"_s, dir.filePath(u"..data"_s)));
        QVERIFY(QFile::link(u"..data/chatvox.ini"_s, dir.filePath(u"chatvox.ini"_s)));
        const QString path = dir.filePath(u"chatvox.ini"_s);
        QCOMPARE(QFile(path).open(QIODevice::ReadOnly), true);

        FileWatch watch(path);
        QSignalSpy changed(&watch, &FileWatch::changed);
        QSignalSpy removed(&watch, &FileWatch::removed);
        QString current = u"..2026_12_07_12_00_00.1"_s;
        for (int i = 2; i <= 3; ++i) {
            const QString stamp = u"..2026_12_07_12_0%1_00.%1"_s.arg(i);
            const QByteArray content = "speech/speedScale=" + QByteArray::number(i) + '\n';
            writeVersion(stamp, content);
            const QString tmp = dir.filePath(u"..data_tmp"_s);
            QVERIFY(QFile::link(stamp, tmp));
            // rename(2) replaces the old link atomically; QFile::rename would refuse.
            QCOMPARE(std::rename(QFile::encodeName(tmp).constData(),
                                 QFile::encodeName(dir.filePath(u"..data"_s)).constData()),
                     0);
            QVERIFY(QDir(dir.filePath(current)).removeRecursively());
            current = stamp;
            QVERIFY(changed.wait(5000));
            QCOMPARE(changed.last()[0].toByteArray(), content);
        }
        QCOMPARE(changed.size(), 2);
        QCOMPARE(removed.size(), 0); // the file never went away for its readers
#endif
    }

    void deleteThenRecreate()
    {
        const QString path = newPath();
        QVERIFY(writeInPlace(path, "a=1\n"));
        FileWatch watch(path);
        QSignalSpy changed(&watch, &FileWatch::changed);
        QSignalSpy removed(&watch, &FileWatch::removed);
        QVERIFY(QFile::remove(path));
        QVERIFY(removed.wait(5000));
        QCOMPARE(changed.size(), 0);
        QVERIFY(writeInPlace(path, "a=2\n"));
        QVERIFY(changed.wait(5000));
        QCOMPARE(changed.last()[0].toByteArray(), QByteArray("a=2\n"));
        QCOMPARE(removed.size(), 1);
        // The same content back after another delete is a change too: it had gone.
        QVERIFY(QFile::remove(path));
        QVERIFY(removed.wait(5000));
        QVERIFY(writeInPlace(path, "a=2\n"));
        QVERIFY(changed.wait(5000));
        QCOMPARE(changed.size(), 2);
    }

    void burstOfWritesIsOneChange()
    {
        const QString path = newPath();
        QVERIFY(writeInPlace(path, "a=0\n"));
        FileWatch watch(path);
        QSignalSpy changed(&watch, &FileWatch::changed);
        QSignalSpy settled(&watch, &FileWatch::settled);
        // A writer that truncates, writes part, writes the rest, renames, ... : the watcher
        // sees every step (the event loop runs between them), and the owner sees one change.
        for (int i = 1; i <= 20; ++i) {
            const QByteArray content = "a=" + QByteArray::number(i) + '\n';
            QVERIFY(i % 3 ? writeInPlace(path, content) : writeByRename(path, content));
            QCoreApplication::processEvents();
        }
        QVERIFY(settled.wait(5000));
        QCOMPARE(settled.size(), 1);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed[0][0].toByteArray(), QByteArray("a=20\n"));
    }

    void ownWritesAreNoChange()
    {
        const QString path = newPath();
        QVERIFY(writeInPlace(path, "a=1\n"));
        FileWatch watch(path);
        QSignalSpy changed(&watch, &FileWatch::changed);
        QSignalSpy settled(&watch, &FileWatch::settled);
        watch.setKnownContent(QByteArray("a=2\n")); // what the owner is about to write
        QVERIFY(writeByRename(path, "a=2\n"));
        QVERIFY(settled.wait(5000));
        QCOMPARE(changed.size(), 0);
        // Rewriting the same bytes is no change either.
        QVERIFY(writeInPlace(path, "a=2\n"));
        QVERIFY(settled.wait(5000));
        QCOMPARE(changed.size(), 0);
        QVERIFY(writeInPlace(path, "a=3\n"));
        QVERIFY(changed.wait(5000));
    }

    void fileThatDoesNotExistYet()
    {
        const QString path = newPath();
        FileWatch watch(path);
        QSignalSpy changed(&watch, &FileWatch::changed);
        QVERIFY(writeByRename(path, "a=1\n"));
        QVERIFY(changed.wait(5000));
        QCOMPARE(changed[0][0].toByteArray(), QByteArray("a=1\n"));
    }
};

QTEST_GUILESS_MAIN(TestFileWatch)
#include "tst_filewatch.moc"
