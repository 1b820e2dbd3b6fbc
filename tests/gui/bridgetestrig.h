#pragma once

// A bridge.json, a scripts folder and the stand-in PowerShell (tests/fakes/powershell) for the
// desktop tests that show the Bridge panel: DesktopFixture::bridgeOptions from these.
#include "app/bridge.h"
#include "fakepowershell.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

namespace chatvox::test {

// The README's example, with short holds so that tests do not wait.
inline const QByteArray kBridgeExample = R"({
  "enabled": true,
  "mode": "anarchy",
  "voteSeconds": 10,
  "rateCap": {"actions": 3, "seconds": 1},
  "queueLimit": 10,
  "actions": [
    {"id": "jump", "kind": "keys", "keys": ["Space"], "holdMs": 100,
     "triggers": [{"command": "!jump"}, {"reward": "Jump!"}],
     "permission": "everyone", "cooldown": {"user": 5, "global": 1}},
    {"id": "dive", "kind": "keys", "keys": ["Ctrl"], "holdMs": 80,
     "triggers": [{"command": "!dive"}], "permission": "subscriber",
     "cooldown": {"user": 10, "global": 3}},
    {"id": "move", "kind": "keys", "holdMs": 40,
     "choices": {"left": ["A"], "right": ["D"], "forward": ["W"],
                 "back": {"keys": ["S"], "holdMs": 25}},
     "triggers": [{"command": "!move"}], "cooldown": {"user": 3}},
    {"id": "dance", "kind": "keys", "keys": ["1", "Shift+2"], "holdMs": 60, "gapMs": 120,
     "triggers": [{"reward": "Make me dance"}], "cooldown": {"global": 30}},
    {"id": "lights", "kind": "script", "script": "lights.ps1",
     "choices": {"red": ["Red"], "blue": ["Blue"]}, "timeout": 5,
     "triggers": [{"command": "!lights"}], "permission": "vip", "cooldown": {"global": 10}}
  ]
})";

class BridgeRig
{
public:
    explicit BridgeRig(const QByteArray &config = kBridgeExample)
    {
        if (!config.isEmpty())
            write(configPath(), config);
        write(m_dir.filePath(QStringLiteral("bridge-scripts/lights.ps1")), "param($Color)\n");
    }

    QString configPath() const { return m_dir.filePath(QStringLiteral("bridge.json")); }
    QString scriptsFolder() const { return m_dir.filePath(QStringLiteral("bridge-scripts")); }
    QByteArray configBytes() const
    {
        QFile f(configPath());
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    FakePowerShell &fake() { return m_fake; }

    Bridge::Options options() const
    {
        Bridge::Options o;
        o.configPath = configPath();
        o.launch.powershellOverride = FakePowerShell::program();
        o.launch.stagingDir = m_dir.filePath(QStringLiteral("staging"));
        o.launch.environment = m_fake.environment();
        o.launch.wsl = WslEnvironment(); // not WSL, whatever this machine is
        o.timing.readyTimeoutMs = 5000;
        o.timing.firstRestartDelayMs = 20;
        o.timing.requestMarginMs = 1000;
        return o;
    }

    static bool write(const QString &path, const QByteArray &bytes)
    {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile f(path);
        return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
    }

private:
    QTemporaryDir m_dir;
    FakePowerShell m_fake;
};

} // namespace chatvox::test
