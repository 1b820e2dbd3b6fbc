#pragma once

#include "core/utterance.h"

#include <QLocale>
#include <QObject>
#include <QString>
#include <QTimer>

QT_BEGIN_NAMESPACE
class QTextToSpeech;
QT_END_NAMESPACE

namespace chatvox {

// The fallback voice when no engine is usable: the platform's speech through Qt TextToSpeech
// (speech-dispatcher on Linux, SAPI/WinRT on Windows). Built only with Qt TextToSpeech
// (CHATVOX_HAVE_TEXTTOSPEECH); without it isAvailable() is false and says why.
// Plays straight to the system's default output (Qt 6.4 cannot synthesize to a buffer), so
// the app's audio device and volume settings do not apply to it.
//
// Connecting to the platform's speech service is slow (about 2 s with speech-dispatcher, which
// lists some 1800 voices, on the calling thread), so it happens on first use or on prepare(),
// not in the constructor: call prepare() when the fallback becomes likely (no engine usable).
class SystemVoice : public QObject
{
    Q_OBJECT
public:
    // engineName: a Qt TextToSpeech engine ("speechd", "sapi", "winrt", ...); empty = Qt's
    // default for the platform.
    explicit SystemVoice(QObject *parent = nullptr);
    explicit SystemVoice(const QString &engineName, QObject *parent = nullptr);
    ~SystemVoice() override;

    // False when there is no speech engine plugin, or connecting to it failed (then say()
    // only emits failed()).
    bool isAvailable() const;
    QString unavailableReason() const; // empty when available
    QString engineName() const;
    // Connects to the platform's speech service now (blocks; see above). Returns isAvailable().
    bool prepare();
    bool isSpeaking() const { return m_active; }

    // Speaks text; a text still being spoken is stopped first (without finished()). Japanese
    // text uses a Japanese voice when the platform has one. The voice parameters map onto the
    // platform's rate, pitch and volume (intonation has no equivalent). Exactly one of
    // finished() or failed() follows unless stop() comes first.
    void say(const QString &text, const VoiceParams &voice = {});
    // Silences the voice at once. No finished()/failed() follows.
    void stop();

    // failed() when speech has not started this long after say() (default 10 s).
    void setStartTimeout(int ms) { m_startTimeoutMs = ms; }

    // True when text has kana or kanji (and so wants a Japanese voice).
    static bool looksJapanese(QStringView text);

Q_SIGNALS:
    void started();
    void finished();
    void failed(const QString &error);

private:
    void init(const QString &engineName);
    bool ensureEngine();
    void onStateChanged(int state);
    void onError(const QString &message);
    void onStartTimeout();

    QString m_engineName; // requested, or the platform default's name
    bool m_defaultEngine = true; // let Qt pick the engine
    QTextToSpeech *m_speech = nullptr; // child; created by prepare() or the first say()
    QLocale m_defaultLocale;
    QLocale m_japaneseLocale; // C locale when the platform has no Japanese voice
    QString m_unavailableReason;
    QTimer m_startTimer;
    int m_startTimeoutMs = 10000;
    bool m_active = false; // a say() is under way (finished()/failed() pending)
    bool m_started = false; // started() was emitted for it
};

} // namespace chatvox
