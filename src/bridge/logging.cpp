#include "logging.h"

Q_LOGGING_CATEGORY(lcBridge, "chatvox.bridge", QtInfoMsg)
