#pragma once

#include "bridge/wslinterop.h"
#include "core/result.h"

#include <optional>

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace chatvox {

// How the PowerShell host is started: program, arguments, folder, and where host.ps1 and the
// allow-listed scripts are as the host sees them.
struct HostLaunchPlan
{
    QString program;
    QStringList arguments;
    QString workingDirectory;
    QProcessEnvironment environment;
    QString hostScript; // host.ps1 on this side (as written by prepareHostLaunch)
    QString hostScriptForHost; // the path passed to -File
    QString scriptsDirForHost; // the path passed to -ScriptsDir
    QChar hostSeparator = u'\\';
    bool viaWsl = false; // a Windows program started from WSL

    // A script of the scripts folder as the host sees it.
    QString scriptPathForHost(const QString &scriptName) const;
    // Cause and fix when the host does not print its ready line in time.
    QString launchHangProblem(int timeoutMs) const;
};

struct HostLaunchOptions
{
    QString powershellOverride; // --powershell PATH
    QString powershellChoice; // bridge.json "powershell": "powershell", "pwsh" or a path
    QString scriptsFolder; // the allow-listed folder (this side)
    QStringList scriptNames; // scripts the actions use (copied to the Windows side from WSL)
    QString stagingDir; // where host.ps1 is written; empty: <app data>/bridge
    QString windowsStagingDir; // WSL: Linux path of a folder on a Windows drive; empty: ask
    QString wslpathProgram; // tests
    QString cmdExe; // tests
    std::optional<WslEnvironment> wsl; // empty: detectWsl()
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
};

// The arguments every host start gets (after the program).
QStringList hostArguments(const QString &hostScriptForHost, const QString &scriptsDirForHost);

// Finds PowerShell, writes host.ps1 (from the resources) and, from WSL, copies it and the
// scripts to a Windows-side folder; returns how to start it, or the cause and fix for the user
// when it cannot be started (no Windows, interop off, PowerShell not found, ...).
Result<HostLaunchPlan> prepareHostLaunch(const HostLaunchOptions &options);

// host.ps1 as shipped (resources/bridge/host.ps1).
QByteArray hostScriptSource();

} // namespace chatvox
