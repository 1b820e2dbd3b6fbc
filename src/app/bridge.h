#pragma once

#include "app/bridgeactivitymodel.h"
#include "bridge/bridgeconfig.h"
#include "bridge/hostlaunch.h"
#include "bridge/hostlaunchplanner.h"
#include "bridge/powershellhost.h"
#include "bridge/triggermatcher.h"
#include "core/chatmessage.h"
#include "core/redemption.h"

#include <optional>

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>

class QTimer;

namespace chatvox {

class BridgeActionModel;
class FileWatch;
class Supervisor;

// The viewer-input bridge of one run, as the app and its Bridge panel see it: bridge.json,
// armed state, mode, the actions, the live activity, the kill switch and test runs. Chat
// messages and channel-point redemptions go through the TriggerMatcher; what it lets through
// runs on the PowerShellHost (one persistent process), or, in a dry run, only becomes
// {"event":"action",...} decision lines.
//
// The bridge is off until bridge.json says "enabled": true. The kill switch (tray, GUI, a
// moderator's !stop) disarms, kills PowerShell at once, releases keys it may have held, and
// keeps the bridge disarmed until the streamer arms it again (setArmed(true), or "!bridge on"
// from the broadcaster's own account).
class Bridge : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool armed READ isArmed WRITE setArmed NOTIFY armedChanged)
    Q_PROPERTY(Mode mode READ mode WRITE setMode NOTIFY modeChanged)
    Q_PROPERTY(bool enabled READ isEnabled NOTIFY configChanged)
    Q_PROPERTY(QString statusText READ statusText NOTIFY statusChanged)
public:
    enum class Mode { Anarchy, Democracy };
    Q_ENUM(Mode)

    struct Options
    {
        QString configPath; // bridge.json
        bool configExplicit = false; // given with --bridge-config: an unusable file is an error
        HostLaunchOptions launch; // --powershell, staging folders (tests), WSL (tests)
        PowerShellHost::Timing timing;
    };

    explicit Bridge(const Options &options, QObject *parent = nullptr);
    ~Bridge() override;

    // Reads bridge.json. A missing file leaves the bridge off (fine); an unusable one too, with
    // loadProblem() saying why. Returns false only for an unusable file, or a missing one that
    // was given explicitly.
    bool load();
    QString configPath() const { return m_options.configPath; }
    QString loadProblem() const { return m_loadProblem; }
    const BridgeConfig &config() const { return m_matcher.config(); }
    bool isEnabled() const { return config().enabled; }

    // Live: starts PowerShell when the bridge is enabled. Dry run: no PowerShell at all.
    void start();
    void startDryRun();
    // End of the run: stops PowerShell (it releases what it holds).
    void stop();
    // Dry run, end of input: the open vote closes and every queued action fires, in the
    // log's own time.
    void finishInput();

    bool isArmed() const { return m_matcher.isArmed(); }
    bool isKillSwitchLatched() const { return m_matcher.isKillSwitchLatched(); }
    Mode mode() const;
    bool isIdle() const; // nothing queued, voting or running
    QString statusText() const;
    QString hostProblem() const { return m_hostProblem; }
    // PowerShell is being found and host.ps1 written, off the GUI thread (from WSL that asks
    // Windows, which can take seconds); the host starts when that is done.
    bool isPreparingHost() const { return m_planner->isBusy(); }

    PowerShellHost *host() const { return m_host; }
    BridgeActivityModel *activity() const { return m_activity; }
    BridgeActionModel *actions() const { return m_actions; }
    const TriggerMatcher &matcher() const { return m_matcher; }

    void setSupervisor(Supervisor *supervisor);

    // Validates `config` like the file (a round trip through the loader), writes bridge.json
    // atomically and applies it live. False with *error when it is not valid or not written.
    bool saveConfig(const BridgeConfig &config, QString *error = nullptr);
    bool reload();
    // Takes in changes made to bridge.json from outside ChatVox (an editor, a ConfigMap) from
    // now on, through reload(). A changed file that cannot be used, or a removed one, leaves
    // the actions in use as they are; reloadFailed() says why.
    void watchConfig();
    const FileWatch *configWatch() const { return m_watch; }

public Q_SLOTS:
    void handleChatMessage(const chatvox::ChatMessage &message);
    void handleRedemption(const chatvox::Redemption &redemption);
    // The streamer's switch. Arming clears the kill-switch latch and starts PowerShell.
    void setArmed(bool armed);
    void setMode(chatvox::Bridge::Mode mode);
    // Disarm, kill PowerShell at once, release held keys; latched until re-armed. Idempotent.
    void engageKillSwitch();
    // Runs an action right away for the streamer, as the panel's test button does: no
    // cooldowns, rate cap or permission, and it works while disarmed. False (with a reason in
    // the activity) when the action or choice does not exist.
    bool testAction(const QString &actionId, const QString &choice = QString());

Q_SIGNALS:
    void armedChanged(bool armed);
    void modeChanged(chatvox::Bridge::Mode mode);
    void configChanged();
    void statusChanged();
    void activityAdded(const chatvox::BridgeActivity &entry);
    // An action left the queue to run (dry run: would run).
    void actionFired(const chatvox::TriggeredAction &action);
    // PowerShell finished it (ok) or could not.
    void actionFinished(const chatvox::TriggeredAction &action, bool ok, const QString &error);
    // {"event":"action",...} lines, the --dry-run contract (also in live runs).
    void decision(const QByteArray &jsonLine);
    // A moderator typed !stop: the app's kill switch should engage (Pipeline::engageKillSwitch).
    void killSwitchRequested();
    void idle();
    // bridge.json was changed from outside but cannot be used: nothing changed. Why, translated.
    void reloadFailed(const QString &problem);

private:
    void onConfigFileChanged(const QByteArray &content);
    void keepActions(const QString &message);
    qint64 nowMs(qint64 sentAtMs = 0);
    void applyResult(const MatchResult &result);
    void pump();
    void fire(const TriggeredAction &action);
    void startHost();
    void onPlanPrepared(const HostLaunchPlan &plan);
    void onPlanFailed(const QString &error);
    // A plan in flight is no longer wanted (reload, stop, kill switch): it never starts, and
    // test runs waiting for it fail with `reason`.
    void dropPlanning(const QString &reason);
    void failTestRun(const TriggeredAction &action, const QString &problem);
    void onHostFinished(qint64 seq, bool ok, const QString &error);
    void onHostState(PowerShellHost::State state);
    void addActivity(BridgeActivity entry);
    void reportHealth();
    void checkIdle();
    void notifyArmed();
    void killSwitch(const QString &who);
    QString describe(const QString &actionId, const QString &choice) const;
    QString reasonText(const MatchResult &result) const;

    Options m_options;
    TriggerMatcher m_matcher;
    QString m_loadProblem;
    bool m_dryRun = false;
    bool m_started = false;
    PowerShellHost *m_host;
    HostLaunchPlanner *m_planner;
    std::optional<HostLaunchPlan> m_plan;
    struct WaitingTest
    {
        HostRequest request;
        TriggeredAction action;
    };
    QList<WaitingTest> m_testsWaiting; // test runs asked for while the plan is prepared
    QString m_hostProblem;
    BridgeActivityModel *m_activity;
    BridgeActionModel *m_actions;
    QTimer *m_pumpTimer;
    QElapsedTimer m_clock;
    qint64 m_lastLogMs = 0; // dry run: the log's clock
    QHash<qint64, TriggeredAction> m_running; // host seq → action (tests have an empty id)
    QPointer<Supervisor> m_supervisor;
    bool m_wasIdle = true;
    bool m_armedShown = false;
    bool m_killEngaged = false;
    bool m_loaded = false;
    FileWatch *m_watch = nullptr;
};

} // namespace chatvox

Q_DECLARE_METATYPE(chatvox::TriggeredAction)
