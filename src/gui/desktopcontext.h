#pragma once

namespace chatvox {

class Account;
class EngineDictionaries;
class Health;
class LogModel;
class Pipeline;
class Servers;
class RunStatus;
class Settings;

// The app objects every panel talks to; created and owned by DesktopApp (or a test).
struct DesktopContext
{
    Settings *settings = nullptr;
    Pipeline *pipeline = nullptr;
    RunStatus *status = nullptr;
    LogModel *log = nullptr; // may be null: the Log panel then shows nothing
    Account *account = nullptr; // may be null: no Account panel, the login area stays a note
    Servers *servers = nullptr; // may be null: the Integrations page shows no live status
    EngineDictionaries *engineDictionaries = nullptr; // may be null: no per-engine status
    Health *health = nullptr; // may be null: the health probes show no live status
};

} // namespace chatvox
