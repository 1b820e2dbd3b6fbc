#pragma once

#include <QLoggingCategory>

// Logging category of the chat layer ("chatvox.chat").
Q_DECLARE_LOGGING_CATEGORY(lcChat)
