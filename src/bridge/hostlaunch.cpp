#include "hostlaunch.h"

#include "bridge/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace chatvox {

namespace {

// Translation context of this file's texts.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(chatvox::HostLaunch)
};

// Writes bytes to path unless it holds them already (keeps the file's time stamp stable).
bool writeIfChanged(const QString &path, const QByteArray &bytes, QString *error)
{
    QFile existing(path);
    if (existing.open(QIODevice::ReadOnly) && existing.readAll() == bytes)
        return true;
    existing.close();
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit()) {
        *error = out.errorString();
        return false;
    }
    return true;
}

bool isWindowsProgram(const QString &path)
{
    return path.endsWith(u".exe", Qt::CaseInsensitive);
}

QString findNativePowerShell(const QString &choice, const QProcessEnvironment &env)
{
#ifdef Q_OS_WIN
    const bool pwsh = choice == u"pwsh";
    const QString name = pwsh ? u"pwsh.exe"_s : u"powershell.exe"_s;
    QString found = QStandardPaths::findExecutable(name);
    if (found.isEmpty()) {
        const QString fixed = pwsh
            ? env.value(u"ProgramFiles"_s, u"C:\\Program Files"_s) + u"\\PowerShell\\7\\pwsh.exe"_s
            : env.value(u"SystemRoot"_s, u"C:\\Windows"_s)
                + u"\\System32\\WindowsPowerShell\\v1.0\\powershell.exe"_s;
        if (QFileInfo(fixed).isFile())
            found = fixed;
    }
    return found;
#else
    Q_UNUSED(choice);
    Q_UNUSED(env);
    return {};
#endif
}

} // namespace

QString HostLaunchPlan::scriptPathForHost(const QString &scriptName) const
{
    return scriptsDirForHost + hostSeparator + scriptName;
}

QString HostLaunchPlan::launchHangProblem(int timeoutMs) const
{
    const int seconds = (timeoutMs + 999) / 1000;
    if (viaWsl)
        return Text::tr(
                   "powershell.exe did not answer within %n second(s). Starting Windows programs "
                   "from WSL can hang (Windows 10 build 19042 did when started from a Linux "
                   "folder; ChatVox starts it from %1). Fix: run \"wsl --shutdown\" in Windows and "
                   "start ChatVox again; if it keeps hanging, update WSL with \"wsl --update\".",
                   nullptr, seconds)
            .arg(QDir::toNativeSeparators(workingDirectory));
    return Text::tr(
               "PowerShell (%1) did not answer within %n second(s). Check that security software "
               "does not block it, or choose another one with \"powershell\" in bridge.json or "
               "--powershell.",
               nullptr, seconds)
        .arg(QDir::toNativeSeparators(program));
}

QStringList hostArguments(const QString &hostScriptForHost, const QString &scriptsDirForHost)
{
    return {u"-NoLogo"_s,          u"-NoProfile"_s,  u"-NonInteractive"_s,
            u"-ExecutionPolicy"_s, u"Bypass"_s,      u"-File"_s,
            hostScriptForHost,     u"-ScriptsDir"_s, scriptsDirForHost};
}

QByteArray hostScriptSource()
{
    QFile f(u":/bridge/host.ps1"_s);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

Result<HostLaunchPlan> prepareHostLaunch(const HostLaunchOptions &options)
{
    HostLaunchPlan plan;
    plan.environment = options.environment;
#ifdef Q_OS_WIN
    const WslEnvironment wsl; // native Windows: never WSL
#else
    const WslEnvironment wsl
        = options.wsl ? *options.wsl : detectWsl(QString(), options.environment);
#endif
    const QString choice = options.powershellChoice.trimmed().isEmpty()
        ? u"powershell"_s
        : options.powershellChoice.trimmed();
    const bool named = choice == u"powershell" || choice == u"pwsh";

    if (!options.powershellOverride.isEmpty()) {
        plan.program = options.powershellOverride;
    } else if (!named) {
        plan.program = choice; // a path the streamer chose
    } else if (wsl.isWsl) {
        if (const QString problem = wslInteropProblem(wsl); !problem.isEmpty())
            return Error{problem};
        plan.program = findWindowsPowerShell(wsl, options.environment, choice == u"pwsh");
        if (plan.program.isEmpty())
            return Error{
                Text::tr("%1 was not found on PATH nor under %2. Is drive C: mounted there "
                         "(see [automount] in /etc/wsl.conf)? Or give its path with "
                         "--powershell.")
                    .arg(choice == u"pwsh" ? u"pwsh.exe"_s : u"powershell.exe"_s,
                         wsl.automountRoot + u"c/"_s)};
    } else {
        plan.program = findNativePowerShell(choice, options.environment);
        if (plan.program.isEmpty()) {
#ifdef Q_OS_WIN
            return Error{
                Text::tr("%1 was not found. Install PowerShell 7 for \"pwsh\", or give the "
                         "program with --powershell.")
                    .arg(choice == u"pwsh" ? u"pwsh.exe"_s : u"powershell.exe"_s)};
#else
            return Error{
                Text::tr("The bridge presses keys on Windows: run ChatVox on Windows, or in "
                         "WSL on the PC that runs the game (--powershell PATH starts another "
                         "program instead).")};
#endif
        }
    }
    if (!QFileInfo(plan.program).isAbsolute()) {
        const QString found = QStandardPaths::findExecutable(plan.program);
        if (!found.isEmpty())
            plan.program = found;
    }
    if (!QFileInfo(plan.program).isFile())
        return Error{Text::tr("The PowerShell program %1 does not exist.")
                         .arg(QDir::toNativeSeparators(plan.program))};

    const QByteArray host = hostScriptSource();
    if (host.isEmpty())
        return Error{Text::tr("host.ps1 is missing from this build of ChatVox.")};
    QString error;
    plan.viaWsl = wsl.isWsl && isWindowsProgram(plan.program);
    if (plan.viaWsl) {
        if (const QString problem = wslInteropProblem(wsl); !problem.isEmpty())
            return Error{problem};
        const QString folder = !options.windowsStagingDir.isEmpty()
            ? options.windowsStagingDir
            : windowsSideBridgeFolder(wsl, options.environment, options.cmdExe);
        const QString scripts = QDir(folder).filePath(u"scripts"_s);
        if (windowsPathFromMount(folder, wsl).isEmpty())
            return Error{
                Text::tr("The folder for host.ps1 (%1) is not on a Windows drive.").arg(folder)};
        if (!QDir().mkpath(scripts))
            return Error{Text::tr("Cannot create the folder %1 on the Windows side.").arg(scripts)};
        plan.hostScript = QDir(folder).filePath(u"host.ps1"_s);
        if (!writeIfChanged(plan.hostScript, host, &error))
            return Error{Text::tr("Cannot write %1: %2").arg(plan.hostScript, error)};
        // Only the scripts the actions name are copied; anything else there is removed, so the
        // Windows-side folder holds exactly the allow-list.
        const QDir scriptsDir(scripts);
        for (const QString &old : scriptsDir.entryList({u"*.ps1"_s}, QDir::Files)) {
            if (!options.scriptNames.contains(old))
                QFile::remove(scriptsDir.filePath(old));
        }
        for (const QString &name : options.scriptNames) {
            QFile source(QDir(options.scriptsFolder).filePath(name));
            if (!source.open(QIODevice::ReadOnly))
                return Error{
                    Text::tr("Cannot read the script %1: %2").arg(name, source.errorString())};
            if (!writeIfChanged(scriptsDir.filePath(name), source.readAll(), &error))
                return Error{Text::tr("Cannot copy the script %1: %2").arg(name, error)};
        }
        plan.hostScriptForHost = toWindowsPath(plan.hostScript, wsl, options.wslpathProgram);
        plan.scriptsDirForHost = toWindowsPath(scripts, wsl, options.wslpathProgram);
        if (plan.hostScriptForHost.isEmpty() || plan.scriptsDirForHost.isEmpty())
            return Error{
                Text::tr("Cannot turn %1 into a Windows path (wslpath failed).").arg(folder)};
        plan.hostSeparator = u'\\';
        // Windows 10 build 19042.782 hung starting Windows programs from a Linux folder.
        plan.workingDirectory = folder;
    } else {
        const QString folder = !options.stagingDir.isEmpty()
            ? options.stagingDir
            : QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + u"/bridge"_s;
        if (!QDir().mkpath(folder))
            return Error{
                Text::tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(folder))};
        plan.hostScript = QDir(folder).filePath(u"host.ps1"_s);
        if (!writeIfChanged(plan.hostScript, host, &error))
            return Error{Text::tr("Cannot write %1: %2")
                             .arg(QDir::toNativeSeparators(plan.hostScript), error)};
        plan.hostScriptForHost = QDir::toNativeSeparators(plan.hostScript);
        plan.scriptsDirForHost = QDir::toNativeSeparators(QDir::cleanPath(options.scriptsFolder));
        plan.hostSeparator = QDir::separator();
        plan.workingDirectory = folder;
    }
    plan.arguments = hostArguments(plan.hostScriptForHost, plan.scriptsDirForHost);
    qCDebug(lcBridge).noquote() << "host launch:" << plan.program << plan.arguments.join(u' ')
                                << "in" << plan.workingDirectory;
    return plan;
}

} // namespace chatvox
