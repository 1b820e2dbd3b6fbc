#include "jsonlog.h"

#include "logmodel.h"

#include <atomic>
#include <cstdio>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

using namespace Qt::StringLiterals;

namespace chatvox {

namespace {

// The handler before ours (Text format); set once in main(), read from any thread.
std::atomic<QtMessageHandler> g_previous = nullptr;

// A JSON string literal, quotes included, escaped by Qt's JSON writer (control characters as
// \n, \u001b, …; other text as UTF-8).
QByteArray jsonString(const QString &text)
{
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2); // ["…"] → "…"
}

void writeJson(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    QByteArray line = jsonLogLine(type, context, message, QDateTime::currentDateTimeUtc());
    line += '\n';
    // One write per line: stdio locks the stream for each call, so lines from other threads
    // never interleave.
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
    std::fflush(stderr);
}

void writeText(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QString redacted = redactSecrets(message);
    if (const QtMessageHandler previous = g_previous.load()) {
        previous(type, context, redacted);
        return;
    }
    const QByteArray line = redacted.toUtf8() + '\n';
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
    std::fflush(stderr);
}

} // namespace

QByteArray jsonLogLevelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return "debug";
    case QtInfoMsg:
        return "info";
    case QtWarningMsg:
        return "warning";
    case QtCriticalMsg:
        return "error";
    case QtFatalMsg:
        return "fatal";
    }
    return "info";
}

QByteArray jsonLogLine(QtMsgType type, const QMessageLogContext &context, const QString &message,
                       const QDateTime &time)
{
    QByteArray line;
    line.reserve(96 + message.size() * 3);
    line += "{\"time\":";
    line += jsonString(time.toUTC().toString(Qt::ISODateWithMs));
    line += ",\"level\":\"";
    line += jsonLogLevelName(type);
    line += "\",\"category\":";
    line += jsonString(context.category ? QString::fromUtf8(context.category) : u"default"_s);
    line += ",\"message\":";
    line += jsonString(redactSecrets(message));
    if (context.file) {
        line += ",\"file\":";
        line += jsonString(QString::fromUtf8(context.file));
        line += ",\"line\":";
        line += QByteArray::number(context.line);
    }
    line += '}';
    return line;
}

void installLogHandler(LogFormat format)
{
    if (format == LogFormat::Json) {
        qInstallMessageHandler(&writeJson);
        return;
    }
    // Qt 6 returns its default handler when none was installed.
    const QtMessageHandler previous = qInstallMessageHandler(&writeText);
    if (previous != &writeText && previous != &writeJson)
        g_previous = previous;
}

} // namespace chatvox
