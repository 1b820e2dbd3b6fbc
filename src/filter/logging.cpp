#include "logging.h"

namespace chatvox {
Q_LOGGING_CATEGORY(lcFilter, "chatvox.filter", QtWarningMsg)
} // namespace chatvox
