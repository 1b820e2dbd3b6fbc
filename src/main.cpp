#include "app/application.h"
#include "app/cli.h"
#include "app/console.h"
#include "app/jsonlog.h"
#include "app/logging.h"
#include "app/singleinstance.h"
#include "gui/desktopapp.h"

#include <cstdio>
#include <cstdlib>
#include <memory>

#include <QApplication>
#include <QCoreApplication>
#include <QTextStream>

#ifdef Q_OS_WIN
#    include <windows.h>
#endif

using namespace Qt::StringLiterals;

namespace {

// Whether this run opens the window: not with --headless, --dry-run, --help, --version,
// --login/--logout (terminal flows) or a request for the running instance, and only where
// there is a display. Decided from argv
// because QApplication (which needs a display) must exist before the arguments are parsed.
bool wantsWindow(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView arg(argv[i]);
        for (const char *flag :
             {"--headless", "--dry-run", "--help", "-h", "--version", "--skip", "--pause",
              "--resume", "--kill", "--login", "--logout", "-headless", "-dry-run", "-help",
              "-version", "-login", "-logout"}) {
            if (arg == flag)
                return false;
        }
    }
#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD)
    return qEnvironmentVariableIsSet("DISPLAY") || qEnvironmentVariableIsSet("WAYLAND_DISPLAY")
        || qEnvironmentVariableIsSet("QT_QPA_PLATFORM");
#else
    return true;
#endif
}

} // namespace

int main(int argc, char **argv)
{
    chatvox::attachToParentConsole(); // Windows: print to the terminal we were started from
#ifdef Q_OS_WIN
    SetConsoleOutputCP(CP_UTF8); // JSON lines and Japanese log text are UTF-8
#endif
    const bool window = wantsWindow(argc, argv);
    const std::unique_ptr<QCoreApplication> application = window
        ? std::make_unique<QApplication>(argc, argv)
        : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication &app = *application;
    QCoreApplication::setApplicationName(u"chatvox"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(CHATVOX_VERSION));
    qSetMessagePattern(u"%{time hh:mm:ss.zzz} %{if-warning}warning: %{endif}"
                       "%{if-critical}error: %{endif}%{message}"_s);
    chatvox::Application::installTranslation(u"system"_s);

    const chatvox::CliParseResult cli = chatvox::parseCommandLine(app.arguments());
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (!cli.error.isEmpty()) {
        err << cli.error << u"\n"_s << QCoreApplication::translate("main", "Try 'chatvox --help'.")
            << u"\n"_s;
        return 2;
    }
    // Secrets are redacted from every log message; headless runs may log JSON lines instead
    // (containers, journald). The dry-run decisions stay alone on stdout either way.
    chatvox::installLogHandler(!window && cli.options.jsonLog ? chatvox::LogFormat::Json
                                                              : chatvox::LogFormat::Text);
    if (cli.options.showHelp) {
        out << cli.helpText;
        return 0;
    }
    if (cli.options.showVersion) {
        out << chatvox::versionText() << u"\n"_s;
        return 0;
    }
    if (!cli.options.instanceCommands.isEmpty()) {
        // --skip, --pause, --resume, --kill: for the ChatVox that runs with these settings.
        QString error;
        if (chatvox::SingleInstance::send(
                chatvox::SingleInstance::serverNameFor(cli.options.configFile),
                cli.options.instanceCommands, 3000, &error))
            return 0;
        err << error << u"\n"_s;
        return 1;
    }
    if (!window && !cli.options.headless && !cli.options.dryRun) {
        const QString note = QCoreApplication::translate(
            "main", "No display: running in the terminal (as with --headless).");
        if (cli.options.jsonLog) {
            qCInfo(lcApp).noquote() << note; // stderr holds JSON lines only
        } else {
            err << note << u"\n"_s;
            err.flush();
        }
    }

    int exitCode = 1;
    if (window) {
        exitCode = chatvox::runDesktop(cli.options);
    } else {
        chatvox::CliOptions options = cli.options;
        options.headless = true; // no window this run, whatever the reason
        chatvox::Application chatvox(options);
        if (chatvox.start())
            exitCode = app.exec();
    } // the pipeline is stopped and settings are saved here
#ifdef Q_OS_LINUX
    // Qt 6.4's PulseAudio engine is a global static whose destructor unrefs its context without
    // the mainloop lock while the mainloop thread may still dispatch (e.g. the server's note that
    // our stream closed): an assertion in libpulse aborts about one exit in ten. Everything of
    // ours is done, so leave without running library destructors.
    std::fflush(stdout);
    std::fflush(stderr);
    std::_Exit(exitCode);
#endif
    return exitCode;
}
