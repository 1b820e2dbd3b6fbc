#pragma once

#include <QLoggingCategory>

// Logging category of the serve layer ("chatvox.serve": local HTTP and WebSocket servers).
Q_DECLARE_LOGGING_CATEGORY(lcServe)
