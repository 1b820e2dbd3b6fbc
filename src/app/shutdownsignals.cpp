#include "shutdownsignals.h"

#include "app/logging.h"

#include <QCoreApplication>
#include <QPointer>

#ifdef Q_OS_WIN
#    include <windows.h>
#else
#    include <csignal>
#    include <sys/socket.h>
#    include <unistd.h>

#    include <QSocketNotifier>
#endif

namespace chatvox {

namespace {
QPointer<ShutdownSignals> g_instance; // the handler is process-wide by nature
#ifdef Q_OS_WIN
BOOL WINAPI consoleHandler(DWORD type)
{
    if (type == CTRL_C_EVENT || type == CTRL_BREAK_EVENT || type == CTRL_CLOSE_EVENT
        || type == CTRL_SHUTDOWN_EVENT) {
        if (ShutdownSignals *s = g_instance.data()) {
            QMetaObject::invokeMethod(
                s, [s, type] { emit s->shutdownRequested(int(type)); }, Qt::QueuedConnection);
            return TRUE;
        }
    }
    return FALSE;
}
#else
int g_pipe[2] = {-1, -1};
QSocketNotifier *g_notifier = nullptr;
void posixHandler(int signalNumber)
{
    const char byte = char(signalNumber);
    // Only async-signal-safe calls here: write one byte, the event loop does the rest.
    [[maybe_unused]] const ssize_t n = ::write(g_pipe[1], &byte, 1);
}
#endif
} // namespace

ShutdownSignals::ShutdownSignals(QObject *parent)
    : QObject(parent)
{
    g_instance = this;
#ifdef Q_OS_WIN
    SetConsoleCtrlHandler(consoleHandler, TRUE);
#else
    if (g_pipe[0] < 0 && ::socketpair(AF_UNIX, SOCK_STREAM, 0, g_pipe) != 0) {
        qCWarning(lcApp) << "cannot watch SIGINT/SIGTERM";
        return;
    }
    g_notifier = new QSocketNotifier(g_pipe[0], QSocketNotifier::Read, this);
    connect(g_notifier, &QSocketNotifier::activated, this, &ShutdownSignals::onNotifierActivated);
    struct sigaction sa = {};
    sa.sa_handler = posixHandler;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    sigaction(SIGINT, &sa, nullptr);
    sigaction(SIGTERM, &sa, nullptr);
#endif
}

ShutdownSignals::~ShutdownSignals()
{
#ifdef Q_OS_WIN
    SetConsoleCtrlHandler(consoleHandler, FALSE);
#else
    signal(SIGINT, SIG_DFL);
    signal(SIGTERM, SIG_DFL);
    g_notifier = nullptr;
#endif
}

void ShutdownSignals::onNotifierActivated()
{
#ifndef Q_OS_WIN
    char byte = 0;
    if (::read(g_pipe[0], &byte, 1) == 1)
        emit shutdownRequested(int(byte));
#endif
}

} // namespace chatvox
