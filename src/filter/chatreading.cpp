#include "chatreading.h"

#include "filter/englishreading.h"
#include "filter/filterrules.h"

#include <QRegularExpression>

#include <algorithm>
#include <string_view>

using namespace Qt::StringLiterals;

namespace chatvox {

namespace {

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

// The code point that ends just before text[i] (0 at the start).
inline char32_t codePointBefore(QStringView text, qsizetype i)
{
    if (i <= 0)
        return 0;
    const QChar c = text[i - 1];
    if (c.isLowSurrogate() && i >= 2 && text[i - 2].isHighSurrogate())
        return QChar::surrogateToUcs4(text[i - 2], c);
    return c.unicode();
}

inline bool isAsciiAlnum(char32_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
}

inline bool isAsciiLetter(char32_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

// Hiragana, katakana (full and half width), CJK ideographs, the prolonged sound mark, and
// Japanese punctuation: text a Japanese viewer writes laughter right after.
bool isJapanese(char32_t c)
{
    return (c >= 0x3040 && c <= 0x30FF) // hiragana, katakana
        || (c >= 0x3000 && c <= 0x303F) // CJK punctuation
        || (c >= 0x31F0 && c <= 0x31FF) // katakana phonetic extensions
        || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) // ideographs
        || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x20000 && c <= 0x3134F)
        || (c >= 0xFF61 && c <= 0xFF9F); // half-width katakana
}

inline bool isDigit(char32_t c)
{
    return (c >= u'0' && c <= u'9') || (c >= 0xFF10 && c <= 0xFF19);
}

// --- Kaomoji --------------------------------------------------------------------------------

// Characters that make a bracketed group a face: eyes, mouths, cheeks and sweat that no
// Japanese or English word is written with.
bool isFaceSymbol(char32_t c)
{
    static constexpr std::u16string_view set = u"´`｀ﾟ゜°・･ωДд∀^＾≧≦▽△▼◕◔‿ᴗ∇εз￣ρΘθΩヮﾛ皿益ι◉⊙●○◎≖ꈍᐛᐖㅂㅅᴥᆺᵕ╹◡﹏□ᗜᏊﾆ≡≒≪≫ㆆٹʖ͜͡ﾉヽゞ╯╰┐┌┘└︶ㄟㄏσδ∩⊂⊃＿_；;*＊☆★ﾊヘ〃∵∴ｏＯ∠」「꒳ᐢㅇ";
    return (c < 0x10000 && set.find(char16_t(c)) != std::u16string_view::npos);
}

// Symbols that a face may be written with but that do not make one on their own.
bool isFaceFiller(char32_t c)
{
    static constexpr std::u16string_view set = u"oO0TqpuvxX3c-=~～><＞＜.,\"ーｰ+#＃!?！？ㅠㅜﾉノｼシツｯッｪェｧィｨムﾑゝヾｖｗw/／＼|｜、。｡､♪♡♥❤✧✿";
    return QChar::isSpace(c) || isFaceSymbol(c) || (c < 0x10000 && set.find(char16_t(c)) != std::u16string_view::npos);
}

// Hands, arms and sparkles written just outside a face's brackets.
bool isFaceArm(char32_t c)
{
    static constexpr std::u16string_view set = u"ヽﾉノ＼／/⊂⊃∩٩۶ヾゞㄟㄏ┌┐☆✧*＊σヘ╰╯┗┛┏┓━─ｍmoｏゝψΣﾟ゜°ι♪✨︵︶";
    return (c < 0x10000 && set.find(char16_t(c)) != std::u16string_view::npos);
}

bool isOpenBracket(char32_t c)
{
    return c == u'(' || c == u'（' || c == u'{' || c == u'［' || c == u'[';
}

bool isCloseBracket(char32_t c)
{
    return c == u')' || c == u'）' || c == u'}' || c == u'］' || c == u']';
}

// Box drawing, block elements, geometric shapes, dashes: a run of three or more of them is a
// line or a picture, not something to read.
bool isLineSymbol(char32_t c)
{
    return (c >= 0x2500 && c <= 0x25FF) // box drawing, block elements, geometric shapes
        || (c >= 0x2190 && c <= 0x21FF) // arrows
        || c == u'―' || c == u'‐' || c == u'‥' || c == u'…' || c == u'＿' || c == u'￣'
        || c == u'_' || c == u'=' || c == u'＝' || c == u'~' || c == u'～' || c == u'|'
        || c == u'｜' || c == u'*' || c == u'☆' || c == u'★' || c == u'♪' || c == u'◆'
        || c == u'-';
}

struct Span
{
    qsizetype start;
    qsizetype end;
};

// The end of a face that opens at `open` (a bracket), or -1: the closing bracket comes within
// 16 code points, and what is inside has a face symbol and only face characters.
qsizetype faceEnd(QStringView text, qsizetype open)
{
    qsizetype units = 1;
    qsizetype i = open;
    codePointAt(text, i, &units);
    i += units;
    int count = 0;
    bool symbol = false;
    int asciiLetters = 0;
    while (i < text.size() && count < 16) {
        const char32_t c = codePointAt(text, i, &units);
        if (isCloseBracket(c))
            return (symbol && asciiLetters <= 2 && count > 0) ? i + units : -1;
        if (isOpenBracket(c))
            return -1;
        if (isFaceSymbol(c))
            symbol = true;
        else if (!isFaceFiller(c) && !QChar::isMark(c))
            return -1;
        if (isAsciiLetter(c))
            ++asciiLetters;
        ++count;
        i += units;
    }
    return -1;
}

const QRegularExpression &asciiFacePattern()
{
    // Faces of plain ASCII that the bracket rule cannot tell from words: (T_T), (^^), m(_ _)m,
    // orz / OTL and friends, _(:3」∠)_ and the :) family.
    static const QRegularExpression pattern(
        uR"((?<![A-Za-z0-9])(?:orz|Orz|ORZ|OTL|otl|sm[0o]|ΩΩΩ)(?![A-Za-z0-9]))"
        uR"(|m\(_ ?_\)m)"
        uR"(|[(（]\s*[T;:ToO0^＾>xX]\s*[_.\-oωー]?\s*[T;ToO0^＾<xX]\s*[)）])"
        uR"(|(?<![A-Za-z0-9])[:;]-?[)(DPp](?![A-Za-z0-9]))"
        uR"(|_\(:3」∠\)_)"_s);
    return pattern;
}

} // namespace

QString replaceKaomoji(const QString &text, QStringView replacement)
{
    const QStringView view(text);
    QList<Span> spans;

    // 1. Bracketed faces, with the arms around them: ヽ(・∀・)ﾉ, ＼(^o^)／, (´・ω・`).
    for (qsizetype i = 0; i < view.size();) {
        qsizetype units = 1;
        const char32_t c = codePointAt(view, i, &units);
        if (!isOpenBracket(c)) {
            i += units;
            continue;
        }
        const qsizetype end = faceEnd(view, i);
        if (end < 0) {
            i += units;
            continue;
        }
        qsizetype start = i;
        // Arms to the left: only when they are not the end of a word ("Victor(" stays).
        for (int n = 0; n < 3 && start > 0; ++n) {
            const char32_t before = codePointBefore(view, start);
            if (!isFaceArm(before))
                break;
            const qsizetype width = QChar::requiresSurrogates(before) ? 2 : 1;
            if (isAsciiLetter(before) && isAsciiLetter(codePointBefore(view, start - width)))
                break;
            start -= width;
        }
        qsizetype stop = end;
        for (int n = 0; n < 3 && stop < view.size(); ++n) {
            qsizetype w = 1;
            const char32_t after = codePointAt(view, stop, &w);
            if (!isFaceArm(after) && !QChar::isMark(after))
                break;
            if (isAsciiLetter(after) && stop + w < view.size()
                && isAsciiLetter(view[stop + w].unicode()))
                break;
            stop += w;
        }
        spans.append({start, stop});
        i = stop;
    }

    // 2. ASCII faces and orz.
    // (one pass: what every alternative of the pattern needs)
    const bool maybeAscii = [&] {
        for (qsizetype i = 0; i < view.size(); ++i) {
            const char16_t c = view[i].unicode();
            if (c == u'(' || c == u'（' || c == u':' || c == u';' || c == u'Ω')
                return true;
            const char16_t next = i + 1 < view.size() ? (view[i + 1].unicode() | 0x20) : 0;
            const char16_t lower = c | 0x20;
            if ((lower == u'r' && next == u'z') || (lower == u't' && next == u'l')
                || (lower == u's' && next == u'm'))
                return true;
        }
        return false;
    }();
    if (maybeAscii) {
        auto it = asciiFacePattern().globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            spans.append({m.capturedStart(), m.capturedEnd()});
        }
    }

    // 3. Runs of three or more line symbols (spaces between them allowed): ━━━, ＿＿＿, ■■■.
    for (qsizetype i = 0; i < view.size();) {
        qsizetype units = 1;
        char32_t c = codePointAt(view, i, &units);
        if (!isLineSymbol(c)) {
            i += units;
            continue;
        }
        const qsizetype start = i;
        qsizetype end = i;
        int symbols = 0;
        qsizetype j = i;
        while (j < view.size()) {
            c = codePointAt(view, j, &units);
            if (isLineSymbol(c)) {
                ++symbols;
                j += units;
                end = j;
            } else if (c == u' ' || c == u'　') {
                j += units;
            } else {
                break;
            }
        }
        // "-" and "=" alone are also arithmetic and arrows ("1-2", "=>"): only long runs.
        const bool asciiOnly = [&] {
            for (qsizetype k = start; k < end; ++k) {
                if (view[k].unicode() >= 0x80)
                    return false;
            }
            return true;
        }();
        if (symbols >= (asciiOnly ? 5 : 3))
            spans.append({start, end});
        i = j > i ? j : i + units;
    }

    if (spans.isEmpty())
        return text;
    std::sort(spans.begin(), spans.end(),
              [](const Span &a, const Span &b) { return a.start < b.start; });
    QString out;
    out.reserve(text.size());
    qsizetype copyFrom = 0;
    for (const Span &span : std::as_const(spans)) {
        if (span.start < copyFrom) { // overlapping: extend the previous one
            if (span.end > copyFrom)
                copyFrom = span.end;
            continue;
        }
        out.append(view.mid(copyFrom, span.start - copyFrom));
        // A space keeps the words on either side apart; cleaned up by the pipeline.
        out.append(replacement.isEmpty() ? u" "_s : u' ' + replacement + u' ');
        copyFrom = span.end;
    }
    out.append(view.mid(copyFrom));
    return collapseWhitespace(out);
}

// --- Laughter and applause ------------------------------------------------------------------

namespace {

inline bool isLaughterLetter(QChar c)
{
    return c == u'w' || c == u'W' || c == u'ｗ' || c == u'Ｗ';
}

// What may stand right after a laughter or applause run: the end, a space, punctuation,
// Japanese, emoji; not a letter or digit (which would make it part of a word or a number).
bool endsRun(QStringView text, qsizetype i)
{
    if (i >= text.size())
        return true;
    qsizetype units = 1;
    const char32_t c = codePointAt(text, i, &units);
    if (isAsciiAlnum(c) || isDigit(c))
        return false;
    if (c == u'/' || c == u'.' || c == u'@' || c == u'_' || c == u'-' || c == u'\'')
        return i + 1 >= text.size() || !isAsciiAlnum(text[i + 1].unicode());
    if (c >= 0xFF21 && c <= 0xFF5A) // full-width Latin letters
        return false;
    return true;
}

} // namespace

QString readLaughter(const QString &text, LaughterMode mode)
{
    if (mode == LaughterMode::Off)
        return text;
    const QStringView view(text);
    const qsizetype first = [&] {
        for (qsizetype i = 0; i < view.size(); ++i) {
            if (isLaughterLetter(view[i]))
                return i;
        }
        return qsizetype(-1);
    }();
    if (first < 0)
        return text;

    QStringView once;
    switch (mode) {
    case LaughterMode::Wara:
        once = u"わら";
        break;
    case LaughterMode::Fufu:
        once = u"ふふ";
        break;
    case LaughterMode::Drop:
    case LaughterMode::Off:
        break;
    }

    QString out;
    out.reserve(text.size() + 8);
    qsizetype copyFrom = 0;
    for (qsizetype i = first; i < view.size();) {
        if (!isLaughterLetter(view[i])) {
            ++i;
            continue;
        }
        qsizetype end = i;
        while (end < view.size() && isLaughterLetter(view[end]))
            ++end;
        const char32_t before = codePointBefore(view, i);
        bool startsOk = before == 0 || !(isAsciiAlnum(before) || isDigit(before)
                                               || (before >= 0xFF21 && before <= 0xFF5A)
                                               || before == u'.' || before == u'/'
                                               || before == u'@' || before == u'_');
        // One capital W between words is a word ("GG W"), not laughter: only after Japanese.
        const bool loneCapital = end - i == 1 && (view[i] == u'W' || view[i] == u'Ｗ')
            && !isJapanese(before);
        // Full-width ｗ is never part of an English word or a number: "GGｗｗｗ", "ｗｗｗ8888".
        const bool fullWidth = std::all_of(view.begin() + i, view.begin() + end,
                                           [](QChar c) { return c == u'ｗ' || c == u'Ｗ'; });
        const auto isFullWidthLetter = [](char32_t c) { return c >= 0xFF21 && c <= 0xFF5A; };
        const bool fullWidthOk = fullWidth && !isFullWidthLetter(before)
            && (end >= view.size() || !isFullWidthLetter(view[end].unicode()));
        // "lolww", "lmaowww": an English laugh with w after it is one laugh.
        qsizetype from = i;
        if (!startsOk && isAsciiLetter(before)) {
            qsizetype word = i;
            while (word > 0 && isAsciiLetter(view[word - 1].unicode()))
                --word;
            const QString laugh = view.sliced(word, i - word).toString().toLower();
            if ((laugh == u"lol" || laugh == u"lmao")
                && (word == 0 || !isAsciiAlnum(codePointBefore(view, word)))) {
                from = word;
                startsOk = true;
            }
        }
        if ((fullWidthOk || (startsOk && endsRun(view, end))) && !loneCapital) {
            out.append(view.mid(copyFrom, from - copyFrom));
            // A long run says it twice, never more: "ｗｗｗｗｗｗｗｗ" is not a minute of わら.
            out.append(once);
            if (end - from >= 3)
                out.append(once);
            // Laughter is a phrase of its own: "わら草" would be read as one word (ワラソオ),
            // "わら 草" is ワラ、クサ.
            if (!once.isEmpty() && end < view.size() && !view[end].isSpace()
                && !view[end].isPunct() && !view[end].isSymbol())
                out.append(u' ');
            copyFrom = end;
        }
        i = end;
    }
    if (copyFrom == 0)
        return text;
    out.append(view.mid(copyFrom));
    if (mode == LaughterMode::Drop)
        return collapseWhitespace(out);
    return out;
}

QString readApplause(const QString &text)
{
    const QStringView view(text);
    auto isEight = [](QChar c) { return c == u'8' || c == u'８'; };
    if (!view.contains(u"888") && !view.contains(u"８８８"))
        return text;
    QString out;
    qsizetype copyFrom = 0;
    for (qsizetype i = 0; i < view.size();) {
        if (!isEight(view[i])) {
            ++i;
            continue;
        }
        qsizetype end = i;
        while (end < view.size() && isEight(view[end]))
            ++end;
        const char32_t before = codePointBefore(view, i);
        const bool startsOk = !(isAsciiAlnum(before) || isDigit(before) || before == u'.'
                                || before == u',' || before == u':' || before == u'$'
                                || before == u'¥' || before == u'￥' || before == u'#'
                                || before == u'-' || before == u'＃');
        bool endsOk = endsRun(view, end);
        if (endsOk && end < view.size()) {
            // A number with a unit ("888円", "888人", "888万") or a decimal is a number.
            qsizetype units = 1;
            const char32_t after = codePointAt(view, end, &units);
            const bool ideograph = (after >= 0x3400 && after <= 0x9FFF);
            const bool katakana = (after >= 0x30A0 && after <= 0x30FF);
            if (ideograph || katakana || after == u'%' || after == u'％' || after == u','
                || after == u'.' || after == u':' || after == u'ｗ' || after == u'w')
                endsOk = false;
        }
        if (end - i >= 3 && startsOk && endsOk) {
            if (out.isEmpty())
                out.reserve(text.size());
            out.append(view.mid(copyFrom, i - copyFrom));
            out.append(u"パチパチ");
            copyFrom = end;
        }
        i = end;
    }
    if (copyFrom == 0)
        return text;
    out.append(view.mid(copyFrom));
    return out;
}

// --- Names ----------------------------------------------------------------------------------

namespace {

struct Kana
{
    std::string_view romaji;
    const char16_t *kana;
};

// Hepburn and the spellings IMEs accept, longest first within each starting letter.
constexpr Kana kRomaji[] = {
    {"kya", u"きゃ"}, {"kyu", u"きゅ"}, {"kyo", u"きょ"}, {"gya", u"ぎゃ"}, {"gyu", u"ぎゅ"},
    {"gyo", u"ぎょ"}, {"sha", u"しゃ"}, {"shi", u"し"},   {"shu", u"しゅ"}, {"she", u"しぇ"},
    {"sho", u"しょ"}, {"sya", u"しゃ"}, {"syu", u"しゅ"}, {"syo", u"しょ"}, {"cha", u"ちゃ"},
    {"chi", u"ち"},   {"chu", u"ちゅ"}, {"che", u"ちぇ"}, {"cho", u"ちょ"}, {"tya", u"ちゃ"},
    {"tyu", u"ちゅ"}, {"tyo", u"ちょ"}, {"tsu", u"つ"},   {"nya", u"にゃ"}, {"nyu", u"にゅ"},
    {"nyo", u"にょ"}, {"hya", u"ひゃ"}, {"hyu", u"ひゅ"}, {"hyo", u"ひょ"}, {"mya", u"みゃ"},
    {"myu", u"みゅ"}, {"myo", u"みょ"}, {"rya", u"りゃ"}, {"ryu", u"りゅ"}, {"ryo", u"りょ"},
    {"bya", u"びゃ"}, {"byu", u"びゅ"}, {"byo", u"びょ"}, {"pya", u"ぴゃ"}, {"pyu", u"ぴゅ"},
    {"pyo", u"ぴょ"}, {"jya", u"じゃ"}, {"jyu", u"じゅ"}, {"jyo", u"じょ"}, {"zya", u"じゃ"},
    {"zyu", u"じゅ"}, {"zyo", u"じょ"},
    {"ka", u"か"},    {"ki", u"き"},    {"ku", u"く"},    {"ke", u"け"},    {"ko", u"こ"},
    {"ga", u"が"},    {"gi", u"ぎ"},    {"gu", u"ぐ"},    {"ge", u"げ"},    {"go", u"ご"},
    {"sa", u"さ"},    {"si", u"し"},    {"su", u"す"},    {"se", u"せ"},    {"so", u"そ"},
    {"za", u"ざ"},    {"zi", u"じ"},    {"zu", u"ず"},    {"ze", u"ぜ"},    {"zo", u"ぞ"},
    {"ja", u"じゃ"},  {"ji", u"じ"},    {"ju", u"じゅ"},  {"je", u"じぇ"},  {"jo", u"じょ"},
    {"ta", u"た"},    {"ti", u"ち"},    {"tu", u"つ"},    {"te", u"て"},    {"to", u"と"},
    {"da", u"だ"},    {"di", u"ぢ"},    {"du", u"づ"},    {"de", u"で"},    {"do", u"ど"},
    {"na", u"な"},    {"ni", u"に"},    {"nu", u"ぬ"},    {"ne", u"ね"},    {"no", u"の"},
    {"ha", u"は"},    {"hi", u"ひ"},    {"hu", u"ふ"},    {"fu", u"ふ"},    {"he", u"へ"},
    {"ho", u"ほ"},    {"ba", u"ば"},    {"bi", u"び"},    {"bu", u"ぶ"},    {"be", u"べ"},
    {"bo", u"ぼ"},    {"pa", u"ぱ"},    {"pi", u"ぴ"},    {"pu", u"ぷ"},    {"pe", u"ぺ"},
    {"po", u"ぽ"},    {"ma", u"ま"},    {"mi", u"み"},    {"mu", u"む"},    {"me", u"め"},
    {"mo", u"も"},    {"ya", u"や"},    {"yu", u"ゆ"},    {"yo", u"よ"},    {"ra", u"ら"},
    {"ri", u"り"},    {"ru", u"る"},    {"re", u"れ"},    {"ro", u"ろ"},    {"wa", u"わ"},
    {"wo", u"を"},    {"a", u"あ"},     {"i", u"い"},     {"u", u"う"},     {"e", u"え"},
    {"o", u"お"},
};

bool isVowel(char16_t c)
{
    return c == u'a' || c == u'i' || c == u'u' || c == u'e' || c == u'o';
}

} // namespace

QString romajiToHiragana(QStringView word)
{
    if (word.size() < 2 || word.size() > 40)
        return {};
    QString lower;
    lower.reserve(word.size());
    for (QChar c : word) {
        if (!isAsciiLetter(c.unicode()))
            return {};
        lower.append(c.toLower());
    }
    QString out;
    qsizetype i = 0;
    while (i < lower.size()) {
        const char16_t c = lower[i].unicode();
        const char16_t next = i + 1 < lower.size() ? lower[i + 1].unicode() : u'\0';
        // ん: "nn", or n before a consonant or at the end ("ken", "shinji", "kanna").
        if (c == u'n' && (next == u'\0' || (!isVowel(next) && next != u'y'))) {
            out.append(u'ん');
            i += (next == u'n' && (i + 2 >= lower.size() || !isVowel(lower[i + 2].unicode())))
                ? 2
                : 1;
            continue;
        }
        // っ: a doubled consonant ("kappa", "matcha" as "tch").
        if (!isVowel(c) && c != u'n' && (next == c || (c == u't' && next == u'c'))) {
            out.append(u'っ');
            ++i;
            continue;
        }
        bool matched = false;
        for (const Kana &k : kRomaji) {
            const qsizetype len = qsizetype(k.romaji.size());
            if (char16_t(k.romaji[0]) != c || i + len > lower.size())
                continue;
            bool same = true;
            for (qsizetype j = 0; j < len; ++j) {
                if (lower[i + j] != QLatin1Char(k.romaji[j])) {
                    same = false;
                    break;
                }
            }
            if (same) {
                out.append(QStringView(k.kana));
                i += len;
                matched = true;
                break;
            }
        }
        if (!matched)
            return {};
    }
    return out;
}

namespace {

bool hasJapanese(QStringView text)
{
    for (qsizetype i = 0; i < text.size();) {
        qsizetype units = 1;
        if (isJapanese(codePointAt(text, i, &units)))
            return true;
        i += units;
    }
    return false;
}

// "SakuraGamer_0412" → ["Sakura", "Gamer"]: parts at underscores, digits and case changes;
// numbers at the end are an account's suffix, not its name.
QStringList nameParts(QStringView name)
{
    QStringList parts;
    QString part;
    auto flush = [&] {
        if (!part.isEmpty())
            parts << part;
        part.clear();
    };
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name[i];
        if (c == u'_' || c == u'-' || c == u'.' || c == u' ') {
            flush();
        } else if (c.isDigit()) {
            if (!part.isEmpty() && !part.back().isDigit())
                flush();
            part.append(c);
        } else {
            const bool lowerToUpper = c.isUpper() && !part.isEmpty() && part.back().isLower();
            if (lowerToUpper || (!part.isEmpty() && part.back().isDigit()))
                flush();
            part.append(c);
        }
    }
    flush();
    while (!parts.isEmpty() && parts.back().front().isDigit())
        parts.removeLast();
    return parts;
}

QString readPart(const QString &part)
{
    bool ascii = true;
    for (QChar c : part) {
        if (c.unicode() >= 0x80)
            ascii = false;
    }
    if (!ascii)
        return part;
    // Romaji first: most logins on a Japanese stream that spell out as romaji are Japanese
    // names (taro → たろ, sakura → さくら; CMU would read taro as テロ), then an English word
    // (gamer → ゲーマー).
    if (const QString hiragana = romajiToHiragana(part); !hiragana.isEmpty())
        return hiragana;
    if (const QString english = englishWordReading(part.toLower()); !english.isEmpty())
        return english;
    return part;
}

} // namespace

QString readableSpeakerName(const ChatMessage &message, const QHash<QString, QString> &nicknames)
{
    const QString plain = speakerName(message, nicknames);
    // A nickname, or a display name with Japanese in it, is what the viewer wants to be called.
    const QString display = cleanText(message.displayName);
    if (plain != display && plain != message.login)
        return plain; // a nickname
    if (hasJapanese(display))
        return display;
    // The display name is the login with the viewer's capitals (its case changes split words
    // apart); anything else is a name of its own.
    const QString source = display.isEmpty() ? message.login : display;
    const QStringList parts = nameParts(source);
    if (parts.isEmpty())
        return plain;
    QString out;
    for (const QString &part : parts) {
        const QString reading = readPart(part);
        // Two unknown ASCII parts stay apart ("cool guy" stays readable as words).
        if (!out.isEmpty() && isAsciiLetter(out.back().unicode())
            && isAsciiLetter(reading.front().unicode()))
            out.append(u' ');
        out.append(reading);
    }
    return out;
}

} // namespace chatvox
