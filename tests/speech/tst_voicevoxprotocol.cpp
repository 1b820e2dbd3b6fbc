// Pure parsing of VOICEVOX API bodies, against the engine's own snapshots (tests/data/voicevox).

#include "speech/voicevoxprotocol.h"
#include "speechtestutil.h"

#include <cmath>
#include <limits>

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace chatvox;
using namespace chatvox::voicevox;

class TestVoicevoxProtocol : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void version();
    void speakersFixture();
    void speakersLargeAndNegativeIds();
    void speakersRejectsBadShapes_data();
    void speakersRejectsBadShapes();
    void audioQueryFixtures();
    void audioQueryRejects_data();
    void audioQueryRejects();
    void voiceParamsApplied();
    void voiceParamsSanitized();
    void errorMessages_data();
    void errorMessages();
    void knownEngines();
    void openApiQueryParameter();
};

void TestVoicevoxProtocol::version()
{
    QCOMPARE(parseVersion(test::readTestData(u"voicevox/version.json"_s)).value(), u"latest"_s);
    QCOMPARE(parseVersion(R"("0.17.1")"_ba).value(), u"0.17.1"_s);
    QVERIFY(!parseVersion("0.17.1"_ba).ok()); // not JSON
    QVERIFY(!parseVersion(R"({"version":"1"})"_ba).ok());
    QVERIFY(!parseVersion("42"_ba).ok());
    QVERIFY(!parseVersion(""_ba).ok());
}

void TestVoicevoxProtocol::speakersFixture()
{
    const auto styles = parseSpeakers(test::readTestData(u"voicevox/speakers.json"_s));
    QVERIFY2(styles.ok(), qPrintable(styles.error()));
    QCOMPARE(styles->size(), 5);
    const QList<qint64> ids{0, 2, 1, 3, 8};
    for (qsizetype i = 0; i < ids.size(); ++i)
        QCOMPARE(styles->at(i).id, ids.at(i));
    const SpeakerStyle &first = styles->first();
    QCOMPARE(first.speakerName, u"dummy1"_s);
    QCOMPARE(first.speakerUuid, u"7ffcb7ce-00ec-4bdc-82cd-45a8889e43ff"_s);
    QCOMPARE(first.styleName, u"style0"_s);
    QCOMPARE(first.type, u"talk"_s);
    QCOMPARE(styles->at(4).speakerName, u"dummy3"_s);
}

void TestVoicevoxProtocol::speakersLargeAndNegativeIds()
{
    // AivisSpeech uses 32-bit hashes as style ids; ids past 2^53 would lose digits as doubles.
    const QByteArray body = R"([{"name":"Anneli","speaker_uuid":"u","version":"1",
        "styles":[{"id":888753760,"name":"ノーマル"},{"id":-1,"name":"neg","type":"sing"},
                  {"id":9007199254740993,"name":"big"}]}])"_ba;
    const auto styles = parseSpeakers(body);
    QVERIFY2(styles.ok(), qPrintable(styles.error()));
    QCOMPARE(styles->size(), 3);
    QCOMPARE(styles->at(0).id, qint64(888753760));
    QCOMPARE(styles->at(0).type, QString()); // absent type: talk
    QCOMPARE(styles->at(0).styleName, u"ノーマル"_s);
    QCOMPARE(styles->at(1).id, qint64(-1));
    QCOMPARE(styles->at(1).type, u"sing"_s);
    QCOMPARE(styles->at(2).id, qint64(9007199254740993LL));
}

void TestVoicevoxProtocol::speakersRejectsBadShapes_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("not json") << "<html>"_ba;
    QTest::newRow("object") << R"({"speakers":[]})"_ba;
    QTest::newRow("no styles") << R"([{"name":"a"}])"_ba;
    QTest::newRow("no name") << R"([{"styles":[]}])"_ba;
    QTest::newRow("fractional id") << R"([{"name":"a","styles":[{"id":1.5,"name":"x"}]}])"_ba;
    QTest::newRow("string id") << R"([{"name":"a","styles":[{"id":"1","name":"x"}]}])"_ba;
}

void TestVoicevoxProtocol::speakersRejectsBadShapes()
{
    QFETCH(QByteArray, body);
    const auto styles = parseSpeakers(body);
    QVERIFY(!styles.ok());
    QVERIFY(!styles.error().isEmpty());
}

void TestVoicevoxProtocol::audioQueryFixtures()
{
    for (const QString &name : {u"audio_query.json"_s, u"audio_query_from_preset.json"_s,
                                u"audio_query_katakana_english.json"_s}) {
        const QByteArray body = test::readTestData(u"voicevox/"_s + name);
        const auto query = parseAudioQuery(body);
        QVERIFY2(query.ok(), qPrintable(name + u": "_s + query.error()));
        QCOMPARE(*query, QJsonDocument::fromJson(body).object()); // unchanged
    }
}

void TestVoicevoxProtocol::audioQueryRejects_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("mentions");
    const QJsonObject good
        = QJsonDocument::fromJson(test::readTestData(u"voicevox/audio_query.json"_s)).object();
    const auto without = [&good](const QString &key) {
        QJsonObject copy = good;
        copy.remove(key);
        return QJsonDocument(copy).toJson();
    };
    QTest::newRow("not json") << "Internal Server Error"_ba << u"JSON"_s;
    QTest::newRow("array") << "[1,2]"_ba << u"object"_s;
    QTest::newRow("no accent_phrases") << without(u"accent_phrases"_s) << u"accent_phrases"_s;
    QTest::newRow("no speedScale") << without(u"speedScale"_s) << u"speedScale"_s;
    QTest::newRow("no outputSamplingRate")
        << without(u"outputSamplingRate"_s) << u"outputSamplingRate"_s;
    QTest::newRow("no outputStereo") << without(u"outputStereo"_s) << u"outputStereo"_s;
    QJsonObject stringScale = good;
    stringScale.insert(u"pitchScale"_s, u"high"_s);
    QTest::newRow("string pitchScale") << QJsonDocument(stringScale).toJson() << u"pitchScale"_s;
}

void TestVoicevoxProtocol::audioQueryRejects()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, mentions);
    const auto query = parseAudioQuery(body);
    QVERIFY(!query.ok());
    QVERIFY2(query.error().contains(mentions), qPrintable(query.error()));
}

void TestVoicevoxProtocol::voiceParamsApplied()
{
    const QJsonObject template_
        = QJsonDocument::fromJson(test::readTestData(u"voicevox/audio_query.json"_s)).object();
    const QJsonObject out = applyVoiceParams(template_, VoiceParams{1.5, -0.1, 1.2, 0.8});
    QCOMPARE(out.value(u"speedScale"_s).toDouble(), 1.5);
    QCOMPARE(out.value(u"pitchScale"_s).toDouble(), -0.1);
    QCOMPARE(out.value(u"intonationScale"_s).toDouble(), 1.2);
    QCOMPARE(out.value(u"volumeScale"_s).toDouble(), 0.8);
    // Everything else stays as the engine made it.
    QCOMPARE(out.value(u"accent_phrases"_s), template_.value(u"accent_phrases"_s));
    QCOMPARE(out.value(u"kana"_s), template_.value(u"kana"_s));
    QCOMPARE(out.value(u"outputSamplingRate"_s), template_.value(u"outputSamplingRate"_s));
    QCOMPARE(out.size(), template_.size());
}

void TestVoicevoxProtocol::voiceParamsSanitized()
{
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const double inf = std::numeric_limits<double>::infinity();
    QCOMPARE(sanitizedVoiceParams(VoiceParams{nan, inf, -inf, nan}), VoiceParams{});
    QCOMPARE(sanitizedVoiceParams(VoiceParams{0.0, -5.0, -1.0, 100.0}),
             (VoiceParams{0.25, -1.0, 0.0, 4.0}));
    QCOMPARE(sanitizedVoiceParams(VoiceParams{100.0, 5.0, 9.0, -1.0}),
             (VoiceParams{4.0, 1.0, 4.0, 0.0}));
    const VoiceParams normal{1.3, 0.05, 1.1, 0.9};
    QCOMPARE(sanitizedVoiceParams(normal), normal);
}

void TestVoicevoxProtocol::errorMessages_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("expected");
    QTest::newRow("message (unknown style)")
        << test::readTestData(u"voicevox/error_422_style_not_found.json"_s)
        << u"指定されたスタイルが見つかりませんでした。"_s;
    QTest::newRow("message (unsupported style)")
        << test::readTestData(u"voicevox/error_422_style_unsupported.json"_s)
        << u"指定されたスタイルはこの機能をサポートしていません。"_s;
    QTest::newRow("detail string")
        << test::readTestData(u"voicevox/error_404_speaker_info_not_found.json"_s)
        << u"該当するキャラクターが見つかりません"_s;
    QTest::newRow("detail list") << test::readTestData(
        u"voicevox/error_422_validation_missing_field.json"_s)
                                 << u"Field required (query.text)"_s;
    QTest::newRow("detail list with ctx")
        << test::readTestData(u"voicevox/error_422_validation_out_of_range.json"_s)
        << u"Input should be less than or equal to 1 (query.morph_rate)"_s;
    // Engine 0.17.1 (pydantic 1) JSON errors put an index into loc.
    QTest::newRow("detail list, two items, index in loc")
        << R"({"detail":[{"loc":["body",20],"msg":"Expecting value","type":"value_error.jsondecode"},
                             {"loc":["query","speaker"],"msg":"field required","type":"value_error.missing"}]})"_ba
        << u"Expecting value (body.20); field required (query.speaker)"_s;
    QTest::newRow("detail object (400 bad kana)")
        << R"({"detail":{"text":"アクセント句が不正です","error_name":"UNKNOWN_TEXT"}})"_ba
        << u"アクセント句が不正です"_s;
    QTest::newRow("plain text 500") << "Internal Server Error"_ba << u"Internal Server Error"_s;
    QTest::newRow("empty") << QByteArray() << QString();
    QTest::newRow("whitespace") << "  \n"_ba << QString();
    QTest::newRow("unknown json") << R"({"oops":1})"_ba << uR"({"oops":1})"_s;
}

void TestVoicevoxProtocol::errorMessages()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, expected);
    QCOMPARE(engineErrorMessage(body), expected);
}

void TestVoicevoxProtocol::knownEngines()
{
    QCOMPARE(knownEngineName(QUrl(u"http://127.0.0.1:50021"_s)), u"VOICEVOX"_s);
    QCOMPARE(knownEngineName(QUrl(u"http://127.0.0.1:10101/"_s)), u"AivisSpeech"_s);
    QCOMPARE(knownEngineName(QUrl(u"http://localhost:50025"_s)), u"SHAREVOX"_s);
    QCOMPARE(knownEngineName(QUrl(u"http://[::1]:50031"_s)), u"COEIROINK"_s);
    QCOMPARE(knownEngineName(QUrl(u"http://127.0.0.1:50121"_s)), u"NEMO"_s);
    QCOMPARE(knownEngineName(QUrl(u"http://192.168.1.5:50021"_s)), QString()); // not local
    QCOMPARE(knownEngineName(QUrl(u"http://127.0.0.1:8080"_s)), QString());
}

void TestVoicevoxProtocol::openApiQueryParameter()
{
    // The engine's own document (VOICEVOX >= 0.24) lists enable_katakana_english.
    const QJsonObject doc
        = QJsonDocument::fromJson(test::readTestData(u"voicevox/openapi.json"_s)).object();
    QVERIFY(openApiHasQueryParameter(doc, "/audio_query"_L1, kKatakanaEnglishParameter));
    QVERIFY(openApiHasQueryParameter(doc, "/audio_query"_L1, "speaker"_L1));
    QVERIFY(!openApiHasQueryParameter(doc, "/audio_query"_L1, "no_such_parameter"_L1));
    QVERIFY(!openApiHasQueryParameter(doc, "/no_such_path"_L1, kKatakanaEnglishParameter));
    QVERIFY(!openApiHasQueryParameter(QJsonObject{}, "/audio_query"_L1, kKatakanaEnglishParameter));
    // A body parameter of that name is not the query parameter.
    const auto withIn = [](const QString &in) {
        const QJsonObject parameter{{u"name"_s, u"enable_katakana_english"_s}, {u"in"_s, in}};
        const QJsonObject post{{u"parameters"_s, QJsonArray{parameter}}};
        return QJsonObject{
            {u"paths"_s, QJsonObject{{u"/audio_query"_s, QJsonObject{{u"post"_s, post}}}}}};
    };
    QVERIFY(
        openApiHasQueryParameter(withIn(u"query"_s), "/audio_query"_L1, kKatakanaEnglishParameter));
    QVERIFY(!openApiHasQueryParameter(withIn(u"header"_s), "/audio_query"_L1,
                                      kKatakanaEnglishParameter));
}

QTEST_GUILESS_MAIN(TestVoicevoxProtocol)
#include "tst_voicevoxprotocol.moc"
