// Dictionary files: CSV round trip, optional header, BouyomiChan's ReplaceWord.dic (UTF-8 and
// Shift_JIS), errors with line numbers, bounded input, garbage bytes.

#include "filter/dictionarycsv.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QStringEncoder>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace chatvox;

namespace {

QByteArray utf8(const QString &s)
{
    return s.toUtf8();
}

QByteArray readData(const QString &name)
{
    QFile file(QStringLiteral(CHATVOX_TEST_DATA_DIR) + u"/filter/"_s + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(file.fileName()));
    return file.readAll();
}

QString errorLines(const DictionaryImport &r)
{
    return r.errors.join(u" | "_s);
}

} // namespace

class TestDictionaryCsv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripAwkwardText();
    void roundTripEmpty();
    void exportIsRfc4180();
    void headerIsOptional();
    void lineEndsAndTrailingColumns();
    void bouyomiChanUtf8();
    void bouyomiChanShiftJis();
    void bouyomiChanShiftJisEncodedHere();
    void plainTabSeparated();
    void encodings();
    void malformedLinesHaveLineNumbers();
    void unclosedQuoteKeepsTheRest();
    void longFieldsAreErrors();
    void tooManyEntriesBounded();
    void tooLargeInputRefused();
    void manyErrorsSummarized();
    void garbageBytes();
};

void TestDictionaryCsv::roundTripAwkwardText()
{
    const QList<DictionaryEntry> entries{
        {u"GG"_s, u"ぐっどげーむ"_s},
        {u"a,b"_s, u"えー,びー"_s},
        {u"say \"hi\""_s, u"\"はい\""_s},
        {u"two\nlines"_s, u"に\r\nぎょう"_s},
        {u"😂🎉"_s, u"わらい"_s},
        {u"草"_s, u""_s},
        {u"tab\there"_s, u"たぶ"_s},
        {u"\"\""_s, u",,,"_s},
        {u"word"_s, u"reading"_s}, // looks like the header, but is not the first line
        {u"(´・ω・`)"_s, u"しょぼーん"_s},
    };
    const QString csv = dictionaryToCsv(entries);
    const DictionaryImport back = dictionaryFromText(utf8(csv));
    QVERIFY2(back.errors.isEmpty(), qPrintable(errorLines(back)));
    QCOMPARE(back.entries, entries);
    // With a BOM, as the Filters panel writes it.
    const DictionaryImport withBom = dictionaryFromText("\xEF\xBB\xBF" + utf8(csv));
    QCOMPARE(withBom.entries, entries);
    QVERIFY(withBom.errors.isEmpty());
}

void TestDictionaryCsv::roundTripEmpty()
{
    QCOMPARE(dictionaryToCsv({}), u"word,reading\r\n"_s);
    const DictionaryImport r = dictionaryFromText(utf8(dictionaryToCsv({})));
    QVERIFY(r.entries.isEmpty());
    QVERIFY(r.errors.isEmpty());
    QVERIFY(dictionaryFromText(QByteArray()).entries.isEmpty());
    QVERIFY(dictionaryFromText(QByteArray()).errors.isEmpty());
    QVERIFY(dictionaryFromText("\n\r\n  \n").errors.isEmpty());
}

void TestDictionaryCsv::exportIsRfc4180()
{
    QCOMPARE(dictionaryToCsv({{u"GG"_s, u"ぐっどげーむ"_s}, {u"a,b"_s, u"say \"x\""_s}}),
             u"word,reading\r\nGG,ぐっどげーむ\r\n\"a,b\",\"say \"\"x\"\"\"\r\n"_s);
    QCOMPARE(dictionaryToCsv({{u"a\nb"_s, u""_s}}), u"word,reading\r\n\"a\nb\",\r\n"_s);
}

void TestDictionaryCsv::headerIsOptional()
{
    const QList<DictionaryEntry> expected{{u"GG"_s, u"ぐっどげーむ"_s}, {u"草"_s, u"くさ"_s}};
    QCOMPARE(dictionaryFromText(utf8(u"GG,ぐっどげーむ\n草,くさ\n"_s)).entries, expected);
    QCOMPARE(dictionaryFromText(utf8(u"word,reading\nGG,ぐっどげーむ\n草,くさ"_s)).entries,
             expected);
    QCOMPARE(dictionaryFromText(utf8(u"\n Word , Reading \nGG,ぐっどげーむ\n草,くさ"_s)).entries,
             expected);
    QCOMPARE(dictionaryFromText(utf8(u"単語,読み\r\nGG,ぐっどげーむ\r\n草,くさ\r\n"_s)).entries,
             expected);
    QCOMPARE(dictionaryFromText(utf8(u"\"word\",\"reading\"\nGG,ぐっどげーむ\n草,くさ"_s)).entries,
             expected);
    QVERIFY(dictionaryFromText(utf8(u"word,reading\nGG,ぐっどげーむ\n草,くさ"_s)).errors.isEmpty());
}

void TestDictionaryCsv::lineEndsAndTrailingColumns()
{
    const QList<DictionaryEntry> expected{{u"a"_s, u"え"_s}, {u"b"_s, u"び"_s}, {u"c"_s, u"し"_s}};
    QCOMPARE(dictionaryFromText("a,\xE3\x81\x88\rb,\xE3\x81\xB3\r\nc,\xE3\x81\x97").entries,
             expected);
    // Excel adds empty columns; spaces around fields and after a closing quote are dropped.
    const DictionaryImport r = dictionaryFromText(utf8(u"a,え,,\n b , び \n\"c\" ,\"し\"  \n"_s));
    QVERIFY2(r.errors.isEmpty(), qPrintable(errorLines(r)));
    QCOMPARE(r.entries, expected);
}

void TestDictionaryCsv::bouyomiChanUtf8()
{
    const DictionaryImport r = dictionaryFromText(readData(u"bouyomi_replaceword_utf8.dic"_s));
    QVERIFY2(r.errors.isEmpty(), qPrintable(errorLines(r)));
    const QList<DictionaryEntry> expected{
        {u"GG"_s, u"ぐっどげーむ"_s}, {u"草"_s, u"くさ"_s},
        {u"nice"_s, u"ないす"_s},     {u"①"_s, u"いち"_s},
        {u"おつ"_s, u"(Sound otsu.wav)"_s}, {u"初見"_s, u"しょけん"_s},
    };
    QCOMPARE(r.entries, expected);
}

void TestDictionaryCsv::bouyomiChanShiftJis()
{
    const QByteArray sjis = readData(u"bouyomi_replaceword_sjis.dic"_s);
    QVERIFY(sjis != readData(u"bouyomi_replaceword_utf8.dic"_s)); // really other bytes
    if (!QStringDecoder("Shift_JIS").isValid())
        QSKIP("this Qt has no Shift_JIS converter");
    const DictionaryImport r = dictionaryFromText(sjis);
    QVERIFY2(r.errors.isEmpty(), qPrintable(errorLines(r)));
    QCOMPARE(r.entries, dictionaryFromText(readData(u"bouyomi_replaceword_utf8.dic"_s)).entries);
}

void TestDictionaryCsv::bouyomiChanShiftJisEncodedHere()
{
    QStringEncoder encoder("Shift_JIS");
    if (!encoder.isValid())
        QSKIP("this Qt has no Shift_JIS converter");
    const QByteArray bytes = encoder.encode(
        u"0\tN\t配信\tはいしん\r\n0\tN\tｗｗ\tわらわら\r\n0\tN\t888\tぱちぱち\r\n"_s);
    QVERIFY(!encoder.hasError());
    const DictionaryImport r = dictionaryFromText(bytes);
    QVERIFY2(r.errors.isEmpty(), qPrintable(errorLines(r)));
    QCOMPARE(r.entries, (QList<DictionaryEntry>{{u"配信"_s, u"はいしん"_s},
                                                {u"ｗｗ"_s, u"わらわら"_s},
                                                {u"888"_s, u"ぱちぱち"_s}}));
    // A BouyomiChan line with a comma in it is still tab-separated.
    QCOMPARE(dictionaryFromText(utf8(u"0\tN\tGG,WP\tじーじー"_s)).entries,
             (QList<DictionaryEntry>{{u"GG,WP"_s, u"じーじー"_s}}));
    // An empty replacement (BouyomiChan: the word is not read).
    QCOMPARE(dictionaryFromText(utf8(u"0\tN\t荒らし\t"_s)).entries,
             (QList<DictionaryEntry>{{u"荒らし"_s, QString()}}));
}

void TestDictionaryCsv::plainTabSeparated()
{
    const DictionaryImport r
        = dictionaryFromText(utf8(u"word\treading\nGG\tぐっどげーむ\n\n草\tくさ\n"_s));
    QVERIFY2(r.errors.isEmpty(), qPrintable(errorLines(r)));
    QCOMPARE(r.entries,
             (QList<DictionaryEntry>{{u"GG"_s, u"ぐっどげーむ"_s}, {u"草"_s, u"くさ"_s}}));
    const DictionaryImport bad = dictionaryFromText(
        utf8(u"GG\tぐっどげーむ\nonly one\nx\tN\ta\tb\n1\t2\t3\n0\tN\tok\tおけ\n"_s));
    QCOMPARE(bad.entries,
             (QList<DictionaryEntry>{{u"GG"_s, u"ぐっどげーむ"_s}, {u"ok"_s, u"おけ"_s}}));
    QCOMPARE(bad.errors.size(), 3);
    QVERIFY(bad.errors.at(0).contains(u"2"_s));
    QVERIFY(bad.errors.at(1).contains(u"3"_s));
    QVERIFY(bad.errors.at(1).contains(u"priority"_s));
    QVERIFY(bad.errors.at(2).contains(u"4"_s));
}

void TestDictionaryCsv::encodings()
{
    const QString csv = u"GG,ぐっどげーむ\n😂,わらい\n"_s;
    const QList<DictionaryEntry> expected{{u"GG"_s, u"ぐっどげーむ"_s}, {u"😂"_s, u"わらい"_s}};
    for (QStringConverter::Encoding e :
         {QStringConverter::Utf16LE, QStringConverter::Utf16BE, QStringConverter::Utf32LE,
          QStringConverter::Utf32BE, QStringConverter::Utf8}) {
        QStringEncoder encoder(e, QStringConverter::Flag::WriteBom);
        const QByteArray bytes = encoder.encode(csv);
        const DictionaryImport r = dictionaryFromText(bytes);
        QVERIFY2(r.errors.isEmpty(), qPrintable(errorLines(r)));
        QCOMPARE(r.entries, expected);
    }
}

void TestDictionaryCsv::malformedLinesHaveLineNumbers()
{
    const QString text = u"word,reading\n"_s // 1
                         u"GG,ぐっどげーむ\n"_s // 2
                         u"ab\"c,stray\n"_s // 3: quote inside an unquoted field
                         u"\"x\"y,after quote\n"_s // 4: text after the closing quote
                         u"onlyword\n"_s // 5: no reading
                         u",empty word\n"_s // 6
                         u"a,b,c\n"_s // 7: three columns
                         u"\"multi\nline\",ふくすう\n"_s // 8-9: fine
                         u"草,くさ\n"_s; // 10
    const DictionaryImport r = dictionaryFromText(utf8(text));
    QCOMPARE(r.entries, (QList<DictionaryEntry>{{u"GG"_s, u"ぐっどげーむ"_s},
                                                {u"multi\nline"_s, u"ふくすう"_s},
                                                {u"草"_s, u"くさ"_s}}));
    QCOMPARE(r.errors.size(), 5);
    const QStringList lines{u"3"_s, u"4"_s, u"5"_s, u"6"_s, u"7"_s};
    for (int i = 0; i < lines.size(); ++i)
        QVERIFY2(r.errors.at(i).startsWith(u"line "_s + lines.at(i) + u":"_s),
                 qPrintable(r.errors.at(i)));
    QVERIFY(r.errors.at(3).contains(u"empty"_s));
    QVERIFY(r.errors.at(4).contains(u"3 columns"_s));
}

void TestDictionaryCsv::unclosedQuoteKeepsTheRest()
{
    const DictionaryImport r
        = dictionaryFromText(utf8(u"GG,ぐっどげーむ\n\"broken,oops\n草,くさ\nnice,ないす\n"_s));
    QCOMPARE(r.entries, (QList<DictionaryEntry>{{u"GG"_s, u"ぐっどげーむ"_s},
                                                {u"草"_s, u"くさ"_s},
                                                {u"nice"_s, u"ないす"_s}}));
    QCOMPARE(r.errors, QStringList{u"line 2: a quote is not closed"_s});
    // At the very end, without a line break.
    const DictionaryImport end = dictionaryFromText(utf8(u"GG,ぐっどげーむ\nx,\"y"_s));
    QCOMPARE(end.entries.size(), 1);
    QCOMPARE(end.errors, QStringList{u"line 2: a quote is not closed"_s});
}

void TestDictionaryCsv::longFieldsAreErrors()
{
    const QString ok(maxDictionaryFieldLength, u'あ');
    const QString tooLong(maxDictionaryFieldLength + 1, u'あ');
    QString emoji; // 1000 code points, 2000 UTF-16 units: still fine
    for (int i = 0; i < maxDictionaryFieldLength; ++i)
        emoji += u"😂"_s;
    const DictionaryImport r = dictionaryFromText(
        utf8(ok + u",よみ\n"_s + tooLong + u",よみ\nかお,"_s + tooLong + u"\n"_s + emoji
             + u",わら\n"_s));
    QCOMPARE(r.entries.size(), 2);
    QCOMPARE(r.entries.at(0).word, ok);
    QCOMPARE(r.entries.at(1).word, emoji);
    QCOMPARE(r.errors.size(), 2);
    QVERIFY(r.errors.at(0).startsWith(u"line 2:"_s));
    QVERIFY(r.errors.at(0).contains(u"word"_s));
    QVERIFY(r.errors.at(1).startsWith(u"line 3:"_s));
    QVERIFY(r.errors.at(1).contains(u"reading"_s));
}

void TestDictionaryCsv::tooManyEntriesBounded()
{
    QByteArray data;
    const int lines = int(maxDictionaryImportEntries) + 5000;
    data.reserve(lines * 12);
    for (int i = 0; i < lines; ++i)
        data += "w" + QByteArray::number(i) + ",r\n";
    QVERIFY(data.size() < maxDictionaryImportBytes);
    QElapsedTimer timer;
    timer.start();
    const DictionaryImport r = dictionaryFromText(data);
    QCOMPARE(r.entries.size(), maxDictionaryImportEntries);
    QCOMPARE(r.entries.constLast().word, u"w%1"_s.arg(maxDictionaryImportEntries - 1));
    QCOMPARE(r.errors.size(), 1);
    QVERIFY(r.errors.constFirst().contains(u"100000"_s));
    QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
    // Exactly the limit: no error.
    QByteArray exact;
    for (int i = 0; i < maxDictionaryImportEntries; ++i)
        exact += "w\t" + QByteArray::number(i) + "\n";
    const DictionaryImport full = dictionaryFromText(exact);
    QCOMPARE(full.entries.size(), maxDictionaryImportEntries);
    QVERIFY(full.errors.isEmpty());
}

void TestDictionaryCsv::tooLargeInputRefused()
{
    QByteArray big(maxDictionaryImportBytes + 1, 'a');
    const DictionaryImport r = dictionaryFromText(big);
    QVERIFY(r.entries.isEmpty());
    QCOMPARE(r.errors.size(), 1);
    QVERIFY(r.errors.constFirst().contains(u"16 MB"_s));
    // One huge quoted field just under the size limit: one error, quickly.
    QByteArray field = "\"" + QByteArray(maxDictionaryImportBytes - 20, 'x') + "\",y\nok,ok\n";
    QVERIFY(field.size() <= maxDictionaryImportBytes);
    const DictionaryImport one = dictionaryFromText(field);
    QCOMPARE(one.entries, (QList<DictionaryEntry>{{u"ok"_s, u"ok"_s}}));
    QCOMPARE(one.errors.size(), 1);
    QVERIFY(one.errors.constFirst().startsWith(u"line 1:"_s));
}

void TestDictionaryCsv::manyErrorsSummarized()
{
    QByteArray data;
    for (int i = 0; i < 1000; ++i)
        data += "no reading here\n";
    const DictionaryImport r = dictionaryFromText(data);
    QVERIFY(r.entries.isEmpty());
    QCOMPARE(r.errors.size(), maxDictionaryImportErrors + 1);
    QVERIFY(r.errors.constLast().contains(u"900"_s));
}

void TestDictionaryCsv::garbageBytes()
{
    // Bytes that are neither UTF-8 nor Shift_JIS: errors, no entries made of U+FFFD.
    QByteArray junk;
    for (int i = 0; i < 64; ++i)
        junk += "\xFF\xFE\x80,\xFD\xA0\n";
    junk.remove(0, 2); // not a UTF-16 BOM
    const DictionaryImport r = dictionaryFromText(junk);
    for (const DictionaryEntry &e : r.entries) {
        QVERIFY(!e.word.contains(QChar::ReplacementCharacter));
        QVERIFY(!e.reading.contains(QChar::ReplacementCharacter));
    }
    QVERIFY(!r.errors.isEmpty());
    // Random bytes never crash and never give an entry with unreadable characters.
    QRandomGenerator rng(4711);
    for (int round = 0; round < 300; ++round) {
        QByteArray bytes(int(rng.bounded(1, 400)), Qt::Uninitialized);
        for (char &c : bytes)
            c = char(rng.bounded(256));
        if (round % 3 == 0) // with separators and quotes, to reach the parsers' corners
            for (int k = 0; k < bytes.size(); k += 7)
                bytes[k] = "\t,\"\n\r"[rng.bounded(5)];
        const DictionaryImport any = dictionaryFromText(bytes);
        for (const DictionaryEntry &e : any.entries) {
            QVERIFY(!e.word.isEmpty());
            QVERIFY(!e.word.contains(QChar(0)));
        }
    }
    // NUL bytes (a UTF-16 file without a BOM) are not words.
    const QByteArray utf16NoBom("G\0G\0,\0x\0\n\0", 10);
    const DictionaryImport nul = dictionaryFromText(utf16NoBom);
    QVERIFY(nul.entries.isEmpty());
    QVERIFY(!nul.errors.isEmpty());
}

QTEST_GUILESS_MAIN(TestDictionaryCsv)
#include "tst_dictionarycsv.moc"
