#include "voicevoxprotocol.h"

#include <algorithm>
#include <cmath>

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace chatvox::voicevox {

namespace {

// Translation context of the protocol's error texts.
class Protocol
{
    Q_DECLARE_TR_FUNCTIONS(chatvox::VoicevoxProtocol)
};

// An integer JSON number as qint64, exactly (style ids may be large or negative).
bool toInt64(const QJsonValue &value, qint64 *out)
{
    if (!value.isDouble())
        return false;
    // toInteger() returns its default for fractions and out-of-range values: two different
    // defaults tell "is an integer" apart from "happens to equal the default".
    const qint64 a = value.toInteger(0);
    const qint64 b = value.toInteger(1);
    if (a != b)
        return false;
    *out = a;
    return true;
}

Result<QJsonDocument> parseJson(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return Error{
            Protocol::tr("not JSON (%1 at byte %2)").arg(error.errorString()).arg(error.offset)};
    return doc;
}

QString shortened(QString text, qsizetype max = 300)
{
    text = text.simplified();
    if (text.size() > max)
        text = text.left(max) + u'…';
    return text;
}

QString describeDetailItem(const QJsonValue &item)
{
    if (item.isString())
        return item.toString();
    if (!item.isObject())
        return shortened(
            QString::fromUtf8(QJsonDocument(QJsonArray{item}).toJson(QJsonDocument::Compact)));
    const QJsonObject object = item.toObject();
    QString text;
    for (const auto key : {"msg"_L1, "message"_L1, "text"_L1}) {
        if (object.value(key).isString()) {
            text = object.value(key).toString();
            break;
        }
    }
    if (text.isEmpty())
        return shortened(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
    const QJsonArray loc = object.value("loc"_L1).toArray();
    if (!loc.isEmpty()) {
        QStringList parts;
        for (const QJsonValue &part : loc)
            parts.append(part.isString() ? part.toString() : QString::number(part.toInteger()));
        text += " ("_L1 + parts.join(u'.') + u')';
    }
    return text;
}

} // namespace

QList<KnownEngine> knownLocalEngines()
{
    // Default ports of each engine's local server (their docs and launchers).
    return {
        {u"VOICEVOX"_s, 50021},  {u"AivisSpeech"_s, 10101}, {u"SHAREVOX"_s, 50025},
        {u"COEIROINK"_s, 50031}, {u"NEMO"_s, 50121},
    };
}

QString knownEngineName(const QUrl &url)
{
    const QString host = url.host();
    const bool loopback = host == "localhost"_L1 || QHostAddress(host).isLoopback();
    if (!loopback)
        return {};
    for (const KnownEngine &engine : knownLocalEngines()) {
        if (url.port() == engine.port)
            return engine.name;
    }
    return {};
}

Result<QString> parseVersion(const QByteArray &body)
{
    // The body is a bare JSON string; QJsonDocument only takes objects and arrays at the top.
    const QByteArray wrapped = '[' + body + ']';
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(wrapped, &error);
    if (error.error != QJsonParseError::NoError || doc.array().size() != 1)
        return Error{Protocol::tr("the version is not JSON")};
    const QJsonValue value = doc.array().first();
    if (!value.isString())
        return Error{Protocol::tr("the version is not a JSON string")};
    return value.toString();
}

Result<QList<SpeakerStyle>> parseSpeakers(const QByteArray &body)
{
    const Result<QJsonDocument> doc = parseJson(body);
    if (!doc)
        return Error{doc.error()};
    if (!doc->isArray())
        return Error{Protocol::tr("the speaker list is not a JSON array")};
    QList<SpeakerStyle> styles;
    const QJsonArray speakers = doc->array();
    for (qsizetype i = 0; i < speakers.size(); ++i) {
        const QJsonObject speaker = speakers.at(i).toObject();
        const QJsonValue name = speaker.value("name"_L1);
        const QJsonValue styleList = speaker.value("styles"_L1);
        if (!name.isString() || !styleList.isArray())
            return Error{Protocol::tr("speaker %1 has no name or no styles").arg(i)};
        const QJsonArray speakerStyles = styleList.toArray();
        for (qsizetype j = 0; j < speakerStyles.size(); ++j) {
            const QJsonObject style = speakerStyles.at(j).toObject();
            SpeakerStyle out;
            if (!toInt64(style.value("id"_L1), &out.id))
                return Error{Protocol::tr("style %1 of speaker \"%2\" has no integer id")
                                 .arg(j)
                                 .arg(name.toString())};
            out.speakerName = name.toString();
            out.speakerUuid = speaker.value("speaker_uuid"_L1).toString();
            out.styleName = style.value("name"_L1).toString();
            out.type = style.value("type"_L1).toString();
            styles.append(out);
        }
    }
    return styles;
}

Result<QJsonObject> parseAudioQuery(const QByteArray &body)
{
    const Result<QJsonDocument> doc = parseJson(body);
    if (!doc)
        return Error{doc.error()};
    if (!doc->isObject())
        return Error{Protocol::tr("not an AudioQuery (not a JSON object)")};
    const QJsonObject query = doc->object();
    if (!query.value("accent_phrases"_L1).isArray())
        return Error{Protocol::tr("not an AudioQuery (no accent_phrases array)")};
    for (const auto key :
         {"speedScale"_L1, "pitchScale"_L1, "intonationScale"_L1, "volumeScale"_L1,
          "prePhonemeLength"_L1, "postPhonemeLength"_L1, "outputSamplingRate"_L1}) {
        if (!query.value(key).isDouble())
            return Error{Protocol::tr("not an AudioQuery (%1 is not a number)").arg(key)};
    }
    if (!query.value("outputStereo"_L1).isBool())
        return Error{Protocol::tr("not an AudioQuery (outputStereo is not a boolean)")};
    return query;
}

VoiceParams sanitizedVoiceParams(const VoiceParams &voice)
{
    const auto clampFinite = [](double value, double neutral, double low, double high) {
        return std::isfinite(value) ? std::clamp(value, low, high) : neutral;
    };
    VoiceParams out;
    out.speedScale = clampFinite(voice.speedScale, 1.0, 0.25, 4.0);
    out.pitchScale = clampFinite(voice.pitchScale, 0.0, -1.0, 1.0);
    out.intonationScale = clampFinite(voice.intonationScale, 1.0, 0.0, 4.0);
    out.volumeScale = clampFinite(voice.volumeScale, 1.0, 0.0, 4.0);
    return out;
}

QJsonObject applyVoiceParams(QJsonObject query, const VoiceParams &voice)
{
    const VoiceParams v = sanitizedVoiceParams(voice);
    query.insert("speedScale"_L1, v.speedScale);
    query.insert("pitchScale"_L1, v.pitchScale);
    query.insert("intonationScale"_L1, v.intonationScale);
    query.insert("volumeScale"_L1, v.volumeScale);
    return query;
}

QString engineErrorMessage(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return shortened(QString::fromUtf8(body));

    const QJsonObject object = doc.object();
    // VOICEVOX's own errors ({"message": ...}, e.g. an unknown style) and FastAPI's ("detail").
    for (const auto key : {"message"_L1, "detail"_L1, "error"_L1}) {
        const QJsonValue value = object.value(key);
        if (value.isString())
            return value.toString();
        if (value.isArray()) {
            QStringList parts;
            for (const QJsonValue &item : value.toArray())
                parts.append(describeDetailItem(item));
            parts.removeAll(QString());
            if (!parts.isEmpty())
                return parts.join("; "_L1);
        }
        if (value.isObject())
            return describeDetailItem(value);
    }
    return shortened(QString::fromUtf8(doc.toJson(QJsonDocument::Compact)));
}

QString engineManifestName(const QJsonObject &manifest)
{
    return manifest.value("name"_L1).toString();
}

bool openApiHasQueryParameter(const QJsonObject &openApi, QLatin1StringView path,
                              QLatin1StringView parameter)
{
    const QJsonObject operation
        = openApi.value("paths"_L1).toObject().value(path).toObject().value("post"_L1).toObject();
    const QJsonArray parameters = operation.value("parameters"_L1).toArray();
    return std::any_of(parameters.cbegin(), parameters.cend(), [parameter](const QJsonValue &p) {
        const QJsonObject object = p.toObject();
        // FastAPI inlines parameters; "in" is required by OpenAPI, but accept it missing.
        const QJsonValue in = object.value("in"_L1);
        return object.value("name"_L1).toString() == parameter
            && (in.isUndefined() || in.toString() == "query"_L1);
    });
}

} // namespace chatvox::voicevox
