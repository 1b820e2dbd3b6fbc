#pragma once

#include "bridge/bridgeconfig.h"

#include <QString>
#include <QStringList>

namespace chatvox {

class Bridge;

// What the Bridge panel and its dialogs edit, and how they save it. Saving always goes through
// Bridge::saveConfig(), which validates with the same loader as bridge.json itself.

// The bridge's configuration as a starting point for an edit: the loaded one, or the defaults
// of a new bridge.json (scripts folder next to it) when there is no file yet.
BridgeConfig editableBridgeConfig(const Bridge &bridge);

// True when the panel may edit: a bridge.json with a mistake is never overwritten from the
// window (it would lose what the streamer wrote); it is fixed by hand and reloaded.
bool canEditBridgeConfig(const Bridge &bridge);

// Saves `config` with the bridge's live mode (a switch in the panel or a moderator's
// "!bridge democracy" is kept, not undone by an unrelated edit). False with the validator's
// message in *error.
bool saveBridgeConfig(Bridge &bridge, BridgeConfig config, QString *error);

// The key names offered by the editors, in the README's order (letters, digits, F keys,
// editing keys, modifiers, arrows, numpad, punctuation), each a name the loader knows, and
// each key once (aliases such as "Escape" are left out; "Shift" and "LShift" both stay).
QStringList bridgeKeyNamesForEditor();

// Who may use an action, in words ("Everyone", "Moderators and you"), translated; brief for a
// table column ("Moderators").
QString permissionLabel(Permission permission, bool brief = false);
inline constexpr Permission kPermissions[]
    = {Permission::Everyone, Permission::Subscriber, Permission::Vip, Permission::Moderator,
       Permission::Broadcaster};

// The .ps1 files of the scripts folder, sorted.
QStringList bridgeScriptsIn(const QString &folder);

} // namespace chatvox
