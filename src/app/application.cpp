#include "application.h"

#include "app/logging.h"
#include "app/pipeline.h"
#include "app/settings.h"
#include "app/shutdownsignals.h"
#include "speech/speechqueue.h"

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

    if (m_options.login || m_options.logout) {
        qCCritical(lcApp).noquote()
            << tr("Logging in to Twitch is not available in this version; reading chat "
                  "needs no login.");
        return false;
    }

    m_pipeline = new Pipeline(m_settings.get(), this);
    connect(m_pipeline, &Pipeline::finished, this, &Application::quit);
    m_signals = new ShutdownSignals(this);
    connect(m_signals, &ShutdownSignals::shutdownRequested, this, [this](int) {
        qCInfo(lcApp).noquote() << tr("Stopping.");
        quit(0);
    });

    qCInfo(lcApp).noquote()
        << versionText() << u"—"_s
        << tr("settings: %1").arg(QDir::toNativeSeparators(m_settings->filePath()));
    if (m_options.dryRun) {
        m_stdout = std::make_unique<QFile>();
        if (!m_stdout->open(stdout, QIODevice::WriteOnly | QIODevice::Unbuffered)) {
            qCCritical(lcApp) << "cannot write to standard output";
            return false;
        }
        m_pipeline->startDryRun(m_options.replayFile, m_stdout.get());
    } else if (!m_options.replayFile.isEmpty()) {
        qCInfo(lcApp).noquote() << tr("Replaying %1").arg(m_options.replayFile);
        m_pipeline->startReplay(m_options.replayFile, true);
    } else if (!m_settings->channel().isEmpty()) {
        qCInfo(lcApp).noquote()
            << tr("Reading the chat of #%1 (no login needed).").arg(m_settings->channel());
        m_pipeline->startLive();
    } else if (!m_options.headless) {
        // The window asks for a channel; chat is read as soon as one is set.
        qCInfo(lcApp).noquote() << tr("No channel is set: enter one in the Connection panel.");
        m_pipeline->startLive();
    } else {
        qCInfo(lcApp).noquote() << tr(
            "No channel is set: playing the bundled demo chat. Read your own chat "
            "with --channel NAME.");
        m_pipeline->startReplay(u":/demo/demo_chat.log"_s, true);
    }
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

} // namespace chatvox
