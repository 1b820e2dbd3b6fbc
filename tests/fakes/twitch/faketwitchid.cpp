#include "faketwitchid.h"

#include <QDateTime>
#include <QFile>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace chatvox::test {

namespace {

QString randomToken(int length, QStringView alphabet)
{
    QString token;
    for (int i = 0; i < length; ++i)
        token += alphabet.at(QRandomGenerator::global()->bounded(int(alphabet.size())));
    return token;
}

QHash<QString, QString> parseForm(const QByteArray &body)
{
    QHash<QString, QString> form;
    for (const QByteArray &pair : body.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        QByteArray key = eq < 0 ? pair : pair.left(eq);
        QByteArray value = eq < 0 ? QByteArray() : pair.mid(eq + 1);
        key.replace('+', ' ');
        value.replace('+', ' '); // a form decoder reads '+' as a space
        form.insert(QString::fromUtf8(QByteArray::fromPercentEncoding(key)),
                    QString::fromUtf8(QByteArray::fromPercentEncoding(value)));
    }
    return form;
}

QJsonObject fixtureObject(const QString &name)
{
    return QJsonDocument::fromJson(FakeTwitchId::fixture(name)).object();
}

} // namespace

QByteArray FakeTwitchId::fixture(const QString &name)
{
    QFile file(u":/faketwitch/oauth/"_s + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("FakeTwitchId: fixture %s missing", qPrintable(name));
    return file.readAll();
}

FakeTwitchId::FakeTwitchId(QObject *parent)
    : QObject(parent)
    , m_server(std::make_unique<QHttpServer>())
{
    const QJsonObject validate = fixtureObject(u"validate_response.json"_s);
    m_userId = validate.value(u"user_id"_s).toString();
    m_login = validate.value(u"login"_s).toString();
    m_deviceCode = fixtureObject(u"device_code_response.json"_s).value(u"device_code"_s).toString();
    m_server->setMissingHandler(
        [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            handle(request, std::move(responder));
        });
}

FakeTwitchId::~FakeTwitchId() = default;

bool FakeTwitchId::listen(quint16 port)
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

QUrl FakeTwitchId::url() const
{
    return QUrl(u"http://127.0.0.1:%1"_s.arg(m_port));
}

void FakeTwitchId::setUser(const QString &userId, const QString &login)
{
    m_userId = userId;
    m_login = login;
}

void FakeTwitchId::invalidateAccessTokens()
{
    m_validAccess.clear();
}

void FakeTwitchId::invalidateRefreshTokens()
{
    m_validRefresh.clear();
}

QList<FakeTwitchId::Request> FakeTwitchId::requests(const QString &path) const
{
    QList<Request> list;
    for (const Request &r : m_requests) {
        if (r.path == path)
            list << r;
    }
    return list;
}

FakeTwitchId::Answer FakeTwitchId::error(int status, const QString &message)
{
    return {status,
            QJsonDocument(QJsonObject{{u"status"_s, status}, {u"message"_s, message}})
                .toJson(QJsonDocument::Compact)};
}

QJsonObject FakeTwitchId::newTokenPair()
{
    const QString access = randomToken(30, u"abcdefghijklmnopqrstuvwxyz0123456789");
    // Like the fixture's refresh token: characters that need percent-encoding in a form.
    const QString refresh = randomToken(20, u"abcdefghijklmnopqrstuvwxyz0123456789") + u"/+%="_s
        + randomToken(20, u"ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789");
    m_validAccess.insert(access, QDateTime::currentMSecsSinceEpoch() + m_tokenLifetime * 1000LL);
    m_validRefresh.insert(refresh, access);
    m_lastAccess = access;
    m_lastRefresh = refresh;
    m_issuedAccess << access;
    m_issuedRefresh << refresh;
    Q_EMIT tokenIssued(access);
    return {{u"access_token"_s, access},
            {u"refresh_token"_s, refresh},
            {u"expires_in"_s, m_tokenLifetime}};
}

QPair<QString, QString> FakeTwitchId::issueTokens()
{
    const QJsonObject pair = newTokenPair();
    return {pair.value(u"access_token"_s).toString(), pair.value(u"refresh_token"_s).toString()};
}

void FakeTwitchId::handle(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    // QHttpServer reuses the request object per connection: copy what we need now.
    Request r;
    r.method = request.method() == QHttpServerRequest::Method::Get ? u"GET"_s
        : request.method() == QHttpServerRequest::Method::Post     ? u"POST"_s
                                                                   : u"OTHER"_s;
    r.path = request.url().path();
    r.form = parseForm(request.body());
    r.authorization = request.value("Authorization");
    r.atMs = QDateTime::currentMSecsSinceEpoch();
    m_requests << r;
    Q_EMIT requestReceived(r.path);

    const int delay
        = r.path == u"/oauth2/token" && r.form.value(u"grant_type"_s) == u"refresh_token"
        ? m_refreshDelayMs
        : 0;
    const Answer a = answer(r);
    const QHttpServerResponder::StatusCode status = QHttpServerResponder::StatusCode(a.status);
    if (delay <= 0) {
        responder.write(a.body, {{"Content-Type"_ba, "application/json"_ba}}, status);
        return;
    }
    auto held = std::make_shared<QHttpServerResponder>(std::move(responder));
    QPointer<QTcpSocket> socket = held->socket();
    QTimer::singleShot(delay, this, [held, socket, a, status] {
        if (socket && socket->state() == QAbstractSocket::ConnectedState)
            held->write(a.body, {{"Content-Type"_ba, "application/json"_ba}}, status);
    });
}

FakeTwitchId::Answer FakeTwitchId::answer(const Request &r)
{
    if (r.path == u"/oauth2/device" && r.method == u"POST") {
        if (r.form.value(u"client_id"_s) != m_clientId)
            return error(400, u"invalid client"_s);
        QJsonObject o = fixtureObject(u"device_code_response.json"_s);
        o.insert(u"expires_in"_s, m_deviceExpiresIn);
        o.insert(u"interval"_s, m_deviceInterval);
        m_deviceUsed = false;
        return {200, QJsonDocument(o).toJson(QJsonDocument::Compact)};
    }
    if (r.path == u"/oauth2/token" && r.method == u"POST") {
        if (r.form.value(u"client_id"_s) != m_clientId)
            return error(400, u"invalid client"_s);
        const QString grant = r.form.value(u"grant_type"_s);
        if (grant == u"urn:ietf:params:oauth:grant-type:device_code")
            return deviceToken(r);
        if (grant == u"refresh_token")
            return refresh(r);
        return error(400, u"unsupported grant type"_s);
    }
    if (r.path == u"/oauth2/validate" && r.method == u"GET") {
        ++m_validates;
        const QByteArray prefix = "OAuth ";
        const QString token = r.authorization.startsWith(prefix)
            ? QString::fromUtf8(r.authorization.mid(prefix.size()))
            : QString();
        const auto it = m_validAccess.constFind(token);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        if (it == m_validAccess.cend() || *it <= now)
            return {401, fixture(u"validate_401.json"_s)};
        QJsonObject o = fixtureObject(u"validate_response.json"_s);
        o.insert(u"client_id"_s, m_clientId);
        o.insert(u"login"_s, m_login);
        o.insert(u"user_id"_s, m_userId);
        o.insert(u"scopes"_s,
                 QJsonArray{u"channel:read:redemptions"_s, u"chat:edit"_s, u"chat:read"_s});
        o.insert(u"expires_in"_s, double((*it - now) / 1000));
        return {200, QJsonDocument(o).toJson(QJsonDocument::Compact)};
    }
    if (r.path == u"/oauth2/revoke" && r.method == u"POST") {
        ++m_revokes;
        const QString token = r.form.value(u"token"_s);
        if (r.form.value(u"client_id"_s) != m_clientId)
            return error(400, u"invalid client"_s);
        if (!m_validAccess.remove(token))
            return error(400, u"Invalid token"_s);
        for (auto it = m_validRefresh.begin(); it != m_validRefresh.end();) {
            if (it.value() == token)
                it = m_validRefresh.erase(it);
            else
                ++it;
        }
        Q_EMIT revoked(token);
        return {200, QByteArray()};
    }
    return error(404, u"Not Found"_s);
}

FakeTwitchId::Answer FakeTwitchId::deviceToken(const Request &r)
{
    ++m_polls;
    if (r.form.value(u"device_code"_s) != m_deviceCode || m_deviceUsed)
        return error(400, u"invalid device code"_s);
    if (m_slowDownPolls > 0) {
        --m_slowDownPolls;
        return error(400, u"slow_down"_s);
    }
    if (m_pendingPolls > 0) {
        --m_pendingPolls;
        return {400, fixture(u"device_token_pending_400.json"_s)};
    }
    switch (m_outcome) {
    case DeviceOutcome::Deny:
        return error(400, u"access_denied"_s);
    case DeviceOutcome::Expire:
        return error(400, u"invalid device code"_s);
    case DeviceOutcome::Approve:
        break;
    }
    m_deviceUsed = true;
    // The shape of a Twitch user token answer (scope is an array).
    QJsonObject o = fixtureObject(u"token_response_authorization_code.json"_s);
    const QJsonObject pair = newTokenPair();
    for (auto it = pair.begin(); it != pair.end(); ++it)
        o.insert(it.key(), it.value());
    o.insert(u"scope"_s, QJsonArray::fromStringList(r.form.value(u"scopes"_s).split(u' ')));
    return {200, QJsonDocument(o).toJson(QJsonDocument::Compact)};
}

FakeTwitchId::Answer FakeTwitchId::refresh(const Request &r)
{
    ++m_refreshAttempts;
    const QString token = r.form.value(u"refresh_token"_s);
    const auto it = m_validRefresh.find(token);
    if (it == m_validRefresh.end())
        return {400, fixture(u"refresh_invalid_400.json"_s)};
    m_validAccess.remove(it.value()); // the old access token ends with its refresh
    m_validRefresh.erase(it); // single-use
    ++m_refreshes;
    // The shape of Twitch's refresh answer (scope may come as a string).
    QJsonObject o = fixtureObject(u"refresh_token_response.json"_s);
    const QJsonObject pair = newTokenPair();
    for (auto p = pair.begin(); p != pair.end(); ++p)
        o.insert(p.key(), p.value());
    o.insert(u"scope"_s, QJsonArray{u"channel:read:redemptions"_s, u"chat:edit"_s, u"chat:read"_s});
    Q_EMIT refreshed(m_lastAccess);
    return {200, QJsonDocument(o).toJson(QJsonDocument::Compact)};
}

} // namespace chatvox::test
