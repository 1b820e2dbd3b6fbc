// The BouyomiChan TCP protocol, pure: byte layouts built by hand from the documentation (the
// official C sample's header comments, see README "BouyomiChan compatibility"), the three text
// encodings, packets cut across feeds, and hostile input.

#include "serve/bouyomiprotocol.h"

#include <limits>
#include <optional>

#include <QJsonDocument>
#include <QTest>

using namespace chatvox;
using namespace chatvox::bouyomi;
using namespace Qt::StringLiterals;

namespace {

// A talk packet exactly as the documentation lays it out, field by field, little-endian.
QByteArray handTalk(qint16 speed, qint16 tone, qint16 volume, qint16 voice, quint8 code,
                    const QByteArray &text, std::optional<qint32> declaredLength = {})
{
    const qint32 length = declaredLength.value_or(qint32(text.size()));
    QByteArray b;
    const auto le16 = [&b](qint16 v) {
        b.append(char(quint16(v) & 0xff));
        b.append(char(quint16(v) >> 8));
    };
    le16(0x0001); // [0-1]  command
    le16(speed); // [2-3]  speed
    le16(tone); // [4-5]  tone
    le16(volume); // [6-7]  volume
    le16(voice); // [8-9]  voice
    b.append(char(code)); // [10]   encoding
    const auto ulen = quint32(length);
    for (int shift = 0; shift < 32; shift += 8) // [11-14] length
        b.append(char((ulen >> shift) & 0xff));
    return b + text;
}

QList<Packet> parseAll(StreamParser &parser)
{
    QList<Packet> out;
    while (auto packet = parser.next())
        out.append(*packet);
    return out;
}

} // namespace

class TestBouyomiProtocol : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void talkUtf8();
    void talkDefaultsAreMinusOne();
    void talkUtf16();
    void talkShiftJis();
    void bareCommands_data();
    void bareCommands();
    void encodersMatchHandLayout();
    void replies();
    void truncatedAcrossFeeds();
    void byteByByte();
    void severalCommandsInOneFeed();
    void emptyText();
    void unknownCommand();
    void unknownEncoding();
    void negativeLength();
    void oversizeLengthRefusedBeforeText();
    void lengthAtLimitAccepted();
    void invalidText_data();
    void invalidText();
    void errorIsFinal();
    void bomAndTrailingNulDropped();
    void voiceParams_data();
    void voiceParams();
    void httpReplies();
    void jsonpCallbackNames();
};

void TestBouyomiProtocol::talkUtf8()
{
    StreamParser parser;
    parser.feed(handTalk(150, 120, 80, 3, 0, u"こんにちは"_s.toUtf8()));
    const auto packet = parser.next();
    QVERIFY(packet);
    QCOMPARE(packet->command, Command::Talk);
    QCOMPARE(packet->encoding, TextEncoding::Utf8);
    QCOMPARE(packet->talk, (BouyomiTalk{u"こんにちは"_s, 150, 120, 80, 3}));
    QVERIFY(!parser.next());
    QVERIFY(!parser.hasError());
    QCOMPARE(parser.bufferedBytes(), 0);
}

void TestBouyomiProtocol::talkDefaultsAreMinusOne()
{
    // The official sample's defaults: speed/tone/volume -1 (0xFFFF), voice 0.
    QByteArray bytes = QByteArray::fromHex("0100"
                                           "ffff"
                                           "ffff"
                                           "ffff"
                                           "0000"
                                           "00"
                                           "03000000")
        + "abc";
    StreamParser parser;
    parser.feed(bytes);
    const auto packet = parser.next();
    QVERIFY(packet);
    QCOMPARE(packet->talk, (BouyomiTalk{u"abc"_s, -1, -1, -1, 0}));
}

void TestBouyomiProtocol::talkUtf16()
{
    // "Unicode" is .NET's UTF-16LE: あ = 42 30, 😀 = 3d d8 00 de.
    StreamParser parser;
    parser.feed(handTalk(-1, -1, -1, 1, 1, QByteArray::fromHex("42303dd800de")));
    const auto packet = parser.next();
    QVERIFY(packet);
    QCOMPARE(packet->encoding, TextEncoding::Utf16LE);
    QCOMPARE(packet->talk.text, u"あ😀"_s);
    QCOMPARE(packet->talk.voice, 1);
}

void TestBouyomiProtocol::talkShiftJis()
{
    // こんにちは in Shift-JIS, then ① (NEC row 13, 0x8740) and ～ (0x8160): CP932 as Windows
    // clients send it.
    const QByteArray sjis = QByteArray::fromHex("82b182f182c982bf82cd"
                                                "8740"
                                                "8160");
    const auto text = decodeText(sjis, TextEncoding::ShiftJis);
    if (!text.ok())
        QSKIP("no Shift-JIS decoder on this system (Qt without ICU)");
    QCOMPARE(text.value(), u"こんにちは①～"_s);

    StreamParser parser;
    parser.feed(handTalk(100, 100, 100, 0, 2, sjis));
    const auto packet = parser.next();
    QVERIFY(packet);
    QCOMPARE(packet->encoding, TextEncoding::ShiftJis);
    QCOMPARE(packet->talk.text, u"こんにちは①～"_s);
    QCOMPARE(encodeTalk(packet->talk, TextEncoding::ShiftJis), handTalk(100, 100, 100, 0, 2, sjis));
}

void TestBouyomiProtocol::bareCommands_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<Command>("command");
    QTest::newRow("pause 0x0010") << QByteArray::fromHex("1000") << Command::Pause;
    QTest::newRow("resume 0x0020") << QByteArray::fromHex("2000") << Command::Resume;
    QTest::newRow("skip 0x0030") << QByteArray::fromHex("3000") << Command::Skip;
    QTest::newRow("clear 0x0040") << QByteArray::fromHex("4000") << Command::Clear;
    QTest::newRow("get pause 0x0110") << QByteArray::fromHex("1001") << Command::GetPause;
    QTest::newRow("get now playing 0x0120")
        << QByteArray::fromHex("2001") << Command::GetNowPlaying;
    QTest::newRow("get task count 0x0130") << QByteArray::fromHex("3001") << Command::GetTaskCount;
}

void TestBouyomiProtocol::bareCommands()
{
    QFETCH(QByteArray, bytes);
    QFETCH(Command, command);
    StreamParser parser;
    parser.feed(bytes.first(1));
    QVERIFY(!parser.next()); // half an int16 waits
    parser.feed(bytes.sliced(1));
    const auto packet = parser.next();
    QVERIFY(packet);
    QCOMPARE(packet->command, command);
    QCOMPARE(encodeCommand(command), bytes);
    QCOMPARE(parser.bufferedBytes(), 0);
}

void TestBouyomiProtocol::encodersMatchHandLayout()
{
    const BouyomiTalk talk{u"テスト"_s, 200, 50, 100, 10001};
    QCOMPARE(encodeTalk(talk), handTalk(200, 50, 100, 10001, 0, u"テスト"_s.toUtf8()));
    QCOMPARE(encodeTalk(talk, TextEncoding::Utf16LE),
             handTalk(200, 50, 100, 10001, 1, QByteArray::fromHex("c630b930c830")));
}

void TestBouyomiProtocol::replies()
{
    QCOMPARE(encodeBoolReply(true), QByteArray::fromHex("01"));
    QCOMPARE(encodeBoolReply(false), QByteArray::fromHex("00"));
    QCOMPARE(encodeCountReply(0), QByteArray::fromHex("00000000"));
    QCOMPARE(encodeCountReply(258), QByteArray::fromHex("02010000"));
    QCOMPARE(encodeCountReply(0x12345678), QByteArray::fromHex("78563412"));
}

void TestBouyomiProtocol::truncatedAcrossFeeds()
{
    const QByteArray bytes = handTalk(100, 100, 50, 2, 0, u"分割された読み上げ"_s.toUtf8());
    // Cut in every place: inside the command, the header fields, the length, and the text (also
    // inside a UTF-8 sequence).
    for (qsizetype cut = 1; cut < bytes.size(); ++cut) {
        StreamParser parser;
        parser.feed(bytes.first(cut));
        QVERIFY2(!parser.next(), qPrintable(u"cut at %1"_s.arg(cut)));
        QVERIFY(!parser.hasError());
        QCOMPARE(parser.bufferedBytes(), cut);
        parser.feed(bytes.sliced(cut));
        const auto packet = parser.next();
        QVERIFY2(packet, qPrintable(u"cut at %1"_s.arg(cut)));
        QCOMPARE(packet->talk.text, u"分割された読み上げ"_s);
        QCOMPARE(packet->talk.volume, 50);
    }
}

void TestBouyomiProtocol::byteByByte()
{
    const QByteArray bytes
        = handTalk(-1, -1, -1, 0, 1, QByteArray::fromHex("4230")) + QByteArray::fromHex("3001");
    StreamParser parser;
    QList<Packet> packets;
    for (char c : bytes) {
        parser.feed(QByteArrayView(&c, 1));
        packets += parseAll(parser);
    }
    QCOMPARE(packets.size(), 2);
    QCOMPARE(packets[0].talk.text, u"あ"_s);
    QCOMPARE(packets[1].command, Command::GetTaskCount);
}

void TestBouyomiProtocol::severalCommandsInOneFeed()
{
    StreamParser parser;
    parser.feed(QByteArray(encodeTalk({u"一"_s}) + encodeCommand(Command::Pause)
                           + encodeTalk({u"二"_s}) + encodeCommand(Command::GetNowPlaying)
                           + encodeTalk({u"三"_s}).first(5)));
    const QList<Packet> packets = parseAll(parser);
    QCOMPARE(packets.size(), 4);
    QCOMPARE(packets[0].talk.text, u"一"_s);
    QCOMPARE(packets[1].command, Command::Pause);
    QCOMPARE(packets[2].talk.text, u"二"_s);
    QCOMPARE(packets[3].command, Command::GetNowPlaying);
    QCOMPARE(parser.bufferedBytes(), 5); // the start of the third talk waits
}

void TestBouyomiProtocol::emptyText()
{
    StreamParser parser;
    parser.feed(handTalk(-1, -1, -1, 0, 0, {}));
    const auto packet = parser.next();
    QVERIFY(packet);
    QVERIFY(packet->talk.text.isEmpty());
}

void TestBouyomiProtocol::unknownCommand()
{
    StreamParser parser;
    parser.feed(QByteArray::fromHex("9900"));
    QVERIFY(!parser.next());
    QVERIFY(parser.hasError());
    QVERIFY2(parser.errorString().contains(u"0x0099"_s), qPrintable(parser.errorString()));

    StreamParser big; // a big-endian client: 0x0100 is not a command
    big.feed(QByteArray::fromHex("0001"));
    QVERIFY(!big.next());
    QVERIFY(big.errorString().contains(u"0x0100"_s));
}

void TestBouyomiProtocol::unknownEncoding()
{
    StreamParser parser;
    parser.feed(handTalk(-1, -1, -1, 0, 3, "abc"));
    QVERIFY(!parser.next());
    QVERIFY(parser.hasError());
    QVERIFY2(parser.errorString().contains(u"encoding 3"_s), qPrintable(parser.errorString()));
}

void TestBouyomiProtocol::negativeLength()
{
    StreamParser parser;
    parser.feed(handTalk(-1, -1, -1, 0, 0, "abc", -3));
    QVERIFY(!parser.next());
    QVERIFY(parser.errorString().contains(u"-3"_s));
}

void TestBouyomiProtocol::oversizeLengthRefusedBeforeText()
{
    // 10 MB announced (and 2 GB): refused from the 15 header bytes alone, nothing buffered.
    for (qint32 length : {10 * 1024 * 1024, std::numeric_limits<qint32>::max()}) {
        StreamParser parser;
        parser.feed(handTalk(-1, -1, -1, 0, 0, {}, length));
        QVERIFY(!parser.next());
        QVERIFY(parser.hasError());
        QVERIFY2(parser.errorString().contains(QString::number(length)),
                 qPrintable(parser.errorString()));
        QCOMPARE(parser.bufferedBytes(), 0);
    }
    // A smaller limit of our own.
    StreamParser small(8);
    small.feed(handTalk(-1, -1, -1, 0, 0, "123456789"));
    QVERIFY(!small.next());
    QVERIFY(small.errorString().contains(u"limit of 8 bytes"_s));
}

void TestBouyomiProtocol::lengthAtLimitAccepted()
{
    StreamParser parser(8);
    parser.feed(handTalk(-1, -1, -1, 0, 0, "12345678"));
    const auto packet = parser.next();
    QVERIFY(packet);
    QCOMPARE(packet->talk.text, u"12345678"_s);
}

void TestBouyomiProtocol::invalidText_data()
{
    QTest::addColumn<quint8>("code");
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("utf-8 stray continuation") << quint8(0) << QByteArray("a\x80z") << u"UTF-8"_s;
    QTest::newRow("utf-8 cut sequence") << quint8(0) << QByteArray("a\xe3\x81") << u"UTF-8"_s;
    QTest::newRow("utf-8 overlong") << quint8(0) << QByteArray("\xc0\xaf") << u"UTF-8"_s;
    QTest::newRow("utf-8 is really shift-jis")
        << quint8(0) << QByteArray::fromHex("82b182f1") << u"UTF-8"_s;
    QTest::newRow("utf-16 odd length") << quint8(1) << QByteArray::fromHex("423042") << u"UTF-16"_s;
    QTest::newRow("utf-16 lone surrogate")
        << quint8(1) << QByteArray::fromHex("3dd84100") << u"UTF-16"_s;
    QTest::newRow("shift-jis bad trail byte")
        << quint8(2) << QByteArray::fromHex("82ff") << u"Shift-JIS"_s;
    QTest::newRow("shift-jis cut lead byte")
        << quint8(2) << QByteArray::fromHex("82b182") << u"Shift-JIS"_s;
}

void TestBouyomiProtocol::invalidText()
{
    QFETCH(quint8, code);
    QFETCH(QByteArray, text);
    QFETCH(QString, mentions);
    StreamParser parser;
    parser.feed(handTalk(-1, -1, -1, 0, code, text));
    QVERIFY(!parser.next());
    QVERIFY(parser.hasError());
    QVERIFY2(parser.errorString().contains(mentions), qPrintable(parser.errorString()));
}

void TestBouyomiProtocol::errorIsFinal()
{
    StreamParser parser;
    parser.feed(QByteArray::fromHex("ffff"));
    QVERIFY(!parser.next());
    const QString error = parser.errorString();
    parser.feed(encodeTalk({u"後続"_s}));
    QVERIFY(!parser.next());
    QCOMPARE(parser.errorString(), error);
    QCOMPARE(parser.bufferedBytes(), 0);
}

void TestBouyomiProtocol::bomAndTrailingNulDropped()
{
    QCOMPARE(decodeText("\xef\xbb\xbfok", TextEncoding::Utf8).value(), u"ok"_s);
    QCOMPARE(decodeText(QByteArray::fromHex("fffe42300000"), TextEncoding::Utf16LE).value(),
             u"あ"_s);
    QCOMPARE(decodeText(QByteArray("abc\0\0", 5), TextEncoding::Utf8).value(), u"abc"_s);
}

void TestBouyomiProtocol::voiceParams_data()
{
    QTest::addColumn<int>("speed");
    QTest::addColumn<int>("tone");
    QTest::addColumn<int>("volume");
    QTest::addColumn<double>("speedScale");
    QTest::addColumn<double>("pitchScale");
    QTest::addColumn<double>("volumeScale");
    QTest::newRow("all default") << -1 << -1 << -1 << 1.0 << 0.0 << 1.0;
    QTest::newRow("normal") << 100 << 100 << 100 << 1.0 << 0.0 << 1.0;
    QTest::newRow("fast high quiet") << 150 << 200 << 50 << 1.5 << 0.15 << 0.5;
    QTest::newRow("slowest lowest mute") << 50 << 50 << 0 << 0.5 << -0.15 << 0.0;
    QTest::newRow("speed 300 clamped to 2.0") << 300 << 100 << 100 << 2.0 << 0.0 << 1.0;
    QTest::newRow("out of range clamped") << 1000 << 1000 << 1000 << 2.0 << 0.15 << 1.0;
    QTest::newRow("below range clamped") << 0 << 0 << 0 << 0.5 << -0.15 << 0.0;
    QTest::newRow("other negatives are default") << -5 << -100 << -32768 << 1.0 << 0.0 << 1.0;
    QTest::newRow("tone 141 is half an octave") << 100 << 141 << 100 << 1.0 << 0.0743 << 1.0;
}

void TestBouyomiProtocol::voiceParams()
{
    QFETCH(int, speed);
    QFETCH(int, tone);
    QFETCH(int, volume);
    const VoiceParams v = bouyomiVoiceParams(speed, tone, volume);
    QFETCH(double, speedScale);
    QFETCH(double, pitchScale);
    QFETCH(double, volumeScale);
    QVERIFY2(qAbs(v.speedScale - speedScale) < 1e-9, qPrintable(QString::number(v.speedScale)));
    QVERIFY2(qAbs(v.pitchScale - pitchScale) < 1e-3, qPrintable(QString::number(v.pitchScale)));
    QVERIFY2(qAbs(v.volumeScale - volumeScale) < 1e-9, qPrintable(QString::number(v.volumeScale)));
    QCOMPARE(v.intonationScale, 1.0);
}

void TestBouyomiProtocol::httpReplies()
{
    const auto json
        = [](const QJsonObject &o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); };
    QCOMPARE(json(talkReply(7)), R"({"taskId":7})"_ba);
    QCOMPARE(json(emptyReply()), "{}"_ba);
    QCOMPARE(json(pauseReply(true)), R"({"pause":true})"_ba);
    QCOMPARE(json(nowPlayingReply(false)), R"({"nowPlaying":false})"_ba);
    QCOMPARE(json(taskCountReply(3)), R"({"talkTaskCount":3})"_ba);
}

void TestBouyomiProtocol::jsonpCallbackNames()
{
    QVERIFY(isValidJsonpCallback(u"cb"));
    QVERIFY(isValidJsonpCallback(u"jQuery1_2.$cb"));
    QVERIFY(!isValidJsonpCallback(u""));
    QVERIFY(!isValidJsonpCallback(u"alert(1)//"));
    QVERIFY(!isValidJsonpCallback(u"a b"));
    QVERIFY(!isValidJsonpCallback(QString(65, u'a')));
}

QTEST_GUILESS_MAIN(TestBouyomiProtocol)
#include "tst_bouyomiprotocol.moc"
