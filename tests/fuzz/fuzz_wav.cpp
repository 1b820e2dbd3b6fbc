// Fuzz target: the WAV reader (what an engine's /synthesis answer goes through) and the PCM
// conversion to the formats audio devices ask for. The input is the WAV file.

#include "audio/pcmconverter.h"
#include "core/wavreader.h"
#include "fuzzsupport.h"

#include <map>
#include <utility>

#include <QAudioFormat>

using namespace chatvox;

namespace {

QAudioFormat format(int rate, int channels, QAudioFormat::SampleFormat sampleFormat)
{
    QAudioFormat f;
    f.setSampleRate(rate);
    f.setChannelCount(channels);
    f.setSampleFormat(sampleFormat);
    return f;
}

// Resampling filters by rate pair, reused across inputs as AudioPlayer reuses them across clips
// (building one costs more than converting a short clip). Bounded: odd pairs past the cap are
// built each time, so kernel construction stays fuzzed too.
std::shared_ptr<const ResampleKernel> &cachedKernel(int inRate, int outRate)
{
    static std::map<std::pair<int, int>, std::shared_ptr<const ResampleKernel>> cache;
    static std::shared_ptr<const ResampleKernel> uncached;
    const auto key = std::make_pair(inRate, outRate);
    if (cache.size() >= 256 && !cache.count(key)) {
        uncached.reset();
        return uncached;
    }
    return cache[key];
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::quietLogging();
    const QByteArray bytes = fuzz::bytesOf(data, size);

    const Result<WavHeader> header = readWavHeader(bytes);
    const Result<WavData> wav = readWav(bytes);
    CHATVOX_FUZZ_CHECK(header.ok() == wav.ok());
    if (!wav) {
        CHATVOX_FUZZ_CHECK(!wav.error().isEmpty());
        return 0;
    }
    const WavData &clip = wav.value();
    CHATVOX_FUZZ_CHECK(header->format == clip.format);
    CHATVOX_FUZZ_CHECK(header->dataOffset == clip.dataOffset && header->dataSize == clip.dataSize);
    CHATVOX_FUZZ_CHECK(clip.channels() >= 1 && clip.channels() <= kWavMaxChannels);
    CHATVOX_FUZZ_CHECK(clip.sampleRate() >= kWavMinSampleRate
                       && clip.sampleRate() <= kWavMaxSampleRate);
    CHATVOX_FUZZ_CHECK(clip.dataOffset >= 0 && clip.dataSize >= 0
                       && clip.dataOffset + clip.dataSize <= bytes.size());
    CHATVOX_FUZZ_CHECK(clip.dataSize % clip.format.bytesPerFrame() == 0);
    CHATVOX_FUZZ_CHECK(clip.frameCount * clip.format.bytesPerFrame() == clip.dataSize);
    CHATVOX_FUZZ_CHECK(clip.durationUs() >= 0);
    (void)clip.pcm();

    // Typical device formats: PulseAudio/Windows mix formats, and the clip's own rate. One per
    // input, picked by the file's last byte: building the resampling filter for a new rate
    // pair costs more than the rest of an execution, so converting every input to all four
    // made the target several times slower.
    const QAudioFormat targets[] = {
        format(48000, 2, QAudioFormat::Int16),
        format(44100, 1, QAudioFormat::Float),
        format(clip.sampleRate(), 6, QAudioFormat::UInt8),
        format(22050, 2, QAudioFormat::Int32),
    };
    const QAudioFormat &target = targets[quint8(bytes.back()) % std::size(targets)];

    // At most the clip's first frames that make kMaxOutFrames at the target rate (several of
    // the converter's blocks): the work grows with the clip's duration, and a 4 KB file at
    // 1 kHz lasts 4 s, 192,000 frames at 48 kHz. A third more executions per second.
    constexpr qint64 kMaxOutFrames = 10000;
    WavData head = clip;
    head.frameCount = std::min(clip.frameCount,
                               kMaxOutFrames * clip.sampleRate() / target.sampleRate() + 1);
    head.dataSize = qsizetype(head.frameCount * clip.format.bytesPerFrame());

    std::shared_ptr<const ResampleKernel> &kernel
        = cachedKernel(clip.sampleRate(), target.sampleRate());
    PcmConverter converter(head, target, 0.8, kernel);
    if (!kernel)
        kernel = converter.kernel();
    CHATVOX_FUZZ_CHECK(converter.totalFrames() >= 0);
    const qint64 expected = converter.bytesRemaining();
    QByteArray out(4096, Qt::Uninitialized);
    qint64 produced = 0;
    qint64 chunk = 7; // odd sizes: partial frames must never be written
    while (!converter.atEnd()) {
        const qint64 n = converter.read(out.data(), std::min<qint64>(chunk, out.size()));
        CHATVOX_FUZZ_CHECK(n >= 0 && n % target.bytesPerFrame() == 0);
        if (n == 0 && chunk >= target.bytesPerFrame())
            break; // a full frame fits but nothing came: checked below
        produced += n;
        chunk = chunk * 3 + 1;
        if (produced > expected / 2)
            converter.setVolume(0.3); // a ramp mid-clip
    }
    CHATVOX_FUZZ_CHECK(converter.atEnd());
    CHATVOX_FUZZ_CHECK(produced == expected);
    return 0;
}
