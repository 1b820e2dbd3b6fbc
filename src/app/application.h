#pragma once

#include "app/cli.h"

#include <memory>

#include <QObject>

class QCoreApplication;
class QFile;
class QTranslator;

namespace chatvox {

class Bridge;
class Account;
class EngineDictionaries;
class Health;
class Pipeline;
class Servers;
class Settings;
class ShutdownSignals;

// One run of ChatVox as the command line asks for it: loads settings (with the run's
// overrides), starts the pipeline, and turns its end, a fatal failure or SIGINT/SIGTERM into
// the process exit code after the queue is stopped and settings are saved.
class Application : public QObject
{
    Q_OBJECT
public:
    explicit Application(const CliOptions &options, QObject *parent = nullptr);
    ~Application() override;

    // Starts the run; the event loop then runs until it ends. Returns false (after printing
    // why) when it cannot start.
    bool start();

    Settings *settings() const { return m_settings.get(); }
    Pipeline *pipeline() const { return m_pipeline; }
    Bridge *bridge() const { return m_bridge; }
    Account *account() const { return m_account; }
    Servers *servers() const { return m_servers; } // null in a dry run
    Health *health() const { return m_health; } // probes and metrics; null in a dry run
    // The reading dictionary in the engines' user dictionaries; null in a dry run.
    EngineDictionaries *engineDictionaries() const { return m_engineDictionaries; }

    // Loads the translation for "ja", "en" or "system" into the application.
    static void installTranslation(const QString &language);

    // Stops the pipeline, saves settings and ends the event loop with exitCode (once).
    void quit(int exitCode);
    // chatvox --login / --logout: the whole run, then exit.
    bool startLogin();
    bool startLogout();
    void printLine(const QString &text);

private:
    CliOptions m_options;
    std::unique_ptr<Settings> m_settings;
    Pipeline *m_pipeline = nullptr;
    Bridge *m_bridge = nullptr;
    Account *m_account = nullptr;
    Servers *m_servers = nullptr;
    Health *m_health = nullptr;
    EngineDictionaries *m_engineDictionaries = nullptr;
    ShutdownSignals *m_signals = nullptr;
    std::unique_ptr<QFile> m_stdout;
    bool m_quitting = false;
};

} // namespace chatvox
