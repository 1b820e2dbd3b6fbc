#include "bridge.h"

#include "app/bridgeactionmodel.h"
#include "app/filewatch.h"
#include "app/logging.h"
#include "app/supervisor.h"
#include "bridge/keyrelease.h"
#include "core/clock.h"

#include <utility>

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace chatvox {

namespace {

const QString kPart = u"bridge"_s;

QByteArray jsonValue(const QJsonValue &value)
{
    const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

// {"event":"action","id":…,"user":…,"action":…,"choice":…} with the keys in contract order.
QByteArray actionLine(const TriggeredAction &a)
{
    return "{\"event\":\"action\",\"id\":" + jsonValue(a.eventId)
        + ",\"user\":" + jsonValue(a.login) + ",\"action\":" + jsonValue(a.actionId)
        + ",\"choice\":" + (a.choice.isEmpty() ? QByteArray("null") : jsonValue(a.choice)) + '}';
}

QString reasonId(MatchResult::Reason reason)
{
    switch (reason) {
    case MatchResult::Reason::None:
        return {};
    case MatchResult::Reason::Disarmed:
        return u"disarmed"_s;
    case MatchResult::Reason::NotEnabled:
        return u"not_enabled"_s;
    case MatchResult::Reason::Permission:
        return u"permission"_s;
    case MatchResult::Reason::UserCooldown:
        return u"user_cooldown"_s;
    case MatchResult::Reason::GlobalCooldown:
        return u"global_cooldown"_s;
    case MatchResult::Reason::UnknownChoice:
        return u"unknown_choice"_s;
    case MatchResult::Reason::ChoiceRequired:
        return u"choice_required"_s;
    case MatchResult::Reason::KillSwitchLatched:
        return u"kill_switch_latched"_s;
    case MatchResult::Reason::Duplicate:
        return u"duplicate"_s;
    }
    return {};
}

BridgeConfig::Mode toConfigMode(Bridge::Mode mode)
{
    return mode == Bridge::Mode::Democracy ? BridgeConfig::Mode::Democracy
                                           : BridgeConfig::Mode::Anarchy;
}

QString seconds(qint64 ms)
{
    return QString::number(double(ms) / 1000.0, 'f', 1);
}

} // namespace

Bridge::Bridge(const Options &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_host(new PowerShellHost(this))
    , m_planner(new HostLaunchPlanner(this))
    , m_activity(new BridgeActivityModel(this))
    , m_actions(new BridgeActionModel(this))
    , m_pumpTimer(new QTimer(this))
{
    qRegisterMetaType<BridgeActivity>();
    qRegisterMetaType<TriggeredAction>();
    m_clock.start();
    m_host->setTiming(m_options.timing);
    m_pumpTimer->setSingleShot(true);
    connect(m_pumpTimer, &QTimer::timeout, this, &Bridge::pump);
    connect(m_host, &PowerShellHost::requestFinished, this,
            [this](qint64 seq, bool ok, const QString &error, qint64) {
                onHostFinished(seq, ok, error);
            });
    connect(m_host, &PowerShellHost::stateChanged, this, &Bridge::onHostState);
    connect(m_host, &PowerShellHost::problem, this, [this](const QString &message) {
        m_hostProblem = message;
        BridgeActivity e;
        e.kind = BridgeActivity::Kind::HostProblem;
        e.reason = u"host"_s;
        e.text = message;
        addActivity(e);
        reportHealth();
        emit statusChanged();
    });
    connect(m_host, &PowerShellHost::restartScheduled, this,
            [](int delayMs, const QString &reason) {
                qCInfo(lcApp).noquote()
                    << tr("PowerShell is restarted in %1 s (%2)").arg(seconds(delayMs), reason);
            });
    connect(m_host, &PowerShellHost::diagnostic, this,
            [](const QString &line) { qCDebug(lcApp).noquote() << "PowerShell:" << line; });
    connect(m_planner, &HostLaunchPlanner::prepared, this, &Bridge::onPlanPrepared);
    connect(m_planner, &HostLaunchPlanner::failed, this, &Bridge::onPlanFailed);
}

Bridge::~Bridge()
{
    // Before the host waits for its last process: a plan in flight stops meanwhile.
    m_planner->cancel();
}

bool Bridge::load()
{
    m_loadProblem.clear();
    if (m_watch)
        m_watch->takeCurrentAsKnown(); // what is read now is no outside change
    const bool exists = QFileInfo::exists(m_options.configPath);
    dropPlanning(tr("bridge.json was read again"));
    if (!exists && !m_options.configExplicit) {
        qCInfo(lcApp).noquote() << tr("Viewer-input bridge: off (no %1).")
                                       .arg(QDir::toNativeSeparators(m_options.configPath));
        m_matcher.setConfig(BridgeConfig(), nowMs());
        m_actions->setActions({});
        emit configChanged();
        return true;
    }
    Result<BridgeConfig> config = loadBridgeConfig(m_options.configPath);
    if (!config) {
        // An unusable file arms nothing: the bridge keeps an empty, disabled configuration.
        m_loadProblem = config.error();
        m_matcher.setConfig(BridgeConfig(), nowMs());
        m_actions->setActions({});
        emit configChanged();
        notifyArmed();
        emit statusChanged();
        reportHealth();
        return false;
    }
    const bool wasEnabled = isEnabled();
    m_matcher.setConfig(config.value(), nowMs());
    // Armed at start when enabled; a later reload keeps the armed state (and the kill
    // switch), except that newly enabling the bridge arms it.
    if (config->enabled && (!m_loaded || !wasEnabled) && !isKillSwitchLatched())
        m_matcher.arm();
    m_loaded = true;
    m_actions->setActions(config->actions);
    m_plan.reset();
    qCInfo(lcApp).noquote() << (config->enabled
                                    ? tr("Viewer-input bridge: %n action(s) from %1, %2 mode.",
                                         nullptr, int(config->actions.size()))
                                          .arg(QDir::toNativeSeparators(m_options.configPath),
                                               modeName(config->mode))
                                    : tr("Viewer-input bridge: off (\"enabled\" is false in %1).")
                                          .arg(QDir::toNativeSeparators(m_options.configPath)));
    emit configChanged();
    notifyArmed();
    emit modeChanged(mode());
    emit statusChanged();
    return true;
}

bool Bridge::reload()
{
    const bool wasArmed = isArmed();
    const bool ok = load();
    if (ok && m_started && !m_dryRun) {
        m_host->stop();
        if (isArmed())
            startHost();
    }
    if (wasArmed != isArmed())
        notifyArmed();
    return ok;
}

bool Bridge::saveConfig(const BridgeConfig &config, QString *error)
{
    const QString baseDir = QFileInfo(m_options.configPath).absolutePath();
    const QByteArray json = bridgeConfigToJson(config, baseDir);
    const Result<BridgeConfig> checked = parseBridgeConfig(json, baseDir);
    if (!checked) {
        if (error)
            *error = checked.error();
        return false;
    }
    QDir().mkpath(baseDir);
    QSaveFile file(m_options.configPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2")
                         .arg(QDir::toNativeSeparators(m_options.configPath), file.errorString());
        return false;
    }
    return reload();
}

void Bridge::watchConfig()
{
    if (m_watch || m_options.configPath.isEmpty())
        return;
    m_watch = new FileWatch(m_options.configPath, this);
    connect(m_watch, &FileWatch::changed, this, &Bridge::onConfigFileChanged);
    connect(m_watch, &FileWatch::removed, this, [this] {
        if (m_loadProblem.isEmpty() && isEnabled())
            keepActions(tr("%1 was removed. The actions in use are kept until it reappears; the "
                           "kill switch stops them at once.")
                            .arg(QDir::toNativeSeparators(m_options.configPath)));
        else
            qCInfo(lcApp).noquote()
                << tr("%1 was removed.").arg(QDir::toNativeSeparators(m_options.configPath));
    });
}

void Bridge::onConfigFileChanged(const QByteArray &content)
{
    const QString shown = QDir::toNativeSeparators(m_options.configPath);
    const Result<BridgeConfig> config
        = parseBridgeConfig(content, QFileInfo(m_options.configPath).absolutePath());
    // Only a configuration in use is kept; without one, reload() shows the file's problem.
    if (!config && m_loaded && m_loadProblem.isEmpty()) {
        keepActions(tr("%1 was changed but cannot be used (%2). The actions in use are kept "
                       "until it is fixed.")
                        .arg(shown, config.error()));
        return;
    }
    qCInfo(lcApp).noquote() << tr("%1 was changed; reading it again.").arg(shown);
    reload();
}

void Bridge::keepActions(const QString &message)
{
    qCWarning(lcApp).noquote() << message;
    BridgeActivity e;
    e.timeMs = QDateTime::currentMSecsSinceEpoch();
    e.kind = BridgeActivity::Kind::Control;
    e.reason = u"config"_s;
    e.text = message;
    m_activity->append(e); // logged above, as a warning
    emit activityAdded(e);
    emit reloadFailed(message);
}

void Bridge::setSupervisor(Supervisor *supervisor)
{
    m_supervisor = supervisor;
    if (m_supervisor)
        m_supervisor->setDisplayName(kPart, tr("Viewer-input bridge"));
    reportHealth();
}

qint64 Bridge::nowMs(qint64 sentAtMs)
{
    if (m_dryRun) {
        // A dry run decides in the log's own time, however fast it is read.
        m_lastLogMs = sentAtMs > 0 ? sentAtMs : m_clock.elapsed();
        return m_lastLogMs;
    }
    return m_clock.elapsed();
}

Bridge::Mode Bridge::mode() const
{
    return m_matcher.mode() == BridgeConfig::Mode::Democracy ? Mode::Democracy : Mode::Anarchy;
}

bool Bridge::isIdle() const
{
    return m_matcher.queuedCount() == 0 && !m_matcher.voteEndsAtMs() && m_running.isEmpty()
        && m_testsWaiting.isEmpty();
}

QString Bridge::statusText() const
{
    if (!m_loadProblem.isEmpty())
        return m_loadProblem;
    if (!isEnabled())
        return tr("Off: not enabled in %1.").arg(QDir::toNativeSeparators(m_options.configPath));
    QString state;
    if (isKillSwitchLatched())
        state = tr("Disarmed by the kill switch; arm it again to go on.");
    else if (!isArmed())
        state = tr("Disarmed.");
    else
        state = mode() == Mode::Democracy ? tr("Armed, democracy.") : tr("Armed, anarchy.");
    if (m_dryRun)
        return state;
    if (!m_hostProblem.isEmpty())
        return state + u' ' + m_hostProblem;
    if (isPreparingHost())
        return state + u' ' + tr("Starting PowerShell…");
    switch (m_host->state()) {
    case PowerShellHost::State::Starting:
        return state + u' ' + tr("Starting PowerShell…");
    case PowerShellHost::State::Ready:
    case PowerShellHost::State::Busy:
        return state + u' ' + tr("PowerShell ready.");
    case PowerShellHost::State::Restarting:
        return state + u' ' + tr("PowerShell is being restarted.");
    case PowerShellHost::State::Failed:
        return state + u' ' + tr("PowerShell keeps failing: %1").arg(m_host->lastProblem());
    case PowerShellHost::State::Stopped:
        break;
    }
    return state;
}

void Bridge::start()
{
    m_started = true;
    m_dryRun = false;
    if (isEnabled() && isArmed())
        startHost();
    reportHealth();
}

void Bridge::startDryRun()
{
    m_started = true;
    m_dryRun = true;
}

void Bridge::stop()
{
    m_pumpTimer->stop();
    m_matcher.clear(); // nothing new starts while PowerShell winds down
    dropPlanning(tr("the bridge was stopped"));
    m_host->stop();
}

void Bridge::finishInput()
{
    if (!m_dryRun)
        return;
    for (int guard = 0; guard < 100000; ++guard) {
        const std::optional<qint64> due = m_matcher.nextDueMs(m_lastLogMs);
        if (!due)
            break;
        m_lastLogMs = *due;
        pump();
    }
    checkIdle();
}

void Bridge::startHost()
{
    if (m_dryRun || !isEnabled())
        return;
    if (m_plan) {
        m_host->start();
        return;
    }
    if (isPreparingHost())
        return; // it starts when the plan is ready
    HostLaunchOptions options = m_options.launch;
    options.powershellChoice = config().powershell;
    options.scriptsFolder = config().scriptsFolder;
    options.scriptNames.clear();
    for (const Action &a : config().actions) {
        if (a.kind == Action::Kind::Script && !options.scriptNames.contains(a.script))
            options.scriptNames << a.script;
    }
    // Off the GUI thread: from WSL this asks cmd.exe and wslpath, which may take seconds.
    m_planner->prepare(options);
    reportHealth();
    emit statusChanged();
}

void Bridge::onPlanPrepared(const HostLaunchPlan &plan)
{
    m_plan = plan;
    m_host->setPlan(*m_plan);
    m_host->start();
    for (const WaitingTest &t : std::exchange(m_testsWaiting, {}))
        m_running.insert(m_host->submit(t.request), t.action);
    reportHealth();
    emit statusChanged();
    pump(); // actions that came meanwhile
}

void Bridge::onPlanFailed(const QString &error)
{
    m_hostProblem = error;
    qCWarning(lcApp).noquote() << m_hostProblem;
    BridgeActivity e;
    e.kind = BridgeActivity::Kind::HostProblem;
    e.reason = u"launch"_s;
    e.text = m_hostProblem;
    addActivity(e);
    for (const WaitingTest &t : std::exchange(m_testsWaiting, {}))
        failTestRun(t.action, m_hostProblem);
    reportHealth();
    emit statusChanged();
    pump(); // actions that came meanwhile fail visibly
}

void Bridge::dropPlanning(const QString &reason)
{
    m_planner->cancel();
    for (const WaitingTest &t : std::exchange(m_testsWaiting, {}))
        failTestRun(t.action, reason);
}

void Bridge::failTestRun(const TriggeredAction &action, const QString &problem)
{
    BridgeActivity f;
    f.kind = BridgeActivity::Kind::Failed;
    f.actionId = action.actionId;
    f.choice = action.choice;
    f.reason = u"host"_s;
    f.text = tr("%1 did not run: %2").arg(describe(action.actionId, action.choice), problem);
    addActivity(f);
    emit actionFinished(action, false, problem);
}

void Bridge::handleChatMessage(const ChatMessage &message)
{
    const qint64 now = nowMs(message.sentAtMs);
    if (m_dryRun)
        pump(); // a vote due before this message closes first
    applyResult(m_matcher.handleChat(message, now));
    pump();
}

void Bridge::handleRedemption(const Redemption &redemption)
{
    const qint64 now = nowMs(redemption.redeemedAtMs);
    if (m_dryRun)
        pump();
    applyResult(m_matcher.handleRedemption(redemption, now));
    pump();
}

void Bridge::applyResult(const MatchResult &r)
{
    BridgeActivity e;
    e.login = r.login;
    e.displayName = r.displayName;
    e.actionId = r.actionId;
    e.choice = r.choice;
    const QString who = r.displayName.isEmpty() ? r.login : r.displayName;
    switch (r.outcome) {
    case MatchResult::Outcome::Ignored:
        return;
    case MatchResult::Outcome::Queued:
        if (r.dropped) {
            BridgeActivity d;
            d.kind = BridgeActivity::Kind::Dropped;
            d.login = r.dropped->login;
            d.displayName = r.dropped->displayName;
            d.actionId = r.dropped->actionId;
            d.choice = r.dropped->choice;
            d.reason = u"queue_full"_s;
            d.text = tr("Too many actions at once: dropped %1 of %2 (%n dropped so far).", nullptr,
                        int(m_matcher.droppedCount()))
                         .arg(describe(d.actionId, d.choice), d.login);
            addActivity(d);
        }
        return;
    case MatchResult::Outcome::Voted:
        e.kind = BridgeActivity::Kind::Voted;
        e.text = tr("%1 voted for %2.").arg(who, describe(r.actionId, r.choice));
        addActivity(e);
        return;
    case MatchResult::Outcome::Rejected:
        e.kind = BridgeActivity::Kind::Rejected;
        e.reason = reasonId(r.reason);
        e.text = reasonText(r);
        addActivity(e);
        return;
    case MatchResult::Outcome::Control:
        break;
    }
    e.kind = BridgeActivity::Kind::Control;
    switch (r.control) {
    case MatchResult::Control::KillSwitch:
        killSwitch(who);
        // The app's kill switch also silences speech; it calls engageKillSwitch() again,
        // which then has nothing left to do.
        emit killSwitchRequested();
        return;
    case MatchResult::Control::Arm:
        e.reason = u"armed"_s;
        e.text = tr("%1 armed the bridge.").arg(who);
        m_killEngaged = false;
        addActivity(e);
        startHost();
        notifyArmed();
        break;
    case MatchResult::Control::Disarm:
        e.reason = u"disarmed"_s;
        e.text = tr("%1 disarmed the bridge.").arg(who);
        addActivity(e);
        notifyArmed();
        break;
    case MatchResult::Control::Anarchy:
    case MatchResult::Control::Democracy:
        e.reason = u"mode"_s;
        e.text = r.control == MatchResult::Control::Democracy
            ? tr("%1 switched the bridge to democracy.").arg(who)
            : tr("%1 switched the bridge to anarchy.").arg(who);
        addActivity(e);
        emit modeChanged(mode());
        break;
    case MatchResult::Control::None:
        return;
    }
    emit statusChanged();
    reportHealth();
}

void Bridge::pump()
{
    m_pumpTimer->stop();
    if (!m_dryRun && isPreparingHost()) {
        checkIdle();
        return; // what is due waits for the plan, as it would for the host (onPlanPrepared)
    }
    const qint64 now = m_dryRun ? m_lastLogMs : m_clock.elapsed();
    // Live, one action at a time: the next leaves the queue when PowerShell answered.
    while (m_dryRun || m_running.isEmpty()) {
        const std::optional<TriggeredAction> next = m_matcher.takeNext(now);
        if (!next)
            break;
        fire(*next);
    }
    if (!m_dryRun && m_running.isEmpty()) {
        if (const std::optional<qint64> due = m_matcher.nextDueMs(now))
            m_pumpTimer->start(int(std::clamp<qint64>(*due - now, 0, 3600 * 1000)));
    }
    checkIdle();
}

void Bridge::fire(const TriggeredAction &a)
{
    emit decision(actionLine(a));
    emit actionFired(a);
    BridgeActivity e;
    e.kind = BridgeActivity::Kind::Fired;
    e.login = a.login;
    e.displayName = a.displayName;
    e.actionId = a.actionId;
    e.choice = a.choice;
    const QString who = a.displayName.isEmpty() ? a.login : a.displayName;
    e.text = a.votes > 0
        ? tr("%1 won the vote (%n vote(s)).", nullptr, a.votes).arg(describe(a.actionId, a.choice))
        : tr("%1 triggered %2.").arg(who, describe(a.actionId, a.choice));
    addActivity(e);
    if (m_dryRun)
        return;

    const Action *action = config().action(a.actionId);
    const std::optional<HostRequest> request
        = action ? requestForAction(*action, a.choice) : std::nullopt;
    QString problem;
    if (!request)
        problem = tr("the action is no longer in bridge.json");
    else if (!m_plan)
        problem = m_hostProblem.isEmpty() ? tr("PowerShell is not set up") : m_hostProblem;
    else if (m_host->state() == PowerShellHost::State::Failed)
        problem = tr("PowerShell is not working: %1").arg(m_host->lastProblem());
    else if (m_host->state() == PowerShellHost::State::Stopped)
        m_host->start();
    if (!problem.isEmpty()) {
        BridgeActivity f = e;
        f.kind = BridgeActivity::Kind::Failed;
        f.reason = u"host"_s;
        f.text = tr("%1 did not run: %2").arg(describe(a.actionId, a.choice), problem);
        addActivity(f);
        emit actionFinished(a, false, problem);
        return;
    }
    m_running.insert(m_host->submit(*request), a);
}

void Bridge::onHostFinished(qint64 seq, bool ok, const QString &error)
{
    const auto it = m_running.constFind(seq);
    if (it == m_running.cend())
        return;
    const TriggeredAction a = *it;
    m_running.erase(it);
    BridgeActivity e;
    e.kind = ok ? BridgeActivity::Kind::Done : BridgeActivity::Kind::Failed;
    e.login = a.login;
    e.displayName = a.displayName;
    e.actionId = a.actionId;
    e.choice = a.choice;
    e.reason = ok ? QString() : u"host"_s;
    const qint64 ms = a.receivedNs > 0 ? (monotonicNs() - a.receivedNs) / 1000000 : -1;
    e.text = ok ? (ms >= 0 ? tr("%1 done (%2 ms after the trigger).")
                                 .arg(describe(a.actionId, a.choice))
                                 .arg(ms)
                           : tr("%1 done.").arg(describe(a.actionId, a.choice)))
                : tr("%1 failed: %2").arg(describe(a.actionId, a.choice), error);
    addActivity(e);
    emit actionFinished(a, ok, error);
    pump();
}

void Bridge::onHostState(PowerShellHost::State state)
{
    if (state == PowerShellHost::State::Ready)
        m_hostProblem.clear();
    reportHealth();
    emit statusChanged();
    if (state == PowerShellHost::State::Ready || state == PowerShellHost::State::Failed)
        pump();
}

void Bridge::setArmed(bool armed)
{
    if (armed) {
        if (!m_matcher.arm()) {
            BridgeActivity e;
            e.kind = BridgeActivity::Kind::Rejected;
            e.reason = u"not_enabled"_s;
            e.text = m_loadProblem.isEmpty()
                ? tr("The bridge cannot be armed: it is not enabled in %1.")
                      .arg(QDir::toNativeSeparators(m_options.configPath))
                : m_loadProblem;
            addActivity(e);
            notifyArmed();
            return;
        }
        m_killEngaged = false;
        BridgeActivity e;
        e.kind = BridgeActivity::Kind::Control;
        e.reason = u"armed"_s;
        e.text = tr("The bridge is armed.");
        addActivity(e);
        startHost();
    } else {
        if (!isArmed())
            return;
        m_matcher.disarm();
        BridgeActivity e;
        e.kind = BridgeActivity::Kind::Control;
        e.reason = u"disarmed"_s;
        e.text = tr("The bridge is disarmed.");
        addActivity(e);
    }
    notifyArmed();
    emit statusChanged();
    reportHealth();
    checkIdle();
}

void Bridge::setMode(Mode newMode)
{
    if (newMode == mode())
        return;
    m_matcher.setMode(toConfigMode(newMode), nowMs(m_lastLogMs));
    BridgeActivity e;
    e.kind = BridgeActivity::Kind::Control;
    e.reason = u"mode"_s;
    e.text = newMode == Mode::Democracy ? tr("Democracy: viewers vote, the winner runs.")
                                        : tr("Anarchy: every valid command runs.");
    addActivity(e);
    emit modeChanged(newMode);
    emit statusChanged();
    pump();
}

void Bridge::engageKillSwitch()
{
    if (m_killEngaged && !isArmed() && m_running.isEmpty())
        return; // already done (the tray and a moderator's !stop may both come)
    killSwitch(QString());
}

void Bridge::killSwitch(const QString &who)
{
    m_killEngaged = true;
    m_matcher.engageKillSwitch();
    m_pumpTimer->stop();
    dropPlanning(tr("Stopped by the kill switch."));
    const QList<ScanKey> held = m_host->possiblyHeldKeys();
    m_host->kill(tr("Stopped by the kill switch."));
    if (!held.isEmpty() && !m_dryRun) {
        // Windows: let go of them right here, at once. WSL/Linux: a short-lived host does it.
        const bool local = m_plan && !m_plan->viaWsl && releaseKeysLocally(held);
        if (!local)
            m_host->releaseHeldKeys();
    }
    if (!isEnabled())
        return; // nothing of the bridge ran; the app's kill switch still silences speech
    BridgeActivity e;
    e.kind = BridgeActivity::Kind::Control;
    e.reason = u"kill_switch"_s;
    e.text = who.isEmpty()
        ? tr("Kill switch: the bridge is disarmed and PowerShell was stopped. It stays "
             "disarmed until you arm it again.")
        : tr("%1 used the kill switch (!stop): the bridge is disarmed and PowerShell was "
             "stopped. It stays disarmed until you arm it again.")
              .arg(who);
    qCWarning(lcApp).noquote() << e.text;
    addActivity(e);
    notifyArmed();
    emit statusChanged();
    reportHealth();
    checkIdle();
}

bool Bridge::testAction(const QString &actionId, const QString &choice)
{
    const Action *action = config().action(actionId);
    const QString word = asciiLower(choice);
    const std::optional<HostRequest> request
        = action ? requestForAction(*action, word) : std::nullopt;
    BridgeActivity e;
    e.kind = BridgeActivity::Kind::Test;
    e.actionId = actionId;
    e.choice = request ? word : QString();
    if (!request) {
        e.reason = u"unknown_action"_s;
        e.text = tr("There is no action %1 to test.").arg(describe(actionId, word));
        addActivity(e);
        return false;
    }
    if (m_dryRun)
        return false;
    e.text = tr("Test run of %1.").arg(describe(actionId, word));
    addActivity(e);
    if (!m_plan || m_host->state() == PowerShellHost::State::Stopped)
        startHost();
    TriggeredAction t;
    t.actionId = actionId;
    t.choice = word;
    t.receivedNs = monotonicNs();
    if (!m_plan && isPreparingHost()) {
        m_testsWaiting.append({*request, t}); // runs when the plan is ready
        return true;
    }
    if (!m_plan) {
        BridgeActivity f = e;
        f.kind = BridgeActivity::Kind::Failed;
        f.reason = u"host"_s;
        f.text = tr("%1 did not run: %2").arg(describe(actionId, word), m_hostProblem);
        addActivity(f);
        return false;
    }
    m_running.insert(m_host->submit(*request), t);
    return true;
}

void Bridge::addActivity(BridgeActivity entry)
{
    entry.timeMs = QDateTime::currentMSecsSinceEpoch();
    // Refusals and votes can come by the hundred in a busy chat: the feed has them, the log
    // only when asked for (chatvox.app.debug).
    if (entry.kind == BridgeActivity::Kind::Rejected || entry.kind == BridgeActivity::Kind::Voted)
        qCDebug(lcApp).noquote() << u"[bridge]"_s << entry.text;
    else
        qCInfo(lcApp).noquote() << u"[bridge]"_s << entry.text;
    m_activity->append(entry);
    emit activityAdded(entry);
}

void Bridge::reportHealth()
{
    if (!m_supervisor || m_dryRun || !m_started)
        return;
    if (!m_loadProblem.isEmpty()) {
        m_supervisor->report(kPart, Supervisor::Health::Degraded, m_loadProblem);
        return;
    }
    if (!isEnabled())
        return;
    using H = Supervisor::Health;
    if (isPreparingHost()) {
        m_supervisor->report(kPart, H::Starting, statusText());
        return;
    }
    switch (m_host->state()) {
    case PowerShellHost::State::Starting:
        m_supervisor->report(kPart, H::Starting, statusText());
        break;
    case PowerShellHost::State::Restarting:
        m_supervisor->report(kPart, H::Degraded, statusText());
        break;
    case PowerShellHost::State::Failed:
        m_supervisor->report(kPart, H::Failed, statusText());
        break;
    case PowerShellHost::State::Ready:
    case PowerShellHost::State::Busy:
    case PowerShellHost::State::Stopped:
        m_supervisor->report(kPart, m_hostProblem.isEmpty() ? H::Ok : H::Failed, statusText());
        break;
    }
}

void Bridge::notifyArmed()
{
    if (isArmed() == m_armedShown)
        return;
    m_armedShown = isArmed();
    emit armedChanged(m_armedShown);
}

void Bridge::checkIdle()
{
    const bool nowIdle = isIdle();
    const bool becameIdle = nowIdle && !m_wasIdle;
    m_wasIdle = nowIdle; // before emitting: a receiver may come back here
    if (becameIdle)
        emit idle();
}

QString Bridge::describe(const QString &actionId, const QString &choice) const
{
    return choice.isEmpty() ? actionId : actionId + u' ' + choice;
}

QString Bridge::reasonText(const MatchResult &r) const
{
    const QString who = r.displayName.isEmpty() ? r.login : r.displayName;
    const QString what = r.actionId.isEmpty() ? tr("a bridge command") : r.actionId;
    switch (r.reason) {
    case MatchResult::Reason::None:
        break;
    case MatchResult::Reason::Disarmed:
        return tr("%1 tried %2: the bridge is disarmed.").arg(who, what);
    case MatchResult::Reason::NotEnabled:
        return tr("%1 tried to arm the bridge: it is not enabled in bridge.json.").arg(who);
    case MatchResult::Reason::Permission: {
        const Action *action = config().action(r.actionId);
        return tr("%1 may not use %2 (for %3).")
            .arg(who, what,
                 action ? permissionName(action->permission)
                        : permissionName(Permission::Moderator));
    }
    case MatchResult::Reason::UserCooldown:
        return tr("%1 tried %2: cooling down for this viewer, %3 s left.")
            .arg(who, what, seconds(r.retryInMs));
    case MatchResult::Reason::GlobalCooldown:
        return tr("%1 tried %2: cooling down, %3 s left.").arg(who, what, seconds(r.retryInMs));
    case MatchResult::Reason::UnknownChoice:
        return tr("%1 tried %2 with a word that is not one of its choices.").arg(who, what);
    case MatchResult::Reason::ChoiceRequired: {
        QStringList words;
        if (const Action *action = config().action(r.actionId)) {
            for (const ActionChoice &c : action->choices)
                words << c.word;
        }
        return tr("%1 tried %2 without a choice (%3).").arg(who, what, words.join(u", "_s));
    }
    case MatchResult::Reason::KillSwitchLatched:
        return tr("%1 tried to arm the bridge: after the kill switch only the streamer can.")
            .arg(who);
    case MatchResult::Reason::Duplicate:
        return tr("The same redemption of %1 by %2 came twice; it runs once.").arg(what, who);
    }
    return {};
}

} // namespace chatvox
