#pragma once

#include <map>
#include <memory>

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>
#include <QUrl>

QT_BEGIN_NAMESPACE
class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;
class QTcpSocket;
QT_END_NAMESPACE

namespace chatvox::test {

// A word of the fake engine's user dictionary (what GET /user_dict lists).
struct FakeUserDictWord
{
    QString uuid;
    QString surface; // stored full-width, as the engine does ("ＣｈａｔＶｏｘ")
    QString pronunciation;
    int accentType = 0;
    QString wordType = QStringLiteral("PROPER_NOUN");
    int priority = 5;
};

// One request the fake received.
struct FakeVoicevoxRequest
{
    QString method; // "GET", "POST", ...
    QString path; // "/audio_query"
    QString text; // query "text" (audio_query) or the AudioQuery's "kana" (synthesis)
    qint64 speaker = 0;
    bool hasSpeaker = false;
    QByteArray body;
    QHash<QString, QString> query; // every query parameter, decoded (first value of each)
    qint64 timeNs = 0; // chatvox::monotonicNs() on arrival
};

// An in-process VOICEVOX engine on 127.0.0.1 (QHttpServer), speaking the real API with the
// real JSON shapes (tests/data/voicevox, from VOICEVOX/voicevox_engine's snapshots):
//   GET  /version          "latest" (setVersion)
//   GET  /speakers         speakers.json (setSpeakers)
//   GET  /engine_manifest  engine_manifest.json
//   GET  /openapi.json     openapi.json, with or without enable_katakana_english (setOpenApi;
//                          default: 404, an engine that serves none)
//   POST /audio_query?text=&speaker=   audio_query.json with the request text in "kana"
//   POST /synthesis?speaker=           a real WAV (see below)
//   GET  /user_dict                    {uuid: UserDictWord} (setUserDictionary; empty at first)
//   POST /user_dict_word?surface=&pronunciation=&accent_type=[&word_type=][&priority=]
//                                      the new uuid as bare text (as VOICEVOX 0.17.1)
//   PUT  /user_dict_word/{uuid}?(same) 204;  DELETE /user_dict_word/{uuid}  204
// The user dictionary validates like VOICEVOX ENGINE 0.17.1 (model.py UserDictWord): 422
// {"detail": "パラメータに誤りがあります。\n..."} for a pronunciation that is not katakana, two
// small kana in a row or an accent type past the morae; FastAPI 422 lists for missing/bad
// parameters, word_type and priority 0..10; 422 {"detail":
// "UUIDに該当するワードが見つかりませんでした"} (PUT) or "IDに該当するワードが見つかりませんでした"
// (DELETE) for an unknown uuid (the real engine says 422, not 404). Surfaces are stored with ASCII
// made full-width. Faults for
// "/user_dict_word/{word_uuid}" apply to every PUT and DELETE.
// Unknown style: 422 {"message": "指定されたスタイルが見つかりませんでした。"}. Missing or bad
// parameters and malformed bodies: FastAPI 422 {"detail": [{"loc", "msg", "type"}]}. Query
// strings are decoded like Starlette does ('+' is a space). Every answer allows any origin
// (CORS, as `--cors_policy_mode all`) and OPTIONS preflights get 204, so browser pages can call
// it; preflights are not recorded.
//
// /synthesis returns a mono 16-bit WAV at sampleRate() (the query's outputSamplingRate is set to
// it by /audio_query) holding a sine tone of toneFrequencyForText(kana, pitchScale), lasting
// durationMsForText(kana, speedScale), at amplitude 0.5 * volumeScale: audio tests can tell
// texts and voice parameters apart by ear (FFT).
//
// Like a real engine, synthesis runs one at a time: with setDelay(u"/synthesis"_s, 300) two
// overlapping requests are answered after 300 and 600 ms. Delays never block the event loop.
class FakeVoicevox : public QObject
{
    Q_OBJECT
public:
    enum class FaultKind {
        HttpError, // status + body (+ content type)
        Hang, // accept the request, never answer (until stop())
        GarbageWav, // 200 audio/wav with bytes that are no WAV
        LyingWavHeader, // 200 WAV whose data chunk claims far more bytes than it has
        NotAudioQuery, // 200 JSON that is not an AudioQuery
        NotJson, // 200 text/html
        CloseConnection // drop the connection without an answer
    };
    struct Fault
    {
        FaultKind kind = FaultKind::HttpError;
        int status = 500;
        QByteArray body = "Internal Server Error"; // uvicorn's plain-text 500
        QByteArray contentType = "text/plain; charset=utf-8";
    };

    // What GET /openapi.json serves.
    enum class OpenApi {
        Absent, // 404 (the default; as engines without FastAPI's document)
        WithKatakanaEnglish, // VOICEVOX >= 0.24: /audio_query takes enable_katakana_english
        WithoutKatakanaEnglish, // older engines: the same document without that parameter
    };
    Q_ENUM(OpenApi)

    // What the /user_dict endpoints do.
    enum class UserDictionary {
        Supported, // the default
        Absent, // 404 for all of them (an engine without a user dictionary)
        Broken, // 500 for all of them
    };
    Q_ENUM(UserDictionary)

    explicit FakeVoicevox(QObject *parent = nullptr);
    ~FakeVoicevox() override;

    // Listens on 127.0.0.1:port (0 = any free port). False on failure.
    bool listen(quint16 port = 0);
    // Engine shut down: stops listening and drops every connection (pending answers too).
    void stop();
    // Engine restarted: listens again on the same port.
    bool restart();
    bool isListening() const;
    quint16 port() const { return m_port; }
    QUrl url() const; // http://127.0.0.1:<port>

    // --- behaviour --------------------------------------------------------------------------
    void setVersion(const QString &version) { m_version = version; }
    void setSpeakers(const QJsonArray &speakers); // default: speakers.json
    // /audio_query checks enable_katakana_english as a boolean (FastAPI 422 otherwise) only
    // WithKatakanaEnglish; records show what was sent either way.
    void setOpenApi(OpenApi openApi) { m_openApi = openApi; }
    OpenApi openApi() const { return m_openApi; }
    QJsonArray speakers() const { return m_speakers; }
    void setUserDictionary(UserDictionary mode) { m_userDictMode = mode; }
    // The user dictionary, in the order words were added.
    QList<FakeUserDictWord> userDictionaryWords() const { return m_userDict; }
    // A word as the streamer adds it in the VOICEVOX editor (no validation); returns its uuid.
    QString addUserDictionaryWord(const QString &surface, const QString &pronunciation,
                                  int accentType = 0,
                                  const QString &wordType = QStringLiteral("PROPER_NOUN"),
                                  int priority = 5);
    void clearUserDictionary() { m_userDict.clear(); }
    void setSampleRate(int rate) { m_sampleRate = rate; } // default 24000 (44100, 48000, ...)
    int sampleRate() const { return m_sampleRate; }
    // Delay before answering each request to path ("/synthesis", "/audio_query", ... or "*"
    // for all). /synthesis delays add up (one synthesis at a time).
    void setDelay(const QString &path, int ms);

    // Fault for the next `count` requests to path (or "*"), count < 0 = always. Faults queue
    // per path in the order added; a path's own faults come before "*" ones.
    void addFault(const QString &path, const Fault &fault, int count = 1);
    void failNext(const QString &path, int status, const QByteArray &body, int count = 1,
                  const QByteArray &contentType = "application/json");
    void hangNext(const QString &path, int count = 1);
    void clearFaults();
    // Each /audio_query and /synthesis fails with 500 with this probability (soak tests).
    void setRandomFailureRate(double probability, quint32 seed = 1);

    // --- records ----------------------------------------------------------------------------
    QList<FakeVoicevoxRequest> requests() const { return m_requests; }
    QList<FakeVoicevoxRequest> requests(const QString &path) const;
    int requestCount(const QString &path) const { return int(requests(path).size()); }
    // Texts of successful /synthesis answers, in order.
    QStringList synthesizedTexts() const { return m_synthesized; }
    void clearRecords();
    // Requests received and not yet answered (hung ones included).
    int openRequests() const { return int(m_pending.size()); }
    // Highest openRequests() seen, for in-flight limits.
    int maxConcurrentRequests() const { return m_maxConcurrent; }
    void resetMaxConcurrentRequests() { m_maxConcurrent = int(m_pending.size()); }

    // --- the tone mapping, for tests ---------------------------------------------------------
    // (300 Hz + 25 Hz * (FNV-1a-32 of the text's UTF-8 % 48)) * 2^pitchScale: without pitch,
    // 300..1475 Hz in 25 Hz steps; two texts collide with probability 1/48.
    static double toneFrequencyForText(const QString &text, double pitchScale = 0.0);
    // 200 ms + 80 ms per character (UTF-16 units), divided by speedScale; at most 60 s.
    static int durationMsForText(const QString &text, double speedScale = 1.0);
    // The WAV /synthesis returns for text at rate with these scales.
    static QByteArray wavForText(const QString &text, int sampleRate, double speedScale = 1.0,
                                 double pitchScale = 0.0, double volumeScale = 1.0);

Q_SIGNALS:
    void requestReceived(const chatvox::test::FakeVoicevoxRequest &request);

private:
    struct Pending;
    struct Answer
    {
        int status = 200;
        QByteArray body;
        QByteArray contentType;
        bool hang = false;
        bool close = false;
    };
    struct QueuedFault
    {
        Fault fault;
        int remaining = 1; // < 0: always
    };

    void handle(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    Answer answer(const FakeVoicevoxRequest &request, const QHash<QString, QString> &query);
    Answer answerAudioQuery(const QHash<QString, QString> &query);
    Answer answerOpenApi() const;
    Answer answerUserDict(const FakeVoicevoxRequest &request, const QHash<QString, QString> &query);
    Answer answerSynthesis(const QHash<QString, QString> &query, const QByteArray &requestBody);
    bool takeFault(const QString &path, Fault *fault);
    int delayFor(const QString &path);
    void respond(quint64 id);
    bool styleExists(qint64 id) const;

    std::unique_ptr<QHttpServer> m_server;
    quint16 m_port = 0;
    QString m_version;
    QJsonArray m_speakers;
    QJsonObject m_audioQueryTemplate;
    QByteArray m_engineManifest;
    OpenApi m_openApi = OpenApi::Absent;
    UserDictionary m_userDictMode = UserDictionary::Supported;
    QList<FakeUserDictWord> m_userDict;
    int m_sampleRate = 24000;
    QHash<QString, int> m_delays;
    QHash<QString, QList<QueuedFault>> m_faults;
    double m_failureRate = 0.0;
    QRandomGenerator m_random;
    qint64 m_synthesisBusyUntilNs = 0;

    std::map<quint64, std::unique_ptr<Pending>> m_pending;
    quint64 m_nextPendingId = 1;
    int m_maxConcurrent = 0;
    QList<FakeVoicevoxRequest> m_requests;
    QStringList m_synthesized;
};

} // namespace chatvox::test

Q_DECLARE_METATYPE(chatvox::test::FakeVoicevoxRequest)
