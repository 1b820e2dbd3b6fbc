#include "voicevoxclient.h"

#include "core/clock.h"
#include "core/wavreader.h"
#include "speech/logging.h"
#include "speech/voicevoxprotocol.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace chatvox {

// ---------------------------------------------------------------------------------------------
// EngineReply

EngineReply::EngineReply(const QUrl &engineUrl, QObject *parent)
    : QObject(parent)
    , m_engineUrl(engineUrl)
    , m_startNs(monotonicNs())
{
}

EngineReply::~EngineReply()
{
    dropNetworkReply();
}

void EngineReply::abort()
{
    if (m_aborted)
        return;
    m_aborted = true;
    dropNetworkReply();
    deleteLater();
}

void EngineReply::track(QNetworkReply *reply, Step onFinished)
{
    m_network = reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply, step = std::move(onFinished)] {
        if (m_network == reply)
            m_network = nullptr;
        reply->deleteLater();
        if (!m_aborted && !m_finished)
            step(reply);
    });
}

void EngineReply::dropNetworkReply()
{
    if (!m_network)
        return;
    QNetworkReply *reply = m_network;
    m_network = nullptr;
    reply->disconnect(this); // abort() emits finished() at once; nobody listens any more
    reply->abort();
    reply->deleteLater();
}

void EngineReply::complete()
{
    m_finished = true;
    m_elapsedNs = monotonicNs() - m_startNs;
    // Always from the event loop, so that a caller can connect after the call returns, and a
    // slot that aborts or deletes other replies never runs inside a network signal.
    QMetaObject::invokeMethod(this, &EngineReply::finish, Qt::QueuedConnection);
}

void EngineReply::fail(const EngineError &error)
{
    m_error = error;
    complete();
}

void EngineReply::finish()
{
    if (m_aborted)
        return;
    Q_EMIT finished();
    deleteLater();
}

// ---------------------------------------------------------------------------------------------
// VoicevoxClient

namespace {

// A reply cut by its timeout is closed; reading it would only warn.
QByteArray readBody(QNetworkReply *reply)
{
    return reply->isOpen() ? reply->readAll() : QByteArray();
}

} // namespace

VoicevoxClient::VoicevoxClient(QNetworkAccessManager *network, const QUrl &baseUrl, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_baseUrl(baseUrl)
{
}

VoicevoxClient::~VoicevoxClient() = default;

QString VoicevoxClient::engineLabel() const
{
    const QString address
        = m_baseUrl.toDisplayString(QUrl::RemoveUserInfo | QUrl::StripTrailingSlash);
    const QString name = voicevox::knownEngineName(m_baseUrl);
    return name.isEmpty() ? address : u"%1 (%2)"_s.arg(name, address);
}

QUrl VoicevoxClient::endpoint(const QString &path) const
{
    // Keep a path prefix of the base URL (an engine behind a reverse proxy).
    QUrl url = m_baseUrl;
    QString base = url.path();
    while (base.endsWith(u'/'))
        base.chop(1);
    url.setPath(base + path);
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

QNetworkReply *VoicevoxClient::get(const QString &path, int timeoutMs)
{
    QNetworkRequest request(endpoint(path));
    request.setTransferTimeout(timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setRawHeader("Accept", "application/json");
    return m_network->get(request);
}

QNetworkReply *VoicevoxClient::post(const QString &path, const QString &query,
                                    const QByteArray &body, const QByteArray &contentType)
{
    QUrl url = endpoint(path);
    // The query is already percent-encoded; StrictMode keeps "%2B" from turning into a '+'
    // that the server would read as a space (form encoding, Starlette).
    url.setQuery(query, QUrl::StrictMode);
    QNetworkRequest request(url);
    request.setTransferTimeout(m_requestTimeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    return m_network->post(request, body);
}

EngineError VoicevoxClient::checkHttp(QNetworkReply *reply, const QByteArray &body, int timeoutMs,
                                      bool anySuccess) const
{
    EngineError error;
    error.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError netError = reply->error();
    const bool success = anySuccess ? (error.httpStatus >= 200 && error.httpStatus < 300)
                                    : error.httpStatus == 200;
    if (success && netError == QNetworkReply::NoError)
        return error;

    if (error.httpStatus == 0 || (success && netError != QNetworkReply::NoError)) {
        // No (complete) HTTP answer. We never abort a reply we still listen to, so a cancelled
        // one was cut by the transfer timeout.
        if (netError == QNetworkReply::OperationCanceledError
            || netError == QNetworkReply::TimeoutError) {
            error.kind = EngineError::Kind::Timeout;
            error.message = tr("The speech engine at %1 did not answer within %2 seconds.")
                                .arg(engineLabel(), QString::number(timeoutMs / 1000.0, 'g', 3));
        } else {
            error.kind = EngineError::Kind::Connection;
            error.message = tr("Cannot reach the speech engine at %1: %2")
                                .arg(engineLabel(), reply->errorString());
        }
        return error;
    }

    error.engineMessage = voicevox::engineErrorMessage(body);
    const QString said = error.engineMessage.isEmpty()
        ? reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString()
        : error.engineMessage;
    if (error.httpStatus >= 400 && error.httpStatus < 500) {
        error.kind = EngineError::Kind::ClientError;
        error.message = tr("The speech engine at %1 refused the request (HTTP %2): %3")
                            .arg(engineLabel())
                            .arg(error.httpStatus)
                            .arg(said);
    } else {
        error.kind = EngineError::Kind::ServerError;
        error.message = tr("The speech engine at %1 failed (HTTP %2): %3")
                            .arg(engineLabel())
                            .arg(error.httpStatus)
                            .arg(said);
    }
    return error;
}

QNetworkReply *VoicevoxClient::sendWithoutBody(const QByteArray &verb, const QString &path,
                                               const QString &query)
{
    QUrl url = endpoint(path);
    url.setQuery(query, QUrl::StrictMode); // see post()
    QNetworkRequest request(url);
    request.setTransferTimeout(m_requestTimeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setRawHeader("Accept", "application/json");
    return m_network->sendCustomRequest(request, verb);
}

EngineError VoicevoxClient::badResponse(const QString &what, const QString &reason) const
{
    EngineError error;
    error.kind = EngineError::Kind::BadResponse;
    error.httpStatus = 200;
    error.message = tr("The speech engine at %1 sent a bad answer to %2: %3")
                        .arg(engineLabel(), what, reason);
    return error;
}

VersionReply *VoicevoxClient::version()
{
    auto *reply = new VersionReply(m_baseUrl, this);
    const int timeout = m_probeTimeoutMs;
    reply->track(get(u"/version"_s, timeout), [this, reply, timeout](QNetworkReply *net) {
        const QByteArray body = readBody(net);
        const EngineError error = checkHttp(net, body, timeout);
        if (error.kind != EngineError::Kind::None)
            return reply->fail(error);
        Result<QString> version = voicevox::parseVersion(body);
        if (!version)
            return reply->fail(badResponse(u"/version"_s, version.error()));
        reply->succeed(std::move(version).value());
    });
    return reply;
}

JsonReply *VoicevoxClient::getJsonObject(const QString &path)
{
    auto *reply = new JsonReply(m_baseUrl, this);
    const int timeout = m_probeTimeoutMs;
    reply->track(get(path, timeout), [this, reply, timeout, path](QNetworkReply *net) {
        const QByteArray body = readBody(net);
        const EngineError error = checkHttp(net, body, timeout);
        if (error.kind != EngineError::Kind::None)
            return reply->fail(error);
        const QJsonDocument doc = QJsonDocument::fromJson(body);
        if (!doc.isObject())
            return reply->fail(badResponse(path, tr("not a JSON object")));
        reply->succeed(doc.object());
    });
    return reply;
}

JsonReply *VoicevoxClient::engineManifest()
{
    return getJsonObject(u"/engine_manifest"_s);
}

JsonReply *VoicevoxClient::openApi()
{
    return getJsonObject(u"/openapi.json"_s);
}

SpeakersReply *VoicevoxClient::speakers()
{
    auto *reply = new SpeakersReply(m_baseUrl, this);
    const int timeout = m_requestTimeoutMs;
    reply->track(get(u"/speakers"_s, timeout), [this, reply, timeout](QNetworkReply *net) {
        const QByteArray body = readBody(net);
        const EngineError error = checkHttp(net, body, timeout);
        if (error.kind != EngineError::Kind::None)
            return reply->fail(error);
        Result<QList<SpeakerStyle>> styles = voicevox::parseSpeakers(body);
        if (!styles)
            return reply->fail(badResponse(u"/speakers"_s, styles.error()));
        reply->succeed(std::move(styles).value());
    });
    return reply;
}

UserDictReply *VoicevoxClient::userDictionary()
{
    auto *reply = new UserDictReply(m_baseUrl, this);
    const int timeout = m_requestTimeoutMs;
    reply->track(get(u"/user_dict"_s, timeout), [this, reply, timeout](QNetworkReply *net) {
        const QByteArray body = readBody(net);
        const EngineError error = checkHttp(net, body, timeout);
        if (error.kind != EngineError::Kind::None)
            return reply->fail(error);
        Result<EngineDictionary> words = userdict::parseEngineDictionary(body);
        if (!words)
            return reply->fail(badResponse(u"/user_dict"_s, words.error()));
        reply->succeed(std::move(words).value());
    });
    return reply;
}

QString VoicevoxClient::userDictWordParameters(const UserDictWord &word)
{
    // Every reserved character percent-encoded ('+' included), as for audio_query.
    return u"surface="_s + QString::fromLatin1(QUrl::toPercentEncoding(word.surface.trimmed()))
        + u"&pronunciation="_s + QString::fromLatin1(QUrl::toPercentEncoding(word.pronunciation))
        + u"&accent_type="_s + QString::number(word.accentType) + u"&word_type="_s
        + userdict::wordTypeName(word.wordType) + u"&priority="_s + QString::number(word.priority);
}

WordIdReply *VoicevoxClient::addUserDictWord(const UserDictWord &word)
{
    auto *reply = new WordIdReply(m_baseUrl, this);
    const int timeout = m_requestTimeoutMs;
    reply->track(post(u"/user_dict_word"_s, userDictWordParameters(word), {}, "application/json"),
                 [this, reply, timeout](QNetworkReply *net) {
                     const QByteArray body = readBody(net);
                     const EngineError error = checkHttp(net, body, timeout);
                     if (error.kind != EngineError::Kind::None)
                         return reply->fail(error);
                     Result<QString> uuid = userdict::parseAddedUuid(body);
                     if (!uuid)
                         return reply->fail(badResponse(u"/user_dict_word"_s, uuid.error()));
                     reply->succeed(std::move(uuid).value());
                 });
    return reply;
}

DoneReply *VoicevoxClient::changeUserDictWord(const QByteArray &verb, const QString &uuid,
                                              const QString &query)
{
    auto *reply = new DoneReply(m_baseUrl, this);
    // A uuid is a path segment: anything else could point elsewhere on the engine.
    static const QRegularExpression shape(u"^[0-9A-Za-z-]{1,64}$"_s);
    if (!shape.match(uuid).hasMatch()) {
        EngineError error;
        error.kind = EngineError::Kind::ClientError;
        error.message = tr("Not a word id of the speech engine's dictionary: %1").arg(uuid);
        reply->fail(error);
        return reply;
    }
    const int timeout = m_requestTimeoutMs;
    reply->track(sendWithoutBody(verb, u"/user_dict_word/"_s + uuid, query),
                 [this, reply, timeout](QNetworkReply *net) {
                     const QByteArray body = readBody(net);
                     const EngineError error = checkHttp(net, body, timeout, true);
                     if (error.kind != EngineError::Kind::None)
                         return reply->fail(error);
                     reply->succeed(true);
                 });
    return reply;
}

DoneReply *VoicevoxClient::updateUserDictWord(const QString &uuid, const UserDictWord &word)
{
    return changeUserDictWord("PUT", uuid, userDictWordParameters(word));
}

DoneReply *VoicevoxClient::deleteUserDictWord(const QString &uuid)
{
    return changeUserDictWord("DELETE", uuid, QString());
}

// "text=...&speaker=..." with every reserved character percent-encoded ('+' included), and
// "&enable_katakana_english=true|false" when the engine supports it.
Result<QString> VoicevoxClient::audioQueryParameters(const QString &text, qint64 styleId) const
{
    const QByteArray encoded = QUrl::toPercentEncoding(text);
    if (encoded.size() > VoicevoxClient::MaxEncodedTextBytes)
        return Error{
            tr("The text is too long for the speech engine (%1 characters).").arg(text.size())};
    QString parameters
        = u"text="_s + QString::fromLatin1(encoded) + u"&speaker="_s + QString::number(styleId);
    if (m_katakanaEnglishSupported) {
        parameters += u'&' + QString(voicevox::kKatakanaEnglishParameter) + u'='
            + (m_katakanaEnglish ? u"true"_s : u"false"_s);
    }
    return parameters;
}

JsonReply *VoicevoxClient::audioQuery(const QString &text, qint64 styleId)
{
    auto *reply = new JsonReply(m_baseUrl, this);
    const Result<QString> parameters = audioQueryParameters(text, styleId);
    if (!parameters) {
        EngineError error;
        error.kind = EngineError::Kind::ClientError;
        error.message = parameters.error();
        reply->fail(error);
        return reply;
    }
    const int timeout = m_requestTimeoutMs;
    reply->track(post(u"/audio_query"_s, *parameters, {}, "application/json"),
                 [this, reply, timeout](QNetworkReply *net) {
                     const QByteArray body = readBody(net);
                     const EngineError error = checkHttp(net, body, timeout);
                     if (error.kind != EngineError::Kind::None)
                         return reply->fail(error);
                     Result<QJsonObject> query = voicevox::parseAudioQuery(body);
                     if (!query)
                         return reply->fail(badResponse(u"/audio_query"_s, query.error()));
                     reply->succeed(std::move(query).value());
                 });
    return reply;
}

void VoicevoxClient::startSynthesis(WavReply *reply, const QJsonObject &audioQuery, qint64 styleId)
{
    const int timeout = m_requestTimeoutMs;
    const QByteArray body = QJsonDocument(audioQuery).toJson(QJsonDocument::Compact);
    reply->m_audioQuery = body;
    reply->track(
        post(u"/synthesis"_s, u"speaker="_s + QString::number(styleId), body, "application/json"),
        [this, reply, timeout](QNetworkReply *net) {
            QByteArray wav = readBody(net);
            const EngineError error = checkHttp(net, wav, timeout);
            if (error.kind != EngineError::Kind::None)
                return reply->fail(error);
            const Result<WavHeader> header = readWavHeader(wav);
            if (!header)
                return reply->fail(badResponse(u"/synthesis"_s, header.error()));
            reply->succeed(std::move(wav));
        });
}

WavReply *VoicevoxClient::synthesis(const QJsonObject &audioQuery, qint64 styleId)
{
    auto *reply = new WavReply(m_baseUrl, this);
    startSynthesis(reply, audioQuery, styleId);
    return reply;
}

WavReply *VoicevoxClient::speak(const QString &text, qint64 styleId, const VoiceParams &voice)
{
    auto *reply = new WavReply(m_baseUrl, this);
    const Result<QString> parameters = audioQueryParameters(text, styleId);
    if (!parameters) {
        EngineError error;
        error.kind = EngineError::Kind::ClientError;
        error.message = parameters.error();
        reply->fail(error);
        return reply;
    }
    const int timeout = m_requestTimeoutMs;
    reply->track(post(u"/audio_query"_s, *parameters, {}, "application/json"),
                 [this, reply, timeout, styleId, voice](QNetworkReply *net) {
                     const QByteArray body = readBody(net);
                     const EngineError error = checkHttp(net, body, timeout);
                     if (error.kind != EngineError::Kind::None)
                         return reply->fail(error);
                     const Result<QJsonObject> query = voicevox::parseAudioQuery(body);
                     if (!query)
                         return reply->fail(badResponse(u"/audio_query"_s, query.error()));
                     qCDebug(lcSpeech)
                         << "audio_query done" << m_baseUrl.toDisplayString() << "style" << styleId;
                     startSynthesis(reply, voicevox::applyVoiceParams(*query, voice), styleId);
                 });
    return reply;
}

} // namespace chatvox
