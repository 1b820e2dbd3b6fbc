// The Windows build (scripts/dev windows: chatvox.exe cross-built with MinGW, its deployed
// folder build-windows/dist and the NSIS installer), checked under Wine against the same
// in-process fakes as the Linux tests, with real audio into the PulseAudio null sink.
// Skips when there is no Windows build; scripts/dev test makes one whenever a Qt for MinGW is
// available (CI always).
#include "core/clock.h"
#include "fakevoicevox.h"
#include "sinkrecorder.h"
#include "testmain.h"
#include "winesession.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

using namespace Qt::StringLiterals;
using chatvox::test::FakeVoicevox;
using chatvox::test::SinkRecorder;
using chatvox::test::WineSession;

namespace {

const QString kUninstallKey
    = u"HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\ChatVox"_s;
const QString kUninstallKeyAllUsers
    = u"HKLM\\Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\ChatVox"_s;
const QString kRunKey = u"HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run"_s;

QString windowsBuild(const QString &relative)
{
    return QStringLiteral(CHATVOX_WINDOWS_BUILD_DIR) + u'/' + relative;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The subsystem field of a PE file's optional header: 2 = Windows GUI, 3 = console.
int peSubsystem(const QByteArray &exe)
{
    if (exe.size() < 0x40 || !exe.startsWith("MZ"))
        return -1;
    const quint32 pe = qFromLittleEndian<quint32>(exe.constData() + 0x3c);
    if (qsizetype(pe) + 0x5e > exe.size() || exe.mid(pe, 4) != QByteArray("PE\0\0", 4))
        return -1;
    return qFromLittleEndian<quint16>(exe.constData() + pe + 24 + 68);
}

QByteArray utf16(const QString &text)
{
    return QByteArray(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
}

} // namespace

class TestWindows : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<WineSession> m_wine;
    QTemporaryDir m_dir;

    QString installer() const
    {
        return windowsBuild(u"ChatVox-"_s + QStringLiteral(CHATVOX_VERSION)
                            + u"-win64-setup.exe"_s);
    }

    QString replayLog()
    {
        const QString path = m_dir.filePath(u"replay.log"_s);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write("@id=r1 :alice!alice@alice.tmi.twitch.tv PRIVMSG #demo :みっつめ\r\n"
                "@id=r2 :bob!bob@bob.tmi.twitch.tv PRIVMSG #demo :!command\r\n"
                "@id=r3 :carol!carol@carol.tmi.twitch.tv PRIVMSG #demo :よっつめ\r\n"
                "@id=r4 :dave!dave@dave.tmi.twitch.tv PRIVMSG #demo :消される\r\n"
                "@login=dave;target-msg-id=r4 :tmi.twitch.tv CLEARMSG #demo :消される\r\n"
                "@id=r5 :erin!erin@erin.tmi.twitch.tv PRIVMSG #demo :いつつめ\r\n");
        return path;
    }

    // `exe --headless --replay LOG --engine FAKE`: the engine gets the texts in order and the
    // null sink plays three clips with the fake's tone for each text.
    void speaksAReplay(const QString &exe, const QStringList &extraArgs)
    {
        if (qEnvironmentVariableIsEmpty("CHATVOX_TEST_SINK"))
            QSKIP("needs tests/with-pulseaudio.sh (ctest runs this test inside it)");
        FakeVoicevox engine;
        QVERIFY(engine.listen());
        SinkRecorder recorder;
        QVERIFY2(recorder.start(), qPrintable(recorder.errorString()));
        const QStringList heard{u"みっつめ"_s, u"よっつめ"_s, u"いつつめ"_s};
        const QString log = replayLog();
        const double fromMs = recorder.msAt(chatvox::monotonicNs());
        const WineSession::Result r
            = m_wine->run(exe,
                          QStringList{u"--headless"_s, u"--engine"_s, engine.url().toString(),
                                      u"--replay"_s, WineSession::windowsPath(log)}
                              + extraArgs,
                          90000);
        QVERIFY2(r.finished, "chatvox.exe did not exit");
        QVERIFY2(r.exitCode == 0, r.err.constData());
        // The log reaches a redirected stderr (a GUI program's Qt log would go to the debugger).
        QVERIFY2(r.err.contains("[speaking] alice: みっつめ"), r.err.constData());
        QCOMPARE(engine.synthesizedTexts(), heard); // r4 was deleted before it was spoken
        QVERIFY(recorder.catchUp());
        chatvox::test::SegmentOptions options;
        options.fromMs = fromMs;
        // Wine's audio may glitch for a moment as a stream starts on a busy machine; such a
        // fragment is no utterance (each clip here is about half a second).
        options.minLengthMs = 150;
        const auto segments = recorder.segments(options);
        QVERIFY2(segments.size() == 3, qPrintable(recorder.describe(options)));
        for (int i = 0; i < 3; ++i) {
            const double hz = FakeVoicevox::toneFrequencyForText(heard[i]);
            QVERIFY2(qAbs(segments[i].frequencyHz - hz) < hz * 0.05,
                     qPrintable(recorder.describe(options)));
        }
        qInfo("%s: %.1f s under Wine; heard %s; RMS %.3f", qPrintable(QFileInfo(exe).fileName()),
              r.seconds, qPrintable(recorder.describe(options)),
              recorder.rms(fromMs, recorder.recordedMs()));
    }

    // Runs an uninstaller; it returns at once and a copy of it does the work: wait for that.
    void uninstall(const QString &dir, const QStringList &args, const QString &key)
    {
        const WineSession::Result r = m_wine->run(dir + u"/Uninstall.exe"_s, args, 60000);
        QVERIFY2(r.finished && r.exitCode == 0, r.err.constData());
        QTRY_VERIFY_WITH_TIMEOUT(!QFileInfo::exists(dir), 60000);
        QTRY_VERIFY_WITH_TIMEOUT(!m_wine->registryKeyExists(key), 30000);
    }

    void install(const QStringList &args)
    {
        const WineSession::Result r = m_wine->run(installer(), args, 120000);
        QVERIFY2(r.finished, "the installer did not finish");
        QVERIFY2(r.exitCode == 0, qPrintable(u"installer exit code %1"_s.arg(r.exitCode)));
        qInfo("installer %s: %.1f s", qPrintable(args.join(u' ')), r.seconds);
    }

    bool credential(const QString &what, const QString &target, const QString &secret = {})
    {
        QStringList args{what, target};
        if (!secret.isEmpty())
            args << secret;
        return m_wine->run(QStringLiteral(CHATVOX_CREDTOOL), args, 30000).exitCode == 0;
    }

private slots:
    void initTestCase()
    {
        if (!QFileInfo::exists(windowsBuild(u"dist/chatvox.exe"_s)))
            QSKIP("no Windows build in " CHATVOX_WINDOWS_BUILD_DIR " (scripts/dev windows)");
        QVERIFY(m_dir.isValid());
        m_wine = std::make_unique<WineSession>();
        QVERIFY2(m_wine->start(), qPrintable(m_wine->errorString()));
    }
    void cleanupTestCase() { m_wine.reset(); }

    void programIsAGuiProgramWithResources()
    {
        const QByteArray exe = readFile(windowsBuild(u"dist/chatvox.exe"_s));
        QCOMPARE(peSubsystem(exe), 2); // no console window when started from the Start menu
        // VERSIONINFO strings (UTF-16) and the manifest's UTF-8 code page.
        QVERIFY(exe.contains(utf16(u"ProductVersion"_s)));
        QVERIFY(exe.contains(utf16(QStringLiteral(CHATVOX_VERSION))));
        QVERIFY(exe.contains("<activeCodePage"));
        for (const char *file :
             {"Qt6Core.dll", "Qt6Network.dll", "Qt6WebSockets.dll", "Qt6Multimedia.dll",
              "Qt6Widgets.dll", "libstdc++-6.dll", "libqt6keychain.dll", "platforms/qwindows.dll",
              "styles/qwindowsvistastyle.dll", "tls/qschannelbackend.dll",
              "multimedia/windowsmediaplugin.dll"})
            QVERIFY2(QFileInfo::exists(windowsBuild(u"dist/"_s + QLatin1StringView(file))), file);
    }

    void versionPrintsToTheTerminal()
    {
        const WineSession::Result r
            = m_wine->run(windowsBuild(u"dist/chatvox.exe"_s), {u"--version"_s});
        QVERIFY(r.finished);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QByteArray("chatvox " CHATVOX_VERSION "\n"));
        qInfo("chatvox.exe --version: %.2f s", r.seconds);
    }

    void badOptionIsReportedOnStderr()
    {
        const WineSession::Result r
            = m_wine->run(windowsBuild(u"dist/chatvox.exe"_s), {u"--no-such-option"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("no-such-option"), r.err.constData());
    }

    // The same decisions, byte for byte, as the Linux build makes (tst_cli's golden file).
    void dryRunDecidesAsOnLinux()
    {
        const QString config = WineSession::windowsPath(m_dir.filePath(u"dry.ini"_s));
        const QString demo
            = QStringLiteral(CHATVOX_SOURCE_DIR) + u"/resources/demo/demo_chat.log"_s;
        const WineSession::Result r
            = m_wine->run(windowsBuild(u"dist/chatvox.exe"_s),
                          {u"--headless"_s, u"--config"_s, config, u"--replay"_s,
                           WineSession::windowsPath(demo), u"--dry-run"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QByteArray expected
            = readFile(QStringLiteral(CHATVOX_TEST_DATA_DIR) + u"/app/demo_dry_run.jsonl"_s);
        QVERIFY(!expected.isEmpty());
        const QList<QByteArray> got = r.out.split('\n');
        const QList<QByteArray> want = expected.split('\n');
        for (qsizetype i = 0; i < std::max(got.size(), want.size()); ++i)
            QCOMPARE(got.value(i), want.value(i));
    }

    void headlessReplaySpeaks()
    {
        const QString config = WineSession::windowsPath(m_dir.filePath(u"speak.ini"_s));
        speaksAReplay(windowsBuild(u"dist/chatvox.exe"_s), {u"--config"_s, config});
    }

    // The desktop program, not headless: its main window and tray icon open and it reads aloud;
    // later starts reach it over the Windows local socket (a named pipe): a command acts on it,
    // a plain start brings it forward, and neither opens a second window.
    void desktopWindowAndSingleInstance()
    {
        FakeVoicevox engine;
        QVERIFY(engine.listen());
        const QString exe = windowsBuild(u"dist/chatvox.exe"_s);
        const QStringList config{u"--config"_s,
                                 WineSession::windowsPath(m_dir.filePath(u"desktop.ini"_s))};
        std::unique_ptr<QProcess> app
            = m_wine->start(exe,
                            config
                                + QStringList{u"--engine"_s, engine.url().toString(), u"--replay"_s,
                                              WineSession::windowsPath(replayLog())});
        QVERIFY(app);
        const auto kill = qScopeGuard([&] {
            app->kill();
            app->waitForFinished(10000);
        });
        QTRY_VERIFY_WITH_TIMEOUT(engine.synthesizedTexts().size() == 3, 90000);
        QTRY_VERIFY_WITH_TIMEOUT(m_wine->windowNames().contains(u"ChatVox"_s), 30000);
        QCOMPARE(app->state(), QProcess::Running);

        const WineSession::Result pause = m_wine->run(exe, config + QStringList{u"--pause"_s});
        QVERIFY2(pause.exitCode == 0, pause.err.constData());
        const WineSession::Result again = m_wine->run(exe, config);
        QVERIFY2(again.exitCode == 0, again.err.constData());
        QByteArray log;
        QTRY_VERIFY_WITH_TIMEOUT(
            (log += app->readAllStandardError()).contains("Request from another start: show"),
            10000);
        QVERIFY2(log.contains("Request from another start: pause"), log.constData());
        const QStringList windows = m_wine->windowNames();
        qInfo() << "top-level windows:" << windows;
        QCOMPARE(windows.count(u"ChatVox"_s), 1);
        QVERIFY(windows.contains(u"QTrayIconMessageWindow"_s)); // Qt's window of the tray icon
        QCOMPARE(app->state(), QProcess::Running);
    }

    void installerInstallsUpgradesAndUninstalls()
    {
        if (!QFileInfo::exists(installer()))
            QSKIP("no installer was built");
        const QString profile = m_wine->userProfile();
        QVERIFY(!profile.isEmpty());
        const QString dir = profile + u"/AppData/Local/Programs/ChatVox"_s;
        const QString startMenu
            = profile + u"/AppData/Roaming/Microsoft/Windows/Start Menu/Programs/ChatVox.lnk"_s;
        const QString desktop = profile + u"/Desktop/ChatVox.lnk"_s;
        const QString settingsDir = profile + u"/AppData/Local/chatvox"_s;
        const QString settings = settingsDir + u"/chatvox.ini"_s;
        const QString login = u"chatvox/test-login"_s;
        const QString twitchLogin = u"chatvox/twitch-user-424242"_s;
        const QString legacyLogin = u"twitch-user-424242"_s; // the name earlier builds wrote
        const QString otherApp = u"twitch-user-777"_s; // another program's, or another account
        const bool credentials = !QStringLiteral(CHATVOX_CREDTOOL).isEmpty();
        if (QFileInfo::exists(dir + u"/Uninstall.exe"_s)) // left by an interrupted run
            uninstall(dir, {u"/S"_s, u"/REMOVESETTINGS"_s}, kUninstallKey);
        QDir(settingsDir).removeRecursively();
        if (credentials)
            QVERIFY(credential(u"write"_s, otherApp, u"not-ours"_s));

        // 1. Per user, no administrator: with autostart, without the desktop shortcut.
        install({u"/S"_s, u"/AUTOSTART"_s, u"/NODESKTOP"_s});
        for (const char *file :
             {"chatvox.exe", "Uninstall.exe", "Qt6Core.dll", "libqt6keychain.dll",
              "platforms/qwindows.dll", "multimedia/windowsmediaplugin.dll"})
            QVERIFY2(QFileInfo::exists(dir + u'/' + QLatin1StringView(file)), file);
        QVERIFY(QFileInfo::exists(startMenu));
        QVERIFY(!QFileInfo::exists(desktop));
        QCOMPARE(m_wine->registryValue(kUninstallKey, u"DisplayVersion"_s),
                 QStringLiteral(CHATVOX_VERSION));
        QCOMPARE(m_wine->registryValue(kUninstallKey, u"Publisher"_s), u"ChatVox developers"_s);
        QVERIFY(
            m_wine->registryValue(kUninstallKey, u"DisplayIcon"_s).endsWith(u"\\chatvox.exe,0"_s));
        QVERIFY(m_wine->registryValue(kUninstallKey, u"UninstallString"_s)
                    .contains(u"Uninstall.exe"_s));
        QVERIFY(m_wine->registryValue(kRunKey, u"ChatVox"_s).contains(u"chatvox.exe"_s));

        // 2. The installed copy speaks (and writes its settings where users have them).
        speaksAReplay(dir + u"/chatvox.exe"_s, {});
        if (QTest::currentTestFailed())
            return;
        QVERIFY(QFileInfo::exists(settings));
        if (credentials) {
            // A saved Twitch login, as QtKeychain names it (after the account in the settings),
            // and an entry named after ChatVox.
            QFile ini(settings);
            QVERIFY(ini.open(QIODevice::Append));
            ini.write("\n[account]\nuserId=424242\nlogin=streamer\n");
            ini.close();
            QVERIFY(credential(u"write"_s, twitchLogin, u"refresh-token"_s));
            QVERIFY(credential(u"write"_s, legacyLogin, u"old-refresh-token"_s));
            QVERIFY(credential(u"write"_s, login, u"s3cret"_s));
        }
        const QByteArray settingsBefore = readFile(settings);

        // 3. Upgrade in place: settings stay, and so do the user's choices.
        install({u"/S"_s});
        QVERIFY(QFileInfo::exists(dir + u"/chatvox.exe"_s));
        QCOMPARE(readFile(settings), settingsBefore);
        QVERIFY(m_wine->registryValue(kRunKey, u"ChatVox"_s).contains(u"chatvox.exe"_s));
        QVERIFY(!QFileInfo::exists(desktop));
        QCOMPARE(m_wine->registryValue(kUninstallKey, u"InstallLocation"_s).replace(u'\\', u'/'),
                 u"C:/users/"_s + QFileInfo(profile).fileName()
                     + u"/AppData/Local/Programs/ChatVox"_s);

        // 4. Uninstall: the program, shortcuts, autostart and Apps & features entry go;
        //    settings and the saved login stay.
        uninstall(dir, {u"/S"_s}, kUninstallKey);
        QVERIFY(!QFileInfo::exists(startMenu));
        QVERIFY(m_wine->registryValue(kRunKey, u"ChatVox"_s).isEmpty());
        QVERIFY(!m_wine->registryKeyExists(u"HKCU\\Software\\ChatVox"_s)); // nothing of ours left
        QCOMPARE(readFile(settings), settingsBefore);
        if (credentials) {
            QVERIFY(credential(u"exists"_s, twitchLogin));
            QVERIFY(credential(u"exists"_s, legacyLogin));
            QVERIFY(credential(u"exists"_s, login));
        }

        // 5. A fresh install has the defaults (desktop shortcut, no autostart); uninstalling with
        //    "remove my settings" removes the settings and the saved login too.
        install({u"/S"_s});
        QVERIFY(QFileInfo::exists(desktop));
        QVERIFY(m_wine->registryValue(kRunKey, u"ChatVox"_s).isEmpty());
        uninstall(dir, {u"/S"_s, u"/REMOVESETTINGS"_s}, kUninstallKey);
        QVERIFY(!QFileInfo::exists(desktop));
        QVERIFY(!QFileInfo::exists(settingsDir));
        if (credentials) {
            QVERIFY(!credential(u"exists"_s, twitchLogin));
            QVERIFY(!credential(u"exists"_s, legacyLogin));
            QVERIFY(!credential(u"exists"_s, login));
            QVERIFY(credential(u"exists"_s, otherApp)); // not ours: left alone
        }
    }

    void installerForEveryone()
    {
        if (!QFileInfo::exists(installer()))
            QSKIP("no installer was built");
        const QString dir = m_wine->prefix() + u"/drive_c/Program Files/ChatVox"_s;
        const QString startMenu = m_wine->prefix()
            + u"/drive_c/ProgramData/Microsoft/Windows/Start Menu/Programs/ChatVox.lnk"_s;
        if (QFileInfo::exists(dir + u"/Uninstall.exe"_s))
            uninstall(dir, {u"/S"_s}, kUninstallKeyAllUsers);
        install({u"/S"_s, u"/ALLUSERS"_s}); // Wine's user is an administrator
        QVERIFY(QFileInfo::exists(dir + u"/chatvox.exe"_s));
        QVERIFY(QFileInfo::exists(startMenu));
        QCOMPARE(m_wine->registryValue(kUninstallKeyAllUsers, u"DisplayVersion"_s),
                 QStringLiteral(CHATVOX_VERSION));
        QVERIFY(!m_wine->registryKeyExists(kUninstallKey));
        const WineSession::Result r = m_wine->run(dir + u"/chatvox.exe"_s, {u"--version"_s});
        QCOMPARE(r.out, QByteArray("chatvox " CHATVOX_VERSION "\n"));
        uninstall(dir, {u"/S"_s}, kUninstallKeyAllUsers);
        QVERIFY(!QFileInfo::exists(startMenu));
    }
};

CHATVOX_AUDIO_TEST_MAIN(TestWindows)
#include "tst_windows.moc"
