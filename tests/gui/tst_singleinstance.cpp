// One desktop ChatVox per settings file: the chatvox program itself, started as a user would
// (the window on Qt's offscreen platform). A second start brings the first forward and exits;
// `chatvox --pause`, `--resume`, `--skip` and `--kill` act on the running one; with none
// running they say so and exit 1.
#include "faketwitchirc.h"
#include "fakevoicevox.h"
#include "testmain.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using chatvox::FakeTwitchIrc;
using chatvox::test::FakeVoicevox;

class TestSingleInstance : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        env.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"xdg"_s));
        env.insert(u"LANG"_s, u"C.UTF-8"_s);
        env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
        env.insert(u"QT_LOGGING_RULES"_s, u"chatvox.*.debug=false"_s);
        return env;
    }
    // Runs chatvox with args to its end; returns the exit code, stderr in *err.
    int run(const QStringList &args, QString *err = nullptr)
    {
        QProcess p;
        p.setProcessEnvironment(environment());
        p.start(QStringLiteral(CHATVOX_BINARY), args);
        if (!p.waitForFinished(15000)) {
            p.kill();
            p.waitForFinished();
            return -1;
        }
        if (err)
            *err = QString::fromUtf8(p.readAllStandardError());
        return p.exitCode();
    }

private slots:
    void secondStartsActOnTheFirst()
    {
        FakeTwitchIrc irc;
        FakeVoicevox engine;
        QVERIFY(irc.isListening());
        QVERIFY(engine.listen());
        const QString config = m_dir.filePath(u"instance.ini"_s);

        QProcess first;
        first.setProcessEnvironment(environment());
        first.setProcessChannelMode(QProcess::SeparateChannels);
        QString log;
        connect(&first, &QProcess::readyReadStandardError, this,
                [&] { log += QString::fromUtf8(first.readAllStandardError()); });
        first.start(QStringLiteral(CHATVOX_BINARY),
                    {u"--config"_s, config, u"--channel"_s, u"instancetest"_s, u"--irc-url"_s,
                     irc.url().toString(), u"--engine"_s, engine.url().toString()});
        QVERIFY(first.waitForStarted());
        QSignalSpy joined(&irc, &FakeTwitchIrc::channelJoined);
        QVERIFY(joined.wait(15000));

        // A plain second start: the first comes forward, the second ends at once.
        QString err;
        QCOMPARE(run({u"--config"_s, config}, &err), 0);
        QTRY_VERIFY2_WITH_TIMEOUT(log.contains(u"Request from another start: show"_s),
                                  qPrintable(log), 5000);

        QCOMPARE(run({u"--config"_s, config, u"--pause"_s}, &err), 0);
        QTRY_VERIFY2(log.contains(u"Reading paused."_s), qPrintable(log));
        QCOMPARE(run({u"--config"_s, config, u"--resume"_s}, &err), 0);
        QTRY_VERIFY2(log.contains(u"Reading resumed."_s), qPrintable(log));
        QCOMPARE(run({u"--config"_s, config, u"--skip"_s}, &err), 0);
        QTRY_VERIFY2(log.contains(u"Request from another start: skip"_s), qPrintable(log));
        QCOMPARE(run({u"--config"_s, config, u"--kill"_s}, &err), 0);
        QTRY_VERIFY2(log.contains(u"Kill switch: speech stopped."_s), qPrintable(log));
        QCOMPARE(irc.connectionCount(), 1); // no second instance ever connected

        // Another settings file is another instance: none runs for it.
        QCOMPARE(run({u"--config"_s, m_dir.filePath(u"other.ini"_s), u"--skip"_s}, &err), 1);
        QVERIFY2(err.contains(u"ChatVox is not running."_s), qPrintable(err));

        first.terminate(); // SIGTERM: a clean exit
        QVERIFY(first.waitForFinished(10000));
        QCOMPARE(first.exitStatus(), QProcess::NormalExit);
        QCOMPARE(first.exitCode(), 0);
        // Gone: the socket is free again.
        QCOMPARE(run({u"--config"_s, config, u"--skip"_s}, &err), 1);
    }

    void badCombinationsAreRefused()
    {
        QString err;
        QCOMPARE(run({u"--skip"_s, u"--replay"_s, u"x.log"_s}, &err), 2);
        QVERIFY(err.contains(u"--skip"_s));
    }
};

CHATVOX_AUDIO_TEST_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
