// The pipeline on hostile and huge input: never crashes, never hangs, output stays valid
// UTF-16; plus long-line correctness and a throughput figure for raids.

#include "filter/filterpipeline.h"
#include "filter/chatreading.h"
#include "filter/emojireading.h"
#include "filter/englishreading.h"
#include "filter/filterrules.h"

#include <climits>

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace chatvox;

namespace {

// Sanitizer and unoptimized builds run several times slower.
#if defined(__has_feature)
#    if __has_feature(address_sanitizer)
#        define CHATVOX_TEST_ASAN 1
#    endif
#endif
#if defined(__SANITIZE_ADDRESS__)
#    define CHATVOX_TEST_ASAN 1
#endif
#if defined(CHATVOX_TEST_ASAN)
constexpr int SlowBuildFactor = 10;
#elif !defined(QT_NO_DEBUG)
constexpr int SlowBuildFactor = 5;
#else
constexpr int SlowBuildFactor = 1;
#endif

// Generous: a 1 MB line takes tens of ms in a release build; a hang or a quadratic rule
// would take minutes.
constexpr qint64 HugeInputBudgetMs = 3000 * SlowBuildFactor;

qsizetype loneSurrogateCount(QStringView text)
{
    qsizetype lone = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate())
            ++i;
        else if (text[i].isSurrogate())
            ++lone;
    }
    return lone;
}

bool isWellFormed(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate())
            ++i;
        else if (text[i].isSurrogate())
            return false;
    }
    return true;
}

FilterSettings everythingOn()
{
    FilterSettings s;
    s.ngWords = {u"ぜったいにないことば"_s, u"nevermatches"_s};
    for (int i = 0; i < 200; ++i)
        s.dictionary.append({u"word%1"_s.arg(i), u"ワード%1"_s.arg(i)});
    s.dictionary.append({u"草"_s, u"くさ"_s});
    s.namePrefix = true;
    s.nicknames.insert(u"viewer"_s, u"ビューア"_s);
    return s;
}

ChatMessage messageWith(const QString &text, QList<EmoteRange> emotes = {})
{
    ChatMessage message;
    message.login = u"viewer"_s;
    message.displayName = u"Viewer"_s;
    message.text = text;
    message.emotes = std::move(emotes);
    return message;
}

struct Timed
{
    FilterDecision decision;
    qint64 ms;
};

Timed timedEvaluate(const FilterPipeline &pipeline, const ChatMessage &message)
{
    QElapsedTimer timer;
    timer.start();
    FilterDecision decision = pipeline.evaluate(message);
    return {std::move(decision), timer.elapsed()};
}

// Random text from a mix of nasty pieces.
QString randomText(QRandomGenerator &rng, int pieces)
{
    static const QStringList parts{u"a"_s,
                                   u"w"_s,
                                   u"ｗ"_s,
                                   u"8"_s,
                                   u"0"_s,
                                   u"1"_s,
                                   u" "_s,
                                   u"　"_s,
                                   u"\n"_s,
                                   u"!"_s,
                                   u"."_s,
                                   u"/"_s,
                                   u":"_s,
                                   u"("_s,
                                   u")"_s,
                                   u"草"_s,
                                   u"こんにちは"_s,
                                   u"https://"_s,
                                   u"www."_s,
                                   u"example.com"_s,
                                   u"😀"_s,
                                   u"👍🏻"_s,
                                   u"👨\u200d👩\u200d👧"_s,
                                   u"🇯🇵"_s,
                                   u"\u0301"_s,
                                   u"\u3099"_s,
                                   u"\u200b"_s,
                                   u"\U000E0000"_s,
                                   u"\u202e"_s,
                                   u"\u0001"_s,
                                   QString(QChar(0xD800)),
                                   QString(QChar(0xDC00)),
                                   u"Kappa"_s,
                                   u"word1"_s,
                                   u"以下略"_s,
                                   u"{name}"_s,
                                   u"ﾊﾞｶ"_s,
                                   u"\uFFFF"_s,
                                   u"\u3164"_s};
    QString out;
    for (int i = 0; i < pieces; ++i)
        out += parts[rng.bounded(int(parts.size()))];
    return out;
}

} // namespace

class TestFilterRobustness : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void hugeInputs_data();
    void hugeInputs();
    void hugeEmoteLists();
    void invalidEmoteRanges();
    void loneSurrogates();
    void randomMessages();
    void longLineCorrectness();
    void throughput();
};

void TestFilterRobustness::initTestCase()
{
    // Thousands of deliberately broken emote ranges: keep their debug lines out of the log.
    QLoggingCategory::setFilterRules(u"chatvox.filter.debug=false"_s);
}

void TestFilterRobustness::hugeInputs_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expectedCut"); // with the default 40-character cut
    static constexpr qsizetype MB = 1 << 20;
    auto fill = [](const QString &unit) { return unit.repeated(MB / unit.size()); };
    QTest::newRow("japanese")
        << fill(u"今日はいい天気ですね。"_s)
        << u"今日はいい天気ですね。今日はいい天気ですね。今日はいい天気ですね。今日はいい天気以下略"_s;
    QTest::newRow("one char run") << fill(u"ｗ"_s) << u"わらわら"_s;
    QTest::newRow("emoji run") << fill(u"😂"_s) << u"嬉し泣き"_s;
    QTest::newRow("10,000 emoji") << u"😂👏"_s.repeated(5000)
                                  << QString(u"嬉し泣き 拍手 "_s.repeated(4) + u"嬉し泣き 拍手以下略"_s);
    QTest::newRow("laughter words") << fill(u"w "_s) << QString(u"わら "_s.repeated(13) + u"わ以下略"_s);
    QTest::newRow("eights") << fill(u"8"_s) << u"パチパチ"_s;
    QTest::newRow("eights and spaces")
        << fill(u"888 "_s) << QString(u"パチパチ "_s.repeated(7) + u"パチパチ以下略"_s);
    QTest::newRow("kaomoji") << fill(u"(´・ω・`)"_s) << QString();
    QTest::newRow("open brackets") << fill(u"(´"_s) << QString(u"(´"_s.repeated(20) + u"以下略"_s);
    QTest::newRow("kaomoji arms") << fill(u"ヽ("_s) << QString(u"ヽ("_s.repeated(20) + u"以下略"_s);
    QTest::newRow("line symbols") << fill(u"━"_s) << QString();
    QTest::newRow("english words")
        << fill(u"hello "_s) << QString(u"ハロー "_s.repeated(9) + u"ハロー以下略"_s);
    QTest::newRow("apostrophes") << fill(u"'"_s) << u"'''"_s;
    QTest::newRow("flags") << fill(u"🇯🇵"_s) << u"日本の旗"_s;
    // Lone regional indicators pair up as "🇯🇯", which is no flag: unnamed, dropped.
    QTest::newRow("regional indicator halves") << fill(u"🇯"_s) << QString();
    QTest::newRow("dots") << fill(u"a."_s) << u"a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.以下略"_s;
    QTest::newRow("one word") << fill(u"a"_s) << u"aaa"_s;
    QTest::newRow("one huge url") << QString(u"https://"_s + fill(u"a"_s)) << u"URL"_s;
    QTest::newRow("url closing parens") << QString(u"https://a"_s + fill(u")"_s)) << u"URL)))"_s;
    QTest::newRow("many urls") << fill(u"https://x.jp "_s)
                               << u"URL URL URL URL URL URL URL URL URL URL以下略"_s;
    QTest::newRow("www run") << fill(u"www."_s) << u"URL."_s; // the final '.' is punctuation
    QTest::newRow("domains") << fill(u"ab.jp/"_s) << u"URL"_s;
    QTest::newRow("labels") << fill(u"a-"_s) << u"a-a-a-a-a-a-a-a-a-a-a-a-a-a-a-a-a-a-a-a-以下略"_s;
    QTest::newRow("spaces") << fill(u" "_s) << QString();
    QTest::newRow("zero width") << fill(u"\u200b"_s) << QString();
    // Zalgo: marks past MaxCombiningMarks are dropped, then e + ́ composes to é.
    QTest::newRow("combining marks")
        << QString(u"e"_s + fill(u"\u0301"_s)) << QString(u"é"_s + u"\u0301"_s.repeated(7));
    QTest::newRow("dictionary words")
        << fill(u"word1草"_s) << QString(u"word1草"_s.repeated(6) + u"word以下略"_s);
    QTest::newRow("digits") << fill(u"1234567890"_s)
                            << u"1234567890123456789012345678901234567890以下略"_s;
}

void TestFilterRobustness::hugeInputs()
{
    QFETCH(QString, text);
    QFETCH(QString, expectedCut);

    const FilterPipeline cut(FilterSettings{});
    const Timed result = timedEvaluate(cut, messageWith(text));
    qInfo("%s: %lld ms for %lld UTF-16 units", QTest::currentDataTag(), result.ms,
          qint64(text.size()));
    QVERIFY2(result.ms < HugeInputBudgetMs, qPrintable(QString::number(result.ms)));
    if (expectedCut.isNull()) {
        QCOMPARE(result.decision.reasonId(), u"empty"_s);
    } else {
        QVERIFY(result.decision.speak);
        QCOMPARE(result.decision.text, expectedCut);
    }

    // Every rule on, no length limit: the whole megabyte goes through every rule.
    FilterSettings all = everythingOn();
    all.lengthLimit = 0;
    const Timed full = timedEvaluate(FilterPipeline(all), messageWith(text));
    qInfo("%s, all rules, no limit: %lld ms", QTest::currentDataTag(), full.ms);
    QVERIFY2(full.ms < HugeInputBudgetMs, qPrintable(QString::number(full.ms)));
    QVERIFY(isWellFormed(full.decision.text));

    FilterSettings skip;
    skip.lengthMode = LengthLimitMode::Skip;
    const Timed skipped = timedEvaluate(FilterPipeline(skip), messageWith(text));
    QVERIFY(skipped.ms < HugeInputBudgetMs);
    if (!expectedCut.isNull() && expectedCut.endsWith(u"以下略"))
        QCOMPARE(skipped.decision.reasonId(), u"too_long"_s);
}

void TestFilterRobustness::hugeEmoteLists()
{
    // 100,000 emotes: an emote-only raid message at the size Twitch would never allow.
    const int count = 100000;
    const QString text = u"Kappa "_s.repeated(count);
    QList<EmoteRange> emotes;
    emotes.reserve(count);
    for (int i = count - 1; i >= 0; --i) // reversed order: the rule must sort
        emotes.append({u"25"_s, i * 6, i * 6 + 4});
    const Timed result = timedEvaluate(FilterPipeline(), messageWith(text, emotes));
    QVERIFY2(result.ms < HugeInputBudgetMs, qPrintable(QString::number(result.ms)));
    QCOMPARE(result.decision.reasonId(), u"empty"_s);

    // 100,000 copies of one range covering everything but the last word.
    QList<EmoteRange> overlapping(count, EmoteRange{u"25"_s, 0, int(text.size()) - 2});
    const Timed overlap
        = timedEvaluate(FilterPipeline(), messageWith(text + u"おわり"_s, overlapping));
    QVERIFY(overlap.ms < HugeInputBudgetMs);
    QCOMPARE(overlap.decision.text, u"おわり"_s);
}

void TestFilterRobustness::invalidEmoteRanges()
{
    const QString text = u"😀 Kappa 草"_s;
    const QList<EmoteRange> nasty{
        {u"1"_s, INT_MAX, INT_MAX},
        {u"2"_s, INT_MIN, INT_MAX},
        {u"3"_s, -5, -1},
        {u"4"_s, 5, 2},
        {u"5"_s, 0, 1000000},
        {u"6"_s, 9, 9},
        {u"7"_s, 2, 6}, // the only valid one: "Kappa"
    };
    const FilterDecision decision = FilterPipeline().evaluate(messageWith(text, nasty));
    QVERIFY(decision.speak);
    QCOMPARE(decision.text, u"にっこり笑う 草"_s);

    // Only invalid ranges: nothing is removed.
    const FilterDecision untouched
        = FilterPipeline().evaluate(messageWith(text, {{u"1"_s, 3, 100}, {u"2"_s, -1, 0}}));
    QCOMPARE(untouched.text, u"にっこり笑う カッパ 草"_s);
}

void TestFilterRobustness::loneSurrogates()
{
    const QChar high(0xD83D), low(0xDE00);
    const QList<QString> texts{
        QString(high),
        QString(low),
        QString(u"abc"_s + high),
        QString(low + u"abc"_s + high),
        QString(u"https://example.com/"_s + high + u"x"_s),
        QString(u"ｗｗｗｗ"_s + high + u"ｗｗｗｗ"_s),
        QString(high).repeated(1000),
    };
    FilterSettings settings = everythingOn();
    settings.lengthLimit = 3;
    for (const QString &text : texts) {
        for (const FilterSettings &s : {FilterSettings{}, settings}) {
            const FilterDecision decision
                = FilterPipeline(s).evaluate(messageWith(text, {{u"25"_s, 0, 0}}));
            QVERIFY(isWellFormed(decision.text));
        }
        // The single rules too, on raw input (the pipeline cleans first, callers may not).
        squashRepeats(QString(text + text), 1);
        QVERIFY(isWellFormed(truncateToCodePoints(u"😀😀"_s, 1)));
        replaceUrls(text, u"URL");
        applyDictionary(text, {{u"a"_s, u"b"_s}});
        stripEmotes(text, {{u"25"_s, 0, 2}});
        limitLength(text, 2, u"…");
        // The reading rules too: they never split a pair or add a lone half.
        const qsizetype lone = loneSurrogateCount(text);
        QVERIFY(loneSurrogateCount(replaceKaomoji(text, u"顔")) <= lone);
        QVERIFY(loneSurrogateCount(readLaughter(text, LaughterMode::Wara)) <= lone);
        QVERIFY(loneSurrogateCount(readApplause(text)) <= lone);
        QVERIFY(loneSurrogateCount(readEmoji(text, EmojiMode::Names)) <= lone);
        QVERIFY(loneSurrogateCount(readEmoji(text, EmojiMode::Drop)) <= lone);
        QVERIFY(loneSurrogateCount(englishToKana(text)) <= lone);
    }
    QCOMPARE(cleanText(QString(u"a"_s + high + u"b"_s + low)), u"ab"_s);
}

void TestFilterRobustness::randomMessages()
{
    QRandomGenerator rng(20240601); // fixed seed: reproducible
    QElapsedTimer timer;
    timer.start();
    int spoken = 0;
    for (int i = 0; i < 5000; ++i) {
        FilterSettings s = (i % 2) ? everythingOn() : FilterSettings{};
        s.maxRepeat = int(rng.bounded(5));
        s.lengthLimit = int(rng.bounded(60));
        s.lengthMode = rng.bounded(4) == 0 ? LengthLimitMode::Skip : LengthLimitMode::Cut;
        s.stripEmotes = rng.bounded(5) != 0;
        s.urlReplacement = rng.bounded(3) == 0 ? QString() : u"URL"_s;
        s.namePrefix = rng.bounded(2) == 0;

        ChatMessage message = messageWith(randomText(rng, int(rng.bounded(80))));
        const int length = int(codePointCount(message.text));
        for (int e = int(rng.bounded(6)); e > 0; --e) {
            const int first = int(rng.bounded(length + 10)) - 5;
            message.emotes.append({u"25"_s, first, first + int(rng.bounded(12)) - 2});
        }
        if (rng.bounded(10) == 0)
            message.noticeKind = u"resub"_s;

        const FilterPipeline pipeline(s);
        const FilterDecision decision = pipeline.evaluate(message);
        QVERIFY(isWellFormed(decision.text));
        QCOMPARE(pipeline.evaluate(message), decision); // deterministic
        if (decision.speak) {
            ++spoken;
            QVERIFY(!decision.text.trimmed().isEmpty());
            if (!s.namePrefix && s.lengthLimit > 0) {
                const qsizetype limit = s.lengthLimit + codePointCount(s.cutSuffix);
                QVERIFY2(codePointCount(decision.text) <= limit, qPrintable(decision.text));
                QVERIFY(s.lengthMode == LengthLimitMode::Cut
                        || codePointCount(decision.text) <= s.lengthLimit);
            }
        }
    }
    qInfo("5000 random messages in %lld ms, %d spoken", timer.elapsed(), spoken);
    QVERIFY(spoken > 1000); // the generator is not degenerate
}

void TestFilterRobustness::longLineCorrectness()
{
    // 12,000 characters of Japanese, non-BMP emoji and decomposed kana, with an emote at the
    // very end whose code point position lies far beyond its UTF-16 index.
    const QString unit = u"あいう😀か\u3099 "_s; // 7 code points, 8 UTF-16 units
    const int repeats = 1700;
    QString text = unit.repeated(repeats) + u"Kappa"_s;
    const int kappaFirst = 7 * repeats;
    QCOMPARE(codePointCount(text), kappaFirst + 5);

    // Emoji dropped, so what is left shows the emote was found by code point, not UTF-16 index.
    FilterSettings settings;
    settings.lengthLimit = 0;
    settings.emoji = EmojiMode::Drop;
    const FilterDecision decision = FilterPipeline(settings).evaluate(
        messageWith(text, {{u"25"_s, kappaFirst, kappaFirst + 4}}));
    QVERIFY(decision.speak);
    QString expected = u"あいうが "_s.repeated(repeats);
    expected.chop(1);
    QCOMPARE(decision.text, expected);

    // Same with the default limit: the cut lands after 40 code points.
    settings.lengthLimit = FilterSettings().lengthLimit;
    const FilterDecision cut = FilterPipeline(settings).evaluate(
        messageWith(text, {{u"25"_s, kappaFirst, kappaFirst + 4}}));
    QCOMPARE(cut.text, QString(u"あいうが "_s.repeated(7) + u"あいうが"_s + u"以下略"_s));
}

void TestFilterRobustness::throughput()
{
    // Typical raid traffic through one compiled pipeline with a realistic configuration.
    FilterSettings settings;
    settings.ngWords = {u"ばか"_s, u"spam"_s, u"死ね"_s};
    settings.dictionary = {{u"草"_s, u"くさ"_s},
                           {u"初見"_s, u"しょけん"_s},
                           {u"VOICEVOX"_s, u"ボイスボックス"_s},
                           {u"URL"_s, u"ユーアールエル"_s}};
    settings.namePrefix = true;
    settings.rateLimit = true;
    FilterPipeline pipeline(settings);

    QList<ChatMessage> messages;
    const QStringList lines{
        u"初見です！よろしくお願いします"_s,
        u"ｗｗｗｗｗｗｗｗ"_s,
        u"Kappa Kappa"_s,
        u"raid from someone PogChamp PogChamp PogChamp"_s,
        u"!uptime"_s,
        u"見て https://clips.twitch.tv/abc 草"_s,
        u"88888888888"_s,
        u"今日の配信めっちゃ面白かったです、また来ます！ありがとうございました"_s};
    for (int i = 0; i < 1000; ++i) {
        ChatMessage message = messageWith(lines[i % lines.size()]);
        message.login = u"raider%1"_s.arg(i);
        if (message.text.startsWith(u"Kappa"))
            message.emotes = {{u"25"_s, 0, 4}, {u"25"_s, 6, 10}};
        messages.append(message);
    }

    const int rounds = 50;
    QElapsedTimer timer;
    timer.start();
    int spoken = 0;
    for (int round = 0; round < rounds; ++round) {
        for (const ChatMessage &message : std::as_const(messages))
            spoken += pipeline.process(message, round * 1000).speak ? 1 : 0;
    }
    const qint64 ms = std::max<qint64>(1, timer.elapsed());
    const qint64 perSecond = qint64(rounds) * messages.size() * 1000 / ms;
    qInfo("throughput: %lld messages/s (%d messages in %lld ms, %d spoken)", perSecond,
          rounds * int(messages.size()), ms, spoken);
    QVERIFY(spoken > 0);
    // Raids bring hundreds of lines per second; demand two orders of magnitude more.
    QVERIFY2(perSecond > 20000 / SlowBuildFactor, qPrintable(QString::number(perSecond)));
}

QTEST_GUILESS_MAIN(TestFilterRobustness)
#include "tst_filterrobustness.moc"
