#pragma once

#include "core/result.h"
#include "core/speakerstyle.h"
#include "core/utterance.h"

#include <QByteArray>
#include <QJsonObject>
#include <QLatin1StringView>
#include <QList>
#include <QString>
#include <QUrl>

// Pure parsing and checking for the VOICEVOX HTTP API (VOICEVOX, AivisSpeech, SHAREVOX,
// COEIROINK v1 and NEMO all speak it). No I/O: VoicevoxClient is the thin network part.
// Reference: the engine's OpenAPI schema (tests/data/voicevox/openapi.json).
namespace chatvox::voicevox {

// A VOICEVOX-API engine that listens on a fixed local port when installed.
struct KnownEngine
{
    QString name;
    quint16 port = 0;
};

// In preference order: VOICEVOX, AivisSpeech, SHAREVOX, COEIROINK v1, NEMO.
QList<KnownEngine> knownLocalEngines();
// The name of a known engine when url is a loopback address on its port; empty otherwise.
QString knownEngineName(const QUrl &url);

// GET /version: the body is a bare JSON string such as "0.17.1".
Result<QString> parseVersion(const QByteArray &body);

// GET /speakers: every style of every speaker, in the engine's order (all types, not only
// "talk"; a missing type means talk).
Result<QList<SpeakerStyle>> parseSpeakers(const QByteArray &body);

// POST /audio_query: checks that the body is an AudioQuery object (accent_phrases array, the
// numeric scales, outputSamplingRate, outputStereo) and returns it unchanged.
Result<QJsonObject> parseAudioQuery(const QByteArray &body);

// The values VoicevoxClient actually sends: non-finite values become neutral and the rest is
// kept in a range every engine handles (speed 0.25..4, pitch -1..1 octave, intonation and
// volume 0..4), so an absurd setting never makes an engine fail and look broken.
VoiceParams sanitizedVoiceParams(const VoiceParams &voice);

// Sets speedScale, pitchScale, intonationScale and volumeScale (sanitized) on an AudioQuery.
QJsonObject applyVoiceParams(QJsonObject query, const VoiceParams &voice);

// The engine's own words from an error body: {"message": ...} (VOICEVOX style errors),
// {"detail": "..."}, FastAPI validation {"detail": [{"msg": ..., "loc": [...]}, ...]} and
// {"detail": {...}} (400 on bad kana); otherwise the body as text, shortened. Empty when the
// body says nothing.
QString engineErrorMessage(const QByteArray &body);

// The display name in GET /engine_manifest ("name"), empty when absent.
QString engineManifestName(const QJsonObject &manifest);

// The query parameter of POST /audio_query (VOICEVOX ENGINE >= 0.24) that asks the engine to
// read English words it has no reading for as katakana instead of letter by letter.
inline constexpr QLatin1StringView kKatakanaEnglishParameter{"enable_katakana_english"};

// True when the OpenAPI document (GET /openapi.json) lists `parameter` as a query parameter of
// POST `path`. False for anything else (another shape, no such path, not an object).
bool openApiHasQueryParameter(const QJsonObject &openApi, QLatin1StringView path,
                              QLatin1StringView parameter);

} // namespace chatvox::voicevox
