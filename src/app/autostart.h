#pragma once

#include <memory>

#include <QString>
#include <QStringList>

namespace chatvox {

// "Start ChatVox when I log in": a Run value under HKCU on Windows, an XDG autostart .desktop
// file on Linux ($XDG_CONFIG_HOME/autostart). The entry itself is the setting (the user may
// remove it elsewhere), so nothing is stored in chatvox.ini.
class Autostart
{
public:
    virtual ~Autostart() = default;
    virtual bool isEnabled() const = 0;
    // Empty on success, else why not (translated).
    virtual QString setEnabled(bool enabled) = 0;
    // Where the entry lives, for the user ("HKCU\…\Run\ChatVox", a file path).
    virtual QString location() const = 0;

    // The platform's implementation starting `program` with `arguments`.
    static std::unique_ptr<Autostart> create(const QString &program,
                                             const QStringList &arguments = {});
};

// The XDG one, also usable (and tested) on any platform: configHome is $XDG_CONFIG_HOME.
std::unique_ptr<Autostart> createXdgAutostart(const QString &configHome, const QString &program,
                                              const QStringList &arguments);

} // namespace chatvox
