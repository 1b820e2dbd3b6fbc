#pragma once

#include "bridge/keycodes.h"
#include "core/result.h"

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace chatvox {

// Who may use a chat command. Ranks are ordered: a higher rank may use what a lower one may.
enum class Permission { Everyone, Subscriber, Vip, Moderator, Broadcaster };

// One step of a keys action: the keys pressed together (a combo, pressed in order and released
// in reverse), held for holdMs.
struct KeyStep
{
    QStringList names; // as the streamer wrote them, for display
    QList<ScanKey> keys;
    int holdMs = 0;
    friend bool operator==(const KeyStep &, const KeyStep &) = default;
};

// What a keys action presses, or which arguments a script action gets: the resolved, fixed data
// of an action or of one of its choices. Nothing here ever comes from a viewer.
struct ActionPayload
{
    QList<KeyStep> steps; // keys: a sequence of steps
    QStringList args; // script: fixed arguments, passed as plain strings
    friend bool operator==(const ActionPayload &, const ActionPayload &) = default;
};

struct ActionChoice
{
    QString word; // the viewer's word that selects it, lower-case ASCII letters
    ActionPayload payload;
    friend bool operator==(const ActionChoice &, const ActionChoice &) = default;
};

struct ActionTrigger
{
    QString command; // chat command ("!jump"), or empty
    QString reward; // channel-point reward title or id, or empty
    friend bool operator==(const ActionTrigger &, const ActionTrigger &) = default;
};

// One action the streamer lets viewers trigger (an entry of bridge.json "actions").
struct Action
{
    enum class Kind { Keys, Script };

    QString id;
    Kind kind = Kind::Keys;
    ActionPayload payload; // what runs without a choice word; may be empty when choices exist
    bool hasDefault = false; // payload is usable on its own
    int holdMs = 100; // keys: default hold of each step
    int gapMs = 30; // keys: pause between the steps of a sequence
    QString script; // script: file name inside the scripts folder
    int timeoutMs = 10000; // script: how long it may run
    QList<ActionChoice> choices;
    QList<ActionTrigger> triggers;
    Permission permission = Permission::Everyone;
    int userCooldownMs = 0;
    int globalCooldownMs = 0;

    const ActionChoice *choice(QStringView word) const; // exact word (already normalized)
    // The data to run for `choice` (empty: the default); nullptr when there is none.
    const ActionPayload *payloadFor(QStringView choice) const;
    friend bool operator==(const Action &, const Action &) = default;
};

// bridge.json, validated.
struct BridgeConfig
{
    enum class Mode { Anarchy, Democracy };

    bool enabled = false; // the bridge is off until the streamer turns it on
    Mode mode = Mode::Anarchy;
    int voteWindowMs = 10000; // democracy: votes are counted over this window
    int rateCapActions = 3; // at most this many actions ...
    int rateCapWindowMs = 1000; // ... per this window, all viewers together
    int queueLimit = 10; // waiting actions beyond this drop the oldest
    QString scriptsFolder; // absolute; the only place scripts are taken from
    QString powershell; // "powershell", "pwsh" or a path; empty = "powershell"
    QList<Action> actions;

    const Action *action(QStringView id) const;
    friend bool operator==(const BridgeConfig &, const BridgeConfig &) = default;
};

// Limits the loader enforces; host.ps1 enforces the same ones again.
inline constexpr int kMaxHoldMs = 5000;
inline constexpr int kMaxGapMs = 2000;
inline constexpr int kMaxSteps = 32;
inline constexpr int kMaxKeysPerStep = 8;
inline constexpr int kMaxScriptArgs = 16;
inline constexpr int kMaxScriptArgLength = 256;
inline constexpr int kMaxScriptTimeoutMs = 300000;
inline constexpr qsizetype kMaxBridgeFileBytes = 1024 * 1024;

// Words ChatVox keeps for moderators; no action may use them as its command.
inline constexpr QStringView kBridgeCommand = u"!bridge";
inline constexpr QStringView kStopCommand = u"!stop";

QString permissionName(Permission permission);
QString modeName(BridgeConfig::Mode mode);
std::optional<BridgeConfig::Mode> modeFromName(QStringView name);

// Lower-cases ASCII letters only. Viewer words are compared after this and nothing else, so a
// look-alike (full-width letters, Kelvin sign, ...) never equals a declared word.
QString asciiLower(QStringView text);

// Parses bridge.json. baseDir resolves a relative scriptsFolder (default "bridge-scripts" next
// to the file). Errors name the place: "actions[1].keys[0]: unknown key \"Spcae\"". Scripts are
// checked to exist inside the scripts folder.
Result<BridgeConfig> parseBridgeConfig(const QByteArray &json, const QString &baseDir);
Result<BridgeConfig> loadBridgeConfig(const QString &path);

// The same format back (for the editor). parseBridgeConfig(toJson(c)) == c.
QByteArray bridgeConfigToJson(const BridgeConfig &config, const QString &baseDir);

// bridge.json next to the settings file.
QString bridgeConfigPathNextTo(const QString &settingsFile);

} // namespace chatvox

Q_DECLARE_METATYPE(chatvox::BridgeConfig)
