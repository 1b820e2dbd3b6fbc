#include "audioplayer.h"

#include "audio/logging.h"
#include "audio/qtpulsefix.h"
#include "core/clock.h"
#include "core/wavreader.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include <QAudioSink>
#include <QMediaDevices>
#include <QTimer>

// Measurements behind the design (Qt 6.4.2, PulseAudio 16.1 null sink, 48 kHz stereo Int16,
// shared 2-core VM):
//  - pull mode, new sink per clip: create + start() 0.4-1.9 ms, first readData() 20.4-21.9 ms
//    after start(), because QPulseAudioSink reads its source only on a 20 ms tick timer;
//  - push mode, new sink per clip: start() 0.75-0.9 ms, first write done 0.8-1.0 ms;
//  - push mode, sink kept open: a write takes 0.02-0.13 ms.
// So the sink stays open in push mode, and is only restarted to drop buffered audio (stop(),
// a clip replacing another) or to change device. With this design tst_audioplayer measures
// play() -> first frame written p50 0.06-0.15 ms (max 0.3 ms; the first clip of a process
// ~1-2 ms), started() delivered p50 0.09-0.18 ms, a clip replacing a playing one p50 0.6-1.2
// ms, stop() 0.02-0.3 ms with 3-7 ms of sound after it (null-sink capture resolution ~10 ms),
// and finished() 2-13 ms after the recorded sound ends. Under Wine (Qt's Windows backend into
// PulseAudio) the first frame takes 0.2-1.7 ms, while stop() and replacing take ~15 ms
// (releasing and re-initialising the WASAPI client).
// PulseAudio pre-buffers (~70 % of the buffer) before it starts a stream, so clips shorter than
// the buffer get silence appended, or they would never start; every clip gets at least 50 ms.

namespace chatvox {

namespace {

constexpr int kFeedIntervalMs = 10;
#ifdef Q_OS_WIN
constexpr int kTailSilenceMs = 50; // see play(): Windows replays a stopped buffer's end
#else
constexpr int kTailSilenceMs = 15; // keeps back-to-back speech close (audible gap ~15 ms)
#endif
constexpr qint64 kMsNs = 1000000;
#ifdef Q_OS_WIN
constexpr int kRetiredSinkLifeMs = 0;
#else
// Qt 6.4's PulseAudio sink asks the server to drain at every underflow (each clip's end) with
// itself as the callback's data, and nothing cancels that request when the sink stops: a reply
// that arrives after the sink is deleted calls into freed memory on PulseAudio's thread (Qt
// fixed it in 6.5, commit 826410e94; seen here as a rare segfault right after a player was
// destroyed under load). A reply takes one round trip to the sound server, so a sink that is
// done with lives on for this long before it is deleted.
constexpr int kRetiredSinkLifeMs = 2000;
#endif
#ifdef Q_OS_WIN
// Listing outputs enumerates the endpoints (milliseconds), and Qt reports every change.
constexpr qint64 kOutputsMaxAgeNs = std::numeric_limits<qint64>::max();
#else
// Qt 6.4's PulseAudio backend does not report removals, and its list is a cheap copy.
constexpr qint64 kOutputsMaxAgeNs = 0;
#endif

// Sets a flag for the duration of a public call, so that the signals it causes are queued
// instead of re-entering the caller.
class CallGuard
{
public:
    explicit CallGuard(bool &flag)
        : m_flag(flag)
        , m_previous(flag)
    {
        m_flag = true;
    }
    ~CallGuard() { m_flag = m_previous; }
    CallGuard(const CallGuard &) = delete;
    CallGuard &operator=(const CallGuard &) = delete;

private:
    bool &m_flag;
    bool m_previous;
};

// Deletes a stopped sink that is disconnected from us, from the event loop (Qt's PulseAudio sink
// runs processEvents() in its destructor) and only after kRetiredSinkLifeMs.
void retireSink(QAudioSink *sink)
{
    QTimer::singleShot(kRetiredSinkLifeMs, sink, &QObject::deleteLater);
}

} // namespace

AudioPlayer::AudioPlayer(QObject *parent)
    : Player(parent)
    , m_mediaDevices(new QMediaDevices(this))
{
    qtPulseLockFixActive(); // links audio/qtpulsefix.cpp in
    m_feedTimer.setTimerType(Qt::PreciseTimer);
    m_feedTimer.setInterval(kFeedIntervalMs);
    connect(&m_feedTimer, &QTimer::timeout, this, &AudioPlayer::feed);
    m_finishTimer.setTimerType(Qt::PreciseTimer);
    m_finishTimer.setSingleShot(true);
    connect(&m_finishTimer, &QTimer::timeout, this, &AudioPlayer::checkFinished);
    connect(m_mediaDevices, &QMediaDevices::audioOutputsChanged, this,
            &AudioPlayer::onOutputsChanged);
    // Open the output from the event loop, after the owner had a chance to call setDevice():
    // the first open in a process costs ~10 ms, which the first clip should not pay.
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (!m_destroying && !m_sink && !m_playing)
                ensureSink();
        },
        Qt::QueuedConnection);
}

AudioPlayer::~AudioPlayer()
{
    m_destroying = true;
    ++m_serial;
    m_feedTimer.stop();
    m_finishTimer.stop();
    discardSink();
}

QStringList AudioPlayer::outputDeviceNames()
{
    QStringList names;
    for (const QAudioDevice &device : QMediaDevices::audioOutputs())
        names.append(device.description());
    return names;
}

QString AudioPlayer::currentDeviceName() const
{
    return m_sink ? m_device.description() : targetDevice().description();
}

bool AudioPlayer::isPlaying() const
{
    return m_playing;
}

// play() looks at the device list every time; where asking Qt for it is costly, it is cached
// until Qt reports a change (kOutputsMaxAgeNs).
void AudioPlayer::refreshOutputs() const
{
    const qint64 now = monotonicNs();
    if (m_outputsValid && now - m_outputsCheckedNs < kOutputsMaxAgeNs)
        return;
    m_outputs = QMediaDevices::audioOutputs();
    m_defaultOutput = QMediaDevices::defaultAudioOutput();
    m_outputsCheckedNs = now;
    m_outputsValid = true;
}

bool AudioPlayer::isListed(const QByteArray &id) const
{
    refreshOutputs();
    return std::any_of(m_outputs.cbegin(), m_outputs.cend(),
                       [&](const QAudioDevice &d) { return d.id() == id; });
}

QAudioDevice AudioPlayer::defaultOutput() const
{
    refreshOutputs();
    return m_defaultOutput;
}

std::optional<QAudioDevice> AudioPlayer::findDevice(const QString &nameOrId) const
{
    refreshOutputs();
    const QList<QAudioDevice> &outputs = m_outputs;
    for (const QAudioDevice &d : outputs) {
        if (d.description() == nameOrId)
            return d;
    }
    for (const QAudioDevice &d : outputs) {
        if (d.description().compare(nameOrId, Qt::CaseInsensitive) == 0)
            return d;
    }
    for (const QAudioDevice &d : outputs) {
        if (QString::fromUtf8(d.id()) == nameOrId)
            return d;
    }
    for (const QAudioDevice &d : outputs) {
        if (QString::fromUtf8(d.id()).compare(nameOrId, Qt::CaseInsensitive) == 0)
            return d;
    }
    return std::nullopt;
}

QAudioDevice AudioPlayer::targetDevice() const
{
    if (!m_requestedDevice.isEmpty()) {
        const auto found = findDevice(m_requestedDevice);
        if (found && found->id() != m_failedDeviceId)
            return *found;
    }
    return defaultOutput();
}

Result<QString> AudioPlayer::setDevice(const QString &nameOrId)
{
    m_outputsValid = false; // the user may have just plugged it in
    m_requestedDevice = nameOrId.trimmed();
    m_failedDeviceId.clear();
    const QAudioDevice wanted = targetDevice();
    const bool known = m_requestedDevice.isEmpty() || findDevice(m_requestedDevice).has_value();

    if (m_sink && wanted.id() != m_device.id()) {
        if (m_playing)
            m_switchAfterClip = true;
        else
            discardSink();
    }
    if (!known) {
        const QString message
            = tr("Audio device “%1” was not found; using the system default output (%2). "
                 "Available devices: %3.")
                  .arg(m_requestedDevice, wanted.isNull() ? tr("none") : wanted.description(),
                       outputDeviceNames().join(QStringLiteral(", ")));
        qCWarning(lcAudio).noquote() << message;
        emit deviceError(message);
        return Error{message};
    }
    qCInfo(lcAudio).noquote() << "output device:" << wanted.description();
    return wanted.description();
}

void AudioPlayer::setVolume(double volume)
{
    m_volume = std::isfinite(volume) ? std::clamp(volume, 0.0, 1.0) : 0.0;
    if (m_clip)
        m_clip->setVolume(m_volume);
}

void AudioPlayer::setBufferDurationMs(int ms)
{
    m_bufferMs = std::clamp(ms, 20, 2000);
}

bool AudioPlayer::prepare()
{
    return ensureSink();
}

bool AudioPlayer::ensureSink()
{
    if (m_sink && !isListed(m_device.id())) {
        // Gone since the last clip. PulseAudio moves our stream to another sink by itself, and
        // Qt 6.4's PulseAudio backend does not announce removals; check here so that the
        // next clip goes where we choose, and say so.
        deviceFailed(tr("The audio device “%1” was disconnected.").arg(m_device.description()));
    }
    if (m_sink && m_io && m_sink->state() != QAudio::StoppedState)
        return true;
    if (m_sink && m_device.id() == targetDevice().id()) {
        // Same device: restart the sink we have (cheaper than a new QAudioSink).
        m_sinkBusy = true;
        m_io = m_sink->start();
        m_sinkBusy = false;
        if (m_io && m_sink->error() == QAudio::NoError)
            return true;
        qCWarning(lcAudio) << "restarting the sink failed, error" << m_sink->error();
    }
    if (openSink())
        return true;
    // The chosen device does not open: fall back to the system default so speech goes on.
    const QAudioDevice fallback = defaultOutput();
    if (!m_device.isNull() && !fallback.isNull() && fallback.id() != m_device.id()) {
        m_failedDeviceId = m_device.id();
        const QString message = m_lastOpenError + QLatin1Char(' ')
            + tr("Using the system default output (%1).").arg(fallback.description());
        qCWarning(lcAudio).noquote() << message;
        if (m_inApiCall) {
            QMetaObject::invokeMethod(
                this, [this, message] { emit deviceError(message); }, Qt::QueuedConnection);
        } else {
            emit deviceError(message);
        }
        return openSink();
    }
    return false;
}

bool AudioPlayer::openSink()
{
    discardSink();
    const QAudioDevice device = targetDevice();
    m_device = device;
    if (device.isNull()) {
        m_lastOpenError = tr("No audio output device is available.");
        return false;
    }
    // Always the device's own format (Qt 6.4.2 on Windows fails with any other, see
    // TOOLCHAIN.md); PcmConverter adapts each clip to it.
    QAudioFormat format = device.preferredFormat();
    if (!PcmConverter::isSupportedTarget(format)) {
        qCWarning(lcAudio) << "unusable preferred format" << format << "of" << device.description()
                           << "- trying 48 kHz stereo Int16";
        format = QAudioFormat();
        format.setSampleRate(48000);
        format.setChannelCount(2);
        format.setSampleFormat(QAudioFormat::Int16);
    }

    auto sink = std::make_unique<QAudioSink>(device, format);
    sink->setBufferSize(format.bytesForDuration(qint64(m_bufferMs) * 1000));
    connect(sink.get(), &QAudioSink::stateChanged, this, &AudioPlayer::onSinkStateChanged);
    m_sinkBusy = true;
    QIODevice *io = sink->start();
    m_sinkBusy = false;
    if (!io || sink->error() != QAudio::NoError) {
        m_lastOpenError = tr("Cannot open the audio device “%1”.").arg(device.description());
        qCWarning(lcAudio).noquote() << m_lastOpenError << "error" << sink->error();
        disconnect(sink.get(), nullptr, this, nullptr);
        sink->stop();
        retireSink(sink.release());
        return false;
    }
    m_sink = std::move(sink);
    m_io = io;
    m_format = format;
    qCInfo(lcAudio).noquote() << "opened" << device.description() << "format" << format.sampleRate()
                              << "Hz" << format.channelCount() << "ch" << format.sampleFormat()
                              << "buffer" << m_sink->bufferSize() << "bytes";
    return true;
}

// Drops the sink: disconnected from us, stopped, and deleted later (retireSink()).
void AudioPlayer::discardSink()
{
    if (!m_sink)
        return;
    disconnect(m_sink.get(), nullptr, this, nullptr);
    m_sinkBusy = true;
    m_sink->stop();
    m_sinkBusy = false;
    m_io = nullptr;
    retireSink(m_sink.release());
    m_format = QAudioFormat();
}

// Silences the sink at once: stopping is the only portable way to drop what it has buffered
// (QAudioSink::reset() is stop() on PulseAudio, and on Windows it leaves the sink "active"
// but halted, so later writes are never heard). ensureSink() starts it again.
void AudioPlayer::silenceSink()
{
    if (!m_sink)
        return;
    m_sinkBusy = true;
    m_sink->stop();
    m_sinkBusy = false;
    m_io = nullptr;
}

void AudioPlayer::resetClip()
{
    ++m_serial;
    m_playing = false;
    m_clipWritten = false;
    m_allWritten = false;
    m_clip.reset();
    m_pending.clear();
    m_pendingOffset = 0;
    m_pendingIsPadding = false;
    m_paddingBytes = 0;
    m_paddingWritten = 0;
    m_feedTimer.stop();
    m_finishTimer.stop();
}

void AudioPlayer::play(const QByteArray &wav)
{
    CallGuard guard(m_inApiCall);
    m_playCallNs = monotonicNs();
    m_firstFrameNs = 0;
    const bool wasPlaying = m_playing;
    resetClip();
    if (wasPlaying)
        silenceSink(); // the new clip replaces the old one at once

    auto parsed = readWav(wav);
    if (!parsed) {
        failClip(tr("Cannot play the audio: %1").arg(parsed.error()));
        return;
    }
    if (m_switchAfterClip) {
        m_switchAfterClip = false;
        discardSink();
    }
    if (!ensureSink()) {
        failClip(m_lastOpenError);
        return;
    }

    m_clip.emplace(parsed.value(), m_format, m_volume, m_kernel);
    if (m_clip->kernel())
        m_kernel = m_clip->kernel(); // clips from one engine share their rates
    const qint64 clipBytes = m_clip->bytesRemaining();
    if (clipBytes <= 0) {
        failClip(tr("Cannot play the audio: it cannot be converted for the audio device."));
        return;
    }
    // Silence after the clip: fills PulseAudio's pre-buffer for short clips, and is what a
    // device replays if it stops before playing out its buffer (seen with Qt's Windows sink under
    // Wine: 20-30 ms of a clip's end came again before the next clip).
    const int frameBytes = m_format.bytesPerFrame();
    m_paddingBytes = std::max<qint64>(m_sink->bufferSize() - clipBytes,
                                      m_format.bytesForDuration(kTailSilenceMs * 1000))
        / frameBytes * frameBytes;
    m_clipDurationNs = m_clip->durationUs() * 1000;
    m_lastProgressNs = monotonicNs();
    m_playing = true;

    feed();
    if (m_playing && !m_allWritten)
        m_feedTimer.start();
}

void AudioPlayer::stop()
{
    if (!m_playing)
        return;
    CallGuard guard(m_inApiCall);
    resetClip();
    silenceSink();
    // Reopen right away (from the event loop, not inside stop()) so the next clip starts fast.
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (!m_destroying && !m_playing)
                ensureSink();
        },
        Qt::QueuedConnection);
}

void AudioPlayer::feed()
{
    if (!m_playing || !m_clip)
        return;
    if (!m_sink || !m_io) {
        deviceFailed(tr("The audio output was closed unexpectedly."));
        return;
    }
    const qint64 now = monotonicNs();
    qint64 free = m_sink->bytesFree();
    if (free < 0) {
        // Qt's PulseAudio sink reports a dead stream (e.g. its device was removed) this way.
        deviceFailed(tr("The audio device “%1” stopped working.").arg(m_device.description()));
        return;
    }

    const int frameBytes = m_format.bytesPerFrame();
    const char silence = m_format.sampleFormat() == QAudioFormat::UInt8 ? char(0x80) : char(0);
    bool wrote = false;
    while (free >= frameBytes) {
        if (m_pendingOffset >= m_pending.size()) {
            const qint64 want = free / frameBytes * frameBytes;
            m_pendingOffset = 0;
            m_pendingIsPadding = m_clip->atEnd();
            if (!m_pendingIsPadding) {
                m_pending.resize(qsizetype(want));
                m_pending.resize(qsizetype(m_clip->read(m_pending.data(), want)));
            } else {
                if (!m_clipWritten)
                    clipWritten();
                const qint64 n = std::min(want, m_paddingBytes);
                m_pending.fill(silence, qsizetype(n));
                m_paddingBytes -= n;
            }
            if (m_pending.isEmpty())
                break;
        }
        const qint64 written = m_io->write(m_pending.constData() + m_pendingOffset,
                                           m_pending.size() - m_pendingOffset);
        if (written < 0) {
            // Qt's Windows sink: the device is gone or refuses the buffer.
            deviceFailed(
                tr("The audio device “%1” refused the audio.").arg(m_device.description()));
            return;
        }
        if (written == 0)
            break;
        m_pendingOffset += qsizetype(written);
        if (m_pendingIsPadding)
            m_paddingWritten += written;
        free -= written;
        wrote = true;
        m_lastProgressNs = monotonicNs();
        if (m_firstFrameNs == 0) {
            m_firstFrameNs = m_lastProgressNs;
            qCDebug(lcAudio) << "first frame after" << (m_firstFrameNs - m_playCallNs) / 1000
                             << "us";
            // Queued: never emitted from inside play().
            const quint64 serial = m_serial;
            QMetaObject::invokeMethod(
                this,
                [this, serial] {
                    if (serial == m_serial)
                        emit started();
                },
                Qt::QueuedConnection);
        }
    }

    const QAudio::Error error = m_sink->error();
    if (error == QAudio::IOError || error == QAudio::FatalError || error == QAudio::OpenError) {
        deviceFailed(tr("The audio device “%1” failed while playing.").arg(m_device.description()));
        return;
    }

    const bool pendingDone = m_pendingOffset >= m_pending.size();
    if (!m_clipWritten && m_clip->atEnd() && pendingDone)
        clipWritten();
    if (m_clipWritten && m_paddingBytes == 0 && pendingDone) {
        m_allWritten = true;
        m_feedTimer.stop();
        return;
    }

    if (!wrote && now - m_lastProgressNs > qint64(m_stallTimeoutMs) * kMsNs) {
        deviceFailed(tr("The audio device “%1” stopped taking audio.").arg(m_device.description()));
    }
}

// The last frame of the clip is with the device. It has been heard once the clip's duration
// has passed since its first frame AND the audio the sink held at this moment has played out.
void AudioPlayer::clipWritten()
{
    m_clipWritten = true;
    const qint64 free = std::max<qint64>(0, m_sink->bytesFree());
    const qint64 queuedBytes = std::max<qint64>(0, m_sink->bufferSize() - free);
    const qint64 queuedNs = m_format.durationForBytes(qint32(queuedBytes)) * 1000;
    m_endNotBeforeNs = std::max(m_firstFrameNs + m_clipDurationNs, m_lastProgressNs + queuedNs);
    const qint64 waitNs = std::max<qint64>(0, m_endNotBeforeNs - monotonicNs());
    m_finishTimer.start(int((waitNs + kMsNs - 1) / kMsNs));
}

void AudioPlayer::checkFinished()
{
    if (!m_playing || !m_clipWritten)
        return;
    const qint64 now = monotonicNs();
    if (now < m_endNotBeforeNs) {
        m_finishTimer.start(int((m_endNotBeforeNs - now + kMsNs - 1) / kMsNs));
        return;
    }
    const qint64 free = m_sink ? m_sink->bytesFree() : -1;
    if (free < 0) {
        deviceFailed(tr("The audio device “%1” stopped working.").arg(m_device.description()));
        return;
    }
    // Drained of the clip: what the sink still holds is at most the silence written after it.
    const qint64 queued = std::max<qint64>(0, m_sink->bufferSize() - free);
    const bool drained = m_sink->state() == QAudio::IdleState || queued <= m_paddingWritten;
    // Not drained long after it should have been: the device is slow or its state reporting
    // is off; the clip has been handed over and its time has passed, so do not hang.
    const qint64 graceNs = std::max<qint64>(1000, 3 * qint64(m_bufferMs)) * kMsNs;
    if (drained || now >= m_endNotBeforeNs + graceNs) {
        if (!drained)
            qCWarning(lcAudio) << "sink did not report drained; finishing the clip anyway";
        finishClip();
        return;
    }
    m_finishTimer.start(5);
}

void AudioPlayer::finishClip()
{
    qCDebug(lcAudio) << "clip finished after" << (monotonicNs() - m_firstFrameNs) / kMsNs
                     << "ms, duration" << m_clipDurationNs / kMsNs << "ms";
    resetClip();
    if (m_switchAfterClip) {
        // Before finished(): its receiver may start the next clip right away.
        m_switchAfterClip = false;
        discardSink();
        ensureSink();
    }
    emit finished();
}

void AudioPlayer::failClip(const QString &message)
{
    qCWarning(lcAudio).noquote() << "clip failed:" << message;
    resetClip();
    if (m_inApiCall) {
        const quint64 serial = m_serial;
        QMetaObject::invokeMethod(
            this,
            [this, serial, message] {
                if (serial == m_serial)
                    emit failed(message);
            },
            Qt::QueuedConnection);
    } else {
        emit failed(message);
    }
}

void AudioPlayer::deviceFailed(const QString &reason)
{
    const bool wasPlaying = m_playing;
    if (!m_device.isNull() && m_device.id() != defaultOutput().id())
        m_failedDeviceId = m_device.id();
    discardSink();
    const QAudioDevice next = targetDevice();
    const QString message = reason + QLatin1Char(' ')
        + (next.isNull() ? tr("No other audio output is available.")
                         : tr("The next clip plays on “%1”.").arg(next.description()));
    qCWarning(lcAudio).noquote() << message;
    if (m_inApiCall) {
        QMetaObject::invokeMethod(
            this, [this, message] { emit deviceError(message); }, Qt::QueuedConnection);
    } else {
        emit deviceError(message);
    }
    if (wasPlaying)
        failClip(message);
}

void AudioPlayer::onSinkStateChanged()
{
    // !m_io: we stopped the sink ourselves; a state change queued from the sound server's
    // thread before that may still arrive and means nothing now.
    if (m_sinkBusy || !m_sink || !m_io)
        return;
    const QAudio::Error error = m_sink->error();
    if (error == QAudio::OpenError || error == QAudio::IOError || error == QAudio::FatalError) {
        deviceFailed(tr("The audio device “%1” failed.").arg(m_device.description()));
        return;
    }
    if (m_sink->state() == QAudio::StoppedState) {
        // Stopped without us asking (e.g. the sound server went away).
        deviceFailed(tr("The audio device “%1” stopped.").arg(m_device.description()));
        return;
    }
    if (m_playing && m_clipWritten && m_sink->state() == QAudio::IdleState)
        checkFinished();
}

void AudioPlayer::onOutputsChanged()
{
    m_outputsValid = false;
    m_failedDeviceId.clear();
    if (!m_sink)
        return;
    if (!isListed(m_device.id())) {
        deviceFailed(tr("The audio device “%1” was disconnected.").arg(m_device.description()));
        return;
    }
    const QAudioDevice wanted = targetDevice();
    if (!wanted.isNull() && wanted.id() != m_device.id()) {
        qCInfo(lcAudio).noquote() << "switching output to" << wanted.description();
        if (m_playing)
            m_switchAfterClip = true;
        else
            discardSink();
    }
}

} // namespace chatvox
