// Metrics (src/serve/metrics.h) in the Prometheus text format, checked by the rules of the format
// and by the Prometheus client library's own parser; counting from several threads at once.
#include "prometheusparser.h"
#include "serve/metrics.h"

#include <thread>
#include <vector>

#include <QTest>

using namespace Qt::StringLiterals;
using namespace chatvox;
using namespace chatvox::test;

class TestMetrics : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rendersTheTextFormat()
    {
        Metrics m;
        m.declareCounter("x_total", "Things.\nTwo lines \\ backslash");
        m.declareGauge("g", "A gauge.");
        m.declareHistogram("h_seconds", "Times.", {0.5, 0.1, 1});
        m.add("x_total", {{"reason", u"a\"b\\c\nd"_s}});
        m.add("x_total", {{"reason", u"a\"b\\c\nd"_s}}, 2);
        m.add("x_total", {}, -5); // counters never go down
        m.set("g", 0.25);
        m.observe("h_seconds", 0.05, {{"engine", u"e"_s}});
        m.observe("h_seconds", 0.5, {{"engine", u"e"_s}});
        m.observe("h_seconds", 7, {{"engine", u"e"_s}});
        const QByteArray text = m.exposition();
        QVERIFY2(text.contains("# HELP x_total Things.\\nTwo lines \\\\ backslash\n"), text);
        QVERIFY2(text.contains("# TYPE x_total counter\n"), text);
        QVERIFY2(text.contains("x_total{reason=\"a\\\"b\\\\c\\nd\"} 3\n"), text);
        QVERIFY2(text.contains("x_total 0\n"), text);
        QVERIFY2(text.contains("g 0.25\n"), text);
        QVERIFY2(text.contains("h_seconds_bucket{engine=\"e\",le=\"0.1\"} 1\n"), text);
        QVERIFY2(text.contains("h_seconds_bucket{engine=\"e\",le=\"0.5\"} 2\n"), text);
        QVERIFY2(text.contains("h_seconds_bucket{engine=\"e\",le=\"1\"} 2\n"), text);
        QVERIFY2(text.contains("h_seconds_bucket{engine=\"e\",le=\"+Inf\"} 3\n"), text);
        QVERIFY2(text.contains("h_seconds_sum{engine=\"e\"} 7.55\n"), text);
        QVERIFY2(text.contains("h_seconds_count{engine=\"e\"} 3\n"), text);
        QCOMPARE(m.value("x_total", {{"reason", u"a\"b\\c\nd"_s}}), 3.0);
        QCOMPARE(m.value("h_seconds", {{"engine", u"e"_s}}), 3.0);

        if (!haveParser())
            QSKIP("python3-prometheus-client is not installed");
        QString error;
        const QJsonObject parsed = parseMetrics(text, &error);
        QVERIFY2(!parsed.isEmpty(), qPrintable(error));
        QCOMPARE(sample(parsed, u"x_total"_s, {{u"reason"_s, u"a\"b\\c\nd"_s}}), 3.0);
        QCOMPARE(sample(parsed, u"h_seconds_sum"_s), 7.55);
    }

    void countsFromManyThreads()
    {
        Metrics m;
        m.declareCounter("n_total", "n");
        std::vector<std::thread> threads;
        for (int t = 0; t < 4; ++t)
            threads.emplace_back([&] {
                for (int i = 0; i < 10000; ++i)
                    m.add("n_total");
            });
        for (std::thread &t : threads)
            t.join();
        QCOMPARE(m.value("n_total"), 40000.0);
    }
};

QTEST_GUILESS_MAIN(TestMetrics)
#include "tst_metrics.moc"
