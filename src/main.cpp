#include "app/application.h"
#include "app/cli.h"
#include "app/console.h"

#include <cstdio>
#include <cstdlib>

#include <QCoreApplication>
#include <QTextStream>

#ifdef Q_OS_WIN
#    include <windows.h>
#endif

using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    chatvox::attachToParentConsole(); // Windows: print to the terminal we were started from
#ifdef Q_OS_WIN
    SetConsoleOutputCP(CP_UTF8); // JSON lines and Japanese log text are UTF-8
#endif
    QCoreApplication app(argc, argv);
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
    if (cli.options.showHelp) {
        out << cli.helpText;
        return 0;
    }
    if (cli.options.showVersion) {
        out << chatvox::versionText() << u"\n"_s;
        return 0;
    }
    if (!cli.options.headless) {
        // The desktop window is not part of this version yet.
        err << QCoreApplication::translate(
            "main", "The desktop window is not available yet; running in the terminal.")
            << u"\n"_s;
        err.flush();
    }

    int exitCode = 1;
    {
        chatvox::Application chatvox(cli.options);
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
