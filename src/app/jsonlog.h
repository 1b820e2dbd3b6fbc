#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QtGlobal>

namespace chatvox {

// How the process writes its log to stderr (--log-format).
enum class LogFormat { Text, Json };

// One log message as one line of JSON, without the line end:
//   {"time":"2026-12-07T12:44:00.123Z","level":"info","category":"chatvox.app","message":"…"}
// time is UTC with milliseconds; level is debug, info, warning, error or fatal; "file" and
// "line" follow where the build records them (debug builds). Secrets are redacted
// (redactSecrets) and newlines and other control characters escaped, so a message never spans
// two lines. Pure.
QByteArray jsonLogLine(QtMsgType type, const QMessageLogContext &context, const QString &message,
                       const QDateTime &time);

// The level names of jsonLogLine: "debug", "info", "warning", "error", "fatal".
QByteArray jsonLogLevelName(QtMsgType type);

// Installs the process's message handler: every Qt log message has its secrets redacted, then
// goes to stderr as a line of JSON (Json) or through the handler that was there before (Text:
// Qt's own, with the message pattern). Call once in main(), before the app logs; the window's
// LogModel handler chains to this one, so the terminal and the Log panel both get everything.
void installLogHandler(LogFormat format);

} // namespace chatvox
