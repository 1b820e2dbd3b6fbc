// --log-format json: every log message one JSON object a line, secrets redacted; and the real
// chatvox binary logging that way while its dry-run decisions stay alone on stdout.
#include "app/jsonlog.h"

#include <cstdio>
#include <memory>
#include <vector>

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#ifdef Q_OS_UNIX
#    include <unistd.h>
#endif

using namespace Qt::StringLiterals;
using chatvox::jsonLogLine;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Runs the real chatvox executable (as tst_cli does): offscreen, English, no logging rules.
Run runChatvox(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"LANG"_s, u"C.UTF-8"_s);
    env.insert(u"LANGUAGE"_s, u"en"_s);
    env.remove(u"QT_LOGGING_RULES"_s);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(CHATVOX_BINARY), args);
    if (!p.waitForStarted(10000))
        return {};
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        return {};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QJsonObject parseLine(const QByteArray &line)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        qWarning().noquote() << "not a JSON object:" << QString::fromUtf8(line)
                             << error.errorString();
        return {};
    }
    return doc.object();
}

// A log line as the handler makes it, category chatvox.app, at a fixed time.
QByteArray line(const QString &message, QtMsgType type = QtInfoMsg)
{
    const QMessageLogContext context(nullptr, 0, nullptr, "chatvox.app");
    return jsonLogLine(type, context, message,
                       QDateTime(QDate(2026, 12, 7), QTime(12, 34, 56, 789), Qt::UTC));
}

// What a message handler installed by a test received.
QStringList g_captured;
void capture(QtMsgType, const QMessageLogContext &, const QString &message)
{
    g_captured << message;
}

// The handler in place now (QTest's own), to put back after a test installed another.
QtMessageHandler currentHandler()
{
    const QtMessageHandler current = qInstallMessageHandler(nullptr);
    qInstallMessageHandler(current);
    return current;
}

} // namespace

class TestJsonLog : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private slots:
    void everyLevelHasItsName_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<QString>("level");
        QTest::newRow("debug") << int(QtDebugMsg) << u"debug"_s;
        QTest::newRow("info") << int(QtInfoMsg) << u"info"_s;
        QTest::newRow("warning") << int(QtWarningMsg) << u"warning"_s;
        QTest::newRow("critical") << int(QtCriticalMsg) << u"error"_s;
        QTest::newRow("fatal") << int(QtFatalMsg) << u"fatal"_s;
    }

    void everyLevelHasItsName()
    {
        QFETCH(int, type);
        QFETCH(QString, level);
        const QJsonObject o = parseLine(line(u"Voice: dummy1"_s, QtMsgType(type)));
        QCOMPARE(o.value(u"level"_s).toString(), level);
        QCOMPARE(o.value(u"category"_s).toString(), u"chatvox.app"_s);
        QCOMPARE(o.value(u"message"_s).toString(), u"Voice: dummy1"_s);
        // ISO 8601, UTC, milliseconds.
        QCOMPARE(o.value(u"time"_s).toString(), u"2026-12-07T12:34:56.789Z"_s);
        QCOMPARE(o.keys(), (QStringList{u"category"_s, u"level"_s, u"message"_s, u"time"_s}));
    }

    void timeIsUtcWhateverZoneItComesIn()
    {
        const QMessageLogContext context(nullptr, 0, nullptr, "chatvox.chat");
        const QDateTime tokyo(QDate(2026, 12, 7), QTime(21, 0, 0, 5), Qt::OffsetFromUTC, 9 * 3600);
        const QJsonObject o = parseLine(jsonLogLine(QtInfoMsg, context, u"x"_s, tokyo));
        QCOMPARE(o.value(u"time"_s).toString(), u"2026-12-07T12:00:00.005Z"_s);
        QCOMPARE(o.value(u"category"_s).toString(), u"chatvox.chat"_s);
    }

    void controlCharactersAndJapaneseSurvive()
    {
        const QString message = u"\x01"
                                "ACTION 踊る\x01 tab\there esc\x1b[31m bell\x07 "_s
            + QChar(u'\0') + u" 読み上げ「こんにちは」🎉 end"_s;
        const QByteArray json = line(message);
        for (const char c : json)
            QVERIFY2(uchar(c) >= 0x20, json.constData()); // escaped, not raw
        QCOMPARE(parseLine(json).value(u"message"_s).toString(), message);
        QVERIFY(json.contains("読み上げ「こんにちは」🎉")); // UTF-8, readable in a log viewer
    }

    void aMessageWithNewlinesIsStillOneLine()
    {
        const QString message = u"first\nsecond\r\nthird\r"_s;
        const QByteArray json = line(message);
        QVERIFY(!json.contains('\n'));
        QVERIFY(!json.contains('\r'));
        QCOMPARE(parseLine(json).value(u"message"_s).toString(), message);
    }

    void brokenUtf16StillGivesValidJson()
    {
        // A lone surrogate (a cut emoji) must not make the line unparseable.
        const QString message = u"cut "_s + QChar(0xd83c) + u" here"_s;
        const QJsonObject o = parseLine(line(message));
        QVERIFY(o.value(u"message"_s).toString().startsWith(u"cut "_s));
        QVERIFY(o.value(u"message"_s).toString().endsWith(u" here"_s));
    }

    void secretsAreRedacted_data()
    {
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QString>("kept"); // what is not a secret stays
        QTest::newRow("irc PASS") << u"> PASS oauth:abcd1234efgh5678"_s << u"abcd1234efgh5678"_s
                                  << u"PASS oauth:"_s;
        QTest::newRow("bearer") << u"GET /helix/users Authorization: Bearer tok.en-42_x"_s
                                << u"tok.en-42_x"_s << u"/helix/users"_s;
        QTest::newRow("oauth header")
            << u"Authorization: OAuth zyxw9876"_s << u"zyxw9876"_s << u"Authorization"_s;
        QTest::newRow("token json")
            << uR"(reply {"access_token":"acc111","refresh_token":"ref222","expires_in":14400})"_s
            << u"acc111"_s << u"expires_in\":14400"_s;
        QTest::newRow("refresh in json")
            << uR"({"refresh_token": "ref333"})"_s << u"ref333"_s << u"refresh_token"_s;
        QTest::newRow("camelCase token file")
            << uR"({"accessToken":"acc444","refreshToken":"ref555"})"_s << u"ref555"_s
            << u"accessToken"_s;
        QTest::newRow("url query")
            << u"POST https://id.twitch.tv/oauth2/token?client_id=pub&client_secret=cs666&x=1"_s
            << u"cs666"_s << u"client_id=pub"_s;
        QTest::newRow("device code")
            << u"device_code=dc777 interval=5"_s << u"dc777"_s << u"interval=5"_s;
    }

    void secretsAreRedacted()
    {
        QFETCH(QString, message);
        QFETCH(QString, secret);
        QFETCH(QString, kept);
        const QString logged
            = parseLine(line(message, QtWarningMsg)).value(u"message"_s).toString();
        QVERIFY2(!logged.contains(secret), qPrintable(logged));
        QVERIFY2(logged.contains(u"[hidden]"_s), qPrintable(logged));
        QVERIFY2(logged.contains(kept), qPrintable(logged));
    }

    void fileAndLineWhereTheBuildRecordsThem()
    {
        const QMessageLogContext withFile("src/app/pipeline.cpp", 42, "f()", "chatvox.app");
        const QJsonObject o
            = parseLine(jsonLogLine(QtDebugMsg, withFile, u"x"_s, QDateTime::currentDateTimeUtc()));
        QCOMPARE(o.value(u"file"_s).toString(), u"src/app/pipeline.cpp"_s);
        QCOMPARE(o.value(u"line"_s).toInt(), 42);
        // No category (plain qDebug()): Qt's name for it.
        const QMessageLogContext bare;
        const QJsonObject p
            = parseLine(jsonLogLine(QtDebugMsg, bare, u"x"_s, QDateTime::currentDateTimeUtc()));
        QCOMPARE(p.value(u"category"_s).toString(), u"default"_s);
        QVERIFY(!p.contains(u"file"_s));
    }

    void textFormatRedactsAndChainsToThePreviousHandler()
    {
        const QtMessageHandler testHandler = currentHandler();
        qInstallMessageHandler(&capture);
        chatvox::installLogHandler(chatvox::LogFormat::Text);
        qWarning("sent PASS oauth:textsecret99 to the server");
        qInfo("plain line");
        qInstallMessageHandler(testHandler);
        QCOMPARE(g_captured.size(), 2);
        QCOMPARE(g_captured.at(0), u"sent PASS oauth:[hidden] to the server"_s);
        QCOMPARE(g_captured.at(1), u"plain line"_s);
    }

#ifdef Q_OS_UNIX
    void linesFromManyThreadsNeverInterleave()
    {
        // The installed handler writing to stderr, captured in a file.
        const QString path = m_dir.filePath(u"stderr.jsonl"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        std::fflush(stderr);
        const int saved = ::dup(2);
        QVERIFY(saved >= 0);
        QVERIFY(::dup2(file.handle(), 2) == 2);
        const QtMessageHandler testHandler = currentHandler();
        chatvox::installLogHandler(chatvox::LogFormat::Json);
        constexpr int threads = 4;
        constexpr int perThread = 300;
        std::vector<std::unique_ptr<QThread>> workers;
        for (int t = 0; t < threads; ++t) {
            workers.emplace_back(QThread::create([t] {
                for (int i = 0; i < perThread; ++i)
                    qWarning("thread %d message %d\nwith a second line and oauth:s3cret%d", t, i,
                             i);
            }));
            workers.back()->start();
        }
        for (const auto &w : workers)
            QVERIFY(w->wait(30000));
        qInstallMessageHandler(testHandler);
        std::fflush(stderr);
        ::dup2(saved, 2);
        ::close(saved);
        file.close();

        const QList<QByteArray> lines = readFile(path).split('\n');
        QCOMPARE(lines.size(), threads * perThread + 1); // and the empty rest after the last
        QVERIFY(lines.last().isEmpty());
        QSet<QString> seen;
        for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
            const QJsonObject o = parseLine(lines.at(i));
            QCOMPARE(o.value(u"level"_s).toString(), u"warning"_s);
            const QString message = o.value(u"message"_s).toString();
            QVERIFY2(!message.contains(u"s3cret"_s), qPrintable(message));
            seen.insert(message.section(u'\n', 0, 0));
        }
        QCOMPARE(seen.size(), threads * perThread);
    }
#endif

    void theBinaryLogsJsonAndKeepsStdoutForDecisions()
    {
        const QString demo
            = QStringLiteral(CHATVOX_SOURCE_DIR) + u"/resources/demo/demo_chat.log"_s;
        const Run r
            = runChatvox({u"--headless"_s, u"--config"_s, m_dir.filePath(u"a.ini"_s), u"--replay"_s,
                          demo, u"--dry-run"_s, u"--log-format"_s, u"json"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        // stdout: exactly the decisions, as without --log-format.
        QCOMPARE(r.out,
                 readFile(QStringLiteral(CHATVOX_TEST_DATA_DIR) + u"/app/demo_dry_run.jsonl"_s));
        // stderr: nothing but log objects, one a line.
        const QList<QByteArray> lines = r.err.trimmed().split('\n');
        QVERIFY2(lines.size() >= 2, r.err.constData());
        bool sawSummary = false;
        for (const QByteArray &l : lines) {
            const QJsonObject o = parseLine(l);
            QVERIFY2(!o.isEmpty(), l.constData());
            for (const QString &field : {u"time"_s, u"level"_s, u"category"_s, u"message"_s})
                QVERIFY2(o.value(field).isString(),
                         qPrintable(field + u" in "_s + QString::fromUtf8(l)));
            QVERIFY(
                QDateTime::fromString(o.value(u"time"_s).toString(), Qt::ISODateWithMs).isValid());
            QVERIFY(o.value(u"time"_s).toString().endsWith(u'Z'));
            QVERIFY2(
                (QStringList{u"debug"_s, u"info"_s, u"warning"_s, u"error"_s, u"fatal"_s}.contains(
                    o.value(u"level"_s).toString())),
                l.constData());
            if (o.value(u"category"_s).toString() == u"chatvox.app"_s
                && o.value(u"message"_s).toString().contains(u" read, "_s))
                sawSummary = true;
        }
        QVERIFY2(sawSummary, r.err.constData()); // the app's own lines come through
    }

    void theBinaryRedactsSecretsInBothFormats()
    {
        // The settings path is logged at start; here it holds something shaped like a secret.
        QVERIFY(QDir(m_dir.path()).mkpath(u"refresh_token=e2esecret31"_s));
        const QString config = m_dir.filePath(u"refresh_token=e2esecret31/c.ini"_s);
        const QString demo
            = QStringLiteral(CHATVOX_SOURCE_DIR) + u"/resources/demo/demo_chat.log"_s;
        for (const QString &format : {u"json"_s, u"text"_s}) {
            const Run r = runChatvox({u"--headless"_s, u"--config"_s, config, u"--replay"_s, demo,
                                      u"--dry-run"_s, u"--log-format"_s, format});
            QVERIFY2(r.exitCode == 0, r.err.constData());
            QVERIFY2(r.err.contains("settings: "), r.err.constData());
            QVERIFY2(!r.err.contains("e2esecret31"), r.err.constData());
            QVERIFY2(r.err.contains("refresh_token=[hidden]"), r.err.constData());
        }
    }
};

QTEST_GUILESS_MAIN(TestJsonLog)
#include "tst_jsonlog.moc"
