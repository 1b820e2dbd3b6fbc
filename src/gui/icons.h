#pragma once

#include "app/runstatus.h"

#include <QColor>
#include <QIcon>

namespace chatvox::icons {

// SVG icons from the resources; where Qt has no SVG support (the mingw Qt for Windows is
// built without Qt SVG) the PNG renditions next to them are used (tests/gui renders them).
QIcon named(const QString &name);
QIcon app();
QIcon tray(RunStatus::TrayState state);
QIcon killSwitch();
// A round status light, drawn (sharp at any device pixel ratio).
QIcon light(const QColor &color);
bool haveSvg();

} // namespace chatvox::icons
