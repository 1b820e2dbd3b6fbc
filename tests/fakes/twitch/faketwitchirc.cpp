#include "faketwitchirc.h"

#include <QDateTime>
#include <QHostAddress>
#include <QPointer>
#include <QUuid>
#include <QWebSocket>
#include <QWebSocketServer>

using namespace Qt::StringLiterals;

namespace chatvox {

struct FakeTwitchIrc::Connection
{
    QPointer<QWebSocket> socket;
    QList<QByteArray> lines;
    QString nick;
    QByteArray pass;
    QStringList channels;
    bool silent = false;
    bool registered = false;
    bool tags = false;
};

namespace {

// Splits "CMD a b :trailing words" into {"CMD", "a", "b", "trailing words"} (no tags/prefix:
// clients send neither).
QList<QByteArray> splitClientLine(const QByteArray &line)
{
    QList<QByteArray> parts;
    qsizetype pos = 0;
    while (pos < line.size()) {
        while (pos < line.size() && line.at(pos) == ' ')
            ++pos;
        if (pos >= line.size())
            break;
        if (line.at(pos) == ':' && !parts.isEmpty()) {
            parts.append(line.mid(pos + 1));
            break;
        }
        qsizetype end = line.indexOf(' ', pos);
        if (end < 0)
            end = line.size();
        parts.append(line.mid(pos, end - pos));
        pos = end;
    }
    return parts;
}

} // namespace

FakeTwitchIrc::FakeTwitchIrc(QObject *parent)
    : QObject(parent)
    , m_server(
          std::make_unique<QWebSocketServer>(u"FakeTwitchIrc"_s, QWebSocketServer::NonSecureMode))
{
    connect(m_server.get(), &QWebSocketServer::newConnection, this,
            &FakeTwitchIrc::onNewConnection);
    m_server->listen(QHostAddress::LocalHost, 0);
}

FakeTwitchIrc::~FakeTwitchIrc()
{
    for (auto &connection : m_connections) {
        if (connection->socket) {
            connection->socket->disconnect(this);
            connection->socket->abort();
            delete connection->socket;
        }
    }
    m_server->close();
}

bool FakeTwitchIrc::isListening() const
{
    return m_server->isListening();
}

quint16 FakeTwitchIrc::port() const
{
    return m_server->serverPort();
}

QUrl FakeTwitchIrc::url() const
{
    QUrl url;
    url.setScheme(u"ws"_s);
    url.setHost(u"127.0.0.1"_s);
    url.setPort(port());
    return url;
}

int FakeTwitchIrc::openConnectionCount() const
{
    int count = 0;
    for (int i = 0; i < connectionCount(); ++i)
        count += isOpen(i) ? 1 : 0;
    return count;
}

bool FakeTwitchIrc::isOpen(int connection) const
{
    if (connection < 0 || connection >= connectionCount())
        return false;
    const QWebSocket *socket = m_connections[size_t(connection)]->socket;
    return socket && socket->state() == QAbstractSocket::ConnectedState;
}

QList<QByteArray> FakeTwitchIrc::linesFrom(int connection) const
{
    if (connection < 0 || connection >= connectionCount())
        return {};
    return m_connections[size_t(connection)]->lines;
}

QList<QByteArray> FakeTwitchIrc::allLines() const
{
    QList<QByteArray> lines;
    for (const auto &entry : m_allLines)
        lines.append(entry.second);
    return lines;
}

QString FakeTwitchIrc::nick(int connection) const
{
    if (connection < 0 || connection >= connectionCount())
        return {};
    return m_connections[size_t(connection)]->nick;
}

QStringList FakeTwitchIrc::joinedChannels(int connection) const
{
    if (connection < 0 || connection >= connectionCount())
        return {};
    return m_connections[size_t(connection)]->channels;
}

QList<FakeTwitchIrc::Connection *> FakeTwitchIrc::targets(int connection) const
{
    QList<Connection *> result;
    for (int i = 0; i < connectionCount(); ++i) {
        if ((connection < 0 || connection == i) && isOpen(i))
            result.append(m_connections[size_t(i)].get());
    }
    return result;
}

void FakeTwitchIrc::goSilent(int connection)
{
    for (Connection *target : targets(connection))
        target->silent = true;
}

void FakeTwitchIrc::sendLine(const QByteArray &line, int connection)
{
    sendLines({line}, connection);
}

void FakeTwitchIrc::sendLines(const QList<QByteArray> &lines, int connection)
{
    for (Connection *target : targets(connection)) {
        if (!target->silent)
            reply(*target, lines);
    }
}

void FakeTwitchIrc::sendBinary(const QByteArray &payload, int connection)
{
    for (Connection *target : targets(connection)) {
        if (!target->silent)
            target->socket->sendBinaryMessage(payload);
    }
}

void FakeTwitchIrc::sendToChannel(const QString &channel, const QByteArray &line)
{
    QString name = channel.toLower();
    if (name.startsWith(u'#'))
        name.remove(0, 1);
    for (Connection *target : targets(-1)) {
        if (!target->silent && target->channels.contains(name))
            reply(*target, {line});
    }
}

void FakeTwitchIrc::sendPing(const QByteArray &token, int connection)
{
    sendLine("PING :" + token, connection);
}

void FakeTwitchIrc::sendReconnect(int connection)
{
    sendLine(":tmi.twitch.tv RECONNECT", connection);
}

void FakeTwitchIrc::closeConnections(int connection)
{
    for (Connection *target : targets(connection))
        target->socket->close(QWebSocketProtocol::CloseCodeNormal, u"fake server closed"_s);
}

void FakeTwitchIrc::abortConnections(int connection)
{
    for (Connection *target : targets(connection))
        target->socket->abort();
}

void FakeTwitchIrc::reply(Connection &connection, const QList<QByteArray> &lines)
{
    if (!connection.socket || connection.silent)
        return;
    QByteArray frame;
    for (const QByteArray &line : lines)
        frame += line + "\r\n";
    connection.socket->sendTextMessage(QString::fromUtf8(frame));
}

void FakeTwitchIrc::onNewConnection()
{
    while (QWebSocket *socket = m_server->nextPendingConnection()) {
        const int index = connectionCount();
        auto connection = std::make_unique<Connection>();
        connection->socket = socket;
        m_connections.push_back(std::move(connection));
        socket->setMaxAllowedIncomingMessageSize(1024 * 1024);
        connect(socket, &QWebSocket::textMessageReceived, this,
                [this, index](const QString &frame) { onFrame(index, frame.toUtf8()); });
        connect(socket, &QWebSocket::binaryMessageReceived, this,
                [this, index](const QByteArray &frame) { onFrame(index, frame); });
        connect(socket, &QWebSocket::disconnected, this, [this, index, socket] {
            socket->deleteLater();
            Q_EMIT clientDisconnected(index);
        });
        Q_EMIT clientConnected(index);
        if (m_closeNewConnections)
            socket->close(QWebSocketProtocol::CloseCodeGoingAway, u"try again later"_s);
    }
}

void FakeTwitchIrc::onFrame(int index, const QByteArray &frame)
{
    for (QByteArray line : frame.split('\n')) {
        if (line.endsWith('\r'))
            line.chop(1);
        if (!line.isEmpty())
            handleLine(index, line);
    }
}

void FakeTwitchIrc::handleLine(int index, const QByteArray &line)
{
    Connection &c = *m_connections[size_t(index)];
    c.lines.append(line);
    m_allLines.append({index, line});
    Q_EMIT lineReceived(index, line);
    if (c.silent || !c.socket)
        return;

    const QList<QByteArray> parts = splitClientLine(line);
    if (parts.isEmpty())
        return;
    const QByteArray command = parts.first().toUpper();
    const QByteArray arg = parts.size() > 1 ? parts.at(1) : QByteArray();
    const QByteArray nick = c.nick.toUtf8();
    const QByteArray userPrefix = ':' + nick + '!' + nick + '@' + nick + ".tmi.twitch.tv";

    if (command == "CAP") {
        if (arg.toUpper() == "REQ" && parts.size() > 2) {
            c.tags = parts.at(2).contains("twitch.tv/tags");
            reply(c, {":tmi.twitch.tv CAP * ACK :" + parts.at(2)});
        }
    } else if (command == "PASS") {
        c.pass = arg;
    } else if (command == "NICK") {
        c.nick = QString::fromUtf8(arg).toLower();
        const bool anonymous = c.nick.startsWith(u"justinfan");
        if (!anonymous && !m_acceptedToken.isEmpty()
            && c.pass != "oauth:" + m_acceptedToken.toUtf8()) {
            reply(c, {":tmi.twitch.tv NOTICE * :Login authentication failed"});
            c.socket->close(QWebSocketProtocol::CloseCodeNormal);
            return;
        }
        c.registered = true;
        if (!m_welcomeEnabled)
            return;
        const QByteArray n = c.nick.toUtf8();
        QList<QByteArray> welcome{
            ":tmi.twitch.tv 001 " + n + " :Welcome, GLHF!",
            ":tmi.twitch.tv 002 " + n + " :Your host is tmi.twitch.tv",
            ":tmi.twitch.tv 003 " + n + " :This server is rather new",
            ":tmi.twitch.tv 004 " + n + " :-",
            ":tmi.twitch.tv 375 " + n + " :-",
            ":tmi.twitch.tv 372 " + n + " :You are in a maze of twisty passages.",
            ":tmi.twitch.tv 376 " + n + " :>",
        };
        if (!anonymous && c.tags)
            welcome.append("@badge-info=;badges=;color=;display-name=" + n
                           + ";emote-sets=0;user-id=1;user-type= :tmi.twitch.tv GLOBALUSERSTATE");
        reply(c, welcome);
    } else if (command == "JOIN") {
        if (!c.registered)
            return;
        for (const QByteArray &channel : arg.split(',')) {
            if (!channel.startsWith('#') || channel.size() < 2)
                continue;
            const QString name = QString::fromUtf8(channel.mid(1)).toLower();
            if (!c.channels.contains(name))
                c.channels.append(name);
            QList<QByteArray> answer{
                userPrefix + " JOIN " + channel,
                ':' + nick + ".tmi.twitch.tv 353 " + nick + " = " + channel + " :" + nick,
                ':' + nick + ".tmi.twitch.tv 366 " + nick + ' ' + channel + " :End of /NAMES list",
            };
            if (c.tags) {
                answer.append("@badge-info=;badges=;color=;display-name=" + nick
                              + ";emote-sets=0;mod=0;subscriber=0;user-type= :tmi.twitch.tv "
                                "USERSTATE "
                              + channel);
                answer.append("@emote-only=0;followers-only=-1;r9k=0;room-id=12345;slow=0;"
                              "subs-only=0 :tmi.twitch.tv ROOMSTATE "
                              + channel);
            }
            reply(c, answer);
            Q_EMIT channelJoined(index, name);
        }
    } else if (command == "PART") {
        for (const QByteArray &channel : arg.split(',')) {
            c.channels.removeAll(QString::fromUtf8(channel.mid(1)).toLower());
            reply(c, {userPrefix + " PART " + channel});
        }
    } else if (command == "PING") {
        reply(c, {":tmi.twitch.tv PONG tmi.twitch.tv :" + arg});
    } else if (command == "PONG" || command == "PRIVMSG") {
        // recorded above; Twitch answers neither
    } else {
        reply(c, {":tmi.twitch.tv 421 " + nick + ' ' + command + " :Unknown command"});
    }
}

QByteArray FakeTwitchIrc::escapeTagValue(const QString &value)
{
    QByteArray out;
    for (const char c : value.toUtf8()) {
        switch (c) {
        case ';':
            out += "\\:";
            break;
        case ' ':
            out += "\\s";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\n':
            out += "\\n";
            break;
        default:
            out += c;
            break;
        }
    }
    return out;
}

QByteArray FakeTwitchIrc::privmsgLine(const QString &channel, const QString &login,
                                      const QString &text, const QString &id,
                                      const QByteArray &extraTags, qint64 sentAtMs)
{
    const QByteArray user = login.toLower().toUtf8();
    const QByteArray messageId
        = id.isEmpty() ? QUuid::createUuid().toByteArray(QUuid::WithoutBraces) : id.toUtf8();
    const qint64 ts = sentAtMs > 0 ? sentAtMs : QDateTime::currentMSecsSinceEpoch();
    QByteArray tags = "@badge-info=;badges=;color=#1E90FF;display-name=" + escapeTagValue(login)
        + ";emotes=;first-msg=0;flags=;id=" + messageId
        + ";mod=0;returning-chatter=0;room-id=12345;subscriber=0;tmi-sent-ts="
        + QByteArray::number(ts)
        + ";turbo=0;user-id=" + QByteArray::number(qHash(user) % 1000000000u) + ";user-type=";
    if (!extraTags.isEmpty())
        tags += ';' + extraTags;
    QString name = channel.toLower();
    if (name.startsWith(u'#'))
        name.remove(0, 1);
    return tags + " :" + user + '!' + user + '@' + user + ".tmi.twitch.tv PRIVMSG #" + name.toUtf8()
        + " :" + text.toUtf8();
}

QByteArray FakeTwitchIrc::clearMsgLine(const QString &channel, const QString &login,
                                       const QString &targetMessageId)
{
    return "@login=" + login.toUtf8() + ";room-id=;target-msg-id=" + targetMessageId.toUtf8()
        + ";tmi-sent-ts=" + QByteArray::number(QDateTime::currentMSecsSinceEpoch())
        + " :tmi.twitch.tv CLEARMSG #" + channel.toLower().toUtf8() + " :deleted text";
}

QByteArray FakeTwitchIrc::clearChatLine(const QString &channel, const QString &login,
                                        int banDurationSeconds)
{
    QByteArray tags
        = "@room-id=12345;tmi-sent-ts=" + QByteArray::number(QDateTime::currentMSecsSinceEpoch());
    if (login.isEmpty())
        return tags + " :tmi.twitch.tv CLEARCHAT #" + channel.toLower().toUtf8();
    if (banDurationSeconds >= 0)
        tags = "@ban-duration=" + QByteArray::number(banDurationSeconds) + ';' + tags.mid(1);
    tags += ";target-user-id=" + QByteArray::number(qHash(login.toLower()) % 1000000000u);
    return tags + " :tmi.twitch.tv CLEARCHAT #" + channel.toLower().toUtf8() + " :"
        + login.toLower().toUtf8();
}

} // namespace chatvox
