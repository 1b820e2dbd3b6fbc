#pragma once

#include "bridge/bridgeconfig.h"
#include "bridge/keycodes.h"

#include <optional>

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace chatvox {

// The line protocol between ChatVox and host.ps1 (resources/bridge/host.ps1): UTF-8, one JSON
// object per line. The host starts with {"ready":true,"version":1}; every request carries an
// integer "seq" and is answered {"seq":N,"ok":true} or {"seq":N,"ok":false,"error":"..."}.
// Requests hold resolved data only (scan codes, hold times, an allow-listed script path, the
// action's fixed arguments); nothing a viewer typed is ever part of one.
inline constexpr int kHostProtocolVersion = 1;

struct HostRequest
{
    enum class Op { Keys, Script, Release, Ping };
    Op op = Op::Ping;
    QList<KeyStep> steps; // Keys
    int gapMs = 0; // Keys
    QString scriptName; // Script: file name inside the scripts folder
    QStringList args; // Script
    int scriptTimeoutMs = 0; // Script
    QList<ScanKey> releaseKeys; // Release

    // How long the request itself takes (holds and gaps, or the script's time limit); the
    // watchdog allows this plus a margin.
    int workMs() const;
    // Keys this request may leave pressed if the host dies half-way (distinct).
    QList<ScanKey> pressedKeys() const;
};

// The request that runs `action` with `choice` (empty: its default); nothing when the choice
// is not declared or the action has no default.
std::optional<HostRequest> requestForAction(const Action &action, QStringView choice);

// scriptPath: the script as the host sees it (a Windows path for powershell.exe).
QByteArray encodeHostRequest(qint64 seq, const HostRequest &request,
                             const QString &scriptPath = QString());

struct HostLine
{
    enum class Kind { Ready, Reply, Other };
    Kind kind = Kind::Other;
    int version = 0; // Ready
    qint64 seq = 0; // Reply
    bool ok = false; // Reply
    QString error; // Reply, when !ok
};

// One line from the host (without the line end). Anything that is not the ready line or a
// well-formed reply is Other (PowerShell may print warnings of its own).
HostLine decodeHostLine(QByteArrayView line);

} // namespace chatvox
