#include "application.h"

#include "app/account.h"
#include "app/bridge.h"
#include "app/enginedictionaries.h"
#include "app/health.h"
#include "app/logging.h"
#include "app/pipeline.h"
#include "app/servers.h"
#include "app/settings.h"
#include "app/shutdownsignals.h"
#include "auth/devicecodelogin.h"
#include "auth/tokenmanager.h"
#include "speech/speechqueue.h"

#include <memory>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace chatvox {

Application::Application(const CliOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
{
}

Application::~Application() = default;

void Application::installTranslation(const QString &language)
{
    static QTranslator *current = nullptr; // one per process: the app's own texts
    static QTranslator *qt = nullptr;
    auto *app = QCoreApplication::instance();
    if (current) {
        app->removeTranslator(current);
        delete current;
        current = nullptr;
    }
    if (qt) {
        app->removeTranslator(qt);
        delete qt;
        qt = nullptr;
    }
    const QLocale locale = language == u"system" ? QLocale::system() : QLocale(language);
    auto *translator = new QTranslator(app);
    if (translator->load(locale, u"chatvox"_s, u"_"_s, u":/i18n"_s)) {
        app->installTranslator(translator);
        current = translator;
    } else {
        delete translator;
    }
    auto *qtTranslator = new QTranslator(app);
    if (qtTranslator->load(locale, u"qtbase"_s, u"_"_s,
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        app->installTranslator(qtTranslator);
        qt = qtTranslator;
    } else {
        delete qtTranslator;
    }
}

bool Application::start()
{
    m_settings = std::make_unique<Settings>(m_options.configFile);
    if (!m_settings->loadProblem().isEmpty())
        qCWarning(lcApp).noquote() << m_settings->loadProblem();
    if (m_settings->language() != u"system")
        installTranslation(m_settings->language());

    // Command-line values win for this run only.
    if (!m_options.channel.isEmpty())
        m_settings->setRunOverride(u"chat/channel"_s, m_options.channel);
    if (m_options.ircUrl.isValid())
        m_settings->setRunOverride(u"chat/ircUrl"_s, m_options.ircUrl.toString());
    if (!m_options.engines.isEmpty()) {
        QStringList urls;
        for (const QUrl &url : std::as_const(m_options.engines))
            urls << url.toString();
        m_settings->setRunOverride(u"speech/engines"_s, urls);
    }
    if (m_options.speaker)
        m_settings->setRunOverride(u"speech/style"_s, QString::number(*m_options.speaker));
    if (!m_options.audioDevice.isEmpty())
        m_settings->setRunOverride(u"audio/device"_s, m_options.audioDevice);
    if (m_options.authUrl.isValid())
        m_settings->setRunOverride(u"account/authUrl"_s, m_options.authUrl.toString());
    if (m_options.helixUrl.isValid())
        m_settings->setRunOverride(u"account/helixUrl"_s, m_options.helixUrl.toString());
    if (m_options.eventSubUrl.isValid())
        m_settings->setRunOverride(u"eventsub/url"_s, m_options.eventSubUrl.toString());

    if (m_options.broadcastPort) {
        m_settings->setRunOverride(u"serve/broadcast"_s, true);
        m_settings->setRunOverride(u"serve/broadcastPort"_s, *m_options.broadcastPort);
    }
    if (m_options.overlayPort) {
        m_settings->setRunOverride(u"serve/overlay"_s, true);
        m_settings->setRunOverride(u"serve/overlayPort"_s, *m_options.overlayPort);
    }
    if (m_options.bouyomi)
        m_settings->setRunOverride(u"serve/bouyomi"_s, true);
    if (m_options.engineDictionary)
        m_settings->setRunOverride(u"serve/engineDictionary"_s, true);
    if (m_options.serveHealthPort) {
        m_settings->setRunOverride(u"serve/health"_s, true);
        m_settings->setRunOverride(u"serve/healthPort"_s, *m_options.serveHealthPort);
    }
    if (!m_options.listenAddress.isEmpty())
        m_settings->setRunOverride(u"serve/address"_s, m_options.listenAddress);

    if (m_options.login)
        return startLogin();
    if (m_options.logout)
        return startLogout();

    // The saved Twitch login (if any) is used by live chat and brings channel points.
    const bool live = !m_options.dryRun && m_options.replayFile.isEmpty();
    // The window always has the account (its Account panel logs in and out). With --token-file
    // the file, not the settings, says who is logged in.
    const bool tokenFile = !m_options.tokenFile.isEmpty();
    QString accountLogin = tokenFile ? QString() : m_settings->accountLogin();
    if (live && (tokenFile || !m_settings->accountUserId().isEmpty() || !m_options.headless)) {
        m_account = new Account(m_settings.get(), m_options.tokenFile, this);
        if (tokenFile) {
            const TokenStoreResult stored = m_account->readTokenFile();
            if (stored.ok()) {
                accountLogin = stored.tokens.login;
            } else if (m_options.headless) {
                // A server that lost its login would go on anonymously unnoticed: stop, say why.
                qCCritical(lcApp).noquote()
                    << (stored.status == TokenStoreResult::Status::Failed
                            ? stored.message
                            : tr("The token file %1 holds no Twitch login. Create it with: "
                                 "chatvox --login --token-file %1")
                                  .arg(QDir::toNativeSeparators(m_options.tokenFile)));
                return false;
            }
        }
        // Logged in without a channel set: read the streamer's own channel.
        if (m_settings->channel().isEmpty() && !accountLogin.isEmpty())
            m_settings->setRunOverride(u"chat/channel"_s, accountLogin);
    }

    m_pipeline = new Pipeline(m_settings.get(), this);
    if (m_account) {
        m_pipeline->setAccount(m_account);
        m_account->restore();
    }
    connect(m_pipeline, &Pipeline::finished, this, &Application::quit);
    // The viewer-input bridge: bridge.json next to the settings file, or --bridge-config.
    Bridge::Options bridgeOptions;
    bridgeOptions.configExplicit = !m_options.bridgeConfig.isEmpty();
    bridgeOptions.configPath = bridgeOptions.configExplicit
        ? m_options.bridgeConfig
        : bridgeConfigPathNextTo(m_settings->filePath().isEmpty() ? Settings::defaultFilePath()
                                                                  : m_settings->filePath());
    bridgeOptions.launch.powershellOverride = m_options.powershell;
    m_bridge = new Bridge(bridgeOptions, this);
    if (!m_bridge->load()) {
        if (bridgeOptions.configExplicit) {
            qCCritical(lcApp).noquote() << m_bridge->loadProblem();
            return false;
        }
        qCWarning(lcApp).noquote() << m_bridge->loadProblem();
    }
    m_pipeline->setBridge(m_bridge);
    // Outside changes (an editor, a ConfigMap update) to the settings file and bridge.json
    // apply live, through the same change signals as the Settings dialog and the Bridge panel.
    if (!m_options.dryRun) {
        m_settings->watchFile();
        m_bridge->watchConfig();
    }
    m_signals = new ShutdownSignals(this);
    connect(m_signals, &ShutdownSignals::shutdownRequested, this, [this](int) {
        qCInfo(lcApp).noquote() << tr("Stopping.");
        quit(0);
    });

    qCInfo(lcApp).noquote()
        << versionText() << u"—"_s
        << tr("settings: %1").arg(QDir::toNativeSeparators(m_settings->filePath()));
    if (!m_options.dryRun)
        m_bridge->start();
    if (m_options.dryRun) {
        m_stdout = std::make_unique<QFile>();
        if (!m_stdout->open(stdout, QIODevice::WriteOnly | QIODevice::Unbuffered)) {
            qCCritical(lcApp) << "cannot write to standard output";
            return false;
        }
        m_bridge->startDryRun();
        m_pipeline->startDryRun(m_options.replayFile, m_stdout.get());
    } else if (!m_options.replayFile.isEmpty()) {
        qCInfo(lcApp).noquote() << tr("Replaying %1").arg(m_options.replayFile);
        m_pipeline->startReplay(m_options.replayFile, true);
    } else if (!m_settings->channel().isEmpty()) {
        if (m_account && !accountLogin.isEmpty())
            qCInfo(lcApp).noquote() << tr("Reading the chat of #%1; logged in as %2.")
                                           .arg(m_settings->channel(), accountLogin);
        else if (m_account && tokenFile)
            qCInfo(lcApp).noquote()
                << tr("Reading the chat of #%1; logging in with the token file %2.")
                       .arg(m_settings->channel(), QDir::toNativeSeparators(m_options.tokenFile));
        else
            qCInfo(lcApp).noquote()
                << tr("Reading the chat of #%1 (no login needed).").arg(m_settings->channel());
        m_pipeline->startLive();
    } else if (!m_options.headless) {
        // The window plays the demo until a channel is entered, then reads it live.
        qCInfo(lcApp).noquote() << tr("No channel is set: playing the bundled demo chat. Enter "
                                      "your channel in the Connection panel to read your own.");
        m_pipeline->startDemo(u":/demo/demo_chat.log"_s);
    } else {
        qCInfo(lcApp).noquote() << tr(
            "No channel is set: playing the bundled demo chat. Read your own chat "
            "with --channel NAME.");
        m_pipeline->startReplay(u":/demo/demo_chat.log"_s, true);
    }
    // Broadcast, overlay, BouyomiChan API: for what is spoken, so not in a dry run.
    if (!m_options.dryRun) {
        m_servers = new Servers(m_settings.get(), m_pipeline, this);
        // /healthz, /readyz, /metrics (serve/health): for orchestrators and monitoring.
        m_health = new Health(m_settings.get(), m_pipeline, m_servers, this);
    }
    // The streamer's readings in the engines' own dictionaries (serve/engineDictionary).
    if (!m_options.dryRun && m_pipeline->engines())
        m_engineDictionaries
            = new EngineDictionaries(m_settings.get(), m_pipeline->engines(), nullptr, this);
    return true;
}

void Application::quit(int exitCode)
{
    if (m_quitting)
        return;
    m_quitting = true;
    if (m_pipeline) {
        const Pipeline::Stats stats = m_pipeline->stats();
        qCInfo(lcApp).noquote() << tr("%1 read, %2 skipped, %3 removed by moderators.")
                                       .arg(stats.spoken)
                                       .arg(stats.skipped)
                                       .arg(stats.purged);
        m_pipeline->stop();
    }
    if (m_settings)
        m_settings->save();
    QCoreApplication::exit(exitCode);
}

void Application::printLine(const QString &text)
{
    // The code and the URL are for the user: standard output, flushed at once.
    QFile out;
    if (out.open(stdout, QIODevice::WriteOnly | QIODevice::Unbuffered)) {
        out.write((text + u'\n').toUtf8());
        out.flush();
    }
}

bool Application::startLogin()
{
    m_account = new Account(m_settings.get(), m_options.tokenFile, this);
    if (m_account->clientId().isEmpty()) {
        qCCritical(lcApp).noquote()
            << tr("No Twitch Client ID is set. Register an application in the Twitch developer "
                  "console (see the README) and set account/clientId in %1.")
                   .arg(QDir::toNativeSeparators(m_settings->filePath()));
        return false;
    }
    // Before the user approves anything: a token file others can read would be refused later.
    if (const QString problem = m_account->tokenFilePermissionProblem(); !problem.isEmpty()) {
        qCCritical(lcApp).noquote() << problem;
        return false;
    }
    connect(m_account, &Account::deviceCodeChanged, this, [this] {
        if (m_account->userCode().isEmpty())
            return;
        printLine(tr("To log in to Twitch, open %1 and enter the code %2")
                      .arg(m_account->verificationUrl().toString(), m_account->userCode()));
        printLine(tr("Waiting for you to approve ChatVox on Twitch (the code is valid until %1)…")
                      .arg(QLocale().toString(m_account->codeExpiresAt().toLocalTime().time(),
                                              QLocale::ShortFormat)));
    });
    connect(m_account, &Account::loginFailed, this, [this](const QString &message) {
        qCCritical(lcApp).noquote() << message;
        if (m_account->deviceLogin()->state() == DeviceCodeLogin::State::Expired)
            qCCritical(lcApp).noquote() << tr("Run chatvox --login again for a new code.");
        quit(1);
    });
    connect(m_account, &Account::stateChanged, this, [this](Account::State state) {
        if (state != Account::State::LoggedIn)
            return;
        if (!m_account->isPersistent()) {
            qCCritical(lcApp).noquote()
                << tr("Logged in as %1, but the login could not be saved: %2")
                       .arg(m_account->loginName(), m_account->storageMessage());
            quit(1);
            return;
        }
        printLine(tr("Logged in as %1. The login is kept in %2.")
                      .arg(m_account->loginName(), m_account->tokens()->store()->description()));
        quit(0);
    });
    m_account->login();
    return true;
}

bool Application::startLogout()
{
    m_account = new Account(m_settings.get(), m_options.tokenFile, this);
    QString who = m_settings->accountLogin();
    bool nobody = m_settings->accountUserId().isEmpty();
    if (m_account->usesTokenFile()) {
        // The file says who is logged in; one that cannot be read is left alone.
        const TokenStoreResult stored = m_account->readTokenFile();
        if (stored.status == TokenStoreResult::Status::Failed) {
            qCCritical(lcApp).noquote() << stored.message;
            return false;
        }
        who = stored.tokens.login;
        nobody = !stored.ok();
    }
    if (nobody) {
        printLine(tr("Not logged in."));
        QMetaObject::invokeMethod(
            this, [this] { quit(0); }, Qt::QueuedConnection);
        return true;
    }
    connect(m_account, &Account::logoutFinished, this,
            [this, who](bool revoked, const QString &message) {
                if (!message.isEmpty())
                    qCWarning(lcApp).noquote() << message;
                printLine(revoked ? tr("Logged out of Twitch (%1): the token was revoked and "
                                       "deleted from this computer.")
                                        .arg(who)
                                  : tr("Logged out (%1): the token was deleted from this "
                                       "computer, but Twitch could not be told to revoke it.")
                                        .arg(who));
                quit(0);
            });
    auto revoking = std::make_shared<bool>(false);
    connect(m_account, &Account::stateChanged, this, [this, who, revoking](Account::State state) {
        if (state == Account::State::LoggedIn && !*revoking) {
            *revoking = true; // logoutFinished ends the run
            m_account->logout();
        } else if (state == Account::State::LoggedOut && !*revoking && !m_quitting) {
            // Nothing usable was stored (or Twitch had already ended the login).
            if (!m_account->usesTokenFile())
                m_settings->setAccount(QString(), QString());
            printLine(tr("Logged out (%1).").arg(who));
            quit(0);
        }
    });
    m_account->restore();
    return true;
}

} // namespace chatvox
