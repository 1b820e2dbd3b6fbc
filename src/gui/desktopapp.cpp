#include "desktopapp.h"

#include "app/application.h"
#include "app/autostart.h"
#include "app/logging.h"
#include "app/logmodel.h"
#include "app/pipeline.h"
#include "app/runstatus.h"
#include "app/settings.h"
#include "app/singleinstance.h"
#include "app/supervisor.h"
#include "gui/globalhotkeys.h"
#include "gui/icons.h"
#include "gui/mainwindow.h"
#include "gui/settingsdialog.h"
#include "gui/theme.h"
#include "gui/trayicon.h"
#include "speech/speechqueue.h"

#include <QApplication>
#include <QLabel>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QPointer>
#include <QStatusBar>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace chatvox {

namespace {

class Desktop
{
    Q_DECLARE_TR_FUNCTIONS(chatvox::Desktop)
};

void applyLogLevel(const Settings *settings)
{
    QLoggingCategory::setFilterRules(loggingRulesFor(settings->logLevel()));
}

void applyHotkeys(GlobalHotkeys *hotkeys, const Settings *settings)
{
    const QString skip
        = hotkeys->setHotkey(GlobalHotkeys::Action::Skip,
                             QKeySequence(settings->skipHotkey(), QKeySequence::PortableText));
    const QString kill
        = hotkeys->setHotkey(GlobalHotkeys::Action::KillSwitch,
                             QKeySequence(settings->killHotkey(), QKeySequence::PortableText));
    for (const QString &error : {skip, kill}) {
        if (!error.isEmpty())
            qCWarning(lcApp).noquote() << error;
    }
}

} // namespace

void followLanguageSetting(Settings *settings)
{
    static QString installed;
    const auto apply = [settings] {
        const QString language = settings->language();
        if (language == installed)
            return;
        installed = language;
        Application::installTranslation(language);
    };
    apply();
    QObject::connect(settings, &Settings::changed, settings, [apply](Settings::Group group) {
        if (group == Settings::Group::General)
            apply();
    });
}

int runDesktop(const CliOptions &options)
{
    auto *app = qobject_cast<QApplication *>(QCoreApplication::instance());
    Q_ASSERT(app);
    QApplication::setApplicationDisplayName(u"ChatVox"_s);
    QApplication::setWindowIcon(icons::app());
    QApplication::setQuitOnLastWindowClosed(false); // the tray keeps running

    SingleInstance instance(SingleInstance::serverNameFor(options.configFile));
    if (!instance.listen()) {
        QString error;
        if (SingleInstance::send(instance.serverName(), {u"show"_s}, 3000, &error))
            return 0; // the running window came forward
        qCWarning(lcApp).noquote() << instance.errorString() << error;
    }

    LogModel log;
    log.installMessageHandler();
    applySystemColorScheme(*app);
    applyJapaneseFontFallback(*app);

    Application core(options);
    if (!core.start())
        return 1;
    Settings *settings = core.settings();
    Pipeline *pipeline = core.pipeline();
    followLanguageSetting(settings);
    applyLogLevel(settings);

    QString fatalReason;
    QObject::connect(pipeline->supervisor(), &Supervisor::fatal, pipeline,
                     [&fatalReason](const QString &reason) { fatalReason = reason; });

    RunStatus status(pipeline, settings);
    const DesktopContext context{settings,
                                 pipeline,
                                 &status,
                                 &log,
                                 core.account(),
                                 core.servers(),
                                 core.engineDictionaries(),
                                 core.health()};
    MainWindow window(context);
    const std::unique_ptr<Autostart> autostart
        = Autostart::create(QCoreApplication::applicationFilePath());
    QPointer<SettingsDialog> dialog;
    const auto openSettings = [&](int page) {
        if (!dialog) {
            dialog = new SettingsDialog(context, autostart.get(), &window);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
        }
        if (page >= 0)
            dialog->showPage(Preferences::Page(page));
        dialog->show();
        dialog->raise();
        dialog->activateWindow();
    };
    QObject::connect(&window, &MainWindow::settingsRequested, &window, openSettings);
    QObject::connect(&window, &MainWindow::quitRequested, &core, [&core, &window] {
        window.saveLayout();
        core.quit(0);
    });

    TrayIcon tray(context, &window);
    const bool haveTray = TrayIcon::isSystemTrayAvailable();
    if (haveTray) {
        tray.show();
        window.setCloseToTray(true);
        QObject::connect(&window, &MainWindow::hiddenToTray, &tray, &TrayIcon::noticeHiddenToTray);
    } else {
        const QString why
            = Desktop::tr("No system tray here: ChatVox stays a normal window (closing it quits).");
        qCInfo(lcApp).noquote() << why;
        auto *note = new QLabel(Desktop::tr("No system tray: closing the window quits"));
        note->setToolTip(why);
        window.statusBar()->addPermanentWidget(note);
    }

    GlobalHotkeys hotkeys;
    QObject::connect(&hotkeys, &GlobalHotkeys::triggered, &window,
                     [&window](GlobalHotkeys::Action action) {
                         if (action == GlobalHotkeys::Action::Skip)
                             window.skipAction()->trigger();
                         else
                             window.killSwitchAction()->trigger();
                     });
    applyHotkeys(&hotkeys, settings);
    QObject::connect(settings, &Settings::changed, &window, [&](Settings::Group group) {
        if (group == Settings::Group::General) {
            applyLogLevel(settings);
            applyHotkeys(&hotkeys, settings);
        }
    });

    QObject::connect(&instance, &SingleInstance::commandReceived, &window,
                     [&window, pipeline](const QString &command) {
                         if (command == u"show")
                             window.bringToFront();
                         else if (command == u"skip")
                             window.skipAction()->trigger();
                         else if (command == u"pause")
                             pipeline->setReadingPaused(true);
                         else if (command == u"resume")
                             pipeline->setReadingPaused(false);
                         else if (command == u"kill")
                             window.killSwitchAction()->trigger();
                     });

    if (!(settings->startMinimized() && haveTray))
        window.show();

    const int exitCode = app->exec();
    window.saveLayout();
    settings->save();
    if (exitCode != 0 && !fatalReason.isEmpty()) {
        window.hide();
        QMessageBox::critical(nullptr, Desktop::tr("ChatVox stopped"), fatalReason);
    }
    return exitCode;
}

} // namespace chatvox
