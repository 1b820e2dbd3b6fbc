#include "logging.h"

Q_LOGGING_CATEGORY(lcServe, "chatvox.serve", QtWarningMsg)
