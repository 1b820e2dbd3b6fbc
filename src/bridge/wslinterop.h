#pragma once

#include <QProcessEnvironment>
#include <QString>

namespace chatvox {

// What ChatVox needs to know about the Windows Subsystem for Linux it may run in. Every path is
// read below `root` ("" on a real system; a fake tree in tests), and the environment is passed
// in, so detection is tested against a fake /proc, /etc/wsl.conf and environment.
struct WslEnvironment
{
    enum class Interop {
        Enabled,
        DisabledInConfig, // /etc/wsl.conf: [interop] enabled=false
        DisabledAtRuntime, // /proc/sys/fs/binfmt_misc/WSLInterop says "disabled"
        Missing, // no WSLInterop binfmt handler (e.g. removed by systemd-binfmt)
    };

    bool isWsl = false;
    QString distro; // WSL_DISTRO_NAME
    Interop interop = Interop::Enabled;
    bool appendWindowsPath = true; // [interop] appendWindowsPath
    QString automountRoot = QStringLiteral("/mnt/"); // [automount] root, with a trailing '/'
    QString root; // prefix of every Linux path (tests)

    // root + path, for a Linux absolute path.
    QString local(const QString &absolutePath) const { return root + absolutePath; }
};

WslEnvironment detectWsl(const QString &root = QString(),
                         const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());

// The user-facing cause and fix when Windows programs cannot be started; empty when they can.
QString wslInteropProblem(const WslEnvironment &wsl);

// powershell.exe (or pwsh.exe) as WSL sees it: on PATH first, then at its fixed place under
// the C: mount. Empty when not found.
QString findWindowsPowerShell(const WslEnvironment &wsl, const QProcessEnvironment &env, bool pwsh);

// What `wslpath -w` gives for a path under a drive mount: /mnt/c/Users/x → C:\Users\x.
// Empty when the path is not under the automount root (root-prefixed paths are understood).
QString windowsPathFromMount(const QString &linuxPath, const WslEnvironment &wsl);
// The reverse: C:\Users\x → /mnt/c/Users/x (root-prefixed). Empty for a non-drive path.
QString mountPathFromWindows(const QString &windowsPath, const WslEnvironment &wsl);

// Runs `wslpath -w linuxPath`; falls back to windowsPathFromMount() when wslpath is missing or
// fails. wslpathProgram: empty = "wslpath" on PATH.
QString toWindowsPath(const QString &linuxPath, const WslEnvironment &wsl,
                      const QString &wslpathProgram = QString());

// The Windows-side folder for host.ps1 (%LOCALAPPDATA%\chatvox\bridge), as a Linux path,
// asking Windows through cmd.exe (started from under the C: mount, with a timeout). Falls back
// to C:\Users\Public\chatvox\bridge. cmdExe: empty = cmd.exe on PATH or under System32.
QString windowsSideBridgeFolder(const WslEnvironment &wsl, const QProcessEnvironment &env,
                                const QString &cmdExe = QString(), int timeoutMs = 5000);

} // namespace chatvox
