#include "singleinstance.h"

#include "app/logging.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>

using namespace Qt::StringLiterals;

namespace chatvox {

SingleInstance::SingleInstance(const QString &serverName, QObject *parent)
    : QObject(parent)
    , m_name(serverName)
{
}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::serverNameFor(const QString &settingsFilePath)
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    const QString path = settingsFilePath.isEmpty()
        ? u"default"_s
        : QDir::cleanPath(QFileInfo(settingsFilePath).absoluteFilePath());
    const QByteArray hash
        = QCryptographicHash::hash((user + u'\n' + path).toUtf8(), QCryptographicHash::Sha256)
              .toHex()
              .left(16);
    return u"chatvox-"_s + QString::fromLatin1(hash);
}

QStringList SingleInstance::knownCommands()
{
    return {u"show"_s, u"skip"_s, u"pause"_s, u"resume"_s, u"kill"_s};
}

bool SingleInstance::isListening() const
{
    return m_server && m_server->isListening();
}

bool SingleInstance::listen()
{
    if (isListening())
        return true;
    {
        QLocalSocket probe;
        probe.connectToServer(m_name);
        if (probe.waitForConnected(500)) {
            m_error = tr("ChatVox is already running.");
            return false;
        }
    }
    // Nobody answered: a socket file left by a crashed instance (Unix) is stale.
    QLocalServer::removeServer(m_name);
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(m_name)) {
        m_error = tr("Cannot listen for other ChatVox starts: %1").arg(m_server->errorString());
        delete m_server;
        return false;
    }
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::onNewConnection);
    return true;
}

void SingleInstance::onNewConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        onReadyRead(socket);
    }
}

void SingleInstance::onReadyRead(QLocalSocket *socket)
{
    while (socket->canReadLine()) {
        const QString command = QString::fromUtf8(socket->readLine()).trimmed();
        if (command.isEmpty())
            continue;
        const bool known = knownCommands().contains(command);
        socket->write(((known ? u"ok "_s : u"unknown "_s) + command.left(40) + u'\n').toUtf8());
        socket->flush();
        if (known) {
            qCInfo(lcApp).noquote() << tr("Request from another start: %1").arg(command);
            emit commandReceived(command);
        }
    }
    if (socket->bytesAvailable() > 4096)
        socket->abort(); // no command is that long
}

bool SingleInstance::send(const QString &serverName, const QStringList &commands, int timeoutMs,
                          QString *error)
{
    QLocalSocket socket;
    socket.connectToServer(serverName);
    if (!socket.waitForConnected(std::min(timeoutMs, 1000))) {
        if (error)
            *error = tr("ChatVox is not running.");
        return false;
    }
    for (const QString &command : commands)
        socket.write((command + u'\n').toUtf8());
    socket.flush();
    int answers = 0;
    while (answers < commands.size()) {
        if (!socket.canReadLine() && !socket.waitForReadyRead(timeoutMs)) {
            if (error)
                *error = tr("The running ChatVox did not answer.");
            return false;
        }
        while (socket.canReadLine()) {
            const QString line = QString::fromUtf8(socket.readLine()).trimmed();
            if (line.startsWith(u"unknown ")) {
                if (error)
                    *error = tr("The running ChatVox does not know \"%1\".").arg(line.mid(8));
                return false;
            }
            ++answers;
        }
    }
    socket.disconnectFromServer();
    return true;
}

} // namespace chatvox
