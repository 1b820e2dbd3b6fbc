#pragma once

// Test helper around the stand-in PowerShell (tests/fakes/powershell): where it records, how it
// is told to misbehave (its environment), and what it received.
#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QProcessEnvironment>
#include <QString>
#include <QTemporaryDir>

namespace chatvox::test {

class FakePowerShell
{
public:
    FakePowerShell() { m_env.insert(QStringLiteral("CHATVOX_FAKE_PS_RECORD"), recordPath()); }

    static QString program() { return QStringLiteral(CHATVOX_FAKE_POWERSHELL); }
    QString dir() const { return m_dir.path(); }
    QString recordPath() const { return m_dir.filePath(QStringLiteral("received")); }
    QString oncePath() const { return m_dir.filePath(QStringLiteral("once")); }

    // e.g. set("HANG_AT", "1") sets CHATVOX_FAKE_PS_HANG_AT.
    void set(const char *name, const QString &value)
    {
        m_env.insert(QStringLiteral("CHATVOX_FAKE_PS_") + QString::fromLatin1(name), value);
    }
    void misbehaveOnce() { m_env.insert(QStringLiteral("CHATVOX_FAKE_PS_ONCE"), oncePath()); }
    QProcessEnvironment environment() const { return m_env; }

    // Every byte every stand-in process read from its stdin, in order.
    QByteArray received() const { return readAll(recordPath()); }
    QList<QJsonObject> requests() const { return objects(received()); }
    // One {"pid","cwd","argv"} per process start.
    QList<QJsonObject> starts() const { return objects(readAll(recordPath() + u".argv")); }

    static QList<QJsonObject> objects(const QByteArray &bytes)
    {
        QList<QJsonObject> out;
        for (const QByteArray &line : bytes.split('\n')) {
            if (!line.trimmed().isEmpty())
                out << QJsonDocument::fromJson(line).object();
        }
        return out;
    }

private:
    static QByteArray readAll(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    QTemporaryDir m_dir;
    QProcessEnvironment m_env = QProcessEnvironment::systemEnvironment();
};

} // namespace chatvox::test
