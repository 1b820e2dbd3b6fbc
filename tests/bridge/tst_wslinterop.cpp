#include "bridge/hostlaunch.h"
#include "bridge/powershellhost.h"
#include "bridge/wslinterop.h"
#include "fakepowershell.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace chatvox;
using chatvox::test::FakePowerShell;
using Interop = WslEnvironment::Interop;

namespace {

bool writeFile(const QString &path, const QByteArray &bytes, bool executable = false)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        return false;
    f.close();
    if (executable)
        f.setPermissions(f.permissions() | QFile::ExeOwner | QFile::ExeUser);
    return true;
}

QProcessEnvironment envWith(std::initializer_list<std::pair<QString, QString>> vars)
{
    QProcessEnvironment env;
    for (const auto &[k, v] : vars)
        env.insert(k, v);
    return env;
}

// A fake tree standing for / of a WSL distro.
class FakeRoot
{
public:
    QString path() const { return m_dir.path(); }
    QString at(const QString &abs) const { return m_dir.path() + abs; }
    bool write(const QString &abs, const QByteArray &bytes, bool executable = false) const
    {
        return writeFile(at(abs), bytes, executable);
    }
    // wslpath -w for this fake root: <root>/mnt/c/x/y → C:\x\y
    QString fakeWslpath() const
    {
        const QString script = m_dir.filePath(u"bin/wslpath"_s);
        writeFile(script,
                  ("#!/bin/sh\n[ \"$1\" = -w ] || exit 1\n"
                   "printf '%s\\n' \"$2\" | sed -e 's|^"
                   + path().toUtf8() + "/mnt/c/|C:\\\\|' -e 's|/|\\\\|g'\n"),
                  true);
        return script;
    }

private:
    QTemporaryDir m_dir;
};

} // namespace

class TestWslInterop : public QObject
{
    Q_OBJECT
private slots:
    void plainLinuxIsNotWsl()
    {
        FakeRoot root;
        QVERIFY(root.write(u"/proc/sys/kernel/osrelease"_s, "6.1.0-18-amd64\n"));
        const WslEnvironment wsl = detectWsl(root.path(), envWith({{u"PATH"_s, u"/usr/bin"_s}}));
        QVERIFY(!wsl.isWsl);
        QVERIFY(wslInteropProblem(wsl).isEmpty());
    }

    void detection_data()
    {
        QTest::addColumn<QByteArray>("binfmt"); // empty: no WSLInterop entry
        QTest::addColumn<QByteArray>("binfmtLate");
        QTest::addColumn<QByteArray>("wslConf");
        QTest::addColumn<QString>("distro");
        QTest::addColumn<QByteArray>("osrelease");
        QTest::addColumn<bool>("isWsl");
        QTest::addColumn<int>("interop");
        QTest::addColumn<QString>("fixMentions");

        const QByteArray enabled = "enabled\ninterpreter /init\nflags: PF\noffset 0\nmagic 4d5a\n";
        QTest::newRow("wsl2 default") << enabled << QByteArray() << QByteArray() << u"Ubuntu"_s
                                      << QByteArray("5.15.153.1-microsoft-standard-WSL2\n") << true
                                      << int(Interop::Enabled) << QString();
        QTest::newRow("late registration")
            << QByteArray() << enabled << QByteArray() << u"Debian"_s << QByteArray() << true
            << int(Interop::Enabled) << QString();
        QTest::newRow("only the kernel says so")
            << enabled << QByteArray() << QByteArray() << QString()
            << QByteArray("4.4.0-19041-Microsoft\n") << true << int(Interop::Enabled) << QString();
        QTest::newRow("interop off in wsl.conf")
            << QByteArray() << QByteArray() << QByteArray("[interop]\nenabled=false\n")
            << u"Ubuntu"_s << QByteArray() << true << int(Interop::DisabledInConfig)
            << u"[interop] enabled=false"_s;
        QTest::newRow("wsl.conf spaced, upper case, comments")
            << QByteArray() << QByteArray()
            << QByteArray("# my settings\n[boot]\nsystemd=true\n\n[ Interop ]\n"
                          "Enabled = FALSE   # no Windows programs\nappendWindowsPath=false\n")
            << u"Ubuntu"_s << QByteArray() << true << int(Interop::DisabledInConfig)
            << u"wsl --shutdown"_s;
        QTest::newRow("enabled=false of another section")
            << enabled << QByteArray() << QByteArray("[automount]\nenabled=false\n") << u"Ubuntu"_s
            << QByteArray() << true << int(Interop::Enabled) << QString();
        QTest::newRow("switched off at run time")
            << QByteArray("disabled\ninterpreter /init\n") << QByteArray() << QByteArray()
            << u"Ubuntu"_s << QByteArray() << true << int(Interop::DisabledAtRuntime)
            << u"echo 1 | sudo tee /proc/sys/fs/binfmt_misc/WSLInterop"_s;
        QTest::newRow("handler missing (systemd-binfmt)")
            << QByteArray() << QByteArray() << QByteArray() << u"Ubuntu"_s << QByteArray() << true
            << int(Interop::Missing) << u"binfmt.d/WSLInterop.conf"_s;
    }
    void detection()
    {
        QFETCH(QByteArray, binfmt);
        QFETCH(QByteArray, binfmtLate);
        QFETCH(QByteArray, wslConf);
        QFETCH(QString, distro);
        QFETCH(QByteArray, osrelease);
        QFETCH(bool, isWsl);
        QFETCH(int, interop);
        QFETCH(QString, fixMentions);
        FakeRoot root;
        QVERIFY(QDir().mkpath(root.at(u"/proc/sys/fs/binfmt_misc"_s)));
        if (!binfmt.isEmpty())
            QVERIFY(root.write(u"/proc/sys/fs/binfmt_misc/WSLInterop"_s, binfmt));
        if (!binfmtLate.isEmpty())
            QVERIFY(root.write(u"/proc/sys/fs/binfmt_misc/WSLInterop-late"_s, binfmtLate));
        if (!wslConf.isEmpty())
            QVERIFY(root.write(u"/etc/wsl.conf"_s, wslConf));
        if (!osrelease.isEmpty())
            QVERIFY(root.write(u"/proc/sys/kernel/osrelease"_s, osrelease));
        QProcessEnvironment env;
        if (!distro.isEmpty())
            env.insert(u"WSL_DISTRO_NAME"_s, distro);
        const WslEnvironment wsl = detectWsl(root.path(), env);
        QCOMPARE(wsl.isWsl, isWsl);
        QCOMPARE(wsl.distro, distro);
        QCOMPARE(int(wsl.interop), interop);
        const QString problem = wslInteropProblem(wsl);
        QCOMPARE(problem.isEmpty(), fixMentions.isEmpty());
        QVERIFY2(problem.contains(fixMentions), qPrintable(problem));
    }

    void findsPowerShell()
    {
        FakeRoot root;
        const QString fixed = u"/mnt/c/Windows/System32/WindowsPowerShell/v1.0/powershell.exe"_s;
        QVERIFY(root.write(fixed, "MZ", true));
        WslEnvironment wsl;
        wsl.isWsl = true;
        wsl.root = root.path();
        // Not on PATH (appendWindowsPath=false): the fixed place under the C: mount.
        QCOMPARE(findWindowsPowerShell(wsl, envWith({{u"PATH"_s, u"/usr/bin"_s}}), false),
                 root.at(fixed));
        // On PATH first.
        QVERIFY(root.write(u"/winpath/powershell.exe"_s, "MZ", true));
        QCOMPARE(findWindowsPowerShell(wsl, envWith({{u"PATH"_s, root.at(u"/winpath"_s)}}), false),
                 root.at(u"/winpath/powershell.exe"_s));
        // pwsh.exe only where it is installed.
        QVERIFY(findWindowsPowerShell(wsl, QProcessEnvironment(), true).isEmpty());
        QVERIFY(root.write(u"/mnt/c/Program Files/PowerShell/7/pwsh.exe"_s, "MZ", true));
        QCOMPARE(findWindowsPowerShell(wsl, QProcessEnvironment(), true),
                 root.at(u"/mnt/c/Program Files/PowerShell/7/pwsh.exe"_s));
        // A different automount root from wsl.conf.
        QVERIFY(root.write(u"/etc/wsl.conf"_s, "[automount]\nroot = /win/\n"));
        QVERIFY(root.write(u"/proc/sys/fs/binfmt_misc/WSLInterop"_s, "enabled\n"));
        const WslEnvironment moved = detectWsl(root.path(), QProcessEnvironment());
        QCOMPARE(moved.automountRoot, u"/win/"_s);
        QVERIFY(findWindowsPowerShell(moved, QProcessEnvironment(), false).isEmpty());
        QVERIFY(root.write(u"/win/c/Windows/System32/WindowsPowerShell/v1.0/powershell.exe"_s, "MZ",
                           true));
        QVERIFY(!findWindowsPowerShell(moved, QProcessEnvironment(), false).isEmpty());
    }

    void pathConversions()
    {
        WslEnvironment wsl;
        wsl.isWsl = true;
        QCOMPARE(windowsPathFromMount(u"/mnt/c/Users/ユーザー/AppData/x.ps1"_s, wsl),
                 u"C:\\Users\\ユーザー\\AppData\\x.ps1"_s);
        QCOMPARE(windowsPathFromMount(u"/mnt/d"_s, wsl), u"D:\\"_s);
        QVERIFY(windowsPathFromMount(u"/home/me/x.ps1"_s, wsl).isEmpty());
        QVERIFY(windowsPathFromMount(u"/mnt/wsl/x"_s, wsl).isEmpty());
        QCOMPARE(mountPathFromWindows(u"C:\\Users\\me\\AppData\\Local"_s, wsl),
                 u"/mnt/c/Users/me/AppData/Local"_s);
        QVERIFY(mountPathFromWindows(u"\\\\server\\share"_s, wsl).isEmpty());
        wsl.root = u"/tmp/root"_s;
        QCOMPARE(windowsPathFromMount(u"/tmp/root/mnt/c/x"_s, wsl), u"C:\\x"_s);
        QCOMPARE(mountPathFromWindows(u"c:\\x"_s, wsl), u"/tmp/root/mnt/c/x"_s);
    }

    void wslpathIsUsedAndHasAFallback()
    {
        FakeRoot root;
        WslEnvironment wsl;
        wsl.isWsl = true;
        wsl.root = root.path();
        const QString wslpath = root.fakeWslpath();
        QCOMPARE(toWindowsPath(root.at(u"/mnt/c/a/b.ps1"_s), wsl, wslpath), u"C:\\a\\b.ps1"_s);
        // wslpath failing: the mount rule still gives the path.
        QVERIFY(root.write(u"/bin/broken"_s, "#!/bin/sh\nexit 1\n", true));
        QCOMPARE(toWindowsPath(root.at(u"/mnt/c/a/b.ps1"_s), wsl, root.at(u"/bin/broken"_s)),
                 u"C:\\a\\b.ps1"_s);
    }

    void asksWindowsForTheFolderFromUnderTheCDrive()
    {
        FakeRoot root;
        WslEnvironment wsl;
        wsl.isWsl = true;
        wsl.root = root.path();
        QVERIFY(QDir().mkpath(root.at(u"/mnt/c/Users/tester/AppData/Local"_s)));
        const QString cwdFile = root.at(u"/cmd-cwd"_s);
        QVERIFY(root.write(u"/bin/cmd.exe"_s,
                           "#!/bin/sh\npwd > '" + cwdFile.toUtf8()
                               + "'\nprintf 'C:\\\\Users\\\\tester\\\\AppData\\\\Local\\r\\n'\n",
                           true));
        QCOMPARE(windowsSideBridgeFolder(wsl, QProcessEnvironment(), root.at(u"/bin/cmd.exe"_s)),
                 root.at(u"/mnt/c/Users/tester/AppData/Local/chatvox/bridge"_s));
        QFile cwd(cwdFile);
        QVERIFY(cwd.open(QIODevice::ReadOnly));
        QCOMPARE(QDir(QString::fromUtf8(cwd.readAll().trimmed())).canonicalPath(),
                 QDir(root.at(u"/mnt/c"_s)).canonicalPath());
        // cmd.exe hanging: a timeout, then a fallback folder, not a wait forever.
        QVERIFY(root.write(u"/bin/hang.exe"_s, "#!/bin/sh\nexec sleep 30\n", true));
        QCOMPARE(
            windowsSideBridgeFolder(wsl, QProcessEnvironment(), root.at(u"/bin/hang.exe"_s), 300),
            root.at(u"/mnt/c/Users/Public/chatvox/bridge"_s));
    }

    void launchFromWslUsesWindowsPathsAndAFolderUnderC()
    {
        FakeRoot root;
        QVERIFY(root.write(u"/proc/sys/fs/binfmt_misc/WSLInterop"_s, "enabled\n"));
        // The stand-in plays powershell.exe at its fixed place.
        const QString ps = u"/mnt/c/Windows/System32/WindowsPowerShell/v1.0/powershell.exe"_s;
        QVERIFY(QDir().mkpath(QFileInfo(root.at(ps)).absolutePath()));
        QVERIFY(QFile::link(FakePowerShell::program(), root.at(ps)));
        const QString scripts = root.at(u"/home/me/.config/chatvox/bridge-scripts"_s);
        QVERIFY(writeFile(scripts + u"/lights.ps1"_s, "param($Color)\n"));
        const QString staging = root.at(u"/mnt/c/Users/tester/AppData/Local/chatvox/bridge"_s);
        QVERIFY(writeFile(staging + u"/scripts/stale.ps1"_s, "old\n"));

        FakePowerShell fake;
        HostLaunchOptions o;
        o.scriptsFolder = scripts;
        o.scriptNames = {u"lights.ps1"_s};
        o.windowsStagingDir = staging;
        o.wslpathProgram = root.fakeWslpath();
        QProcessEnvironment env = fake.environment();
        env.insert(u"WSL_DISTRO_NAME"_s, u"Ubuntu"_s);
        env.insert(u"PATH"_s, u"/usr/bin:/bin"_s);
        o.environment = env;
        o.wsl = detectWsl(root.path(), env);
        QVERIFY(o.wsl->isWsl);
        const Result<HostLaunchPlan> plan = prepareHostLaunch(o);
        QVERIFY2(plan.ok(), qPrintable(plan.error()));
        QVERIFY(plan->viaWsl);
        QCOMPARE(plan->program, root.at(ps));
        const QString hostWin = u"C:\\Users\\tester\\AppData\\Local\\chatvox\\bridge\\host.ps1"_s;
        const QString scriptsWin = u"C:\\Users\\tester\\AppData\\Local\\chatvox\\bridge\\scripts"_s;
        QCOMPARE(
            plan->arguments,
            (QStringList{u"-NoLogo"_s, u"-NoProfile"_s, u"-NonInteractive"_s, u"-ExecutionPolicy"_s,
                         u"Bypass"_s, u"-File"_s, hostWin, u"-ScriptsDir"_s, scriptsWin}));
        QCOMPARE(plan->workingDirectory, staging);
        QCOMPARE(plan->scriptPathForHost(u"lights.ps1"_s), scriptsWin + u"\\lights.ps1"_s);
        // host.ps1 and the allow-listed script are on the Windows side; nothing else is.
        QVERIFY(QFileInfo(staging + u"/host.ps1"_s).isFile());
        QVERIFY(QFileInfo(staging + u"/scripts/lights.ps1"_s).isFile());
        QVERIFY(!QFileInfo::exists(staging + u"/scripts/stale.ps1"_s));

        // Started from that folder with those arguments.
        PowerShellHost host;
        host.setPlan(plan.value());
        QSignalSpy ready(&host, &PowerShellHost::ready);
        QSignalSpy finished(&host, &PowerShellHost::requestFinished);
        host.start();
        QVERIFY(ready.wait(10000));
        HostRequest script;
        script.op = HostRequest::Op::Script;
        script.scriptName = u"lights.ps1"_s;
        script.args = {u"Red"_s};
        script.scriptTimeoutMs = 1000;
        host.submit(script);
        QVERIFY(finished.wait(10000));
        const QJsonObject start = fake.starts().constFirst();
        QCOMPARE(QDir(start.value(u"cwd").toString()).canonicalPath(),
                 QDir(staging).canonicalPath());
        QCOMPARE(start.value(u"argv").toArray().at(7).toString(), hostWin);
        QCOMPARE(fake.requests().constFirst().value(u"path").toString(),
                 scriptsWin + u"\\lights.ps1"_s);
        host.stop();
    }

    void launchRefusedWhenInteropIsOff()
    {
        FakeRoot root;
        QVERIFY(root.write(u"/etc/wsl.conf"_s, "[interop]\nenabled=false\n"));
        QVERIFY(root.write(u"/mnt/c/Windows/System32/WindowsPowerShell/v1.0/powershell.exe"_s, "MZ",
                           true));
        HostLaunchOptions o;
        o.environment = envWith({{u"WSL_DISTRO_NAME"_s, u"Ubuntu"_s}});
        o.wsl = detectWsl(root.path(), o.environment);
        o.windowsStagingDir = root.at(u"/mnt/c/Users/t/chatvox"_s);
        const Result<HostLaunchPlan> plan = prepareHostLaunch(o);
        QVERIFY(!plan);
        QVERIFY2(plan.error().contains(u"[interop] enabled=false"_s), qPrintable(plan.error()));
        QVERIFY(!QFileInfo::exists(o.windowsStagingDir)); // nothing was even written
    }

    void launchThatHangsOnWslSaysWhyAndHowToFixIt()
    {
        HostLaunchPlan plan;
        plan.viaWsl = true;
        plan.workingDirectory = u"/mnt/c/Users/t/AppData/Local/chatvox/bridge"_s;
        const QString text = plan.launchHangProblem(20000);
        QVERIFY2(text.contains(u"19042"_s), qPrintable(text));
        QVERIFY(text.contains(u"wsl --shutdown"_s));
        QVERIFY(text.contains(plan.workingDirectory));

        // And the host really reports it when powershell.exe never answers.
        FakePowerShell fake;
        fake.set("NO_READY", u"1"_s);
        plan.program = FakePowerShell::program();
        plan.arguments = hostArguments(u"C:\\x\\host.ps1"_s, u"C:\\x\\scripts"_s);
        plan.workingDirectory = fake.dir();
        plan.environment = fake.environment();
        PowerShellHost host;
        PowerShellHost::Timing t;
        t.readyTimeoutMs = 200;
        host.setTiming(t);
        host.setPlan(plan);
        QSignalSpy problems(&host, &PowerShellHost::problem);
        host.start();
        QVERIFY(problems.wait(5000));
        QVERIFY2(problems[0][0].toString().contains(u"wsl --shutdown"_s),
                 qPrintable(problems[0][0].toString()));
        host.kill(u"test over"_s);
    }
};

QTEST_GUILESS_MAIN(TestWslInterop)
#include "tst_wslinterop.moc"
