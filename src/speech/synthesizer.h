#pragma once

#include "core/utterance.h"

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QUrl>

namespace chatvox {

// What to synthesize: one piece of text in one style with its voice parameters.
struct SynthesisRequest
{
    QString text;
    qint64 styleId = 0;
    VoiceParams voice;
};

// One synthesis in progress. Exactly one of finished() or failed() follows unless abort() comes
// first; the job deletes itself (deleteLater) right after either signal or abort().
class SynthesisJob : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~SynthesisJob() override;

    // Cancels the job: no signal after this; the job deletes itself later.
    virtual void abort() = 0;

    // Time spent in requests to engines (all attempts, fail-overs included; not the time
    // queued for a free engine). Valid after finished().
    qint64 engineTimeNs() const { return m_engineTimeNs; }
    // The engine that produced the audio. Valid after finished().
    QUrl engineUrl() const { return m_engineUrl; }
    // The AudioQuery JSON that engine synthesized (VOICEVOX API; empty for other synthesizers).
    // Valid after finished().
    QByteArray audioQuery() const { return m_audioQuery; }

Q_SIGNALS:
    void finished(const QByteArray &wav); // a valid WAV file
    void failed(const QString &error); // every engine failed; user-facing message

protected:
    void setEngineTimeNs(qint64 ns) { m_engineTimeNs = ns; }
    void setEngineUrl(const QUrl &url) { m_engineUrl = url; }
    void setAudioQuery(const QByteArray &json) { m_audioQuery = json; }

private:
    qint64 m_engineTimeNs = 0;
    QUrl m_engineUrl;
    QByteArray m_audioQuery;
};

// Turns text into speech audio (EngineSet over VOICEVOX-API engines; fakes in tests).
class Synthesizer
{
public:
    virtual ~Synthesizer() = default;
    // Starts a job; the caller connects to it right away (signals come from the event loop).
    virtual SynthesisJob *synthesize(const SynthesisRequest &request) = 0;
    // False when every engine is known to be down.
    virtual bool hasUsableEngine() const = 0;
    // How many engines share the work now (replicas of the active one, 1 without any): the
    // speech queue synthesizes that many times further ahead, so that all of them are busy.
    virtual int poolSize() const { return 1; }
};

} // namespace chatvox
