#pragma once

// Helpers shared by the chat layer's golden snapshot tests.

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QtTest>

namespace chatvox::golden {

inline QString dataDir()
{
    return QStringLiteral(CHATVOX_TEST_DATA_DIR "/twitch");
}

// The lines of tests/data/twitch/irc_samples.txt (copied byte-identical from the shared
// fixtures), without their LF. Index 0 is line 1.
inline QList<QByteArray> sampleLines()
{
    QFile file(dataDir() + QStringLiteral("/irc_samples.txt"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<QByteArray> lines = file.readAll().split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

inline bool updating()
{
    return qEnvironmentVariableIntValue("CHATVOX_UPDATE_GOLDEN") == 1;
}

// Compares actual with the stored snapshot, or (re)writes it when CHATVOX_UPDATE_GOLDEN=1.
// Returns false and records a test failure on a mismatch or a missing file.
inline bool matchesSnapshot(const QString &relativePath, const QJsonObject &actual)
{
    const QString path = dataDir() + QStringLiteral("/snapshots/") + relativePath;
    const QByteArray actualText = QJsonDocument(actual).toJson(QJsonDocument::Indented);
    if (updating()) {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            const QString message = QStringLiteral("cannot write ") + path;
            QTest::qFail(qPrintable(message), __FILE__, __LINE__);
            return false;
        }
        out.write(actualText);
        return true;
    }
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly)) {
        const QString message = QStringLiteral("missing snapshot ") + path
            + QStringLiteral(" (run with CHATVOX_UPDATE_GOLDEN=1)");
        QTest::qFail(qPrintable(message), __FILE__, __LINE__);
        return false;
    }
    const QJsonObject expected = QJsonDocument::fromJson(in.readAll()).object();
    if (expected != actual) {
        qWarning().noquote() << "snapshot" << relativePath << "differs; actual:\n" << actualText;
        const QString message = QStringLiteral("snapshot mismatch: ") + relativePath;
        QTest::qFail(qPrintable(message), __FILE__, __LINE__);
        return false;
    }
    return true;
}

} // namespace chatvox::golden
