#pragma once

#include "core/result.h"

#include <cstddef>

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>
#include <QString>
#include <QVarLengthArray>

namespace chatvox {

// Longest line parseIrcLine() accepts by default. Twitch lines stay far below this (tags are
// capped at 8 KiB, the message at 512 bytes); the cap keeps hostile input cheap to reject.
inline constexpr qsizetype kDefaultMaxIrcLineLength = 64 * 1024;

struct IrcParseOptions
{
    qsizetype maxLineLength = kDefaultMaxIrcLineLength;
};

// One parsed IRC line (IRCv3 message tags + RFC 1459 message).
//
// The message holds a reference to the line's bytes (an implicitly shared QByteArray, possibly
// the whole WebSocket frame the line came in) and only offsets into it: parsing a QByteArray
// allocates nothing per tag or parameter, and nothing at all unless a line has an unusual
// number of tags or parameters. Tag values are unescaped and text is converted to QString
// only when an accessor asks for it.
class IrcMessage
{
public:
    // Not "= default": value-initialisation would then zero the inline span storage first.
    IrcMessage() { }

    // The line as parsed (without CR/LF).
    QByteArrayView raw() const { return view(m_raw); }

    // --- IRCv3 tags (https://ircv3.net/specs/extensions/message-tags) ---
    qsizetype tagCount() const { return m_tags.size(); }
    QByteArrayView tagKey(qsizetype index) const;
    // Unescaped value of the index-th tag.
    QString tagValue(qsizetype index) const;
    // Value of the index-th tag as on the wire (still escaped).
    QByteArrayView rawTagValue(qsizetype index) const;

    bool hasTag(QByteArrayView key) const { return findTag(key) >= 0; }
    // Unescaped value; empty when the tag is absent, has no value ("key") or an empty one
    // ("key="). A repeated key yields its last value.
    QString tag(QByteArrayView key) const;
    // Escaped value as on the wire; empty when absent.
    QByteArrayView rawTag(QByteArrayView key) const;
    // Integer tags (tmi-sent-ts, bits, ban-duration): fallback when absent or not a number.
    qint64 tagInt64(QByteArrayView key, qint64 fallback = 0) const;

    // --- prefix (":nick!user@host" or ":server.name") ---
    bool hasPrefix() const { return m_hasPrefix; }
    QByteArrayView prefix() const { return view(m_prefix); }
    // A prefix without '!' and '@' that contains a '.' is a server name (RFC 2812 2.3.1): then
    // nick() and user() are empty and host() holds it.
    QString nick() const { return QString::fromUtf8(view(m_nick)); }
    QString user() const { return QString::fromUtf8(view(m_user)); }
    QString host() const { return QString::fromUtf8(view(m_host)); }
    QByteArrayView nickView() const { return view(m_nick); }

    // --- command and parameters ---
    // "PRIVMSG", "001", ...; as sent (Twitch sends upper case).
    QByteArrayView command() const { return view(m_command); }
    qsizetype paramCount() const { return m_params.size(); }
    // Empty when index is out of range.
    QString param(qsizetype index) const { return QString::fromUtf8(paramView(index)); }
    QByteArrayView paramView(qsizetype index) const;
    // The last parameter, whether it was sent with ':' or not; empty when there is none.
    QString trailing() const { return QString::fromUtf8(trailingView()); }
    QByteArrayView trailingView() const;

    // Everything above as JSON, for golden snapshots and debugging:
    // {"tags":{k:v}, "prefix":{"nick","user","host"} or null, "command":..., "params":[...]}
    QJsonObject toJson() const;

private:
    friend Result<IrcMessage> parseIrcLineInBuffer(const QByteArray &buffer, qsizetype from,
                                                   qsizetype length, IrcParseOptions options);

    struct Span
    {
        quint32 offset = 0;
        quint32 length = 0;
    };
    struct TagSpan
    {
        Span key;
        Span value;
    };

    QByteArrayView view(Span span) const
    {
        return QByteArrayView(m_buffer.constData() + span.offset, span.length);
    }
    qsizetype findTag(QByteArrayView key) const;
    QString parse(const QByteArray &buffer, qsizetype from, qsizetype length,
                  const IrcParseOptions &options);
    const char *parseStructure(const QByteArray &buffer, QByteArrayView line);

    QByteArray m_buffer; // shared with the caller; spans are offsets into it
    Span m_raw;
    // A Twitch PRIVMSG carries ~20 tags, a USERNOTICE ~25: 24 inline covers nearly all lines.
    QVarLengthArray<TagSpan, 24> m_tags;
    QVarLengthArray<Span, 4> m_params;
    Span m_prefix;
    Span m_nick;
    Span m_user;
    Span m_host;
    Span m_command;
    bool m_hasPrefix = false;
};

// Parses one IRC line given without its CR/LF (a trailing CR/LF is tolerated and dropped).
// Fails with a readable reason for: empty line, line over options.maxLineLength, NUL, CR or
// LF inside the line, invalid UTF-8, tags or prefix without a command, missing or malformed
// command. Never throws, never crashes, cost is linear in the line length (a line over the cap
// costs nothing).
//
// Overloads: a QByteArray is shared, not copied; a view is copied once.
Result<IrcMessage> parseIrcLine(const QByteArray &line, IrcParseOptions options = {});
Result<IrcMessage> parseIrcLine(QByteArrayView line, IrcParseOptions options = {});
// (String literals would be ambiguous between the two above.)
template<std::size_t N>
Result<IrcMessage> parseIrcLine(const char (&line)[N], IrcParseOptions options = {})
{
    return parseIrcLine(QByteArrayView(line), options);
}
// The line buffer[from, from + length), sharing buffer (e.g. one line of a multi-line frame).
Result<IrcMessage> parseIrcLineInBuffer(const QByteArray &buffer, qsizetype from, qsizetype length,
                                        IrcParseOptions options = {});

// IRCv3 tag value unescaping: "\:"→';' "\s"→' ' "\\"→'\' "\r"→CR "\n"→LF, any other "\x"→'x',
// a trailing lone '\' is dropped.
QString unescapeIrcTagValue(QByteArrayView escaped);

} // namespace chatvox
