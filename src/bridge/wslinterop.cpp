#include "wslinterop.h"

#include "bridge/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace chatvox {

namespace {

// Translation context of this file's texts.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(chatvox::WslInterop)
};

QByteArray readSmallFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.read(64 * 1024) : QByteArray();
}

// wsl.conf is an INI file: [section], key = value, '#' or ';' comments, values may be quoted.
QString wslConfValue(const QByteArray &conf, QStringView section, QStringView key)
{
    QString current;
    for (const QByteArray &rawLine : conf.split('\n')) {
        QString line = QString::fromUtf8(rawLine).trimmed();
        const qsizetype hash = line.indexOf(u'#');
        if (hash >= 0)
            line = line.left(hash).trimmed();
        if (line.isEmpty() || line.startsWith(u';'))
            continue;
        if (line.startsWith(u'[') && line.endsWith(u']')) {
            current = line.mid(1, line.size() - 2).trimmed();
            continue;
        }
        const qsizetype eq = line.indexOf(u'=');
        if (eq < 0 || current.compare(section, Qt::CaseInsensitive) != 0)
            continue;
        if (line.left(eq).trimmed().compare(key, Qt::CaseInsensitive) != 0)
            continue;
        QString value = line.mid(eq + 1).trimmed();
        if (value.size() >= 2 && (value.startsWith(u'"') || value.startsWith(u'\''))
            && value.endsWith(value.front()))
            value = value.mid(1, value.size() - 2);
        return value;
    }
    return {};
}

bool isFalse(const QString &value)
{
    const QString v = value.trimmed().toLower();
    return v == u"false" || v == u"0" || v == u"no" || v == u"off";
}

QString findOnPath(const QProcessEnvironment &env, const QString &name)
{
    const QStringList dirs = env.value(u"PATH"_s).split(u':', Qt::SkipEmptyParts);
    for (const QString &dir : dirs) {
        const QFileInfo fi(QDir(dir).filePath(name));
        if (fi.isFile() && fi.isExecutable())
            return fi.absoluteFilePath();
    }
    return {};
}

} // namespace

WslEnvironment detectWsl(const QString &root, const QProcessEnvironment &env)
{
    WslEnvironment wsl;
    wsl.root = root;
    wsl.distro = env.value(u"WSL_DISTRO_NAME"_s);
    const QString binfmt = wsl.local(u"/proc/sys/fs/binfmt_misc/WSLInterop"_s);
    const QString binfmtLate = binfmt + u"-late"_s; // newer WSL registers it late
    const QString handler = QFileInfo::exists(binfmt)
        ? binfmt
        : (QFileInfo::exists(binfmtLate) ? binfmtLate : QString());
    const QByteArray osrelease = readSmallFile(wsl.local(u"/proc/sys/kernel/osrelease"_s));
    wsl.isWsl = !wsl.distro.isEmpty() || !handler.isEmpty()
        || osrelease.toLower().contains("microsoft") || osrelease.contains("WSL");
    if (!wsl.isWsl)
        return wsl;

    const QByteArray conf = readSmallFile(wsl.local(u"/etc/wsl.conf"_s));
    if (isFalse(wslConfValue(conf, u"interop", u"appendWindowsPath")))
        wsl.appendWindowsPath = false;
    QString mountRoot = wslConfValue(conf, u"automount", u"root");
    if (!mountRoot.isEmpty()) {
        if (!mountRoot.endsWith(u'/'))
            mountRoot += u'/';
        wsl.automountRoot = mountRoot;
    }
    if (isFalse(wslConfValue(conf, u"interop", u"enabled"))) {
        wsl.interop = WslEnvironment::Interop::DisabledInConfig;
    } else if (handler.isEmpty()) {
        wsl.interop = WslEnvironment::Interop::Missing;
    } else if (readSmallFile(handler).trimmed().startsWith("disabled")) {
        wsl.interop = WslEnvironment::Interop::DisabledAtRuntime;
    }
    return wsl;
}

QString wslInteropProblem(const WslEnvironment &wsl)
{
    if (!wsl.isWsl)
        return {};
    switch (wsl.interop) {
    case WslEnvironment::Interop::Enabled:
        return {};
    case WslEnvironment::Interop::DisabledInConfig:
        return Text::tr(
            "Windows programs cannot be started from this WSL: /etc/wsl.conf turns interop "
            "off ([interop] enabled=false), so the bridge cannot reach PowerShell. Fix: set "
            "enabled=true in the [interop] section (or remove the line), run "
            "\"wsl --shutdown\" in Windows, and open the WSL terminal again.");
    case WslEnvironment::Interop::DisabledAtRuntime:
        return Text::tr(
            "Windows interop is switched off in this WSL session "
            "(/proc/sys/fs/binfmt_misc/WSLInterop says disabled), so the bridge cannot "
            "reach PowerShell. Fix: run \"echo 1 | sudo tee "
            "/proc/sys/fs/binfmt_misc/WSLInterop\", or restart WSL with \"wsl --shutdown\".");
    case WslEnvironment::Interop::Missing:
        return Text::tr(
            "This WSL has no WSLInterop handler in /proc/sys/fs/binfmt_misc (systemd-binfmt "
            "can remove it), so Windows programs do not start and the bridge cannot reach "
            "PowerShell. Fix: run \"sudo sh -c 'echo :WSLInterop:M::MZ::/init:PF > "
            "/usr/lib/binfmt.d/WSLInterop.conf'\", then \"wsl --shutdown\" in Windows, and "
            "open WSL again.");
    }
    return {};
}

QString findWindowsPowerShell(const WslEnvironment &wsl, const QProcessEnvironment &env, bool pwsh)
{
    const QString name = pwsh ? u"pwsh.exe"_s : u"powershell.exe"_s;
    const QString onPath = findOnPath(env, name);
    if (!onPath.isEmpty())
        return onPath;
    const QString drive = wsl.local(wsl.automountRoot + u"c/"_s);
    const QString fixed = pwsh
        ? drive + u"Program Files/PowerShell/7/pwsh.exe"_s
        : drive + u"Windows/System32/WindowsPowerShell/v1.0/powershell.exe"_s;
    return QFileInfo(fixed).isFile() ? fixed : QString();
}

QString windowsPathFromMount(const QString &linuxPath, const WslEnvironment &wsl)
{
    const QString prefix = wsl.local(wsl.automountRoot);
    const QString path = QDir::cleanPath(linuxPath);
    if (!path.startsWith(prefix))
        return {};
    const QString rest = path.mid(prefix.size()); // "c/Users/x" or "c"
    if (rest.isEmpty() || !rest.at(0).isLetter() || (rest.size() > 1 && rest.at(1) != u'/'))
        return {};
    QString win = rest.at(0).toUpper() + u":\\"_s + rest.mid(2);
    win.replace(u'/', u'\\');
    return win;
}

QString mountPathFromWindows(const QString &windowsPath, const WslEnvironment &wsl)
{
    const QString p = windowsPath.trimmed();
    if (p.size() < 2 || !p.at(0).isLetter() || p.at(1) != u':')
        return {};
    QString rest = p.mid(2);
    rest.replace(u'\\', u'/');
    if (rest.startsWith(u'/'))
        rest.remove(0, 1);
    return QDir::cleanPath(wsl.local(wsl.automountRoot) + p.at(0).toLower() + u'/' + rest);
}

QString toWindowsPath(const QString &linuxPath, const WslEnvironment &wsl,
                      const QString &wslpathProgram)
{
    const QString program = wslpathProgram.isEmpty() ? u"wslpath"_s : wslpathProgram;
    if (wsl.root.isEmpty() || !wslpathProgram.isEmpty()) {
        QProcess p;
        p.start(program, {u"-w"_s, linuxPath});
        if (p.waitForFinished(3000) && p.exitStatus() == QProcess::NormalExit
            && p.exitCode() == 0) {
            const QString out = QString::fromUtf8(p.readAllStandardOutput()).trimmed();
            if (!out.isEmpty() && !out.contains(u'\n'))
                return out;
        }
        if (p.state() != QProcess::NotRunning) {
            p.kill();
            p.waitForFinished(1000);
        }
        qCDebug(lcBridge) << "wslpath did not convert" << linuxPath << "- converting it myself";
    }
    return windowsPathFromMount(linuxPath, wsl);
}

QString windowsSideBridgeFolder(const WslEnvironment &wsl, const QProcessEnvironment &env,
                                const QString &cmdExe, int timeoutMs)
{
    const QString fallback = wsl.local(wsl.automountRoot + u"c/Users/Public/chatvox/bridge"_s);
    QString cmd = cmdExe;
    if (cmd.isEmpty())
        cmd = findOnPath(env, u"cmd.exe"_s);
    if (cmd.isEmpty()) {
        const QString fixed = wsl.local(wsl.automountRoot + u"c/Windows/System32/cmd.exe"_s);
        if (QFileInfo(fixed).isFile())
            cmd = fixed;
    }
    if (cmd.isEmpty())
        return fallback;
    QProcess p;
    // From a Linux folder cmd.exe complains about UNC paths and some Windows builds hang.
    p.setWorkingDirectory(wsl.local(wsl.automountRoot + u"c/"_s));
    p.start(cmd, {u"/d"_s, u"/c"_s, u"echo %LOCALAPPDATA%"_s});
    QString local;
    if (p.waitForFinished(timeoutMs) && p.exitCode() == 0)
        local = mountPathFromWindows(
            QString::fromUtf8(p.readAllStandardOutput()).section(u'\n', 0, 0).trimmed(), wsl);
    if (p.state() != QProcess::NotRunning) {
        p.kill();
        p.waitForFinished(1000);
    }
    if (local.isEmpty() || !QFileInfo(local).isDir()) {
        qCInfo(lcBridge).noquote() << "cannot ask Windows for %LOCALAPPDATA%; using" << fallback;
        return fallback;
    }
    return QDir(local).filePath(u"chatvox/bridge"_s);
}

} // namespace chatvox
