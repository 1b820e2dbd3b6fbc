#include "pcmconverter.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>
#include <memory>
#include <numbers>
#include <numeric>

#include <QtEndian>

namespace chatvox {

namespace {

using Position = QAudioFormat::AudioChannelPosition;

// Kernel table resolution (entries per input sample) and zero crossings of the windowed sinc
// on each side. 16 crossings with a Kaiser window (beta 8.6) give about 80 dB stop-band
// attenuation; linear interpolation inside the table keeps its error far below that.
constexpr int kTableResolution = 256;
constexpr int kZeroCrossings = 16;
constexpr double kKaiserBeta = 8.6;
// Pass band as a fraction of the lower Nyquist frequency: leaves room for the transition band
// so content near Nyquist is attenuated instead of folded back (aliasing).
constexpr double kPassBand = 0.95;
// Duration of a volume ramp from 0 to full scale.
constexpr double kVolumeRampSeconds = 0.005;
constexpr int kBlockFrames = 2048;
// Above this many precomputed weights (odd rate pairs), the kernel table is interpolated.
constexpr qint64 kMaxPolyphaseWeights = 1 << 18;

// Modified Bessel function of the first kind, order 0 (power series; converges fast for the
// arguments a Kaiser window needs). std::cyl_bessel_i is missing from libc++.
double besselI0(double x)
{
    double sum = 1.0;
    double term = 1.0;
    const double quarterX2 = x * x / 4.0;
    for (int k = 1; k < 64; ++k) {
        term *= quarterX2 / (double(k) * double(k));
        sum += term;
        if (term < sum * 1e-12)
            break;
    }
    return sum;
}

QAudioFormat::ChannelConfig configFor(const QAudioFormat &format)
{
    const auto config = format.channelConfig();
    if (config != QAudioFormat::ChannelConfigUnknown
        && qPopulationCount(quint32(config)) == uint(format.channelCount())) {
        return config;
    }
    return QAudioFormat::defaultChannelConfigForChannelCount(format.channelCount());
}

// Speaker position of each channel, in order. Qt orders channels by position, like WAV does
// by channel-mask bit (WAV mask bit n is Qt position n + 1 for the first 18 positions).
std::vector<Position> positionsOf(QAudioFormat::ChannelConfig config, int channels)
{
    std::vector<Position> positions;
    for (int p = 1; p < QAudioFormat::NChannelPositions && int(positions.size()) < channels; ++p) {
        if (quint32(config) & (1u << p))
            positions.push_back(Position(p));
    }
    positions.resize(size_t(channels), QAudioFormat::UnknownPosition);
    return positions;
}

std::vector<Position> wavPositions(const WavFormat &format)
{
    if (format.channelMask != 0 && qPopulationCount(format.channelMask) == uint(format.channels)) {
        std::vector<Position> positions;
        for (int bit = 0; bit < 18; ++bit) {
            if (format.channelMask & (1u << bit))
                positions.push_back(Position(bit + 1));
        }
        if (int(positions.size()) == format.channels)
            return positions;
    }
    return positionsOf(QAudioFormat::defaultChannelConfigForChannelCount(format.channels),
                       format.channels);
}

enum class Side { Left, Right, Center, Lfe };

Side sideOf(Position p)
{
    switch (p) {
    case QAudioFormat::FrontLeft:
    case QAudioFormat::BackLeft:
    case QAudioFormat::FrontLeftOfCenter:
    case QAudioFormat::SideLeft:
    case QAudioFormat::TopFrontLeft:
    case QAudioFormat::TopBackLeft:
    case QAudioFormat::TopSideLeft:
    case QAudioFormat::BottomFrontLeft:
        return Side::Left;
    case QAudioFormat::FrontRight:
    case QAudioFormat::BackRight:
    case QAudioFormat::FrontRightOfCenter:
    case QAudioFormat::SideRight:
    case QAudioFormat::TopFrontRight:
    case QAudioFormat::TopBackRight:
    case QAudioFormat::TopSideRight:
    case QAudioFormat::BottomFrontRight:
        return Side::Right;
    case QAudioFormat::LFE:
    case QAudioFormat::LFE2:
        return Side::Lfe;
    default:
        return Side::Center;
    }
}

// Weights m[o * in + i]. Mono goes to front left + right at full level (how a mono voice is
// heard on any speaker set); to mono, channels are averaged; otherwise matching positions are
// copied and the rest folded into the front pair (LFE dropped: speech has none).
std::vector<float> mixMatrix(const WavFormat &source, const QAudioFormat &target)
{
    const int in = source.channels;
    const int out = target.channelCount();
    std::vector<float> m(size_t(in) * size_t(out), 0.0f);
    auto at = [&](int o, int i) -> float & { return m[size_t(o) * size_t(in) + size_t(i)]; };

    if (in == out) {
        for (int c = 0; c < in; ++c)
            at(c, c) = 1.0f;
        return m;
    }
    if (out == 1) {
        for (int i = 0; i < in; ++i)
            at(0, i) = 1.0f / float(in);
        return m;
    }

    const auto targetPositions = positionsOf(configFor(target), out);
    auto offsetOf = [&](Position p) {
        const auto it = std::find(targetPositions.begin(), targetPositions.end(), p);
        return it == targetPositions.end() ? -1 : int(it - targetPositions.begin());
    };
    const int fl = offsetOf(QAudioFormat::FrontLeft);
    const int fr = offsetOf(QAudioFormat::FrontRight);
    const int fc = offsetOf(QAudioFormat::FrontCenter);
    auto spread = [&](int i, float weight) {
        for (int o = 0; o < out; ++o)
            at(o, i) += weight / float(out);
    };

    if (in == 1) {
        if (fl >= 0 && fr >= 0) {
            at(fl, 0) = 1.0f;
            at(fr, 0) = 1.0f;
        } else if (fc >= 0) {
            at(fc, 0) = 1.0f;
        } else {
            spread(0, float(out));
        }
        return m;
    }

    constexpr float kFold = 0.70710678f; // -3 dB, the usual downmix coefficient
    const auto sourcePositions = wavPositions(source);
    for (int i = 0; i < in; ++i) {
        const Position p = sourcePositions[size_t(i)];
        const int direct = p == QAudioFormat::UnknownPosition ? -1 : offsetOf(p);
        if (direct >= 0) {
            at(direct, i) = 1.0f;
            continue;
        }
        const Side side = sideOf(p);
        if (side == Side::Lfe)
            continue;
        if (fl >= 0 && fr >= 0) {
            if (side != Side::Right)
                at(fl, i) += kFold;
            if (side != Side::Left)
                at(fr, i) += kFold;
        } else if (fc >= 0) {
            at(fc, i) += kFold;
        } else {
            spread(i, 1.0f);
        }
    }
    return m;
}

float decodeSample(const char *p, WavSampleFormat format)
{
    switch (format) {
    case WavSampleFormat::UInt8:
        return (float(quint8(*p)) - 128.0f) / 128.0f;
    case WavSampleFormat::Int16:
        return float(qFromLittleEndian<qint16>(p)) / 32768.0f;
    case WavSampleFormat::Int24: {
        const qint32 v
            = qint32(quint32(quint8(p[0])) | (quint32(quint8(p[1])) << 8)
                     | (quint32(quint8(p[2])) << 16) | ((p[2] & 0x80) ? 0xFF000000u : 0u));
        return float(v) / 8388608.0f;
    }
    case WavSampleFormat::Int32:
        return float(double(qFromLittleEndian<qint32>(p)) / 2147483648.0);
    case WavSampleFormat::Float32: {
        const float v = qFromLittleEndian<float>(p);
        return std::isfinite(v) ? v : 0.0f;
    }
    }
    return 0.0f;
}

} // namespace

// The band-limited interpolation filter for one pair of rates. When the rates have a small
// common period (24000 -> 48000: 2 phases, 44100 -> 48000: 160), the weights of every phase are
// computed once and each output sample is a plain dot product; otherwise the kernel is sampled
// finely and interpolated.
struct ResampleKernel
{
    qint64 inRate = 0;
    qint64 outRate = 0;
    qint64 step = 1; // gcd of the rates: n * inRate % outRate is always a multiple of it
    int span = 0; // output frame n uses input frames i0 - span .. i0 + span + 1
    int taps = 0; // 2 * span + 2
    double halfWidth = 0; // kernel support on each side, in input samples
    qint64 phases = 0; // rows of `weights`, 0 when `table` is used instead
    std::vector<float> weights; // phases x taps, each row summing to 1
    std::vector<float> table; // kernel at kTableResolution points per input sample

    float tableAt(double distance) const
    {
        const double index = distance * kTableResolution;
        const auto i = size_t(index);
        if (i + 1 >= table.size())
            return 0.0f;
        const float frac = float(index - double(i));
        return table[i] + frac * (table[i + 1] - table[i]);
    }
};

namespace {

std::shared_ptr<const ResampleKernel> buildKernel(qint64 inRate, qint64 outRate)
{
    auto k = std::make_shared<ResampleKernel>();
    k->inRate = inRate;
    k->outRate = outRate;
    // Cut off below the lower Nyquist frequency: interpolation when upsampling, anti-aliasing
    // when downsampling.
    const double cutoff = kPassBand * double(std::min(inRate, outRate)) / double(inRate);
    k->halfWidth = kZeroCrossings / cutoff;
    k->span = int(std::ceil(k->halfWidth));
    k->taps = 2 * k->span + 2;
    k->step = std::gcd(inRate, outRate);

    const double i0Beta = besselI0(kKaiserBeta);
    auto kernel = [&](double x) {
        x = std::abs(x);
        const double u = x / k->halfWidth;
        if (u >= 1.0)
            return 0.0;
        const double arg = std::numbers::pi * cutoff * x;
        const double sinc = arg < 1e-12 ? 1.0 : std::sin(arg) / arg;
        return cutoff * sinc * besselI0(kKaiserBeta * std::sqrt(1.0 - u * u)) / i0Beta;
    };

    const qint64 phases = outRate / k->step;
    if (phases * k->taps <= kMaxPolyphaseWeights) {
        k->phases = phases;
        k->weights.resize(size_t(phases * k->taps));
        for (qint64 p = 0; p < phases; ++p) {
            const double frac = double(p * k->step) / double(outRate);
            float *row = k->weights.data() + p * k->taps;
            double sum = 0;
            for (int t = 0; t < k->taps; ++t) {
                const double w = kernel(double(t - k->span) - frac);
                row[t] = float(w);
                sum += w;
            }
            // Unity gain at every phase (the windowed kernel's sum ripples slightly).
            for (int t = 0; t < k->taps && sum > 0.5; ++t)
                row[t] = float(row[t] / sum);
        }
    } else {
        const int size = int(std::ceil(k->halfWidth * kTableResolution)) + 2;
        k->table.resize(size_t(size));
        for (int j = 0; j < size; ++j)
            k->table[size_t(j)] = float(kernel(double(j) / kTableResolution));
    }
    return k;
}

} // namespace

PcmConverter::PcmConverter(const WavData &source, const QAudioFormat &target, double volume,
                           std::shared_ptr<const ResampleKernel> kernel)
    : m_source(source)
    , m_target(target)
    , m_inChannels(source.channels())
    , m_outChannels(target.channelCount())
    , m_inFrames(source.frameCount)
    , m_inRate(source.sampleRate())
    , m_outRate(target.sampleRate())
{
    if (!isSupportedTarget(target) || m_inChannels < 1 || m_inRate <= 0 || m_inFrames <= 0
        || source.dataSize < m_inFrames * source.format.bytesPerFrame()
        || source.file.size() < source.dataOffset + source.dataSize) {
        m_outFrames = 0; // nothing sensible to produce; atEnd() at once
        return;
    }
    m_outFrameBytes = target.bytesPerFrame();
    m_outFrames = std::max<qint64>(1, (m_inFrames * m_outRate + m_inRate / 2) / m_inRate);
    m_mix = mixMatrix(source.format, target);
    // Filter at the smaller channel count: mono is resampled once, then copied to both sides.
    m_workChannels = std::min(m_inChannels, m_outChannels);

    if (m_inRate != m_outRate) {
        if (kernel && kernel->inRate == m_inRate && kernel->outRate == m_outRate)
            m_kernel = std::move(kernel);
        else
            m_kernel = buildKernel(m_inRate, m_outRate);
    }
    m_gainStep = 1.0 / (kVolumeRampSeconds * double(m_outRate));
    setVolume(volume);
    m_gain = m_targetGain; // the first frame already has the requested level
}

bool PcmConverter::isSupportedTarget(const QAudioFormat &format)
{
    if (format.sampleRate() <= 0 || format.channelCount() < 1
        || format.channelCount() > QAudioFormat::NChannelPositions)
        return false;
    switch (format.sampleFormat()) {
    case QAudioFormat::UInt8:
    case QAudioFormat::Int16:
    case QAudioFormat::Int32:
    case QAudioFormat::Float:
        return true;
    default:
        return false;
    }
}

QByteArray PcmConverter::convert(const WavData &source, const QAudioFormat &target, double volume)
{
    PcmConverter converter(source, target, volume);
    return converter.readAll();
}

qint64 PcmConverter::durationUs() const
{
    return m_outRate > 0 ? m_outFrames * 1000000 / m_outRate : 0;
}

void PcmConverter::setVolume(double volume)
{
    m_targetGain = std::isfinite(volume) ? std::max(0.0, volume) : 0.0;
}

QByteArray PcmConverter::readAll()
{
    QByteArray out;
    out.resize(qsizetype(bytesRemaining()));
    const qint64 n = read(out.data(), out.size());
    out.truncate(qsizetype(n));
    return out;
}

// Decodes input frames [firstFrame, firstFrame + frameCount) into `out` with m_workChannels
// channels (mixed down first when the output has fewer channels); frames outside the clip are
// silence.
void PcmConverter::decode(qint64 firstFrame, qint64 frameCount, float *out) const
{
    const WavSampleFormat format = m_source.sampleFormat();
    const int sampleBytes = m_source.format.bytesPerSample();
    const int frameBytes = m_source.format.bytesPerFrame();
    const char *data = m_source.file.constData() + m_source.dataOffset;
    const int work = m_workChannels;
    const bool mixDown = m_inChannels > m_outChannels;
    std::array<float, kWavMaxChannels> in{};

    for (qint64 f = 0; f < frameCount; ++f) {
        float *dst = out + f * work;
        const qint64 frame = firstFrame + f;
        if (frame < 0 || frame >= m_inFrames) {
            std::fill(dst, dst + work, 0.0f);
            continue;
        }
        const char *src = data + frame * frameBytes;
        if (!mixDown) {
            for (int c = 0; c < m_inChannels; ++c)
                dst[c] = decodeSample(src + c * sampleBytes, format);
            continue;
        }
        for (int c = 0; c < m_inChannels; ++c)
            in[size_t(c)] = decodeSample(src + c * sampleBytes, format);
        for (int o = 0; o < m_outChannels; ++o) {
            const float *weights = m_mix.data() + size_t(o) * size_t(m_inChannels);
            float acc = 0.0f;
            for (int i = 0; i < m_inChannels; ++i)
                acc += weights[i] * in[size_t(i)];
            dst[o] = acc;
        }
    }
}

qint64 PcmConverter::read(char *out, qint64 maxBytes)
{
    if (m_outFrameBytes <= 0 || maxBytes < m_outFrameBytes)
        return 0;
    const qint64 frames = std::min(maxBytes / m_outFrameBytes, m_outFrames - m_outPos);
    const QAudioFormat::SampleFormat sampleFormat = m_target.sampleFormat();
    const int work = m_workChannels;
    const int channels = m_outChannels;
    const bool expand = m_inChannels < m_outChannels;
    const ResampleKernel *k = m_kernel.get();
    std::array<float, kWavMaxChannels> frame{};
    std::vector<float> mixed(static_cast<size_t>(channels));
    char *dst = out;

    qint64 done = 0;
    while (done < frames) {
        const qint64 block = std::min<qint64>(kBlockFrames, frames - done);
        const qint64 n0 = m_outPos;

        // Input frames this block needs, kernel support included.
        qint64 inFirst = n0;
        qint64 inCount = block;
        if (k) {
            const qint64 reach = k->span + 1;
            inFirst = n0 * m_inRate / m_outRate - reach;
            inCount = (n0 + block - 1) * m_inRate / m_outRate + reach - inFirst + 1;
        }
        m_scratch.resize(size_t(inCount) * size_t(work));
        decode(inFirst, inCount, m_scratch.data());

        for (qint64 b = 0; b < block; ++b) {
            const qint64 n = n0 + b;
            if (!k) {
                std::copy_n(m_scratch.data() + b * work, work, frame.data());
            } else {
                // Output frame n sits at input position n * inRate / outRate, kept exact as
                // integer + remainder so long clips do not drift.
                const qint64 num = n * m_inRate;
                const qint64 i0 = num / m_outRate;
                const qint64 rem = num % m_outRate;
                const float *s = m_scratch.data() + (i0 - k->span - inFirst) * work;
                std::fill_n(frame.data(), work, 0.0f);
                if (k->phases > 0) {
                    const float *w = k->weights.data() + (rem / k->step) * k->taps;
                    if (work == 1) {
                        float acc = 0.0f;
                        for (int t = 0; t < k->taps; ++t)
                            acc += w[t] * s[t];
                        frame[0] = acc;
                    } else {
                        for (int t = 0; t < k->taps; ++t) {
                            for (int c = 0; c < work; ++c)
                                frame[size_t(c)] += w[t] * s[t * work + c];
                        }
                    }
                } else {
                    const double frac = double(rem) / double(m_outRate);
                    float sum = 0.0f;
                    for (int t = 0; t < k->taps; ++t) {
                        const float w = k->tableAt(std::abs(double(t - k->span) - frac));
                        sum += w;
                        for (int c = 0; c < work; ++c)
                            frame[size_t(c)] += w * s[t * work + c];
                    }
                    for (int c = 0; c < work && sum > 0.5f; ++c)
                        frame[size_t(c)] /= sum;
                }
            }

            const float *values = frame.data();
            if (expand) {
                for (int o = 0; o < channels; ++o) {
                    const float *weights = m_mix.data() + size_t(o) * size_t(m_inChannels);
                    float acc = 0.0f;
                    for (int i = 0; i < m_inChannels; ++i)
                        acc += weights[i] * frame[size_t(i)];
                    mixed[size_t(o)] = acc;
                }
                values = mixed.data();
            }

            if (m_gain != m_targetGain) {
                m_gain = m_gain < m_targetGain ? std::min(m_targetGain, m_gain + m_gainStep)
                                               : std::max(m_targetGain, m_gain - m_gainStep);
            }
            const float gain = float(m_gain);

            for (int c = 0; c < channels; ++c) {
                const float v = std::clamp(values[c] * gain, -1.0f, 1.0f);
                switch (sampleFormat) {
                case QAudioFormat::UInt8: {
                    const auto u8 = quint8(std::clamp(std::lrint(v * 128.0f) + 128, 0L, 255L));
                    *dst = char(u8);
                    dst += 1;
                    break;
                }
                case QAudioFormat::Int16: {
                    const auto i16 = qint16(std::clamp(std::lrint(v * 32768.0f), -32768L, 32767L));
                    memcpy(dst, &i16, 2);
                    dst += 2;
                    break;
                }
                case QAudioFormat::Int32: {
                    const auto i32 = qint32(std::clamp(std::llrint(double(v) * 2147483648.0),
                                                       -2147483648LL, 2147483647LL));
                    memcpy(dst, &i32, 4);
                    dst += 4;
                    break;
                }
                case QAudioFormat::Float:
                    memcpy(dst, &v, 4);
                    dst += 4;
                    break;
                default:
                    break;
                }
            }
        }
        m_outPos += block;
        done += block;
    }
    return frames * m_outFrameBytes;
}

} // namespace chatvox
