#pragma once

#include <QJsonObject>

namespace chatvox {

// Version of the event JSON on the /events WebSockets (the "protocol" of the hello event).
inline constexpr int EventProtocolVersion = 1;

// {"type":"hello","app":"chatvox","version":"X.Y.Z","protocol":1}: the first event every
// /events client gets.
QJsonObject helloEvent();

} // namespace chatvox
