// Unit tests of emoji → Japanese CLDR names (emojireading.h).

#include "filter/emojireading.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace chatvox;

namespace {

const QString Joy = u"😂"_s;
const QString Clap = u"👏"_s;
const QString JoyName = u"嬉し泣き"_s;
const QString ClapName = u"拍手"_s;
const QString HeartName = u"ハート"_s; // shorter than CLDR's 赤いハート (gen_emoji_names.py)
const QString Family = u"👨\u200d👩\u200d👧"_s; // one grapheme, five code points

} // namespace

class TestEmojiReading : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void names_data();
    void names();
    void fallbacks();
    void clusters_data();
    void clusters();
    void read_data();
    void read();
    void drop_data();
    void drop();
    void loneSurrogates();
    void manyEmoji();
    void largeText();
};

void TestEmojiReading::names_data()
{
    QTest::addColumn<QString>("cluster");
    QTest::addColumn<QString>("expected");
    QTest::newRow("joy") << Joy << JoyName;
    QTest::newRow("clap") << Clap << ClapName;
    QTest::newRow("heart") << u"❤"_s << HeartName;
    QTest::newRow("heart fe0f") << u"❤\ufe0f"_s << HeartName;
    QTest::newRow("thumbs") << u"👍"_s << u"サムズアップ"_s;
    QTest::newRow("thumbs fe0f") << u"👍\ufe0f"_s << u"サムズアップ"_s;
    QTest::newRow("thumbs light") << u"👍🏻"_s << u"サムズアップ"_s; // skin tones are not read
    QTest::newRow("family zwj") << Family << u"家族"_s;
    QTest::newRow("flag jp") << u"🇯🇵"_s << u"日本の旗"_s;
    QTest::newRow("keycap 1") << u"1\ufe0f\u20e3"_s << u"1"_s;
    QTest::newRow("keycap 1 bare") << u"1\u20e3"_s << u"1"_s;
    QTest::newRow("keycap #") << u"#\ufe0f\u20e3"_s << u"#"_s;
    QTest::newRow("tag england")
        << u"🏴\U000E0067\U000E0062\U000E0065\U000E006E\U000E0067\U000E007F"_s
        << u"イングランドの旗"_s;
    QTest::newRow("rainbow flag") << u"🏳\ufe0f\u200d🌈"_s << u"レインボーフラッグ"_s;
    QTest::newRow("copyright fe0f") << u"©\ufe0f"_s << u"著作権マーク"_s;
    QTest::newRow("digit") << u"8"_s << QString();
    QTest::newRow("letter") << u"a"_s << QString();
    QTest::newRow("kana") << u"あ"_s << QString();
    QTest::newRow("corner bracket") << u"「"_s << QString(); // a CLDR symbol, not an emoji
    QTest::newRow("empty") << QString() << QString();
}

void TestEmojiReading::names()
{
    QFETCH(QString, cluster);
    QFETCH(QString, expected);
    QCOMPARE(emojiName(cluster), expected);
}

void TestEmojiReading::fallbacks()
{
    // 👏 with a skin tone CLDR has; a skin tone on an emoji that takes none falls back to
    // the emoji (😂🏻 is not in CLDR).
    QVERIFY(emojiName(u"👏🏽"_s).startsWith(ClapName));
    QCOMPARE(emojiName(u"😂🏻"_s), JoyName);
    // An unknown ZWJ combination falls back to its first emoji.
    QCOMPARE(emojiName(u"😂\u200d👏"_s), JoyName);
    // A tag sequence of a region CLDR does not name: the black flag.
    QCOMPARE(emojiName(u"🏴\U000E0078\U000E0078\U000E007F"_s), emojiName(u"🏴"_s));
    QVERIFY(!emojiName(u"🏴"_s).isEmpty());
    // Long clusters never overflow the lookup.
    QCOMPARE(emojiName(QString(Joy + QString(u"\ufe0f"_s).repeated(1000))), JoyName);
    QCOMPARE(emojiName(QString(Joy + QString(u"\u200d😂"_s).repeated(1000))), JoyName);
}

void TestEmojiReading::clusters_data()
{
    QTest::addColumn<QString>("cluster");
    QTest::addColumn<bool>("expected");
    QTest::newRow("joy") << Joy << true;
    QTest::newRow("heart") << u"❤"_s << true;
    QTest::newRow("heart fe0f") << u"❤\ufe0f"_s << true;
    QTest::newRow("heart text") << u"❤\ufe0e"_s << false;
    QTest::newRow("family") << Family << true;
    QTest::newRow("flag") << u"🇯🇵"_s << true;
    QTest::newRow("keycap") << u"1\ufe0f\u20e3"_s << true;
    QTest::newRow("keycap bare") << u"1\u20e3"_s << true;
    QTest::newRow("digit") << u"8"_s << false;
    QTest::newRow("digit fe0f") << u"8\ufe0f"_s << false;
    QTest::newRow("hash") << u"#"_s << false;
    QTest::newRow("star") << u"*"_s << false;
    QTest::newRow("copyright") << u"©"_s << false;
    QTest::newRow("copyright fe0f") << u"©\ufe0f"_s << true;
    QTest::newRow("registered") << u"®"_s << false;
    QTest::newRow("trademark") << u"™"_s << false;
    QTest::newRow("trademark fe0f") << u"™\ufe0f"_s << true;
    QTest::newRow("double exclamation") << u"‼"_s << false;
    QTest::newRow("alarm clock") << u"⏰"_s << true; // emoji presentation by default
    QTest::newRow("arrow") << u"→"_s << false;
    QTest::newRow("corner bracket") << u"「"_s << false;
    QTest::newRow("kana") << u"あ"_s << false;
    QTest::newRow("unnamed new emoji") << u"\U0001FAE8"_s << true; // 🫨, Emoji 15
    QTest::newRow("lone high") << QString(QChar(0xD83D)) << false;
    QTest::newRow("lone low") << QString(QChar(0xDE02)) << false;
    QTest::newRow("empty") << QString() << false;
}

void TestEmojiReading::clusters()
{
    QFETCH(QString, cluster);
    QFETCH(bool, expected);
    QCOMPARE(isEmojiCluster(cluster), expected);
}

void TestEmojiReading::read_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("joy") << Joy << JoyName;
    QTest::newRow("clap") << Clap << ClapName;
    QTest::newRow("clap run") << u"👏👏👏"_s << ClapName;
    QTest::newRow("heart") << u"❤"_s << HeartName;
    QTest::newRow("heart fe0f") << u"❤\ufe0f"_s << HeartName;
    QTest::newRow("heart run mixed") << u"❤❤\ufe0f❤"_s << HeartName;
    QTest::newRow("kawaii heart") << u"かわいい❤"_s << u"かわいい ハート"_s;
    QTest::newRow("question") << u"え❓"_s << u"え？"_s;
    QTest::newRow("exclamation") << u"すごい‼️ほんと"_s << u"すごい！！ほんと"_s;
    QTest::newRow("two emoji") << u"😂👏"_s << QString(JoyName + u' ' + ClapName);
    QTest::newRow("two runs") << u"😂😂👏👏"_s << QString(JoyName + u' ' + ClapName);
    QTest::newRow("gg joy") << u"GG😂"_s << QString(u"GG "_s + JoyName);
    QTest::newRow("joy gg") << u"😂GG"_s << QString(JoyName + u" GG"_s);
    QTest::newRow("digit joy") << u"8😂"_s << QString(u"8 "_s + JoyName);
    QTest::newRow("kana joy kana") << u"草😂草"_s << QString(u"草 "_s + JoyName + u" 草"_s);
    QTest::newRow("spaced run") << u"👏 👏"_s << QString(ClapName + u' ' + ClapName);
    QTest::newRow("skin tone") << u"いいね👍🏻"_s << u"いいね サムズアップ"_s;
    QTest::newRow("family") << Family << u"家族"_s;
    QTest::newRow("flag") << u"🇯🇵から"_s << u"日本の旗 から"_s;
    QTest::newRow("two flags") << u"🇯🇵🇺🇸"_s << u"日本の旗 アメリカ合衆国の旗"_s;
    QTest::newRow("keycap") << u"1\ufe0f\u20e3位"_s << u"1位"_s;
    QTest::newRow("unnamed dropped") << u"あ\U0001FAE8い"_s << u"あい"_s;
    QTest::newRow("unnamed in run") << u"👏\U0001FAE8👏"_s << ClapName;
    QTest::newRow("unnamed between words") << u"GG\U0001FAE8GG"_s << u"GG GG"_s;
    QTest::newRow("plain") << u"こんにちは、元気？ hello!"_s << u"こんにちは、元気？ hello!"_s;
    QTest::newRow("ascii") << u"GG WP 8-)"_s << u"GG WP 8-)"_s;
    QTest::newRow("eight o'clock") << u"8時"_s << u"8時"_s;
    QTest::newRow("hash star") << u"#1 *2"_s << u"#1 *2"_s;
    QTest::newRow("copyright") << u"©"_s << u"©"_s;
    QTest::newRow("registered trademark") << u"ChatVox® Twitch™"_s << u"ChatVox® Twitch™"_s;
    QTest::newRow("symbols") << u"「草」→‼…"_s << u"「草」→‼…"_s;
    QTest::newRow("copyright fe0f") << u"©\ufe0f2024"_s << u"著作権マーク 2024"_s;
    QTest::newRow("empty") << QString() << QString();
}

void TestEmojiReading::read()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(readEmoji(text, EmojiMode::Names), expected);
}

void TestEmojiReading::drop_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("joy") << Joy << QString();
    QTest::newRow("kawaii heart") << u"かわいい❤\ufe0f"_s << u"かわいい"_s;
    QTest::newRow("mixed") << u"草😂👏🇯🇵1\ufe0f\u20e3草"_s << u"草草"_s;
    QTest::newRow("family") << QString(u"a "_s + Family + u" b"_s) << u"a  b"_s;
    QTest::newRow("between words") << u"GG😂GG"_s << u"GG GG"_s;
    QTest::newRow("plain") << u"8時 ©"_s << u"8時 ©"_s;
}

void TestEmojiReading::drop()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(readEmoji(text, EmojiMode::Drop), expected);
}

void TestEmojiReading::loneSurrogates()
{
    const QChar high(0xD83D), low(0xDE02);
    const QString lone = u"a"_s + high + u"b"_s + low + u"c"_s;
    QCOMPARE(readEmoji(lone, EmojiMode::Names), lone);
    QCOMPARE(readEmoji(lone, EmojiMode::Drop), lone);
    // Reversed pair next to a real emoji; a high surrogate at the very end.
    const QString mixed = QString(low) + QString(high) + Joy + QString(high);
    QCOMPARE(readEmoji(mixed, EmojiMode::Names),
             QString(low) + QString(high) + u' ' + JoyName + u' ' + QString(high));
    QCOMPARE(emojiName(QString(high)), QString());
    QCOMPARE(emojiName(QString(QString(low) + QString(high))), QString());
}

void TestEmojiReading::manyEmoji()
{
    // 10,000 of the same emoji are read once.
    QCOMPARE(readEmoji(QString(Clap).repeated(10000), EmojiMode::Names), ClapName);
    // 10,000 alternating emoji: every one named, nothing quadratic.
    const QString alternating = QString(Joy + Clap).repeated(5000);
    const QString names = readEmoji(alternating, EmojiMode::Names);
    QCOMPARE(names.size(), 5000 * (JoyName.size() + 1 + ClapName.size() + 1) - 1);
    QVERIFY(names.startsWith(JoyName + u' ' + ClapName + u' ' + JoyName));
    QCOMPARE(readEmoji(alternating, EmojiMode::Drop), QString());
    // 10,000 flags, skin tones and ZWJ families.
    QCOMPARE(readEmoji(QString(u"🇯🇵"_s).repeated(10000), EmojiMode::Names), u"日本の旗"_s);
    QCOMPARE(readEmoji(QString(u"👍🏻"_s).repeated(10000), EmojiMode::Names), u"サムズアップ"_s);
    QCOMPARE(readEmoji(QString(Family).repeated(10000), EmojiMode::Names), u"家族"_s);
    // One grapheme cluster of 10,000 ZWJ-joined emoji.
    QCOMPARE(readEmoji(Joy + QString(u"\u200d😂"_s).repeated(9999), EmojiMode::Names), JoyName);
}

void TestEmojiReading::largeText()
{
    // 1 MB of Japanese without emoji is returned as it is (shared, not copied).
    const QString japanese
        = QString(u"こんにちは、8時に配信します。GG! "_s).repeated(1 << 20).left(1 << 20);
    const QString same = readEmoji(japanese, EmojiMode::Names);
    QCOMPARE(same, japanese);
    QVERIFY(same.constData() == japanese.constData());

    // 1 MB with an emoji every 64 characters.
    const QString chunk = QString(u"あ"_s).repeated(62) + Joy;
    const int chunks = (1 << 20) / int(chunk.size());
    const QString mixed = QString(chunk).repeated(chunks);
    const QString named = QString(QString(u"あ"_s).repeated(62) + u' ' + JoyName + u' ').repeated(chunks);
    QCOMPARE(readEmoji(mixed, EmojiMode::Names), named.chopped(1));
    QCOMPARE(readEmoji(mixed, EmojiMode::Drop), QString(u"あ"_s).repeated(62 * chunks));

    // 1 MB of lone surrogates and combining marks does not crash or change.
    QString junk;
    junk.reserve(1 << 20);
    for (int i = 0; i < (1 << 20); ++i)
        junk.append(QChar(char16_t((i % 3 == 0)       ? 0xD83D
                                       : (i % 3 == 1) ? 0x0301
                                                      : 0xDE02 + (i & 1))));
    QCOMPARE(readEmoji(junk, EmojiMode::Names).size(), junk.size());
}

QTEST_GUILESS_MAIN(TestEmojiReading)
#include "tst_emojireading.moc"
