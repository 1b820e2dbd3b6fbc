// Unit tests of English words → katakana (englishreading.h).

#include "filter/englishreading.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace chatvox;

namespace {

// Katakana (with the prolonged sound mark ー) only: what the engine reads as written.
bool isKatakana(const QString &s)
{
    for (const QChar c : s) {
        if (c.unicode() < 0x30A0 || c.unicode() > 0x30FF)
            return false;
    }
    return true;
}

} // namespace

class TestEnglishReading : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void expectedReadings();
    void words_data();
    void words();
    void text_data();
    void text();
    void unchangedIsShared();
    void loneSurrogates();
    void largeText();
    void manyWords();
};

// The rules of scripts/gen_english_kana.py against the usual loan-word spelling of common
// chat and gaming words: they cannot be right every time (team → チーム is convention, not
// pronunciation), so the test asks for a match rate and prints the misses.
void TestEnglishReading::expectedReadings()
{
    QFile file(QStringLiteral(CHATVOX_TEST_DATA_DIR "/filter/english_kana.tsv"));
    QVERIFY2(file.open(QIODevice::ReadOnly | QIODevice::Text), qPrintable(file.fileName()));
    int total = 0;
    int matches = 0;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    for (const QString &line : lines) {
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QStringList fields = line.split(u'\t');
        QCOMPARE(fields.size(), 2);
        const QString &word = fields[0];
        const QString &expected = fields[1];
        const QString reading = englishWordReading(word);
        ++total;
        QVERIFY2(!reading.isEmpty(), qPrintable(u"no reading for "_s + word));
        QVERIFY2(isKatakana(reading), qPrintable(word + u" → "_s + reading));
        if (reading == expected)
            ++matches;
        else
            qInfo("miss: %s → %s (expected %s)", qPrintable(word), qPrintable(reading),
                qPrintable(expected));
    }
    QVERIFY(total >= 80);
    qInfo("%d of %d readings match (%.1f %%)", matches, total, 100.0 * matches / total);
    QVERIFY2(matches * 100 >= total * 80, "fewer than 80 % of the expected readings match");
}

void TestEnglishReading::words_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<QString>("expected");
    QTest::newRow("lower") << u"stream"_s << u"ストリーム"_s;
    QTest::newRow("capitalised") << u"Twitch"_s << u"ツイッチ"_s;
    QTest::newRow("mixed case") << u"sTrEaM"_s << u"ストリーム"_s;
    QTest::newRow("apostrophe") << u"don't"_s << u"ドント"_s;
    QTest::newRow("typographic apostrophe") << u"don\u2019t"_s << u"ドント"_s;
    QTest::newRow("acronym") << u"GGWP"_s << QString();
    QTest::newRow("acronym USA") << u"USA"_s << QString();
    QTest::newRow("acronym OBS") << u"OBS"_s << QString();
    QTest::newRow("unknown") << u"xqzt"_s << QString();
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("not a word") << u"mp3"_s << QString();
    QTest::newRow("too long") << QString(u"a"_s).repeated(40) << QString();
}

void TestEnglishReading::words()
{
    QFETCH(QString, word);
    QFETCH(QString, expected);
    QCOMPARE(englishWordReading(word), expected);
}

void TestEnglishReading::text_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("japanese only") << u"初見です"_s << u"初見です"_s;
    QTest::newRow("one word") << u"nice"_s << u"ナイス"_s;
    QTest::newRow("punctuation") << u"Nice!!"_s << u"ナイス!!"_s;
    QTest::newRow("sentence") << u"good game"_s << u"グッド ゲーム"_s;
    QTest::newRow("mixed japanese") << u"Twitchで初見です"_s << u"ツイッチで初見です"_s;
    QTest::newRow("fullwidth space") << u"hello\u3000world"_s << u"ハロー\u3000ワールド"_s;
    QTest::newRow("acronyms stay") << u"GGWP OBS USA"_s << u"GGWP OBS USA"_s;
    QTest::newRow("acronym and word") << u"GG nice"_s << u"GG ナイス"_s;
    QTest::newRow("digits stay") << u"mp3 x2 4k"_s << u"mp3 x2 4k"_s;
    QTest::newRow("one letter stays") << u"I a"_s << u"I a"_s;
    QTest::newRow("apostrophe") << u"don't stop"_s << u"ドント ストップ"_s;
    QTest::newRow("outer apostrophes") << u"'boss'"_s << u"'ボス'"_s;
    QTest::newRow("unknown stays") << u"xqzt nice"_s << u"xqzt ナイス"_s;
    QTest::newRow("url-ish") << u"www.nice"_s << u"www.ナイス"_s;
    QTest::newRow("empty") << QString() << QString();
}

void TestEnglishReading::text()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(englishToKana(text), expected);
}

void TestEnglishReading::unchangedIsShared()
{
    // Text without a known word comes back as the same (implicitly shared) string.
    const QString japanese = u"こんにちは、初見です"_s;
    QCOMPARE(englishToKana(japanese).constData(), japanese.constData());
    const QString acronyms = u"GGWP xqzt"_s;
    QCOMPARE(englishToKana(acronyms).constData(), acronyms.constData());
}

void TestEnglishReading::loneSurrogates()
{
    const QString high(QChar(0xD83D));
    const QString low(QChar(0xDE02));
    QCOMPARE(englishToKana(high + u"nice"_s + low), high + u"ナイス"_s + low);
    QCOMPARE(englishToKana(low + high), low + high);
    QCOMPARE(englishWordReading(high), QString());
    QCOMPARE(englishToKana(u"nice\U0001F602boss"_s), u"ナイス\U0001F602ボス"_s);
}

void TestEnglishReading::largeText()
{
    const QString text = QString(u"nice "_s).repeated(200'000); // 1 MB of UTF-16
    QElapsedTimer timer;
    timer.start();
    const QString out = englishToKana(text);
    QCOMPARE(out.size(), qsizetype(200'000) * 4);
    QVERIFY(out.startsWith(u"ナイス ナイス "_s));
    const QString letters = QString(u"a"_s).repeated(1'000'000); // one 1 MB "word"
    QCOMPARE(englishToKana(letters), letters);
    const QString japanese = QString(u"あ"_s).repeated(1'000'000);
    QCOMPARE(englishToKana(japanese), japanese);
    QVERIFY2(timer.elapsed() < 10'000, "englishToKana is not linear");
}

void TestEnglishReading::manyWords()
{
    QString text;
    const QString words[] = {u"stream "_s, u"GGWP "_s, u"xqzt "_s, u"don't "_s, u"mp3 "_s};
    for (int i = 0; i < 100'000; ++i)
        text.append(words[i % 5]);
    QElapsedTimer timer;
    timer.start();
    const QString out = englishToKana(text);
    QVERIFY(out.startsWith(u"ストリーム GGWP xqzt ドント mp3 ストリーム "_s));
    QCOMPARE(out.count(u"ストリーム"_s), qsizetype(20'000));
    QVERIFY2(timer.elapsed() < 10'000, "englishToKana is not linear");
}

QTEST_GUILESS_MAIN(TestEnglishReading)
#include "tst_englishreading.moc"
