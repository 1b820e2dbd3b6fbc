#pragma once

// The Prometheus project's own parser of the text exposition format (python3-prometheus-client),
// to check /metrics as a Prometheus server would read it.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QtNumeric>

namespace chatvox::test {

using namespace Qt::StringLiterals;

// The samples of a /metrics text as the Prometheus client library's parser reads them:
// {"name": [{"labels": {...}, "value": v}, ...]}; an error text when it cannot.
inline const char kPrometheusParser[] = R"(
import json, sys
from prometheus_client.parser import text_string_to_metric_families
samples = {}
types = {}
for family in text_string_to_metric_families(sys.stdin.read()):
    types[family.name] = family.type
    for s in family.samples:
        samples.setdefault(s.name, []).append({"labels": s.labels, "value": s.value})
print(json.dumps({"types": types, "samples": samples}))
)";

// A Python that has the parser: Debian's (where apt puts python3-prometheus-client) before the
// first python3 on PATH (which may be a pyenv one without it). Empty when none has it.
inline QString pythonWithParser()
{
    static const QString found = [] {
        for (const QString &python : {u"/usr/bin/python3"_s, u"python3"_s}) {
            QProcess p;
            p.start(python, {u"-c"_s, u"import prometheus_client.parser"_s});
            if (p.waitForFinished(10000) && p.exitStatus() == QProcess::NormalExit
                && p.exitCode() == 0)
                return python;
        }
        return QString();
    }();
    return found;
}

inline bool haveParser()
{
    return !pythonWithParser().isEmpty();
}

inline QJsonObject parseMetrics(const QByteArray &text, QString *error)
{
    QProcess p;
    p.start(pythonWithParser(), {u"-c"_s, QString::fromLatin1(kPrometheusParser)});
    p.write(text);
    p.closeWriteChannel();
    if (!p.waitForFinished(20000) || p.exitCode() != 0) {
        *error = QString::fromUtf8(p.readAllStandardError());
        return {};
    }
    return QJsonDocument::fromJson(p.readAllStandardOutput()).object();
}

// The value of the sample `name` whose labels include `labels`; NaN when there is none.
inline double sample(const QJsonObject &parsed, const QString &name, const QJsonObject &labels = {})
{
    for (const QJsonValue &v : parsed[u"samples"_s][name].toArray()) {
        const QJsonObject s = v.toObject();
        const QJsonObject have = s[u"labels"_s].toObject();
        bool match = true;
        for (auto it = labels.begin(); it != labels.end(); ++it)
            match = match && have.value(it.key()) == it.value();
        if (match)
            return s[u"value"_s].toDouble();
    }
    return qQNaN();
}

} // namespace chatvox::test
