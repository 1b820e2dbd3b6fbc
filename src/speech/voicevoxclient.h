#pragma once

#include "core/result.h"
#include "core/speakerstyle.h"
#include "core/utterance.h"
#include "speech/userdictionary.h"

#include <functional>

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

QT_BEGIN_NAMESPACE
class QNetworkAccessManager;
class QNetworkReply;
QT_END_NAMESPACE

namespace chatvox {

// Why a request to an engine failed, and whether that says the engine itself is broken.
struct EngineError
{
    enum class Kind {
        None,
        Connection, // refused, reset, host not found, ...
        Timeout, // no answer in time (the request was cut)
        ClientError, // HTTP 4xx: this request was refused (e.g. 422 unknown style)
        ServerError, // HTTP 5xx or another unexpected status
        BadResponse, // 200 but not JSON, not an AudioQuery, or not a valid WAV
    };
    Kind kind = Kind::None;
    int httpStatus = 0; // 0 when there was no HTTP answer
    QString engineMessage; // the engine's own words from the error body; may be empty
    QString message; // complete user-facing sentence (translated), names the engine

    // True when the engine cannot be used right now (everything but ClientError).
    bool isEngineFault() const { return kind != Kind::None && kind != Kind::ClientError; }
};

// One call to an engine in flight. Exactly one finished() follows unless abort() comes first;
// the reply deletes itself (deleteLater) right after finished() or abort(), so take the value
// in the slot. Deleting the VoicevoxClient deletes its pending replies silently.
class EngineReply : public QObject
{
    Q_OBJECT
public:
    ~EngineReply() override;

    // Cancels the call: the HTTP request is aborted, no signal follows.
    void abort();

    bool isFinished() const { return m_finished; }
    bool isOk() const { return m_finished && m_error.kind == EngineError::Kind::None; }
    const EngineError &error() const { return m_error; }
    QUrl engineUrl() const { return m_engineUrl; }
    // Wall time from the call to its answer (all HTTP steps of speak()).
    qint64 elapsedNs() const { return m_elapsedNs; }
    // synthesis() and speak(): the AudioQuery JSON posted to /synthesis (the engine's answer to
    // /audio_query with the voice parameters applied), once that request was sent.
    QByteArray audioQuery() const { return m_audioQuery; }

Q_SIGNALS:
    void finished();

protected:
    EngineReply(const QUrl &engineUrl, QObject *parent);
    void complete();
    void fail(const EngineError &error);

private:
    friend class VoicevoxClient;
    using Step = std::function<void(QNetworkReply *)>;
    void track(QNetworkReply *reply, Step onFinished);
    void dropNetworkReply();
    void finish();

    QUrl m_engineUrl;
    QByteArray m_audioQuery;
    QPointer<QNetworkReply> m_network;
    EngineError m_error;
    qint64 m_startNs = 0;
    qint64 m_elapsedNs = 0;
    bool m_finished = false;
    bool m_aborted = false;
};

// An EngineReply with a typed value (valid when isOk()).
template<typename T> class EngineReplyOf final : public EngineReply
{
public:
    const T &value() const { return m_value; }
    Result<T> result() const
    {
        return isOk() ? Result<T>(m_value) : Result<T>(Error{error().message});
    }

    // A reply that fails with `error` from the event loop (no request is made); for callers
    // that have no engine to ask.
    static EngineReplyOf *failed(const QUrl &engineUrl, const EngineError &error, QObject *parent)
    {
        auto *reply = new EngineReplyOf(engineUrl, parent);
        reply->fail(error);
        return reply;
    }

private:
    friend class VoicevoxClient;
    EngineReplyOf(const QUrl &engineUrl, QObject *parent)
        : EngineReply(engineUrl, parent)
    {
    }
    void succeed(T value)
    {
        m_value = std::move(value);
        complete();
    }
    T m_value{};
};

using VersionReply = EngineReplyOf<QString>;
using SpeakersReply = EngineReplyOf<QList<SpeakerStyle>>;
using JsonReply = EngineReplyOf<QJsonObject>; // AudioQuery, engine manifest
using WavReply = EngineReplyOf<QByteArray>;
using UserDictReply = EngineReplyOf<EngineDictionary>;
using WordIdReply = EngineReplyOf<QString>; // the uuid of a user-dictionary word
using DoneReply = EngineReplyOf<bool>; // true once the engine said 2xx

// Asynchronous client for one VOICEVOX-API engine (VOICEVOX, AivisSpeech, SHAREVOX, COEIROINK
// v1, NEMO) over a shared QNetworkAccessManager. Every call returns a reply owned by this
// client; abort it to cancel (e.g. when a moderator deleted the message being synthesized).
// Errors carry the engine's own message (422 {"message"}, {"detail"}, FastAPI detail lists).
class VoicevoxClient : public QObject
{
    Q_OBJECT
public:
    // baseUrl e.g. http://127.0.0.1:50021 (use 127.0.0.1, not localhost: on Windows IPv6 is
    // tried first and costs a second). network is not owned.
    VoicevoxClient(QNetworkAccessManager *network, const QUrl &baseUrl, QObject *parent = nullptr);
    ~VoicevoxClient() override;

    QUrl baseUrl() const { return m_baseUrl; }

    // No answer (no bytes) for this long cuts a request: Timeout. Defaults: 30 s for
    // audio_query and synthesis (long text on a CPU is slow), 3 s for /version and
    // /engine_manifest.
    void setRequestTimeout(int ms) { m_requestTimeoutMs = ms; }
    int requestTimeout() const { return m_requestTimeoutMs; }
    void setProbeTimeout(int ms) { m_probeTimeoutMs = ms; }
    int probeTimeout() const { return m_probeTimeoutMs; }

    // GET /version → e.g. "0.17.1".
    VersionReply *version();
    // GET /engine_manifest → the manifest object (name, brand_name, ...). Not every engine has it.
    JsonReply *engineManifest();
    // GET /openapi.json → the engine's OpenAPI document (FastAPI engines serve it), for
    // detecting optional parameters. Probe timeout.
    JsonReply *openApi();
    // GET /speakers → every style of every speaker (ids may be large or negative).
    SpeakersReply *speakers();
    // POST /audio_query?text=&speaker= with an empty body → the AudioQuery, checked.
    JsonReply *audioQuery(const QString &text, qint64 styleId);
    // POST /synthesis?speaker= with the AudioQuery → WAV bytes, checked.
    WavReply *synthesis(const QJsonObject &audioQuery, qint64 styleId);
    // audio_query, then the voice parameters applied to it, then synthesis.
    WavReply *speak(const QString &text, qint64 styleId, const VoiceParams &voice);

    // The engine's user dictionary (VOICEVOX ENGINE; other engines answer 404). Request timeout;
    // every change makes the engine recompile its dictionary. A refused word is ClientError 422
    // with the engine's reason in engineMessage (e.g. 発音は有効なカタカナでなくてはいけません。).
    // An unknown uuid is also 422, not 404 (checked against VOICEVOX ENGINE 0.17.1).
    // GET /user_dict → every word by uuid.
    UserDictReply *userDictionary();
    // POST /user_dict_word?surface=&pronunciation=&accent_type=&word_type=&priority= → its uuid.
    WordIdReply *addUserDictWord(const UserDictWord &word);
    // PUT /user_dict_word/{uuid}?(the same) → 204.
    DoneReply *updateUserDictWord(const QString &uuid, const UserDictWord &word);
    // DELETE /user_dict_word/{uuid} → 204.
    DoneReply *deleteUserDictWord(const QString &uuid);

    // English words the engine has no reading for: read as katakana (true, the default) or
    // letter by letter. Only sent (enable_katakana_english on /audio_query) when the engine is
    // known to support it (setKatakanaEnglishSupported, from its /openapi.json); otherwise the
    // parameter is never sent and the engine does what it always does.
    void setKatakanaEnglish(bool enabled) { m_katakanaEnglish = enabled; }
    bool katakanaEnglish() const { return m_katakanaEnglish; }
    void setKatakanaEnglishSupported(bool supported) { m_katakanaEnglishSupported = supported; }
    bool katakanaEnglishSupported() const { return m_katakanaEnglishSupported; }

    // Longest text, in bytes once percent-encoded into the URL, that audio_query accepts; longer
    // text fails at once as ClientError (servers refuse very long request lines).
    static constexpr qsizetype MaxEncodedTextBytes = 8000;

private:
    // GET path, answered with a JSON object (engine manifest, OpenAPI schema).
    JsonReply *getJsonObject(const QString &path);
    QNetworkReply *get(const QString &path, int timeoutMs);
    QNetworkReply *post(const QString &path, const QString &query, const QByteArray &body,
                        const QByteArray &contentType);
    // PUT or DELETE path?query (already percent-encoded), empty body.
    QNetworkReply *sendWithoutBody(const QByteArray &verb, const QString &path,
                                   const QString &query);
    // "surface=...&pronunciation=...&accent_type=...&word_type=...&priority=...".
    static QString userDictWordParameters(const UserDictWord &word);
    DoneReply *changeUserDictWord(const QByteArray &verb, const QString &uuid,
                                  const QString &query);
    void startSynthesis(WavReply *reply, const QJsonObject &audioQuery, qint64 styleId);
    // Non-empty error when the network reply failed or was not HTTP 200 (any 2xx with
    // anySuccess: PUT and DELETE answer 204).
    EngineError checkHttp(QNetworkReply *reply, const QByteArray &body, int timeoutMs,
                          bool anySuccess = false) const;
    EngineError badResponse(const QString &what, const QString &reason) const;
    QString engineLabel() const;
    QUrl endpoint(const QString &path) const;
    Result<QString> audioQueryParameters(const QString &text, qint64 styleId) const;

    QNetworkAccessManager *m_network;
    QUrl m_baseUrl;
    int m_requestTimeoutMs = 30000;
    int m_probeTimeoutMs = 3000;
    bool m_katakanaEnglish = true;
    bool m_katakanaEnglishSupported = false;
};

} // namespace chatvox
