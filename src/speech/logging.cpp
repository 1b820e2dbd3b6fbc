#include "logging.h"

Q_LOGGING_CATEGORY(lcSpeech, "chatvox.speech", QtWarningMsg)
