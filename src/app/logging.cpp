#include "logging.h"

Q_LOGGING_CATEGORY(lcApp, "chatvox.app", QtInfoMsg)
