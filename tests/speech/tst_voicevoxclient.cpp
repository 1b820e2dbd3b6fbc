// VoicevoxClient against FakeVoicevox (a real HTTP server on 127.0.0.1).

#include "core/wavreader.h"
#include "fakevoicevox.h"
#include "speech/voicevoxclient.h"
#include "speech/voicevoxprotocol.h"
#include "speechtestutil.h"

#include <limits>
#include <memory>

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

using namespace chatvox;
using namespace chatvox::test;
using Kind = EngineError::Kind;

class TestVoicevoxClient : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void version();
    void engineManifest();
    void speakers();
    void speakersLargeAndNegativeIds();
    void audioQueryEncodesTextExactly();
    void synthesisReturnsValidWav_data();
    void synthesisReturnsValidWav();
    void speakAppliesVoiceParams();
    void speakSanitizesVoiceParams();
    void unknownStyleShowsEngineMessage();
    void detailStringShowsEngineMessage();
    void detailListShowsEngineMessage();
    void malformedSynthesisBodyShowsFastApiMessage();
    void serverError();
    void timeoutOnHang();
    void connectionRefused();
    void garbageWav();
    void lyingWavHeader();
    void notAnAudioQuery();
    void notJson();
    void textTooLongFailsWithoutRequest();
    void abortInFlight();
    void abortDuringDelayDeliversNothing();
    void deletingClientIsSilent();
    void baseUrlPathPrefixKept();
    // enable_katakana_english (VOICEVOX >= 0.24)
    void openApiDocument_data();
    void openApiDocument();
    void katakanaEnglishSentOnlyWhenSupported();

private:
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<FakeVoicevox> m_fake;
    std::unique_ptr<VoicevoxClient> m_client;
};

void TestVoicevoxClient::init()
{
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_fake = std::make_unique<FakeVoicevox>();
    QVERIFY(m_fake->listen());
    m_client = std::make_unique<VoicevoxClient>(m_nam.get(), m_fake->url());
    m_client->setRequestTimeout(5000);
    m_client->setProbeTimeout(2000);
}

void TestVoicevoxClient::cleanup()
{
    m_client.reset();
    m_fake.reset();
    m_nam.reset();
}

void TestVoicevoxClient::version()
{
    auto outcome = await(m_client->version());
    QVERIFY(outcome.done);
    QVERIFY2(outcome.ok, qPrintable(outcome.error.message));
    QCOMPARE(outcome.value, u"latest"_s); // version.json fixture
    QVERIFY(outcome.elapsedNs > 0);

    m_fake->setVersion(u"0.17.1"_s);
    outcome = await(m_client->version());
    QCOMPARE(outcome.value, u"0.17.1"_s);
    QCOMPARE(m_fake->requestCount(u"/version"_s), 2);
    QCOMPARE(m_fake->requests().first().method, u"GET"_s);
}

void TestVoicevoxClient::engineManifest()
{
    const auto outcome = await(m_client->engineManifest());
    QVERIFY2(outcome.ok, qPrintable(outcome.error.message));
    QCOMPARE(voicevox::engineManifestName(outcome.value), u"VOICEVOX ENGINE OSS"_s);
    QCOMPARE(outcome.value.value(u"default_sampling_rate"_s).toInt(), 24000);
}

void TestVoicevoxClient::speakers()
{
    const auto outcome = await(m_client->speakers());
    QVERIFY2(outcome.ok, qPrintable(outcome.error.message));
    QCOMPARE(outcome.value.size(), 5);
    QCOMPARE(outcome.value.at(1).id, 2);
    QCOMPARE(outcome.value.at(1).speakerName, u"dummy1"_s);
    QCOMPARE(outcome.value.at(1).styleName, u"style1"_s);
    QCOMPARE(outcome.value.at(2).speakerName, u"dummy2"_s);
}

void TestVoicevoxClient::speakersLargeAndNegativeIds()
{
    const qint64 big = 2147483648LL * 4 + 7; // past 32 bits
    m_fake->setSpeakers(QJsonArray{QJsonObject{
        {u"name"_s, u"Anneli"_s},
        {u"speaker_uuid"_s, u"e756b8e4-b606-4e15-99b1-3f9c6a1b2317"_s},
        {u"version"_s, u"1.0.0"_s},
        {u"styles"_s,
         QJsonArray{
             QJsonObject{{u"id"_s, 888753760}, {u"name"_s, u"ノーマル"_s}, {u"type"_s, u"talk"_s}},
             QJsonObject{{u"id"_s, -3}, {u"name"_s, u"neg"_s}, {u"type"_s, u"talk"_s}},
             QJsonObject{{u"id"_s, big}, {u"name"_s, u"big"_s}, {u"type"_s, u"talk"_s}}}}}});
    const auto outcome = await(m_client->speakers());
    QVERIFY2(outcome.ok, qPrintable(outcome.error.message));
    QCOMPARE(outcome.value.size(), 3);
    QCOMPARE(outcome.value.at(0).id, 888753760);
    QCOMPARE(outcome.value.at(1).id, -3);
    QCOMPARE(outcome.value.at(2).id, big);

    // And they go out exactly in requests.
    const auto wav = await(m_client->speak(u"負の番号"_s, -3, {}));
    QVERIFY2(wav.ok, qPrintable(wav.error.message));
    const auto big2 = await(m_client->speak(u"big"_s, big, {}));
    QVERIFY2(big2.ok, qPrintable(big2.error.message));
    const auto queries = m_fake->requests(u"/audio_query"_s);
    QCOMPARE(queries.size(), 2);
    QCOMPARE(queries.at(0).speaker, -3);
    QCOMPARE(queries.at(1).speaker, big);
    QCOMPARE(m_fake->requests(u"/synthesis"_s).at(1).speaker, big);
}

void TestVoicevoxClient::audioQueryEncodesTextExactly()
{
    // '+' would become a space on the server (form decoding) unless percent-encoded; '&', '=',
    // '#' and '%' would cut or bend the query string.
    const QString text = u"1+1 は 2 & a=b #tag 100% ？！ 😀 ｶﾀｶﾅ"_s;
    const auto outcome = await(m_client->audioQuery(text, 1));
    QVERIFY2(outcome.ok, qPrintable(outcome.error.message));
    QCOMPARE(m_fake->requests(u"/audio_query"_s).size(), 1);
    const FakeVoicevoxRequest request = m_fake->requests(u"/audio_query"_s).first();
    QCOMPARE(request.method, u"POST"_s);
    QCOMPARE(request.text, text);
    QCOMPARE(request.speaker, 1);
    QVERIFY(request.body.isEmpty());
    QCOMPARE(outcome.value.value(u"kana"_s).toString(), text);
    QVERIFY(outcome.value.value(u"accent_phrases"_s).isArray());
}

void TestVoicevoxClient::synthesisReturnsValidWav_data()
{
    QTest::addColumn<int>("rate");
    QTest::newRow("VOICEVOX 24 kHz") << 24000;
    QTest::newRow("AivisSpeech 44.1 kHz") << 44100;
    QTest::newRow("SHAREVOX 48 kHz") << 48000;
}

void TestVoicevoxClient::synthesisReturnsValidWav()
{
    QFETCH(int, rate);
    m_fake->setSampleRate(rate);
    const QString text = u"こんにちは"_s;
    const auto query = await(m_client->audioQuery(text, 0));
    QVERIFY2(query.ok, qPrintable(query.error.message));
    QCOMPARE(query.value.value(u"outputSamplingRate"_s).toInt(), rate);

    const auto wav = await(m_client->synthesis(query.value, 0));
    QVERIFY2(wav.ok, qPrintable(wav.error.message));
    const auto header = readWavHeader(wav.value);
    QVERIFY2(header.ok(), qPrintable(header.error()));
    QCOMPARE(header->format.sampleRate, rate);
    QCOMPARE(header->format.channels, 1);
    QCOMPARE(wav.value, FakeVoicevox::wavForText(text, rate));
    QCOMPARE(m_fake->synthesizedTexts(), QStringList{text});
    // The query went back as sent.
    const QJsonObject sent
        = QJsonDocument::fromJson(m_fake->requests(u"/synthesis"_s).first().body).object();
    QCOMPARE(sent, query.value);
}

void TestVoicevoxClient::speakAppliesVoiceParams()
{
    const QString text = u"速く高く"_s;
    const VoiceParams voice{1.6, 0.12, 1.4, 0.7};
    const auto wav = await(m_client->speak(text, 3, voice));
    QVERIFY2(wav.ok, qPrintable(wav.error.message));

    QCOMPARE(m_fake->requestCount(u"/audio_query"_s), 1);
    QCOMPARE(m_fake->requestCount(u"/synthesis"_s), 1);
    const FakeVoicevoxRequest synthesis = m_fake->requests(u"/synthesis"_s).first();
    QCOMPARE(synthesis.speaker, 3);
    const QJsonObject sent = QJsonDocument::fromJson(synthesis.body).object();
    QCOMPARE(sent.value(u"speedScale"_s).toDouble(), 1.6);
    QCOMPARE(sent.value(u"pitchScale"_s).toDouble(), 0.12);
    QCOMPARE(sent.value(u"intonationScale"_s).toDouble(), 1.4);
    QCOMPARE(sent.value(u"volumeScale"_s).toDouble(), 0.7);
    QCOMPARE(sent.value(u"kana"_s).toString(), text);
    QVERIFY(sent.value(u"accent_phrases"_s).isArray());
    // The fake made the audio from those values: shorter, higher, quieter.
    QCOMPARE(wav.value, FakeVoicevox::wavForText(text, 24000, 1.6, 0.12, 0.7));
    const auto header = readWavHeader(wav.value);
    QCOMPARE(qint64(header->dataSize),
             qint64(24000) * FakeVoicevox::durationMsForText(text, 1.6) / 1000 * 2);
}

void TestVoicevoxClient::speakSanitizesVoiceParams()
{
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const auto wav = await(m_client->speak(u"x"_s, 0, VoiceParams{nan, 9.0, -2.0, nan}));
    QVERIFY2(wav.ok, qPrintable(wav.error.message));
    const QJsonObject sent
        = QJsonDocument::fromJson(m_fake->requests(u"/synthesis"_s).first().body).object();
    QCOMPARE(sent.value(u"speedScale"_s).toDouble(), 1.0);
    QCOMPARE(sent.value(u"pitchScale"_s).toDouble(), 1.0);
    QCOMPARE(sent.value(u"intonationScale"_s).toDouble(), 0.0);
    QCOMPARE(sent.value(u"volumeScale"_s).toDouble(), 1.0);
}

void TestVoicevoxClient::unknownStyleShowsEngineMessage()
{
    const auto outcome = await(m_client->speak(u"テスト"_s, 999, {}));
    QVERIFY(outcome.done);
    QVERIFY(!outcome.ok);
    QCOMPARE(outcome.error.kind, Kind::ClientError);
    QCOMPARE(outcome.error.httpStatus, 422);
    QVERIFY(!outcome.error.isEngineFault());
    QCOMPARE(outcome.error.engineMessage, u"指定されたスタイルが見つかりませんでした。"_s);
    QVERIFY2(outcome.error.message.contains(u"指定されたスタイルが見つかりませんでした。"_s),
             qPrintable(outcome.error.message));
    QVERIFY(outcome.error.message.contains(QString::number(m_fake->port())));
    QCOMPARE(m_fake->requestCount(u"/synthesis"_s), 0); // stopped after audio_query

    // The same through /synthesis alone.
    const auto query = await(m_client->audioQuery(u"テスト"_s, 0));
    const auto wav = await(m_client->synthesis(query.value, 12345));
    QCOMPARE(wav.error.kind, Kind::ClientError);
    QCOMPARE(wav.error.engineMessage, u"指定されたスタイルが見つかりませんでした。"_s);
}

void TestVoicevoxClient::detailStringShowsEngineMessage()
{
    m_fake->failNext(u"/audio_query"_s, 422,
                     readTestData(u"voicevox/error_404_speaker_info_not_found.json"_s));
    const auto outcome = await(m_client->speak(u"テスト"_s, 0, {}));
    QCOMPARE(outcome.error.kind, Kind::ClientError);
    QCOMPARE(outcome.error.engineMessage, u"該当するキャラクターが見つかりません"_s);
    QVERIFY(outcome.error.message.contains(u"該当するキャラクターが見つかりません"_s));
    QVERIFY(outcome.error.message.contains(u"422"_s));
}

void TestVoicevoxClient::detailListShowsEngineMessage()
{
    m_fake->failNext(u"/synthesis"_s, 422,
                     readTestData(u"voicevox/error_422_validation_out_of_range.json"_s));
    const auto outcome = await(m_client->speak(u"テスト"_s, 0, {}));
    QCOMPARE(outcome.error.kind, Kind::ClientError);
    QCOMPARE(outcome.error.engineMessage,
             u"Input should be less than or equal to 1 (query.morph_rate)"_s);
    QVERIFY(outcome.error.message.contains(u"Input should be less than or equal to 1"_s));
}

void TestVoicevoxClient::malformedSynthesisBodyShowsFastApiMessage()
{
    // A query without speedScale: the fake (like FastAPI) answers 422 with a detail list.
    QJsonObject query
        = QJsonDocument::fromJson(readTestData(u"voicevox/audio_query.json"_s)).object();
    query.remove(u"speedScale"_s);
    const auto outcome = await(m_client->synthesis(query, 0));
    QCOMPARE(outcome.error.kind, Kind::ClientError);
    QCOMPARE(outcome.error.engineMessage, u"Field required (body.speedScale)"_s);
}

void TestVoicevoxClient::serverError()
{
    m_fake->failNext(u"/synthesis"_s, 500, "Internal Server Error", 1, "text/plain");
    const auto outcome = await(m_client->speak(u"テスト"_s, 0, {}));
    QCOMPARE(outcome.error.kind, Kind::ServerError);
    QCOMPARE(outcome.error.httpStatus, 500);
    QVERIFY(outcome.error.isEngineFault());
    QCOMPARE(outcome.error.engineMessage, u"Internal Server Error"_s);
    QVERIFY(outcome.error.message.contains(u"500"_s));

    // 503 with a JSON message.
    m_fake->failNext(u"/version"_s, 503, R"({"message":"混雑しています"})");
    const auto version = await(m_client->version());
    QCOMPARE(version.error.kind, Kind::ServerError);
    QCOMPARE(version.error.engineMessage, u"混雑しています"_s);
}

void TestVoicevoxClient::timeoutOnHang()
{
    m_client->setRequestTimeout(300);
    m_fake->hangNext(u"/synthesis"_s);
    QElapsedTimer timer;
    timer.start();
    const auto outcome = await(m_client->speak(u"テスト"_s, 0, {}), 5000);
    QVERIFY(outcome.done);
    QCOMPARE(outcome.error.kind, Kind::Timeout);
    QVERIFY(outcome.error.isEngineFault());
    QVERIFY2(timer.elapsed() >= 250 && timer.elapsed() < 3000,
             qPrintable(QString::number(timer.elapsed())));
    QVERIFY(outcome.error.message.contains(u"0.3"_s));

    m_client->setProbeTimeout(200);
    m_fake->hangNext(u"/version"_s);
    const auto version = await(m_client->version(), 5000);
    QCOMPARE(version.error.kind, Kind::Timeout);
}

void TestVoicevoxClient::connectionRefused()
{
    VoicevoxClient client(m_nam.get(), localUrl(closedPort()));
    const auto outcome = await(client.speak(u"テスト"_s, 0, {}));
    QVERIFY(outcome.done);
    QCOMPARE(outcome.error.kind, Kind::Connection);
    QCOMPARE(outcome.error.httpStatus, 0);
    QVERIFY(outcome.error.isEngineFault());
    QVERIFY(!outcome.error.message.isEmpty());

    // An engine that went away.
    m_fake->stop();
    const auto version = await(m_client->version());
    QCOMPARE(version.error.kind, Kind::Connection);
}

void TestVoicevoxClient::garbageWav()
{
    m_fake->addFault(u"/synthesis"_s, {FakeVoicevox::FaultKind::GarbageWav});
    const auto outcome = await(m_client->speak(u"テスト"_s, 0, {}));
    QCOMPARE(outcome.error.kind, Kind::BadResponse);
    QVERIFY(outcome.error.isEngineFault());
    QVERIFY(outcome.error.message.contains(u"/synthesis"_s));
    QVERIFY(outcome.error.message.contains(u"RIFF"_s));
}

void TestVoicevoxClient::lyingWavHeader()
{
    m_fake->addFault(u"/synthesis"_s, {FakeVoicevox::FaultKind::LyingWavHeader});
    const auto outcome = await(m_client->speak(u"テスト"_s, 0, {}));
    QCOMPARE(outcome.error.kind, Kind::BadResponse);
    QVERIFY2(outcome.error.message.contains(u"truncated"_s), qPrintable(outcome.error.message));
}

void TestVoicevoxClient::notAnAudioQuery()
{
    m_fake->addFault(u"/audio_query"_s, {FakeVoicevox::FaultKind::NotAudioQuery});
    const auto outcome = await(m_client->speak(u"テスト"_s, 0, {}));
    QCOMPARE(outcome.error.kind, Kind::BadResponse);
    QVERIFY2(outcome.error.message.contains(u"accent_phrases"_s),
             qPrintable(outcome.error.message));
    QCOMPARE(m_fake->requestCount(u"/synthesis"_s), 0);
}

void TestVoicevoxClient::notJson()
{
    m_fake->addFault(u"/audio_query"_s, {FakeVoicevox::FaultKind::NotJson});
    auto outcome = await(m_client->audioQuery(u"テスト"_s, 0));
    QCOMPARE(outcome.error.kind, Kind::BadResponse);
    QVERIFY(outcome.error.message.contains(u"JSON"_s));

    m_fake->addFault(u"/speakers"_s, {FakeVoicevox::FaultKind::NotJson});
    const auto speakers = await(m_client->speakers());
    QCOMPARE(speakers.error.kind, Kind::BadResponse);

    m_fake->addFault(u"/version"_s, {FakeVoicevox::FaultKind::NotJson});
    const auto version = await(m_client->version());
    QCOMPARE(version.error.kind, Kind::BadResponse);
}

void TestVoicevoxClient::textTooLongFailsWithoutRequest()
{
    const QString text(2000, u'あ'); // 9 bytes each once percent-encoded
    const auto outcome = await(m_client->speak(text, 0, {}));
    QVERIFY(outcome.done);
    QCOMPARE(outcome.error.kind, Kind::ClientError);
    QVERIFY(outcome.error.message.contains(u"2000"_s));
    QCOMPARE(m_fake->requests().size(), 0);
}

void TestVoicevoxClient::abortInFlight()
{
    m_fake->hangNext(u"/synthesis"_s);
    QSignalSpy received(m_fake.get(), &FakeVoicevox::requestReceived);
    QPointer<WavReply> reply = m_client->speak(u"消されるメッセージ"_s, 0, {});
    bool finished = false;
    connect(reply, &EngineReply::finished, this, [&finished] { finished = true; });
    QTRY_COMPARE(m_fake->requestCount(u"/synthesis"_s), 1);
    QCOMPARE(m_nam->findChildren<QNetworkReply *>().size(), 1);

    reply->abort();
    QTRY_VERIFY(reply.isNull()); // deleted itself
    // The connection is cut: the fake sees its hung request's client go away, and the network
    // reply is gone too (no leak).
    QTRY_COMPARE(m_nam->findChildren<QNetworkReply *>().size(), 0);
    QTest::qWait(200);
    QVERIFY(!finished);

    // The client still works afterwards.
    const auto outcome = await(m_client->speak(u"次"_s, 0, {}));
    QVERIFY2(outcome.ok, qPrintable(outcome.error.message));
    QCOMPARE(m_fake->synthesizedTexts(), QStringList{u"次"_s});

    // Aborting during the audio_query step works the same; abort() twice is harmless.
    m_fake->setDelay(u"/audio_query"_s, 300);
    QPointer<WavReply> second = m_client->speak(u"二番目"_s, 0, {});
    bool secondFinished = false;
    connect(second, &EngineReply::finished, this, [&secondFinished] { secondFinished = true; });
    QTRY_COMPARE(m_fake->requestCount(u"/audio_query"_s), 3);
    second->abort();
    second->abort();
    QTRY_VERIFY(second.isNull());
    QTest::qWait(500);
    QVERIFY(!secondFinished);
    QCOMPARE(m_fake->requestCount(u"/synthesis"_s), 2); // never reached synthesis
}

void TestVoicevoxClient::abortDuringDelayDeliversNothing()
{
    m_fake->setDelay(u"/synthesis"_s, 300);
    QPointer<WavReply> reply = m_client->speak(u"遅い"_s, 0, {});
    bool finished = false;
    connect(reply, &EngineReply::finished, this, [&finished] { finished = true; });
    QTRY_COMPARE(m_fake->requestCount(u"/synthesis"_s), 1);
    reply->abort();
    QTest::qWait(600);
    QVERIFY(!finished);
    QVERIFY(m_fake->synthesizedTexts().isEmpty()); // the answer found nobody to deliver to
    QCOMPARE(m_fake->openRequests(), 0);
}

void TestVoicevoxClient::deletingClientIsSilent()
{
    m_fake->hangNext(u"/synthesis"_s);
    QPointer<WavReply> reply = m_client->speak(u"テスト"_s, 0, {});
    bool finished = false;
    connect(reply, &EngineReply::finished, this, [&finished] { finished = true; });
    QTRY_COMPARE(m_fake->requestCount(u"/synthesis"_s), 1);
    m_client.reset();
    QVERIFY(reply.isNull()); // owned by the client
    QTRY_COMPARE(m_nam->findChildren<QNetworkReply *>().size(), 0);
    QTest::qWait(100);
    QVERIFY(!finished);
}

void TestVoicevoxClient::baseUrlPathPrefixKept()
{
    // An engine behind a reverse proxy at /vv/: the fake only knows the root paths, so it
    // answers 404 with FastAPI's body, which must surface as the engine's words.
    QUrl base = m_fake->url();
    base.setPath(u"/vv/"_s);
    VoicevoxClient client(m_nam.get(), base);
    const auto outcome = await(client.version());
    QCOMPARE(outcome.error.kind, Kind::ClientError);
    QCOMPARE(outcome.error.httpStatus, 404);
    QCOMPARE(outcome.error.engineMessage, u"Not Found"_s);
    QCOMPARE(m_fake->requests().first().path, u"/vv/version"_s);
}

void TestVoicevoxClient::openApiDocument_data()
{
    QTest::addColumn<FakeVoicevox::OpenApi>("served");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<bool>("hasParameter");
    QTest::newRow("VOICEVOX >= 0.24") << FakeVoicevox::OpenApi::WithKatakanaEnglish << true << true;
    QTest::newRow("older engine") << FakeVoicevox::OpenApi::WithoutKatakanaEnglish << true << false;
    QTest::newRow("no document") << FakeVoicevox::OpenApi::Absent << false << false;
}

void TestVoicevoxClient::openApiDocument()
{
    QFETCH(FakeVoicevox::OpenApi, served);
    QFETCH(bool, ok);
    QFETCH(bool, hasParameter);
    m_fake->setOpenApi(served);
    const auto outcome = await(m_client->openApi());
    QCOMPARE(outcome.ok, ok);
    if (!ok) {
        QCOMPARE(outcome.error.kind, Kind::ClientError);
        QCOMPARE(outcome.error.httpStatus, 404);
        return;
    }
    QCOMPARE(voicevox::openApiHasQueryParameter(outcome.value, "/audio_query"_L1,
                                                voicevox::kKatakanaEnglishParameter),
             hasParameter);
    QCOMPARE(m_fake->requests().first().path, u"/openapi.json"_s);
    QCOMPARE(m_fake->requests().first().method, u"GET"_s);
}

void TestVoicevoxClient::katakanaEnglishSentOnlyWhenSupported()
{
    m_fake->setOpenApi(FakeVoicevox::OpenApi::WithKatakanaEnglish);
    const QString key = QString(voicevox::kKatakanaEnglishParameter);
    QVERIFY(m_client->katakanaEnglish()); // default on
    QVERIFY(!m_client->katakanaEnglishSupported()); // not known: never sent

    const auto lastQuery = [this] { return m_fake->requests(u"/audio_query"_s).last().query; };
    QVERIFY(await(m_client->audioQuery(u"nice"_s, 1)).ok);
    QVERIFY(!lastQuery().contains(key));
    m_client->setKatakanaEnglish(false);
    QVERIFY(await(m_client->audioQuery(u"nice"_s, 1)).ok);
    QVERIFY(!lastQuery().contains(key));

    m_client->setKatakanaEnglishSupported(true);
    QVERIFY(await(m_client->audioQuery(u"nice"_s, 1)).ok);
    QCOMPARE(lastQuery().value(key), u"false"_s);
    m_client->setKatakanaEnglish(true);
    QVERIFY(await(m_client->audioQuery(u"nice"_s, 1)).ok);
    QCOMPARE(lastQuery().value(key), u"true"_s);
    // speak() asks the same way; the text and style are unchanged.
    QVERIFY(await(m_client->speak(u"1+1 nice"_s, 1, {})).ok);
    QCOMPARE(lastQuery().value(key), u"true"_s);
    QCOMPARE(lastQuery().value(u"text"_s), u"1+1 nice"_s);
    QCOMPARE(lastQuery().value(u"speaker"_s), u"1"_s);
}

QTEST_GUILESS_MAIN(TestVoicevoxClient)
#include "tst_voicevoxclient.moc"
