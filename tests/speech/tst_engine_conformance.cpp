// VoicevoxClient and EngineSet against a REAL engine, and the real engine against our fake and
// fixtures. Runs only with CHATVOX_TEST_ENGINE_URL set (e.g. http://127.0.0.1:50021); skips
// otherwise. Differences from the fixtures are printed as "DIFF:" lines (qInfo), not failures,
// unless our code depends on them.

#include "core/wavreader.h"
#include "fakevoicevox.h"
#include "speech/engineset.h"
#include "speech/voicevoxclient.h"
#include "speech/voicevoxprotocol.h"
#include "speechtestutil.h"

#include <memory>

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace chatvox;
using namespace chatvox::test;

namespace {

QSet<QString> keysOf(const QJsonObject &object)
{
    const QStringList keys = object.keys();
    return QSet<QString>(keys.cbegin(), keys.cend());
}

QString sorted(const QSet<QString> &set)
{
    QStringList list(set.cbegin(), set.cend());
    list.sort();
    return list.join(u", "_s);
}

void reportKeyDiff(const QString &what, const QJsonObject &real, const QJsonObject &fixture)
{
    const QSet<QString> realKeys = keysOf(real);
    const QSet<QString> fixtureKeys = keysOf(fixture);
    const QSet<QString> onlyReal = realKeys - fixtureKeys;
    const QSet<QString> onlyFixture = fixtureKeys - realKeys;
    if (onlyReal.isEmpty() && onlyFixture.isEmpty()) {
        qInfo("SAME: %s has the fixture's keys", qPrintable(what));
        return;
    }
    qInfo("DIFF: %s: only in the real engine: [%s]; only in the fixture: [%s]", qPrintable(what),
          qPrintable(sorted(onlyReal)), qPrintable(sorted(onlyFixture)));
}

} // namespace

class TestEngineConformance : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void version();
    void speakers();
    void engineManifest();
    void audioQueryAndSynthesis();
    void sampleRateFollowsQuery();
    void voiceParamsChangeAudio();
    void reservedCharactersInText();
    void unknownStyle();
    void errorBodiesSurface();
    void engineSetUsesRealEngine();
    void engineSetFailsOverToRealEngine();

private:
    QUrl m_url;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<VoicevoxClient> m_client;
    qint64 m_style = 0;
};

void TestEngineConformance::initTestCase()
{
    const QString url = qEnvironmentVariable("CHATVOX_TEST_ENGINE_URL");
    if (url.isEmpty())
        QSKIP("CHATVOX_TEST_ENGINE_URL is not set: set it to a running VOICEVOX-API engine "
              "(e.g. http://127.0.0.1:50021) to run the conformance tests");
    m_url = QUrl(url);
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<VoicevoxClient>(m_nam.get(), m_url);
    m_client->setRequestTimeout(60000); // real synthesis on a CPU
    m_client->setProbeTimeout(5000);
    const auto version = await(m_client->version(), 10000);
    if (!version.ok)
        QFAIL(
            qPrintable(u"the engine at %1 does not answer: %2"_s.arg(url, version.error.message)));
    qInfo("engine %s version %s", qPrintable(url), qPrintable(version.value));

    const auto styles = await(m_client->speakers(), 30000);
    QVERIFY2(styles.ok, qPrintable(styles.error.message));
    for (const SpeakerStyle &style : styles.value) {
        if (style.type.isEmpty() || style.type == "talk"_L1) {
            m_style = style.id;
            break;
        }
    }
    qInfo("using style %lld", m_style);
}

void TestEngineConformance::version()
{
    const auto version = await(m_client->version());
    QVERIFY2(version.ok, qPrintable(version.error.message));
    QVERIFY(!version.value.isEmpty());
    const QString fixture
        = voicevox::parseVersion(readTestData(u"voicevox/version.json"_s)).value();
    if (version.value != fixture)
        qInfo("DIFF: /version is \"%s\", the fixture (a dev build) says \"%s\"",
              qPrintable(version.value), qPrintable(fixture));
}

void TestEngineConformance::speakers()
{
    const auto styles = await(m_client->speakers());
    QVERIFY2(styles.ok, qPrintable(styles.error.message));
    QVERIFY(!styles.value.isEmpty());
    QSet<qint64> ids;
    QSet<QString> types;
    for (const SpeakerStyle &style : styles.value) {
        QVERIFY(!style.speakerName.isEmpty());
        QVERIFY(!style.speakerUuid.isEmpty());
        ids.insert(style.id);
        types.insert(style.type);
    }
    QCOMPARE(ids.size(), styles.value.size()); // unique ids
    qInfo("%lld styles, types: [%s]", qlonglong(styles.value.size()), qPrintable(sorted(types)));

    const auto fixture = voicevox::parseSpeakers(readTestData(u"voicevox/speakers.json"_s)).value();
    if (styles.value != fixture) {
        QStringList extra;
        for (const SpeakerStyle &style : styles.value) {
            if (!fixture.contains(style))
                extra.append(u"%1/%2=%3(%4)"_s.arg(style.speakerName, style.styleName)
                                 .arg(style.id)
                                 .arg(style.type));
        }
        qInfo("DIFF: /speakers differs from speakers.json; styles not in the fixture: %s",
              qPrintable(extra.join(u' ')));
    }
    // Raw shape: the keys of a speaker object.
    QNetworkRequest request(QUrl(m_url.toString() + u"/speakers"_s));
    QNetworkReply *reply = m_nam->get(request);
    QSignalSpy done(reply, &QNetworkReply::finished);
    QVERIFY(done.wait(30000));
    const QJsonObject realFirst
        = QJsonDocument::fromJson(reply->readAll()).array().first().toObject();
    reply->deleteLater();
    const QJsonObject fixtureFirst
        = QJsonDocument::fromJson(readTestData(u"voicevox/speakers.json"_s))
              .array()
              .first()
              .toObject();
    reportKeyDiff(u"a /speakers entry"_s, realFirst, fixtureFirst);
}

void TestEngineConformance::engineManifest()
{
    const auto manifest = await(m_client->engineManifest());
    if (!manifest.ok) {
        qInfo("DIFF: no /engine_manifest: %s", qPrintable(manifest.error.message));
        QVERIFY(!manifest.error.isEngineFault());
        return;
    }
    qInfo("engine name \"%s\", brand \"%s\", default rate %d",
          qPrintable(voicevox::engineManifestName(manifest.value)),
          qPrintable(manifest.value.value(u"brand_name"_s).toString()),
          manifest.value.value(u"default_sampling_rate"_s).toInt());
    reportKeyDiff(
        u"/engine_manifest"_s, manifest.value,
        QJsonDocument::fromJson(readTestData(u"voicevox/engine_manifest.json"_s)).object());
}

void TestEngineConformance::audioQueryAndSynthesis()
{
    const QString text = u"こんにちは、今日はいい天気ですね。"_s;
    const auto query = await(m_client->audioQuery(text, m_style), 60000);
    QVERIFY2(query.ok, qPrintable(query.error.message));
    QVERIFY(!query.value.value(u"accent_phrases"_s).toArray().isEmpty());
    const int rate = query.value.value(u"outputSamplingRate"_s).toInt();
    QVERIFY(rate > 0);
    qInfo("audio_query: kana \"%s\", %lld accent phrases, outputSamplingRate %d",
          qPrintable(query.value.value(u"kana"_s).toString()),
          qlonglong(query.value.value(u"accent_phrases"_s).toArray().size()), rate);
    // The fake puts the request text into "kana"; a real engine writes AquesTalk-style kana.
    if (query.value.value(u"kana"_s).toString() != text)
        qInfo("DIFF (expected): real \"kana\" is AquesTalk notation, the fake echoes the text");
    const QJsonObject fixture
        = QJsonDocument::fromJson(readTestData(u"voicevox/audio_query.json"_s)).object();
    reportKeyDiff(u"the AudioQuery"_s, query.value, fixture);
    const QJsonObject realMora = query.value.value(u"accent_phrases"_s)
                                     .toArray()
                                     .first()
                                     .toObject()
                                     .value(u"moras"_s)
                                     .toArray()
                                     .first()
                                     .toObject();
    const QJsonObject fixtureMora = fixture.value(u"accent_phrases"_s)
                                        .toArray()
                                        .first()
                                        .toObject()
                                        .value(u"moras"_s)
                                        .toArray()
                                        .first()
                                        .toObject();
    reportKeyDiff(u"a mora"_s, realMora, fixtureMora);
    reportKeyDiff(u"an accent phrase"_s,
                  query.value.value(u"accent_phrases"_s).toArray().first().toObject(),
                  fixture.value(u"accent_phrases"_s).toArray().first().toObject());

    const auto wav = await(m_client->synthesis(query.value, m_style), 60000);
    QVERIFY2(wav.ok, qPrintable(wav.error.message));
    const auto header = readWavHeader(wav.value);
    QVERIFY2(header.ok(), qPrintable(header.error()));
    QCOMPARE(header->format.sampleRate, rate);
    QCOMPARE(header->format.channels, 1);
    QCOMPARE(header->format.bitsPerSample, 16);
    QCOMPARE(header->format.sampleFormat, WavSampleFormat::Int16);
    QVERIFY(header->frameCount > 0);
    qInfo("synthesis: %lld bytes, %.2f s at %d Hz, took %.0f ms", qlonglong(wav.value.size()),
          double(header->durationUs()) / 1e6, header->format.sampleRate, wav.elapsedNs / 1e6);
    if (header->dataOffset != 44)
        qInfo("DIFF: real WAV data starts at byte %lld (the fake's at 44)",
              qlonglong(header->dataOffset));
}

void TestEngineConformance::sampleRateFollowsQuery()
{
    const auto query = await(m_client->audioQuery(u"テスト"_s, m_style), 60000);
    QVERIFY2(query.ok, qPrintable(query.error.message));
    for (const int rate : {44100, 48000}) {
        QJsonObject changed = query.value;
        changed.insert(u"outputSamplingRate"_s, rate);
        const auto wav = await(m_client->synthesis(changed, m_style), 60000);
        QVERIFY2(wav.ok, qPrintable(wav.error.message));
        const auto header = readWavHeader(wav.value);
        QVERIFY2(header.ok(), qPrintable(header.error()));
        QCOMPARE(header->format.sampleRate, rate); // always read the rate from the header
    }
    QJsonObject stereo = query.value;
    stereo.insert(u"outputStereo"_s, true);
    const auto wav = await(m_client->synthesis(stereo, m_style), 60000);
    QVERIFY2(wav.ok, qPrintable(wav.error.message));
    const auto header = readWavHeader(wav.value);
    QVERIFY2(header.ok(), qPrintable(header.error()));
    // Our code reads the channel count from the header either way.
    if (header->format.channels != 2)
        qInfo("DIFF: outputStereo=true gave %d channel(s) (a mock core ignores it; the fake "
              "honours it)",
              header->format.channels);
}

void TestEngineConformance::voiceParamsChangeAudio()
{
    const QString text = u"速さの確認です"_s;
    const auto normal = await(m_client->speak(text, m_style, {}), 60000);
    const auto fast = await(m_client->speak(text, m_style, VoiceParams{2.0, 0.0, 1.0, 1.0}), 60000);
    QVERIFY2(normal.ok && fast.ok, qPrintable(normal.error.message + fast.error.message));
    const qint64 normalBytes = readWavHeader(normal.value)->dataSize;
    const qint64 fastBytes = readWavHeader(fast.value)->dataSize;
    qInfo("speedScale 1.0: %lld bytes, 2.0: %lld bytes", normalBytes, fastBytes);
    if (fastBytes >= normalBytes * 0.8)
        qInfo("DIFF: speedScale did not shorten the audio (a mock core ignores it; the fake "
              "honours it)");
}

void TestEngineConformance::reservedCharactersInText()
{
    // '+' must reach the engine as '+', not as a space: "1+1" and "1 1" read differently.
    const auto plus = await(m_client->audioQuery(u"1+1"_s, m_style), 60000);
    const auto space = await(m_client->audioQuery(u"1 1"_s, m_style), 60000);
    QVERIFY2(plus.ok && space.ok, qPrintable(plus.error.message + space.error.message));
    const QString plusKana = plus.value.value(u"kana"_s).toString();
    const QString spaceKana = space.value.value(u"kana"_s).toString();
    qInfo("kana of \"1+1\": %s; of \"1 1\": %s", qPrintable(plusKana), qPrintable(spaceKana));
    QVERIFY(plusKana != spaceKana);
    const auto odd = await(m_client->audioQuery(u"a&b=c#d%e?"_s, m_style), 60000);
    QVERIFY2(odd.ok, qPrintable(odd.error.message));
}

void TestEngineConformance::unknownStyle()
{
    const qint64 unknown = 987654321;
    const auto outcome = await(m_client->speak(u"テスト"_s, unknown, {}), 60000);
    if (outcome.ok) {
        qInfo("DIFF: unknown style %lld was accepted (200): a mock core accepts any id; the "
              "fake and newer engines answer 422 {\"message\": ...}",
              unknown);
        return;
    }
    qInfo("unknown style: HTTP %d, engine says \"%s\"", outcome.error.httpStatus,
          qPrintable(outcome.error.engineMessage));
    // A 5xx here would make EngineSet take the engine down for a user's bad setting.
    QVERIFY2(!outcome.error.isEngineFault(), qPrintable(outcome.error.message));
    QVERIFY(!outcome.error.engineMessage.isEmpty());
}

void TestEngineConformance::errorBodiesSurface()
{
    // Missing text: FastAPI validation error (detail list).
    QUrl url(m_url.toString() + u"/audio_query"_s);
    url.setQuery(u"speaker="_s + QString::number(m_style));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
    QNetworkReply *reply = m_nam->post(request, QByteArray());
    QSignalSpy done(reply, &QNetworkReply::finished);
    QVERIFY(done.wait(30000));
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    reply->deleteLater();
    QCOMPARE(status, 422);
    const QString message = voicevox::engineErrorMessage(body);
    qInfo("missing text: %s -> \"%s\"", body.constData(), qPrintable(message));
    QVERIFY(message.contains(u"query.text"_s));
    const QString fixtureMessage = voicevox::engineErrorMessage(
        readTestData(u"voicevox/error_422_validation_missing_field.json"_s));
    if (message != fixtureMessage)
        qInfo("DIFF: real \"%s\", fixture \"%s\" (pydantic 1 vs 2 wording)", qPrintable(message),
              qPrintable(fixtureMessage));

    // An AudioQuery without speedScale through the client: 422 with the engine's words.
    QJsonObject query
        = QJsonDocument::fromJson(readTestData(u"voicevox/audio_query.json"_s)).object();
    query.remove(u"speedScale"_s);
    const auto outcome = await(m_client->synthesis(query, m_style), 60000);
    QVERIFY(!outcome.ok);
    QCOMPARE(outcome.error.kind, EngineError::Kind::ClientError);
    QCOMPARE(outcome.error.httpStatus, 422);
    qInfo("AudioQuery without speedScale: \"%s\"", qPrintable(outcome.error.engineMessage));
    QVERIFY(outcome.error.engineMessage.contains(u"speedScale"_s));

    // The fixture AudioQuery (from a newer engine, pauseLength null) is accepted as is.
    const auto fixtureQuery
        = await(m_client->synthesis(
                    QJsonDocument::fromJson(readTestData(u"voicevox/audio_query.json"_s)).object(),
                    m_style),
                60000);
    if (!fixtureQuery.ok)
        qInfo("DIFF: the fixture AudioQuery is refused: %s",
              qPrintable(fixtureQuery.error.message));
    else
        QVERIFY(readWavHeader(fixtureQuery.value).ok());
}

void TestEngineConformance::engineSetUsesRealEngine()
{
    EngineSet set(m_nam.get());
    set.setRequestTimeout(60000);
    set.setEndpoints({m_url});
    set.start();
    QTRY_COMPARE_WITH_TIMEOUT(set.engine(m_url).status, EngineSet::Status::Up, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(set.engine(m_url).inFlight == 0, 10000);
    qInfo("EngineSet: name \"%s\", version \"%s\"", qPrintable(set.engine(m_url).name),
          qPrintable(set.engine(m_url).version));
    SynthesisJob *job = set.synthesize(SynthesisRequest{u"エンジンセットです"_s, m_style, {}});
    QSignalSpy finished(job, &SynthesisJob::finished);
    QSignalSpy failed(job, &SynthesisJob::failed);
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty() || !failed.isEmpty(), 60000);
    QVERIFY2(failed.isEmpty(),
             failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
    QVERIFY(readWavHeader(finished.first().first().toByteArray()).ok());

    const auto styles = await(set.speakers());
    QVERIFY2(styles.ok, qPrintable(styles.error.message));
}

void TestEngineConformance::engineSetFailsOverToRealEngine()
{
    // A broken preferred engine (the fake, always 500) and the real one behind it.
    FakeVoicevox broken;
    QVERIFY(broken.listen());
    broken.failNext(u"*"_s, 500, "Internal Server Error", -1, "text/plain");
    EngineSet set(m_nam.get());
    set.setRequestTimeout(60000);
    set.setEndpoints({broken.url(), m_url});
    SynthesisJob *job = set.synthesize(SynthesisRequest{u"フェイルオーバー"_s, m_style, {}});
    QSignalSpy finished(job, &SynthesisJob::finished);
    QSignalSpy failed(job, &SynthesisJob::failed);
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty() || !failed.isEmpty(), 60000);
    QVERIFY2(failed.isEmpty(),
             failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
    QCOMPARE(set.engine(broken.url()).status, EngineSet::Status::Down);
    QCOMPARE(set.activeEngine(), m_url);
}

QTEST_GUILESS_MAIN(TestEngineConformance)
#include "tst_engine_conformance.moc"
