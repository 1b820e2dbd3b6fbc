#include "metrics.h"

#include <algorithm>
#include <cmath>

#include <QLocale>

namespace chatvox {

namespace {

QByteArray number(double v)
{
    if (std::isnan(v))
        return "NaN";
    if (std::isinf(v))
        return v > 0 ? "+Inf" : "-Inf";
    return QByteArray::number(v, 'g', QLocale::FloatingPointShortest);
}

// The text format's escapes for label values: backslash, double quote and line feed.
QByteArray escapeLabelValue(const QString &value)
{
    QByteArray out;
    const QByteArray utf8 = value.toUtf8();
    out.reserve(utf8.size());
    for (char c : utf8) {
        if (c == '\\')
            out += "\\\\";
        else if (c == '"')
            out += "\\\"";
        else if (c == '\n')
            out += "\\n";
        else
            out += c;
    }
    return out;
}

// HELP text escapes: backslash and line feed.
QByteArray escapeHelp(const QByteArray &help)
{
    QByteArray out = help;
    out.replace('\\', "\\\\").replace('\n', "\\n");
    return out;
}

// `a="x",b="y"` (no braces), so that histograms can append their `le`.
QByteArray labelText(const Metrics::Labels &labels)
{
    QByteArray out;
    for (const auto &[name, value] : labels) {
        if (!out.isEmpty())
            out += ',';
        out += name + "=\"" + escapeLabelValue(value) + '"';
    }
    return out;
}

QByteArray braced(const QByteArray &labels)
{
    return labels.isEmpty() ? QByteArray() : '{' + labels + '}';
}

} // namespace

void Metrics::declare(const QByteArray &name, Type type, const QByteArray &help,
                      QList<double> bounds)
{
    const QMutexLocker lock(&m_mutex);
    if (m_families.contains(name))
        return;
    Family &family = m_families[name];
    family.type = type;
    family.help = help;
    std::sort(bounds.begin(), bounds.end());
    family.bounds = bounds;
    m_order << name;
}

void Metrics::declareCounter(const QByteArray &name, const QByteArray &help)
{
    declare(name, Type::Counter, help);
}

void Metrics::declareGauge(const QByteArray &name, const QByteArray &help)
{
    declare(name, Type::Gauge, help);
}

void Metrics::declareHistogram(const QByteArray &name, const QByteArray &help, QList<double> bounds)
{
    declare(name, Type::Histogram, help, std::move(bounds));
}

Metrics::Series *Metrics::seriesFor(const QByteArray &name, Type type, const Labels &labels)
{
    const auto family = m_families.find(name);
    Q_ASSERT_X(family != m_families.end() && family->type == type, "Metrics",
               "undeclared metric or wrong type");
    if (family == m_families.end() || family->type != type)
        return nullptr;
    Series &series = family->series[labelText(labels)];
    if (type == Type::Histogram && series.buckets.isEmpty())
        series.buckets.resize(family->bounds.size() + 1);
    return &series;
}

void Metrics::add(const QByteArray &counter, const Labels &labels, double by)
{
    const QMutexLocker lock(&m_mutex);
    if (Series *s = seriesFor(counter, Type::Counter, labels))
        s->value += std::max(0.0, by); // counters only go up
}

void Metrics::set(const QByteArray &gauge, double value, const Labels &labels)
{
    const QMutexLocker lock(&m_mutex);
    if (Series *s = seriesFor(gauge, Type::Gauge, labels))
        s->value = value;
}

void Metrics::observe(const QByteArray &histogram, double value, const Labels &labels)
{
    const QMutexLocker lock(&m_mutex);
    Series *s = seriesFor(histogram, Type::Histogram, labels);
    if (!s)
        return;
    const QList<double> &bounds = m_families[histogram].bounds;
    const auto bucket = std::lower_bound(bounds.cbegin(), bounds.cend(), value) - bounds.cbegin();
    ++s->buckets[bucket];
    ++s->count;
    s->value += value;
}

double Metrics::value(const QByteArray &name, const Labels &labels) const
{
    const QMutexLocker lock(&m_mutex);
    const auto family = m_families.constFind(name);
    if (family == m_families.cend())
        return 0;
    const auto series = family->series.constFind(labelText(labels));
    if (series == family->series.cend())
        return 0;
    return family->type == Type::Histogram ? double(series->count) : series->value;
}

QByteArray Metrics::exposition() const
{
    const QMutexLocker lock(&m_mutex);
    QByteArray out;
    for (const QByteArray &name : m_order) {
        const Family &family = m_families[name];
        out += "# HELP " + name + ' ' + escapeHelp(family.help) + '\n';
        out += "# TYPE " + name + ' '
            + (family.type == Type::Counter     ? "counter"
                   : family.type == Type::Gauge ? "gauge"
                                                : "histogram")
            + '\n';
        for (auto it = family.series.cbegin(); it != family.series.cend(); ++it) {
            const QByteArray &labels = it.key();
            const Series &s = it.value();
            if (family.type != Type::Histogram) {
                out += name + braced(labels) + ' ' + number(s.value) + '\n';
                continue;
            }
            const QByteArray prefix = labels.isEmpty() ? QByteArray() : labels + ',';
            quint64 cumulative = 0;
            for (qsizetype i = 0; i < s.buckets.size(); ++i) {
                cumulative += s.buckets[i];
                const QByteArray le
                    = i < family.bounds.size() ? number(family.bounds[i]) : QByteArray("+Inf");
                out += name + "_bucket{" + prefix + "le=\"" + le + "\"} "
                    + QByteArray::number(cumulative) + '\n';
            }
            out += name + "_sum" + braced(labels) + ' ' + number(s.value) + '\n';
            out += name + "_count" + braced(labels) + ' ' + QByteArray::number(s.count) + '\n';
        }
    }
    return out;
}

} // namespace chatvox
