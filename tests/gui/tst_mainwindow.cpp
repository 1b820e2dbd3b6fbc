// The main window against a live run (fake Twitch chat and fake VOICEVOX engine, real audio):
// the speaker list fills from the engine and the chosen style reads the next message, Preview
// speaks the sample first, the voice sliders reach the AudioQuery, the filter preview says
// exactly what FilterPipeline decides, the queue panel removes what the user picks, the
// connection panel counts, and the log panel never shows a token.
#include "app/queuemodel.h"
#include "desktopfixture.h"
#include "filter/filterpipeline.h"
#include "gui/connectionpanel.h"
#include "gui/filtereditor.h"
#include "gui/logpanel.h"
#include "gui/queuepanel.h"
#include "guitestutil.h"
#include "speech/speechqueue.h"

#include <QAbstractItemView>
#include <QDockWidget>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSlider>
#include <QSpinBox>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace chatvox;
using chatvox::test::DesktopFixture;
using chatvox::test::FakeVoicevoxRequest;

namespace {
template<typename T> T *child(QWidget *root, const char *name)
{
    T *w = root->findChild<T *>(QString::fromLatin1(name));
    if (!w)
        qFatal("no widget %s", name);
    return w;
}
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private:
    DesktopFixture f;

private slots:
    void init() { QVERIFY(f.start()); }
    void cleanup() { f.stop(); }

    void speakerListFillsAndTheChosenStyleReadsTheNextMessage()
    {
        SpeakerPanel *panel = f.window->speakerPanel();
        SpeakerModel *model = panel->speakerModel();
        QTRY_COMPARE(model->state(), SpeakerModel::State::Loaded);
        QCOMPARE(model->rowCount(), 3); // dummy1..3 of speakers.json
        QCOMPARE(model->styleCount(), 5);
        f.window->showPanel(u"speakerPanel"_s);
        auto *view = child<QTreeView>(panel, "speakersView");
        // Searchable: a speaker's name or a style's name keeps only what matches.
        child<QLineEdit>(panel, "searchEdit")->setText(u"DUMMY2"_s);
        QCOMPARE(view->model()->rowCount(), 1);
        QCOMPARE(view->model()->index(0, 0).data().toString(), u"dummy2"_s);
        QCOMPARE(view->model()->rowCount(view->model()->index(0, 0)), 2);
        child<QLineEdit>(panel, "searchEdit")->clear();
        QCOMPARE(view->model()->rowCount(), 3);
        view->expandAll();
        // "dummy2 / style1" is style id 3.
        QModelIndex target;
        for (int r = 0; r < view->model()->rowCount(); ++r) {
            const QModelIndex speaker = view->model()->index(r, 0);
            for (int s = 0; s < view->model()->rowCount(speaker); ++s) {
                const QModelIndex style = view->model()->index(s, 0, speaker);
                if (style.data(SpeakerModel::StyleIdRole).toLongLong() == 3)
                    target = style;
            }
        }
        QVERIFY(target.isValid());
        QCOMPARE(target.parent().data().toString(), u"dummy2"_s);
        view->scrollTo(target);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(target).center());
        QCOMPARE(f.settings->speakerStyle(), std::optional<qint64>(3));
        QVERIFY(child<QLabel>(panel, "currentVoice")->text().contains(u"dummy2"));

        f.chat(u"viewer1"_s, u"次の声で読む"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!f.queriesFor(u"次の声で読む"_s).isEmpty(), 10000);
        const FakeVoicevoxRequest query = f.queriesFor(u"次の声で読む"_s).constFirst();
        QVERIFY(query.hasSpeaker);
        QCOMPARE(query.speaker, 3);
        QTRY_VERIFY_WITH_TIMEOUT(f.engine->synthesizedTexts().contains(u"次の声で読む"_s), 10000);
        const QList<FakeVoicevoxRequest> synth = f.engine->requests(u"/synthesis"_s);
        QCOMPARE(synth.constLast().speaker, 3);
    }

    void previewSpeaksTheSampleAheadOfWaitingChat()
    {
        SpeakerPanel *panel = f.window->speakerPanel();
        f.settings->setSpeakerStyle(8);
        f.pipeline->setReadingPaused(true); // chat piles up
        for (int i = 1; i <= 4; ++i)
            f.chat(u"viewer%1"_s.arg(i), u"待ちメッセージ%1"_s.arg(i));
        QTRY_COMPARE(f.pipeline->queue()->waitingCount(), 4);
        child<QLineEdit>(panel, "sampleEdit")->setText(u"プレビューの声"_s);
        QTest::mouseClick(child<QPushButton>(panel, "previewButton"), Qt::LeftButton);
        QList<QueueItemInfo> items = f.pipeline->queue()->items();
        QCOMPARE(items.constFirst().text, u"プレビューの声"_s); // ahead of the waiting chat
        f.pipeline->setReadingPaused(false);
        QTRY_VERIFY_WITH_TIMEOUT(!f.queriesFor(u"プレビューの声"_s).isEmpty(), 10000);
        QCOMPARE(f.queriesFor(u"プレビューの声"_s).constFirst().speaker, 8);
        QTRY_VERIFY_WITH_TIMEOUT(f.engine->synthesizedTexts().contains(u"待ちメッセージ4"_s),
                                 20000);
    }

    void voiceSlidersReachTheAudioQuery()
    {
        SpeakerPanel *panel = f.window->speakerPanel();
        child<QSlider>(panel, "speedSlider")->setValue(150);
        child<QSlider>(panel, "pitchSlider")->setValue(-5);
        QCOMPARE(f.settings->voice().speedScale, 1.5);
        QCOMPARE(child<QLabel>(panel, "speedValue")->text(), u"1.50"_s);
        f.chat(u"viewer"_s, u"速い声"_s);
        QTRY_VERIFY_WITH_TIMEOUT(f.engine->synthesizedTexts().contains(u"速い声"_s), 10000);
        const QJsonObject query
            = QJsonDocument::fromJson(f.engine->requests(u"/synthesis"_s).constLast().body)
                  .object();
        QCOMPARE(query.value(u"speedScale"_s).toDouble(), 1.5);
        QCOMPARE(query.value(u"pitchScale"_s).toDouble(), -0.05);
    }

    void filterPreviewSaysWhatTheFilterPipelineDecides()
    {
        FilterEditor *editor = f.window->filtersPanel();
        auto *text = child<QLineEdit>(editor, "previewTextEdit");
        auto *user = child<QLineEdit>(editor, "previewUserEdit");
        auto *result = child<QLabel>(editor, "previewResult");
        // The golden cases that are one plain line with the default settings.
        QFile cases(QStringLiteral(CHATVOX_TEST_DATA_DIR) + u"/filter/cases.jsonl"_s);
        QVERIFY(cases.open(QIODevice::ReadOnly));
        int checked = 0;
        const FilterPipeline pipeline{FilterSettings()};
        for (const QByteArray &line : cases.readAll().split('\n')) {
            if (!line.startsWith('{'))
                continue;
            const QJsonObject c = QJsonDocument::fromJson(line).object();
            const QJsonObject m = c.value(u"message"_s).toObject();
            if (c.isEmpty() || c.contains(u"settings"_s) || c.contains(u"steps"_s)
                || m.contains(u"emotes"_s) || m.contains(u"isAction"_s)
                || m.contains(u"noticeKind"_s) || m.contains(u"badges"_s)
                || m.contains(u"displayName"_s))
                continue;
            if (m.value(u"text"_s).toString().trimmed().isEmpty())
                continue; // the box then shows its hint instead
            const QString login = m.value(u"login"_s).toString(u"viewer"_s);
            user->setText(login);
            text->setText(m.value(u"text"_s).toString());
            ChatMessage msg;
            msg.id = u"x"_s;
            msg.login = login;
            msg.displayName = login;
            msg.text = m.value(u"text"_s).toString();
            const FilterDecision d = pipeline.evaluate(msg);
            const QString expected = d.speak
                ? FilterEditor::tr("Reads: %1").arg(d.text)
                : FilterEditor::tr("Not read: %1").arg(skipReasonDescription(d.reason));
            QCOMPARE(result->text(), expected);
            const QJsonObject e = c.value(u"expect"_s).toObject();
            if (e.contains(u"speak"_s))
                QCOMPARE(d.text, e.value(u"speak"_s).toString());
            else
                QCOMPARE(d.reasonId(), e.value(u"skip"_s).toString());
            ++checked;
        }
        QVERIFY2(checked >= 20, qPrintable(QString::number(checked)));

        // Edits apply at once, to the preview and to the pipeline.
        text->setText(u"これはネタバレです"_s);
        QVERIFY(result->text().startsWith(FilterEditor::tr("Reads: %1").arg(QString()).trimmed()));
        auto *ng = child<QPlainTextEdit>(editor, "ngWordsEdit");
        ng->setPlainText(u"ネタバレ"_s);
        QCOMPARE(f.settings->filters().ngWords, QStringList{u"ネタバレ"_s});
        QCOMPARE(result->text(),
                 FilterEditor::tr("Not read: %1").arg(skipReasonDescription(SkipReason::NgWord)));
        child<QSpinBox>(editor, "lengthSpin")->setValue(5);
        text->setText(u"あいうえおかきくけこ"_s);
        QCOMPARE(result->text(), FilterEditor::tr("Reads: %1").arg(u"あいうえお以下略"_s));
        f.chat(u"viewer"_s, u"これはネタバレです"_s);
        f.chat(u"viewer"_s, u"あいうえおかきくけこ"_s);
        QTRY_VERIFY_WITH_TIMEOUT(f.engine->synthesizedTexts().contains(u"あいうえお以下略"_s),
                                 10000);
        QVERIFY(!f.engine->synthesizedTexts().contains(u"これはネタバレです"_s));
    }

    void queuePanelRemovesTheChosenMessage()
    {
        QueuePanel *panel = f.window->queuePanel();
        f.window->showPanel(u"queuePanel"_s);
        QSignalSpy started(f.pipeline->queue(), &SpeechQueue::itemStarted);
        f.pipeline->setReadingPaused(true);
        f.chat(u"a"_s, u"いち"_s);
        f.chat(u"b"_s, u"に"_s);
        f.chat(u"c"_s, u"さん"_s);
        QTRY_COMPARE(f.pipeline->queue()->items().size(), 3);
        QueueModel *model = panel->model();
        QTRY_COMPARE(model->rowCount(), 3);
        QCOMPARE(model->index(1, QueueModel::UserColumn).data().toString(), u"b"_s);
        auto *view = child<QAbstractItemView>(panel, "queueView");
        view->selectionModel()->select(
            model->index(1, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QTest::mouseClick(child<QPushButton>(panel, "removeButton"), Qt::LeftButton);
        QCOMPARE(f.pipeline->queue()->items().size(), 2);
        QTRY_COMPARE(model->rowCount(), 2);
        f.pipeline->setReadingPaused(false);
        QTRY_VERIFY_WITH_TIMEOUT(f.pipeline->queue()->isIdle(), 15000);
        QStringList heard;
        for (const QList<QVariant> &args : std::as_const(started))
            heard << args.at(0).value<QueueItemInfo>().text;
        QCOMPARE(heard, (QStringList{u"いち"_s, u"さん"_s})); // "に" was never played
    }

    void connectionPanelShowsStateAndCounts()
    {
        ConnectionPanel *panel = f.window->connectionPanel();
        QTRY_COMPARE(child<QLabel>(panel, "statusText")->text(),
                     RunStatus::tr("Connected to #%1").arg(DesktopFixture::channel));
        f.chat(u"viewer"_s, u"読む"_s);
        f.chat(u"nightbot"_s, u"読まない"_s);
        f.chat(u"viewer"_s, u"!cmd"_s);
        QTRY_COMPARE(child<QLabel>(panel, "readCount")->text(), u"1"_s);
        QTRY_COMPARE(child<QLabel>(panel, "skippedCount")->text(), u"2"_s);
        // A channel typed into the panel is read at once.
        auto *edit = child<QLineEdit>(panel, "channelEdit");
        edit->setText(u"#OtherChannel"_s);
        QTest::mouseClick(child<QPushButton>(panel, "readButton"), Qt::LeftButton);
        QCOMPARE(f.settings->channel(), u"otherchannel"_s);
        QTRY_VERIFY(f.irc->joinedChannels(0).contains(u"otherchannel"_s));
        QTRY_COMPARE(child<QLabel>(panel, "statusText")->text(),
                     RunStatus::tr("Connected to #%1").arg(u"otherchannel"_s));
    }

    void logPanelNeverShowsATokenAndCopies()
    {
        qWarning("sending PASS oauth:abc123secret to the server");
        qInfo("a harmless line");
        LogPanel *panel = f.window->logPanel();
        QTRY_VERIFY(panel->copyText().contains(u"a harmless line"_s));
        QVERIFY(panel->copyText().contains(u"oauth:[hidden]"_s));
        QVERIFY(!panel->copyText().contains(u"abc123secret"_s));
        child<QLineEdit>(panel, "logSearchEdit")->setText(u"harmless"_s);
        QCOMPARE(panel->copyText().count(u'\n'), 0); // one line shown, one line copied
    }
};

CHATVOX_WIDGET_TEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
