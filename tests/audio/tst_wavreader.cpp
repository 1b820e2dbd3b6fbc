#include "core/wavreader.h"
#include "testwav.h"

#include <cmath>

#include <QRandomGenerator>
#include <QTest>
#include <QtEndian>

using namespace chatvox;
using namespace Qt::StringLiterals;

namespace {

void le16(QByteArray &out, quint32 v)
{
    char b[2];
    qToLittleEndian(quint16(v), b);
    out.append(b, 2);
}
void le32(QByteArray &out, quint32 v)
{
    char b[4];
    qToLittleEndian(v, b);
    out.append(b, 4);
}

QByteArray chunk(const char *id, const QByteArray &payload, bool pad = true)
{
    QByteArray out(id, 4);
    le32(out, quint32(payload.size()));
    out += payload;
    if (pad && payload.size() % 2)
        out.append('\0');
    return out;
}

// Builds WAV files field by field, so every header value can be made wrong on purpose.
struct WavBuilder
{
    quint32 tag = 1;
    quint32 channels = 1;
    quint32 rate = 24000;
    quint32 bits = 16;
    qint64 blockAlign = -1; // -1: consistent
    bool extensible = false;
    quint32 subTag = 1;
    quint32 validBits = 0; // 0: = bits
    quint32 channelMask = 0;
    quint32 cbSize = 22;
    bool badGuid = false;
    QByteArray beforeFmt; // whole chunks
    QByteArray beforeData; // whole chunks
    QByteArray afterData;
    QByteArray data;
    qint64 dataSizeField = -1; // -1: data.size()
    qint64 riffSizeField = -1; // -1: consistent
    bool withFmt = true;
    bool withData = true;

    QByteArray fmtPayload() const
    {
        QByteArray p;
        le16(p, extensible ? 0xFFFE : tag);
        le16(p, channels);
        le32(p, rate);
        const quint32 align = blockAlign >= 0 ? quint32(blockAlign) : channels * ((bits + 7) / 8);
        le32(p, rate * align);
        le16(p, align);
        le16(p, bits);
        if (extensible) {
            le16(p, cbSize);
            le16(p, validBits ? validBits : bits);
            le32(p, channelMask);
            le16(p, subTag);
            const unsigned char tail[14] = {0x00, 0x00, 0x00, 0x00, 0x10, 0x00, 0x80,
                                            0x00, 0x00, 0xAA, 0x00, 0x38, 0x9B, 0x71};
            p.append(reinterpret_cast<const char *>(tail), 14);
            if (badGuid)
                p[p.size() - 1] = 0x72;
        }
        return p;
    }

    QByteArray build() const
    {
        QByteArray body("WAVE");
        body += beforeFmt;
        if (withFmt)
            body += chunk("fmt ", fmtPayload());
        body += beforeData;
        if (withData) {
            body.append("data", 4);
            le32(body, quint32(dataSizeField >= 0 ? dataSizeField : data.size()));
            body += data;
            if (data.size() % 2)
                body.append('\0');
        }
        body += afterData;
        QByteArray out("RIFF");
        le32(out, quint32(riffSizeField >= 0 ? riffSizeField : body.size()));
        return out + body;
    }
};

// `frames` frames of a ramp, in the given container size.
QByteArray rampData(int frames, int channels, int bytesPerSample)
{
    QByteArray d;
    for (int i = 0; i < frames * channels; ++i)
        for (int b = 0; b < bytesPerSample; ++b)
            d.append(char((i * 7 + b) & 0xFF));
    return d;
}

const char *formatName(WavSampleFormat f)
{
    switch (f) {
    case WavSampleFormat::UInt8:
        return "UInt8";
    case WavSampleFormat::Int16:
        return "Int16";
    case WavSampleFormat::Int24:
        return "Int24";
    case WavSampleFormat::Int32:
        return "Int32";
    case WavSampleFormat::Float32:
        return "Float32";
    }
    return "?";
}

// What must hold for any accepted file, whatever its bytes.
void checkInvariants(const QByteArray &bytes, const WavData &wav)
{
    QVERIFY(wav.dataOffset >= 12);
    QVERIFY(wav.dataSize > 0);
    QVERIFY(wav.dataOffset + wav.dataSize <= bytes.size());
    QCOMPARE(wav.dataSize, qsizetype(wav.frameCount * wav.format.bytesPerFrame()));
    QVERIFY(wav.format.channels >= 1 && wav.format.channels <= kWavMaxChannels);
    QVERIFY(wav.format.sampleRate >= kWavMinSampleRate
            && wav.format.sampleRate <= kWavMaxSampleRate);
    QCOMPARE(wav.pcm().data(), bytes.constData() + wav.dataOffset);
}

} // namespace

class TestWavReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void validFormats_data();
    void validFormats();
    void toneFromTestSupport();
    void extensible_data();
    void extensible();
    void extraChunksAndPadding();
    void oddSizedDataChunk();
    void partialTrailingFrameIgnored();
    void untrustedRiffSize();
    void headerOnly();
    void rejects_data();
    void rejects();
    void everyPrefixIsSafe();
    void bitFlipsAreSafe();
    void extremeSizeFieldsAreSafe();
    void randomGarbageIsSafe();
};

void TestWavReader::validFormats_data()
{
    QTest::addColumn<int>("tag");
    QTest::addColumn<int>("bits");
    QTest::addColumn<int>("channels");
    QTest::addColumn<int>("rate");
    QTest::addColumn<int>("expectedFormat");

    const struct
    {
        int tag;
        int bits;
        WavSampleFormat format;
    } formats[] = {{1, 8, WavSampleFormat::UInt8},
                   {1, 16, WavSampleFormat::Int16},
                   {1, 24, WavSampleFormat::Int24},
                   {1, 32, WavSampleFormat::Int32},
                   {3, 32, WavSampleFormat::Float32}};
    for (const auto &f : formats) {
        for (int channels : {1, 2}) {
            for (int rate : {24000, 44100, 48000}) {
                QTest::addRow("%s %dch %d", formatName(f.format), channels, rate)
                    << f.tag << f.bits << channels << rate << int(f.format);
            }
        }
    }
}

void TestWavReader::validFormats()
{
    QFETCH(int, tag);
    QFETCH(int, bits);
    QFETCH(int, channels);
    QFETCH(int, rate);
    QFETCH(int, expectedFormat);

    WavBuilder b;
    b.tag = quint32(tag);
    b.bits = quint32(bits);
    b.channels = quint32(channels);
    b.rate = quint32(rate);
    const int frames = rate / 10; // 100 ms
    b.data = rampData(frames, channels, bits / 8);
    const QByteArray bytes = b.build();

    const auto wav = readWav(bytes);
    QVERIFY2(wav.ok(), qPrintable(wav.error()));
    QCOMPARE(wav->sampleRate(), rate);
    QCOMPARE(wav->channels(), channels);
    QCOMPARE(wav->bitsPerSample(), bits);
    QCOMPARE(int(wav->sampleFormat()), expectedFormat);
    QCOMPARE(wav->frameCount, qint64(frames));
    QCOMPARE(wav->durationUs(), qint64(frames) * 1000000 / rate);
    QCOMPARE(wav->durationMs(), 100);
    QCOMPARE(wav->pcm().toByteArray(), b.data);
    // The samples are not copied: the view points into the caller's buffer.
    QCOMPARE(wav->pcm().data(), bytes.constData() + 44);
    QCOMPARE(wav->dataOffset, 44);
    checkInvariants(bytes, wav.value());

    const auto header = readWavHeader(bytes);
    QVERIFY(header.ok());
    QCOMPARE(header->format, wav->format);
    QCOMPARE(header->frameCount, wav->frameCount);
}

void TestWavReader::toneFromTestSupport()
{
    const QByteArray bytes = test::makeToneWav(24000, 1, 500, 440.0);
    const auto wav = readWav(bytes);
    QVERIFY2(wav.ok(), qPrintable(wav.error()));
    QCOMPARE(wav->sampleRate(), 24000);
    QCOMPARE(wav->frameCount, 12000);
    QCOMPARE(wav->durationMs(), 500);
}

void TestWavReader::extensible_data()
{
    QTest::addColumn<int>("subTag");
    QTest::addColumn<int>("bits");
    QTest::addColumn<int>("validBits");
    QTest::addColumn<int>("channels");
    QTest::addColumn<int>("mask");
    QTest::addColumn<int>("expectedFormat");
    QTest::newRow("pcm16 stereo") << 1 << 16 << 16 << 2 << 0x3 << int(WavSampleFormat::Int16);
    QTest::newRow("pcm24 in 32, 5.1") << 1 << 32 << 24 << 6 << 0x3F << int(WavSampleFormat::Int32);
    QTest::newRow("pcm20 in 24 mono") << 1 << 24 << 20 << 1 << 0x4 << int(WavSampleFormat::Int24);
    QTest::newRow("float stereo") << 3 << 32 << 32 << 2 << 0x3 << int(WavSampleFormat::Float32);
    QTest::newRow("uint8 mono no mask") << 1 << 8 << 8 << 1 << 0 << int(WavSampleFormat::UInt8);
}

void TestWavReader::extensible()
{
    QFETCH(int, subTag);
    QFETCH(int, bits);
    QFETCH(int, validBits);
    QFETCH(int, channels);
    QFETCH(int, mask);
    QFETCH(int, expectedFormat);

    WavBuilder b;
    b.extensible = true;
    b.subTag = quint32(subTag);
    b.bits = quint32(bits);
    b.validBits = quint32(validBits);
    b.channels = quint32(channels);
    b.channelMask = quint32(mask);
    b.rate = 48000;
    b.data = rampData(480, channels, bits / 8);
    const QByteArray bytes = b.build();
    const auto wav = readWav(bytes);
    QVERIFY2(wav.ok(), qPrintable(wav.error()));
    QCOMPARE(int(wav->sampleFormat()), expectedFormat);
    QCOMPARE(wav->format.validBitsPerSample, validBits);
    QCOMPARE(wav->format.channelMask, quint32(mask));
    QCOMPARE(wav->channels(), channels);
    QCOMPARE(wav->frameCount, 480);
    QCOMPARE(wav->pcm().toByteArray(), b.data);
    checkInvariants(bytes, wav.value());
}

void TestWavReader::extraChunksAndPadding()
{
    WavBuilder b;
    // LIST/INFO before fmt, an odd-sized unknown chunk (with its pad byte) and a fact chunk
    // between fmt and data, and trailing metadata after the data.
    b.beforeFmt = chunk("LIST", QByteArray("INFOISFT\x05\0\0\0Lavf\0", 17));
    b.beforeData = chunk("junk", QByteArray("abc")) + chunk("fact", QByteArray(4, '\x10'));
    b.afterData = chunk("id3 ", QByteArray(11, 'x'));
    b.data = rampData(2400, 1, 2);
    const QByteArray bytes = b.build();
    const auto wav = readWav(bytes);
    QVERIFY2(wav.ok(), qPrintable(wav.error()));
    QCOMPARE(wav->frameCount, 2400);
    QCOMPARE(wav->pcm().toByteArray(), b.data);
    checkInvariants(bytes, wav.value());
}

void TestWavReader::oddSizedDataChunk()
{
    WavBuilder b;
    b.bits = 8;
    b.data = QByteArray("\x80\x90\xA0", 3); // 3 frames of 8-bit mono, then a pad byte
    b.afterData = chunk("LIST", QByteArray("INFO", 4));
    const QByteArray bytes = b.build();
    const auto wav = readWav(bytes);
    QVERIFY2(wav.ok(), qPrintable(wav.error()));
    QCOMPARE(wav->frameCount, 3);
    QCOMPARE(wav->pcm().toByteArray(), b.data);

    // The pad byte of the last chunk may be missing at the very end of the file.
    WavBuilder last;
    last.bits = 8;
    last.data = QByteArray("\x80\x90\xA0", 3);
    QByteArray noPad = last.build();
    noPad.chop(1);
    const auto wav2 = readWav(noPad);
    QVERIFY2(wav2.ok(), qPrintable(wav2.error()));
    QCOMPARE(wav2->frameCount, 3);
}

void TestWavReader::partialTrailingFrameIgnored()
{
    WavBuilder b;
    b.channels = 2;
    b.data = rampData(2, 2, 2) + QByteArray("\x01\x02", 2); // 2 frames + half a frame
    const auto wav = readWav(b.build());
    QVERIFY2(wav.ok(), qPrintable(wav.error()));
    QCOMPARE(wav->frameCount, 2);
    QCOMPARE(wav->dataSize, 8);
}

void TestWavReader::untrustedRiffSize()
{
    // Streaming writers leave the RIFF size 0 or 0xFFFFFFFF; the chunks themselves are fine.
    for (qint64 riff : {qint64(0), qint64(0xFFFFFFFF), qint64(36)}) {
        WavBuilder b;
        b.data = rampData(100, 1, 2);
        b.riffSizeField = riff;
        const auto wav = readWav(b.build());
        QVERIFY2(wav.ok(), qPrintable(wav.error()));
        QCOMPARE(wav->frameCount, 100);
    }
}

void TestWavReader::headerOnly()
{
    WavBuilder b;
    b.rate = 44100;
    b.channels = 2;
    b.data = rampData(4410, 2, 2);
    const auto header = readWavHeader(b.build());
    QVERIFY2(header.ok(), qPrintable(header.error()));
    QCOMPARE(header->format.sampleRate, 44100);
    QCOMPARE(header->dataOffset, 44);
    QCOMPARE(header->dataSize, 4410 * 4);
    QCOMPARE(header->durationUs(), 100000);
}

void TestWavReader::rejects_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("reason"); // a word the error must contain

    const QByteArray good = [] {
        WavBuilder b;
        b.data = rampData(240, 1, 2);
        return b.build();
    }();
    auto with = [](auto change) {
        WavBuilder b;
        b.data = rampData(240, 1, 2);
        change(b);
        return b.build();
    };

    QTest::newRow("empty") << QByteArray() << u"RIFF/WAVE"_s;
    QTest::newRow("text") << QByteArray("hello, this is not audio") << u"RIFF/WAVE"_s;
    QTest::newRow("avi") << QByteArray("RIFF\x10\0\0\0AVI LIST\0\0\0\0", 20) << u"RIFF/WAVE"_s;
    QTest::newRow("mp3") << QByteArray("ID3\x04\0\0\0\0\0\0\xFF\xFB\x90\x64", 14) << u"RIFF/WAVE"_s;
    QTest::newRow("RIFX big-endian") << QByteArray("RIFX" + good.mid(4)) << u"variant"_s;
    QTest::newRow("RF64") << QByteArray("RF64" + good.mid(4)) << u"variant"_s;
    QTest::newRow("riff only") << good.left(12) << u"no format"_s;
    QTest::newRow("cut in fmt") << good.left(30) << u"truncated"_s;
    QTest::newRow("cut before data") << good.left(36) << u"no data"_s;
    QTest::newRow("cut in data (lying size)") << good.left(good.size() - 10) << u"announces"_s;
    QTest::newRow("data size larger than file")
        << with([](WavBuilder &b) { b.dataSizeField = 0x7FFFFFF0; }) << u"announces"_s;
    QTest::newRow("data size 0xFFFFFFFF")
        << with([](WavBuilder &b) { b.dataSizeField = 0xFFFFFFFF; }) << u"announces"_s;
    QTest::newRow("no fmt") << with([](WavBuilder &b) { b.withFmt = false; }) << u"no format"_s;
    QTest::newRow("no data") << with([](WavBuilder &b) {
        b.withData = false;
        b.afterData = chunk("LIST", QByteArray("INFO", 4));
    }) << u"no data"_s;
    QTest::newRow("unknown chunk past end") << with([](WavBuilder &b) {
        b.withData = false;
        b.afterData = QByteArray("LIST\xFF\0\0\0INFO", 12);
    }) << u"truncated"_s;
    QTest::newRow("0 channels") << with([](WavBuilder &b) { b.channels = 0; }) << u"channel"_s;
    QTest::newRow("33 channels") << with([](WavBuilder &b) {
        b.channels = 33;
        b.data = rampData(10, 33, 2);
    }) << u"channel"_s;
    QTest::newRow("rate 0") << with([](WavBuilder &b) { b.rate = 0; }) << u"sample rate"_s;
    QTest::newRow("rate 999") << with([](WavBuilder &b) { b.rate = 999; }) << u"sample rate"_s;
    QTest::newRow("rate 10 MHz") << with([](WavBuilder &b) { b.rate = 10000000; })
                                 << u"sample rate"_s;
    QTest::newRow("0 bits") << with([](WavBuilder &b) {
        b.bits = 0;
        b.blockAlign = 0;
    }) << u"sample size"_s;
    QTest::newRow("40 bits") << with([](WavBuilder &b) { b.bits = 40; }) << u"sample size"_s;
    QTest::newRow("64-bit float") << with([](WavBuilder &b) {
        b.tag = 3;
        b.bits = 64;
    }) << u"64-bit float"_s;
    QTest::newRow("16-bit float") << with([](WavBuilder &b) {
        b.tag = 3;
        b.bits = 16;
    }) << u"float"_s;
    QTest::newRow("MS ADPCM") << with([](WavBuilder &b) { b.tag = 2; }) << u"ADPCM"_s;
    QTest::newRow("IMA ADPCM") << with([](WavBuilder &b) { b.tag = 0x11; }) << u"IMA ADPCM"_s;
    QTest::newRow("MP3") << with([](WavBuilder &b) { b.tag = 0x55; }) << u"MP3"_s;
    QTest::newRow("A-law") << with([](WavBuilder &b) { b.tag = 6; }) << u"A-law"_s;
    QTest::newRow("unknown tag") << with([](WavBuilder &b) { b.tag = 0x1234; }) << u"0x1234"_s;
    QTest::newRow("extensible ADPCM") << with([](WavBuilder &b) {
        b.extensible = true;
        b.subTag = 2;
    }) << u"ADPCM"_s;
    QTest::newRow("extensible truncated") << with([](WavBuilder &b) {
        b.extensible = true;
        b.cbSize = 0;
    }) << u"extensible"_s;
    QTest::newRow("extensible unknown GUID") << with([](WavBuilder &b) {
        b.extensible = true;
        b.badGuid = true;
    }) << u"sub-format"_s;
    QTest::newRow("valid bits > container") << with([](WavBuilder &b) {
        b.extensible = true;
        b.validBits = 24;
    }) << u"valid bits"_s;
    QTest::newRow("block align mismatch")
        << with([](WavBuilder &b) { b.blockAlign = 3; }) << u"block align"_s;
    QTest::newRow("block align for stereo on mono")
        << with([](WavBuilder &b) { b.blockAlign = 4; }) << u"block align"_s;
    QTest::newRow("empty data") << with([](WavBuilder &b) { b.data.clear(); }) << u"no audio"_s;
    QTest::newRow("less than one frame") << with([](WavBuilder &b) {
        b.channels = 2;
        b.data = QByteArray(3, '\0');
    }) << u"no audio"_s;
}

void TestWavReader::rejects()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, reason);
    const auto wav = readWav(bytes);
    QVERIFY(!wav.ok());
    QVERIFY2(wav.error().contains(reason, Qt::CaseInsensitive),
             qPrintable(u"error \"%1\" lacks \"%2\""_s.arg(wav.error(), reason)));
    QVERIFY(!readWavHeader(bytes).ok());
}

void TestWavReader::everyPrefixIsSafe()
{
    for (const QByteArray &full : {test::makeToneWav(24000, 1, 5, 440.0), [] {
                                       WavBuilder b;
                                       b.extensible = true;
                                       b.channels = 2;
                                       b.bits = 24;
                                       b.beforeFmt = chunk("LIST", QByteArray(9, 'i'));
                                       b.data = rampData(30, 2, 3);
                                       return b.build();
                                   }()}) {
        const auto complete = readWav(full);
        QVERIFY(complete.ok());
        const qsizetype dataEnd = complete->dataOffset + complete->dataSize;
        for (qsizetype n = 0; n <= full.size(); ++n) {
            // A real, separately allocated buffer of exactly n bytes, so that AddressSanitizer
            // sees any read past its end.
            const QByteArray prefix(full.constData(), n);
            const auto wav = readWav(prefix);
            if (wav.ok()) {
                QVERIFY2(n >= dataEnd, qPrintable(u"prefix %1 accepted"_s.arg(n)));
                checkInvariants(prefix, wav.value());
            } else {
                QVERIFY(!wav.error().isEmpty());
            }
        }
    }
}

void TestWavReader::bitFlipsAreSafe()
{
    QRandomGenerator rng(20240611);
    WavBuilder b;
    b.extensible = true;
    b.channels = 2;
    b.beforeFmt = chunk("LIST", QByteArray(7, 'i'));
    b.beforeData = chunk("fact", QByteArray(4, '\1'));
    b.data = rampData(20, 2, 2);
    const QByteArray original = b.build();
    const int headerBytes = int(original.size() - b.data.size());
    int accepted = 0;
    for (int round = 0; round < 20000; ++round) {
        QByteArray bytes = original;
        bytes.detach();
        const int flips = 1 + int(rng.bounded(6));
        for (int f = 0; f < flips; ++f) {
            // Mostly the header, where the parser's decisions are.
            const int pos = int(rng.bounded(rng.bounded(4) ? headerBytes : int(bytes.size())));
            bytes[pos] = char(bytes[pos] ^ char(1 << rng.bounded(8)));
        }
        if (rng.bounded(4) == 0)
            bytes.truncate(qsizetype(rng.bounded(int(bytes.size()) + 1)));
        const auto wav = readWav(bytes);
        if (wav.ok()) {
            ++accepted;
            checkInvariants(bytes, wav.value());
        } else {
            QVERIFY(!wav.error().isEmpty());
        }
    }
    QVERIFY(accepted > 0); // flips in the sample data keep the file valid
}

void TestWavReader::extremeSizeFieldsAreSafe()
{
    WavBuilder b;
    b.beforeFmt = chunk("LIST", QByteArray(8, 'i'));
    b.data = rampData(16, 1, 2);
    const QByteArray original = b.build();
    // Offsets of every 32-bit size field: RIFF, LIST, fmt, data.
    const int sizeFields[] = {4, 16, 28 + 4, 28 + 8 + 16 + 4};
    for (int field : sizeFields) {
        for (quint32 value : {0u, 1u, 2u, 3u, 15u, 16u, 17u, 0x7FFFFFFFu, 0x80000000u, 0xFFFFFFF7u,
                              0xFFFFFFFEu, 0xFFFFFFFFu}) {
            QByteArray bytes = original;
            qToLittleEndian(value, bytes.data() + field);
            const auto wav = readWav(bytes);
            if (wav.ok())
                checkInvariants(bytes, wav.value());
        }
    }
}

void TestWavReader::randomGarbageIsSafe()
{
    QRandomGenerator rng(7);
    for (int round = 0; round < 5000; ++round) {
        QByteArray bytes(qsizetype(rng.bounded(200)), Qt::Uninitialized);
        for (char &c : bytes)
            c = char(rng.bounded(256));
        if (round % 2 && bytes.size() >= 12) {
            memcpy(bytes.data(), "RIFF", 4);
            memcpy(bytes.data() + 8, "WAVE", 4);
        }
        if (round % 4 == 1 && bytes.size() >= 20)
            memcpy(bytes.data() + 12, "fmt ", 4);
        const auto wav = readWav(bytes);
        if (wav.ok())
            checkInvariants(bytes, wav.value());
        else
            QVERIFY(!wav.error().isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestWavReader)
#include "tst_wavreader.moc"
