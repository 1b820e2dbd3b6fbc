#include "wavreader.h"

#include <cstring>
#include <optional>

#include <QCoreApplication>
#include <QtEndian>

// Reference: Microsoft "Multimedia Programming Interface and Data Specifications 1.0" (RIFF,
// WAVE) and the WAVEFORMATEXTENSIBLE documentation (mmreg.h / ksmedia.h).

namespace chatvox {

// Gives the error texts the translation context "chatvox::WavReader" (lupdate sees it too).
class WavReader
{
    Q_DECLARE_TR_FUNCTIONS(chatvox::WavReader)
};

namespace {

constexpr quint16 kFormatPcm = 0x0001;
constexpr quint16 kFormatFloat = 0x0003;
constexpr quint16 kFormatExtensible = 0xFFFE;

// KSDATAFORMAT_SUBTYPE_PCM / _IEEE_FLOAT are {tag-0000-0010-8000-00aa00389b71}; these are
// the 14 bytes after the 2-byte tag in file (little-endian GUID) order.
constexpr unsigned char kSubFormatTail[14]
    = {0x00, 0x00, 0x00, 0x00, 0x10, 0x00, 0x80, 0x00, 0x00, 0xAA, 0x00, 0x38, 0x9B, 0x71};

// Names of the compressed formats people actually meet, so the error says what the file is.
const char *compressedFormatName(quint16 tag)
{
    switch (tag) {
    case 0x0002:
        return "Microsoft ADPCM";
    case 0x0006:
        return "A-law";
    case 0x0007:
        return "µ-law";
    case 0x0011:
        return "IMA ADPCM";
    case 0x0031:
        return "GSM 6.10";
    case 0x0050:
        return "MPEG";
    case 0x0055:
        return "MP3";
    case 0x0160:
    case 0x0161:
    case 0x0162:
    case 0x0163:
        return "Windows Media Audio";
    case 0x00FF:
    case 0x1600:
    case 0x1610:
        return "AAC";
    case 0x2000:
        return "AC-3";
    case 0x566F:
        return "Vorbis";
    case 0xF1AC:
        return "FLAC";
    case 0x674F:
    case 0x6750:
    case 0x6751:
    case 0x676F:
    case 0x6770:
    case 0x6771:
        return "Ogg Vorbis";
    default:
        return nullptr;
    }
}

quint16 le16(const char *p)
{
    return qFromLittleEndian<quint16>(p);
}
quint32 le32(const char *p)
{
    return qFromLittleEndian<quint32>(p);
}

// Only called with at least 16 bytes available at `p` (checked by the caller).
Result<WavFormat> parseFormatChunk(const char *p, qint64 size)
{
    if (size < 16)
        return Error{WavReader::tr("The WAV format (fmt) chunk is truncated.")};

    quint16 tag = le16(p);
    const int channels = le16(p + 2);
    const quint32 sampleRate = le32(p + 4);
    // p + 8: average bytes per second. Writers get it wrong often and nothing depends on it.
    const int blockAlign = le16(p + 12);
    const int bits = le16(p + 14);
    int validBits = bits;
    quint32 channelMask = 0;

    if (tag == kFormatExtensible) {
        // cbSize (2) + valid bits (2) + channel mask (4) + sub-format GUID (16).
        if (size < 40 || le16(p + 16) < 22)
            return Error{WavReader::tr("The WAV extensible format chunk is truncated.")};
        validBits = le16(p + 18);
        channelMask = le32(p + 20);
        if (memcmp(p + 26, kSubFormatTail, sizeof kSubFormatTail) != 0)
            return Error{WavReader::tr("The WAV file uses an unknown extensible sub-format.")};
        tag = le16(p + 24);
    }

    if (tag != kFormatPcm && tag != kFormatFloat) {
        if (const char *name = compressedFormatName(tag)) {
            return Error{
                WavReader::tr("The WAV file is compressed (%1); only uncompressed PCM or float "
                              "WAV can be played.")
                    .arg(QString::fromUtf8(name))};
        }
        return Error{
            WavReader::tr("The WAV file uses an unsupported format (tag 0x%1); only uncompressed "
                          "PCM or float WAV can be played.")
                .arg(tag, 4, 16, QLatin1Char('0'))};
    }
    if (channels < 1 || channels > kWavMaxChannels)
        return Error{
            WavReader::tr("The WAV file declares an invalid channel count (%1).").arg(channels)};
    if (sampleRate < quint32(kWavMinSampleRate) || sampleRate > quint32(kWavMaxSampleRate)) {
        return Error{
            WavReader::tr("The WAV file declares an invalid sample rate (%1 Hz).").arg(sampleRate)};
    }

    WavFormat format;
    format.sampleRate = int(sampleRate);
    format.channels = channels;
    format.channelMask = channelMask;
    // Plain PCM may declare e.g. 12 bits stored in 16-bit containers; the container is what
    // matters for reading.
    format.bitsPerSample = (bits + 7) / 8 * 8;
    format.validBitsPerSample = validBits;

    if (tag == kFormatFloat) {
        if (bits != 32) {
            return Error{
                WavReader::tr("The WAV file uses %1-bit float samples; only 32-bit float is "
                              "supported.")
                    .arg(bits)};
        }
        format.sampleFormat = WavSampleFormat::Float32;
    } else {
        switch (format.bitsPerSample) {
        case 8:
            format.sampleFormat = WavSampleFormat::UInt8;
            break;
        case 16:
            format.sampleFormat = WavSampleFormat::Int16;
            break;
        case 24:
            format.sampleFormat = WavSampleFormat::Int24;
            break;
        case 32:
            format.sampleFormat = WavSampleFormat::Int32;
            break;
        default:
            return Error{
                WavReader::tr("The WAV file declares an unsupported sample size (%1 bits).")
                    .arg(bits)};
        }
    }
    if (validBits < 1 || validBits > format.bitsPerSample) {
        return Error{
            WavReader::tr("The WAV file declares an invalid number of valid bits (%1 of %2).")
                .arg(validBits)
                .arg(format.bitsPerSample)};
    }
    if (blockAlign != format.bytesPerFrame()) {
        return Error{
            WavReader::tr("The WAV header is inconsistent: block align %1 does not match %2 "
                          "channel(s) of %3 bits.")
                .arg(blockAlign)
                .arg(channels)
                .arg(format.bitsPerSample)};
    }
    return format;
}

qint64 durationUsFor(qint64 frames, int sampleRate)
{
    return sampleRate > 0 ? frames * 1000000 / sampleRate : 0;
}

} // namespace

qint64 WavHeader::durationUs() const
{
    return durationUsFor(frameCount, format.sampleRate);
}

qint64 WavData::durationUs() const
{
    return durationUsFor(frameCount, format.sampleRate);
}

Result<WavHeader> readWavHeader(QByteArrayView bytes)
{
    const char *const base = bytes.data();
    const qint64 size = bytes.size();

    if (size < 12 || memcmp(base + 8, "WAVE", 4) != 0
        || (memcmp(base, "RIFF", 4) != 0 && memcmp(base, "RIFX", 4) != 0
            && memcmp(base, "RF64", 4) != 0)) {
        return Error{WavReader::tr("Not a WAV file (the RIFF/WAVE header is missing).")};
    }
    if (memcmp(base, "RIFF", 4) != 0) {
        return Error{
            WavReader::tr("Unsupported WAV variant “%1”; only little-endian RIFF WAV is supported.")
                .arg(QString::fromLatin1(base, 4))};
    }

    // The RIFF size field is not trusted: streaming writers leave it 0 or too large. Chunks are
    // walked up to the real end of the data instead, stopping once fmt and data are known.
    std::optional<WavFormat> format;
    qint64 dataOffset = -1;
    qint64 dataSize = 0;
    qint64 pos = 12;
    while (pos + 8 <= size && !(format && dataOffset >= 0)) {
        const char *header = base + pos;
        const qint64 chunkSize = le32(header + 4);
        const qint64 payload = pos + 8;
        const qint64 available = size - payload;

        if (memcmp(header, "fmt ", 4) == 0 && !format) {
            if (chunkSize > available)
                return Error{
                    WavReader::tr("The WAV file is truncated inside its format (fmt) chunk.")};
            auto parsed = parseFormatChunk(base + payload, chunkSize);
            if (!parsed)
                return Error{parsed.error()};
            format = parsed.value();
        } else if (memcmp(header, "data", 4) == 0 && dataOffset < 0) {
            if (chunkSize > available) {
                return Error{
                    WavReader::tr("The WAV header announces %1 bytes of audio but the file holds "
                                  "only %2 (truncated or corrupt file).")
                        .arg(chunkSize)
                        .arg(available)};
            }
            dataOffset = payload;
            dataSize = chunkSize;
        } else if (chunkSize > available) {
            // An unknown chunk (LIST, fact, ...) that runs past the end: nothing after it can
            // be read, and fmt or data is still missing.
            return Error{
                WavReader::tr("The WAV file is truncated (chunk “%1” runs past the end of the "
                              "file).")
                    .arg(QString::fromLatin1(
                        QByteArrayView(header, 4).toByteArray().toPercentEncoding(" ")))};
        }
        pos = payload + chunkSize + (chunkSize & 1); // RIFF pads odd-sized chunks to even
    }

    if (!format)
        return Error{WavReader::tr("The WAV file has no format (fmt) chunk.")};
    if (dataOffset < 0)
        return Error{WavReader::tr("The WAV file has no data chunk.")};

    const int frameBytes = format->bytesPerFrame();
    const qint64 frames = dataSize / frameBytes;
    if (frames == 0)
        return Error{WavReader::tr("The WAV file contains no audio.")};

    WavHeader header;
    header.format = *format;
    header.dataOffset = qsizetype(dataOffset);
    header.dataSize = qsizetype(frames * frameBytes);
    header.frameCount = frames;
    return header;
}

Result<WavData> readWav(const QByteArray &bytes)
{
    auto header = readWavHeader(bytes);
    if (!header)
        return Error{header.error()};
    WavData data;
    data.format = header->format;
    data.file = bytes; // shared, not copied
    data.dataOffset = header->dataOffset;
    data.dataSize = header->dataSize;
    data.frameCount = header->frameCount;
    return data;
}

} // namespace chatvox
