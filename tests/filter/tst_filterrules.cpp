// Unit tests of the single read-aloud rules (filterrules.h, NgWordMatcher, ReadingDictionary).

#include "filter/filterrules.h"
#include "filter/ngwordmatcher.h"
#include "filter/readingdictionary.h"

#include <climits>

#include <QTest>

using namespace Qt::StringLiterals;
using namespace chatvox;

namespace {

QList<EmoteRange> ranges(std::initializer_list<std::pair<int, int>> list)
{
    QList<EmoteRange> out;
    for (const auto &[first, last] : list)
        out.append({u"25"_s, first, last});
    return out;
}

QStringList spansText(const QString &text, const QList<TextSpan> &spans)
{
    QStringList out;
    for (const TextSpan &span : spans)
        out.append(text.mid(span.start, span.end - span.start));
    return out;
}

const QString Family = u"👨\u200d👩\u200d👧"_s; // one grapheme, five code points
const QString ThumbsTone = u"👍🏻"_s; // one grapheme, two code points

} // namespace

class TestFilterRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void codePoints();
    void invisible();
    void command_data();
    void command();
    void emotes_data();
    void emotes();
    void clean_data();
    void clean();
    void collapse();
    void fold();
    void ngWords();
    void urls_data();
    void urls();
    void urlReplacement();
    void squash_data();
    void squash();
    void dictionary_data();
    void dictionary();
    void truncate_data();
    void truncate();
    void limit();
    void names();
    void nameTemplate_data();
    void nameTemplate();
};

void TestFilterRules::codePoints()
{
    QCOMPARE(codePointCount(u""), 0);
    QCOMPARE(codePointCount(u"abc"), 3);
    QCOMPARE(codePointCount(u"こんにちは"), 5);
    QCOMPARE(codePointCount(u"😀"), 1);
    QCOMPARE(codePointCount(u"a😀b"), 3);
    QCOMPARE(codePointCount(ThumbsTone), 2);
    QCOMPARE(codePointCount(Family), 5);
    const QChar high(0xD83D), low(0xDE00);
    QCOMPARE(codePointCount(QString(high)), 1); // lone high surrogate
    QCOMPARE(codePointCount(QString(QString(low) + QString(high))), 2); // reversed pair
    QCOMPARE(codePointCount(QString(QString(high) + u"a"_s)), 2);
}

void TestFilterRules::invisible()
{
    for (char32_t c : std::initializer_list<char32_t>{
             0x200B, 0xFEFF, 0x2060, 0x202E, 0x2066, 0x00AD, 0x3164, 0x115F, 0xFFA0, 0xE0000,
             0x0001, 0x007F, 0xD800, 0xDFFF, 0xFFFF, 0x2800})
        QVERIFY2(isInvisible(c), qPrintable(QString::number(c, 16)));
    // Kept: letters, ZWJ/ZWNJ and variation selectors (emoji need them), whitespace (handled
    // as whitespace), skin tones, tag characters of flag sequences.
    for (char32_t c :
         std::initializer_list<char32_t>{U'a', U'あ', 0x200D, 0x200C, 0xFE0F, 0xE0101, U' ', U'\t',
                                         U'\n', 0x3000, 0x1F3FB, 0xE0067, 0x1F600})
        QVERIFY2(!isInvisible(c), qPrintable(QString::number(c, 16)));
}

void TestFilterRules::command_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("prefixes");
    QTest::addColumn<bool>("expected");
    const QStringList bang{u"!"_s};
    QTest::newRow("plain") << u"!uptime"_s << bang << true;
    QTest::newRow("japanese") << u"!おみくじ"_s << bang << true;
    QTest::newRow("digit") << u"!1"_s << bang << true;
    QTest::newRow("leading spaces") << u" \t　!so someone"_s << bang << true;
    QTest::newRow("leading invisible") << u"\u200b\ufeff!so"_s << bang << true;
    QTest::newRow("bang only") << u"!"_s << bang << false;
    QTest::newRow("bangs") << u"!!!"_s << bang << false;
    QTest::newRow("bang space") << u"! hi"_s << bang << false;
    QTest::newRow("bang emoji") << u"!😀"_s << bang << false;
    QTest::newRow("later") << u"hi !uptime"_s << bang << false;
    QTest::newRow("empty") << QString() << bang << false;
    QTest::newRow("no prefixes") << u"!uptime"_s << QStringList() << false;
    QTest::newRow("empty prefix ignored") << u"hello"_s << QStringList{QString()} << false;
    QTest::newRow("second prefix") << u"?help"_s << QStringList{u"!"_s, u"?"_s} << true;
    QTest::newRow("long prefix") << u"!!go"_s << QStringList{u"!!"_s} << true;
    QTest::newRow("long prefix partial") << u"!go"_s << QStringList{u"!!"_s} << false;
    QTest::newRow("fullwidth prefix") << u"！コマンド"_s << QStringList{u"！"_s} << true;
}

void TestFilterRules::command()
{
    QFETCH(QString, text);
    QFETCH(QStringList, prefixes);
    QFETCH(bool, expected);
    QCOMPARE(isCommand(text, prefixes), expected);
}

void TestFilterRules::emotes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<EmoteRange>>("emotes");
    QTest::addColumn<QString>("expected");
    QTest::newRow("none") << u"Kappa"_s << QList<EmoteRange>() << u"Kappa"_s;
    QTest::newRow("whole") << u"Kappa"_s << ranges({{0, 4}}) << u" "_s;
    QTest::newRow("middle") << u"a Kappa b"_s << ranges({{2, 6}}) << u"a   b"_s;
    QTest::newRow("end") << u"hi Kappa"_s << ranges({{3, 7}}) << u"hi  "_s;
    // Twitch counts code points: 😀 is one position but two UTF-16 units.
    QTest::newRow("after emoji") << u"😀Kappa!"_s << ranges({{1, 5}}) << u"😀 !"_s;
    QTest::newRow("after two emoji") << u"😀😀 Kappa 草"_s << ranges({{3, 7}}) << u"😀😀   草"_s;
    QTest::newRow("emoji emote") << u"a😀b"_s << ranges({{1, 1}}) << u"a b"_s;
    QTest::newRow("unsorted") << u"A B C"_s << ranges({{4, 4}, {0, 0}}) << u"  B  "_s;
    QTest::newRow("duplicate") << u"A B"_s << ranges({{0, 0}, {0, 0}}) << u"  B"_s;
    QTest::newRow("adjacent merged") << u"KappaKeepo x"_s << ranges({{0, 4}, {5, 9}}) << u"  x"_s;
    QTest::newRow("overlapping merged") << u"abcdef"_s << ranges({{0, 3}, {2, 4}}) << u" f"_s;
    QTest::newRow("contained") << u"abcdef"_s << ranges({{0, 5}, {1, 2}}) << u" "_s;
    QTest::newRow("past end ignored") << u"Kappa"_s << ranges({{0, 5}}) << u"Kappa"_s;
    QTest::newRow("negative ignored") << u"Kappa"_s << ranges({{-1, 3}}) << u"Kappa"_s;
    QTest::newRow("reversed ignored") << u"Kappa"_s << ranges({{3, 1}}) << u"Kappa"_s;
    QTest::newRow("huge ignored") << u"Kappa"_s << ranges({{INT_MAX - 1, INT_MAX}}) << u"Kappa"_s;
    QTest::newRow("valid kept, invalid dropped")
        << u"Kappa hi"_s << ranges({{0, 4}, {6, 99}}) << u"  hi"_s;
    QTest::newRow("empty text") << QString() << ranges({{0, 0}}) << QString();
    QTest::newRow("lone surrogate counts one")
        << QString(QChar(0xD83D) + u"Kappa"_s) << ranges({{1, 5}})
        << QString(QChar(0xD83D) + u" "_s);
}

void TestFilterRules::emotes()
{
    QFETCH(QString, text);
    QFETCH(QList<EmoteRange>, emotes);
    QFETCH(QString, expected);
    QCOMPARE(stripEmotes(text, emotes), expected);
}

void TestFilterRules::clean_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << u"hello"_s << u"hello"_s;
    QTest::newRow("trim and collapse") << u"  a  \t b\n\nc  "_s << u"a b c"_s;
    QTest::newRow("ideographic space") << u"あ　　い"_s << u"あ い"_s;
    QTest::newRow("nbsp") << u"a\u00a0b"_s << u"a b"_s;
    QTest::newRow("zero width") << u"a\u200bb\u2060c\ufeffd"_s << u"abcd"_s;
    QTest::newRow("bidi") << u"\u202eabc\u202c"_s << u"abc"_s;
    QTest::newRow("controls") << u"a\u0001b\u007fc"_s << u"abc"_s;
    QTest::newRow("duplicate bypass") << u"hi \U000E0000"_s << u"hi"_s;
    QTest::newRow("space around invisible") << u"a \u200b b"_s << u"a b"_s;
    QTest::newRow("zwj kept") << Family << Family;
    QTest::newRow("variation selector kept") << u"❤️"_s << u"❤️"_s;
    QTest::newRow("nfc") << u"か\u3099"_s << u"が"_s;
    QTest::newRow("nfc accent") << u"e\u0301"_s << u"é"_s;
    QTest::newRow("compatibility kept") << u"ｗ①ﾊ"_s << u"ｗ①ﾊ"_s; // NFC, not NFKC
    QTest::newRow("lone surrogates")
        << QString(u"a"_s + QChar(0xD800) + u"b"_s + QChar(0xDC00)) << u"ab"_s;
    QTest::newRow("zalgo capped") << QString(u"a"_s + u"\u0300\u0301"_s.repeated(10) + u"b"_s)
                                  << QString(u"a"_s + u"\u0300\u0301"_s.repeated(4) + u"b"_s)
                                         .normalized(QString::NormalizationForm_C);
    QTest::newRow("vietnamese kept") << u"Tiếng Việt"_s << u"Tiếng Việt"_s;
    QTest::newRow("keycap kept") << u"1\ufe0f\u20e3"_s << u"1\ufe0f\u20e3"_s;
    QTest::newRow("only invisible") << u"\u200b \u3164 \U000E0000"_s << QString();
}

void TestFilterRules::clean()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(cleanText(text), expected);
}

void TestFilterRules::collapse()
{
    QCOMPARE(collapseWhitespace(u"  a   b  "_s), u"a b"_s);
    QCOMPARE(collapseWhitespace(u"a\u3000\tb"_s), u"a b"_s);
    QCOMPARE(collapseWhitespace(u"   "_s), QString());
    QCOMPARE(collapseWhitespace(u"😀 😀"_s), u"😀 😀"_s);
}

void TestFilterRules::fold()
{
    QCOMPARE(foldForMatching(u"ＢＡＫＡ"), u"baka"_s);
    QCOMPARE(foldForMatching(u"Baka"), u"baka"_s);
    QCOMPARE(foldForMatching(u"ﾊﾞｶ"), u"バカ"_s);
    QCOMPARE(foldForMatching(u"ばか"), u"ばか"_s); // hiragana and katakana stay apart
}

void TestFilterRules::ngWords()
{
    NgWordMatcher empty;
    QVERIFY(empty.isEmpty());
    QVERIFY(!empty.matches(u"anything"));

    NgWordMatcher blanks({QString(), u"  "_s, u"\u200b"_s});
    QVERIFY(blanks.isEmpty());

    NgWordMatcher matcher({u"ばか"_s, u"ＳＰＡＭ"_s, u"ﾃｽﾄ"_s});
    QVERIFY(!matcher.isEmpty());
    QCOMPARE(matcher.findIn(u"おまえはばかだ"), u"ばか"_s);
    QCOMPARE(matcher.findIn(u"no spam please"), u"ＳＰＡＭ"_s);
    QCOMPARE(matcher.findIn(u"SpAm"), u"ＳＰＡＭ"_s);
    QCOMPARE(matcher.findIn(u"テストです"), u"ﾃｽﾄ"_s);
    QVERIFY(matcher.findIn(u"たばこ").isNull());
    QVERIFY(matcher.findIn(u"").isNull());
    QVERIFY(!matcher.matches(u"バカ")); // kana are not merged
    QVERIFY(containsNgWord(u"ＢＡＫＡ!", {u"baka"_s}));
    QVERIFY(!containsNgWord(u"bak a", {u"baka"_s}));
}

void TestFilterRules::urls_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    auto row = [](const char *name, const QString &text, const QStringList &expected) {
        QTest::newRow(name) << text << expected;
    };
    row("https", u"see https://example.com/path?x=1&y=2#frag now"_s,
        {u"https://example.com/path?x=1&y=2#frag"_s});
    row("http", u"http://a.b"_s, {u"http://a.b"_s});
    row("ftp", u"ftp://files.example.com/x"_s, {u"ftp://files.example.com/x"_s});
    row("www", u"www.example.com"_s, {u"www.example.com"_s});
    row("www trailing dot", u"go to www.example.com."_s, {u"www.example.com"_s});
    row("www alone", u"www."_s, {});
    row("scheme alone", u"https://"_s, {});
    row("scheme and punctuation", u"https://!!"_s, {});
    row("bare", u"example.com"_s, {u"example.com"_s});
    row("bare capitalized host", u"Example.com/x"_s, {u"Example.com/x"_s});
    row("bare upper tld", u"EXAMPLE.COM"_s, {});
    row("bare with port", u"example.com:8080/x"_s, {u"example.com:8080/x"_s});
    row("bare t.me", u"t.me/channel"_s, {u"t.me/channel"_s});
    row("bare bit.ly", u"bit.ly/abc"_s, {u"bit.ly/abc"_s});
    row("bare x.com", u"x.com"_s, {u"x.com"_s});
    row("bare unknown tld", u"foo.bar"_s, {});
    row("bare longer tld", u"example.community"_s, {});
    row("bare then dot word", u"example.com.zz"_s, {});
    row("file name", u"index.html file.txt node.js"_s, {});
    row("number", u"3.14 と 1.5倍"_s, {});
    row("email", u"foo@example.com"_s, {});
    row("after slash", u"a/example.com"_s, {});
    // Any scheme counts, so glued ASCII becomes part of the scheme (and is replaced with it).
    row("glued to ascii", u"abchttps://example.com"_s, {u"abchttps://example.com"_s});
    row("inside word", u"abc.example.com"_s, {u"abc.example.com"_s});
    row("after dash", u"x-https://example.com"_s, {u"x-https://example.com"_s});
    row("japanese after", u"https://example.com/見てね"_s, {u"https://example.com/"_s});
    row("japanese before", u"これhttps://example.com"_s, {u"https://example.com"_s});
    row("corner brackets", u"「https://example.com」"_s, {u"https://example.com"_s});
    row("fullwidth stop", u"https://example.com。"_s, {u"https://example.com"_s});
    row("question mark", u"https://example.com/?"_s, {u"https://example.com/"_s});
    row("inner comma kept", u"https://example.com/a,b"_s, {u"https://example.com/a,b"_s});
    row("balanced parens", u"https://example.com/Foo_(bar)"_s,
        {u"https://example.com/Foo_(bar)"_s});
    row("wrapped in parens", u"(https://example.com)"_s, {u"https://example.com"_s});
    row("wrapped in brackets", u"[https://example.com]"_s, {u"https://example.com"_s});
    row("colon before", u"URL:https://x.y"_s, {u"https://x.y"_s});
    row("two", u"https://a.example.com\thttps://b.example.org"_s,
        {u"https://a.example.com"_s, u"https://b.example.org"_s});
    row("percent encoded", u"https://ja.wikipedia.org/wiki/%E6%9D%B1"_s,
        {u"https://ja.wikipedia.org/wiki/%E6%9D%B1"_s});
    row("iri stops at japanese", u"https://ja.wikipedia.org/wiki/東京"_s,
        {u"https://ja.wikipedia.org/wiki/"_s});
    row("ideographic space ends", u"https://a.jp　次"_s, {u"https://a.jp"_s});
    row("laugh", u"wwwww"_s, {});
    row("dotnet", u"ASP.NET"_s, {});
}

void TestFilterRules::urls()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QCOMPARE(spansText(text, findUrls(text)), expected);
}

void TestFilterRules::urlReplacement()
{
    QCOMPARE(replaceUrls(u"見て https://example.com すごい"_s, u"URL"), u"見て URL すごい"_s);
    QCOMPARE(replaceUrls(u"a https://x.y b https://z.w"_s, u"リンク"), u"a リンク b リンク"_s);
    QCOMPARE(replaceUrls(u"https://x.y"_s, u""), QString());
    QCOMPARE(replaceUrls(u"no url here"_s, u"URL"), u"no url here"_s);
    QCOMPARE(replaceUrls(u"https://example.com/見てね"_s, u"URL"), u"URL見てね"_s);
    QCOMPARE(replaceUrls(u"Check https://example.com/a."_s, u"URL"), u"Check URL."_s);
}

void TestFilterRules::squash_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("maxRun");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty") << QString() << 3 << QString();
    QTest::newRow("short") << u"ww"_s << 3 << u"ww"_s;
    QTest::newRow("exact") << u"www"_s << 3 << u"www"_s;
    QTest::newRow("one over") << u"wwww"_s << 3 << u"www"_s;
    QTest::newRow("fullwidth w") << u"ｗｗｗｗｗ"_s << 3 << u"ｗｗｗ"_s;
    QTest::newRow("off") << u"wwwww"_s << 0 << u"wwwww"_s;
    QTest::newRow("negative is off") << u"wwwww"_s << -1 << u"wwwww"_s;
    QTest::newRow("max one") << u"aabbcc"_s << 1 << u"abc"_s;
    QTest::newRow("several runs") << u"aaaabbbbbcd"_s << 2 << u"aabbcd"_s;
    QTest::newRow("emoji") << u"😂😂😂😂😂"_s << 3 << u"😂😂😂"_s;
    QTest::newRow("skin tone clusters") << ThumbsTone.repeated(5) << 3 << ThumbsTone.repeated(3);
    QTest::newRow("zwj family") << Family.repeated(4) << 3 << Family.repeated(3);
    QTest::newRow("heart with selector") << u"❤️"_s.repeated(6) << 2 << u"❤️❤️"_s;
    QTest::newRow("combining clusters")
        << u"e\u0301"_s.repeated(5) << 3 << u"e\u0301"_s.repeated(3);
    QTest::newRow("different tones kept")
        << u"👍🏻👍🏽👍🏿👍"_s << 1 << u"👍🏻👍🏽👍🏿👍"_s;
    QTest::newRow("eights") << u"88888"_s << 3 << u"88888"_s; // applause: readApplause
    QTest::newRow("eights then yen") << u"88888円"_s << 3 << u"88888円"_s; // a price
    QTest::newRow("eights in text") << u"x88888y"_s << 3 << u"x88888y"_s;
    QTest::newRow("fullwidth eights") << u"８８８８８"_s << 3 << u"８８８８８"_s;
    QTest::newRow("number kept") << u"1000000"_s << 3 << u"1000000"_s;
    QTest::newRow("number run then digit kept") << u"55551"_s << 3 << u"55551"_s;
    QTest::newRow("5000兆円") << u"50000兆円"_s << 3 << u"50000兆円"_s;
    QTest::newRow("decimal kept") << u"0.00001"_s << 3 << u"0.00001"_s;
    QTest::newRow("zeros alone") << u"00000"_s << 3 << u"00000"_s;
    QTest::newRow("long vowel") << u"すごーーーーい"_s << 3 << u"すごーーーい"_s;
    QTest::newRow("spaces squashed too") << u"a     b"_s << 3 << u"a   b"_s;
    QTest::newRow("long run") << u"w"_s.repeated(10000) << 3 << u"www"_s;
}

void TestFilterRules::squash()
{
    QFETCH(QString, text);
    QFETCH(int, maxRun);
    QFETCH(QString, expected);
    QCOMPARE(squashRepeats(text, maxRun), expected);
}

void TestFilterRules::dictionary_data()
{
    QTest::addColumn<QList<DictionaryEntry>>("entries");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    auto e = [](const QString &word, const QString &reading) {
        return DictionaryEntry{word, reading};
    };
    QTest::newRow("empty dictionary") << QList<DictionaryEntry>() << u"abc"_s << u"abc"_s;
    QTest::newRow("basic") << QList{e(u"草"_s, u"くさ"_s)} << u"草生える"_s << u"くさ生える"_s;
    QTest::newRow("every occurrence") << QList{e(u"草"_s, u"くさ"_s)} << u"草草"_s << u"くさくさ"_s;
    QTest::newRow("ascii case") << QList{e(u"VoiceVox"_s, u"ボイボ"_s)} << u"VOICEVOX voicevox"_s
                                << u"ボイボ ボイボ"_s;
    QTest::newRow("longest first")
        << QList{e(u"あい"_s, u"1"_s), e(u"あいう"_s, u"2"_s)} << u"あいうあい"_s << u"21"_s;
    QTest::newRow("tie first entry")
        << QList{e(u"x"_s, u"1"_s), e(u"X"_s, u"2"_s)} << u"x"_s << u"1"_s;
    QTest::newRow("no rescan") << QList{e(u"あ"_s, u"ああ"_s)} << u"ああ"_s << u"ああああ"_s;
    QTest::newRow("leftmost") << QList{e(u"あい"_s, u"X"_s), e(u"いうえ"_s, u"Y"_s)}
                              << u"あいうえ"_s << u"Xうえ"_s;
    // English words are whole words: "gg" is not the middle of "eggs", "vox" not of "VOICEVOX".
    QTest::newRow("ascii word inside a word")
        << QList{e(u"gg"_s, u"ジージー"_s), e(u"vox"_s, u"ボックス"_s)} << u"eggs VOICEVOX gg"_s
        << u"eggs VOICEVOX ジージー"_s;
    QTest::newRow("ascii word next to japanese")
        << QList{e(u"gg"_s, u"ジージー"_s)} << u"GGでした、gg!"_s << u"ジージーでした、ジージー!"_s;
    QTest::newRow("ascii word with digits around")
        << QList{e(u"gg"_s, u"ジージー"_s)} << u"gg2 2gg gg"_s << u"gg2 2gg ジージー"_s;
    QTest::newRow("word longer than text") << QList{e(u"abcdef"_s, u"X"_s)} << u"abc"_s << u"abc"_s;
    QTest::newRow("empty reading") << QList{e(u"えーと"_s, QString())} << u"えーとね"_s << u"ね"_s;
    QTest::newRow("trimmed word") << QList{e(u" lol "_s, u"笑"_s)} << u"lol"_s << u"笑"_s;
    QTest::newRow("empty word ignored") << QList{e(QString(), u"X"_s)} << u"abc"_s << u"abc"_s;
    QTest::newRow("lone surrogate word ignored")
        << QList{e(QString(QChar(0xDE00)), u"X"_s)} << u"😀"_s << u"😀"_s;
    QTest::newRow("emoji word") << QList{e(u"😀"_s, u"にこ"_s)} << u"😀😀"_s << u"にこにこ"_s;
    QTest::newRow("decomposed word") << QList{e(u"か\u3099"_s, u"ga"_s)} << u"が"_s << u"ga"_s;
    QTest::newRow("fullwidth not folded")
        << QList{e(u"ok"_s, u"オーケー"_s)} << u"ＯＫ ok"_s << u"ＯＫ オーケー"_s;
    QTest::newRow("non-ascii case exact") << QList{e(u"ä"_s, u"ae"_s)} << u"Ä ä"_s << u"Ä ae"_s;
}

void TestFilterRules::dictionary()
{
    QFETCH(QList<DictionaryEntry>, entries);
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(ReadingDictionary(entries).apply(text), expected);
    QCOMPARE(applyDictionary(text, entries), expected);
}

void TestFilterRules::truncate_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("max");
    QTest::addColumn<QString>("expected");
    QTest::newRow("shorter") << u"abc"_s << 5 << u"abc"_s;
    QTest::newRow("exact") << u"abc"_s << 3 << u"abc"_s;
    QTest::newRow("cut") << u"abcdef"_s << 3 << u"abc"_s;
    QTest::newRow("zero") << u"abc"_s << 0 << QString();
    QTest::newRow("emoji counts one") << u"a😀b"_s << 2 << u"a😀"_s;
    QTest::newRow("never half a pair") << u"😀😀😀"_s << 2 << u"😀😀"_s;
    QTest::newRow("grapheme kept whole") << QString(u"ab"_s + ThumbsTone) << 3 << u"ab"_s;
    QTest::newRow("zwj kept whole") << QString(u"ab"_s + Family) << 6 << u"ab"_s;
    QTest::newRow("zwj fits") << QString(u"ab"_s + Family + u"c"_s) << 7
                              << QString(u"ab"_s + Family);
    QTest::newRow("flags") << u"🇯🇵🇯🇵"_s << 3 << u"🇯🇵"_s;
    QTest::newRow("combining kept whole") << u"ae\u0301"_s << 2 << u"a"_s;
    // The first cluster alone is longer than the limit: cut at a code point instead.
    QTest::newRow("first cluster too long") << Family << 3 << u"👨\u200d👩"_s;
    QTest::newRow("lone surrogate")
        << QString(QChar(0xD800) + u"ab"_s) << 1 << QString(QChar(0xD800));
}

void TestFilterRules::truncate()
{
    QFETCH(QString, text);
    QFETCH(int, max);
    QFETCH(QString, expected);
    QCOMPARE(truncateToCodePoints(text, max), expected);
}

void TestFilterRules::limit()
{
    QCOMPARE(limitLength(u"hello world"_s, 6, u"…"), u"hello…"_s);
    QCOMPARE(limitLength(u"hello"_s, 5, u"…"), u"hello"_s);
    QCOMPARE(limitLength(u"hello!"_s, 5, u"以下略"), u"hello以下略"_s);
    QCOMPARE(limitLength(u"hello"_s, 0, u"…"), u"hello"_s);
    QCOMPARE(limitLength(u"😀😀😀"_s, 2, u"…"), u"😀😀…"_s);
}

void TestFilterRules::names()
{
    ChatMessage message;
    message.login = u"taro"_s;
    message.displayName = u"たろう"_s;
    QCOMPARE(speakerName(message, {}), u"たろう"_s);
    QCOMPARE(speakerName(message, {{u"taro"_s, u"タロ"_s}}), u"タロ"_s);
    QCOMPARE(speakerName(message, {{u"TARO"_s, u"タロ"_s}}), u"タロ"_s);
    QCOMPARE(speakerName(message, {{u"hanako"_s, u"ハナ"_s}}), u"たろう"_s);
    QCOMPARE(speakerName(message, {{u"taro"_s, u"  "_s}}), u"たろう"_s); // blank nickname
    message.displayName = u"\u3164"_s; // a "blank" display name
    QCOMPARE(speakerName(message, {}), u"taro"_s);
    message.displayName.clear();
    QCOMPARE(speakerName(message, {}), u"taro"_s);
}

void TestFilterRules::nameTemplate_data()
{
    QTest::addColumn<QString>("nameTemplate");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");
    QTest::newRow("default") << u"{name}さん、{text}"_s << u"たろう"_s << u"たろうさん、本文"_s;
    QTest::newRow("text only") << u"{text}"_s << u"たろう"_s << u"本文"_s;
    QTest::newRow("twice") << u"{name}{name}"_s << u"a"_s << u"aa"_s;
    QTest::newRow("name with placeholder")
        << u"{name}: {text}"_s << u"{text}"_s << u"{text}: 本文"_s;
    QTest::newRow("unknown key") << u"{who} {text}"_s << u"a"_s << u"{who} 本文"_s;
    QTest::newRow("brace at end") << u"{text}{"_s << u"a"_s << u"本文{"_s;
    QTest::newRow("double braces") << u"{{name}}"_s << u"a"_s << u"{a}"_s;
    QTest::newRow("empty") << QString() << u"a"_s << QString();
}

void TestFilterRules::nameTemplate()
{
    QFETCH(QString, nameTemplate);
    QFETCH(QString, name);
    QFETCH(QString, expected);
    QCOMPARE(expandNameTemplate(nameTemplate, name, u"本文"), expected);
}

QTEST_GUILESS_MAIN(TestFilterRules)
#include "tst_filterrules.moc"
