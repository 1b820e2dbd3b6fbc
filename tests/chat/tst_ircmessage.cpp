#include "chat/ircmessage.h"
#include "goldenfiles.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace chatvox;

class tst_IrcMessage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void goldenSnapshots_data();
    void goldenSnapshots();
    void handCheckedSampleLines();
    void tagUnescaping_data();
    void tagUnescaping();
    void tagsWithoutValues();
    void repeatedTagLastWins();
    void prefixForms_data();
    void prefixForms();
    void paramsAndTrailing();
    void tagInt64();
    void toleratesTrailingCrLf();
    void rejectsBadInput_data();
    void rejectsBadInput();
    void rejectsHugeLineQuickly();
    void configurableLengthCap();
    void tagSplittingMatchesReference();
    void sharedBufferSlices();
    void randomInputNeverCrashes();
};

void tst_IrcMessage::goldenSnapshots_data()
{
    QTest::addColumn<int>("lineNumber");
    QTest::addColumn<QByteArray>("line");
    const QList<QByteArray> lines = golden::sampleLines();
    QVERIFY2(lines.size() == 50, "irc_samples.txt should have 50 lines");
    for (int i = 0; i < lines.size(); ++i)
        QTest::addRow("line %02d", i + 1) << i + 1 << lines.at(i);
}

void tst_IrcMessage::goldenSnapshots()
{
    QFETCH(int, lineNumber);
    QFETCH(QByteArray, line);
    const Result<IrcMessage> parsed = parseIrcLine(line);
    // Every sample is a real server line: all must parse.
    QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
    const QJsonObject snapshot{{u"input"_s, QString::fromUtf8(line)},
                               {u"output"_s, parsed->toJson()}};
    QVERIFY(golden::matchesSnapshot(
        u"ircmessage/line-%1.json"_s.arg(lineNumber, 2, 10, QChar(u'0')), snapshot));
}

// The values the golden files hold for the tricky lines, written down by hand from the IRCv3
// and Twitch rules (and so independent of the snapshot files).
void tst_IrcMessage::handCheckedSampleLines()
{
    const QList<QByteArray> lines = golden::sampleLines();
    QCOMPARE(lines.size(), 50);
    auto parse = [&lines](int lineNumber) {
        Result<IrcMessage> parsed = parseIrcLine(lines.at(lineNumber - 1));
        if (!parsed)
            qFatal("sample line %d does not parse", lineNumber);
        return std::move(parsed).value();
    };

    const IrcMessage welcome = parse(1);
    QCOMPARE(welcome.command(), "001");
    QCOMPARE(welcome.host(), u"tmi.twitch.tv"_s);
    QCOMPARE(welcome.nick(), QString());
    QCOMPARE(welcome.paramCount(), 2);
    QCOMPARE(welcome.param(0), u"<user>"_s);
    QCOMPARE(welcome.trailing(), u"Welcome, GLHF!"_s);

    const IrcMessage names = parse(12);
    QCOMPARE(names.command(), "353");
    QCOMPARE(names.paramCount(), 4);
    QCOMPARE(names.param(1), u"="_s);
    QCOMPARE(names.trailing(), u"ronni fred wilma"_s);

    const IrcMessage plain = parse(20);
    QCOMPARE(plain.command(), "PRIVMSG");
    QCOMPARE(plain.nick(), u"jun1orrrr"_s);
    QCOMPARE(plain.user(), u"jun1orrrr"_s);
    QCOMPARE(plain.host(), u"jun1orrrr.tmi.twitch.tv"_s);
    QCOMPARE(plain.param(0), u"#pajlada"_s);
    QCOMPARE(plain.trailing(), u"dank cam"_s);
    QCOMPARE(plain.tag("tmi-sent-ts"), u"1594545155039"_s);
    QVERIFY(plain.hasTag("emotes"));
    QCOMPARE(plain.tag("emotes"), QString());
    QCOMPARE(plain.tagCount(), 14);

    QCOMPARE(parse(21).tag("emotes"),
             u"1902:6-10,29-33,35-39/499:45-46,48-49/490:51-52/25:0-4,12-16,18-22"_s);
    const IrcMessage emoji = parse(22);
    QCOMPARE(emoji.tag("emotes"), u"483:2-3,7-8,12-13"_s);
    QCOMPARE(emoji.trailing(), u"👉 <3 👉 <3 👉 <3"_s);

    // The parser keeps CTCP ACTION markers; decoding strips them.
    QCOMPARE(parse(23).trailing(), u"\u0001ACTION -tags\u0001"_s);
    QCOMPARE(parse(35).trailing(), u"\u0001ACTION test\u0001"_s);

    QCOMPARE(parse(26).tag("display-name"), u"Riot Games"_s);
    QCOMPARE(parse(27).tag("display-name"), u"테스트계정420"_s);

    const IrcMessage timeout = parse(34); // trailing parameter without ':'
    QCOMPARE(timeout.paramCount(), 2);
    QCOMPARE(timeout.trailing(), u"nerixyz"_s);
    QCOMPARE(parse(36).trailing(), u"sup"_s);

    const IrcMessage sub = parse(37);
    QCOMPARE(sub.tag("system-msg"), u"fallenseraphhh subscribed with Twitch Prime."_s);
    QCOMPARE(sub.tag("msg-param-sub-plan-name"), u"Channel Subscription (xqcow)"_s);
    QCOMPARE(sub.rawTag("msg-param-sub-plan-name"), "Channel\\sSubscription\\s(xqcow)");
    QCOMPARE(sub.paramCount(), 1);

    const IrcMessage ping = parse(45);
    QCOMPARE(ping.command(), "PING");
    QCOMPARE(ping.paramCount(), 0);
    QCOMPARE(ping.trailing(), QString());
    const IrcMessage bareping = parse(46);
    QVERIFY(!bareping.hasPrefix());
    QCOMPARE(bareping.trailing(), u"tmi.twitch.tv"_s);

    const IrcMessage escapes = parse(49);
    QCOMPARE(escapes.tag("a"), u"b\\and\nk"_s);
    QCOMPARE(escapes.tag("c"), u"72 45"_s);
    QCOMPARE(escapes.tag("d"), u"gh;764"_s);
    QCOMPARE(escapes.command(), "foo");
    QCOMPARE(escapes.paramCount(), 0);

    const IrcMessage empties = parse(50);
    QVERIFY(empties.hasTag("c"));
    QVERIFY(empties.hasTag("h"));
    QCOMPARE(empties.tag("c"), QString());
    QCOMPARE(empties.tag("h"), QString());
    QCOMPARE(empties.tag("a"), u"b"_s);
    QCOMPARE(empties.nick(), u"quux"_s); // no '.': a nick, not a server
    QCOMPARE(empties.command(), "ab");
    QCOMPARE(empties.paramCount(), 1);
    QCOMPARE(empties.param(0), u"cd"_s);
    const QJsonObject expectedJson{
        {u"tags"_s, QJsonObject{{u"c"_s, u""_s}, {u"h"_s, u""_s}, {u"a"_s, u"b"_s}}},
        {u"prefix"_s, QJsonObject{{u"nick"_s, u"quux"_s}, {u"user"_s, u""_s}, {u"host"_s, u""_s}}},
        {u"command"_s, u"ab"_s},
        {u"params"_s, QJsonArray{u"cd"_s}},
    };
    QCOMPARE(empties.toJson(), expectedJson);
}

void tst_IrcMessage::tagUnescaping_data()
{
    QTest::addColumn<QByteArray>("escaped");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << QByteArray("abc") << u"abc"_s;
    QTest::newRow("semicolon") << QByteArray("a\\:b") << u"a;b"_s;
    QTest::newRow("space") << QByteArray("a\\sb") << u"a b"_s;
    QTest::newRow("backslash") << QByteArray("a\\\\b") << u"a\\b"_s;
    QTest::newRow("cr lf") << QByteArray("\\r\\n") << u"\r\n"_s;
    QTest::newRow("unknown escape") << QByteArray("\\x\\b") << u"xb"_s;
    QTest::newRow("trailing lone backslash") << QByteArray("abc\\") << u"abc"_s;
    QTest::newRow("only a backslash") << QByteArray("\\") << QString();
    QTest::newRow("escaped backslash at end") << QByteArray("abc\\\\") << u"abc\\"_s;
    QTest::newRow("escaped then lone") << QByteArray("\\s\\") << u" "_s;
    QTest::newRow("backslash before multibyte") << QByteArray("\\\xC3\xA9") << u"é"_s;
    QTest::newRow("japanese") << QByteArray("\xE3\x81\x93\\s\xE3\x82\x93") << u"こ ん"_s;
}

void tst_IrcMessage::tagUnescaping()
{
    QFETCH(QByteArray, escaped);
    QFETCH(QString, expected);
    QCOMPARE(unescapeIrcTagValue(escaped), expected);

    // The same through a whole line.
    const Result<IrcMessage> parsed = parseIrcLine(QByteArray("@k=" + escaped + " CMD"));
    QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
    QCOMPARE(parsed->tag("k"), expected);
    QCOMPARE(parsed->rawTag("k"), escaped);
}

void tst_IrcMessage::tagsWithoutValues()
{
    const Result<IrcMessage> parsed = parseIrcLine("@a;b=;c=1;;=orphan;d CMD");
    QVERIFY(parsed.ok());
    QCOMPARE(parsed->tagCount(), 4); // empty items and items without a key are skipped
    QCOMPARE(parsed->tagKey(0), "a");
    QCOMPARE(parsed->tagKey(3), "d");
    QVERIFY(parsed->hasTag("a"));
    QVERIFY(parsed->hasTag("b"));
    QVERIFY(parsed->hasTag("d"));
    QVERIFY(!parsed->hasTag("orphan"));
    QVERIFY(!parsed->hasTag(""));
    QCOMPARE(parsed->tag("a"), QString());
    QCOMPARE(parsed->tag("b"), QString());
    QCOMPARE(parsed->tag("c"), u"1"_s);
    QVERIFY(!parsed->hasTag("missing"));
    QCOMPARE(parsed->tag("missing"), QString());
    QCOMPARE(parsed->tagKey(99), QByteArrayView());
    QCOMPARE(parsed->tagValue(-1), QString());
}

void tst_IrcMessage::repeatedTagLastWins()
{
    const Result<IrcMessage> parsed = parseIrcLine("@k=first;x=1;k=second CMD");
    QVERIFY(parsed.ok());
    QCOMPARE(parsed->tag("k"), u"second"_s);
    QCOMPARE(parsed->toJson().value(u"tags"_s).toObject().value(u"k"_s).toString(), u"second"_s);
}

void tst_IrcMessage::prefixForms_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("nick");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("host");
    QTest::newRow("full") << QByteArray(":n!u@h.example CMD") << u"n"_s << u"u"_s << u"h.example"_s;
    QTest::newRow("nick@host") << QByteArray(":n@h CMD") << u"n"_s << QString() << u"h"_s;
    QTest::newRow("nick!user") << QByteArray(":n!u CMD") << u"n"_s << u"u"_s << QString();
    QTest::newRow("server") << QByteArray(":tmi.twitch.tv CMD") << QString() << QString()
                            << u"tmi.twitch.tv"_s;
    QTest::newRow("bare nick") << QByteArray(":justinfan123 CMD") << u"justinfan123"_s << QString()
                               << QString();
    QTest::newRow("after tags") << QByteArray("@a=1 :n!u@h CMD") << u"n"_s << u"u"_s << u"h"_s;
    QTest::newRow("extra spaces") << QByteArray("@a=1   :n!u@h   CMD") << u"n"_s << u"u"_s
                                  << u"h"_s;
}

void tst_IrcMessage::prefixForms()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, nick);
    QFETCH(QString, user);
    QFETCH(QString, host);
    const Result<IrcMessage> parsed = parseIrcLine(line);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
    QVERIFY(parsed->hasPrefix());
    QCOMPARE(parsed->nick(), nick);
    QCOMPARE(parsed->user(), user);
    QCOMPARE(parsed->host(), host);
    QCOMPARE(parsed->command(), "CMD");
}

void tst_IrcMessage::paramsAndTrailing()
{
    {
        const Result<IrcMessage> parsed = parseIrcLine("CMD a  b :  spaced trailing  ");
        QVERIFY(parsed.ok());
        QVERIFY(!parsed->hasPrefix());
        QCOMPARE(parsed->paramCount(), 3);
        QCOMPARE(parsed->param(0), u"a"_s);
        QCOMPARE(parsed->param(1), u"b"_s);
        QCOMPARE(parsed->trailing(), u"  spaced trailing  "_s);
        QCOMPARE(parsed->param(3), QString());
        QCOMPARE(parsed->param(-1), QString());
    }
    {
        const Result<IrcMessage> parsed = parseIrcLine("PRIVMSG #c :");
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->paramCount(), 2); // an empty trailing parameter is still a parameter
        QCOMPARE(parsed->trailing(), QString());
    }
    {
        const Result<IrcMessage> parsed = parseIrcLine("PRIVMSG #c ::-) a:b");
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->trailing(), u":-) a:b"_s);
    }
    {
        const Result<IrcMessage> parsed = parseIrcLine("CMD a b   ");
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->paramCount(), 2);
        QCOMPARE(parsed->trailing(), u"b"_s);
    }
}

void tst_IrcMessage::tagInt64()
{
    const Result<IrcMessage> parsed
        = parseIrcLine("@tmi-sent-ts=1594545155039;bits=x;neg=-5;empty= CMD");
    QVERIFY(parsed.ok());
    QCOMPARE(parsed->tagInt64("tmi-sent-ts"), Q_INT64_C(1594545155039));
    QCOMPARE(parsed->tagInt64("bits", -1), -1);
    QCOMPARE(parsed->tagInt64("neg"), -5);
    QCOMPARE(parsed->tagInt64("empty", 7), 7);
    QCOMPARE(parsed->tagInt64("absent"), 0);
}

void tst_IrcMessage::toleratesTrailingCrLf()
{
    for (const QByteArray &line :
         {QByteArray("PING :x\r\n"), QByteArray("PING :x\n"), QByteArray("PING :x\r")}) {
        const Result<IrcMessage> parsed = parseIrcLine(line);
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->trailing(), u"x"_s);
        QCOMPARE(parsed->raw(), "PING :x");
    }
}

void tst_IrcMessage::rejectsBadInput_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("reason");
    QTest::newRow("empty") << QByteArray() << u"empty line"_s;
    QTest::newRow("only CRLF") << QByteArray("\r\n") << u"empty line"_s;
    QTest::newRow("only tags") << QByteArray("@a=b;c=d") << u"tags without a command"_s;
    QTest::newRow("only tags and space") << QByteArray("@a=b   ") << u"tags without a command"_s;
    QTest::newRow("only @") << QByteArray("@") << u"tags without a command"_s;
    QTest::newRow("only prefix") << QByteArray(":nick!user@host") << u"prefix without a command"_s;
    QTest::newRow("only prefix and space")
        << QByteArray(":nick!user@host  ") << u"prefix without a command"_s;
    QTest::newRow("only colon") << QByteArray(":") << u"prefix without a command"_s;
    QTest::newRow("tags and prefix")
        << QByteArray("@a=b :tmi.twitch.tv") << u"prefix without a command"_s;
    QTest::newRow("only spaces") << QByteArray("   ") << u"missing command"_s;
    QTest::newRow("leading space") << QByteArray(" PRIVMSG #a :x") << u"missing command"_s;
    QTest::newRow("bad command") << QByteArray("PRIV-MSG #a :x") << u"malformed command"_s;
    QTest::newRow("bad command after prefix")
        << QByteArray(":n!u@h PRIV\xC3\xA9 #a :x") << u"malformed command"_s;
    QTest::newRow("NUL") << QByteArray("PRIVMSG #a :x\0y", 15) << u"NUL byte in line"_s;
    QTest::newRow("NUL in tags") << QByteArray("@a=\0 PING", 9) << u"NUL byte in line"_s;
    QTest::newRow("CR inside") << QByteArray("PRIVMSG #a :x\ry") << u"CR or LF inside line"_s;
    QTest::newRow("LF inside") << QByteArray("PRIVMSG #a :x\ny") << u"CR or LF inside line"_s;
    QTest::newRow("invalid byte") << QByteArray("PRIVMSG #a :\xFF\xFE") << u"invalid UTF-8"_s;
    QTest::newRow("overlong encoding") << QByteArray("PRIVMSG #a :\xC0\xAF") << u"invalid UTF-8"_s;
    QTest::newRow("truncated sequence") << QByteArray("PRIVMSG #a :\xE3\x81") << u"invalid UTF-8"_s;
    QTest::newRow("UTF-16 surrogate")
        << QByteArray("PRIVMSG #a :\xED\xA0\x80") << u"invalid UTF-8"_s;
    QTest::newRow("invalid in tag")
        << QByteArray("@display-name=\xC3 PRIVMSG #a :x") << u"invalid UTF-8"_s;
    QTest::newRow("over the cap") << QByteArray("PRIVMSG #a :" + QByteArray(70000, 'x'))
                                  << u"line too long"_s;
}

void tst_IrcMessage::rejectsBadInput()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, reason);
    const Result<IrcMessage> parsed = parseIrcLine(line);
    QVERIFY(!parsed.ok());
    QVERIFY2(parsed.error().startsWith(reason), qPrintable(parsed.error()));
}

void tst_IrcMessage::rejectsHugeLineQuickly()
{
    const QByteArray huge = "@a=" + QByteArray(1024 * 1024, 'x') + " PRIVMSG #c :hi";
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < 100; ++i) {
        const Result<IrcMessage> parsed = parseIrcLine(huge);
        QVERIFY(!parsed.ok());
        QVERIFY(parsed.error().startsWith(u"line too long"));
    }
    // 100 rejections of a 1 MB line: a length check, not a scan (a scan would take ~10+ ms).
    QVERIFY2(timer.elapsed() < 50, qPrintable(QString::number(timer.elapsed())));
}

void tst_IrcMessage::configurableLengthCap()
{
    const QByteArray line = "PRIVMSG #a :" + QByteArray(100, 'x');
    QVERIFY(!parseIrcLine(line, {.maxLineLength = 50}).ok());
    QVERIFY(parseIrcLine(line, {.maxLineLength = line.size()}).ok());
    const QByteArray big = "PRIVMSG #a :" + QByteArray(200 * 1024, 'x');
    QVERIFY(!parseIrcLine(big).ok());
    QVERIFY(parseIrcLine(big, {.maxLineLength = 1024 * 1024}).ok());
}

// The tag splitter works on 16-byte blocks (SSE2) with a byte loop for the rest: compare it with
// a plain split on random tag sections of every length around the block boundaries.
void tst_IrcMessage::tagSplittingMatchesReference()
{
    QRandomGenerator random(4242);
    const char alphabet[] = {'a', 'b', '=', ';', '\\', 's', 'x'};
    for (int round = 0; round < 5000; ++round) {
        QByteArray tags;
        const int length = int(random.bounded(1, 80));
        for (int i = 0; i < length; ++i)
            tags += alphabet[random.bounded(int(sizeof alphabet))];
        // Reference: split on ';', key up to the first '=', skip items with an empty key.
        QList<QPair<QByteArray, QByteArray>> expected;
        for (const QByteArray &item : tags.split(';')) {
            const qsizetype equals = item.indexOf('=');
            const QByteArray key = equals < 0 ? item : item.left(equals);
            if (!key.isEmpty())
                expected.append({key, equals < 0 ? QByteArray() : item.mid(equals + 1)});
        }
        // Vary what follows the tags, so that the blocks end at different places.
        const QByteArray line = '@' + tags + " :n!u@h PRIVMSG #c :" + QByteArray(round % 40, 'y');
        const Result<IrcMessage> parsed = parseIrcLine(line);
        QVERIFY2(parsed.ok(), line.constData());
        QCOMPARE(parsed->tagCount(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i) {
            QCOMPARE(parsed->tagKey(i).toByteArray(), expected.at(i).first);
            QCOMPARE(parsed->rawTagValue(i).toByteArray(), expected.at(i).second);
        }
        QCOMPARE(parsed->command(), "PRIVMSG");
    }
}

void tst_IrcMessage::sharedBufferSlices()
{
    // Two lines of one frame, parsed in place.
    const QByteArray frame = "@a=1 :x!x@x PRIVMSG #c :first\r\nPING :tmi.twitch.tv\r\n";
    const qsizetype split = frame.indexOf('\n') + 1;
    const Result<IrcMessage> first = parseIrcLineInBuffer(frame, 0, split - 2);
    const Result<IrcMessage> second = parseIrcLineInBuffer(frame, split, frame.size() - split);
    QVERIFY(first.ok());
    QVERIFY(second.ok()); // its CRLF is tolerated
    QCOMPARE(first->trailing(), u"first"_s);
    QCOMPARE(first->tag("a"), u"1"_s);
    QCOMPARE(first->raw(), "@a=1 :x!x@x PRIVMSG #c :first");
    QCOMPARE(second->command(), "PING");
    QCOMPARE(second->raw(), "PING :tmi.twitch.tv");
    // Bad slices are errors, not crashes.
    QVERIFY(!parseIrcLineInBuffer(frame, -1, 4).ok());
    QVERIFY(!parseIrcLineInBuffer(frame, 10, frame.size()).ok());
    QVERIFY(!parseIrcLineInBuffer(frame, 0, -5).ok());
    QVERIFY(!parseIrcLineInBuffer(QByteArray(), 0, 0).ok());
    // The message keeps the bytes alive on its own.
    Result<IrcMessage> kept = parseIrcLine(QByteArray("PRIVMSG #c :kept alive"));
    QVERIFY(kept.ok());
    QCOMPARE(kept->trailing(), u"kept alive"_s);
}

// Lines glued from IRC-significant fragments: whatever the parser says, it must not crash, and
// a message it accepts must answer every accessor.
void tst_IrcMessage::randomInputNeverCrashes()
{
    static const QByteArray fragments[] = {
        "@",
        ":",
        " ",
        "  ",
        ";",
        "=",
        "\\",
        "\\s",
        "!",
        "@",
        ".",
        "a",
        "key",
        "PRIVMSG",
        "001",
        "#chan",
        "\xFF",
        QByteArray("\0", 1),
        "\r",
        "\n",
        "\xC3\xA9",
        "\xF0\x9F\x91\x89",
        "\xE3\x81",
        "\x01"
        "ACTION",
        "tmi.twitch.tv",
        "emotes=25:0-4",
    };
    QRandomGenerator random(20250101);
    int accepted = 0;
    for (int i = 0; i < 20000; ++i) {
        QByteArray line;
        const int parts = int(random.bounded(1, 16));
        for (int p = 0; p < parts; ++p)
            line += fragments[random.bounded(int(std::size(fragments)))];
        const Result<IrcMessage> parsed = parseIrcLine(line);
        if (!parsed) {
            QVERIFY(!parsed.error().isEmpty());
            continue;
        }
        ++accepted;
        const IrcMessage &m = parsed.value();
        QVERIFY(!m.command().isEmpty());
        for (qsizetype t = 0; t < m.tagCount(); ++t) {
            QVERIFY(!m.tagKey(t).isEmpty());
            (void)m.tagValue(t);
            QVERIFY(m.hasTag(m.tagKey(t)));
        }
        for (qsizetype p = 0; p < m.paramCount(); ++p)
            (void)m.param(p);
        (void)m.nick();
        (void)m.host();
        (void)m.trailing();
        QVERIFY(!m.toJson().isEmpty());
    }
    QVERIFY(accepted > 100); // the generator does produce valid lines too
}

QTEST_GUILESS_MAIN(tst_IrcMessage)
#include "tst_ircmessage.moc"
