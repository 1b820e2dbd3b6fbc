#include "audio/pcmconverter.h"
#include "testwav.h"

#include <cmath>
#include <numbers>
#include <vector>

#include <QRandomGenerator>
#include <QTest>
#include <QtEndian>

using namespace chatvox;
using namespace Qt::StringLiterals;

namespace {

QAudioFormat format(int rate, int channels, QAudioFormat::SampleFormat sampleFormat)
{
    QAudioFormat f;
    f.setSampleRate(rate);
    f.setChannelCount(channels);
    f.setSampleFormat(sampleFormat);
    return f;
}

WavData parse(const QByteArray &bytes)
{
    auto wav = readWav(bytes);
    if (!wav)
        qFatal("test WAV rejected: %s", qPrintable(wav.error()));
    return wav.value();
}

// A WAV with arbitrary float samples (interleaved), written in the given sample format.
QByteArray makeWav(int rate, int channels, const std::vector<double> &samples,
                   WavSampleFormat sampleFormat)
{
    int bits = 16;
    int tag = 1;
    switch (sampleFormat) {
    case WavSampleFormat::UInt8:
        bits = 8;
        break;
    case WavSampleFormat::Int16:
        bits = 16;
        break;
    case WavSampleFormat::Int24:
        bits = 24;
        break;
    case WavSampleFormat::Int32:
        bits = 32;
        break;
    case WavSampleFormat::Float32:
        bits = 32;
        tag = 3;
        break;
    }
    QByteArray data;
    for (double v : samples) {
        char b[4];
        switch (sampleFormat) {
        case WavSampleFormat::UInt8:
            data.append(char(quint8(std::clamp(std::lround(v * 128.0) + 128, 0L, 255L))));
            break;
        case WavSampleFormat::Int16:
            qToLittleEndian(qint16(std::clamp(std::lround(v * 32768.0), -32768L, 32767L)), b);
            data.append(b, 2);
            break;
        case WavSampleFormat::Int24: {
            const auto s = qint32(std::clamp(std::lround(v * 8388608.0), -8388608L, 8388607L));
            qToLittleEndian(s, b);
            data.append(b, 3);
            break;
        }
        case WavSampleFormat::Int32:
            qToLittleEndian(
                qint32(std::clamp(std::llround(v * 2147483648.0), -2147483648LL, 2147483647LL)), b);
            data.append(b, 4);
            break;
        case WavSampleFormat::Float32:
            qToLittleEndian(float(v), b);
            data.append(b, 4);
            break;
        }
    }
    QByteArray out("RIFF");
    auto le16 = [&](quint32 v) {
        char b[2];
        qToLittleEndian(quint16(v), b);
        out.append(b, 2);
    };
    auto le32 = [&](quint32 v) {
        char b[4];
        qToLittleEndian(v, b);
        out.append(b, 4);
    };
    le32(quint32(36 + data.size()));
    out.append("WAVEfmt ", 8);
    le32(16);
    le16(quint32(tag));
    le16(quint32(channels));
    le32(quint32(rate));
    le32(quint32(rate * channels * bits / 8));
    le16(quint32(channels * bits / 8));
    le16(quint32(bits));
    out.append("data", 4);
    le32(quint32(data.size()));
    return out + data;
}

// Converted bytes back to doubles (interleaved), whatever the target sample format.
std::vector<double> samplesOf(const QByteArray &bytes, QAudioFormat::SampleFormat f)
{
    std::vector<double> out;
    const char *p = bytes.constData();
    switch (f) {
    case QAudioFormat::UInt8:
        for (qsizetype i = 0; i < bytes.size(); ++i)
            out.push_back((double(quint8(p[i])) - 128.0) / 128.0);
        break;
    case QAudioFormat::Int16:
        for (qsizetype i = 0; i + 2 <= bytes.size(); i += 2) {
            qint16 v;
            memcpy(&v, p + i, 2);
            out.push_back(v / 32768.0);
        }
        break;
    case QAudioFormat::Int32:
        for (qsizetype i = 0; i + 4 <= bytes.size(); i += 4) {
            qint32 v;
            memcpy(&v, p + i, 4);
            out.push_back(v / 2147483648.0);
        }
        break;
    case QAudioFormat::Float:
        for (qsizetype i = 0; i + 4 <= bytes.size(); i += 4) {
            float v;
            memcpy(&v, p + i, 4);
            out.push_back(v);
        }
        break;
    default:
        break;
    }
    return out;
}

std::vector<double> channel(const std::vector<double> &interleaved, int channels, int c)
{
    std::vector<double> out;
    for (size_t i = size_t(c); i < interleaved.size(); i += size_t(channels))
        out.push_back(interleaved[i]);
    return out;
}

double rmsOf(const std::vector<double> &s, size_t from = 0, size_t to = 0)
{
    if (to == 0 || to > s.size())
        to = s.size();
    double sum = 0;
    for (size_t i = from; i < to; ++i)
        sum += s[i] * s[i];
    return to > from ? std::sqrt(sum / double(to - from)) : 0.0;
}

// Pitch from upward zero crossings (interpolated), over the middle of the signal.
double frequencyOf(const std::vector<double> &s, int rate)
{
    const size_t from = s.size() / 10;
    const size_t to = s.size() - s.size() / 10;
    std::vector<double> ups;
    for (size_t i = from + 1; i < to; ++i) {
        if (s[i - 1] < 0 && s[i] >= 0)
            ups.push_back(double(i - 1) + (-s[i - 1]) / (s[i] - s[i - 1]));
    }
    if (ups.size() < 2)
        return 0;
    return double(ups.size() - 1) * rate / (ups.back() - ups.front());
}

// Magnitude of one frequency (Goertzel), normalised so a full-scale sine gives ~0.5.
double magnitudeAt(const std::vector<double> &s, int rate, double hz)
{
    const size_t from = s.size() / 10;
    const size_t to = s.size() - s.size() / 10;
    const double w = 2.0 * std::numbers::pi * hz / rate;
    const double coeff = 2.0 * std::cos(w);
    double s1 = 0, s2 = 0;
    for (size_t i = from; i < to; ++i) {
        const double s0 = s[i] + coeff * s1 - s2;
        s2 = s1;
        s1 = s0;
    }
    const double power = s1 * s1 + s2 * s2 - coeff * s1 * s2;
    return std::sqrt(std::max(0.0, power)) / double(to - from);
}

std::vector<double> sine(int rate, int frames, double hz, double amplitude, int channels = 1)
{
    std::vector<double> s;
    for (int i = 0; i < frames; ++i) {
        const double v = amplitude * std::sin(2.0 * std::numbers::pi * hz * i / rate);
        for (int c = 0; c < channels; ++c)
            s.push_back(v);
    }
    return s;
}

} // namespace

class TestPcmConverter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void identityIsBitExact();
    void durationPreserved_data();
    void durationPreserved();
    void tonePreserved_data();
    void tonePreserved();
    void noAliasingWhenDownsampling();
    void noAliasingWithTableKernel();
    void kernelIsShared();
    void noImagesWhenUpsampling();
    void incrementalEqualsWhole();
    void monoToStereo();
    void stereoToMono();
    void stereoKeepsSides();
    void surroundToStereo();
    void monoToSurround();
    void sourceSampleFormats_data();
    void sourceSampleFormats();
    void targetSampleFormats_data();
    void targetSampleFormats();
    void clipsInsteadOfWrapping();
    void volumeScales();
    void volumeChangeRamps();
    void unsupportedTarget();
    void anyAcceptedWavConverts();
    void readHonoursLimits();
};

void TestPcmConverter::identityIsBitExact()
{
    const QByteArray bytes = test::makeToneWav(48000, 2, 200, 1000.0, 0.9);
    const WavData wav = parse(bytes);
    const QByteArray out = PcmConverter::convert(wav, format(48000, 2, QAudioFormat::Int16));
    QCOMPARE(out, wav.pcm().toByteArray());
}

void TestPcmConverter::durationPreserved_data()
{
    QTest::addColumn<int>("from");
    QTest::addColumn<int>("to");
    for (int from : {24000, 44100, 48000}) {
        for (int to : {16000, 22050, 44100, 48000, 96000})
            QTest::addRow("%d to %d", from, to) << from << to;
    }
}

void TestPcmConverter::durationPreserved()
{
    QFETCH(int, from);
    QFETCH(int, to);
    const WavData wav = parse(test::makeToneWav(from, 1, 1234, 440.0));
    PcmConverter converter(wav, format(to, 2, QAudioFormat::Int16));
    const qint64 expectedFrames = std::llround(double(wav.frameCount) * to / from);
    QVERIFY(std::abs(converter.totalFrames() - expectedFrames) <= 1);
    QVERIFY(std::abs(converter.durationUs() - wav.durationUs())
            <= 1000000 / std::min(from, to) + 1);
    const QByteArray out = converter.readAll();
    QCOMPARE(out.size(), qsizetype(converter.totalFrames() * 4));
    QVERIFY(converter.atEnd());
    QCOMPARE(converter.read(nullptr, 0), 0);
}

void TestPcmConverter::tonePreserved_data()
{
    QTest::addColumn<int>("from");
    QTest::addColumn<int>("to");
    QTest::addColumn<double>("hz");
    for (int from : {24000, 44100, 48000}) {
        for (int to : {22050, 44100, 48000}) {
            for (double hz : {220.0, 1000.0, 5000.0})
                QTest::addRow("%d to %d, %g Hz", from, to, hz) << from << to << hz;
        }
    }
    // Rates without a short common period use the interpolated kernel table instead of
    // precomputed phases.
    QTest::newRow("44100 to 47999 (table)") << 44100 << 47999 << 1000.0;
    QTest::newRow("47999 to 22050 (table)") << 47999 << 22050 << 5000.0;
}

void TestPcmConverter::tonePreserved()
{
    QFETCH(int, from);
    QFETCH(int, to);
    QFETCH(double, hz);
    const WavData wav = parse(test::makeToneWav(from, 1, 300, hz, 0.5));
    const auto out = samplesOf(PcmConverter::convert(wav, format(to, 1, QAudioFormat::Float)),
                               QAudioFormat::Float);
    const double measured = frequencyOf(out, to);
    QVERIFY2(std::abs(measured - hz) / hz < 0.002, qPrintable(u"measured %1 Hz"_s.arg(measured)));
    // Pass band is flat: the level is the same (sine of amplitude 0.5 has rms 0.3536).
    const double rms = rmsOf(out, out.size() / 10, out.size() - out.size() / 10);
    QVERIFY2(std::abs(rms - 0.5 / std::sqrt(2.0)) < 0.005, qPrintable(u"rms %1"_s.arg(rms)));
}

void TestPcmConverter::noAliasingWhenDownsampling()
{
    // 15 kHz is above the 8 kHz Nyquist of 16 kHz output: it must be filtered out, not folded
    // to 1 kHz (linear interpolation would leave it almost at full level).
    const auto tone = sine(48000, 48000 / 4, 15000.0, 0.5);
    const WavData wav = parse(makeWav(48000, 1, tone, WavSampleFormat::Float32));
    const auto out = samplesOf(PcmConverter::convert(wav, format(16000, 1, QAudioFormat::Float)),
                               QAudioFormat::Float);
    const double rms = rmsOf(out, out.size() / 10, out.size() - out.size() / 10);
    QVERIFY2(rms < 0.5 / std::sqrt(2.0) / 300, qPrintable(u"alias rms %1"_s.arg(rms))); // < -50 dB
    QVERIFY(magnitudeAt(out, 16000, 1000.0) < 0.001);
}

void TestPcmConverter::noAliasingWithTableKernel()
{
    const auto tone = sine(48000, 48000 / 4, 15000.0, 0.5);
    const WavData wav = parse(makeWav(48000, 1, tone, WavSampleFormat::Float32));
    const auto out = samplesOf(PcmConverter::convert(wav, format(15999, 1, QAudioFormat::Float)),
                               QAudioFormat::Float);
    const double rms = rmsOf(out, out.size() / 10, out.size() - out.size() / 10);
    QVERIFY2(rms < 0.5 / std::sqrt(2.0) / 300, qPrintable(u"alias rms %1"_s.arg(rms)));
}

void TestPcmConverter::kernelIsShared()
{
    const WavData a = parse(test::makeToneWav(24000, 1, 100, 440.0));
    const WavData b = parse(test::makeToneWav(24000, 1, 100, 880.0));
    const QAudioFormat target = format(48000, 2, QAudioFormat::Int16);
    PcmConverter first(a, target);
    QVERIFY(first.kernel());
    PcmConverter second(b, target, 1.0, first.kernel());
    QCOMPARE(second.kernel(), first.kernel()); // reused, not rebuilt
    QCOMPARE(second.readAll(), PcmConverter::convert(b, target));
    // A kernel for other rates is not used.
    PcmConverter other(parse(test::makeToneWav(44100, 1, 100, 440.0)), target, 1.0, first.kernel());
    QVERIFY(other.kernel() != first.kernel());
    QVERIFY(!PcmConverter(parse(test::makeToneWav(48000, 1, 10, 440.0)), target).kernel());
}

void TestPcmConverter::noImagesWhenUpsampling()
{
    // 10 kHz at 24 kHz → 48 kHz: the image at 24 - 10 = 14 kHz must be suppressed.
    const auto tone = sine(24000, 24000 / 4, 10000.0, 0.5);
    const WavData wav = parse(makeWav(24000, 1, tone, WavSampleFormat::Float32));
    const auto out = samplesOf(PcmConverter::convert(wav, format(48000, 1, QAudioFormat::Float)),
                               QAudioFormat::Float);
    const double wanted = magnitudeAt(out, 48000, 10000.0);
    const double image = magnitudeAt(out, 48000, 14000.0);
    QVERIFY2(wanted > 0.2, qPrintable(u"10 kHz at %1"_s.arg(wanted)));
    QVERIFY2(image < wanted / 1000, qPrintable(u"image at %1"_s.arg(image))); // < -60 dB
}

void TestPcmConverter::incrementalEqualsWhole()
{
    // Pieces of odd sizes must join without a seam (a seam is a click).
    const WavData wav = parse(test::makeToneWav(44100, 1, 700, 523.0));
    const QAudioFormat target = format(48000, 2, QAudioFormat::Int16);
    const QByteArray whole = PcmConverter::convert(wav, target);
    PcmConverter converter(wav, target);
    QByteArray pieces;
    const int sizes[] = {4, 7, 1000, 4096, 13, 8192 + 4, 333};
    for (int i = 0; !converter.atEnd(); ++i) {
        QByteArray buf(sizes[i % 7], Qt::Uninitialized);
        const qint64 n = converter.read(buf.data(), buf.size());
        QCOMPARE(n % 4, 0);
        pieces += buf.left(n);
    }
    QCOMPARE(pieces.size(), whole.size());
    QVERIFY(pieces == whole);
}

void TestPcmConverter::monoToStereo()
{
    const WavData wav = parse(test::makeToneWav(24000, 1, 100, 440.0, 0.5));
    const auto out = samplesOf(PcmConverter::convert(wav, format(24000, 2, QAudioFormat::Int16)),
                               QAudioFormat::Int16);
    const auto mono = samplesOf(wav.pcm().toByteArray(), QAudioFormat::Int16);
    QCOMPARE(channel(out, 2, 0), mono);
    QCOMPARE(channel(out, 2, 1), mono);
}

void TestPcmConverter::stereoToMono()
{
    // Left: tone, right: silence -> mono is the average: half the level.
    std::vector<double> s;
    for (double v : sine(48000, 4800, 440.0, 0.8)) {
        s.push_back(v);
        s.push_back(0.0);
    }
    const WavData wav = parse(makeWav(48000, 2, s, WavSampleFormat::Int16));
    const auto out = samplesOf(PcmConverter::convert(wav, format(48000, 1, QAudioFormat::Float)),
                               QAudioFormat::Float);
    QCOMPARE(out.size(), size_t(4800));
    QVERIFY(std::abs(rmsOf(out) - 0.4 / std::sqrt(2.0)) < 0.002);
}

void TestPcmConverter::stereoKeepsSides()
{
    // Left 440 Hz, right 880 Hz: both survive resampling on their own side.
    std::vector<double> s;
    const auto l = sine(24000, 2400, 440.0, 0.5);
    const auto r = sine(24000, 2400, 880.0, 0.5);
    for (size_t i = 0; i < l.size(); ++i) {
        s.push_back(l[i]);
        s.push_back(r[i]);
    }
    const WavData wav = parse(makeWav(24000, 2, s, WavSampleFormat::Int16));
    const auto out = samplesOf(PcmConverter::convert(wav, format(48000, 2, QAudioFormat::Float)),
                               QAudioFormat::Float);
    QVERIFY(std::abs(frequencyOf(channel(out, 2, 0), 48000) - 440.0) < 1.0);
    QVERIFY(std::abs(frequencyOf(channel(out, 2, 1), 48000) - 880.0) < 2.0);
}

void TestPcmConverter::surroundToStereo()
{
    // 5.1 (FL FR FC LFE BL BR) with a voice on the centre only: it reaches both front speakers
    // at -3 dB; the LFE channel is dropped.
    std::vector<double> s;
    for (double v : sine(48000, 4800, 300.0, 0.5)) {
        for (double c : {0.0, 0.0, v, 0.9, 0.0, 0.0})
            s.push_back(c);
    }
    const WavData wav = parse(makeWav(48000, 6, s, WavSampleFormat::Int16));
    const auto out = samplesOf(PcmConverter::convert(wav, format(48000, 2, QAudioFormat::Float)),
                               QAudioFormat::Float);
    const double expected = 0.5 / std::sqrt(2.0) * 0.70710678;
    QVERIFY(std::abs(rmsOf(channel(out, 2, 0)) - expected) < 0.003);
    QVERIFY(std::abs(rmsOf(channel(out, 2, 1)) - expected) < 0.003);
}

void TestPcmConverter::monoToSurround()
{
    // Mono on a 5.1 device: front left and right, nothing on the other speakers.
    const WavData wav = parse(test::makeToneWav(48000, 1, 100, 440.0, 0.5));
    QAudioFormat target = format(48000, 6, QAudioFormat::Float);
    target.setChannelConfig(QAudioFormat::ChannelConfigSurround5Dot1);
    const auto out = samplesOf(PcmConverter::convert(wav, target), QAudioFormat::Float);
    const auto mono = samplesOf(wav.pcm().toByteArray(), QAudioFormat::Int16);
    QCOMPARE(out.size(), mono.size() * 6);
    for (int c = 0; c < 6; ++c) {
        const double rms = rmsOf(channel(out, 6, c));
        if (c < 2)
            QVERIFY(std::abs(rms - rmsOf(mono)) < 1e-4);
        else
            QCOMPARE(rms, 0.0);
    }
}

void TestPcmConverter::sourceSampleFormats_data()
{
    QTest::addColumn<int>("sourceFormat");
    QTest::addColumn<double>("tolerance");
    QTest::newRow("uint8") << int(WavSampleFormat::UInt8) << 1.0 / 128;
    QTest::newRow("int16") << int(WavSampleFormat::Int16) << 1.0 / 32768;
    QTest::newRow("int24") << int(WavSampleFormat::Int24) << 1.0 / 32768;
    QTest::newRow("int32") << int(WavSampleFormat::Int32) << 1.0 / 32768;
    QTest::newRow("float32") << int(WavSampleFormat::Float32) << 1.0 / 32768;
}

void TestPcmConverter::sourceSampleFormats()
{
    QFETCH(int, sourceFormat);
    QFETCH(double, tolerance);
    const std::vector<double> values = {0.0, 0.5, -0.5, 0.25, -1.0, 0.99, -0.75, 0.125};
    const WavData wav = parse(makeWav(24000, 1, values, WavSampleFormat(sourceFormat)));
    const auto out = samplesOf(PcmConverter::convert(wav, format(24000, 1, QAudioFormat::Int16)),
                               QAudioFormat::Int16);
    QCOMPARE(out.size(), values.size());
    for (size_t i = 0; i < values.size(); ++i) {
        QVERIFY2(std::abs(out[i] - values[i]) <= tolerance + 1e-9,
                 qPrintable(u"sample %1: %2 instead of %3"_s.arg(i).arg(out[i]).arg(values[i])));
    }
}

void TestPcmConverter::targetSampleFormats_data()
{
    QTest::addColumn<int>("targetFormat");
    QTest::addColumn<double>("tolerance");
    QTest::newRow("uint8") << int(QAudioFormat::UInt8) << 1.0 / 128;
    QTest::newRow("int16") << int(QAudioFormat::Int16) << 1.0 / 32768;
    QTest::newRow("int32") << int(QAudioFormat::Int32) << 1e-7;
    QTest::newRow("float") << int(QAudioFormat::Float) << 1e-7;
}

void TestPcmConverter::targetSampleFormats()
{
    QFETCH(int, targetFormat);
    QFETCH(double, tolerance);
    const std::vector<double> values = {0.0, 0.5, -0.5, 0.25, -1.0, 0.75, -0.75, 0.125};
    const WavData wav = parse(makeWav(48000, 1, values, WavSampleFormat::Int16));
    const auto f = QAudioFormat::SampleFormat(targetFormat);
    const QByteArray bytes = PcmConverter::convert(wav, format(48000, 1, f));
    QCOMPARE(bytes.size(), qsizetype(values.size()) * format(48000, 1, f).bytesPerSample());
    const auto out = samplesOf(bytes, f);
    for (size_t i = 0; i < values.size(); ++i) {
        QVERIFY2(std::abs(out[i] - values[i]) <= tolerance,
                 qPrintable(u"sample %1: %2 instead of %3"_s.arg(i).arg(out[i]).arg(values[i])));
    }
    if (f == QAudioFormat::UInt8) {
        QCOMPARE(quint8(bytes[0]), quint8(128)); // silence is 128 in unsigned 8-bit
        QCOMPARE(quint8(bytes[1]), quint8(192));
    }
}

void TestPcmConverter::clipsInsteadOfWrapping()
{
    const WavData wav = parse(makeWav(48000, 1, {1.5, -1.5, 2.0, 0.5}, WavSampleFormat::Float32));
    const QByteArray bytes = PcmConverter::convert(wav, format(48000, 1, QAudioFormat::Int16));
    const auto *s = reinterpret_cast<const qint16 *>(bytes.constData());
    QCOMPARE(s[0], qint16(32767));
    QCOMPARE(s[1], qint16(-32768));
    QCOMPARE(s[2], qint16(32767));
    QCOMPARE(s[3], qint16(16384));
}

void TestPcmConverter::volumeScales()
{
    const WavData wav = parse(test::makeToneWav(24000, 1, 200, 440.0, 0.8));
    const auto full = samplesOf(PcmConverter::convert(wav, format(48000, 2, QAudioFormat::Float)),
                                QAudioFormat::Float);
    const auto half
        = samplesOf(PcmConverter::convert(wav, format(48000, 2, QAudioFormat::Float), 0.5),
                    QAudioFormat::Float);
    const auto mute
        = samplesOf(PcmConverter::convert(wav, format(48000, 2, QAudioFormat::Int16), 0.0),
                    QAudioFormat::Int16);
    QVERIFY(std::abs(rmsOf(half) / rmsOf(full) - 0.5) < 1e-3);
    QCOMPARE(rmsOf(mute), 0.0);
    QVERIFY(!mute.empty());
}

void TestPcmConverter::volumeChangeRamps()
{
    // A 0.5 s constant (DC) signal; volume goes 1 -> 0 in the middle: within 5 ms the output
    // is silent, and no step between two samples is larger than the ramp allows (no click).
    const WavData wav
        = parse(makeWav(48000, 1, std::vector<double>(24000, 0.5), WavSampleFormat::Int16));
    PcmConverter converter(wav, format(48000, 1, QAudioFormat::Float));
    QByteArray first(12000 * 4, Qt::Uninitialized);
    QCOMPARE(converter.read(first.data(), first.size()), first.size());
    converter.setVolume(0.0);
    QCOMPARE(converter.volume(), 0.0);
    const auto rest = samplesOf(converter.readAll(), QAudioFormat::Float);
    const auto before = samplesOf(first, QAudioFormat::Float);
    QVERIFY(std::abs(before.back() - 0.5) < 1e-6);
    double maxStep = std::abs(rest.front() - before.back());
    for (size_t i = 1; i < rest.size(); ++i)
        maxStep = std::max(maxStep, std::abs(rest[i] - rest[i - 1]));
    QVERIFY2(maxStep < 0.5 / 200, qPrintable(u"step %1"_s.arg(maxStep)));
    QCOMPARE(rest[240], 0.0); // 5 ms
    QCOMPARE(rmsOf(rest, 240), 0.0);
}

void TestPcmConverter::unsupportedTarget()
{
    const WavData wav = parse(test::makeToneWav(24000, 1, 100, 440.0));
    QAudioFormat bad = format(48000, 2, QAudioFormat::Unknown);
    QVERIFY(!PcmConverter::isSupportedTarget(bad));
    QVERIFY(!PcmConverter::isSupportedTarget(format(0, 2, QAudioFormat::Int16)));
    QVERIFY(!PcmConverter::isSupportedTarget(format(48000, 0, QAudioFormat::Int16)));
    PcmConverter converter(wav, bad);
    QVERIFY(converter.atEnd());
    QCOMPARE(converter.totalFrames(), 0);
    QVERIFY(converter.readAll().isEmpty());
}

void TestPcmConverter::anyAcceptedWavConverts()
{
    // Whatever readWav() accepts, the converter must read only inside the data (run under
    // AddressSanitizer to make that strict) and produce whole frames.
    QRandomGenerator rng(99);
    const QByteArray original
        = makeWav(22050, 2, sine(22050, 64, 440.0, 0.5, 2), WavSampleFormat::Int16);
    int converted = 0;
    for (int round = 0; round < 3000; ++round) {
        QByteArray bytes = original;
        bytes.detach();
        for (int f = 0; f < 1 + int(rng.bounded(4)); ++f) {
            const int pos = int(rng.bounded(44)); // header only: formats, sizes, rates
            bytes[pos] = char(bytes[pos] ^ char(1 << rng.bounded(8)));
        }
        const auto wav = readWav(QByteArray(bytes.constData(), bytes.size()));
        if (!wav)
            continue;
        for (const QAudioFormat &target :
             {format(48000, 2, QAudioFormat::Int16), format(44100, 1, QAudioFormat::Float)}) {
            const QByteArray out = PcmConverter::convert(wav.value(), target);
            QCOMPARE(out.size() % target.bytesPerFrame(), 0);
        }
        ++converted;
    }
    QVERIFY(converted > 100);
}

void TestPcmConverter::readHonoursLimits()
{
    const WavData wav = parse(test::makeToneWav(24000, 1, 100, 440.0));
    PcmConverter converter(wav, format(48000, 2, QAudioFormat::Int16));
    char buf[64];
    QCOMPARE(converter.read(buf, 3), 0); // less than one frame
    QCOMPARE(converter.read(buf, 10), 8); // whole frames only
    QCOMPARE(converter.framesDone(), 2);
    QCOMPARE(converter.bytesRemaining(), (converter.totalFrames() - 2) * 4);
}

QTEST_GUILESS_MAIN(TestPcmConverter)
#include "tst_pcmconverter.moc"
