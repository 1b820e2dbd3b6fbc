// Fuzz target: the VOICEVOX API answers ChatVox parses (speech/voicevoxprotocol): /version,
// /speakers, /audio_query (then the voice parameters applied to it, as VoicevoxClient does
// before /synthesis), /engine_manifest and error bodies. The input is the HTTP body.

#include "fuzzsupport.h"
#include "speech/voicevoxprotocol.h"

#include <cmath>
#include <limits>

#include <QJsonDocument>

using namespace chatvox;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::quietLogging();
    const QByteArray body = fuzz::bytesOf(data, size);

    const Result<QString> version = voicevox::parseVersion(body);
    CHATVOX_FUZZ_CHECK(version.ok() || !version.error().isEmpty());

    const Result<QList<SpeakerStyle>> speakers = voicevox::parseSpeakers(body);
    CHATVOX_FUZZ_CHECK(speakers.ok() || !speakers.error().isEmpty());

    const Result<QJsonObject> query = voicevox::parseAudioQuery(body);
    if (query) {
        constexpr double nan = std::numeric_limits<double>::quiet_NaN();
        constexpr double inf = std::numeric_limits<double>::infinity();
        for (const VoiceParams &voice :
             {VoiceParams{}, VoiceParams{nan, inf, -inf, 1e308}, VoiceParams{0, -5, 9, -1}}) {
            const QJsonObject applied = voicevox::applyVoiceParams(query.value(), voice);
            for (const char *key : {"speedScale", "pitchScale", "intonationScale", "volumeScale"})
                CHATVOX_FUZZ_CHECK(std::isfinite(applied.value(QLatin1String(key)).toDouble()));
            // What goes to /synthesis.
            (void)QJsonDocument(applied).toJson(QJsonDocument::Compact);
        }
    } else {
        CHATVOX_FUZZ_CHECK(!query.error().isEmpty());
    }

    (void)voicevox::engineErrorMessage(body);
    (void)voicevox::engineManifestName(QJsonDocument::fromJson(body).object());
    return 0;
}
