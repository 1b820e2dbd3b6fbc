#pragma once

#include "core/utterance.h"

#include <atomic>
#include <functional>
#include <memory>

#include <QObject>
#include <QString>
#include <QTimer>

QT_BEGIN_NAMESPACE
class QThread;
QT_END_NAMESPACE

namespace chatvox {

class SystemVoiceWorker;

// The fallback voice when no engine is usable: the platform's speech through Qt TextToSpeech
// (speech-dispatcher on Linux, SAPI/WinRT on Windows). Built only with Qt TextToSpeech
// (CHATVOX_HAVE_TEXTTOSPEECH); without it isAvailable() is false and says why.
// Plays straight to the system's default output (Qt 6.4 cannot synthesize to a buffer), so
// the app's audio device and volume settings do not apply to it.
//
// The platform's speech calls block: connecting to speech-dispatcher takes about 2 s (it lists
// some 1800 voices), and a speech-dispatcher that accepts the connection but never answers
// blocks its client for ever. So the QTextToSpeech object lives in a thread of its own and
// everything here is asynchronous; the caller's thread never waits on it. Watchdogs turn
// silence into reports: a connection that does not answer within connectTimeout makes the
// voice unavailable (availabilityChanged(false); a late answer makes it available again), a
// say() that does not start within startTimeout fails, and a worker that stopped answering
// counts as unavailable until it answers again. The destructor waits for the worker at most
// kShutdownTimeoutMs, then leaves a stuck one behind rather than hang the app's exit.
class SystemVoice : public QObject
{
    Q_OBJECT
public:
    static constexpr int kShutdownTimeoutMs = 2000;

    // engineName: a Qt TextToSpeech engine ("speechd", "sapi", "winrt", ...); empty = Qt's
    // default for the platform. Cheap: only looks at the installed plugins.
    explicit SystemVoice(QObject *parent = nullptr);
    explicit SystemVoice(const QString &engineName, QObject *parent = nullptr);
    ~SystemVoice() override;

    // False when there is no speech engine plugin, connecting to it failed or did not answer
    // in time, or the voice stopped answering (then say() only emits failed()). True before
    // the connection is made: the first say() or prepare() makes it.
    bool isAvailable() const;
    QString unavailableReason() const; // empty when available
    QString engineName() const;
    // Starts connecting to the platform's speech service in the background, so that the first
    // say() does not wait for it: call it when the fallback becomes likely (no engine usable).
    // Returns at once, false when the voice is known to be unavailable; availabilityChanged()
    // follows if the connection fails or does not answer in time.
    bool prepare();
    // True once the connection to the speech service is made.
    bool isConnected() const { return m_connection == Connection::Connected; }
    bool isSpeaking() const { return m_active; }

    // Speaks text; a text still being spoken is stopped first (without finished()). Japanese
    // text uses a Japanese voice when the platform has one. The voice parameters map onto the
    // platform's rate, pitch and volume (intonation has no equivalent). Exactly one of
    // finished() or failed() follows, never synchronously, unless stop() comes first.
    void say(const QString &text, const VoiceParams &voice = {});
    // Silences the voice at once. No finished()/failed() follows.
    void stop();

    // failed() when speech has not started this long after say() (default 10 s; time spent
    // connecting does not count, the connect timeout covers it).
    void setStartTimeout(int ms) { m_startTimeoutMs = ms; }
    // Unavailable when connecting takes longer (default 20 s).
    void setConnectTimeout(int ms) { m_connectTimeoutMs = ms; }

    // True when text has kana or kanji (and so wants a Japanese voice).
    static bool looksJapanese(QStringView text);

Q_SIGNALS:
    void started();
    void finished();
    void failed(const QString &error);
    void availabilityChanged(bool available);

private:
    enum class Connection { NotStarted, Connecting, Connected, Failed };

    void init(const QString &engineName);
    void startWorker();
    void post(std::function<void(SystemVoiceWorker *)> command);
    void setStuck(const QString &reason);
    void failActive(const QString &message);
    void onConnected(bool ok, const QString &engine, const QString &error);
    void onConnectTimeout();
    void onAnswered();
    void onWorkerStarted(quint64 serial);
    void onWorkerFinished(quint64 serial);
    void onWorkerFailed(quint64 serial, const QString &message);
    void onStartTimeout();

    QString m_engineName; // requested, or the platform default's name; the real one once connected
    bool m_defaultEngine = true; // let Qt pick the engine
    QString m_unavailableReason; // for good: no plugin, unknown engine, connecting failed
    QString m_stuckReason; // for now: the worker does not answer
    Connection m_connection = Connection::NotStarted;
    QThread *m_thread = nullptr;
    SystemVoiceWorker *m_worker = nullptr; // lives in m_thread
    int m_unanswered = 0; // say/stop commands the worker has not answered yet
    QTimer m_connectTimer;
    QTimer m_startTimer;
    int m_connectTimeoutMs = 20000;
    int m_startTimeoutMs = 10000;
    quint64 m_serial = 0; // of the current say()
    bool m_active = false; // a say() is under way (finished()/failed() pending)
    bool m_started = false; // started() was emitted for it
    // Says up to this serial are void: a worker that catches up late skips them (shared with it).
    std::shared_ptr<std::atomic<quint64>> m_cancelledUpTo;
};

} // namespace chatvox
