#include "auth/twitchidclient.h"

#include "auth/logging.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

using namespace Qt::StringLiterals;

namespace chatvox {

namespace {

// application/x-www-form-urlencoded with every reserved character escaped. (QUrlQuery leaves
// '+' and '/' alone; a form decoder reads '+' as a space, and refresh tokens contain both.)
QByteArray formBody(std::initializer_list<std::pair<const char *, QString>> fields)
{
    QByteArray body;
    for (const auto &[key, value] : fields) {
        if (!body.isEmpty())
            body += '&';
        body += QByteArray(key) + '=' + QUrl::toPercentEncoding(value);
    }
    return body;
}

void finishReply(QNetworkReply *reply, QObject *context,
                 const std::function<void(const IdResponse &)> &done)
{
    QObject::connect(reply, &QNetworkReply::finished, context, [reply, done] {
        reply->deleteLater();
        IdResponse response;
        response.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        response.body = reply->readAll();
        if (!response.hasAnswer()) {
            response.networkError = reply->error() == QNetworkReply::OperationCanceledError
                ? QCoreApplication::translate("chatvox::TwitchIdClient", "no answer in time")
                : reply->errorString();
        }
        done(response);
    });
    // The context may go away first: then nobody is told, and the reply is cleaned up.
    QObject::connect(context, &QObject::destroyed, reply, [reply] {
        reply->disconnect();
        reply->abort();
        reply->deleteLater();
    });
}

} // namespace

QUrl TwitchIdClient::defaultBaseUrl()
{
    return QUrl(u"https://id.twitch.tv"_s);
}

TwitchIdClient::TwitchIdClient(QNetworkAccessManager *network, const QUrl &baseUrl,
                               const QString &clientId, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_baseUrl(baseUrl)
    , m_clientId(clientId)
{
}

QUrl TwitchIdClient::endpoint(const QString &path) const
{
    QUrl url = m_baseUrl;
    QString base = url.path();
    while (base.endsWith(u'/'))
        base.chop(1);
    url.setPath(base + path);
    return url;
}

void TwitchIdClient::post(const QString &path, const QByteArray &form, QObject *context,
                          std::function<void(const IdResponse &)> done)
{
    QNetworkRequest request(endpoint(path));
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/x-www-form-urlencoded"_s);
    request.setTransferTimeout(m_timeoutMs);
    qCDebug(lcAuth) << "POST" << request.url().toDisplayString();
    QNetworkReply *reply = m_network->post(request, form);
    finishReply(reply, context, done);
}

void TwitchIdClient::get(const QString &path, const QByteArray &authorization, QObject *context,
                         std::function<void(const IdResponse &)> done)
{
    QNetworkRequest request(endpoint(path));
    request.setRawHeader("Authorization", authorization);
    request.setTransferTimeout(m_timeoutMs);
    qCDebug(lcAuth) << "GET" << request.url().toDisplayString();
    QNetworkReply *reply = m_network->get(request);
    finishReply(reply, context, done);
}

void TwitchIdClient::requestDeviceCode(const QStringList &scopes, QObject *context,
                                       std::function<void(const Result<DeviceCode> &)> done)
{
    const QByteArray form = formBody({{"client_id", m_clientId}, {"scopes", scopes.join(u' ')}});
    post(u"/oauth2/device"_s, form, context, [done](const IdResponse &r) {
        if (!r.hasAnswer()) {
            done(Error{tr("Twitch cannot be reached: %1").arg(r.networkError)});
        } else if (!r.isSuccess()) {
            const OAuthErrorInfo error = classifyOAuthError(r.httpStatus, r.body);
            if (error.kind == OAuthError::InvalidClient)
                done(Error{tr("Twitch does not know this Client ID (%1). Check the Client ID in "
                              "the settings.")
                               .arg(error.message)});
            else
                done(Error{tr("Twitch refused to start the login (HTTP %1: %2).")
                               .arg(r.httpStatus)
                               .arg(error.message)});
        } else {
            done(parseDeviceCodeResponse(r.body));
        }
    });
}

TokenOutcome TwitchIdClient::tokenOutcome(const IdResponse &r) const
{
    TokenOutcome outcome;
    if (!r.hasAnswer()) {
        outcome.networkFailure = true;
        outcome.error.kind = OAuthError::Other;
        outcome.message = tr("Twitch cannot be reached: %1").arg(r.networkError);
        return outcome;
    }
    if (r.isSuccess()) {
        Result<TokenResponse> tokens = parseTokenResponse(r.body);
        if (tokens) {
            outcome.tokens = std::move(tokens).value();
        } else {
            outcome.error.kind = OAuthError::Other;
            outcome.message = tokens.error();
        }
        return outcome;
    }
    outcome.error = classifyOAuthError(r.httpStatus, r.body);
    outcome.message
        = tr("Twitch answered HTTP %1: %2").arg(r.httpStatus).arg(outcome.error.message);
    // A server error is as good as no answer: ask again later.
    outcome.networkFailure = r.httpStatus >= 500 || r.httpStatus == 429;
    return outcome;
}

void TwitchIdClient::pollDeviceToken(const QString &deviceCode, const QStringList &scopes,
                                     QObject *context,
                                     std::function<void(const TokenOutcome &)> done)
{
    const QByteArray form
        = formBody({{"client_id", m_clientId},
                    {"scopes", scopes.join(u' ')},
                    {"device_code", deviceCode},
                    {"grant_type", u"urn:ietf:params:oauth:grant-type:device_code"_s}});
    post(u"/oauth2/token"_s, form, context,
         [this, done](const IdResponse &r) { done(tokenOutcome(r)); });
}

void TwitchIdClient::refresh(const QString &refreshToken, QObject *context,
                             std::function<void(const TokenOutcome &)> done)
{
    const QByteArray form = formBody({{"client_id", m_clientId},
                                      {"grant_type", u"refresh_token"_s},
                                      {"refresh_token", refreshToken}});
    post(u"/oauth2/token"_s, form, context,
         [this, done](const IdResponse &r) { done(tokenOutcome(r)); });
}

void TwitchIdClient::validate(const QString &accessToken, QObject *context,
                              std::function<void(const ValidateOutcome &)> done)
{
    // dev.twitch.tv/docs/authentication/validate-tokens: "OAuth", not "Bearer".
    get(u"/oauth2/validate"_s, "OAuth " + accessToken.toUtf8(), context,
        [done](const IdResponse &r) {
            ValidateOutcome outcome;
            if (!r.hasAnswer()) {
                outcome.message = tr("Twitch cannot be reached: %1").arg(r.networkError);
            } else if (r.httpStatus == 401) {
                outcome.invalidToken = true;
                outcome.message = tr("Twitch no longer accepts this login.");
            } else if (r.isSuccess()) {
                Result<ValidateInfo> info = parseValidateResponse(r.body);
                if (info)
                    outcome.info = std::move(info).value();
                else
                    outcome.message = info.error();
            } else {
                outcome.message = tr("Twitch answered HTTP %1: %2")
                                      .arg(r.httpStatus)
                                      .arg(classifyOAuthError(r.httpStatus, r.body).message);
            }
            done(outcome);
        });
}

void TwitchIdClient::revoke(const QString &accessToken, QObject *context,
                            std::function<void(bool, const QString &)> done)
{
    const QByteArray form = formBody({{"client_id", m_clientId}, {"token", accessToken}});
    post(u"/oauth2/revoke"_s, form, context, [done](const IdResponse &r) {
        if (r.isSuccess()) {
            done(true, QString());
        } else if (!r.hasAnswer()) {
            done(false, tr("Twitch cannot be reached: %1").arg(r.networkError));
        } else {
            // 400 "Invalid token": it is revoked already.
            const OAuthErrorInfo error = classifyOAuthError(r.httpStatus, r.body);
            const bool gone = r.httpStatus == 400 && error.message.contains(u"nvalid token");
            done(gone,
                 gone ? QString()
                      : tr("Twitch answered HTTP %1: %2").arg(r.httpStatus).arg(error.message));
        }
    });
}

} // namespace chatvox
