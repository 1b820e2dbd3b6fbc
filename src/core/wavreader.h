#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QtGlobal>

namespace chatvox {

// How one PCM sample is stored in a WAV file (always little-endian).
enum class WavSampleFormat {
    UInt8, // 8-bit PCM is unsigned, silence = 128
    Int16,
    Int24, // packed, 3 bytes per sample
    Int32,
    Float32, // WAVE_FORMAT_IEEE_FLOAT
};

// The format part of a WAV file: what readWavHeader() learns without touching the samples.
struct WavFormat
{
    int sampleRate = 0;
    int channels = 0;
    int bitsPerSample = 0; // container size: 8, 16, 24 or 32
    int validBitsPerSample = 0; // WAVE_FORMAT_EXTENSIBLE may use fewer; else == bitsPerSample
    quint32 channelMask = 0; // WAVE_FORMAT_EXTENSIBLE speaker mask; 0 when absent
    WavSampleFormat sampleFormat = WavSampleFormat::Int16;

    int bytesPerSample() const { return bitsPerSample / 8; }
    int bytesPerFrame() const { return channels * bytesPerSample(); }
    friend bool operator==(const WavFormat &, const WavFormat &) = default;
};

// Where the samples sit: byte range of the "data" chunk inside the file, whole frames only.
struct WavHeader
{
    WavFormat format;
    qsizetype dataOffset = 0;
    qsizetype dataSize = 0; // whole frames; a trailing partial frame is ignored
    qint64 frameCount = 0;
    qint64 durationUs() const;
};

// A parsed WAV clip. The samples are not copied: `file` shares the caller's QByteArray
// (implicit sharing) and pcm() is a view into it.
struct WavData
{
    WavFormat format;
    QByteArray file;
    qsizetype dataOffset = 0;
    qsizetype dataSize = 0;
    qint64 frameCount = 0;

    int sampleRate() const { return format.sampleRate; }
    int channels() const { return format.channels; }
    int bitsPerSample() const { return format.bitsPerSample; }
    WavSampleFormat sampleFormat() const { return format.sampleFormat; }
    QByteArrayView pcm() const { return QByteArrayView(file).sliced(dataOffset, dataSize); }
    qint64 durationUs() const;
    qint64 durationMs() const { return durationUs() / 1000; }
};

// Limits beyond which a header is taken for garbage rather than audio.
inline constexpr int kWavMaxChannels = 32;
inline constexpr int kWavMinSampleRate = 1000;
inline constexpr int kWavMaxSampleRate = 768000;

// Parses a complete RIFF/WAVE file held in memory. Walks the chunk list (LIST, fact, cue and
// other unknown chunks are skipped, odd-sized chunks carry a pad byte), and rejects anything
// that is not uncompressed PCM or IEEE float with a translated reason. Never reads outside
// `bytes`.
Result<WavHeader> readWavHeader(QByteArrayView bytes);
Result<WavData> readWav(const QByteArray &bytes);

} // namespace chatvox
