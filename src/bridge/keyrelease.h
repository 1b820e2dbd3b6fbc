#pragma once

#include "bridge/keycodes.h"

#include <QList>

namespace chatvox {

// Sends key-up for keys right from this process (Windows: SendInput with KEYEVENTF_SCANCODE),
// for when the PowerShell host was killed while holding them. Returns false where this process
// cannot reach the Windows desktop (Linux, WSL): then a fresh host releases them.
bool releaseKeysLocally(const QList<ScanKey> &keys);

} // namespace chatvox
