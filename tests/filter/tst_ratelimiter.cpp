// RateLimiter: sliding window per key, refused events not counted, bounded memory.

#include "filter/ratelimiter.h"

#include <climits>

#include <QTest>

using namespace Qt::StringLiterals;
using namespace chatvox;

class TestRateLimiter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void disabled();
    void slidingWindow();
    void refusedEventsDoNotCount();
    void wouldAcceptRecordsNothing();
    void keysAreIndependent();
    void timeGoingBackwards();
    void idleKeysForgotten();
    void memoryStaysBoundedOverTime();
    void hardCapOnDistinctKeys();
    void hugeMaxMessagesCapped();
    void clear();
};

void TestRateLimiter::disabled()
{
    for (RateLimiter limiter :
         {RateLimiter(), RateLimiter(0, 1000), RateLimiter(3, 0), RateLimiter(-1, 1000)}) {
        QVERIFY(!limiter.isEnabled());
        for (int i = 0; i < 100; ++i)
            QVERIFY(limiter.tryAcquire(u"a"_s, 0));
        QCOMPARE(limiter.trackedKeys(), 0);
    }
}

void TestRateLimiter::slidingWindow()
{
    RateLimiter limiter(2, 10000);
    QVERIFY(limiter.isEnabled());
    QVERIFY(limiter.tryAcquire(u"a"_s, 0));
    QVERIFY(limiter.tryAcquire(u"a"_s, 1000));
    QVERIFY(!limiter.tryAcquire(u"a"_s, 5000));
    QVERIFY(!limiter.tryAcquire(u"a"_s, 9999));
    QVERIFY(limiter.tryAcquire(u"a"_s, 10000)); // the event at 0 left the window (0, 10000]
    QVERIFY(!limiter.tryAcquire(u"a"_s, 10500)); // 1000 and 10000 are still in it
    QVERIFY(limiter.tryAcquire(u"a"_s, 11000));
    QVERIFY(!limiter.tryAcquire(u"a"_s, 11001));
}

void TestRateLimiter::refusedEventsDoNotCount()
{
    RateLimiter limiter(1, 10);
    QVERIFY(limiter.tryAcquire(u"a"_s, 0));
    for (int t = 1; t < 10; ++t)
        QVERIFY(!limiter.tryAcquire(u"a"_s, t)); // a spammer...
    QVERIFY(limiter.tryAcquire(u"a"_s, 10)); // ...still gets one through per window
    QVERIFY(!limiter.tryAcquire(u"a"_s, 19));
    QVERIFY(limiter.tryAcquire(u"a"_s, 20));
}

void TestRateLimiter::wouldAcceptRecordsNothing()
{
    RateLimiter limiter(1, 100);
    QVERIFY(limiter.wouldAccept(u"a"_s, 0));
    QVERIFY(limiter.wouldAccept(u"a"_s, 0));
    QVERIFY(limiter.tryAcquire(u"a"_s, 0));
    QVERIFY(!limiter.wouldAccept(u"a"_s, 50));
    QVERIFY(limiter.wouldAccept(u"a"_s, 100));
    QVERIFY(limiter.wouldAccept(u"b"_s, 50));
    QCOMPARE(limiter.trackedKeys(), 1);
}

void TestRateLimiter::keysAreIndependent()
{
    RateLimiter limiter(1, 1000);
    QVERIFY(limiter.tryAcquire(u"alice"_s, 0));
    QVERIFY(limiter.tryAcquire(u"bob"_s, 0));
    QVERIFY(!limiter.tryAcquire(u"alice"_s, 1));
    QVERIFY(!limiter.tryAcquire(u"bob"_s, 1));
    QVERIFY(limiter.tryAcquire(u"carol"_s, 1));
}

void TestRateLimiter::timeGoingBackwards()
{
    RateLimiter limiter(1, 100);
    QVERIFY(limiter.tryAcquire(u"a"_s, 1000));
    QVERIFY(!limiter.tryAcquire(u"a"_s, 0)); // treated as 1000, not as "long ago"
    QVERIFY(!limiter.tryAcquire(u"a"_s, 1099));
    QVERIFY(limiter.tryAcquire(u"a"_s, 1100));
}

void TestRateLimiter::idleKeysForgotten()
{
    RateLimiter limiter(2, 1000);
    for (int i = 0; i < 500; ++i)
        QVERIFY(limiter.tryAcquire(u"viewer%1"_s.arg(i), 0));
    QVERIFY(limiter.trackedKeys() >= 256); // nothing expired yet
    // One window later everybody above is idle: the next event sweeps them away.
    QVERIFY(limiter.tryAcquire(u"late"_s, 1000));
    QCOMPARE(limiter.trackedKeys(), 1);
}

void TestRateLimiter::memoryStaysBoundedOverTime()
{
    // A long raid: a new viewer every millisecond for 200 s, window 1 s. At most ~1000 keys
    // are live at a time; the table must not grow with the total number of viewers.
    RateLimiter limiter(3, 1000);
    qsizetype most = 0;
    for (int t = 0; t < 200000; ++t) {
        QVERIFY(limiter.tryAcquire(u"v%1"_s.arg(t), t));
        most = std::max(most, limiter.trackedKeys());
    }
    QVERIFY2(most <= 2 * 1000 + 256, qPrintable(QString::number(most)));
}

void TestRateLimiter::hardCapOnDistinctKeys()
{
    // A window so long that nothing ever expires: the cap alone bounds memory.
    RateLimiter limiter(1, 3600 * 1000, 100);
    for (int i = 0; i < 10000; ++i) {
        QVERIFY(limiter.tryAcquire(u"v%1"_s.arg(i), i / 100));
        QVERIFY(limiter.trackedKeys() <= 100);
    }
    // The most recent viewer is remembered and limited.
    QVERIFY(!limiter.tryAcquire(u"v9999"_s, 100));
}

void TestRateLimiter::hugeMaxMessagesCapped()
{
    RateLimiter limiter(INT_MAX, 1000);
    QCOMPARE(limiter.maxMessages(), RateLimiter::MaxMessagesCap);
    for (int i = 0; i < RateLimiter::MaxMessagesCap; ++i)
        QVERIFY(limiter.tryAcquire(u"a"_s, 0));
    QVERIFY(!limiter.tryAcquire(u"a"_s, 0));
}

void TestRateLimiter::clear()
{
    RateLimiter limiter(1, 1000);
    QVERIFY(limiter.tryAcquire(u"a"_s, 0));
    QVERIFY(!limiter.tryAcquire(u"a"_s, 1));
    limiter.clear();
    QCOMPARE(limiter.trackedKeys(), 0);
    QVERIFY(limiter.tryAcquire(u"a"_s, 2));
}

QTEST_GUILESS_MAIN(TestRateLimiter)
#include "tst_ratelimiter.moc"
