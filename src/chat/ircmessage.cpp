#include "chat/ircmessage.h"

#include <bit>
#include <cstring>

#include <QCoreApplication>
#include <QJsonArray>

// SSE2 is part of every x86-64 CPU (and of the MSVC x64 target); other CPUs take the byte loop.
#if defined(__SSE2__) || defined(_M_X64) || (defined(_M_IX86_FP) && _M_IX86_FP >= 2)
#    include <emmintrin.h>
#    define CHATVOX_IRC_SSE2 1
#else
#    define CHATVOX_IRC_SSE2 0
#endif

using namespace Qt::StringLiterals;

namespace chatvox {

namespace {

QString translated(const char *reason)
{
    return QCoreApplication::translate("chatvox::IrcMessage", reason);
}

const char *findByte(const char *from, const char *end, char byte)
{
    return static_cast<const char *>(std::memchr(from, byte, size_t(end - from)));
}

Error tooLongError(qsizetype length, const IrcParseOptions &options)
{
    return Error{
        QCoreApplication::translate("chatvox::IrcMessage", "line too long (%1 bytes, limit %2)")
            .arg(length)
            .arg(options.maxLineLength)};
}

const char *skipSpaces(const char *p, const char *end)
{
    while (p < end && *p == ' ')
        ++p;
    return p;
}

bool isCommandChar(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

// Calls onItem(itemStart, firstEqualsOrNull, itemEnd) for each ';'-separated item of the tag
// section [from, tagsEnd). lineEnd (> tagsEnd) bounds the bytes that may be read.
// Tags are most of a Twitch line, so this is the parser's hot loop: with SSE2 it classifies 16
// bytes per step and visits only the delimiters (about 3x faster than memchr per item).
template<typename OnItem>
inline void splitTags(const char *from, const char *tagsEnd, const char *lineEnd, OnItem onItem)
{
    const char *itemStart = from;
    const char *equals = nullptr;
    const char *p = from;
#if CHATVOX_IRC_SSE2
    const __m128i semicolons = _mm_set1_epi8(';');
    const __m128i equalSigns = _mm_set1_epi8('=');
    for (; p < tagsEnd && lineEnd - p >= 16; p += 16) {
        const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
        unsigned semiMask = unsigned(_mm_movemask_epi8(_mm_cmpeq_epi8(bytes, semicolons)));
        unsigned eqMask = unsigned(_mm_movemask_epi8(_mm_cmpeq_epi8(bytes, equalSigns)));
        if (tagsEnd - p < 16) {
            const unsigned inside = (1u << (tagsEnd - p)) - 1;
            semiMask &= inside;
            eqMask &= inside;
        }
        for (unsigned all = semiMask | eqMask; all != 0; all &= all - 1) {
            const int bit = std::countr_zero(all);
            if (semiMask & (1u << bit)) {
                onItem(itemStart, equals, p + bit);
                itemStart = p + bit + 1;
                equals = nullptr;
            } else if (!equals) {
                equals = p + bit;
            }
        }
    }
#endif
    for (; p < tagsEnd; ++p) {
        if (*p == ';') {
            onItem(itemStart, equals, p);
            itemStart = p + 1;
            equals = nullptr;
        } else if (*p == '=' && !equals) {
            equals = p;
        }
    }
    onItem(itemStart, equals, tagsEnd);
}

} // namespace

QString unescapeIrcTagValue(QByteArrayView escaped)
{
    const char *data = escaped.data();
    const qsizetype size = escaped.size();
    if (size == 0 || !std::memchr(data, '\\', size_t(size)))
        return QString::fromUtf8(escaped);

    // Escapes only ever shorten the value, and all of them are ASCII, so the result of a valid
    // UTF-8 value is valid UTF-8 again.
    QVarLengthArray<char, 256> out(size);
    qsizetype n = 0;
    for (qsizetype i = 0; i < size; ++i) {
        const char c = data[i];
        if (c != '\\') {
            out[n++] = c;
            continue;
        }
        if (++i == size)
            break; // trailing lone backslash: dropped (IRCv3 message-tags)
        switch (data[i]) {
        case ':':
            out[n++] = ';';
            break;
        case 's':
            out[n++] = ' ';
            break;
        case '\\':
            out[n++] = '\\';
            break;
        case 'r':
            out[n++] = '\r';
            break;
        case 'n':
            out[n++] = '\n';
            break;
        default:
            out[n++] = data[i];
            break; // unknown escape: the character itself
        }
    }
    return QString::fromUtf8(out.constData(), n);
}

Result<IrcMessage> parseIrcLine(QByteArrayView line, IrcParseOptions options)
{
    if (line.size() > options.maxLineLength) // before copying anything
        return tooLongError(line.size(), options);
    const QByteArray copy = line.toByteArray();
    return parseIrcLineInBuffer(copy, 0, copy.size(), options);
}

Result<IrcMessage> parseIrcLine(const QByteArray &line, IrcParseOptions options)
{
    return parseIrcLineInBuffer(line, 0, line.size(), options);
}

Result<IrcMessage> parseIrcLineInBuffer(const QByteArray &buffer, qsizetype from, qsizetype length,
                                        IrcParseOptions options)
{
    // Parsed in place inside the Result, with this one return: IrcMessage carries its spans
    // inline, and moving it around was a measurable part of the cost of a line.
    Result<IrcMessage> result{IrcMessage()};
    const QString error = result.value().parse(buffer, from, length, options);
    if (!error.isNull())
        result = Result<IrcMessage>(Error{error});
    return result;
}

// Empty (null) on success, else why the line is malformed (translated).
QString IrcMessage::parse(const QByteArray &buffer, qsizetype from, qsizetype length,
                          const IrcParseOptions &options)
{
    // First, so that a huge line costs nothing more than this comparison.
    if (length > options.maxLineLength)
        return tooLongError(length, options).message;
    if (from < 0 || length < 0 || from + length > buffer.size()
        || from + length > qsizetype(UINT32_MAX))
        return translated(QT_TRANSLATE_NOOP("chatvox::IrcMessage", "line outside its buffer"));
    QByteArrayView line(buffer.constData() + from, length);
    // The wire format ends lines with CRLF; callers should strip it, but be lenient.
    while (!line.isEmpty() && (line.back() == '\n' || line.back() == '\r'))
        line.chop(1);
    if (line.isEmpty())
        return translated(QT_TRANSLATE_NOOP("chatvox::IrcMessage", "empty line"));
    const size_t size = size_t(line.size());
    if (std::memchr(line.data(), '\0', size))
        return translated(QT_TRANSLATE_NOOP("chatvox::IrcMessage", "NUL byte in line"));
    if (std::memchr(line.data(), '\r', size) || std::memchr(line.data(), '\n', size))
        return translated(QT_TRANSLATE_NOOP("chatvox::IrcMessage", "CR or LF inside line"));
    // One pass over the whole line (SIMD in Qt) instead of one check per field.
    if (!line.isValidUtf8())
        return translated(QT_TRANSLATE_NOOP("chatvox::IrcMessage", "invalid UTF-8"));

    if (const char *reason = parseStructure(buffer, line))
        return translated(reason);
    return QString();
}

// Fills this (empty) message from line, which lies inside buffer. Returns nullptr, or the
// reason (untranslated, marked for translation) why the line is malformed.
const char *IrcMessage::parseStructure(const QByteArray &buffer, QByteArrayView line)
{
    m_buffer = buffer;
    const char *const begin = buffer.constData(); // spans are relative to the buffer
    const char *const end = line.data() + line.size();
    const char *p = line.data();
    m_raw = Span{quint32(p - begin), quint32(line.size())};
    auto span = [begin](const char *spanFrom, const char *spanTo) {
        return Span{quint32(spanFrom - begin), quint32(spanTo - spanFrom)};
    };

    if (*p == '@') {
        const char *tagsEnd = findByte(p, end, ' ');
        if (!tagsEnd)
            return QT_TRANSLATE_NOOP("chatvox::IrcMessage", "tags without a command");
        splitTags(p + 1, tagsEnd, end,
                  [this, begin](const char *key, const char *equals, const char *itemEnd) {
                      const char *keyEnd = equals ? equals : itemEnd;
                      // Empty items (";;") and items without a key ("=x") carry nothing: skip them.
                      if (keyEnd == key)
                          return;
                      const char *valueStart = equals ? equals + 1 : itemEnd;
                      // Field by field: building the struct in registers and copying it in made the
                      // compiler spill it through the stack (a store-forwarding stall per tag).
                      TagSpan &tag = m_tags.emplace_back();
                      tag.key.offset = quint32(key - begin);
                      tag.key.length = quint32(keyEnd - key);
                      tag.value.offset = quint32(valueStart - begin);
                      tag.value.length = quint32(itemEnd - valueStart);
                  });
        p = skipSpaces(tagsEnd, end);
        if (p == end)
            return QT_TRANSLATE_NOOP("chatvox::IrcMessage", "tags without a command");
    }

    if (*p == ':') {
        const char *prefixEnd = findByte(p, end, ' ');
        if (!prefixEnd)
            return QT_TRANSLATE_NOOP("chatvox::IrcMessage", "prefix without a command");
        const char *prefixStart = p + 1;
        m_hasPrefix = true;
        m_prefix = span(prefixStart, prefixEnd);
        const char *bang = findByte(prefixStart, prefixEnd, '!');
        const char *at = findByte(bang ? bang : prefixStart, prefixEnd, '@');
        const char *nickEnd = bang ? bang : (at ? at : prefixEnd);
        if (!bang && !at && findByte(prefixStart, prefixEnd, '.')) {
            m_host = m_prefix; // server name, e.g. "tmi.twitch.tv"
        } else {
            m_nick = span(prefixStart, nickEnd);
            if (bang)
                m_user = span(bang + 1, at ? at : prefixEnd);
            if (at)
                m_host = span(at + 1, prefixEnd);
        }
        p = skipSpaces(prefixEnd, end);
        if (p == end)
            return QT_TRANSLATE_NOOP("chatvox::IrcMessage", "prefix without a command");
    }

    const char *commandStart = p;
    while (p < end && *p != ' ') {
        if (!isCommandChar(*p))
            return QT_TRANSLATE_NOOP("chatvox::IrcMessage", "malformed command");
        ++p;
    }
    if (p == commandStart)
        return QT_TRANSLATE_NOOP("chatvox::IrcMessage", "missing command");
    m_command = span(commandStart, p);

    while (true) {
        p = skipSpaces(p, end);
        if (p == end)
            break;
        if (*p == ':') {
            m_params.append(span(p + 1, end)); // trailing: the rest, spaces included
            break;
        }
        const char *paramEnd = findByte(p, end, ' ');
        if (!paramEnd)
            paramEnd = end;
        m_params.append(span(p, paramEnd));
        p = paramEnd;
    }
    return nullptr;
}

QByteArrayView IrcMessage::tagKey(qsizetype index) const
{
    if (index < 0 || index >= m_tags.size())
        return {};
    return view(m_tags[index].key);
}

QString IrcMessage::tagValue(qsizetype index) const
{
    return unescapeIrcTagValue(rawTagValue(index));
}

QByteArrayView IrcMessage::rawTagValue(qsizetype index) const
{
    if (index < 0 || index >= m_tags.size())
        return {};
    return view(m_tags[index].value);
}

qsizetype IrcMessage::findTag(QByteArrayView key) const
{
    // From the back: a repeated key means its last value.
    for (qsizetype i = m_tags.size() - 1; i >= 0; --i) {
        const Span &k = m_tags[i].key;
        if (qsizetype(k.length) == key.size()
            && std::memcmp(m_buffer.constData() + k.offset, key.data(), k.length) == 0)
            return i;
    }
    return -1;
}

QString IrcMessage::tag(QByteArrayView key) const
{
    const qsizetype index = findTag(key);
    return index < 0 ? QString() : tagValue(index);
}

QByteArrayView IrcMessage::rawTag(QByteArrayView key) const
{
    const qsizetype index = findTag(key);
    return index < 0 ? QByteArrayView() : rawTagValue(index);
}

qint64 IrcMessage::tagInt64(QByteArrayView key, qint64 fallback) const
{
    const QByteArrayView raw = rawTag(key);
    if (raw.isEmpty())
        return fallback;
    bool ok = false;
    const qint64 value = raw.toLongLong(&ok);
    return ok ? value : fallback;
}

QByteArrayView IrcMessage::paramView(qsizetype index) const
{
    if (index < 0 || index >= m_params.size())
        return {};
    return view(m_params[index]);
}

QByteArrayView IrcMessage::trailingView() const
{
    return m_params.isEmpty() ? QByteArrayView() : view(m_params.back());
}

QJsonObject IrcMessage::toJson() const
{
    QJsonObject tags;
    for (qsizetype i = 0; i < m_tags.size(); ++i)
        tags.insert(QString::fromUtf8(tagKey(i)), tagValue(i)); // later duplicates win
    QJsonArray params;
    for (qsizetype i = 0; i < m_params.size(); ++i)
        params.append(param(i));
    QJsonObject json{
        {u"tags"_s, tags},
        {u"command"_s, QString::fromUtf8(command())},
        {u"params"_s, params},
    };
    if (m_hasPrefix)
        json.insert(u"prefix"_s,
                    QJsonObject{{u"nick"_s, nick()}, {u"user"_s, user()}, {u"host"_s, host()}});
    else
        json.insert(u"prefix"_s, QJsonValue(QJsonValue::Null));
    return json;
}

} // namespace chatvox
