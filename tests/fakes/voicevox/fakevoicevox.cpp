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
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUuid>
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

// model.py UserDictWord.convert_to_zenkaku: ASCII 0x21..0x7E to full width.
QString toZenkaku(const QString &surface)
{
    QString out = surface;
    for (QChar &c : out) {
        if (c.unicode() >= 0x21 && c.unicode() <= 0x7E)
            c = QChar(char16_t(c.unicode() + 0xFEE0));
    }
    return out;
}

// model.py UserDictWord.check_is_katakana: empty when valid, else the engine's message.
QString pronunciationError(const QString &pronunciation)
{
    static const QRegularExpression katakana(u"^[ァ-ヴー]+$"_s);
    if (!katakana.match(pronunciation).hasMatch())
        return u"発音は有効なカタカナでなくてはいけません。"_s;
    static const QString sutegana = u"ァィゥェォャュョヮッ"_s;
    for (qsizetype i = 0; i < pronunciation.size(); ++i) {
        const QChar c = pronunciation[i];
        if (sutegana.contains(c) && i + 1 < pronunciation.size()) {
            const QChar next = pronunciation[i + 1];
            if ((sutegana.contains(next) && next != u'ッ') || (c == u'ッ' && next == u'ッ'))
                return u"無効な発音です。(捨て仮名の連続)"_s;
        }
        if (c == u'ヮ' && i != 0 && pronunciation[i - 1] != u'ク' && pronunciation[i - 1] != u'グ')
            return u"無効な発音です。(「くゎ」「ぐゎ」以外の「ゎ」の使用)"_s;
    }
    return {};
}

// model.py check_mora_count_and_accent_type.
int moraCount(const QString &pronunciation)
{
    static const QRegularExpression mora(
        u"(?:[イ][ェ]|[ヴ][ャュョ]|[トド][ゥ]|[テデ][ィャュョ]|[デ][ェ]|[クグ][ヮ]"
        "|[キシチニヒミリギジビピ][ェャュョ]|[ツフヴ][ァ]|[ウスツフヴズ][ィ]|[ウツフヴ][ェォ]"
        "|[ァ-ヴー])"_s);
    int count = 0;
    for (auto it = mora.globalMatch(pronunciation); it.hasNext(); it.next())
        ++count;
    return count;
}

// part_of_speech_data.py
struct PartOfSpeech
{
    const char *type;
    QString pos;
    QString detail1;
    QString detail2;
    int contextId;
};

const QList<PartOfSpeech> &partsOfSpeech()
{
    static const QList<PartOfSpeech> parts{
        {"PROPER_NOUN", u"名詞"_s, u"固有名詞"_s, u"一般"_s, 1348},
        {"COMMON_NOUN", u"名詞"_s, u"一般"_s, u"*"_s, 1345},
        {"VERB", u"動詞"_s, u"自立"_s, u"*"_s, 642},
        {"ADJECTIVE", u"形容詞"_s, u"自立"_s, u"*"_s, 20},
        {"SUFFIX", u"名詞"_s, u"接尾"_s, u"一般"_s, 1358},
    };
    return parts;
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
    const QString route
        = path.startsWith("/user_dict_word/"_L1) ? u"/user_dict_word/{word_uuid}"_s : path;
    for (const QString &key : {path, route, u"*"_s}) {
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
    if (request.method() == QHttpServerRequest::Method::Options) {
        // CORS preflight of a browser page (a tc2vv player) POSTing JSON: allowed, as by an
        // engine run with --cors_policy_mode all. Not recorded: the browser sends it, not the
        // page.
        responder.write(QByteArray(),
                        {{"Access-Control-Allow-Origin"_ba, "*"_ba},
                         {"Access-Control-Allow-Methods"_ba, "GET, POST, PUT, DELETE"_ba},
                         {"Access-Control-Allow-Headers"_ba, "Content-Type"_ba},
                         {"Access-Control-Max-Age"_ba, "600"_ba}},
                        QHttpServerResponder::StatusCode::NoContent);
        return;
    }
    // QHttpServer reuses the request object per connection: copy what we need now.
    FakeVoicevoxRequest record;
    switch (request.method()) {
    case QHttpServerRequest::Method::Get:
        record.method = u"GET"_s;
        break;
    case QHttpServerRequest::Method::Post:
        record.method = u"POST"_s;
        break;
    case QHttpServerRequest::Method::Put:
        record.method = u"PUT"_s;
        break;
    case QHttpServerRequest::Method::Delete:
        record.method = u"DELETE"_s;
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
    pending->responder->write(
        a.body, {{"Content-Type"_ba, a.contentType}, {"Access-Control-Allow-Origin"_ba, "*"_ba}},
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
    if (path == "/user_dict"_L1 || path == "/user_dict_word"_L1
        || path.startsWith("/user_dict_word/"_L1))
        return answerUserDict(request, query);
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

QString FakeVoicevox::addUserDictionaryWord(const QString &surface, const QString &pronunciation,
                                            int accentType, const QString &wordType, int priority)
{
    FakeUserDictWord word;
    word.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    word.surface = toZenkaku(surface);
    word.pronunciation = pronunciation;
    word.accentType = accentType;
    word.wordType = wordType;
    word.priority = priority;
    m_userDict.append(word);
    return word.uuid;
}

FakeVoicevox::Answer FakeVoicevox::answerUserDict(const FakeVoicevoxRequest &request,
                                                  const QHash<QString, QString> &query)
{
    const QByteArray jsonType = "application/json"_ba;
    if (m_userDictMode == UserDictionary::Absent)
        return Answer{404, R"({"detail":"Not Found"})"_ba, jsonType};
    if (m_userDictMode == UserDictionary::Broken)
        return Answer{500, "Internal Server Error"_ba, "text/plain; charset=utf-8"_ba};
    const QString &path = request.path;
    const QString &method = request.method;
    const auto find = [this](const QString &uuid) {
        return std::find_if(m_userDict.begin(), m_userDict.end(),
                            [&uuid](const FakeUserDictWord &w) { return w.uuid == uuid; });
    };

    if (path == "/user_dict"_L1) {
        if (method != "GET"_L1)
            return Answer{405, R"({"detail":"Method Not Allowed"})"_ba, jsonType};
        QJsonObject words;
        for (const FakeUserDictWord &word : std::as_const(m_userDict)) {
            PartOfSpeech pos = partsOfSpeech().constFirst();
            for (const PartOfSpeech &p : partsOfSpeech()) {
                if (word.wordType == QLatin1StringView(p.type))
                    pos = p;
            }
            words.insert(word.uuid,
                         QJsonObject{{u"surface"_s, word.surface},
                                     {u"priority"_s, word.priority},
                                     {u"context_id"_s, pos.contextId},
                                     {u"part_of_speech"_s, pos.pos},
                                     {u"part_of_speech_detail_1"_s, pos.detail1},
                                     {u"part_of_speech_detail_2"_s, pos.detail2},
                                     {u"part_of_speech_detail_3"_s, u"*"_s},
                                     {u"inflectional_type"_s, u"*"_s},
                                     {u"inflectional_form"_s, u"*"_s},
                                     {u"stem"_s, u"*"_s},
                                     {u"yomi"_s, word.pronunciation},
                                     {u"pronunciation"_s, word.pronunciation},
                                     {u"accent_type"_s, word.accentType},
                                     {u"mora_count"_s, moraCount(word.pronunciation)},
                                     {u"accent_associative_rule"_s, u"*"_s}});
        }
        return Answer{200, json(words), jsonType};
    }

    const bool add = path == "/user_dict_word"_L1;
    const QString uuid = add ? QString() : path.mid(qsizetype(sizeof("/user_dict_word/") - 1));
    if (add ? method != "POST"_L1 : (method != "PUT"_L1 && method != "DELETE"_L1))
        return Answer{405, R"({"detail":"Method Not Allowed"})"_ba, jsonType};
    if (method == "DELETE"_L1) {
        const auto it = find(uuid);
        if (it == m_userDict.end())
            return Answer{
                422,
                json(QJsonObject{{u"detail"_s, u"IDに該当するワードが見つかりませんでした"_s}}),
                jsonType};
        m_userDict.erase(it);
        return Answer{204, {}, jsonType};
    }

    // POST and PUT: FastAPI checks the parameters first, then the model validates.
    QJsonArray problems;
    for (const auto name : {"surface"_L1, "pronunciation"_L1, "accent_type"_L1}) {
        if (!query.contains(name))
            problems.append(QJsonObject{{u"loc"_s, QJsonArray{u"query"_s, QString(name)}},
                                        {u"msg"_s, u"Field required"_s},
                                        {u"type"_s, u"missing"_s},
                                        {u"input"_s, QJsonValue::Null}});
    }
    qint64 accentType = 0;
    if (query.contains(u"accent_type"_s) && !parseInt64(query.value(u"accent_type"_s), &accentType))
        problems.append(QJsonObject{
            {u"loc"_s, QJsonArray{u"query"_s, u"accent_type"_s}},
            {u"msg"_s, u"Input should be a valid integer, unable to parse string as an integer"_s},
            {u"type"_s, u"int_parsing"_s},
            {u"input"_s, query.value(u"accent_type"_s)}});
    QString wordType = u"PROPER_NOUN"_s;
    if (query.contains(u"word_type"_s)) {
        wordType = query.value(u"word_type"_s);
        const bool knownType = std::any_of(
            partsOfSpeech().cbegin(), partsOfSpeech().cend(),
            [&wordType](const PartOfSpeech &p) { return wordType == QLatin1StringView(p.type); });
        if (!knownType)
            problems.append(QJsonObject{
                {u"loc"_s, QJsonArray{u"query"_s, u"word_type"_s}},
                {u"msg"_s,
                 u"Input should be 'PROPER_NOUN', 'COMMON_NOUN', 'VERB', 'ADJECTIVE' or 'SUFFIX'"_s},
                {u"type"_s, u"enum"_s},
                {u"input"_s, wordType}});
    }
    qint64 priority = 5;
    if (query.contains(u"priority"_s)) {
        if (!parseInt64(query.value(u"priority"_s), &priority))
            problems.append(QJsonObject{
                {u"loc"_s, QJsonArray{u"query"_s, u"priority"_s}},
                {u"msg"_s,
                 u"Input should be a valid integer, unable to parse string as an integer"_s},
                {u"type"_s, u"int_parsing"_s},
                {u"input"_s, query.value(u"priority"_s)}});
        else if (priority < 0 || priority > 10)
            problems.append(QJsonObject{
                {u"loc"_s, QJsonArray{u"query"_s, u"priority"_s}},
                {u"msg"_s,
                 priority < 0 ? u"Input should be greater than or equal to 0"_s
                              : u"Input should be less than or equal to 10"_s},
                {u"type"_s, priority < 0 ? u"greater_than_equal"_s : u"less_than_equal"_s},
                {u"input"_s, query.value(u"priority"_s)}});
    }
    if (!problems.isEmpty())
        return Answer{422, json(QJsonObject{{u"detail"_s, problems}}), jsonType};

    const QString pronunciation = query.value(u"pronunciation"_s);
    QString field = u"pronunciation"_s;
    QString problem = pronunciationError(pronunciation);
    if (problem.isEmpty()) {
        const int morae = moraCount(pronunciation);
        if (accentType < 0 || accentType > morae) {
            field = u"mora_count"_s;
            problem
                = u"誤ったアクセント型です(%1)。 expect: 0 <= accent_type <= %2"_s.arg(accentType)
                      .arg(morae);
        }
    }
    if (!problem.isEmpty())
        return Answer{
            422,
            json(QJsonObject{{u"detail"_s,
                              u"パラメータに誤りがあります。\n1 validation error for "
                              "UserDictWord\n%1\n  %2 (type=value_error)"_s.arg(field, problem)}}),
            jsonType};

    FakeUserDictWord word;
    word.surface = toZenkaku(query.value(u"surface"_s));
    word.pronunciation = pronunciation;
    word.accentType = int(accentType);
    word.wordType = wordType;
    word.priority = int(priority);
    if (add) {
        word.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        m_userDict.append(word);
        return Answer{200, word.uuid.toLatin1(), QByteArray()};
    }
    const auto it = find(uuid);
    if (it == m_userDict.end())
        return Answer{
            422, json(QJsonObject{{u"detail"_s, u"UUIDに該当するワードが見つかりませんでした"_s}}),
            jsonType};
    word.uuid = uuid;
    *it = word;
    return Answer{204, {}, jsonType};
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
