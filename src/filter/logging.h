#pragma once

#include <QLoggingCategory>

namespace chatvox {
Q_DECLARE_LOGGING_CATEGORY(lcFilter) // "chatvox.filter"
} // namespace chatvox
