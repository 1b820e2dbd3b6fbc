#pragma once

#include <QLoggingCategory>

namespace chatvox {

Q_DECLARE_LOGGING_CATEGORY(lcAudio) // "chatvox.audio"

} // namespace chatvox
