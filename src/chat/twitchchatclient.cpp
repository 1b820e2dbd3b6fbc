#include "chat/twitchchatclient.h"

#include "chat/ircmessage.h"
#include "chat/logging.h"
#include "core/clock.h"

#include <algorithm>
#include <cmath>

#include <QRandomGenerator>
#include <QSignalBlocker>
#include <QWebSocket>

using namespace Qt::StringLiterals;

namespace chatvox {

namespace {

// Twitch logins: 1-25 of [a-z0-9_] (channels are named after their owner's login).
bool isValidLogin(QStringView name)
{
    if (name.isEmpty() || name.size() > 25)
        return false;
    return std::all_of(name.begin(), name.end(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'_';
    });
}

// Anything printable without spaces: it goes on the PASS line and must not break it.
bool isValidToken(QStringView token)
{
    return !token.isEmpty() && std::all_of(token.begin(), token.end(), [](QChar c) {
        return c.unicode() > 0x20 && c.unicode() < 0x7f;
    });
}

// What Twitch answers to a bad or expired token, as "NOTICE * :<text>" before it closes the
// connection (dev.twitch.tv/docs/irc/authenticate-bot).
bool isAuthenticationFailure(QByteArrayView text)
{
    return text.contains("Login authentication failed")
        || text.contains("Improperly formatted auth") || text.contains("Login unsuccessful");
}

} // namespace

int backoffDelayMs(const BackoffPolicy &policy, int attempt, double unitRandom)
{
    const double minMs = std::max(0, policy.minMs);
    const double maxMs = std::max(minMs, double(policy.maxMs));
    const double base = std::min(maxMs, minMs * std::ldexp(1.0, std::clamp(attempt, 0, 60)));
    const double jitter = std::clamp(policy.jitter, 0.0, 1.0);
    const double factor = 1.0 + jitter * (2.0 * std::clamp(unitRandom, 0.0, 1.0) - 1.0);
    return int(std::lround(std::clamp(base * factor, 0.0, maxMs)));
}

QUrl TwitchChatClient::defaultUrl()
{
    return QUrl(u"wss://irc-ws.chat.twitch.tv:443"_s);
}

TwitchChatClient::TwitchChatClient(const QUrl &url, QObject *parent)
    : ChatEventSource(parent)
    , m_url(url)
{
    for (QTimer *timer : {&m_idleTimer, &m_pongTimer, &m_handshakeTimer, &m_reconnectTimer})
        timer->setSingleShot(true);
    connect(&m_idleTimer, &QTimer::timeout, this, &TwitchChatClient::onIdleTimeout);
    connect(&m_pongTimer, &QTimer::timeout, this, [this] {
        Q_EMIT error(tr("Twitch chat stopped answering. Reconnecting."));
        connectionLost(u"no data after our PING (half-open connection)"_s);
    });
    connect(&m_handshakeTimer, &QTimer::timeout, this, [this] {
        Q_EMIT error(tr("Twitch chat did not answer in time. Reconnecting."));
        connectionLost(u"no welcome within the handshake timeout"_s);
    });
    connect(&m_reconnectTimer, &QTimer::timeout, this, &TwitchChatClient::openSocket);
}

TwitchChatClient::~TwitchChatClient()
{
    const QSignalBlocker blocker(this);
    m_reconnectTimer.stop();
    dropSocket();
}

bool TwitchChatClient::setChannel(const QString &channel)
{
    QString name = channel.trimmed().toLower();
    if (name.startsWith(u'#'))
        name.remove(0, 1);
    if (!name.isEmpty() && !isValidLogin(name)) {
        qCWarning(lcChat) << "ignoring invalid channel name" << channel;
        return false;
    }
    if (name == m_channel)
        return true;
    m_channel = name;
    if (m_state == State::Connected || m_state == State::Joined) {
        if (!m_joinedChannel.isEmpty())
            sendLine("PART #" + m_joinedChannel.toUtf8());
        m_joinedChannel.clear();
        setState(State::Connected);
        sendJoin();
    }
    return true;
}

bool TwitchChatClient::setCredentials(const QString &login, const QString &token)
{
    QString tokenValue = token.trimmed();
    if (tokenValue.startsWith(u"oauth:"))
        tokenValue.remove(0, 6);
    if (tokenValue.isEmpty()) {
        m_login.clear();
        m_token.clear();
        return true;
    }
    const QString loginValue = login.trimmed().toLower();
    if (!isValidLogin(loginValue) || !isValidToken(tokenValue)) {
        qCWarning(lcChat) << "ignoring malformed credentials for login" << login;
        return false;
    }
    m_login = loginValue;
    m_token = tokenValue;
    return true;
}

void TwitchChatClient::setTimings(const TwitchChatTimings &timings)
{
    m_timings = timings;
}

void TwitchChatClient::setMaxIncomingMessageBytes(qint64 bytes)
{
    m_maxIncomingMessageBytes = std::max<qint64>(bytes, 4096);
}

void TwitchChatClient::start()
{
    if (m_state != State::Disconnected)
        return;
    const QString scheme = m_url.scheme();
    if (!m_url.isValid() || (scheme != u"ws" && scheme != u"wss")) {
        Q_EMIT error(tr("Invalid Twitch chat address: %1").arg(m_url.toDisplayString()));
        return;
    }
    m_attempt = 0;
    openSocket();
}

void TwitchChatClient::stop()
{
    m_reconnectTimer.stop();
    m_idleTimer.stop();
    m_pongTimer.stop();
    m_handshakeTimer.stop();
    if (QWebSocket *socket = m_socket) {
        m_socket = nullptr;
        socket->disconnect(this);
        // Close politely, but do not wait for the server's close frame forever.
        connect(socket, &QWebSocket::disconnected, socket, &QObject::deleteLater);
        QTimer::singleShot(2000, socket, &QObject::deleteLater);
        socket->close();
    }
    setState(State::Disconnected);
}

void TwitchChatClient::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    qCDebug(lcChat) << "state" << state;
    Q_EMIT stateChanged(state);
}

void TwitchChatClient::openSocket()
{
    dropSocket();
    m_reconnectTimer.stop();
    m_joinedChannel.clear();
    m_socketConnected = false;
    m_nick = isAnonymous()
        // Twitch's read-only anonymous login: "justinfan" + any digits.
        ? u"justinfan"_s + QString::number(QRandomGenerator::global()->bounded(1000, 1000000))
        : m_login;
    setState(State::Connecting);

    auto *socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    m_socket = socket;
    socket->setMaxAllowedIncomingMessageSize(quint64(m_maxIncomingMessageBytes));
    socket->setMaxAllowedIncomingFrameSize(quint64(m_maxIncomingMessageBytes));
    connect(socket, &QWebSocket::connected, this, &TwitchChatClient::onSocketConnected);
    connect(socket, &QWebSocket::disconnected, this, &TwitchChatClient::onSocketDisconnected);
    // Qt 6.4 has no QWebSocket::errorOccurred.
    connect(socket, QOverload<QAbstractSocket::SocketError>::of(&QWebSocket::error), this,
            &TwitchChatClient::onSocketError);
    // A text frame arrives as QString (Qt already checked its UTF-8 and closes the connection
    // on invalid UTF-8, RFC 6455 8.1); binary frames are taken as raw UTF-8 lines as well.
    connect(socket, &QWebSocket::textMessageReceived, this, [this](const QString &frame) {
        const qint64 receivedNs = monotonicNs(); // before the conversion
        onFrame(frame.toUtf8(), receivedNs);
    });
    connect(socket, &QWebSocket::binaryMessageReceived, this,
            [this](const QByteArray &frame) { onFrame(frame, monotonicNs()); });

    m_handshakeTimer.start(m_timings.handshakeTimeoutMs);
    qCInfo(lcChat) << "connecting to" << m_url.toDisplayString() << "as" << m_nick;
    socket->open(m_url);
}

void TwitchChatClient::dropSocket()
{
    m_idleTimer.stop();
    m_pongTimer.stop();
    m_handshakeTimer.stop();
    if (QWebSocket *socket = m_socket) {
        m_socket = nullptr;
        socket->disconnect(this); // nothing more from the old connection reaches us
        socket->abort();
        socket->deleteLater();
    }
}

void TwitchChatClient::onSocketConnected()
{
    m_socketConnected = true;
    m_idleTimer.start(m_timings.idlePingMs);
    // dev.twitch.tv/docs/irc/authenticate-bot: CAP first, then PASS (not anonymous) and NICK.
    sendLine("CAP REQ :twitch.tv/tags twitch.tv/commands");
    if (!isAnonymous())
        sendLine("PASS oauth:" + m_token.toUtf8());
    sendLine("NICK " + m_nick.toUtf8());
}

void TwitchChatClient::onSocketDisconnected()
{
    if (!m_socket)
        return;
    // Qt may report a failed connect (refused, unreachable, TLS) as just "disconnected" and send
    // the error afterwards, when we no longer listen: treat it as the error it is.
    const QAbstractSocket::SocketError socketError = m_socket->error();
    if (!m_socketConnected
        || (socketError != QAbstractSocket::UnknownSocketError
            && socketError != QAbstractSocket::RemoteHostClosedError)) {
        onSocketError(socketError);
        return;
    }
    const QString reason
        = m_socket->closeReason().isEmpty() ? u"closed by the server"_s : m_socket->closeReason();
    qCInfo(lcChat) << "socket closed, code" << m_socket->closeCode() << reason;
    connectionLost(reason);
}

void TwitchChatClient::onSocketError(QAbstractSocket::SocketError socketError)
{
    QString detail = m_socket ? m_socket->errorString() : QString();
    if (detail.isEmpty() || socketError == QAbstractSocket::UnknownSocketError)
        detail = tr("the connection closed before it was established");
    qCWarning(lcChat) << "socket error" << socketError << detail;
    Q_EMIT error(tr("Twitch chat connection failed: %1").arg(detail));
    connectionLost(detail);
}

void TwitchChatClient::onFrame(const QByteArray &frame, qint64 receivedNs)
{
    // Any data proves the connection alive.
    m_pongTimer.stop();
    if (m_socket)
        m_idleTimer.start(m_timings.idlePingMs);

    dispatchFrame(frame, receivedNs);
}

void TwitchChatClient::onIdleTimeout()
{
    if (!m_socket)
        return;
    qCDebug(lcChat) << "no data for" << m_timings.idlePingMs << "ms, sending PING";
    sendLine("PING :tmi.twitch.tv");
    m_pongTimer.start(m_timings.pongTimeoutMs);
}

void TwitchChatClient::handleProtocolMessage(const IrcMessage &message, qint64)
{
    const QByteArrayView command = message.command();
    if (command == "PING") {
        const QByteArrayView token = message.trailingView();
        sendLine("PONG :" + (token.isEmpty() ? QByteArray("tmi.twitch.tv") : token.toByteArray()));
    } else if (command == "001") {
        m_handshakeTimer.stop();
        qCInfo(lcChat) << "logged in as" << m_nick;
        setState(State::Connected);
        sendJoin();
    } else if (command == "JOIN") {
        const QByteArrayView channel = message.paramView(0);
        if (!m_joinedChannel.isEmpty() && channel.startsWith('#')
            && channel.sliced(1) == m_joinedChannel.toUtf8()
            && message.nick().compare(m_nick, Qt::CaseInsensitive) == 0) {
            qCInfo(lcChat) << "joined" << channel;
            m_attempt = 0; // a working connection: the next loss starts from the minimum delay
            setState(State::Joined);
            Q_EMIT joined(m_joinedChannel);
        }
    } else if (command == "RECONNECT") {
        // Twitch is about to restart this server (dev.twitch.tv/docs/irc/commands#reconnect).
        qCInfo(lcChat) << "server asked us to reconnect";
        dropSocket();
        scheduleReconnect(0);
    } else if (command == "NOTICE" && message.paramView(0) == "*"
               && isAuthenticationFailure(message.trailingView())) {
        qCWarning(lcChat) << "authentication failed:" << message.trailing();
        dropSocket();
        m_reconnectTimer.stop();
        setState(State::Disconnected);
        Q_EMIT authenticationFailed();
        Q_EMIT error(tr("Twitch refused the login. Please log in again."));
    } else if (command == "CAP" && message.paramView(1) == "NAK") {
        qCWarning(lcChat) << "server refused capabilities" << message.trailing();
    }
}

void TwitchChatClient::connectionLost(const QString &reason)
{
    if (m_state == State::Disconnected || m_state == State::Reconnecting)
        return;
    dropSocket();
    const int delay = backoffDelayMs(m_timings.backoff, m_attempt,
                                     QRandomGenerator::global()->generateDouble());
    if (m_attempt < 60)
        ++m_attempt;
    qCInfo(lcChat).noquote() << "connection lost (" << reason << "), reconnecting in" << delay
                             << "ms";
    scheduleReconnect(delay);
}

void TwitchChatClient::scheduleReconnect(int delayMs)
{
    setState(State::Reconnecting);
    Q_EMIT reconnectScheduled(delayMs);
    // The signal handler may have called stop().
    if (m_state == State::Reconnecting)
        m_reconnectTimer.start(delayMs);
}

bool TwitchChatClient::sendMessage(const QString &text, const QString &replyToMessageId)
{
    if (!canSend() || m_joinedChannel.isEmpty())
        return false;
    QString line = text;
    for (QChar &c : line) {
        if (c == u'\r' || c == u'\n' || c.unicode() < 0x20)
            c = u' ';
    }
    line = line.simplified().left(500);
    if (line.isEmpty())
        return false;
    const qint64 now = monotonicNs() / 1'000'000;
    while (!m_sentAtMs.isEmpty() && now - m_sentAtMs.constFirst() >= 30'000)
        m_sentAtMs.removeFirst();
    if (m_sentAtMs.size() >= kMaxMessagesPer30s) {
        qCWarning(lcChat) << "not sending a chat message: Twitch's rate limit would be exceeded";
        return false;
    }
    m_sentAtMs.append(now);
    QByteArray prefix;
    // Message ids are UUIDs; anything else would break the tag.
    if (!replyToMessageId.isEmpty() && isValidToken(replyToMessageId)
        && !replyToMessageId.contains(u';'))
        prefix = "@reply-parent-msg-id=" + replyToMessageId.toUtf8() + ' ';
    sendLine(prefix + "PRIVMSG #" + m_joinedChannel.toUtf8() + " :" + line.toUtf8());
    return true;
}

void TwitchChatClient::sendJoin()
{
    if (m_channel.isEmpty())
        return;
    m_joinedChannel = m_channel;
    sendLine("JOIN #" + m_channel.toUtf8());
}

void TwitchChatClient::sendLine(const QByteArray &line)
{
    if (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState) {
        qCDebug(lcChat) << "not connected, dropping outgoing" << line.left(line.indexOf(' '));
        return;
    }
    if (line.startsWith("PASS "))
        qCDebug(lcChat) << "> PASS oauth:<redacted>";
    else
        qCDebug(lcChat).noquote() << ">" << line;
    m_socket->sendTextMessage(QString::fromUtf8(line));
}

} // namespace chatvox
