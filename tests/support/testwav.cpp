#include "testwav.h"

#include <algorithm>
#include <cmath>
#include <numbers>

#include <QtEndian>

namespace chatvox::test {

namespace {
void appendLe16(QByteArray &out, quint16 v)
{
    char b[2];
    qToLittleEndian(v, b);
    out.append(b, 2);
}
void appendLe32(QByteArray &out, quint32 v)
{
    char b[4];
    qToLittleEndian(v, b);
    out.append(b, 4);
}
} // namespace

QByteArray makeToneWav(int sampleRate, int channels, int durationMs, double frequencyHz,
                       double amplitude)
{
    const qint64 frames = qint64(sampleRate) * durationMs / 1000;
    const quint32 dataBytes = quint32(frames * channels * 2);
    QByteArray out;
    out.reserve(44 + int(dataBytes));
    out.append("RIFF", 4);
    appendLe32(out, 36 + dataBytes);
    out.append("WAVEfmt ", 8);
    appendLe32(out, 16);
    appendLe16(out, 1); // PCM
    appendLe16(out, quint16(channels));
    appendLe32(out, quint32(sampleRate));
    appendLe32(out, quint32(sampleRate * channels * 2));
    appendLe16(out, quint16(channels * 2));
    appendLe16(out, 16);
    out.append("data", 4);
    appendLe32(out, dataBytes);
    const qint64 fade = std::max<qint64>(1, sampleRate / 200); // 5 ms, avoids clicks
    for (qint64 i = 0; i < frames; ++i) {
        const double envelope = std::min({1.0, double(i) / fade, double(frames - 1 - i) / fade});
        const double s = amplitude * envelope
            * std::sin(2.0 * std::numbers::pi * frequencyHz * double(i) / sampleRate);
        const auto sample = qint16(std::lround(s * 32767.0));
        for (int c = 0; c < channels; ++c)
            appendLe16(out, quint16(sample));
    }
    return out;
}

} // namespace chatvox::test
