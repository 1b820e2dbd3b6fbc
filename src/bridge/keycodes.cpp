#include "keycodes.h"

#include <array>

using namespace Qt::StringLiterals;

namespace chatvox {

namespace {

struct NamedKey
{
    const char16_t *name;
    quint16 scanCode;
    bool extended;
};

// Scan code set 1 (what Windows reports in KEYBDINPUT.wScan). Aliases follow their key.
constexpr std::array kKeys{
    NamedKey{u"Esc", 0x01, false},
    NamedKey{u"Escape", 0x01, false},
    NamedKey{u"1", 0x02, false},
    NamedKey{u"2", 0x03, false},
    NamedKey{u"3", 0x04, false},
    NamedKey{u"4", 0x05, false},
    NamedKey{u"5", 0x06, false},
    NamedKey{u"6", 0x07, false},
    NamedKey{u"7", 0x08, false},
    NamedKey{u"8", 0x09, false},
    NamedKey{u"9", 0x0A, false},
    NamedKey{u"0", 0x0B, false},
    NamedKey{u"Minus", 0x0C, false},
    NamedKey{u"Equals", 0x0D, false},
    NamedKey{u"Backspace", 0x0E, false},
    NamedKey{u"Tab", 0x0F, false},
    NamedKey{u"Q", 0x10, false},
    NamedKey{u"W", 0x11, false},
    NamedKey{u"E", 0x12, false},
    NamedKey{u"R", 0x13, false},
    NamedKey{u"T", 0x14, false},
    NamedKey{u"Y", 0x15, false},
    NamedKey{u"U", 0x16, false},
    NamedKey{u"I", 0x17, false},
    NamedKey{u"O", 0x18, false},
    NamedKey{u"P", 0x19, false},
    NamedKey{u"LeftBracket", 0x1A, false},
    NamedKey{u"RightBracket", 0x1B, false},
    NamedKey{u"Enter", 0x1C, false},
    NamedKey{u"Return", 0x1C, false},
    NamedKey{u"LCtrl", 0x1D, false},
    NamedKey{u"Ctrl", 0x1D, false},
    NamedKey{u"Control", 0x1D, false},
    NamedKey{u"A", 0x1E, false},
    NamedKey{u"S", 0x1F, false},
    NamedKey{u"D", 0x20, false},
    NamedKey{u"F", 0x21, false},
    NamedKey{u"G", 0x22, false},
    NamedKey{u"H", 0x23, false},
    NamedKey{u"J", 0x24, false},
    NamedKey{u"K", 0x25, false},
    NamedKey{u"L", 0x26, false},
    NamedKey{u"Semicolon", 0x27, false},
    NamedKey{u"Apostrophe", 0x28, false},
    NamedKey{u"Grave", 0x29, false},
    NamedKey{u"LShift", 0x2A, false},
    NamedKey{u"Shift", 0x2A, false},
    NamedKey{u"Backslash", 0x2B, false},
    NamedKey{u"Z", 0x2C, false},
    NamedKey{u"X", 0x2D, false},
    NamedKey{u"C", 0x2E, false},
    NamedKey{u"V", 0x2F, false},
    NamedKey{u"B", 0x30, false},
    NamedKey{u"N", 0x31, false},
    NamedKey{u"M", 0x32, false},
    NamedKey{u"Comma", 0x33, false},
    NamedKey{u"Period", 0x34, false},
    NamedKey{u"Slash", 0x35, false},
    NamedKey{u"RShift", 0x36, false},
    NamedKey{u"NumpadMultiply", 0x37, false},
    NamedKey{u"LAlt", 0x38, false},
    NamedKey{u"Alt", 0x38, false},
    NamedKey{u"Space", 0x39, false},
    NamedKey{u"CapsLock", 0x3A, false},
    NamedKey{u"F1", 0x3B, false},
    NamedKey{u"F2", 0x3C, false},
    NamedKey{u"F3", 0x3D, false},
    NamedKey{u"F4", 0x3E, false},
    NamedKey{u"F5", 0x3F, false},
    NamedKey{u"F6", 0x40, false},
    NamedKey{u"F7", 0x41, false},
    NamedKey{u"F8", 0x42, false},
    NamedKey{u"F9", 0x43, false},
    NamedKey{u"F10", 0x44, false},
    NamedKey{u"ScrollLock", 0x46, false},
    NamedKey{u"Numpad7", 0x47, false},
    NamedKey{u"Numpad8", 0x48, false},
    NamedKey{u"Numpad9", 0x49, false},
    NamedKey{u"NumpadMinus", 0x4A, false},
    NamedKey{u"Numpad4", 0x4B, false},
    NamedKey{u"Numpad5", 0x4C, false},
    NamedKey{u"Numpad6", 0x4D, false},
    NamedKey{u"NumpadPlus", 0x4E, false},
    NamedKey{u"Numpad1", 0x4F, false},
    NamedKey{u"Numpad2", 0x50, false},
    NamedKey{u"Numpad3", 0x51, false},
    NamedKey{u"Numpad0", 0x52, false},
    NamedKey{u"NumpadPeriod", 0x53, false},
    NamedKey{u"F11", 0x57, false},
    NamedKey{u"F12", 0x58, false},
    NamedKey{u"F13", 0x64, false},
    NamedKey{u"F14", 0x65, false},
    NamedKey{u"F15", 0x66, false},
    NamedKey{u"F16", 0x67, false},
    NamedKey{u"F17", 0x68, false},
    NamedKey{u"F18", 0x69, false},
    NamedKey{u"F19", 0x6A, false},
    NamedKey{u"F20", 0x6B, false},
    NamedKey{u"F21", 0x6C, false},
    NamedKey{u"F22", 0x6D, false},
    NamedKey{u"F23", 0x6E, false},
    NamedKey{u"F24", 0x76, false},
    // E0-prefixed keys.
    NamedKey{u"NumpadEnter", 0x1C, true},
    NamedKey{u"RCtrl", 0x1D, true},
    NamedKey{u"NumpadDivide", 0x35, true},
    NamedKey{u"RAlt", 0x38, true},
    NamedKey{u"Home", 0x47, true},
    NamedKey{u"Up", 0x48, true},
    NamedKey{u"PageUp", 0x49, true},
    NamedKey{u"Left", 0x4B, true},
    NamedKey{u"Right", 0x4D, true},
    NamedKey{u"End", 0x4F, true},
    NamedKey{u"Down", 0x50, true},
    NamedKey{u"PageDown", 0x51, true},
    NamedKey{u"Insert", 0x52, true},
    NamedKey{u"Delete", 0x53, true},
    NamedKey{u"LWin", 0x5B, true},
    NamedKey{u"Win", 0x5B, true},
    NamedKey{u"RWin", 0x5C, true},
    NamedKey{u"Menu", 0x5D, true},
};

} // namespace

std::optional<ScanKey> scanKeyForName(QStringView name)
{
    for (const NamedKey &key : kKeys) {
        if (name.compare(QStringView(key.name), Qt::CaseInsensitive) == 0)
            return ScanKey{key.scanCode, key.extended};
    }
    return std::nullopt;
}

QStringList knownKeyNames()
{
    QStringList names;
    names.reserve(qsizetype(kKeys.size()));
    for (const NamedKey &key : kKeys)
        names << QString::fromUtf16(key.name);
    return names;
}

} // namespace chatvox
