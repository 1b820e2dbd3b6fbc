#include "fakevoicevox.h"

#include "testwav.h"

#include <algorithm>
#include <chrono>
#include <cmath>

#include <QFile>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QtEndian>

using namespace Qt::StringLiterals;

namespace chatvox::test {

namespace {

qint64 nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

QByteArray resource(const QString &name)
{
    QFile file(u":/fakevoicevox/"_s + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("FakeVoicevox: missing resource %s", qPrintable(name));
    return file.readAll();
}

// Query parameters decoded the way Starlette does: '+' is a space, then percent-decoding.
QHash<QString, QString> parseQuery(const QUrl &url)
{
    QHash<QString, QString> out;
    const QByteArray query = url.query(QUrl::FullyEncoded).toLatin1();
    for (QByteArray pair : query.split('&')) {
        if (pair.isEmpty())
            continue;
        pair.replace('+', ' ');
        const qsizetype eq = pair.indexOf('=');
        const QByteArray key = eq < 0 ? pair : pair.left(eq);
        const QByteArray value = eq < 0 ? QByteArray() : pair.mid(eq + 1);
        const QString name = QUrl::fromPercentEncoding(key);
        if (!out.contains(name))
            out.insert(name, QUrl::fromPercentEncoding(value));
    }
    return out;
}

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// FastAPI/pydantic 2 validation error, as in error_422_validation_missing_field.json.
QByteArray validationError(const QJsonArray &loc, const QString &msg, const QString &type,
                           const QJsonValue &input = QJsonValue::Null)
{
    QJsonObject item{{u"loc"_s, loc}, {u"msg"_s, msg}, {u"type"_s, type}, {u"input"_s, input}};
    return json(QJsonObject{{u"detail"_s, QJsonArray{item}}});
}

bool parseInt64(const QString &text, qint64 *out)
{
    bool ok = false;
    const qint64 value = text.trimmed().toLongLong(&ok);
    if (ok)
        *out = value;
    return ok;
}

quint32 fnv1a(const QByteArray &data)
{
    quint32 hash = 2166136261u;
    for (const char c : data) {
        hash ^= quint8(c);
        hash *= 16777619u;
    }
    return hash;
}

} // namespace

struct FakeVoicevox::Pending
{
    QPointer<QTcpSocket> socket;
    std::unique_ptr<QHttpServerResponder> responder;
    Answer answer;
    QString path;
    QString text;
    bool isSynthesis = false; // a successful /synthesis: record its text once delivered
};

FakeVoicevox::FakeVoicevox(QObject *parent)
    : QObject(parent)
    , m_server(std::make_unique<QHttpServer>())
    , m_random(1)
{
    qRegisterMetaType<chatvox::test::FakeVoicevoxRequest>();
    m_version
        = QJsonDocument::fromJson('[' + resource(u"version.json"_s) + ']').array().at(0).toString();
    m_speakers = QJsonDocument::fromJson(resource(u"speakers.json"_s)).array();
    m_audioQueryTemplate = QJsonDocument::fromJson(resource(u"audio_query.json"_s)).object();
    m_engineManifest = resource(u"engine_manifest.json"_s);
    m_server->setMissingHandler(
        [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            handle(request, std::move(responder));
        });
}

FakeVoicevox::~FakeVoicevox()
{
    m_pending.clear();
}

bool FakeVoicevox::listen(quint16 port)
{
    auto *tcp = new QTcpServer;
    if (!tcp->listen(QHostAddress::LocalHost, port)) {
        qWarning("FakeVoicevox: cannot listen on port %u: %s", unsigned(port),
                 qPrintable(tcp->errorString()));
        delete tcp;
        return false;
    }
    m_port = tcp->serverPort();
    m_server->bind(tcp); // takes it as a child
    return true;
}

void FakeVoicevox::stop()
{
    // Pending answers go first: their responders point at the sockets.
    m_pending.clear();
    m_synthesisBusyUntilNs = 0;
    for (QTcpServer *tcp : m_server->servers()) {
        tcp->close();
        // Accepted sockets are children of their QTcpServer.
        for (QTcpSocket *socket : tcp->findChildren<QTcpSocket *>())
            socket->abort();
        tcp->setParent(nullptr); // so that servers() forgets it now
        tcp->deleteLater();
    }
}

bool FakeVoicevox::restart()
{
    stop();
    return listen(m_port);
}

bool FakeVoicevox::isListening() const
{
    const auto servers = m_server->servers();
    return std::any_of(servers.cbegin(), servers.cend(),
                       [](const QTcpServer *tcp) { return tcp->isListening(); });
}

QUrl FakeVoicevox::url() const
{
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(u"127.0.0.1"_s);
    url.setPort(m_port);
    return url;
}

void FakeVoicevox::setSpeakers(const QJsonArray &speakers)
{
    m_speakers = speakers;
}

void FakeVoicevox::setDelay(const QString &path, int ms)
{
    m_delays.insert(path, ms);
}

void FakeVoicevox::addFault(const QString &path, const Fault &fault, int count)
{
    m_faults[path].append(QueuedFault{fault, count});
}

void FakeVoicevox::failNext(const QString &path, int status, const QByteArray &body, int count,
                            const QByteArray &contentType)
{
    Fault fault;
    fault.kind = FaultKind::HttpError;
    fault.status = status;
    fault.body = body;
    fault.contentType = contentType;
    addFault(path, fault, count);
}

void FakeVoicevox::hangNext(const QString &path, int count)
{
    Fault fault;
    fault.kind = FaultKind::Hang;
    addFault(path, fault, count);
}

void FakeVoicevox::clearFaults()
{
    m_faults.clear();
    m_failureRate = 0.0;
}

void FakeVoicevox::setRandomFailureRate(double probability, quint32 seed)
{
    m_failureRate = probability;
    m_random.seed(seed);
}

QList<FakeVoicevoxRequest> FakeVoicevox::requests(const QString &path) const
{
    QList<FakeVoicevoxRequest> out;
    for (const FakeVoicevoxRequest &request : m_requests) {
        if (request.path == path)
            out.append(request);
    }
    return out;
}

void FakeVoicevox::clearRecords()
{
    m_requests.clear();
    m_synthesized.clear();
    m_maxConcurrent = int(m_pending.size());
}

double FakeVoicevox::toneFrequencyForText(const QString &text, double pitchScale)
{
    const double base = 300.0 + 25.0 * double(fnv1a(text.toUtf8()) % 48u);
    return base * std::pow(2.0, std::isfinite(pitchScale) ? pitchScale : 0.0);
}

int FakeVoicevox::durationMsForText(const QString &text, double speedScale)
{
    const double speed = std::isfinite(speedScale) && speedScale > 0.01 ? speedScale : 0.01;
    const double ms = (200.0 + 80.0 * double(text.size())) / speed;
    return int(std::min(ms, 60000.0));
}

QByteArray FakeVoicevox::wavForText(const QString &text, int sampleRate, double speedScale,
                                    double pitchScale, double volumeScale)
{
    const double volume = std::isfinite(volumeScale) ? volumeScale : 1.0;
    return makeToneWav(sampleRate, 1, durationMsForText(text, speedScale),
                       toneFrequencyForText(text, pitchScale), std::clamp(0.5 * volume, 0.0, 1.0));
}

bool FakeVoicevox::styleExists(qint64 id) const
{
    for (const QJsonValue &speaker : m_speakers) {
        for (const QJsonValue &style : speaker.toObject().value("styles"_L1).toArray()) {
            if (style.toObject().value("id"_L1).toInteger(id + 1) == id)
                return true;
        }
    }
    return false;
}

bool FakeVoicevox::takeFault(const QString &path, Fault *fault)
{
    for (const QString &key : {path, u"*"_s}) {
        auto it = m_faults.find(key);
        if (it == m_faults.end() || it->isEmpty())
            continue;
        QueuedFault &first = it->first();
        *fault = first.fault;
        if (first.remaining > 0 && --first.remaining == 0)
            it->removeFirst();
        return true;
    }
    return false;
}

int FakeVoicevox::delayFor(const QString &path)
{
    return m_delays.value(path, m_delays.value(u"*"_s, 0));
}

void FakeVoicevox::handle(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    // QHttpServer reuses the request object per connection: copy what we need now.
    FakeVoicevoxRequest record;
    switch (request.method()) {
    case QHttpServerRequest::Method::Get:
        record.method = u"GET"_s;
        break;
    case QHttpServerRequest::Method::Post:
        record.method = u"POST"_s;
        break;
    default:
        record.method = u"OTHER"_s;
        break;
    }
    record.path = request.url().path();
    record.body = request.body();
    record.timeNs = nowNs();
    const QHash<QString, QString> query = parseQuery(request.url());
    record.query = query;
    if (query.contains(u"speaker"_s))
        record.hasSpeaker = parseInt64(query.value(u"speaker"_s), &record.speaker);
    if (record.path == "/audio_query"_L1)
        record.text = query.value(u"text"_s);
    if (record.path == "/synthesis"_L1) {
        const QJsonObject body = QJsonDocument::fromJson(record.body).object();
        record.text = body.value("kana"_L1).toString();
    }

    auto pending = std::make_unique<Pending>();
    pending->socket = responder.socket();
    pending->responder = std::make_unique<QHttpServerResponder>(std::move(responder));
    pending->path = record.path;
    const quint64 id = m_nextPendingId++;

    Fault fault;
    const bool engineWork = record.path == "/audio_query"_L1 || record.path == "/synthesis"_L1;
    if (takeFault(record.path, &fault)) {
        Answer &a = pending->answer;
        switch (fault.kind) {
        case FaultKind::HttpError:
            a.status = fault.status;
            a.body = fault.body;
            a.contentType = fault.contentType;
            break;
        case FaultKind::Hang:
            a.hang = true;
            break;
        case FaultKind::CloseConnection:
            a.close = true;
            break;
        case FaultKind::GarbageWav:
            a.contentType = "audio/wav";
            a.body = QByteArray("\x00\x01GARBAGE-NOT-A-RIFF-FILE", 26).repeated(64);
            break;
        case FaultKind::LyingWavHeader: {
            a.contentType = "audio/wav";
            a.body = makeToneWav(m_sampleRate, 1, 100, 440.0);
            // makeToneWav writes the canonical 44-byte header; claim ten times the data.
            const quint32 dataBytes = quint32(a.body.size() - 44);
            qToLittleEndian<quint32>(dataBytes * 10, a.body.data() + 40);
            qToLittleEndian<quint32>(36 + dataBytes * 10, a.body.data() + 4);
            break;
        }
        case FaultKind::NotAudioQuery:
            a.contentType = "application/json";
            a.body = R"({"kana":"テスト","speedScale":1.0})"_ba;
            break;
        case FaultKind::NotJson:
            a.contentType = "text/html";
            a.body = "<html><body><h1>502 Bad Gateway</h1></body></html>"_ba;
            break;
        }
    } else if (engineWork && m_failureRate > 0.0 && m_random.generateDouble() < m_failureRate) {
        pending->answer = Answer{500, "Internal Server Error"_ba, "text/plain; charset=utf-8"_ba};
    } else {
        pending->answer = answer(record, query);
        if (record.path == "/synthesis"_L1 && pending->answer.status == 200) {
            pending->isSynthesis = true;
            pending->text = record.text;
        }
    }

    int wait = delayFor(record.path);
    if (record.path == "/synthesis"_L1 && !pending->answer.hang) {
        // One synthesis at a time, like the real engine.
        const qint64 now = nowNs();
        const qint64 start = std::max(now, m_synthesisBusyUntilNs);
        m_synthesisBusyUntilNs = start + qint64(wait) * 1000000;
        wait = int((m_synthesisBusyUntilNs - now) / 1000000);
    }
    const bool hang = pending->answer.hang;
    m_pending.emplace(id, std::move(pending));
    m_maxConcurrent = std::max(m_maxConcurrent, int(m_pending.size()));
    m_requests.append(record);
    Q_EMIT requestReceived(record);

    // Answer from the event loop even without delay: never inside QHttpServer's own handler.
    if (!hang)
        QTimer::singleShot(wait, this, [this, id] { respond(id); });
}

void FakeVoicevox::respond(quint64 id)
{
    auto it = m_pending.find(id);
    if (it == m_pending.end())
        return; // stopped meanwhile
    std::unique_ptr<Pending> pending = std::move(it->second);
    m_pending.erase(it);
    QTcpSocket *socket = pending->socket;
    if (!socket || socket->state() != QAbstractSocket::ConnectedState)
        return; // the client went away (aborted or timed out)
    const Answer &a = pending->answer;
    if (a.close) {
        socket->disconnectFromHost();
        return;
    }
    pending->responder->write(a.body, {{"Content-Type"_ba, a.contentType}},
                              QHttpServerResponder::StatusCode(a.status));
    if (pending->isSynthesis)
        m_synthesized.append(pending->text);
}

FakeVoicevox::Answer FakeVoicevox::answer(const FakeVoicevoxRequest &request,
                                          const QHash<QString, QString> &query)
{
    const QString &path = request.path;
    const bool get = request.method == "GET"_L1;
    const bool post = request.method == "POST"_L1;
    if (path == "/version"_L1 && get) {
        // A bare JSON string.
        return Answer{
            200,
            QJsonDocument(QJsonArray{m_version}).toJson(QJsonDocument::Compact).mid(1).chopped(1),
            "application/json"_ba};
    }
    if (path == "/speakers"_L1 && get)
        return Answer{200, QJsonDocument(m_speakers).toJson(QJsonDocument::Compact),
                      "application/json"_ba};
    if (path == "/engine_manifest"_L1 && get)
        return Answer{200, m_engineManifest, "application/json"_ba};
    if (path == "/openapi.json"_L1 && get && m_openApi != OpenApi::Absent)
        return answerOpenApi();
    if (path == "/audio_query"_L1 && post)
        return answerAudioQuery(query);
    if (path == "/synthesis"_L1 && post)
        return answerSynthesis(query, request.body);
    const bool known = path == "/version"_L1 || path == "/speakers"_L1
        || path == "/engine_manifest"_L1 || path == "/audio_query"_L1 || path == "/synthesis"_L1;
    if (known)
        return Answer{405, R"({"detail":"Method Not Allowed"})"_ba, "application/json"_ba};
    return Answer{404, R"({"detail":"Not Found"})"_ba, "application/json"_ba};
}

FakeVoicevox::Answer FakeVoicevox::answerAudioQuery(const QHash<QString, QString> &query)
{
    const QByteArray jsonType = "application/json"_ba;
    if (!query.contains(u"text"_s))
        return Answer{
            422,
            validationError(QJsonArray{u"query"_s, u"text"_s}, u"Field required"_s, u"missing"_s),
            jsonType};
    if (!query.contains(u"speaker"_s))
        return Answer{422,
                      validationError(QJsonArray{u"query"_s, u"speaker"_s}, u"Field required"_s,
                                      u"missing"_s),
                      jsonType};
    qint64 speaker = 0;
    if (!parseInt64(query.value(u"speaker"_s), &speaker))
        return Answer{
            422,
            validationError(
                QJsonArray{u"query"_s, u"speaker"_s},
                u"Input should be a valid integer, unable to parse string as an integer"_s,
                u"int_parsing"_s, query.value(u"speaker"_s)),
            jsonType};
    const QString katakanaEnglish = query.value(u"enable_katakana_english"_s);
    if (m_openApi == OpenApi::WithKatakanaEnglish && query.contains(u"enable_katakana_english"_s)) {
        // pydantic's lax booleans.
        static const QStringList booleans{u"true"_s, u"false"_s, u"1"_s, u"0"_s, u"yes"_s, u"no"_s,
                                          u"on"_s,   u"off"_s,   u"t"_s, u"f"_s, u"y"_s,   u"n"_s};
        if (!booleans.contains(katakanaEnglish.toLower()))
            return Answer{
                422,
                validationError(QJsonArray{u"query"_s, u"enable_katakana_english"_s},
                                u"Input should be a valid boolean, unable to interpret input"_s,
                                u"bool_parsing"_s, katakanaEnglish),
                jsonType};
    }
    if (!styleExists(speaker))
        return Answer{422, resource(u"error_422_style_not_found.json"_s), jsonType};

    QJsonObject audioQuery = m_audioQueryTemplate;
    audioQuery.insert("kana"_L1, query.value(u"text"_s)); // fake convention: the text itself
    audioQuery.insert("outputSamplingRate"_L1, m_sampleRate);
    return Answer{200, json(audioQuery), jsonType};
}

FakeVoicevox::Answer FakeVoicevox::answerOpenApi() const
{
    static const QByteArray withParameter = resource(u"openapi.json"_s);
    if (m_openApi == OpenApi::WithKatakanaEnglish)
        return Answer{200, withParameter, "application/json"_ba};
    // An engine before 0.24: the same document, /audio_query without the parameter.
    static const QByteArray withoutParameter = [] {
        QJsonObject doc = QJsonDocument::fromJson(withParameter).object();
        QJsonObject paths = doc.value("paths"_L1).toObject();
        for (const auto path :
             {"/audio_query"_L1, "/audio_query_from_preset"_L1, "/accent_phrases"_L1}) {
            QJsonObject item = paths.value(path).toObject();
            QJsonObject post = item.value("post"_L1).toObject();
            QJsonArray kept;
            for (const QJsonValue &parameter : post.value("parameters"_L1).toArray()) {
                if (parameter.toObject().value("name"_L1).toString()
                    != "enable_katakana_english"_L1)
                    kept.append(parameter);
            }
            post.insert("parameters"_L1, kept);
            item.insert("post"_L1, post);
            paths.insert(path, item);
        }
        doc.insert("paths"_L1, paths);
        return QJsonDocument(doc).toJson(QJsonDocument::Compact);
    }();
    return Answer{200, withoutParameter, "application/json"_ba};
}

FakeVoicevox::Answer FakeVoicevox::answerSynthesis(const QHash<QString, QString> &query,
                                                   const QByteArray &requestBody)
{
    const QByteArray jsonType = "application/json"_ba;
    if (!query.contains(u"speaker"_s))
        return Answer{422,
                      validationError(QJsonArray{u"query"_s, u"speaker"_s}, u"Field required"_s,
                                      u"missing"_s),
                      jsonType};
    qint64 speaker = 0;
    if (!parseInt64(query.value(u"speaker"_s), &speaker))
        return Answer{
            422,
            validationError(
                QJsonArray{u"query"_s, u"speaker"_s},
                u"Input should be a valid integer, unable to parse string as an integer"_s,
                u"int_parsing"_s, query.value(u"speaker"_s)),
            jsonType};

    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(requestBody, &error);
    if (error.error != QJsonParseError::NoError)
        return Answer{422,
                      validationError(QJsonArray{u"body"_s, int(error.offset)},
                                      u"JSON decode error"_s, u"json_invalid"_s, QJsonObject{}),
                      jsonType};
    if (!doc.isObject())
        return Answer{422,
                      validationError(
                          QJsonArray{u"body"_s},
                          u"Input should be a valid dictionary or object to extract fields from"_s,
                          u"model_attributes_type"_s),
                      jsonType};
    const QJsonObject body = doc.object();
    QJsonArray missing;
    for (const auto key : {"accent_phrases"_L1, "speedScale"_L1, "pitchScale"_L1,
                           "intonationScale"_L1, "volumeScale"_L1, "prePhonemeLength"_L1,
                           "postPhonemeLength"_L1, "outputSamplingRate"_L1, "outputStereo"_L1}) {
        if (!body.contains(key)) {
            missing.append(QJsonObject{{u"loc"_s, QJsonArray{u"body"_s, QString(key)}},
                                       {u"msg"_s, u"Field required"_s},
                                       {u"type"_s, u"missing"_s},
                                       {u"input"_s, QJsonValue::Null}});
        }
    }
    if (!missing.isEmpty())
        return Answer{422, json(QJsonObject{{u"detail"_s, missing}}), jsonType};
    if (!styleExists(speaker))
        return Answer{422, resource(u"error_422_style_not_found.json"_s), jsonType};

    QString text = body.value("kana"_L1).toString();
    if (!body.value("kana"_L1).isString()) {
        for (const QJsonValue &phrase : body.value("accent_phrases"_L1).toArray()) {
            for (const QJsonValue &mora : phrase.toObject().value("moras"_L1).toArray())
                text += mora.toObject().value("text"_L1).toString();
        }
    }
    int rate = body.value("outputSamplingRate"_L1).toInt(m_sampleRate);
    if (rate < 8000 || rate > 192000)
        rate = m_sampleRate;
    QByteArray wav = wavForText(text, rate, body.value("speedScale"_L1).toDouble(1.0),
                                body.value("pitchScale"_L1).toDouble(0.0),
                                body.value("volumeScale"_L1).toDouble(1.0));
    if (body.value("outputStereo"_L1).toBool()) {
        wav = makeToneWav(rate, 2,
                          durationMsForText(text, body.value("speedScale"_L1).toDouble(1.0)),
                          toneFrequencyForText(text, body.value("pitchScale"_L1).toDouble(0.0)),
                          std::clamp(0.5 * body.value("volumeScale"_L1).toDouble(1.0), 0.0, 1.0));
    }
    return Answer{200, wav, "audio/wav"_ba};
}

} // namespace chatvox::test
