#include "console.h"

#include <QByteArray>
#include <QtGlobal>

#ifdef Q_OS_WIN
#    include <cstdio>
#    include <windows.h>
#endif

namespace chatvox {

#ifdef Q_OS_WIN
namespace {

bool isUsable(DWORD which)
{
    const HANDLE handle = GetStdHandle(which);
    return handle != nullptr && handle != INVALID_HANDLE_VALUE
        && GetFileType(handle) != FILE_TYPE_UNKNOWN;
}

void reopen(FILE *stream, const char *device, const char *mode)
{
    FILE *reopened = nullptr;
    if (freopen_s(&reopened, device, mode, stream) == 0 && reopened)
        setvbuf(reopened, nullptr, _IONBF, 0); // a console shows each line as it comes
}

} // namespace

void attachToParentConsole()
{
    const bool out = isUsable(STD_OUTPUT_HANDLE);
    const bool err = isUsable(STD_ERROR_HANDLE);
    const bool in = isUsable(STD_INPUT_HANDLE);
    // Qt sends a GUI program's log to the debugger unless a console is attached; a redirected
    // stderr (a pipe, a log file) is where the user looks for it.
    if (err && !qEnvironmentVariableIsSet("QT_FORCE_STDERR_LOGGING"))
        qputenv("QT_FORCE_STDERR_LOGGING", QByteArrayLiteral("1"));
    // Attach even when every stream is redirected: Ctrl+C in the terminal then reaches us.
    if (!AttachConsole(ATTACH_PARENT_PROCESS))
        return; // started from Explorer, or the parent has no console
    if (!out)
        reopen(stdout, "CONOUT$", "w");
    if (!err)
        reopen(stderr, "CONOUT$", "w");
    if (!in)
        reopen(stdin, "CONIN$", "r");
}
#else
void attachToParentConsole() { }
#endif

} // namespace chatvox
