#pragma once

#include <QLoggingCategory>

// Logging category of the speech layer ("chatvox.speech").
Q_DECLARE_LOGGING_CATEGORY(lcSpeech)
