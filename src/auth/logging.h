#pragma once

#include <QLoggingCategory>

// Logging category of the account layer ("chatvox.auth"). Tokens are never logged.
Q_DECLARE_LOGGING_CATEGORY(lcAuth)
