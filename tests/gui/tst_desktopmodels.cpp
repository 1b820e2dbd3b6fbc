// The app-layer pieces of the desktop window, without widgets: secrets never reach the log,
// the connection sentence and tray state, autostart entries, the dialog's page snapshots, the
// single-instance socket, and the filter preview against FilterPipeline itself.
#include "app/autostart.h"
#include "app/filterpreview.h"
#include "app/logmodel.h"
#include "app/preferences.h"
#include "app/runstatus.h"
#include "app/settings.h"
#include "app/singleinstance.h"
#include "filter/filterpipeline.h"

#include <QFile>
#include <QLocalSocket>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace chatvox;

class TestDesktopModels : public QObject
{
    Q_OBJECT
private slots:
    void secretsAreRedacted_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("secret");
        QTest::newRow("irc pass") << u"> PASS oauth:abcdef0123456789"_s << u"abcdef0123456789"_s;
        QTest::newRow("header") << u"Authorization: OAuth zyx987"_s << u"zyx987"_s;
        QTest::newRow("bearer") << u"Authorization: Bearer t0k3n.x"_s << u"t0k3n.x"_s;
        QTest::newRow("json") << u"{\"access_token\":\"sekret1\",\"refresh_token\":\"sekret2\"}"_s
                              << u"sekret"_s;
        QTest::newRow("query") << u"POST /token?client_secret=s3cr3t&x=1"_s << u"s3cr3t"_s;
    }
    void secretsAreRedacted()
    {
        QFETCH(QString, line);
        QFETCH(QString, secret);
        const QString out = redactSecrets(line);
        QVERIFY2(!out.contains(secret), qPrintable(out));
        QVERIFY(out.contains(u"[hidden]"));
        QCOMPARE(redactSecrets(u"こんにちは https://x.example/?a=1"_s),
                 u"こんにちは https://x.example/?a=1"_s);
    }

    void logModelTakesMessagesFromTheHandler()
    {
        LogModel model;
        model.installMessageHandler();
        qWarning("token check PASS oauth:verysecret99");
        qInfo("plain info line");
        QTRY_COMPARE(model.rowCount(), 2);
        model.uninstallMessageHandler();
        QCOMPARE(model.entry(0).level, LogModel::Warning);
        QVERIFY(!model.entry(0).text.contains(u"verysecret99"));
        QVERIFY(LogModel::format(model.entry(1)).contains(u"plain info line"));
        qWarning("after uninstall");
        QCoreApplication::processEvents();
        QCOMPARE(model.rowCount(), 2);

        LogFilterModel filter;
        filter.setSourceModel(&model);
        filter.setMinimumLevel(LogModel::Warning);
        QCOMPARE(filter.rowCount(), 1);
        filter.setMinimumLevel(LogModel::Debug);
        filter.setSearchText(u"PLAIN"_s);
        QCOMPARE(filter.rowCount(), 1);
    }

    void logModelKeepsItsCapacity()
    {
        LogModel model;
        model.setCapacity(10);
        for (int i = 0; i < 25; ++i)
            model.append(LogModel::Info, u"test"_s, QString::number(i));
        QCOMPARE(model.rowCount(), 10);
        QCOMPARE(model.entry(0).text, u"15"_s);
        QCOMPARE(model.entry(9).text, u"24"_s);
    }

    void connectionSentences()
    {
        using C = RunStatus::Connection;
        QCOMPARE(RunStatus::describe(C::Connected, u"abc"_s, 0, {}), u"Connected to #abc"_s);
        QCOMPARE(RunStatus::describe(C::Reconnecting, u"abc"_s, 4, u"refused"_s),
                 u"Reconnecting in 4 s (refused)"_s);
        QCOMPARE(RunStatus::describe(C::Error, u"abc"_s, 0, u"Twitch refused the login."_s),
                 u"Error: Twitch refused the login."_s);
        QVERIFY(RunStatus::describe(C::NoChannel, {}, 0, {}).contains(u"channel"));
    }

    void trayStates()
    {
        using C = RunStatus::Connection;
        using T = RunStatus::TrayState;
        using H = Supervisor::Health;
        QCOMPARE(RunStatus::trayStateFor(false, C::Connected, H::Ok), T::Reading);
        QCOMPARE(RunStatus::trayStateFor(true, C::Connected, H::Ok), T::Paused);
        QCOMPARE(RunStatus::trayStateFor(false, C::Reconnecting, H::Degraded), T::Disconnected);
        QCOMPARE(RunStatus::trayStateFor(true, C::NoChannel, H::Failed), T::Error);
        QCOMPARE(RunStatus::trayStateFor(false, C::Error, H::Ok), T::Error);
        QCOMPARE(RunStatus::trayStateFor(false, C::Replay, H::Ok), T::Reading);
    }

    void xdgAutostartEntry()
    {
        QTemporaryDir dir;
        const auto autostart = createXdgAutostart(dir.path(), u"/opt/Chat Vox/chatvox"_s,
                                                  {u"--config"_s, u"/home/a b/c.ini"_s});
        QVERIFY(!autostart->isEnabled());
        QCOMPARE(autostart->setEnabled(true), QString());
        QVERIFY(autostart->isEnabled());
        QFile file(dir.filePath(u"autostart/chatvox.desktop"_s));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY(text.startsWith(u"[Desktop Entry]\n"));
        QVERIFY(text.contains(u"Type=Application\n"));
        QVERIFY2(text.contains(u"Exec=\"/opt/Chat Vox/chatvox\" --config \"/home/a b/c.ini\"\n"),
                 qPrintable(text));
        file.close();
        QCOMPARE(autostart->setEnabled(false), QString());
        QVERIFY(!autostart->isEnabled());
        QVERIFY(!file.exists());
    }

    void preferencesWriteOnlyWhatChanged()
    {
        QTemporaryDir dir;
        Settings settings(dir.filePath(u"p.ini"_s));
        settings.setRunOverride(u"chat/channel"_s, u"fromcli"_s);
        const Preferences before = Preferences::read(settings);
        QCOMPARE(before.channel, u"fromcli"_s);
        QSignalSpy changed(&settings, &Settings::changed);
        before.writeAll(settings); // nothing differs: nothing is written, overrides stay
        QCOMPARE(changed.count(), 0);
        settings.save();
        QVERIFY(!QFile(dir.filePath(u"p.ini"_s)).readAll().contains("fromcli"));

        Preferences p = before;
        p.filters.lengthLimit = 12;
        p.policy.dropAfter = 7;
        p.write(settings, Preferences::Page::Filters);
        QCOMPARE(settings.filters().lengthLimit, 12);
        QCOMPARE(settings.queuePolicy().dropAfter, QueuePolicy().dropAfter); // other page
        p.write(settings, Preferences::Page::Speech);
        QCOMPARE(settings.queuePolicy().dropAfter, 7);

        Preferences d = Preferences::read(settings);
        d.copyPage(Preferences::defaults(), Preferences::Page::Filters);
        QVERIFY(d.samePage(Preferences::defaults(), Preferences::Page::Filters));
        QVERIFY(!d.samePage(Preferences::defaults(), Preferences::Page::Speech));
        QCOMPARE(Preferences::defaults().filters, FilterSettings());
    }

    void singleInstanceForwardsCommands()
    {
        QTemporaryDir dir;
        const QString name = SingleInstance::serverNameFor(dir.filePath(u"a.ini"_s));
        QVERIFY(name != SingleInstance::serverNameFor(dir.filePath(u"b.ini"_s)));
        QString error;
        QVERIFY(!SingleInstance::send(name, {u"skip"_s}, 500, &error));
        QVERIFY(error.contains(u"not running"));

        SingleInstance first(name);
        QVERIFY2(first.listen(), qPrintable(first.errorString()));
        SingleInstance second(name);
        QVERIFY(!second.listen()); // already running
        QSignalSpy received(&first, &SingleInstance::commandReceived);
        // send() blocks until answered, so here (one thread) the protocol is checked through a
        // socket of our own; tst_singleinstance drives send() against a running chatvox.
        QLocalSocket client;
        client.connectToServer(name);
        QVERIFY(client.waitForConnected(2000));
        client.write("pause\nbogus\nkill\n");
        client.flush();
        QTRY_COMPARE(received.count(), 2);
        QCOMPARE(received.at(0).at(0).toString(), u"pause"_s);
        QCOMPARE(received.at(1).at(0).toString(), u"kill"_s);
        QTRY_VERIFY(client.bytesAvailable() > 0 && client.canReadLine());
        QByteArray answers;
        QTRY_VERIFY((answers += client.readAll()).count('\n') == 3);
        QCOMPARE(answers, QByteArray("ok pause\nunknown bogus\nok kill\n"));
    }

    void filterPreviewIsTheFilterPipeline()
    {
        FilterSettings settings;
        settings.ngWords = {u"ネタバレ"_s};
        settings.dictionary = {{u"草"_s, u"くさ"_s}};
        const QStringList lines{u"こんにちは"_s,
                                u"!dice"_s,
                                u"草生える"_s,
                                u"これはネタバレです"_s,
                                u"https://example.com/x 見て"_s,
                                u"ｗｗｗｗｗｗｗ"_s,
                                QString(50, u'あ')};
        for (const QString &text : lines) {
            ChatMessage m;
            m.id = u"preview"_s;
            m.login = u"viewer"_s;
            m.displayName = u"viewer"_s;
            m.text = text;
            const FilterDecision d = FilterPipeline(settings).evaluate(m);
            const FilterPreview p = previewFilters(settings, text);
            QCOMPARE(p.speak, d.speak);
            QCOMPARE(p.text, d.speak ? d.text : QString());
            QCOMPARE(p.reasonId, d.reasonId());
        }
        QCOMPARE(previewFilters(settings, u"hi"_s, u"Nightbot"_s).reasonId, u"ignored_user"_s);
    }
};

QTEST_GUILESS_MAIN(TestDesktopModels)
#include "tst_desktopmodels.moc"
