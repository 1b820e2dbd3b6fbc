#include "app/supervisor.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using chatvox::Supervisor;
using Health = chatvox::Supervisor::Health;

class TestSupervisor : public QObject
{
    Q_OBJECT
private slots:
    void overallIsTheWorstPart()
    {
        Supervisor s;
        s.report(u"chat"_s, Health::Ok);
        s.report(u"audio"_s, Health::Ok);
        QCOMPARE(s.overall(), Health::Ok);
        s.report(u"engines"_s, Health::Degraded, u"system voice"_s);
        QCOMPARE(s.overall(), Health::Degraded);
        QCOMPARE(s.status(u"engines"_s).detail, u"system voice"_s);
        QCOMPARE(s.parts(), (QStringList{u"chat"_s, u"audio"_s, u"engines"_s}));
    }

    void failedPartIsRestartedUntilItWorks()
    {
        Supervisor s;
        s.setRestartDelays(1, 5);
        int restarts = 0;
        s.setRestart(u"audio"_s, [&] {
            ++restarts;
            if (restarts < 2)
                s.report(u"audio"_s, Health::Failed, u"still broken"_s);
            else
                s.report(u"audio"_s, Health::Ok);
        });
        QSignalSpy fatal(&s, &Supervisor::fatal);
        s.report(u"audio"_s, Health::Failed, u"device gone"_s);
        QTRY_COMPARE(s.status(u"audio"_s).health, Health::Ok);
        QCOMPARE(restarts, 2);
        QCOMPARE(fatal.size(), 0);
        QCOMPARE(s.status(u"audio"_s).failedRestarts, 0);
    }

    void keepsFailingMeansFatalNotHalfAlive()
    {
        Supervisor s;
        s.setRestartDelays(1, 2);
        int restarts = 0;
        s.setRestart(
            u"audio"_s,
            [&] {
                ++restarts;
                s.report(u"audio"_s, Health::Failed, u"broken %1"_s.arg(restarts));
            },
            3);
        QSignalSpy fatal(&s, &Supervisor::fatal);
        s.report(u"audio"_s, Health::Failed, u"broken 0"_s);
        QVERIFY(fatal.wait(2000));
        QCOMPARE(restarts, 3);
        QVERIFY(fatal.at(0).at(0).toString().contains(u"audio"_s));
    }

    void failedWithoutRestartJustReports()
    {
        Supervisor s;
        QSignalSpy changed(&s, &Supervisor::changed);
        QSignalSpy fatal(&s, &Supervisor::fatal);
        s.report(u"chat"_s, Health::Failed, u"login refused"_s);
        s.report(u"chat"_s, Health::Failed, u"login refused"_s); // same state: one signal
        QCOMPARE(changed.size(), 1);
        QCOMPARE(fatal.size(), 0);
        QCOMPARE(s.overall(), Health::Failed);
    }
};

QTEST_GUILESS_MAIN(TestSupervisor)
#include "tst_supervisor.moc"
