#pragma once

#include <utility>

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QMutex>
#include <QString>

namespace chatvox {

// Counters, gauges and histograms in the Prometheus text exposition format (version 0.0.4),
// for the /metrics endpoint. Thread-safe: the event loop counts, the health server's thread
// renders. Families are declared once, then series are made on first use of a label set.
// Names and label names are the caller's constants (not checked); label values are escaped.
class Metrics
{
public:
    using Labels = QList<std::pair<QByteArray, QString>>; // in the order they are printed

    void declareCounter(const QByteArray &name, const QByteArray &help);
    void declareGauge(const QByteArray &name, const QByteArray &help);
    // `bounds`: the upper bounds of the buckets, ascending (+Inf is added).
    void declareHistogram(const QByteArray &name, const QByteArray &help, QList<double> bounds);

    void add(const QByteArray &counter, const Labels &labels = {}, double by = 1);
    void set(const QByteArray &gauge, double value, const Labels &labels = {});
    void observe(const QByteArray &histogram, double value, const Labels &labels = {});

    // A counter's or a gauge's value (0 when the series does not exist); a histogram's count.
    double value(const QByteArray &name, const Labels &labels = {}) const;
    QByteArray exposition() const;

private:
    enum class Type { Counter, Gauge, Histogram };
    struct Series
    {
        double value = 0; // counter, gauge; histogram: the sum
        QList<quint64> buckets; // histogram: per bucket (not cumulative), +Inf last
        quint64 count = 0;
    };
    struct Family
    {
        Type type = Type::Counter;
        QByteArray help;
        QList<double> bounds;
        QMap<QByteArray, Series> series; // by rendered label set, e.g. {engine="http://…"}
    };
    void declare(const QByteArray &name, Type type, const QByteArray &help,
                 QList<double> bounds = {});
    Series *seriesFor(const QByteArray &name, Type type, const Labels &labels);

    mutable QMutex m_mutex;
    QList<QByteArray> m_order;
    QMap<QByteArray, Family> m_families;
};

} // namespace chatvox
