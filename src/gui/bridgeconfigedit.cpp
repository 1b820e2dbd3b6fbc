#include "bridgeconfigedit.h"

#include "app/bridge.h"
#include "bridge/keycodes.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace chatvox {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(chatvox::BridgeConfigEdit)
};

} // namespace

BridgeConfig editableBridgeConfig(const Bridge &bridge)
{
    BridgeConfig config = bridge.config();
    if (config.scriptsFolder.isEmpty()) // no file yet: what the loader makes of "{}"
        config.scriptsFolder = QDir::cleanPath(
            QFileInfo(bridge.configPath()).absoluteDir().filePath(u"bridge-scripts"_s));
    return config;
}

bool canEditBridgeConfig(const Bridge &bridge)
{
    return bridge.loadProblem().isEmpty();
}

bool saveBridgeConfig(Bridge &bridge, BridgeConfig config, QString *error)
{
    if (!canEditBridgeConfig(bridge)) {
        if (error)
            *error = Text::tr("bridge.json has a mistake, so ChatVox does not write over it. Fix "
                              "it by hand, then press Reload. %1")
                         .arg(bridge.loadProblem());
        return false;
    }
    config.mode = bridge.mode() == Bridge::Mode::Democracy ? BridgeConfig::Mode::Democracy
                                                           : BridgeConfig::Mode::Anarchy;
    return bridge.saveConfig(config, error);
}

QStringList bridgeKeyNamesForEditor()
{
    QStringList preferred;
    for (char c = 'A'; c <= 'Z'; ++c)
        preferred << QString(QChar::fromLatin1(c));
    for (char c = '0'; c <= '9'; ++c)
        preferred << QString(QChar::fromLatin1(c));
    for (int i = 1; i <= 24; ++i)
        preferred << u"F"_s + QString::number(i);
    preferred << u"Space"_s << u"Enter"_s << u"Esc"_s << u"Tab"_s << u"Backspace"_s << u"Shift"_s
              << u"LShift"_s << u"RShift"_s << u"Ctrl"_s << u"LCtrl"_s << u"RCtrl"_s << u"Alt"_s
              << u"LAlt"_s << u"RAlt"_s << u"Win"_s << u"Up"_s << u"Down"_s << u"Left"_s
              << u"Right"_s << u"Home"_s << u"End"_s << u"PageUp"_s << u"PageDown"_s << u"Insert"_s
              << u"Delete"_s << u"CapsLock"_s;
    for (int i = 0; i <= 9; ++i)
        preferred << u"Numpad"_s + QString::number(i);
    preferred << u"NumpadPlus"_s << u"NumpadMinus"_s << u"NumpadMultiply"_s << u"NumpadDivide"_s
              << u"NumpadEnter"_s << u"Minus"_s << u"Equals"_s << u"LeftBracket"_s
              << u"RightBracket"_s << u"Semicolon"_s << u"Apostrophe"_s << u"Grave"_s
              << u"Backslash"_s << u"Comma"_s << u"Period"_s << u"Slash"_s << u"Menu"_s;

    QStringList names;
    QList<ScanKey> seen;
    for (const QString &name : std::as_const(preferred)) {
        const std::optional<ScanKey> key = scanKeyForName(name);
        if (!key)
            continue; // only names the loader accepts
        names << name;
        seen << *key;
    }
    // Keys the loader knows that the list above forgot (not aliases of one it has).
    for (const QString &name : knownKeyNames()) {
        const std::optional<ScanKey> key = scanKeyForName(name);
        if (key && !seen.contains(*key)) {
            names << name;
            seen << *key;
        }
    }
    return names;
}

QString permissionLabel(Permission permission, bool brief)
{
    if (brief) {
        switch (permission) {
        case Permission::Everyone:
            return Text::tr("Everyone");
        case Permission::Subscriber:
            return Text::tr("Subscribers");
        case Permission::Vip:
            return Text::tr("VIPs");
        case Permission::Moderator:
            return Text::tr("Moderators");
        case Permission::Broadcaster:
            return Text::tr("You only");
        }
    }
    switch (permission) {
    case Permission::Everyone:
        return Text::tr("Everyone");
    case Permission::Subscriber:
        return Text::tr("Subscribers (and founders), VIPs and above");
    case Permission::Vip:
        return Text::tr("VIPs, moderators and you");
    case Permission::Moderator:
        return Text::tr("Moderators and you");
    case Permission::Broadcaster:
        return Text::tr("Only you (the broadcaster)");
    }
    return {};
}

QStringList bridgeScriptsIn(const QString &folder)
{
    QStringList scripts
        = QDir(folder).entryList({u"*.ps1"_s}, QDir::Files | QDir::Readable, QDir::Name);
    return scripts;
}

} // namespace chatvox
