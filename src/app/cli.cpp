#include "cli.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHostAddress>

using namespace Qt::StringLiterals;

namespace chatvox {

namespace {

// Translation context of the command line's texts.
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(chatvox::Cli)
};

} // namespace

QString versionText()
{
    return u"chatvox "_s + QStringLiteral(CHATVOX_VERSION);
}

CliParseResult parseCommandLine(const QStringList &arguments)
{
    CliParseResult result;
    CliOptions &o = result.options;

    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("ChatVox reads Twitch chat aloud through VOICEVOX-compatible speech engines."));
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption helpOpt({u"h"_s, u"help"_s}, Cli::tr("Show this help and exit."));
    const QCommandLineOption versionOpt(u"version"_s, Cli::tr("Print the version and exit."));
    const QCommandLineOption headlessOpt(u"headless"_s,
                                         Cli::tr("Run without windows or tray icon."));
    const QCommandLineOption channelOpt(
        u"channel"_s, Cli::tr("Twitch channel to read (no login needed)."), Cli::tr("NAME"));
    const QCommandLineOption engineOpt(u"engine"_s,
                                       Cli::tr("Speech engine URL; repeat it for more: copies of "
                                               "the same engine and version share the work, other "
                                               "engines take over in order when they fail."),
                                       Cli::tr("URL"));
    const QCommandLineOption speakerOpt(u"speaker"_s, Cli::tr("Voice style id of the engine."),
                                        Cli::tr("STYLE_ID"));
    const QCommandLineOption configOpt(u"config"_s, Cli::tr("Settings file (INI) to use."),
                                       Cli::tr("FILE"));
    const QCommandLineOption deviceOpt(u"audio-device"_s, Cli::tr("Audio output device name."),
                                       Cli::tr("NAME"));
    const QCommandLineOption replayOpt(
        u"replay"_s,
        Cli::tr("Read raw Twitch IRC lines from FILE (- for stdin) instead of Twitch."),
        Cli::tr("FILE"));
    const QCommandLineOption dryRunOpt(
        u"dry-run"_s, Cli::tr("With --replay: print each decision as a JSON line; no speech."));
    const QCommandLineOption ircOpt(u"irc-url"_s, Cli::tr("Twitch chat WebSocket URL."),
                                    Cli::tr("URL"));
    const QCommandLineOption eventSubOpt(u"eventsub-url"_s,
                                         Cli::tr("Twitch EventSub WebSocket URL (channel points)."),
                                         Cli::tr("URL"));
    const QCommandLineOption authOpt(
        u"auth-url"_s, Cli::tr("Twitch login server URL (id.twitch.tv)."), Cli::tr("URL"));
    const QCommandLineOption helixOpt(u"helix-url"_s, Cli::tr("Twitch API (Helix) URL."),
                                      Cli::tr("URL"));
    const QCommandLineOption bridgeOpt(
        u"bridge-config"_s,
        Cli::tr("File of the actions viewers may trigger (default: bridge.json next to the "
                "settings file)."),
        Cli::tr("FILE"));
    const QCommandLineOption powershellOpt(
        u"powershell"_s,
        Cli::tr("PowerShell program that carries out viewer actions (default: powershell.exe)."),
        Cli::tr("PATH"));
    const QCommandLineOption broadcastOpt(
        u"broadcast"_s,
        Cli::tr("Broadcast each utterance's AudioQuery over WebSocket on PORT (tc2vv browser "
                "players: ws://127.0.0.1:PORT/; ChatVox events: /events)."),
        Cli::tr("PORT"));
    const QCommandLineOption overlayOpt(
        u"overlay"_s,
        Cli::tr("Serve the OBS browser-source overlay (captions) on PORT: "
                "http://127.0.0.1:PORT/overlay"),
        Cli::tr("PORT"));
    const QCommandLineOption bouyomiOpt(
        u"bouyomi"_s,
        Cli::tr("Accept text from programs that talk to BouyomiChan (TCP 50001, HTTP 50080; "
                "the ports are settings)."));
    const QCommandLineOption engineDictionaryOpt(
        u"engine-dictionary"_s,
        Cli::tr("Keep your reading dictionary in the engines' user dictionaries (VOICEVOX "
                "family)."));
    const QCommandLineOption listenOpt(
        u"listen"_s,
        Cli::tr("Address the servers above listen on (default 127.0.0.1: this PC only; they "
                "have no password)."),
        Cli::tr("ADDRESS"));
    const QCommandLineOption serveHealthOpt(
        u"serve-health"_s,
        Cli::tr("Serve health probes and metrics on PORT: /healthz (alive), /readyz (reading "
                "and speaking), /metrics (Prometheus)."),
        Cli::tr("PORT"));
    const QCommandLineOption tokenFileOpt(
        u"token-file"_s,
        Cli::tr("Keep the Twitch login in FILE instead of the system keychain (for servers and "
                "containers; only you may read it)."),
        Cli::tr("FILE"));
    const QCommandLineOption logFormatOpt(
        u"log-format"_s, Cli::tr("Log as text (default) or json (one JSON object a line)."),
        Cli::tr("FORMAT"));
    const QCommandLineOption loginOpt(
        u"login"_s,
        Cli::tr("Log in to Twitch (shows a code to enter on twitch.tv), save the "
                "login in the system keychain and exit."));
    const QCommandLineOption logoutOpt(
        u"logout"_s, Cli::tr("Log out of Twitch: revoke the token, delete it and exit."));
    parser.addOptions({helpOpt, versionOpt, headlessOpt, channelOpt, engineOpt, speakerOpt,
                       configOpt, deviceOpt, replayOpt, dryRunOpt, ircOpt, eventSubOpt, authOpt,
                       helixOpt, bridgeOpt, powershellOpt, broadcastOpt, overlayOpt,
                       bouyomiOpt, engineDictionaryOpt, listenOpt, serveHealthOpt, tokenFileOpt,
                       logFormatOpt, loginOpt, logoutOpt});
    const QList<QCommandLineOption> instanceOpts{
        {u"skip"_s, Cli::tr("Running ChatVox: skip the message being read.")},
        {u"pause"_s, Cli::tr("Running ChatVox: pause reading.")},
        {u"resume"_s, Cli::tr("Running ChatVox: resume reading.")},
        {u"kill"_s, Cli::tr("Running ChatVox: kill switch (silence now, disarm viewer actions).")},
    };
    parser.addOptions(instanceOpts);
    result.helpText = parser.helpText();

    if (!parser.parse(arguments)) {
        result.error = parser.errorText();
        return result;
    }
    if (!parser.positionalArguments().isEmpty()) {
        result.error
            = Cli::tr("Unexpected argument: %1").arg(parser.positionalArguments().constFirst());
        return result;
    }
    o.showHelp = parser.isSet(helpOpt);
    o.showVersion = parser.isSet(versionOpt);
    o.headless = parser.isSet(headlessOpt);
    o.channel = parser.value(channelOpt).trimmed();
    o.configFile = parser.value(configOpt);
    o.audioDevice = parser.value(deviceOpt);
    o.replayFile = parser.value(replayOpt);
    o.dryRun = parser.isSet(dryRunOpt);
    o.bridgeConfig = parser.value(bridgeOpt);
    o.powershell = parser.value(powershellOpt);
    o.login = parser.isSet(loginOpt);
    o.logout = parser.isSet(logoutOpt);
    o.bouyomi = parser.isSet(bouyomiOpt);
    o.engineDictionary = parser.isSet(engineDictionaryOpt);
    for (const auto &[opt, out] : {std::pair{&broadcastOpt, &o.broadcastPort},
                                   std::pair{&overlayOpt, &o.overlayPort},
                                   std::pair{&serveHealthOpt, &o.serveHealthPort}}) {
        if (!parser.isSet(*opt))
            continue;
        bool ok = false;
        const int port = parser.value(*opt).trimmed().toInt(&ok);
        if (!ok || port < 0 || port > 65535) {
            result.error = Cli::tr("--%1 needs a port number (0 to 65535), not \"%2\".")
                               .arg(opt->names().constFirst(), parser.value(*opt));
            return result;
        }
        *out = port;
    }
    if (parser.isSet(listenOpt)) {
        o.listenAddress = parser.value(listenOpt).trimmed();
        if (QHostAddress(o.listenAddress).isNull()) {
            result.error = Cli::tr("--listen needs an IP address such as 127.0.0.1 or 0.0.0.0, "
                                   "not \"%1\".")
                               .arg(parser.value(listenOpt));
            return result;
        }
    }
    if (parser.isSet(tokenFileOpt)) {
        o.tokenFile = parser.value(tokenFileOpt);
        if (o.tokenFile.trimmed().isEmpty()) {
            result.error = Cli::tr("--token-file needs a file name.");
            return result;
        }
    }
    if (parser.isSet(logFormatOpt)) {
        const QString format = parser.value(logFormatOpt).trimmed().toLower();
        if (format != u"text" && format != u"json") {
            result.error = Cli::tr("--log-format needs text or json, not \"%1\".")
                               .arg(parser.value(logFormatOpt));
            return result;
        }
        o.jsonLog = format == u"json";
    }
    // In the order given on the command line.
    for (const QString &name : parser.optionNames()) {
        for (const QCommandLineOption &opt : instanceOpts) {
            if (opt.names().constFirst() == name)
                o.instanceCommands << name;
        }
    }

    for (const QString &value : parser.values(engineOpt)) {
        const QUrl url(value.trimmed());
        if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https")
            || url.host().isEmpty()) {
            result.error
                = Cli::tr("--engine needs an http:// or https:// URL, not \"%1\".").arg(value);
            return result;
        }
        o.engines << url;
    }
    if (parser.isSet(speakerOpt)) {
        bool ok = false;
        const qint64 id = parser.value(speakerOpt).trimmed().toLongLong(&ok);
        if (!ok) {
            result.error = Cli::tr("--speaker needs a style id (a whole number), not \"%1\".")
                               .arg(parser.value(speakerOpt));
            return result;
        }
        o.speaker = id;
    }
    const auto url = [&](const QCommandLineOption &opt, std::initializer_list<QStringView> schemes,
                         QUrl &out) {
        if (!parser.isSet(opt))
            return true;
        const QUrl u(parser.value(opt).trimmed());
        for (QStringView scheme : schemes) {
            if (u.isValid() && u.scheme() == scheme && !u.host().isEmpty()) {
                out = u;
                return true;
            }
        }
        QStringList accepted;
        for (QStringView scheme : schemes)
            accepted << scheme.toString() + u"://"_s;
        result.error
            = Cli::tr("--%1 needs a URL starting with %2, not \"%3\".")
                  .arg(opt.names().constFirst(), accepted.join(u", "_s), parser.value(opt));
        return false;
    };
    if (!url(ircOpt, {u"wss", u"ws"}, o.ircUrl) || !url(eventSubOpt, {u"wss", u"ws"}, o.eventSubUrl)
        || !url(authOpt, {u"https", u"http"}, o.authUrl)
        || !url(helixOpt, {u"https", u"http"}, o.helixUrl))
        return result;

    if (o.dryRun && o.replayFile.isEmpty()) {
        result.error = Cli::tr("--dry-run works only with --replay FILE.");
        return result;
    }
    if (!o.instanceCommands.isEmpty() && (o.dryRun || !o.replayFile.isEmpty())) {
        result.error = Cli::tr("--%1 acts on the running ChatVox and cannot be combined with "
                               "--replay.")
                           .arg(o.instanceCommands.constFirst());
        return result;
    }
    if (o.login && o.logout) {
        result.error = Cli::tr("--login and --logout cannot be combined.");
        return result;
    }
    return result;
}

} // namespace chatvox
