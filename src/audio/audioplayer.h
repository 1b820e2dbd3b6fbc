#pragma once

#include "audio/pcmconverter.h"
#include "core/player.h"
#include "core/result.h"

#include <memory>
#include <optional>

#include <QAudioDevice>
#include <QAudioFormat>
#include <QByteArray>
#include <QList>
#include <QStringList>
#include <QTimer>

class QAudioSink;
class QIODevice;
class QMediaDevices;

namespace chatvox {

// Plays WAV clips through one QAudioSink in push mode that stays open between clips.
//
// Why push mode with a persistent sink (measured with Qt 6.4.2 + PulseAudio, figures in
// audioplayer.cpp): a pull-mode sink reads its source only on a 20 ms timer tick, so the first
// frame reaches the device ~20.5 ms after start(); opening a sink costs ~0.8 ms; a write into an
// open push-mode sink takes ~0.05 ms, and play() -> first frame written is ~0.1 ms. stop() and
// replacing a clip restart the same sink (the only portable way to drop what it buffered).
//
// The sink is opened with the device's preferred format and PcmConverter converts every clip to
// it (Qt 6.4 on Windows cannot open other formats). finished() comes once the clip's duration
// has passed since its first frame and the sink has played out everything before the 50 ms of
// silence that follows each clip. Signals are never emitted from inside play()/stop():
// started() and an early failed() are queued.
class AudioPlayer : public Player
{
    Q_OBJECT
public:
    explicit AudioPlayer(QObject *parent = nullptr);
    ~AudioPlayer() override;

    void play(const QByteArray &wav) override;
    void stop() override;
    bool isPlaying() const override;

    // Chooses the output by QAudioDevice::description() (exact, then case-insensitive) or id.
    // Empty: the system default, followed when it changes. An unknown name returns an error
    // (also emitted as deviceError()) and the system default is used until the named device
    // appears. On success returns the description of the device now used. A clip already
    // playing finishes on the old device.
    Result<QString> setDevice(const QString &nameOrId);
    QString requestedDevice() const { return m_requestedDevice; }
    // Description of the device clips go to (empty if there is none).
    QString currentDeviceName() const;
    static QStringList outputDeviceNames();

    // Linear gain 0..1, applied by the converter (so it works on every backend); a change
    // ramps within 5 ms and reaches the device after the sink's buffer (~bufferDurationMs).
    void setVolume(double volume);
    double volume() const { return m_volume; }

    // Sink buffer requested when the sink (re)opens: the delay between handing audio over and
    // hearing it, and how long the event loop may stall before audio drops out.
    void setBufferDurationMs(int ms);
    int bufferDurationMs() const { return m_bufferMs; }
    // With data left to write, how long the device may take nothing before the clip fails.
    void setStallTimeoutMs(int ms) { m_stallTimeoutMs = ms; }

    // Opens the output now. The constructor already queues this; call it to be sure the first
    // clip does not pay the first open of the process (2-15 ms).
    bool prepare();
    // Format of the open sink (invalid before the first clip / prepare()).
    QAudioFormat outputFormat() const { return m_format; }

    // Timing of the last clip in chatvox::monotonicNs(): the play() call and the moment its
    // first frame was handed to the device (0 until then). For latency figures.
    qint64 lastPlayCallNs() const { return m_playCallNs; }
    qint64 lastFirstFrameNs() const { return m_firstFrameNs; }

Q_SIGNALS:
    // Not about one clip: unknown device name, device disconnected, sink failure. Playback
    // carries on with the system default output.
    void deviceError(const QString &message);

private:
    void refreshOutputs() const;
    bool isListed(const QByteArray &id) const;
    QAudioDevice defaultOutput() const;
    std::optional<QAudioDevice> findDevice(const QString &nameOrId) const;
    QAudioDevice targetDevice() const;
    bool ensureSink();
    bool openSink();
    void silenceSink();
    void discardSink();
    void onSinkStateChanged();
    void onOutputsChanged();
    void feed();
    void clipWritten();
    void checkFinished();
    void finishClip();
    void failClip(const QString &message);
    void resetClip();
    void deviceFailed(const QString &reason);

    QString m_requestedDevice; // as the user gave it; empty = system default
    QAudioDevice m_device; // the device the sink is for
    QAudioFormat m_format;
    std::unique_ptr<QAudioSink> m_sink;
    QIODevice *m_io = nullptr; // owned by m_sink
    QMediaDevices *m_mediaDevices = nullptr;
    mutable QList<QAudioDevice> m_outputs; // cache, see refreshOutputs()
    mutable QAudioDevice m_defaultOutput;
    mutable qint64 m_outputsCheckedNs = 0;
    mutable bool m_outputsValid = false;
    QByteArray m_failedDeviceId; // avoided until the device list changes
    bool m_sinkBusy = false; // inside our own start()/stop(): ignore its state signals
    bool m_inApiCall = false; // inside play()/stop(): queue signals instead of emitting
    bool m_destroying = false;
    bool m_switchAfterClip = false;
    QString m_lastOpenError;
    int m_bufferMs = 100;
    int m_stallTimeoutMs = 4000;
    double m_volume = 1.0;

    // Current clip.
    std::optional<PcmConverter> m_clip;
    std::shared_ptr<const ResampleKernel> m_kernel; // of the last clip that needed one
    quint64 m_serial = 0; // bumped per clip and on stop(): stale queued signals are dropped
    bool m_playing = false;
    bool m_clipWritten = false; // every frame of the clip is with the sink
    bool m_allWritten = false; // ... and the silence after it
    QByteArray m_pending; // converted but not yet accepted by the sink
    qsizetype m_pendingOffset = 0;
    bool m_pendingIsPadding = false;
    qint64 m_paddingBytes = 0; // silence still to write after the clip
    qint64 m_paddingWritten = 0; // silence written after the clip
    qint64 m_clipDurationNs = 0;
    qint64 m_playCallNs = 0;
    qint64 m_firstFrameNs = 0;
    qint64 m_lastProgressNs = 0;
    qint64 m_endNotBeforeNs = 0;
    QTimer m_feedTimer;
    QTimer m_finishTimer;
};

} // namespace chatvox
