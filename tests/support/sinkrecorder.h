#pragma once

#include <vector>

#include <QList>
#include <QObject>
#include <QProcess>
#include <QString>

namespace chatvox::test {

// One stretch of sound in a recording (times from the first recorded sample).
struct SoundSegment
{
    double startMs = 0;
    double endMs = 0;
    double frequencyHz = 0; // dominant pitch, from upward zero crossings; 0 if none
    double rms = 0; // full scale = 1.0 (a sine of amplitude a has rms a/√2)
    double durationMs() const { return endMs - startMs; }
};

struct SegmentOptions
{
    double threshold = 0.01; // window RMS that counts as sound (-40 dBFS)
    double windowMs = 10; // analysis window
    double minGapMs = 30; // quieter stretches shorter than this do not split a segment
    double minLengthMs = 20; // shorter bursts are dropped
    double frequencyJump = 0.12; // relative pitch change that starts a new segment, so clips
                                 // played back to back with no gap still come out separate
    double fromMs = 0; // part of the recording to analyse (e.g. since a test began)
    double toMs = -1; // -1: up to the end
};

// Records what a PulseAudio sink plays, from its monitor source, with `parec` (mono, signed
// 16-bit, 48 kHz by default). For AUDIO tests (tests/with-pulseaudio.sh sets CHATVOX_TEST_SINK):
//
//     SinkRecorder rec;
//     QVERIFY2(rec.start(), qPrintable(rec.errorString()));
//     player.play(wav);                       // ... wait for finished()
//     QVERIFY(rec.catchUp());                 // what was played so far is now recorded
//     const auto segs = rec.segments();       // one per utterance, in order, with pitch
//
// Timestamps: startNs() is the std::chrono::steady_clock time (same clock as
// chatvox::monotonicNs()) at which sample 0 was captured, so msAt(ns) converts a moment taken
// in the test to recording time (accurate to about one 10 ms capture fragment).
class SinkRecorder : public QObject
{
    Q_OBJECT
public:
    explicit SinkRecorder(QObject *parent = nullptr);
    ~SinkRecorder() override;

    // Sink whose monitor is recorded; default $CHATVOX_TEST_SINK, else "chatvox_test".
    void setSink(const QString &sinkName);
    QString sink() const { return m_sink; }
    void setSampleRate(int hz) { m_rate = hz; }
    int sampleRate() const { return m_rate; }

    // Starts parec and returns once audio data flows (a freshly started null sink renders
    // ~2 s ahead and delivers nothing until it catches up; returning only then also means the
    // sink plays in real time). False with errorString() if parec is missing or fails.
    bool start(int timeoutMs = 10000);
    void stop();
    bool isRecording() const;
    QString errorString() const { return m_error; }

    // Runs the event loop until the recording holds audio captured at least `extraMs` after
    // this call (so everything played before the call is in). False on timeout.
    bool catchUp(int extraMs = 60, int timeoutMs = 5000);
    // Runs the event loop until a window louder than `threshold` has been recorded after this
    // call. False on timeout.
    bool waitForSound(int timeoutMs = 5000, double threshold = 0.01);
    // Runs the event loop until segments(options) holds at least `count` segments and the
    // last one is over (followed by options.minGapMs of quiet). For tests that only see the
    // sound, e.g. a whole chatvox process reading a chat log aloud. False on timeout.
    bool waitForSegments(int count, int timeoutMs = 10000, const SegmentOptions &options = {});

    const std::vector<qint16> &samples() const { return m_samples; }
    qint64 sampleCount() const { return qint64(m_samples.size()); }
    double recordedMs() const;
    double rms() const;
    double rms(double fromMs, double toMs) const;
    // Total time of windows louder than `threshold`.
    double loudMs(double threshold = 0.01, double windowMs = 10) const;
    QList<SoundSegment> segments(const SegmentOptions &options = {}) const;
    // Pitch over a time range (upward zero crossings); 0 if fewer than two.
    double frequencyHz(double fromMs, double toMs) const;

    qint64 startNs() const { return m_startNs; }
    double msAt(qint64 steadyNs) const;
    static qint64 nowNs();

    // Writes the recording as a WAV file (to look at a failing test's audio).
    bool saveWav(const QString &path) const;
    // A one-line summary of the segments, for failure messages and logs.
    QString describe(const SegmentOptions &options = {}) const;

private:
    void readAvailable();
    qint64 sampleAt(double ms) const;
    std::vector<double> upwardCrossings(qint64 from, qint64 to) const;

    QString m_sink;
    int m_rate = 48000;
    QProcess m_process;
    QString m_error;
    std::vector<qint16> m_samples;
    QByteArray m_leftover; // odd byte between reads
    qint64 m_startNs = 0;
    bool m_running = false;
};

} // namespace chatvox::test
