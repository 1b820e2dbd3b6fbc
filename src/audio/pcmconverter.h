#pragma once

#include "core/wavreader.h"

#include <memory>
#include <vector>

#include <QAudioFormat>
#include <QByteArray>

namespace chatvox {

// Filter for one pair of sample rates; shareable between converters (see kernel()).
struct ResampleKernel;

// Converts a parsed WAV clip to the exact format an audio device wants: sample rate (windowed-
// sinc interpolation, band-limited to the lower of the two rates so that neither up- nor
// down-sampling aliases), channel count (mono is sent to front left + right; surround is
// folded into stereo/mono) and sample format (UInt8, Int16, Int32, Float), plus volume.
//
// Why we convert ourselves: Qt 6.4.2's Windows backend fails to open a QAudioSink whose format
// differs from the device's mix format ("Failed to set up resampler", TOOLCHAIN.md), so the
// sink is always opened with QAudioDevice::preferredFormat().
//
// The conversion is incremental: read() produces the next frames on demand, so the first
// audio can go to the device before a long clip has been converted. Pure computation, no I/O.
class PcmConverter
{
public:
    // `kernel`: the filter of an earlier converter with the same rates, to skip rebuilding it.
    PcmConverter(const WavData &source, const QAudioFormat &target, double volume = 1.0,
                 std::shared_ptr<const ResampleKernel> kernel = {});

    // Sample formats and channel counts read() can produce.
    static bool isSupportedTarget(const QAudioFormat &format);

    // Whole clip at once.
    static QByteArray convert(const WavData &source, const QAudioFormat &target,
                              double volume = 1.0);

    const QAudioFormat &targetFormat() const { return m_target; }
    qint64 totalFrames() const { return m_outFrames; }
    qint64 framesDone() const { return m_outPos; }
    qint64 bytesRemaining() const { return (m_outFrames - m_outPos) * m_outFrameBytes; }
    bool atEnd() const { return m_outPos >= m_outFrames; }
    qint64 durationUs() const;

    // Linear gain, >= 0. A change during playback ramps over a few milliseconds (no click).
    void setVolume(double volume);
    double volume() const { return m_targetGain; }

    // Writes the next frames to `out`: at most maxBytes, whole frames only. Returns the number
    // of bytes written (0 at the end or when maxBytes is below one frame).
    qint64 read(char *out, qint64 maxBytes);
    QByteArray readAll();

    // The resampling filter in use (null when the rates are equal).
    std::shared_ptr<const ResampleKernel> kernel() const { return m_kernel; }

private:
    void decode(qint64 firstFrame, qint64 frameCount, float *out) const;

    WavData m_source;
    QAudioFormat m_target;
    int m_inChannels = 0;
    int m_outChannels = 0;
    int m_workChannels = 0; // channels while resampling: min(in, out)
    int m_outFrameBytes = 0;
    qint64 m_inFrames = 0;
    qint64 m_outFrames = 0;
    qint64 m_outPos = 0;
    qint64 m_inRate = 0;
    qint64 m_outRate = 0;

    // m_mix[o * m_inChannels + i]: weight of input channel i in output channel o.
    std::vector<float> m_mix;

    std::shared_ptr<const ResampleKernel> m_kernel; // null when the rates are equal

    double m_gain = 1.0;
    double m_targetGain = 1.0;
    double m_gainStep = 0.0; // per output frame, for the ramp

    std::vector<float> m_scratch; // decoded input frames for the current read()
};

} // namespace chatvox
