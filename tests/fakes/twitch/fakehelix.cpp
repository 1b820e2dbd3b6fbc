#include "fakehelix.h"

#include <QFile>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace chatvox::test {

namespace {

QByteArray helixError(int status, const QString &error, const QString &message)
{
    return QJsonDocument(
               QJsonObject{{u"error"_s, error}, {u"status"_s, status}, {u"message"_s, message}})
        .toJson(QJsonDocument::Compact);
}

} // namespace

QByteArray FakeHelix::fixture(const QString &name)
{
    QFile file(u":/faketwitch/eventsub/"_s + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("FakeHelix: fixture %s missing", qPrintable(name));
    return file.readAll();
}

FakeHelix::FakeHelix(QObject *parent)
    : QObject(parent)
    , m_server(std::make_unique<QHttpServer>())
{
    qRegisterMetaType<chatvox::test::FakeHelix::Subscription>();
    m_server->setMissingHandler(
        [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            handle(request, std::move(responder));
        });
}

FakeHelix::~FakeHelix() = default;

bool FakeHelix::listen(quint16 port)
{
    auto *tcp = new QTcpServer;
    if (!tcp->listen(QHostAddress::LocalHost, port)) {
        delete tcp;
        return false;
    }
    m_port = tcp->serverPort();
    m_server->bind(tcp);
    return true;
}

QUrl FakeHelix::url() const
{
    return QUrl(u"http://127.0.0.1:%1/helix"_s.arg(m_port));
}

void FakeHelix::failNext(int status, int count)
{
    m_failStatus = status;
    m_failCount = count;
}

void FakeHelix::handle(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    ++m_requests;
    int status = 202;
    QByteArray body;
    const QByteArray auth = request.value("Authorization");
    const QString clientId = QString::fromUtf8(request.value("Client-Id"));
    const QString token = auth.startsWith("Bearer ") ? QString::fromUtf8(auth.mid(7)) : QString();
    const QJsonObject in = QJsonDocument::fromJson(request.body()).object();
    const QJsonObject transport = in.value(u"transport"_s).toObject();
    const QString sessionId = transport.value(u"session_id"_s).toString();
    const QString type = in.value(u"type"_s).toString();
    const QString broadcaster
        = in.value(u"condition"_s).toObject().value(u"broadcaster_user_id"_s).toString();

    if (request.url().path() != u"/helix/eventsub/subscriptions"
        || request.method() != QHttpServerRequest::Method::Post) {
        status = 404;
        body = helixError(404, u"Not Found"_s, u"no such endpoint"_s);
    } else if (m_failCount > 0) {
        --m_failCount;
        status = m_failStatus;
        body = helixError(status, u"Error"_s, u"injected failure"_s);
    } else if (clientId != m_clientId) {
        status = 401;
        body = helixError(401, u"Unauthorized"_s, u"Client ID and OAuth token do not match"_s);
    } else if (token.isEmpty() || (m_tokenCheck && !m_tokenCheck(token))) {
        status = 401;
        body = helixError(401, u"Unauthorized"_s, u"Invalid OAuth token"_s);
    } else if (transport.value(u"method"_s).toString() != u"websocket" || sessionId.isEmpty()
               || type.isEmpty() || broadcaster.isEmpty()
               || in.value(u"version"_s).toString().isEmpty()) {
        status = 400;
        body = helixError(400, u"Bad Request"_s, u"missing or malformed fields"_s);
    } else if (m_sessionCheck && !m_sessionCheck(sessionId)) {
        status = 400;
        body = helixError(400, u"Bad Request"_s,
                          u"websocket transport session does not exist or has already "
                          "disconnected"_s);
    } else {
        for (const Subscription &s : std::as_const(m_subscriptions)) {
            if (s.sessionId == sessionId && s.type == type && s.broadcasterUserId == broadcaster) {
                status = 409;
                body = helixError(409, u"Conflict"_s, u"subscription already exists"_s);
            }
        }
    }
    if (status == 202) {
        Subscription s;
        s.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        s.type = type;
        s.version = in.value(u"version"_s).toString();
        s.broadcasterUserId = broadcaster;
        s.sessionId = sessionId;
        s.clientId = clientId;
        s.authorization = auth;
        m_subscriptions << s;
        // The fixture's shape, filled with this subscription.
        QJsonObject out
            = QJsonDocument::fromJson(fixture(u"helix_create_subscription_response_202.json"_s))
                  .object();
        QJsonObject data = out.value(u"data"_s).toArray().at(0).toObject();
        data.insert(u"id"_s, s.id);
        data.insert(u"status"_s, u"enabled"_s);
        data.insert(u"type"_s, s.type);
        data.insert(u"version"_s, s.version);
        data.insert(u"condition"_s, in.value(u"condition"_s));
        data.insert(u"transport"_s,
                    QJsonObject{{u"method"_s, u"websocket"_s}, {u"session_id"_s, sessionId}});
        data.insert(u"cost"_s, 0);
        out.insert(u"data"_s, QJsonArray{data});
        body = QJsonDocument(out).toJson(QJsonDocument::Compact);
        Q_EMIT subscriptionCreated(s);
    }
    m_statuses << status;
    const auto write = [this, status, body](QHttpServerResponder &r) {
        r.write(body, {{"Content-Type"_ba, "application/json"_ba}},
                QHttpServerResponder::StatusCode(status));
        Q_EMIT requestAnswered(status);
    };
    if (m_delayMs <= 0) {
        write(responder);
        return;
    }
    auto held = std::make_shared<QHttpServerResponder>(std::move(responder));
    QPointer<QTcpSocket> socket = held->socket();
    QTimer::singleShot(m_delayMs, this, [held, socket, write] {
        if (socket && socket->state() == QAbstractSocket::ConnectedState)
            write(*held);
    });
}

} // namespace chatvox::test
