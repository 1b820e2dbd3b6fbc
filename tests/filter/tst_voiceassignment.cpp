#include "filter/voiceassignment.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace chatvox;
using Kind = VoiceCommand::Kind;

namespace {

QList<SpeakerStyle> styles()
{
    return {
        {2, u"四国めたん"_s, u"u1"_s, u"ノーマル"_s, u"talk"_s},
        {0, u"四国めたん"_s, u"u1"_s, u"あまあま"_s, u"talk"_s},
        {3, u"ずんだもん"_s, u"u2"_s, u"ノーマル"_s, u"talk"_s},
        {7, u"ずんだもん"_s, u"u2"_s, u"ツンツン"_s, u"talk"_s},
        {22, u"ずんだもん"_s, u"u2"_s, u"ささやき"_s, u"talk"_s},
        {36, u"四国めたん"_s, u"u1"_s, u"ささやき"_s, u"talk"_s},
        {-888753760, u"Anneli"_s, u"u3"_s, u"Normal"_s, u"talk"_s},
    };
}

} // namespace

class tst_VoiceAssignment : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void stableHash()
    {
        const QList<qint64> ids{2, 3, 7, 8, 10};
        // Pinned values: a change of the hash would move every viewer's voice.
        QCOMPARE(*stableStyleForViewer(u"141981764", ids),
                 *stableStyleForViewer(u"141981764", ids));
        QCOMPARE(stableStyleForViewer(u"1", {}), std::nullopt);
        QCOMPARE(*stableStyleForViewer(u"anything", {42}), 42);
        // FNV-1a 64 of "a" is 0xaf63dc4c8601ec8c; mod 5 = 3 → the fourth id.
        QCOMPARE(*stableStyleForViewer(u"a", ids), ids.at(int(0xaf63dc4c8601ec8cull % 5)));
        // Viewers spread over the styles.
        QHash<qint64, int> count;
        for (int i = 0; i < 1000; ++i)
            ++count[*stableStyleForViewer(QString::number(100000 + i), ids)];
        QCOMPARE(count.size(), ids.size());
        for (int n : std::as_const(count))
            QVERIFY2(n > 120 && n < 280, qPrintable(QString::number(n)));
    }

    void commands_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("argument");
        QTest::newRow("show") << u"!voice"_s << int(Kind::Show) << QString();
        QTest::newRow("show spaces") << u"  !VOICE  "_s << int(Kind::Show) << QString();
        QTest::newRow("number") << u"!voice 3"_s << int(Kind::Choose) << u"3"_s;
        QTest::newRow("name") << u"!voice ずんだもん　ノーマル"_s << int(Kind::Choose)
                              << u"ずんだもん ノーマル"_s;
        QTest::newRow("reset") << u"!voice reset"_s << int(Kind::Reset) << QString();
        QTest::newRow("default") << u"!voice default"_s << int(Kind::Reset) << QString();
        QTest::newRow("reset other")
            << u"!voice reset @SomeViewer"_s << int(Kind::ResetOther) << u"someviewer"_s;
        QTest::newRow("other command") << u"!voices"_s << int(Kind::None) << QString();
        QTest::newRow("chat") << u"I like this voice"_s << int(Kind::None) << QString();
        QTest::newRow("no prefix") << u"voice 3"_s << int(Kind::None) << QString();
    }
    void commands()
    {
        QFETCH(QString, text);
        QFETCH(int, kind);
        QFETCH(QString, argument);
        const VoiceCommand c = parseVoiceCommand(text);
        QCOMPARE(int(c.kind), kind);
        QCOMPARE(c.argument, argument);
    }

    void choices()
    {
        const QList<SpeakerStyle> all = styles();
        QCOMPARE(matchVoiceChoice(u"3", all)->id, 3);
        QCOMPARE(matchVoiceChoice(u"３", all)->id, 3); // full-width digits
        QCOMPARE(matchVoiceChoice(u"-888753760", all)->id, -888753760);
        QVERIFY(!matchVoiceChoice(u"99", all));
        QCOMPARE(matchVoiceChoice(u"ずんだもん ツンツン", all)->id, 7);
        QCOMPARE(matchVoiceChoice(u"ずんだもん（ささやき）", all)->id, 22);
        QCOMPARE(matchVoiceChoice(u"ずんだもん(ささやき)", all)->id, 22);
        QCOMPARE(matchVoiceChoice(u"ツンツン", all)->id, 7); // unique style name
        QVERIFY(!matchVoiceChoice(u"ささやき", all)); // two speakers have it; not a speaker
        QCOMPARE(matchVoiceChoice(u"ずんだもん", all)->id, 3); // the speaker's first style
        QCOMPARE(matchVoiceChoice(u"anneli normal", all)->id, -888753760);
        QVERIFY(!matchVoiceChoice(u"", all));
        QVERIFY(!matchVoiceChoice(u"nobody", all));
        QCOMPARE(voiceDisplayName(all.at(3)), u"ずんだもん（ツンツン）"_s);
    }
};

QTEST_GUILESS_MAIN(tst_VoiceAssignment)
#include "tst_voiceassignment.moc"
