#include "chat/logging.h"

Q_LOGGING_CATEGORY(lcChat, "chatvox.chat", QtWarningMsg)
