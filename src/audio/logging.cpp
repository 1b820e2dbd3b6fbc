#include "logging.h"

namespace chatvox {

Q_LOGGING_CATEGORY(lcAudio, "chatvox.audio", QtWarningMsg)

} // namespace chatvox
