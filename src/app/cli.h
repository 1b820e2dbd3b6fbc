#pragma once

#include <optional>

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace chatvox {

// The command line, as DESIGN.md's CLI contract fixes it.
struct CliOptions
{
    bool headless = false;
    QString channel;
    QList<QUrl> engines; // first preferred; replicas of it share the work, others fail over
    std::optional<qint64> speaker;
    QString configFile;
    QString audioDevice;
    QString replayFile; // path or "-" for stdin
    bool dryRun = false;
    QUrl ircUrl;
    QUrl eventSubUrl;
    QUrl authUrl;
    QUrl helixUrl;
    QString bridgeConfig;
    QString powershell;
    // Servers for other programs, for this run (settings: serve/*). Port 0: any free port.
    std::optional<int> broadcastPort; // --broadcast PORT
    std::optional<int> overlayPort; // --overlay PORT
    bool bouyomi = false; // --bouyomi (ports from the settings)
    bool engineDictionary = false; // --engine-dictionary
    QString listenAddress; // --listen ADDRESS
    // Health probes and metrics for orchestrators (settings: serve/health*): /healthz,
    // /readyz, /metrics on 127.0.0.1 (or --listen) PORT.
    std::optional<int> serveHealthPort; // --serve-health PORT
    // Twitch login kept in this file instead of the OS keychain (containers, servers).
    QString tokenFile; // --token-file PATH
    bool jsonLog = false; // --log-format json: one JSON object a line
    bool login = false;
    bool logout = false;
    // --skip, --pause, --resume, --kill in the order given: sent to the running instance
    // (the desktop app), which acts on them; this process then exits.
    QStringList instanceCommands;
    bool showVersion = false;
    bool showHelp = false;
};

struct CliParseResult
{
    CliOptions options;
    QString error; // non-empty: print it with the usage hint and exit 2
    QString helpText; // the --help text
};

// Parses arguments (arguments[0] is the program). Pure: prints nothing.
CliParseResult parseCommandLine(const QStringList &arguments);

QString versionText(); // "chatvox X.Y.Z"

} // namespace chatvox
