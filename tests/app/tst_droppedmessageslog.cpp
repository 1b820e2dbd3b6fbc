// DroppedMessagesLog: a raid's drops become one log line per interval, and none is lost.
#include "app/droppedmessageslog.h"

#include <numeric>

#include <QRegularExpression>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using chatvox::DroppedMessagesLog;

namespace {

QStringList g_lines; // "Chat is too fast" lines logged, in order
QtMessageHandler g_previous = nullptr;

void capture(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message.startsWith(u"Chat is too fast"_s))
        g_lines << message;
    else if (g_previous)
        g_previous(type, context, message);
}

// The counts the lines give ("skipped 37 messages" → 37).
QList<int> counts()
{
    static const QRegularExpression number(u"(\\d+)"_s);
    QList<int> result;
    for (const QString &line : std::as_const(g_lines))
        result << number.match(line).captured(1).toInt();
    return result;
}

int sum(const QList<int> &values)
{
    return std::accumulate(values.cbegin(), values.cend(), 0);
}

} // namespace

class TestDroppedMessagesLog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { g_previous = qInstallMessageHandler(capture); }
    void cleanupTestCase() { qInstallMessageHandler(g_previous); }
    void init() { g_lines.clear(); }

    void aBurstIsOneLineNowAndOneWhenTheIntervalEnds()
    {
        DroppedMessagesLog log(200);
        for (int i = 0; i < 500; ++i)
            log.add(1); // a raid: the backlog policy drops one per new message
        QCOMPARE(g_lines.size(), 1); // the first at once, so the log shows it as it starts
        QCOMPARE(counts(), QList<int>{1});
        QCOMPARE(log.pending(), 499);
        QTRY_COMPARE(g_lines.size(), 2);
        QCOMPARE(counts(), (QList<int>{1, 499}));
        QCOMPARE(log.loggedTotal(), 500);
        QCOMPARE(log.pending(), 0);
    }

    void aLongRaidIsOneLinePerInterval()
    {
        DroppedMessagesLog log(100);
        int given = 0;
        QTimer raid; // drops every 5 ms for about 0.5 s: some 100 drops
        raid.setInterval(5);
        connect(&raid, &QTimer::timeout, this, [&] {
            log.add(2);
            given += 2;
            if (given >= 200)
                raid.stop();
        });
        raid.start();
        QTRY_VERIFY_WITH_TIMEOUT(!raid.isActive(), 10000);
        QTRY_COMPARE(log.pending(), 0);
        QCOMPARE(sum(counts()), 200);
        QCOMPARE(log.loggedTotal(), 200);
        // One line per interval, not one per drop (100 drops, at least 0.5 s of them).
        QVERIFY2(g_lines.size() >= 2 && g_lines.size() <= 100 / 5, qPrintable(g_lines.join(u'\n')));
    }

    void afterAQuietIntervalTheNextDropIsLoggedAtOnce()
    {
        DroppedMessagesLog log(50);
        log.add(3);
        QCOMPARE(counts(), QList<int>{3});
        QVERIFY(log.isHolding());
        QTRY_VERIFY(!log.isHolding()); // an interval without drops: back to idle
        QCOMPARE(g_lines.size(), 1);
        log.add(4);
        QCOMPARE(counts(), (QList<int>{3, 4}));
    }

    void pendingDropsAreLoggedAtTheEnd()
    {
        {
            DroppedMessagesLog log(60 * 1000);
            log.add(1);
            log.add(5);
            log.add(7);
            QCOMPARE(counts(), QList<int>{1});
        } // the app ends (e.g. a replay that drained): what is pending is still logged
        QCOMPARE(counts(), (QList<int>{1, 12}));
    }

    void nothingDroppedNothingLogged()
    {
        DroppedMessagesLog log(50);
        log.add(0);
        log.add(-1);
        log.flush();
        QVERIFY(g_lines.isEmpty());
        QCOMPARE(log.loggedTotal(), 0);
    }
};

QTEST_GUILESS_MAIN(TestDroppedMessagesLog)
#include "tst_droppedmessageslog.moc"
