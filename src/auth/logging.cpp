#include "auth/logging.h"

Q_LOGGING_CATEGORY(lcAuth, "chatvox.auth", QtInfoMsg)
