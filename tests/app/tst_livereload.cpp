// Live reload end to end: a running Pipeline reads chat from FakeTwitchIrc and speaks through
// FakeVoicevox into PulseAudio's null sink, while its settings file is changed from outside as an
// editor or a ConfigMap update does. The next chat line must follow the file: another engine,
// another speed, another length limit, with no restart; a corrupt version in between changes
// nothing.
#include "app/pipeline.h"
#include "app/settings.h"
#include "app/supervisor.h"
#include "faketwitchirc.h"
#include "fakevoicevox.h"
#include "testmain.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace chatvox;
using chatvox::test::FakeVoicevox;
using chatvox::test::FakeVoicevoxRequest;

namespace {

const QString kChannel = u"livereload"_s;
const QString kLong = u"あいうえおかきくけこさしすせそたちつてと"_s; // 20 characters

// The settings file as a streamer (or a ConfigMap) writes it.
QByteArray settingsFile(const QUrl &irc, const QUrl &engine, double speed, int lengthLimit)
{
    return u"[app]\nschemaVersion=1\n"
           "[chat]\nchannel=%1\nircUrl=%2\n"
           "[speech]\nengines=%3\nsystemVoice=false\nspeedScale=%4\n"
           "[filter]\nlengthLimit=%5\n"_s.arg(kChannel, irc.toString(), engine.toString())
               .arg(speed)
               .arg(lengthLimit)
               .toUtf8();
}

bool replaceFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size() && f.commit();
}

double speedScaleOf(const FakeVoicevoxRequest &synthesis)
{
    return QJsonDocument::fromJson(synthesis.body).object().value(u"speedScale"_s).toDouble();
}

} // namespace

class TestLiveReload : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_msg = 0;

    void chat(FakeTwitchIrc &irc, const QString &text)
    {
        irc.sendToChannel(
            kChannel,
            FakeTwitchIrc::privmsgLine(kChannel, u"viewer"_s, text, u"msg-%1"_s.arg(++m_msg)));
    }

private slots:
    void settingsFileChangeAppliesWithoutRestart()
    {
        FakeTwitchIrc irc;
        QVERIFY(irc.isListening());
        FakeVoicevox first;
        QVERIFY(first.listen());
        FakeVoicevox second;
        QVERIFY(second.listen());

        const QString file = m_dir.filePath(u"chatvox.ini"_s);
        QVERIFY(replaceFile(file, settingsFile(irc.url(), first.url(), 1.0, 40)));
        Settings settings(file);
        QVERIFY(settings.loadProblem().isEmpty());
        settings.watchFile();
        QSignalSpy reloaded(&settings, &Settings::reloaded);
        QSignalSpy failed(&settings, &Settings::reloadFailed);
        Pipeline pipeline(&settings);
        QSignalSpy joined(&irc, &FakeTwitchIrc::channelJoined);
        pipeline.startLive();
        QVERIFY(joined.wait(5000));
        QTRY_VERIFY_WITH_TIMEOUT(pipeline.defaultStyle().has_value(), 10000);

        // As configured at start: the first engine, speed 1, the whole line.
        chat(irc, kLong);
        QTRY_COMPARE_WITH_TIMEOUT(first.requestCount(u"/synthesis"_s), 1, 10000);
        QCOMPARE(first.requests(u"/audio_query"_s).last().text, kLong);
        QCOMPARE(speedScaleOf(first.requests(u"/synthesis"_s).last()), 1.0);

        // A corrupt version changes nothing and says why.
        QVERIFY(replaceFile(file, QByteArray("\x00\x01\xff\xfe garbage", 13)));
        QVERIFY(failed.wait(5000));
        QVERIFY(failed[0][0].toString().contains(u"not UTF-8"_s));
        chat(irc, u"まだおなじ"_s);
        QTRY_COMPARE_WITH_TIMEOUT(first.requestCount(u"/synthesis"_s), 2, 10000);
        QCOMPARE(first.requests(u"/audio_query"_s).last().text, u"まだおなじ"_s);
        QCOMPARE(speedScaleOf(first.requests(u"/synthesis"_s).last()), 1.0);
        QCOMPARE(second.requestCount(u"/synthesis"_s), 0);

        // The fixed file moves to the second engine, speed 1.5 and a limit of 10 characters.
        QVERIFY(replaceFile(file, settingsFile(irc.url(), second.url(), 1.5, 10)));
        QVERIFY(reloaded.wait(5000));
        const auto groups = reloaded[0][0].value<QList<Settings::Group>>();
        QVERIFY(groups.contains(Settings::Group::Speech));
        QVERIFY(groups.contains(Settings::Group::Filters));
        chat(irc, kLong);
        QTRY_COMPARE_WITH_TIMEOUT(second.requestCount(u"/synthesis"_s), 1, 15000);
        QCOMPARE(second.requests(u"/audio_query"_s).last().text, u"あいうえおかきくけこ以下略"_s);
        QCOMPARE(speedScaleOf(second.requests(u"/synthesis"_s).last()), 1.5);
        QCOMPARE(first.requestCount(u"/synthesis"_s), 2); // nothing more went to the first
        QCOMPARE(failed.size(), 1);
        QCOMPARE(pipeline.supervisor()->status(u"chat"_s).health, Supervisor::Health::Ok);
        pipeline.stop();
    }
};

CHATVOX_AUDIO_TEST_MAIN(TestLiveReload)
#include "tst_livereload.moc"
