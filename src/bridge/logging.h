#pragma once

#include <QLoggingCategory>

// Logging category of the viewer-input bridge ("chatvox.bridge").
Q_DECLARE_LOGGING_CATEGORY(lcBridge)
