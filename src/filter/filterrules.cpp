#include "filterrules.h"

#include "filter/logging.h"
#include "filter/ngwordmatcher.h"
#include "filter/readingdictionary.h"

#include <algorithm>
#include <utility>
#include <vector>

#include <QRegularExpression>
#include <QTextBoundaryFinder>

using namespace Qt::StringLiterals;

namespace chatvox {

namespace {

// The code point starting at text[i] and its length in UTF-16 units (1 or 2). A lone
// surrogate is returned as itself with length 1.
inline char32_t codePointAt(QStringView text, qsizetype i, qsizetype *units)
{
    const QChar c = text[i];
    if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
        *units = 2;
        return QChar::surrogateToUcs4(c, text[i + 1]);
    }
    *units = 1;
    return c.unicode();
}

// UTF-16 index of the code point numbered `codePoints` (text.size() when past the end).
qsizetype indexOfCodePoint(QStringView text, qsizetype codePoints)
{
    qsizetype i = 0;
    for (qsizetype n = 0; n < codePoints && i < text.size(); ++n) {
        qsizetype units = 1;
        codePointAt(text, i, &units);
        i += units;
    }
    return i;
}

inline bool isSpace(char32_t ucs4)
{
    return QChar::isSpace(ucs4);
}

} // namespace

bool isInvisible(char32_t c)
{
    if (c >= 0xD800 && c <= 0xDFFF) // only a lone surrogate reaches here as one code point
        return true;
    if (QChar::isNonCharacter(c))
        return true;
    if (QChar::category(c) == QChar::Other_Control)
        return !QChar::isSpace(c); // tabs and newlines are whitespace, not invisible
    switch (c) {
    case 0x00AD: // soft hyphen
    case 0x034F: // combining grapheme joiner
    case 0x061C: // Arabic letter mark
    case 0x115F: // Hangul choseong filler
    case 0x1160: // Hangul jungseong filler
    case 0x17B4: // Khmer vowel inherent aq
    case 0x17B5: // Khmer vowel inherent aa
    case 0x180E: // Mongolian vowel separator
    case 0x200B: // zero-width space
    case 0x200E: // left-to-right mark
    case 0x200F: // right-to-left mark
    case 0x2800: // braille pattern blank: used for "empty" lines
    case 0x3164: // Hangul filler: used for "empty" names and lines
    case 0xFEFF: // BOM / zero-width no-break space
    case 0xFFA0: // halfwidth Hangul filler
    case 0xE0000: // appended by chat clients to dodge Twitch's duplicate-message check
    case 0xE0001: // language tag
        return true;
    default:
        break;
    }
    return (c >= 0x202A && c <= 0x202E) // bidi embeddings and overrides
        || (c >= 0x2060 && c <= 0x2064) // word joiner, invisible operators
        || (c >= 0x2066 && c <= 0x206F); // bidi isolates, deprecated format characters
}

bool isCommand(QStringView text, const QStringList &prefixes)
{
    qsizetype i = 0;
    while (i < text.size()) {
        qsizetype units = 1;
        const char32_t c = codePointAt(text, i, &units);
        if (!isSpace(c) && !isInvisible(c))
            break;
        i += units;
    }
    const QStringView rest = text.mid(i);
    for (const QString &prefix : prefixes) {
        if (prefix.isEmpty() || !rest.startsWith(prefix))
            continue;
        if (rest.size() == prefix.size())
            continue;
        qsizetype units = 1;
        const char32_t next = codePointAt(rest, prefix.size(), &units);
        if (QChar::isLetterOrNumber(next))
            return true;
    }
    return false;
}

QString stripEmotes(const QString &text, const QList<EmoteRange> &emotes)
{
    if (emotes.isEmpty() || text.isEmpty())
        return text;

    const qsizetype count = codePointCount(text);
    std::vector<std::pair<qsizetype, qsizetype>> ranges;
    ranges.reserve(static_cast<size_t>(emotes.size()));
    int invalid = 0;
    for (const EmoteRange &emote : emotes) {
        if (emote.first < 0 || emote.last < emote.first || emote.last >= count) {
            ++invalid;
            continue;
        }
        ranges.emplace_back(emote.first, emote.last);
    }
    if (invalid > 0)
        qCDebug(lcFilter) << "ignored" << invalid << "emote range(s) outside a text of" << count
                          << "code points";
    if (ranges.empty())
        return text;
    std::sort(ranges.begin(), ranges.end());

    // Merge overlapping and adjacent ranges.
    std::vector<std::pair<qsizetype, qsizetype>> merged;
    merged.reserve(ranges.size());
    for (const auto &range : ranges) {
        if (!merged.empty() && range.first <= merged.back().second + 1)
            merged.back().second = std::max(merged.back().second, range.second);
        else
            merged.push_back(range);
    }

    QString out;
    out.reserve(text.size());
    qsizetype i = 0; // UTF-16 index
    qsizetype codePoint = 0; // code point index at i
    qsizetype copyFrom = 0;
    for (const auto &[first, last] : merged) {
        while (codePoint < first) {
            qsizetype units = 1;
            codePointAt(text, i, &units);
            i += units;
            ++codePoint;
        }
        out.append(QStringView(text).mid(copyFrom, i - copyFrom));
        out.append(u' ');
        while (codePoint <= last) {
            qsizetype units = 1;
            codePointAt(text, i, &units);
            i += units;
            ++codePoint;
        }
        copyFrom = i;
    }
    out.append(QStringView(text).mid(copyFrom));
    return out;
}

namespace {

// Whether normalization can never join c with what comes before it: a starter that no mark or
// jamo before it composes with. Conservative: ASCII, kana, CJK ideographs.
bool isStableStarter(char16_t c)
{
    return (c >= 0x20 && c < 0x7F) || (c >= 0x3041 && c <= 0x3096) || (c >= 0x30A1 && c <= 0x30FB)
        || (c >= 0x4E00 && c <= 0x9FFF);
}

// QString::normalized() moves the rest of the string for every character whose form changes
// length (NFKC: ´ → space + U+0301), which is quadratic on a megabyte of kaomoji. Pieces of a
// few KB split before stable starters give the same result in linear time; a piece with no
// stable starter is split after its marks and never inside a surrogate pair (at worst one
// misjoined pair per 4096 units of pathological text).
QString normalizedInPieces(QStringView text, QString::NormalizationForm form)
{
    constexpr qsizetype Piece = 4096;
    if (text.size() <= Piece)
        return text.toString().normalized(form);
    QString out;
    out.reserve(text.size());
    qsizetype start = 0;
    while (start < text.size()) {
        qsizetype end = std::min(text.size(), start + Piece);
        if (end < text.size()) {
            qsizetype split = end;
            while (split > start + Piece / 2 && !isStableStarter(text[split].unicode()))
                --split;
            if (split == start + Piece / 2) {
                split = end;
                while (split < text.size() && split < end + 64
                       && QChar::combiningClass(text[split].unicode()) != 0)
                    ++split;
                if (split < text.size() && text[split].isLowSurrogate())
                    ++split;
            }
            end = split;
        }
        out += text.sliced(start, end - start).toString().normalized(form);
        start = end;
    }
    return out;
}

} // namespace

QString cleanText(const QString &text)
{
    QString out;
    out.reserve(text.size());
    bool pendingSpace = false;
    int marksInARow = 0;
    for (qsizetype i = 0; i < text.size();) {
        qsizetype units = 1;
        const char32_t c = codePointAt(text, i, &units);
        i += units;
        if (isSpace(c)) {
            pendingSpace = !out.isEmpty();
            marksInARow = 0;
            continue;
        }
        if (isInvisible(c))
            continue;
        if (QChar::isMark(c)) {
            // "Zalgo" stacks: no script needs more marks on one letter than this.
            if (++marksInARow > MaxCombiningMarks)
                continue;
        } else {
            marksInARow = 0;
        }
        if (pendingSpace) {
            out.append(u' ');
            pendingSpace = false;
        }
        out.append(QStringView(text).mid(i - units, units));
    }
    // Composes decomposed kana and accents (か + ゙ → が) so the dictionary and the length
    // limit see what the viewer sees.
    return normalizedInPieces(out, QString::NormalizationForm_C);
}

QString collapseWhitespace(const QString &text)
{
    QString out;
    out.reserve(text.size());
    bool pendingSpace = false;
    for (qsizetype i = 0; i < text.size();) {
        qsizetype units = 1;
        const char32_t c = codePointAt(text, i, &units);
        if (isSpace(c)) {
            pendingSpace = !out.isEmpty();
        } else {
            if (pendingSpace) {
                out.append(u' ');
                pendingSpace = false;
            }
            out.append(QStringView(text).mid(i, units));
        }
        i += units;
    }
    return out;
}


QString foldForMatching(QStringView text)
{
    return normalizedInPieces(text, QString::NormalizationForm_KC).toCaseFolded();
}

bool containsNgWord(QStringView text, const QStringList &ngWords)
{
    return NgWordMatcher(ngWords).matches(text);
}

namespace {

const QRegularExpression &urlPattern()
{
    // Compiled once per process, not per message.
    static const QRegularExpression pattern(
        uR"((?<![A-Za-z0-9@._/\-]))"
        // scheme://rest or www.rest
        uR"((?:(?<lead>[a-z][a-z0-9+.\-]{0,15}://|www\.)(?<rest>[!-~]+))"
        // or a bare host name with a known top-level domain, and an optional path
        uR"(|(?:[a-z0-9](?:[a-z0-9\-]{0,61}[a-z0-9])?\.){1,8})"
        // (lower case only, so "ASP.NET" stays a word)
        uR"((?-i:com|net|org|info|biz|jp|tv|io|gg|me|ly|be|co|app|dev|xyz|link|site|page)"
        uR"(|uk|us|ca|au|de|fr|kr|cn|ru))"
        uR"((?!\.?[a-z0-9\-])(?<path>[/?#:][!-~]*)?))"_s,
        QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

bool isTrailingPunctuation(QChar c)
{
    switch (c.unicode()) {
    case u'.':
    case u',':
    case u':':
    case u';':
    case u'!':
    case u'?':
    case u'\'':
    case u'"':
        return true;
    default:
        return false;
    }
}

// Trims sentence punctuation from the end of [start, end); returns the new end.
qsizetype trimUrlEnd(QStringView text, qsizetype start, qsizetype end)
{
    const QStringView url = text.mid(start, end - start);
    // Bracket balance of the whole URL, kept up to date while trimming (linear, not per char).
    qsizetype parens = url.count(u'(') - url.count(u')');
    qsizetype brackets = url.count(u'[') - url.count(u']');
    while (end > start) {
        const QChar c = text[end - 1];
        if (isTrailingPunctuation(c)) {
            --end;
        } else if (c == u')' && parens < 0) {
            ++parens;
            --end;
        } else if (c == u']' && brackets < 0) {
            ++brackets;
            --end;
        } else {
            break;
        }
    }
    return end;
}

} // namespace

QList<TextSpan> findUrls(const QString &text)
{
    QList<TextSpan> spans;
    // Cheap rejection: every URL form we know contains a '.' or "://" (which has no '.').
    if (!text.contains(u'.') && !text.contains(u"://"))
        return spans;
    const QRegularExpression &pattern = urlPattern();
    auto it = pattern.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const qsizetype start = match.capturedStart();
        qsizetype end = trimUrlEnd(text, start, match.capturedEnd());
        if (match.hasCaptured(u"lead")) {
            // Nothing but punctuation after "https://" or "www.": not a URL.
            if (end <= match.capturedEnd(u"lead"))
                continue;
        }
        spans.append({start, end});
    }
    return spans;
}

QString replaceUrls(const QString &text, QStringView replacement)
{
    const QList<TextSpan> spans = findUrls(text);
    if (spans.isEmpty())
        return text;
    QString out;
    out.reserve(text.size());
    qsizetype copyFrom = 0;
    for (const TextSpan &span : spans) {
        out.append(QStringView(text).mid(copyFrom, span.start - copyFrom));
        out.append(replacement);
        copyFrom = span.end;
    }
    out.append(QStringView(text).mid(copyFrom));
    return out;
}

QString squashRepeats(const QString &text, int maxRun)
{
    if (maxRun <= 0 || text.size() <= maxRun)
        return text;

    const QStringView view(text);
    auto isDigitCluster = [](QStringView cluster) {
        qsizetype units = 1;
        const char32_t c = codePointAt(cluster, 0, &units);
        return units == cluster.size() && QChar::isDigit(c);
    };

    QString out;
    out.reserve(text.size());
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, text);

    QStringView runCluster; // the repeated cluster
    qsizetype runStart = 0; // UTF-16 index where the run starts
    qsizetype runCount = 0;
    bool changed = false;

    auto flush = [&](qsizetype runEnd) {
        if (runCount == 0)
            return;
        // Digits are a number, read as written (8888円, 1000000), never squashed.
        if (runCount > maxRun && !isDigitCluster(runCluster)) {
            for (int k = 0; k < maxRun; ++k)
                out.append(runCluster);
            changed = true;
        } else {
            out.append(view.mid(runStart, runEnd - runStart));
        }
    };

    qsizetype start = 0;
    for (qsizetype end = finder.toNextBoundary(); end != -1; end = finder.toNextBoundary()) {
        if (end <= start)
            continue;
        const QStringView cluster = view.mid(start, end - start);
        if (runCount > 0 && cluster == runCluster) {
            ++runCount;
        } else {
            flush(start);
            runCluster = cluster;
            runStart = start;
            runCount = 1;
        }
        start = end;
    }
    flush(text.size());
    // The finder must have covered the text; be safe if it ever stops early.
    if (start < text.size())
        out.append(view.mid(start));
    return changed ? out : text;
}

QString applyDictionary(const QString &text, const QList<DictionaryEntry> &dictionary)
{
    return ReadingDictionary(dictionary).apply(text);
}

QString truncateToCodePoints(const QString &text, qsizetype maxCodePoints)
{
    if (maxCodePoints <= 0)
        return {};
    const qsizetype cut = indexOfCodePoint(text, maxCodePoints);
    if (cut >= text.size())
        return text;
    // Grapheme rules decide a boundary from the text before it and the character after it,
    // so a window ending one code point past the cut gives the same answer as the whole text.
    qsizetype units = 1;
    codePointAt(text, cut, &units);
    const QString window = text.left(cut + units);
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, window);
    finder.setPosition(cut);
    qsizetype boundary = cut;
    if (!finder.isAtBoundary()) {
        boundary = finder.toPreviousBoundary();
        if (boundary <= 0)
            boundary = cut; // one cluster longer than the limit: cut it at a code point
    }
    return text.left(boundary);
}

QString limitLength(const QString &text, int maxCodePoints, QStringView suffix)
{
    if (maxCodePoints <= 0 || codePointCount(text) <= maxCodePoints)
        return text;
    QString kept = truncateToCodePoints(text, maxCodePoints);
    while (!kept.isEmpty() && kept.back().isSpace())
        kept.chop(1);
    return kept + suffix;
}

QString speakerName(const ChatMessage &message, const QHash<QString, QString> &nicknames)
{
    if (!nicknames.isEmpty()) {
        auto it = nicknames.constFind(message.login);
        if (it == nicknames.cend()) {
            for (auto scan = nicknames.cbegin(); scan != nicknames.cend(); ++scan) {
                if (scan.key().compare(message.login, Qt::CaseInsensitive) == 0) {
                    it = scan;
                    break;
                }
            }
        }
        if (it != nicknames.cend()) {
            const QString nickname = cleanText(*it);
            if (!nickname.isEmpty())
                return nickname;
        }
    }
    const QString display = cleanText(message.displayName);
    return display.isEmpty() ? message.login : display;
}

QString expandNameTemplate(QStringView nameTemplate, QStringView name, QStringView text)
{
    static constexpr QStringView NameKey = u"{name}";
    static constexpr QStringView TextKey = u"{text}";
    QString out;
    out.reserve(nameTemplate.size() + name.size() + text.size());
    qsizetype i = 0;
    while (i < nameTemplate.size()) {
        const qsizetype brace = nameTemplate.indexOf(u'{', i);
        if (brace < 0)
            break;
        out.append(nameTemplate.mid(i, brace - i));
        const QStringView rest = nameTemplate.mid(brace);
        if (rest.startsWith(NameKey)) {
            out.append(name);
            i = brace + NameKey.size();
        } else if (rest.startsWith(TextKey)) {
            out.append(text);
            i = brace + TextKey.size();
        } else {
            out.append(u'{');
            i = brace + 1;
        }
    }
    out.append(nameTemplate.mid(i));
    return out;
}

} // namespace chatvox
