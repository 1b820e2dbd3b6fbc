#pragma once

#include <optional>

#include <QList>
#include <QString>
#include <QStringList>

namespace chatvox {

// A key as SendInput with KEYEVENTF_SCANCODE wants it: a set-1 scan code plus the E0 prefix
// (KEYEVENTF_EXTENDEDKEY). Scan codes are what DirectInput games read; virtual-key codes are not.
struct ScanKey
{
    quint16 scanCode = 0;
    bool extended = false;
    friend bool operator==(const ScanKey &, const ScanKey &) = default;
};

// Looks up one key name ("Space", "A", "LShift", "Up", "F12", "Numpad5"; case-insensitive).
std::optional<ScanKey> scanKeyForName(QStringView name);

// Every name scanKeyForName() knows, canonical spelling first, for error texts and the editor.
QStringList knownKeyNames();

} // namespace chatvox
