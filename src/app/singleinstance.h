#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

class QLocalServer;
class QLocalSocket;

namespace chatvox {

// One desktop ChatVox per user and settings file. The first instance listens on a local socket
// (a named pipe on Windows); a second start sends its command line's requests there instead
// of starting again: "show" (bring the window forward) or --skip / --pause / --resume / --kill.
//
// Line protocol, UTF-8: the client sends one command per line; the server answers each with
// "ok <command>" or "unknown <command>". Only the commands in knownCommands() are accepted;
// the socket is reachable by the same user only.
class SingleInstance : public QObject
{
    Q_OBJECT
public:
    explicit SingleInstance(const QString &serverName, QObject *parent = nullptr);
    ~SingleInstance() override;

    // Per user and settings file (absolute path; empty = the default file).
    static QString serverNameFor(const QString &settingsFilePath);
    static QStringList knownCommands(); // show, skip, pause, resume, kill

    QString serverName() const { return m_name; }
    // Becomes the running instance. False when another instance answers (send to it instead)
    // or the socket cannot be created (errorString()).
    bool listen();
    bool isListening() const;
    QString errorString() const { return m_error; }

    // Sends commands to the running instance and waits (blocking, at most timeoutMs) for its
    // answers. False with *error set when no instance runs or it did not answer.
    static bool send(const QString &serverName, const QStringList &commands, int timeoutMs = 3000,
                     QString *error = nullptr);

Q_SIGNALS:
    void commandReceived(const QString &command);

private:
    void onNewConnection();
    void onReadyRead(QLocalSocket *socket);

    QString m_name;
    QString m_error;
    QPointer<QLocalServer> m_server;
};

} // namespace chatvox
