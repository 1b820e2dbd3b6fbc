#include "sinkrecorder.h"

#include <algorithm>
#include <chrono>
#include <cmath>

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QStandardPaths>
#include <QTimer>
#include <QtEndian>

namespace chatvox::test {

namespace {
// Upward zero crossings only count after the signal went below -kHysteresis, so that noise
// around zero cannot add crossings.
constexpr double kHysteresis = 0.005 * 32768.0;
} // namespace

SinkRecorder::SinkRecorder(QObject *parent)
    : QObject(parent)
{
    const QString env = qEnvironmentVariable("CHATVOX_TEST_SINK");
    m_sink = env.isEmpty() ? QStringLiteral("chatvox_test") : env;
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &SinkRecorder::readAvailable);
    connect(&m_process, &QProcess::finished, this, [this] { m_running = false; });
}

SinkRecorder::~SinkRecorder()
{
    stop();
}

void SinkRecorder::setSink(const QString &sinkName)
{
    m_sink = sinkName;
}

qint64 SinkRecorder::nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

bool SinkRecorder::isRecording() const
{
    return m_running && m_process.state() == QProcess::Running;
}

bool SinkRecorder::start(int timeoutMs)
{
    if (isRecording())
        return true;
    m_error.clear();
    m_samples.clear();
    m_leftover.clear();
    m_startNs = 0;

    const QString parec = QStandardPaths::findExecutable(QStringLiteral("parec"));
    if (parec.isEmpty()) {
        m_error = QStringLiteral("parec not found (package pulseaudio-utils)");
        return false;
    }
    m_process.start(parec,
                    {QStringLiteral("-d"), m_sink + QStringLiteral(".monitor"),
                     QStringLiteral("--raw"), QStringLiteral("--format=s16le"),
                     QStringLiteral("--rate=%1").arg(m_rate), QStringLiteral("--channels=1"),
                     // small fragments: data arrives every 10 ms, so timestamps are tight
                     QStringLiteral("--latency-msec=10")});
    if (!m_process.waitForStarted(3000)) {
        m_error = QStringLiteral("cannot start parec: ") + m_process.errorString();
        return false;
    }
    m_running = true;

    QElapsedTimer timer;
    timer.start();
    while (m_samples.empty()) {
        const qint64 left = timeoutMs - timer.elapsed();
        if (left <= 0 || !m_process.waitForReadyRead(int(left))) {
            m_error = QStringLiteral("parec delivered no audio from %1.monitor within %2 ms: %3")
                          .arg(m_sink)
                          .arg(timeoutMs)
                          .arg(QString::fromLocal8Bit(m_process.readAllStandardError()).trimmed());
            stop();
            return false;
        }
        readAvailable();
    }
    return true;
}

void SinkRecorder::stop()
{
    if (m_process.state() == QProcess::NotRunning) {
        m_running = false;
        return;
    }
    readAvailable();
    m_process.kill();
    m_process.waitForFinished(3000);
    readAvailable();
    m_running = false;
}

void SinkRecorder::readAvailable()
{
    const QByteArray data = m_leftover + m_process.readAllStandardOutput();
    const qsizetype count = data.size() / 2;
    if (count == 0) {
        m_leftover = data;
        return;
    }
    const qint64 arrival = nowNs();
    const char *p = data.constData();
    m_samples.reserve(m_samples.size() + size_t(count));
    for (qsizetype i = 0; i < count; ++i)
        m_samples.push_back(qFromLittleEndian<qint16>(p + 2 * i));
    m_leftover = data.mid(count * 2);

    // The newest sample was captured at the latest now; the earliest such estimate of sample
    // 0's capture time is the one with the least delivery delay.
    const qint64 estimate = arrival - qint64(double(m_samples.size()) * 1e9 / m_rate);
    if (m_startNs == 0 || estimate < m_startNs)
        m_startNs = estimate;
}

double SinkRecorder::recordedMs() const
{
    return double(m_samples.size()) * 1000.0 / m_rate;
}

double SinkRecorder::msAt(qint64 steadyNs) const
{
    return double(steadyNs - m_startNs) / 1e6;
}

bool SinkRecorder::catchUp(int extraMs, int timeoutMs)
{
    const double target = msAt(nowNs() + qint64(extraMs) * 1000000);
    QElapsedTimer timer;
    timer.start();
    QEventLoop loop;
    QTimer tick;
    connect(&tick, &QTimer::timeout, &loop, &QEventLoop::quit);
    tick.start(5);
    while (recordedMs() < target) {
        if (!isRecording() || timer.elapsed() > timeoutMs)
            return false;
        loop.exec();
    }
    return true;
}

bool SinkRecorder::waitForSound(int timeoutMs, double threshold)
{
    const qint64 window = std::max<qint64>(1, m_rate / 100);
    qint64 checked = sampleCount() / window * window;
    QElapsedTimer timer;
    timer.start();
    QEventLoop loop;
    QTimer tick;
    connect(&tick, &QTimer::timeout, &loop, &QEventLoop::quit);
    tick.start(5);
    for (;;) {
        while (checked + window <= sampleCount()) {
            const double from = double(checked) * 1000.0 / m_rate;
            const double to = double(checked + window) * 1000.0 / m_rate;
            if (rms(from, to) > threshold)
                return true;
            checked += window;
        }
        if (!isRecording() || timer.elapsed() > timeoutMs)
            return false;
        loop.exec();
    }
}

bool SinkRecorder::waitForSegments(int count, int timeoutMs, const SegmentOptions &options)
{
    QElapsedTimer timer;
    timer.start();
    QEventLoop loop;
    QTimer tick;
    connect(&tick, &QTimer::timeout, &loop, &QEventLoop::quit);
    tick.start(50);
    for (;;) {
        const auto found = segments(options);
        if (found.size() >= count && recordedMs() - found.last().endMs >= options.minGapMs)
            return true;
        if (!isRecording() || timer.elapsed() > timeoutMs)
            return false;
        loop.exec();
    }
}

qint64 SinkRecorder::sampleAt(double ms) const
{
    const auto s = qint64(std::llround(ms * m_rate / 1000.0));
    return std::clamp<qint64>(s, 0, sampleCount());
}

double SinkRecorder::rms() const
{
    return rms(0, recordedMs());
}

double SinkRecorder::rms(double fromMs, double toMs) const
{
    const qint64 a = sampleAt(fromMs);
    const qint64 b = sampleAt(toMs);
    if (b <= a)
        return 0.0;
    double sum = 0;
    for (qint64 i = a; i < b; ++i) {
        const double v = m_samples[size_t(i)] / 32768.0;
        sum += v * v;
    }
    return std::sqrt(sum / double(b - a));
}

double SinkRecorder::loudMs(double threshold, double windowMs) const
{
    const qint64 window = std::max<qint64>(1, qint64(windowMs * m_rate / 1000.0));
    double total = 0;
    for (qint64 i = 0; i + window <= sampleCount(); i += window) {
        const double from = double(i) * 1000.0 / m_rate;
        if (rms(from, from + windowMs) > threshold)
            total += windowMs;
    }
    return total;
}

std::vector<double> SinkRecorder::upwardCrossings(qint64 from, qint64 to) const
{
    std::vector<double> crossings;
    bool armed = false;
    for (qint64 i = std::max<qint64>(from, 1); i < to; ++i) {
        const double prev = m_samples[size_t(i - 1)];
        const double cur = m_samples[size_t(i)];
        if (prev < -kHysteresis)
            armed = true;
        if (armed && prev < 0 && cur >= 0) {
            crossings.push_back(double(i - 1) + (-prev) / (cur - prev));
            armed = false;
        }
    }
    return crossings;
}

double SinkRecorder::frequencyHz(double fromMs, double toMs) const
{
    const auto ups = upwardCrossings(sampleAt(fromMs), sampleAt(toMs));
    if (ups.size() < 2 || ups.back() <= ups.front())
        return 0.0;
    return double(ups.size() - 1) * m_rate / (ups.back() - ups.front());
}

QList<SoundSegment> SinkRecorder::segments(const SegmentOptions &options) const
{
    const double w = options.windowMs;
    const qint64 windowSamples = std::max<qint64>(1, qint64(w * m_rate / 1000.0));
    // Windows are aligned on fromMs and end at toMs.
    const qint64 origin = sampleAt(options.fromMs);
    const qint64 end = options.toMs < 0 ? sampleCount() : sampleAt(options.toMs);
    const qint64 windows = std::max<qint64>(0, end - origin) / windowSamples;
    auto windowMs
        = [&](qint64 index) { return double(origin + index * windowSamples) * 1000.0 / m_rate; };

    std::vector<bool> loud(static_cast<size_t>(windows));
    for (qint64 i = 0; i < windows; ++i)
        loud[size_t(i)] = rms(windowMs(i), windowMs(i + 1)) > options.threshold;

    // Runs of loud windows, bridging gaps shorter than minGapMs: [first, last] inclusive.
    std::vector<std::pair<qint64, qint64>> runs;
    for (qint64 i = 0; i < windows; ++i) {
        if (!loud[size_t(i)])
            continue;
        if (!runs.empty() && windowMs(i) - windowMs(runs.back().second + 1) < options.minGapMs)
            runs.back().second = i;
        else
            runs.emplace_back(i, i);
    }

    // Split runs where the pitch changes for good (two windows in a row off the reference).
    auto pitchAround = [&](qint64 i, qint64 lo, qint64 hi) {
        return frequencyHz(windowMs(std::max(lo, i - 1)), windowMs(std::min(hi + 1, i + 2)));
    };
    auto differs = [&](double f, double ref) {
        return f > 0 && ref > 0 && std::abs(f - ref) / ref > options.frequencyJump;
    };
    std::vector<std::pair<qint64, qint64>> pieces;
    for (const auto &[first, last] : runs) {
        qint64 start = first;
        qint64 lastLoud = first;
        double ref = frequencyHz(windowMs(first), windowMs(std::min(last + 1, first + 3)));
        for (qint64 i = first + 1; i <= last; ++i) {
            if (!loud[size_t(i)])
                continue;
            const double f = pitchAround(i, start, last);
            const double next = i + 1 <= last ? pitchAround(i + 1, start, last) : f;
            if (differs(f, ref) && differs(next, ref)) {
                pieces.emplace_back(start, lastLoud);
                start = i;
                ref = frequencyHz(windowMs(i + 1), windowMs(std::min(last + 1, i + 4)));
            }
            lastLoud = i;
        }
        pieces.emplace_back(start, lastLoud);
    }

    // A piece of a few windows squeezed between two pitches without a gap is the transition
    // (both sounds in one window, e.g. a clip cut by the next one): it belongs to the next.
    for (size_t i = 0; i + 1 < pieces.size();) {
        const bool tiny = pieces[i].second - pieces[i].first < 3;
        const bool abuts = pieces[i + 1].first == pieces[i].second + 1;
        const bool afterPitch = i > 0 && pieces[i - 1].second + 1 == pieces[i].first;
        if (tiny && abuts && afterPitch) {
            pieces[i + 1].first = pieces[i].first;
            pieces.erase(pieces.begin() + qsizetype(i));
        } else {
            ++i;
        }
    }

    QList<SoundSegment> result;
    for (const auto &[first, last] : pieces) {
        SoundSegment s;
        s.startMs = windowMs(first);
        s.endMs = windowMs(last + 1);
        if (s.durationMs() < options.minLengthMs)
            continue;
        const double trim = s.durationMs() > 6 * w ? w : 0; // skip fades and transitions
        s.frequencyHz = frequencyHz(s.startMs + trim, s.endMs - trim);
        s.rms = rms(s.startMs, s.endMs);
        result.append(s);
    }
    return result;
}

QString SinkRecorder::describe(const SegmentOptions &options) const
{
    QStringList parts;
    for (const SoundSegment &s : segments(options)) {
        parts.append(QStringLiteral("%1-%2 ms %3 Hz rms %4")
                         .arg(s.startMs, 0, 'f', 0)
                         .arg(s.endMs, 0, 'f', 0)
                         .arg(s.frequencyHz, 0, 'f', 0)
                         .arg(s.rms, 0, 'f', 3));
    }
    return QStringLiteral("recorded %1 ms, rms %2, segments [%3]")
        .arg(recordedMs(), 0, 'f', 0)
        .arg(rms(), 0, 'f', 4)
        .arg(parts.join(QStringLiteral("; ")));
}

bool SinkRecorder::saveWav(const QString &path) const
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    const auto dataBytes = quint32(m_samples.size() * 2);
    QByteArray header;
    auto le16 = [&](quint16 v) {
        char b[2];
        qToLittleEndian(v, b);
        header.append(b, 2);
    };
    auto le32 = [&](quint32 v) {
        char b[4];
        qToLittleEndian(v, b);
        header.append(b, 4);
    };
    header.append("RIFF", 4);
    le32(36 + dataBytes);
    header.append("WAVEfmt ", 8);
    le32(16);
    le16(1);
    le16(1);
    le32(quint32(m_rate));
    le32(quint32(m_rate * 2));
    le16(2);
    le16(16);
    header.append("data", 4);
    le32(dataBytes);
    file.write(header);
    for (qint16 s : m_samples) {
        char b[2];
        qToLittleEndian(s, b);
        file.write(b, 2);
    }
    return true;
}

} // namespace chatvox::test
