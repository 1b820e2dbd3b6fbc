#include "bouyomiprotocol.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include <QCoreApplication>
#include <QStringDecoder>
#include <QtEndian>

#ifdef Q_OS_WIN
#    include <qt_windows.h>
#endif

using namespace Qt::StringLiterals;

namespace chatvox {

namespace {

// Translation context of the protocol's error texts.
class Protocol
{
    Q_DECLARE_TR_FUNCTIONS(chatvox::BouyomiProtocol)
};

qint16 readInt16(const char *p)
{
    return qFromLittleEndian<qint16>(p);
}

qint32 readInt32(const char *p)
{
    return qFromLittleEndian<qint32>(p);
}

void appendInt16(QByteArray &out, qint16 value)
{
    char bytes[2];
    qToLittleEndian(value, bytes);
    out.append(bytes, 2);
}

void appendInt32(QByteArray &out, qint32 value)
{
    char bytes[4];
    qToLittleEndian(value, bytes);
    out.append(bytes, 4);
}

bool isKnownCommand(quint16 value)
{
    switch (static_cast<bouyomi::Command>(value)) {
    case bouyomi::Command::Talk:
    case bouyomi::Command::Pause:
    case bouyomi::Command::Resume:
    case bouyomi::Command::Skip:
    case bouyomi::Command::Clear:
    case bouyomi::Command::GetPause:
    case bouyomi::Command::GetNowPlaying:
    case bouyomi::Command::GetTaskCount:
        return true;
    }
    return false;
}

QString hex4(quint16 value)
{
    return u"0x%1"_s.arg(value, 4, 16, QLatin1Char('0'));
}

// Strict decoding with one of Qt's converters: invalid or incomplete input is an error.
std::optional<QString> decodeStrict(QStringDecoder &decoder, QByteArrayView bytes)
{
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return std::nullopt;
    return text;
}

std::optional<QString> decodeShiftJis(QByteArrayView bytes)
{
    // ICU (Linux, macOS): windows-31j is CP932, the Shift-JIS that Windows clients send (NEC and
    // IBM extensions such as ①, and ～ as U+FF5E).
    QStringDecoder decoder("windows-31j", QStringDecoder::Flag::Stateless);
    if (!decoder.isValid())
        decoder = QStringDecoder("Shift_JIS", QStringDecoder::Flag::Stateless);
    if (decoder.isValid())
        return decodeStrict(decoder, bytes);
#ifdef Q_OS_WIN
    // Qt for Windows is built without ICU: ask the system for code page 932.
    if (bytes.isEmpty())
        return QString();
    if (bytes.size() > std::numeric_limits<int>::max())
        return std::nullopt;
    const int size = int(bytes.size());
    const int needed
        = MultiByteToWideChar(932, MB_ERR_INVALID_CHARS, bytes.data(), size, nullptr, 0);
    if (needed <= 0)
        return std::nullopt;
    QString text(needed, Qt::Uninitialized);
    const int written = MultiByteToWideChar(932, MB_ERR_INVALID_CHARS, bytes.data(), size,
                                            reinterpret_cast<wchar_t *>(text.data()), needed);
    if (written != needed)
        return std::nullopt;
    return text;
#else
    return std::nullopt;
#endif
}

} // namespace

VoiceParams bouyomiVoiceParams(int speed, int tone, int volume)
{
    VoiceParams params;
    if (speed >= 0)
        params.speedScale = std::clamp(std::clamp(speed, 50, 300) / 100.0, 0.5, 2.0);
    if (tone >= 0) {
        const double ratio = std::clamp(tone, 50, 200) / 100.0;
        params.pitchScale = std::clamp(0.15 * std::log2(ratio), -0.15, 0.15);
    }
    if (volume >= 0)
        params.volumeScale = std::clamp(volume, 0, 100) / 100.0;
    return params;
}

namespace bouyomi {

StreamParser::StreamParser(qsizetype maxTextBytes)
    : m_maxTextBytes(std::max<qsizetype>(0, maxTextBytes))
{
}

void StreamParser::feed(QByteArrayView bytes)
{
    if (hasError() || bytes.isEmpty())
        return;
    // Drop what was consumed before growing the buffer, so it never holds old commands.
    if (m_pos > 0) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
    m_buffer.append(bytes.data(), bytes.size());
}

void StreamParser::fail(const QString &message)
{
    m_error = message;
    m_buffer.clear();
    m_pos = 0;
}

std::optional<Packet> StreamParser::next()
{
    if (hasError())
        return std::nullopt;
    const qsizetype available = m_buffer.size() - m_pos;
    if (available < 2)
        return std::nullopt;
    const char *p = m_buffer.constData() + m_pos;
    const auto rawCommand = quint16(readInt16(p));
    if (!isKnownCommand(rawCommand)) {
        fail(Protocol::tr("unknown command %1").arg(hex4(rawCommand)));
        return std::nullopt;
    }
    Packet packet;
    packet.command = static_cast<Command>(rawCommand);
    if (packet.command != Command::Talk) {
        m_pos += 2;
        return packet;
    }

    if (available < kTalkHeaderBytes)
        return std::nullopt;
    const auto encoding = quint8(p[10]);
    if (encoding > quint8(TextEncoding::ShiftJis)) {
        fail(Protocol::tr("unknown text encoding %1 (0 UTF-8, 1 UTF-16, 2 Shift-JIS)")
                 .arg(encoding));
        return std::nullopt;
    }
    const qint32 length = readInt32(p + 11);
    if (length < 0) {
        fail(Protocol::tr("negative text length %1").arg(length));
        return std::nullopt;
    }
    if (length > m_maxTextBytes) {
        fail(Protocol::tr("text of %1 bytes is longer than the limit of %2 bytes")
                 .arg(length)
                 .arg(m_maxTextBytes));
        return std::nullopt;
    }
    if (available < kTalkHeaderBytes + length)
        return std::nullopt;

    packet.encoding = static_cast<TextEncoding>(encoding);
    packet.talk.speed = readInt16(p + 2);
    packet.talk.tone = readInt16(p + 4);
    packet.talk.volume = readInt16(p + 6);
    packet.talk.voice = readInt16(p + 8);
    auto text = decodeText(QByteArrayView(p + kTalkHeaderBytes, length), packet.encoding);
    if (!text) {
        fail(text.error());
        return std::nullopt;
    }
    packet.talk.text = std::move(text).value();
    m_pos += kTalkHeaderBytes + length;
    if (m_pos == m_buffer.size()) {
        m_buffer.clear();
        m_pos = 0;
    }
    return packet;
}

Result<QString> decodeText(QByteArrayView bytes, TextEncoding encoding)
{
    std::optional<QString> text;
    QString name;
    switch (encoding) {
    case TextEncoding::Utf8: {
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        text = decodeStrict(decoder, bytes);
        name = u"UTF-8"_s;
        break;
    }
    case TextEncoding::Utf16LE: {
        QStringDecoder decoder(QStringDecoder::Utf16LE, QStringDecoder::Flag::Stateless);
        // Qt lets an odd trailing byte and lone surrogates through: check both ourselves.
        if (bytes.size() % 2 == 0) {
            text = decodeStrict(decoder, bytes);
            if (text && !QStringView(*text).isValidUtf16())
                text.reset();
        }
        name = u"UTF-16"_s;
        break;
    }
    case TextEncoding::ShiftJis:
        text = decodeShiftJis(bytes);
        name = u"Shift-JIS"_s;
        break;
    default:
        return Error{Protocol::tr("unknown text encoding %1").arg(int(encoding))};
    }
    if (!text)
        return Error{Protocol::tr("the text is not valid %1").arg(name)};
    if (text->startsWith(QChar(0xFEFF)))
        text->remove(0, 1);
    while (text->endsWith(QChar(0)))
        text->chop(1);
    return *std::move(text);
}

QByteArray encodeTalk(const BouyomiTalk &talk, TextEncoding encoding)
{
    QByteArray text;
    switch (encoding) {
    case TextEncoding::Utf8:
        text = talk.text.toUtf8();
        break;
    case TextEncoding::Utf16LE: {
        QStringEncoder encoder(QStringEncoder::Utf16LE, QStringEncoder::Flag::Stateless);
        text = encoder.encode(talk.text);
        break;
    }
    case TextEncoding::ShiftJis: {
        QStringEncoder encoder("windows-31j", QStringEncoder::Flag::Stateless);
        if (!encoder.isValid())
            encoder = QStringEncoder("Shift_JIS", QStringEncoder::Flag::Stateless);
        text = encoder.isValid() ? QByteArray(encoder.encode(talk.text)) : QByteArray();
        break;
    }
    }
    QByteArray out;
    out.reserve(kTalkHeaderBytes + text.size());
    appendInt16(out, qint16(Command::Talk));
    appendInt16(out, qint16(talk.speed));
    appendInt16(out, qint16(talk.tone));
    appendInt16(out, qint16(talk.volume));
    appendInt16(out, qint16(talk.voice));
    out.append(char(encoding));
    appendInt32(out, qint32(text.size()));
    out.append(text);
    return out;
}

QByteArray encodeCommand(Command command)
{
    QByteArray out;
    appendInt16(out, qint16(command));
    return out;
}

QByteArray encodeBoolReply(bool value)
{
    return QByteArray(1, value ? char(1) : char(0));
}

QByteArray encodeCountReply(qint32 count)
{
    QByteArray out;
    appendInt32(out, count);
    return out;
}

QJsonObject talkReply(qint64 taskId)
{
    return QJsonObject{{"taskId"_L1, taskId}};
}

QJsonObject emptyReply()
{
    return QJsonObject();
}

QJsonObject pauseReply(bool paused)
{
    return QJsonObject{{"pause"_L1, paused}};
}

QJsonObject nowPlayingReply(bool playing)
{
    return QJsonObject{{"nowPlaying"_L1, playing}};
}

QJsonObject taskCountReply(qint64 count)
{
    return QJsonObject{{"talkTaskCount"_L1, count}};
}

bool isValidJsonpCallback(QStringView name)
{
    if (name.isEmpty() || name.size() > 64)
        return false;
    return std::all_of(name.begin(), name.end(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')
            || c == u'_' || c == u'$' || c == u'.';
    });
}

} // namespace bouyomi
} // namespace chatvox
