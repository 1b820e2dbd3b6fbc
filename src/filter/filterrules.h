#pragma once

#include "core/chatmessage.h"
#include "core/text.h" // codePointCount
#include "filter/filtersettings.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace chatvox {

// The single read-aloud rules as pure functions, in the order FilterPipeline applies them
// (see filterpipeline.h). FilterPipeline uses precompiled forms where that matters
// (NgWordMatcher, ReadingDictionary); these are for tests, tools and one-off use.
//
// "Character" means a Unicode code point throughout; a lone surrogate counts as one.
// No function here ever splits a surrogate pair.

// A half-open range [start, end) of UTF-16 indexes into a QString.
struct TextSpan
{
    qsizetype start = 0;
    qsizetype end = 0;
    friend bool operator==(const TextSpan &, const TextSpan &) = default;
};

// Characters that are not read and not seen: zero-width space, word joiner, BOM, soft hyphen,
// bidi controls, Hangul fillers, blank braille, U+E0000 (appended by Chatterino/7TV to dodge
// Twitch's duplicate-message check), control characters, noncharacters, lone surrogates.
// ZWJ/ZWNJ and variation selectors are kept: emoji need them.
bool isInvisible(char32_t ucs4);

// Whether text is a chat command: after leading whitespace and invisible characters it starts
// with one of `prefixes` immediately followed by a letter or digit. Empty prefixes are ignored.
bool isCommand(QStringView text, const QStringList &prefixes);

// Removes the emotes. Ranges are Twitch's: code point positions in `text`, both ends
// inclusive. Each emote becomes one space (so neighbours never fuse into a new word). Ranges
// that are negative, reversed or reach past the end of the text are ignored (never drop text
// we are unsure of); overlapping and adjacent ranges are merged.
QString stripEmotes(const QString &text, const QList<EmoteRange> &emotes);

// Combining marks kept in a row on one character; more are "Zalgo" noise and dropped.
inline constexpr int MaxCombiningMarks = 8;

// Drops invisible characters (isInvisible) and combining marks past MaxCombiningMarks in a
// row, turns every whitespace run (including U+3000 and newlines) into one ASCII space, trims
// both ends, and composes to NFC.
QString cleanText(const QString &text);

// Whitespace runs → one ASCII space, trimmed.
QString collapseWhitespace(const QString &text);

// NFKC + case folding: the form NG words are compared in ("ＢＡＫＡ", "ﾊﾞｶ" → "baka", "バカ").
QString foldForMatching(QStringView text);

// Whether text contains one of ngWords (see foldForMatching). Builds a matcher per call:
// use NgWordMatcher for repeated use.
bool containsNgWord(QStringView text, const QStringList &ngWords);

// URLs in text:
//  - scheme://… for any scheme (http, https, ftp, …) and www.… ;
//  - bare host names ending in a common top-level domain, with an optional path
//    (twitch.tv/name, youtu.be/x, example.co.jp).
// A URL must not start inside a word (preceded by a letter, digit, '@', '.', '_', '/', '-'),
// so e-mail addresses are left alone. It runs over printable ASCII only: it ends at whitespace
// and at the first non-ASCII character, so Japanese written right after it survives
// ("https://example.com/見てね" → "URL見てね"; the cost: an IRI such as
// https://ja.wikipedia.org/wiki/東京 becomes "URL東京"). Trailing . , : ; ! ? ' " and an
// unbalanced ) or ] are sentence punctuation, not part of the URL.
QList<TextSpan> findUrls(const QString &text);
QString replaceUrls(const QString &text, QStringView replacement);

// Shortens runs of more than maxRun identical characters to maxRun; 0 or less = off.
// Characters are compared as grapheme clusters, so 👍🏻👍🏻👍🏻👍🏻 and ZWJ emoji
// squash too and combining marks stay with their base. Digits are never squashed: a number is
// read as written (8888円 is a price, 1000000 a million); a run of 8s alone is applause
// (readApplause).
QString squashRepeats(const QString &text, int maxRun);

// See ReadingDictionary. Compiles the dictionary per call.
QString applyDictionary(const QString &text, const QList<DictionaryEntry> &dictionary);

// The longest prefix of text with at most maxCodePoints characters that ends on a grapheme
// cluster boundary (falls back to a plain code point cut when the first cluster is longer).
QString truncateToCodePoints(const QString &text, qsizetype maxCodePoints);

// Cut mode of the length limit: text itself when it has at most maxCodePoints characters
// (or maxCodePoints <= 0); else its first maxCodePoints characters (truncateToCodePoints,
// trailing spaces dropped) followed by suffix.
QString limitLength(const QString &text, int maxCodePoints, QStringView suffix);

// The name to read for a viewer: nickname (by lower-case login) if set, else display name,
// else login.
QString speakerName(const ChatMessage &message, const QHash<QString, QString> &nicknames);

// Replaces {name} and {text} in one pass (a name that contains "{text}" stays literal).
QString expandNameTemplate(QStringView nameTemplate, QStringView name, QStringView text);

} // namespace chatvox
