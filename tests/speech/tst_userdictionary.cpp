// The engine user dictionary model (pure): kana conversion and the engine's checks, conversion
// from the reading dictionary, the diff against an engine's words, parsing, CSV.

#include "speech/userdictionary.h"

#include <QStringDecoder>
#include <QStringEncoder>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace chatvox;
using Type = UserDictWordType;

namespace {

UserDictWord word(const QString &surface, const QString &pronunciation, int accent = 0,
                  Type type = Type::ProperNoun, int priority = 5)
{
    return UserDictWord{surface, pronunciation, accent, type, priority};
}

EngineDictWord engineWord(const QString &surface, const QString &pronunciation, int accent = 0,
                          std::optional<Type> type = Type::ProperNoun, int priority = 5)
{
    return EngineDictWord{userdict::engineSurface(surface),           pronunciation, accent, type,
                          type == Type::Verb ? u"動詞"_s : u"名詞"_s, priority};
}

bool hasError(const QStringList &errors, const QString &lineAndText)
{
    return std::any_of(errors.cbegin(), errors.cend(),
                       [&](const QString &e) { return e.contains(lineAndText); });
}

} // namespace

class TestUserDictionary : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void katakana_data();
    void katakana();
    void pronunciationChecks_data();
    void pronunciationChecks();
    void moraCount_data();
    void moraCount();
    void engineSurface();
    void wordTypeNames();
    void wordProblems();
    void fromReadingsConvertsAndSkips();
    void fromReadingsKeepsDetails();
    void diffAddsToEmptyEngine();
    void diffUnchangedUpdateRemove();
    void diffNeverTouchesUserWords();
    void diffConflictWithUserWord();
    void diffForgetsVanishedAndDropsDuplicates();
    void parseEngineDictionary();
    void parseAddedUuid();
    void csvRoundTrip();
    void csvDefaultsAndAliases();
    void csvBadLines();
    void csvEncodings();
};

void TestUserDictionary::katakana_data()
{
    QTest::addColumn<QString>("reading");
    QTest::addColumn<QString>("katakana");
    QTest::newRow("hiragana") << u"ちゃっとぼっくす"_s << u"チャットボックス"_s;
    QTest::newRow("katakana stays") << u"ボイスボックス"_s << u"ボイスボックス"_s;
    QTest::newRow("half-width") << u"ﾁｬｯﾄﾎﾞｯｸｽ"_s << u"チャットボックス"_s;
    QTest::newRow("vu") << u"ゔぃ"_s << u"ヴィ"_s;
    QTest::newRow("long vowel") << u"げーむ"_s << u"ゲーム"_s;
    QTest::newRow("spaces and dots")
        << u" ぐっど げーむ・ちゃっと　"_s << u"グッドゲームチャット"_s;
    QTest::newRow("kanji kept") << u"かん字"_s << u"カン字"_s;
}

void TestUserDictionary::katakana()
{
    QFETCH(QString, reading);
    QFETCH(QString, katakana);
    QCOMPARE(userdict::toKatakana(reading), katakana);
}

void TestUserDictionary::pronunciationChecks_data()
{
    QTest::addColumn<QString>("pronunciation");
    QTest::addColumn<bool>("valid");
    QTest::newRow("plain") << u"チャットボックス"_s << true;
    QTest::newRow("long vowel") << u"ゲーム"_s << true;
    QTest::newRow("vu") << u"ヴィ"_s << true;
    QTest::newRow("small after big (engine allows)") << u"アャ"_s << true;
    QTest::newRow("kwa") << u"クヮ"_s << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("hiragana") << u"ちゃっと"_s << false;
    QTest::newRow("latin") << u"ABC"_s << false;
    QTest::newRow("kanji") << u"カン字"_s << false;
    QTest::newRow("space") << u"グッド ゲーム"_s << false;
    QTest::newRow("ke (past ヴ)") << u"ヶ"_s << false;
    QTest::newRow("two small") << u"キャャ"_s << false;
    QTest::newRow("double sokuon") << u"アッッ"_s << false;
    QTest::newRow("sokuon then small") << u"アッャ"_s << false;
    QTest::newRow("small then sokuon") << u"キャッ"_s << true;
    QTest::newRow("wa after a") << u"アヮ"_s << false;
}

void TestUserDictionary::pronunciationChecks()
{
    QFETCH(QString, pronunciation);
    QFETCH(bool, valid);
    const QString problem = userdict::pronunciationProblem(pronunciation);
    QVERIFY2(problem.isEmpty() == valid, qPrintable(problem));
}

void TestUserDictionary::moraCount_data()
{
    QTest::addColumn<QString>("pronunciation");
    QTest::addColumn<int>("morae");
    // The real engine said mora_count 7 for チャットボックス.
    QTest::newRow("chatbox") << u"チャットボックス"_s << 7;
    QTest::newRow("cat") << u"キャット"_s << 3;
    QTest::newRow("tea") << u"ティー"_s << 2;
    QTest::newRow("ai") << u"アイ"_s << 2;
    QTest::newRow("fa") << u"ファイル"_s << 3;
    QTest::newRow("empty") << QString() << 0;
}

void TestUserDictionary::moraCount()
{
    QFETCH(QString, pronunciation);
    QFETCH(int, morae);
    QCOMPARE(userdict::moraCount(pronunciation), morae);
}

void TestUserDictionary::engineSurface()
{
    // As GET /user_dict of VOICEVOX 0.17.1 returned it.
    QCOMPARE(userdict::engineSurface(u"ChatVox"_s), u"ＣｈａｔＶｏｘ"_s);
    QCOMPARE(userdict::engineSurface(u"a~!0"_s), u"ａ～！０"_s);
    QCOMPARE(userdict::engineSurface(u"草 w"_s), u"草 ｗ"_s); // the space is not converted
    QCOMPARE(userdict::engineSurface(u"初見"_s), u"初見"_s);
}

void TestUserDictionary::wordTypeNames()
{
    for (Type type :
         {Type::ProperNoun, Type::CommonNoun, Type::Verb, Type::Adjective, Type::Suffix})
        QCOMPARE(userdict::wordTypeFromName(userdict::wordTypeName(type)), std::optional(type));
    QCOMPARE(userdict::wordTypeName(Type::CommonNoun), u"COMMON_NOUN"_s);
    QCOMPARE(userdict::wordTypeFromName(u" verb "_s), std::optional(Type::Verb));
    QCOMPARE(userdict::wordTypeFromName(u"普通名詞"_s), std::optional(Type::CommonNoun));
    QCOMPARE(userdict::wordTypeFromName(u"語尾"_s), std::optional(Type::Suffix));
    QVERIFY(!userdict::wordTypeFromName(u"NOUN"_s));
}

void TestUserDictionary::wordProblems()
{
    QVERIFY(userdict::wordProblem(word(u"ChatVox"_s, u"チャットボックス"_s, 7)).isEmpty());
    QVERIFY(!userdict::wordProblem(word(u"ChatVox"_s, u"チャットボックス"_s, 8)).isEmpty());
    QVERIFY(!userdict::wordProblem(word(u"ChatVox"_s, u"チャットボックス"_s, -1)).isEmpty());
    QVERIFY(!userdict::wordProblem(word(u"ChatVox"_s, u"チャットボックス"_s, 0, Type::Verb, 11))
                 .isEmpty());
    QVERIFY(!userdict::wordProblem(word(u"ChatVox"_s, u"チャットボックス"_s, 0, Type::Verb, -1))
                 .isEmpty());
    QVERIFY(!userdict::wordProblem(word(u""_s, u"チャット"_s)).isEmpty());
    QVERIFY(!userdict::wordProblem(word(u"good game"_s, u"グッドゲーム"_s)).isEmpty());
    QVERIFY(!userdict::wordProblem(word(u"a\tb"_s, u"エービー"_s)).isEmpty());
    QVERIFY(userdict::wordProblem(word(u"10"_s, u"ジュウ"_s, 1, Type::CommonNoun, 10)).isEmpty());
}

void TestUserDictionary::fromReadingsConvertsAndSkips()
{
    const QList<ReadingEntry> entries{
        {u"ChatVox"_s, u"ちゃっとぼっくす"_s},
        {u"草"_s, u"くさ"_s},
        {u"GG"_s, u"ぐっどげーむ"_s},
        {u"gg"_s, u"じーじー"_s}, // the same word for ChatVox: the first wins
        {u"ＧＧ"_s, u"じーじー"_s}, // the same word for the engine
        {u"brb"_s, u""_s}, // ChatVox drops the word; an engine cannot
        {u"bgm"_s, u"(Sound bgm.wav)"_s},
        {u"漢"_s, u"かん字"_s},
        {u"good game"_s, u"ぐっどげーむ"_s},
        {u"w+"_s, u"わら"_s, true},
        {u"  ナイス  "_s, u"ないす"_s}, // trimmed
    };
    const ReadingConversion conversion = userdict::fromReadings(entries);
    QCOMPARE(
        conversion.words,
        (QList<UserDictWord>{word(u"ChatVox"_s, u"チャットボックス"_s), word(u"草"_s, u"クサ"_s),
                             word(u"GG"_s, u"グッドゲーム"_s), word(u"ナイス"_s, u"ナイス"_s)}));
    QStringList skipped;
    for (const SkippedReading &s : conversion.skipped) {
        QVERIFY2(!s.reason.isEmpty(), qPrintable(s.word));
        skipped << s.word;
    }
    QCOMPARE(
        skipped,
        (QStringList{u"gg"_s, u"ＧＧ"_s, u"brb"_s, u"bgm"_s, u"漢"_s, u"good game"_s, u"w+"_s}));
    QVERIFY(conversion.skipped.at(0).reason.contains(u"GG"_s)); // names the earlier word
}

void TestUserDictionary::fromReadingsKeepsDetails()
{
    const QList<ReadingEntry> entries{
        {u"草"_s, u"くさ"_s},
        {u"GG"_s, u"じーじー"_s},
        {u"ChatVox"_s, u"ちゃっとぼっくす"_s},
    };
    const QList<UserDictWord> details{
        word(u"草"_s, u"ソウ"_s, 2, Type::CommonNoun, 7),
        word(u"ＧＧ"_s, u"グッドゲーム"_s, 5, Type::Suffix, 3), // accent 5 > 4 morae of ジージー
    };
    UserDictWord defaults;
    defaults.priority = 8;
    defaults.accentType = 3;
    const ReadingConversion conversion = userdict::fromReadings(entries, details, defaults);
    QVERIFY(conversion.skipped.isEmpty());
    QCOMPARE(conversion.words.at(0), word(u"草"_s, u"クサ"_s, 2, Type::CommonNoun, 7));
    QCOMPARE(conversion.words.at(1), word(u"GG"_s, u"ジージー"_s, 3, Type::Suffix, 3));
    QCOMPARE(conversion.words.at(2),
             word(u"ChatVox"_s, u"チャットボックス"_s, 3, Type::ProperNoun, 8));
}

void TestUserDictionary::diffAddsToEmptyEngine()
{
    const QList<UserDictWord> wanted{word(u"ChatVox"_s, u"チャットボックス"_s),
                                     word(u"草"_s, u"クサ"_s)};
    const UserDictDiff d = userdict::diff({}, wanted, {u"stale-uuid"_s});
    QCOMPARE(d.add, wanted);
    QVERIFY(d.update.isEmpty());
    QVERIFY(d.remove.isEmpty());
    QVERIFY(d.conflicts.isEmpty());
    QVERIFY(d.keep.isEmpty());
    QVERIFY(!d.isEmpty());
    QVERIFY(userdict::diff({}, {}, {}).isEmpty());
}

void TestUserDictionary::diffUnchangedUpdateRemove()
{
    EngineDictionary engine;
    engine.insert(u"u1"_s, engineWord(u"ChatVox"_s, u"チャットボックス"_s));
    engine.insert(u"u2"_s, engineWord(u"草"_s, u"クサ"_s));
    engine.insert(u"u3"_s, engineWord(u"brb"_s, u"ビーアールビー"_s));
    const QList<UserDictWord> wanted{
        word(u"ChatVox"_s, u"チャットボックス"_s), // the engine's ＣｈａｔＶｏｘ: unchanged
        word(u"草"_s, u"クサ"_s, 1), // accent changed
    };
    const UserDictDiff d = userdict::diff(engine, wanted, {u"u1"_s, u"u2"_s, u"u3"_s});
    QVERIFY(d.add.isEmpty());
    QCOMPARE(d.update.size(), 1);
    QCOMPARE(d.update.at(0).first, u"u2"_s);
    QCOMPARE(d.update.at(0).second, wanted.at(1));
    QCOMPARE(d.remove, QStringList{u"u3"_s});
    QCOMPARE(d.unchanged, 1);
    QCOMPARE(d.keep, (QStringList{u"u1"_s, u"u2"_s}));

    // Each field counts: word type, priority, pronunciation; an unknown part of speech too.
    for (const UserDictWord &changed :
         {word(u"ChatVox"_s, u"チャットボックス"_s, 0, Type::CommonNoun),
          word(u"ChatVox"_s, u"チャットボックス"_s, 0, Type::ProperNoun, 9),
          word(u"ChatVox"_s, u"チャトボックス"_s)}) {
        QCOMPARE(userdict::diff(engine, {changed}, {u"u1"_s}).update.size(), 1);
    }
    EngineDictionary odd;
    odd.insert(u"u1"_s, engineWord(u"ChatVox"_s, u"チャットボックス"_s, 0, std::nullopt));
    QCOMPARE(userdict::diff(odd, {wanted.at(0)}, {u"u1"_s}).update.size(), 1);
}

void TestUserDictionary::diffNeverTouchesUserWords()
{
    EngineDictionary engine;
    engine.insert(u"mine"_s, engineWord(u"ChatVox"_s, u"チャットボックス"_s));
    engine.insert(u"users"_s, engineWord(u"OBS"_s, u"オービーエス"_s));
    // Nothing wanted: only ChatVox's own word goes.
    UserDictDiff d = userdict::diff(engine, {}, {u"mine"_s});
    QCOMPARE(d.remove, QStringList{u"mine"_s});
    // Nothing owned: nothing is deleted, whatever is wanted.
    d = userdict::diff(engine, {word(u"草"_s, u"クサ"_s)}, {});
    QVERIFY(d.remove.isEmpty());
    QVERIFY(d.update.isEmpty());
    QCOMPARE(d.add.size(), 1);
    // The user's identical word: nothing to do, no conflict.
    d = userdict::diff(engine, {word(u"OBS"_s, u"オービーエス"_s)}, {});
    QVERIFY(d.isEmpty());
    QVERIFY(d.conflicts.isEmpty());
    QCOMPARE(d.unchanged, 1);
}

void TestUserDictionary::diffConflictWithUserWord()
{
    EngineDictionary engine;
    engine.insert(u"users"_s, engineWord(u"ChatVox"_s, u"チャボ"_s));
    engine.insert(u"mine"_s, engineWord(u"ChatVox"_s, u"チャットボックス"_s));
    const UserDictWord wanted = word(u"ChatVox"_s, u"チャットボックス"_s);
    // The user's word wins: not overwritten, not added again; our own copy goes.
    const UserDictDiff d = userdict::diff(engine, {wanted}, {u"mine"_s});
    QVERIFY(d.add.isEmpty());
    QVERIFY(d.update.isEmpty());
    QCOMPARE(d.remove, QStringList{u"mine"_s});
    QCOMPARE(d.conflicts.size(), 1);
    QCOMPARE(d.conflicts.at(0).uuid, u"users"_s);
    QCOMPARE(d.conflicts.at(0).engineWord.pronunciation, u"チャボ"_s);
    QCOMPARE(d.conflicts.at(0).wanted, wanted);

    // Without our copy: just the conflict.
    engine.remove(u"mine"_s);
    const UserDictDiff alone = userdict::diff(engine, {wanted}, {});
    QVERIFY(alone.isEmpty());
    QCOMPARE(alone.conflicts.size(), 1);
}

void TestUserDictionary::diffForgetsVanishedAndDropsDuplicates()
{
    EngineDictionary engine;
    engine.insert(u"a"_s, engineWord(u"草"_s, u"クサ"_s, 1));
    engine.insert(u"b"_s, engineWord(u"草"_s, u"クサ"_s)); // identical to the wanted word
    engine.insert(u"c"_s, engineWord(u"草"_s, u"ソウ"_s));
    const QList<UserDictWord> wanted{
        word(u"草"_s, u"クサ"_s),
        word(u"草"_s, u"ソウ"_s), // a second word with the same surface: ignored
        word(u"GG"_s, u"グッドゲーム"_s),
    };
    // "gone" was deleted in the editor: forgotten, and its word is added again.
    const UserDictDiff d = userdict::diff(engine, wanted, {u"a"_s, u"b"_s, u"c"_s, u"gone"_s});
    QCOMPARE(d.keep, QStringList{u"b"_s});
    QCOMPARE(d.remove, (QStringList{u"a"_s, u"c"_s}));
    QVERIFY(d.update.isEmpty());
    QCOMPARE(d.add, QList<UserDictWord>{wanted.at(2)});
    QCOMPARE(d.unchanged, 1);
}

void TestUserDictionary::parseEngineDictionary()
{
    // What VOICEVOX ENGINE 0.17.1 answered after POST /user_dict_word?surface=ChatVox&...
    const QByteArray body
        = R"({"29b62406-aaba-4ee5-a2ba-aabbc0ad2e3e": {"surface": "ＣｈａｔＶｏｘ",
        "priority": 7, "context_id": 1348, "part_of_speech": "名詞",
        "part_of_speech_detail_1": "固有名詞", "part_of_speech_detail_2": "一般",
        "part_of_speech_detail_3": "*", "inflectional_type": "*", "inflectional_form": "*",
        "stem": "*", "yomi": "チャットボックス", "pronunciation": "チャットボックス",
        "accent_type": 5, "mora_count": 7, "accent_associative_rule": "*"},
        "7c3e2d44-0000-4000-8000-000000000001": {"surface": "走る", "priority": 5,
        "part_of_speech": "動詞", "part_of_speech_detail_1": "自立", "pronunciation": "ハシル",
        "accent_type": 2},
        "7c3e2d44-0000-4000-8000-000000000002": {"surface": "ね", "priority": 5,
        "part_of_speech": "助詞", "part_of_speech_detail_1": "終助詞", "pronunciation": "ネ",
        "accent_type": 0},
        "broken": {"pronunciation": "ナイ"}})"_ba;
    const Result<EngineDictionary> parsed = userdict::parseEngineDictionary(body);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
    QCOMPARE(parsed->size(), 3);
    const EngineDictWord chatvox = parsed->value(u"29b62406-aaba-4ee5-a2ba-aabbc0ad2e3e"_s);
    QCOMPARE(chatvox.surface, u"ＣｈａｔＶｏｘ"_s);
    QCOMPARE(chatvox.pronunciation, u"チャットボックス"_s);
    QCOMPARE(chatvox.accentType, 5);
    QCOMPARE(chatvox.priority, 7);
    QCOMPARE(chatvox.wordType, std::optional(Type::ProperNoun));
    QCOMPARE(parsed->value(u"7c3e2d44-0000-4000-8000-000000000001"_s).wordType,
             std::optional(Type::Verb));
    QCOMPARE(parsed->value(u"7c3e2d44-0000-4000-8000-000000000002"_s).wordType,
             std::optional<Type>());
    QCOMPARE(parsed->value(u"7c3e2d44-0000-4000-8000-000000000002"_s).partOfSpeech, u"助詞"_s);

    QVERIFY(userdict::parseEngineDictionary("{}").ok());
    QVERIFY(!userdict::parseEngineDictionary("[]").ok());
    QVERIFY(!userdict::parseEngineDictionary("<html>").ok());
}

void TestUserDictionary::parseAddedUuid()
{
    const QString uuid = u"29b62406-aaba-4ee5-a2ba-aabbc0ad2e3e"_s;
    QCOMPARE(userdict::parseAddedUuid(uuid.toLatin1()).value(), uuid); // 0.17.1: bare text
    QCOMPARE(userdict::parseAddedUuid('"' + uuid.toLatin1() + "\"\n").value(), uuid); // JSON
    QVERIFY(!userdict::parseAddedUuid("").ok());
    QVERIFY(!userdict::parseAddedUuid("<html>error</html>").ok());
    QVERIFY(!userdict::parseAddedUuid("../../speakers").ok());
}

void TestUserDictionary::csvRoundTrip()
{
    const QList<UserDictWord> words{
        word(u"ChatVox"_s, u"チャットボックス"_s, 5, Type::ProperNoun, 7),
        word(u"a,b"_s, u"エービー"_s, 0, Type::CommonNoun, 0),
        word(u"say\"hi\""_s, u"セイハイ"_s, 1, Type::Verb, 10),
        word(u"美しい"_s, u"ウツクシイ"_s, 4, Type::Adjective, 5),
        word(u"さん"_s, u"サン"_s, 0, Type::Suffix, 5),
    };
    const QString csv = userdict::toCsv(words);
    QVERIFY(csv.startsWith(u"surface,pronunciation,accent_type,word_type,priority\r\n"_s));
    QVERIFY(csv.contains(u"\"a,b\",エービー,0,COMMON_NOUN,0\r\n"_s));
    QVERIFY(csv.contains(u"\"say\"\"hi\"\"\",セイハイ,1,VERB,10\r\n"_s));
    const UserDictImport back = userdict::fromCsv(csv.toUtf8());
    QVERIFY2(back.errors.isEmpty(), qPrintable(back.errors.join(u'\n')));
    QCOMPARE(back.words, words);
    QVERIFY(userdict::fromCsv(userdict::toCsv({}).toUtf8()).words.isEmpty());
}

void TestUserDictionary::csvDefaultsAndAliases()
{
    const QByteArray csv = "ChatVox,ちゃっとぼっくす\n"
                           "草,くさ,,,\n"
                           "走る,はしる,2,動詞,9\n"
                           "\n"
                           "  GG , ぐっどげーむ , 3 , common_noun , 1 \n";
    const UserDictImport in = userdict::fromCsv(csv);
    QVERIFY2(in.errors.isEmpty(), qPrintable(in.errors.join(u'\n')));
    QCOMPARE(
        in.words,
        (QList<UserDictWord>{word(u"ChatVox"_s, u"チャットボックス"_s), word(u"草"_s, u"クサ"_s),
                             word(u"走る"_s, u"ハシル"_s, 2, Type::Verb, 9),
                             word(u"GG"_s, u"グッドゲーム"_s, 3, Type::CommonNoun, 1)}));
}

void TestUserDictionary::csvBadLines()
{
    const QByteArray csv = "surface,pronunciation,accent_type,word_type,priority\n" // 1
                           "ok,オーケー\n" // 2
                           "bad1,カタカナ,x\n" // 3 accent not a number
                           "bad2,アイ,3\n" // 4 accent past the morae
                           "bad3,アイ,0,NOUN\n" // 5 unknown type
                           "bad4,アイ,0,VERB,11\n" // 6 priority range
                           "bad5,アイ,0,VERB,high\n" // 7 priority not a number
                           "bad6,ABC\n" // 8 not katakana
                           "bad7\n" // 9 one column
                           "a,b,c,d,e,f\n" // 10 six columns
                           "bad9,ア\"イ\n" // 11 stray quote
                           "OK,オーケー\n" // 12 the same word as line 2
                           ",アイ\n" // 13 empty surface
                           "\"bad10,アイ\n" // 14 quote never closed
                           "last,ラスト\n"; // 15 still read
    const UserDictImport in = userdict::fromCsv(csv);
    QCOMPARE(in.words,
             (QList<UserDictWord>{word(u"ok"_s, u"オーケー"_s), word(u"last"_s, u"ラスト"_s)}));
    const QStringList &e = in.errors;
    QCOMPARE(e.size(), 12);
    QVERIFY2(hasError(e, u"line 3: the accent type x is not a number"_s),
             qPrintable(e.join(u'\n')));
    QVERIFY(hasError(e, u"line 4: the accent type 3 is not between 0 and 2"_s));
    QVERIFY(hasError(e, u"line 5: unknown word type NOUN"_s));
    QVERIFY(hasError(e, u"line 6: the priority 11 is not between 0 and 10"_s));
    QVERIFY(hasError(e, u"line 7: the priority high is not a number"_s));
    QVERIFY(hasError(e, u"line 8: the pronunciation must be katakana"_s));
    QVERIFY(hasError(e, u"line 9: expected surface,pronunciation"_s));
    QVERIFY(hasError(e, u"line 10: 6 columns"_s));
    QVERIFY(hasError(e, u"line 11: a stray quote"_s));
    QVERIFY(hasError(e, u"line 12: the same word as line 2"_s));
    QVERIFY(hasError(e, u"line 13: the word is empty"_s));
    QVERIFY(hasError(e, u"line 14: a quote is not closed"_s));

    // A quoted line break is part of the field: the surface has a control character.
    const UserDictImport multi = userdict::fromCsv("\"a\nb\",アイ\nnext,ネクスト\n");
    QCOMPARE(multi.words, QList<UserDictWord>{word(u"next"_s, u"ネクスト"_s)});
    QCOMPARE(multi.errors.size(), 1);
    QVERIFY(multi.errors.at(0).startsWith(u"line 1: "_s));

    QByteArray many;
    for (int i = 0; i < 150; ++i)
        many += "x" + QByteArray::number(i) + ",abc\n";
    const UserDictImport capped = userdict::fromCsv(many);
    QCOMPARE(capped.errors.size(), 101);
    QVERIFY(capped.errors.last().contains(u"50"_s));
}

void TestUserDictionary::csvEncodings()
{
    const QByteArray utf8Bom = "\xEF\xBB\xBF" + u"surface,pronunciation\r\n草,くさ\r\n"_s.toUtf8();
    QCOMPARE(userdict::fromCsv(utf8Bom).words, QList<UserDictWord>{word(u"草"_s, u"クサ"_s)});

    QStringEncoder sjis("Shift_JIS");
    if (!sjis.isValid())
        QSKIP("no Shift_JIS codec");
    const QByteArray sjisBytes = sjis.encode(u"初見,しょけん,0,普通名詞,6\r\n"_s);
    const UserDictImport in = userdict::fromCsv(sjisBytes);
    QVERIFY2(in.errors.isEmpty(), qPrintable(in.errors.join(u'\n')));
    QCOMPARE(in.words, QList<UserDictWord>{word(u"初見"_s, u"ショケン"_s, 0, Type::CommonNoun, 6)});

    const UserDictImport garbage = userdict::fromCsv("\x80\xFF,\xFF\xFF\n");
    QVERIFY(garbage.words.isEmpty());
    QVERIFY(!garbage.errors.isEmpty());
}

QTEST_GUILESS_MAIN(TestUserDictionary)
#include "tst_userdictionary.moc"
