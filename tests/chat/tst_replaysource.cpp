#include "chat/replaysource.h"

#include <cstdio>

#include <QBuffer>
#include <QElapsedTimer>
#include <QLocalServer>
#include <QLocalSocket>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace chatvox;

namespace {

QByteArray privmsg(const QByteArray &id, const QByteArray &text, qint64 sentAtMs = 0)
{
    QByteArray tags = "@badges=;display-name=Viewer;id=" + id;
    if (sentAtMs > 0)
        tags += ";tmi-sent-ts=" + QByteArray::number(sentAtMs);
    return tags + " :viewer!viewer@viewer.tmi.twitch.tv PRIVMSG #channel :" + text;
}

QStringList idsOf(const QSignalSpy &spy)
{
    QStringList ids;
    for (const QList<QVariant> &args : spy)
        ids.append(args.at(0).value<ChatMessage>().id);
    return ids;
}

// Run as a child process (see main): replays standard input, prints one line per event.
int runStdinChild(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    ReplaySource source;
    source.setPath(u"-"_s);
    QObject::connect(&source, &ReplaySource::chatMessage, [](const ChatMessage &m) {
        std::printf("chat %s\n", m.id.toUtf8().constData());
        std::fflush(stdout);
    });
    QObject::connect(&source, &ReplaySource::finished, &app, [&app] {
        std::printf("finished\n");
        std::fflush(stdout);
        app.quit();
    });
    source.start();
    return app.exec();
}

} // namespace

class tst_ReplaySource : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void fastModeKeepsOrderAndSkipsComments();
    void startIsAsynchronous();
    void moderationAndNoticesDelivered();
    void malformedAndOverlongLinesAreSkipped();
    void pacedWaitsByTimestampsCapped();
    void stopHaltsPacedReplay();
    void missingFileReportsErrorThenFinishes();
    void readsFromDeviceAndResource();
    void readsFromSequentialDevice();
    void largeFileIsProcessedInBatches();
    void standardInputIsStreamed();

private:
    QString writeFile(const QByteArray &content);
    std::unique_ptr<QTemporaryDir> m_dir;
    int m_files = 0;
};

void tst_ReplaySource::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString tst_ReplaySource::writeFile(const QByteArray &content)
{
    const QString path = m_dir->filePath(u"replay-%1.log"_s.arg(++m_files));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    file.write(content);
    return path;
}

void tst_ReplaySource::fastModeKeepsOrderAndSkipsComments()
{
    const QByteArray content = "\xEF\xBB\xBF# a comment first, after a UTF-8 BOM\r\n"
        + privmsg("a", "first") + "\r\n" + "\r\n" + "   \n" + "  # an indented comment\n"
        + privmsg("b", "second") + "\n" + "#" + privmsg("commented-out", "never") + "\n"
        + privmsg("c", "third, no newline at the end");
    ReplaySource source;
    source.setPath(writeFile(content));
    QSignalSpy chat(&source, &ReplaySource::chatMessage);
    QSignalSpy finished(&source, &ReplaySource::finished);
    QSignalSpy errors(&source, &ReplaySource::error);
    QSignalSpy malformed(&source, &ReplaySource::malformedLine);
    source.start();
    QVERIFY(source.isRunning());
    QVERIFY(finished.wait(5000));
    QCOMPARE(idsOf(chat), (QStringList{u"a"_s, u"b"_s, u"c"_s}));
    QCOMPARE(chat.at(2).at(0).value<ChatMessage>().text, u"third, no newline at the end"_s);
    QVERIFY(chat.at(0).at(0).value<ChatMessage>().receivedNs > 0);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(errors.size(), 0);
    QCOMPARE(malformed.size(), 0);
    QCOMPARE(source.counters().lines, quint64(3));
    QVERIFY(!source.isRunning());
    QTest::qWait(20);
    QCOMPARE(finished.size(), 1); // exactly once
}

void tst_ReplaySource::startIsAsynchronous()
{
    ReplaySource source;
    source.setPath(writeFile(privmsg("a", "x") + "\n"));
    QSignalSpy chat(&source, &ReplaySource::chatMessage);
    QSignalSpy finished(&source, &ReplaySource::finished);
    source.start();
    // Nothing yet: connections made right after start() still see everything.
    QCOMPARE(chat.size(), 0);
    QCOMPARE(finished.size(), 0);
    QVERIFY(finished.wait(5000));
    QCOMPARE(chat.size(), 1);
}

void tst_ReplaySource::moderationAndNoticesDelivered()
{
    const QByteArray content = privmsg("m1", "to be deleted") + "\n"
        + "@login=viewer;target-msg-id=m1 :tmi.twitch.tv CLEARMSG #channel :to be deleted\n"
        + "@ban-duration=60;target-user-id=9 :tmi.twitch.tv CLEARCHAT #channel :viewer\n"
        + "@target-user-id=9 :tmi.twitch.tv CLEARCHAT #channel :viewer\n"
        + ":tmi.twitch.tv CLEARCHAT #channel\n"
        + "@msg-id=slow_on :tmi.twitch.tv NOTICE #channel :This room is now in slow mode.\n"
        + "PING :tmi.twitch.tv\n";
    ReplaySource source;
    source.setPath(writeFile(content));
    QSignalSpy chat(&source, &ReplaySource::chatMessage);
    QSignalSpy moderation(&source, &ReplaySource::moderation);
    QSignalSpy notices(&source, &ReplaySource::notice);
    QSignalSpy finished(&source, &ReplaySource::finished);
    source.start();
    QVERIFY(finished.wait(5000));
    QCOMPARE(chat.size(), 1);
    QCOMPARE(moderation.size(), 4);
    auto kind
        = [&moderation](int i) { return moderation.at(i).at(0).value<ModerationEvent>().kind; };
    QCOMPARE(kind(0), ModerationEvent::Kind::DeleteMessage);
    QCOMPARE(moderation.at(0).at(0).value<ModerationEvent>().targetMessageId, u"m1"_s);
    QCOMPARE(kind(1), ModerationEvent::Kind::Timeout);
    QCOMPARE(kind(2), ModerationEvent::Kind::Ban);
    QCOMPARE(kind(3), ModerationEvent::Kind::ClearChat);
    QCOMPARE(notices.size(), 1);
    QCOMPARE(notices.first().first().value<ChatNotice>().msgId, u"slow_on"_s);
}

void tst_ReplaySource::malformedAndOverlongLinesAreSkipped()
{
    const QByteArray content = privmsg("a", "before") + "\n" + "@tags-only\n"
        + "PRIVMSG #channel :\xFF broken\n"
        + "PRIVMSG #channel :" + QByteArray(3 * 1024 * 1024, 'z') + "\n" // 3 MB line
        + privmsg("b", "after") + "\n";
    ReplaySource source;
    source.setPath(writeFile(content));
    QSignalSpy chat(&source, &ReplaySource::chatMessage);
    QSignalSpy malformed(&source, &ReplaySource::malformedLine);
    QSignalSpy finished(&source, &ReplaySource::finished);
    source.start();
    QVERIFY(finished.wait(5000));
    QCOMPARE(idsOf(chat), (QStringList{u"a"_s, u"b"_s}));
    QCOMPARE(malformed.size(), 3);
    QCOMPARE(malformed.at(0).at(0).toString(), u"tags without a command"_s);
    QCOMPARE(malformed.at(1).at(0).toString(), u"invalid UTF-8"_s);
    QVERIFY(malformed.at(2).at(0).toString().startsWith(u"line too long"));
}

void tst_ReplaySource::pacedWaitsByTimestampsCapped()
{
    const qint64 t = 1700000000000;
    const QByteArray content = privmsg("1", "x", t) + "\n" + privmsg("2", "x", t + 120)
        + "\n" // waits 120 ms
        + privmsg("3", "x", t + 120 + 600000) + "\n" // 10 minutes later: capped at 200 ms
        + privmsg("4", "no timestamp") + "\n" // at once
        + privmsg("5", "x", t + 120 + 600000 + 60) + "\n" // 60 ms after line 3
        + privmsg("6", "x", t) + "\n"; // earlier timestamp: at once
    ReplaySource source;
    source.setPath(writeFile(content));
    source.setPaced(true);
    source.setMaxGapMs(200);
    QVERIFY(source.isPaced());
    QCOMPARE(source.maxGapMs(), 200);
    QElapsedTimer clock;
    QList<qint64> at;
    connect(&source, &ReplaySource::chatMessage, this,
            [&](const ChatMessage &) { at.append(clock.elapsed()); });
    QSignalSpy finished(&source, &ReplaySource::finished);
    clock.start();
    source.start();
    QVERIFY(finished.wait(5000));
    QCOMPARE(at.size(), 6);
    const qint64 gap2 = at[1] - at[0];
    const qint64 gap3 = at[2] - at[1];
    const qint64 gap4 = at[3] - at[2];
    const qint64 gap5 = at[4] - at[3];
    const qint64 gap6 = at[5] - at[4];
    qInfo() << "gaps" << gap2 << gap3 << gap4 << gap5 << gap6;
    QVERIFY2(gap2 >= 115 && gap2 < 1000, qPrintable(QString::number(gap2)));
    QVERIFY2(gap3 >= 195 && gap3 < 1000, qPrintable(QString::number(gap3))); // capped
    QVERIFY2(gap4 < 60, qPrintable(QString::number(gap4)));
    QVERIFY2(gap5 >= 55 && gap5 < 1000, qPrintable(QString::number(gap5)));
    QVERIFY2(gap6 < 60, qPrintable(QString::number(gap6)));
    QCOMPARE(source.counters().chatMessages, quint64(6));
}

void tst_ReplaySource::stopHaltsPacedReplay()
{
    const qint64 t = 1700000000000;
    ReplaySource source;
    source.setPath(writeFile(privmsg("1", "x", t) + "\n" + privmsg("2", "x", t + 100000) + "\n"));
    source.setPaced(true); // default cap 2500 ms
    QCOMPARE(source.maxGapMs(), ReplaySource::kDefaultMaxGapMs);
    QSignalSpy chat(&source, &ReplaySource::chatMessage);
    QSignalSpy finished(&source, &ReplaySource::finished);
    source.start();
    QVERIFY(chat.wait(5000));
    source.stop();
    QVERIFY(!source.isRunning());
    QTest::qWait(100);
    QCOMPARE(chat.size(), 1);
    QCOMPARE(finished.size(), 0);
}

void tst_ReplaySource::missingFileReportsErrorThenFinishes()
{
    ReplaySource source;
    const QString path = m_dir->filePath(u"does-not-exist.log"_s);
    source.setPath(path);
    QSignalSpy errors(&source, &ReplaySource::error);
    QSignalSpy finished(&source, &ReplaySource::finished);
    QList<QString> order;
    connect(&source, &ReplaySource::error, this, [&order] { order.append(u"error"_s); });
    connect(&source, &ReplaySource::finished, this, [&order] { order.append(u"finished"_s); });
    source.start();
    QVERIFY(finished.wait(5000));
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.first().first().toString().contains(path),
             qPrintable(errors.first().first().toString()));
    QCOMPARE(order, (QList<QString>{u"error"_s, u"finished"_s}));

    ReplaySource noInput;
    QSignalSpy noInputErrors(&noInput, &ReplaySource::error);
    QSignalSpy noInputFinished(&noInput, &ReplaySource::finished);
    noInput.start();
    QVERIFY(noInputFinished.wait(5000));
    QCOMPARE(noInputErrors.size(), 1);
}

void tst_ReplaySource::readsFromDeviceAndResource()
{
    {
        QBuffer buffer;
        buffer.setData(privmsg("d1", "from a buffer") + "\r\n" + privmsg("d2", "again") + "\r\n");
        ReplaySource source;
        source.setDevice(&buffer);
        QSignalSpy chat(&source, &ReplaySource::chatMessage);
        QSignalSpy finished(&source, &ReplaySource::finished);
        source.start();
        QVERIFY(finished.wait(5000));
        QCOMPARE(idsOf(chat), (QStringList{u"d1"_s, u"d2"_s}));
    }
    {
        // tests/data/twitch/replay/sample_chat.log compiled in as :/replay/sample_chat.log
        ReplaySource source;
        source.setPath(u":/replay/sample_chat.log"_s);
        QSignalSpy chat(&source, &ReplaySource::chatMessage);
        QSignalSpy moderation(&source, &ReplaySource::moderation);
        QSignalSpy finished(&source, &ReplaySource::finished);
        QSignalSpy errors(&source, &ReplaySource::error);
        source.start();
        QVERIFY(finished.wait(5000));
        QCOMPARE(errors.size(), 0);
        QCOMPARE(chat.size(), 4);
        QCOMPARE(chat.first().first().value<ChatMessage>().text, u"こんにちは！"_s);
        QCOMPARE(moderation.size(), 1);
    }
}

void tst_ReplaySource::readsFromSequentialDevice()
{
    // A local socket is sequential: lines arrive in pieces, the end comes with the close.
    QLocalServer server;
    const QString name = u"chatvox-replay-test-%1"_s.arg(QCoreApplication::applicationPid());
    QLocalServer::removeServer(name);
    QVERIFY(server.listen(name));
    QLocalSocket reader;
    reader.connectToServer(name);
    QVERIFY(server.waitForNewConnection(5000));
    QLocalSocket *writer = server.nextPendingConnection();
    QVERIFY(reader.waitForConnected(5000));

    ReplaySource source;
    source.setDevice(&reader);
    QSignalSpy chat(&source, &ReplaySource::chatMessage);
    QSignalSpy finished(&source, &ReplaySource::finished);
    source.start();

    const QByteArray first = privmsg("p1", "split across writes") + "\r\n";
    writer->write(first.left(20));
    writer->flush();
    QTest::qWait(50); // the reader sees half a line and must wait for the rest
    QCOMPARE(chat.size(), 0);
    writer->write(first.mid(20) + privmsg("p2", "second"));
    writer->flush();
    QTRY_COMPARE_WITH_TIMEOUT(chat.size(), 1, 5000);
    QCOMPARE(finished.size(), 0);
    writer->write("\n" + privmsg("p3", "last, no newline"));
    writer->flush();
    writer->disconnectFromServer();
    QVERIFY(finished.wait(5000));
    QCOMPARE(idsOf(chat), (QStringList{u"p1"_s, u"p2"_s, u"p3"_s}));
    QCOMPARE(chat.at(0).at(0).value<ChatMessage>().text, u"split across writes"_s);
}

void tst_ReplaySource::largeFileIsProcessedInBatches()
{
    constexpr int count = 30000;
    QByteArray content;
    for (int i = 0; i < count; ++i)
        content += privmsg(QByteArray::number(i), "message number " + QByteArray::number(i)) + "\n";
    ReplaySource source;
    source.setPath(writeFile(content));
    int lastId = -1;
    bool inOrder = true;
    connect(&source, &ReplaySource::chatMessage, this, [&](const ChatMessage &m) {
        const int id = m.id.toInt();
        inOrder = inOrder && id == lastId + 1;
        lastId = id;
    });
    // A zero-interval timer only fires when control returns to the event loop.
    int loopTurns = 0;
    QTimer ticker;
    ticker.setInterval(0);
    connect(&ticker, &QTimer::timeout, this, [&loopTurns] { ++loopTurns; });
    ticker.start();
    QSignalSpy finished(&source, &ReplaySource::finished);
    QElapsedTimer clock;
    clock.start();
    source.start();
    QVERIFY(finished.wait(30000));
    qInfo() << count << "lines replayed in" << clock.elapsed() << "ms," << loopTurns
            << "event loop turns";
    QVERIFY(inOrder);
    QCOMPARE(lastId, count - 1);
    QVERIFY2(loopTurns >= 2 || clock.elapsed() < 16, qPrintable(QString::number(loopTurns)));
}

void tst_ReplaySource::standardInputIsStreamed()
{
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"CHATVOX_REPLAY_STDIN_CHILD"_s, u"1"_s);
    child.setProcessEnvironment(env);
    child.start(QCoreApplication::applicationFilePath(), {});
    QVERIFY(child.waitForStarted(5000));
    QByteArray output;
    auto readOutput = [&] {
        output += child.readAllStandardOutput();
        return output;
    };
    child.write("# comment\n" + privmsg("s1", "one") + "\r\n" + privmsg("s2", "two") + "\n");
    // The child reports the first lines while its input is still open: it streams.
    QTRY_VERIFY_WITH_TIMEOUT(readOutput().contains("chat s2\n"), 10000);
    QVERIFY(!output.contains("finished"));
    child.write(privmsg("s3", "three") + "\n");
    child.closeWriteChannel();
    QVERIFY(child.waitForFinished(10000));
    readOutput();
    QCOMPARE(child.exitCode(), 0);
    QCOMPARE(output, "chat s1\nchat s2\nchat s3\nfinished\n");
}

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsSet("CHATVOX_REPLAY_STDIN_CHILD"))
        return runStdinChild(argc, argv);
    QCoreApplication app(argc, argv);
    tst_ReplaySource test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_replaysource.moc"
