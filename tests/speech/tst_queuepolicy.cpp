#include "speech/queuepolicy.h"
#include "speech/textsplitter.h"

#include <QTest>

using namespace Qt::StringLiterals;
using chatvox::QueuePolicy;
using chatvox::splitSentences;

class TestQueuePolicy : public QObject
{
    Q_OBJECT
private slots:
    void lookaheadScalesWithTheEnginesSharingTheWork()
    {
        QueuePolicy p; // prefetch 2
        QCOMPARE(p.lookahead(true, 1), p.lookahead(true));
        QCOMPARE(p.lookahead(false, 1), p.lookahead(false));
        QCOMPARE(p.lookahead(true, 3), 6);
        QCOMPARE(p.lookahead(false, 4), 8);
        QCOMPARE(p.lookahead(true, 0), 2); // no engine known: as for one
        p.prefetch = 0; // fetch, then play: nothing ahead while one plays, one when idle
        QCOMPARE(p.lookahead(true, 3), 0);
        QCOMPARE(p.lookahead(false, 3), 1);
    }
    void speedStaysNeutralUpToThreshold()
    {
        const QueuePolicy p;
        for (int waiting = 0; waiting <= 5; ++waiting)
            QCOMPARE(p.speedFactor(waiting), 1.0);
    }
    void speedRisesGraduallyAndIsCapped()
    {
        const QueuePolicy p; // +0.1 per message past 5, at most 1.5
        QCOMPARE(p.speedFactor(6), 1.1);
        QCOMPARE(p.speedFactor(8), 1.3);
        QCOMPARE(p.speedFactor(10), 1.5);
        QCOMPARE(p.speedFactor(19), 1.5);
        double last = 1.0;
        for (int waiting = 0; waiting < 40; ++waiting) {
            QVERIFY(p.speedFactor(waiting) >= last);
            last = p.speedFactor(waiting);
        }
    }
    void dropsOnlyPastTheLimit()
    {
        const QueuePolicy p;
        QCOMPARE(p.dropCount(20), 0);
        QCOMPARE(p.dropCount(21), 1);
        QCOMPARE(p.dropCount(35), 15);
        QueuePolicy off;
        off.dropAfter = 0;
        QCOMPARE(off.dropCount(1000), 0);
    }
    void lookaheadNeverStallsAnIdleQueue()
    {
        QueuePolicy p;
        QCOMPARE(p.lookahead(true), 2);
        QCOMPARE(p.lookahead(false), 2);
        p.prefetch = 0; // sequential: fetch, then play
        QCOMPARE(p.lookahead(true), 0);
        QCOMPARE(p.lookahead(false), 1);
    }

    void shortTextIsOnePiece()
    {
        QCOMPARE(splitSentences(u"こんにちは。元気？"_s, 80), QStringList{u"こんにちは。元気？"_s});
    }
    void splitsAtSentenceEnds()
    {
        const QString text
            = u"一つ目の文です。二つ目の文です！三つ目？四つ目の文はここまでです。"_s;
        const QStringList pieces = splitSentences(text, 10);
        // The last sentence is longer than 10 and has no comma: cut hard.
        QCOMPARE(pieces,
                 (QStringList{u"一つ目の文です。"_s, u"二つ目の文です！"_s, u"三つ目？"_s,
                              u"四つ目の文はここまで"_s, u"です。"_s}));
    }
    void packsShortSentencesTogether()
    {
        const QStringList pieces = splitSentences(u"はい。うん。そう。なるほどね。"_s, 8);
        QCOMPARE(pieces, (QStringList{u"はい。うん。"_s, u"そう。"_s, u"なるほどね。"_s}));
    }
    void englishSentencesKeepSpacesAndVersionNumbers()
    {
        const QStringList pieces
            = splitSentences(u"Version 1.2 is out. It fixes the crash. Enjoy!"_s, 20);
        QCOMPARE(pieces,
                 (QStringList{u"Version 1.2 is out."_s, u"It fixes the crash."_s, u"Enjoy!"_s}));
    }
    void overlongSentenceIsCutAtACommaOrHard()
    {
        const QString text = u"あいうえお、かきくけこさしすせそたちつてと"_s;
        const QStringList pieces = splitSentences(text, 8);
        QCOMPARE(pieces.first(), u"あいうえお、"_s);
        QCOMPARE(pieces.join(QString()), text);
        for (const QString &piece : pieces)
            QVERIFY(piece.size() <= 8);
    }
    void neverSplitsSurrogatePairs()
    {
        QString text;
        for (int i = 0; i < 50; ++i)
            text += u"😀"_s;
        const QStringList pieces = splitSentences(text, 7);
        QCOMPARE(pieces.join(QString()), text);
        for (const QString &piece : pieces) {
            QVERIFY(!piece.front().isLowSurrogate());
            QVERIFY(!piece.back().isHighSurrogate());
            QVERIFY(piece.toUcs4().size() <= 7);
        }
    }
    void hugeInputIsFast()
    {
        const QString text = u"あ。"_s.repeated(200000);
        QElapsedTimer timer;
        timer.start();
        const QStringList pieces = splitSentences(text, 80);
        QVERIFY(!pieces.isEmpty());
        QVERIFY2(timer.elapsed() < 2000, "splitting 400k characters took too long");
    }
};

QTEST_GUILESS_MAIN(TestQueuePolicy)
#include "tst_queuepolicy.moc"
