#pragma once

// Helpers shared by the fuzz targets (tests/fuzz/README.md). Header-only: the same target
// source builds as a libFuzzer executable (clang, CHATVOX_FUZZ) and as a corpus replay test
// (any compiler, the normal suite).

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QLoggingCategory>
#include <QString>
#include <QtGlobal>

// The entry point every target defines (libFuzzer's signature).
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

// An invariant of the code under test. A violation aborts, which libFuzzer and the replay test
// both report as a finding (with the input that caused it).
#define CHATVOX_FUZZ_CHECK(condition)                                                              \
    do {                                                                                           \
        if (!(condition)) {                                                                        \
            std::fprintf(stderr, "fuzz check failed: %s (%s:%d)\n", #condition, __FILE__,          \
                         __LINE__);                                                                \
            std::abort();                                                                          \
        }                                                                                          \
    } while (false)

namespace chatvox::fuzz {

// Once per process: Qt messages are dropped. Warnings stay enabled, so the code that formats
// them from hostile input is fuzzed too; only the output is discarded (printing millions of
// warnings would make fuzzing crawl). Debug and info lines are off: formatting them for every
// input would cost more than the code under test.
inline void quietLogging()
{
    static const bool done = [] {
        qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &) {});
        QLoggingCategory::setFilterRules(QStringLiteral("*.debug=false\n*.info=false"));
        return true;
    }();
    Q_UNUSED(done);
}

inline QByteArray bytesOf(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// Reads typed values off the front of a fuzz input. Past the end every read yields zero, false
// or empty, so any input is valid. Text fields are NUL-separated, which keeps seed files
// readable and lets the fuzzer grow or split fields by inserting or deleting one byte.
class FuzzInput
{
public:
    FuzzInput(const uint8_t *data, size_t size)
        : m_data(reinterpret_cast<const char *>(data))
        , m_size(qsizetype(size))
    {
    }

    bool atEnd() const { return m_pos >= m_size; }
    qsizetype remaining() const { return m_size - m_pos; }

    quint8 takeByte() { return atEnd() ? 0 : quint8(m_data[m_pos++]); }
    bool takeBool() { return takeByte() & 1; }
    // A value in [min, max] from one byte (two when the range is wider than 256).
    int takeInt(int min, int max)
    {
        const quint32 span = quint32(qint64(max) - qint64(min) + 1);
        quint32 raw = takeByte();
        if (span > 256)
            raw = (raw << 8) | takeByte();
        return int(qint64(min) + qint64(raw % span));
    }
    // Up to the next NUL (consumed) or the end.
    QByteArray takeField()
    {
        if (atEnd())
            return {};
        const char *start = m_data + m_pos;
        const void *nul = std::memchr(start, 0, size_t(m_size - m_pos));
        const qsizetype length
            = nul ? qsizetype(static_cast<const char *>(nul) - start) : m_size - m_pos;
        m_pos += length + (nul ? 1 : 0);
        return QByteArray(start, length);
    }
    QString takeText() { return QString::fromUtf8(takeField()); }
    // A field split at '\n' into a list (empty field: empty list).
    QList<QString> takeLines()
    {
        QList<QString> lines;
        const QByteArray field = takeField();
        if (field.isEmpty())
            return lines;
        for (const QByteArray &line : field.split('\n'))
            lines << QString::fromUtf8(line);
        return lines;
    }
    QByteArray takeRest()
    {
        const QByteArray rest(m_data + m_pos, m_size - m_pos);
        m_pos = m_size;
        return rest;
    }

private:
    const char *m_data;
    qsizetype m_size;
    qsizetype m_pos = 0;
};

} // namespace chatvox::fuzz
