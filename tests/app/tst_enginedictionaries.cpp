// EngineDictionaries against FakeVoicevox (real HTTP on 127.0.0.1): the streamer's reading
// dictionary goes into each engine's user dictionary while serve/engineDictionary is on, follows
// edits live, reports engines without the feature, sends nothing while off, and remembers the
// words it owns across a restart (a new Settings on the same file), so nothing is added twice.
#include "app/enginedictionaries.h"
#include "app/settings.h"
#include "fakevoicevox.h"
#include "speech/engineset.h"
#include "speech/userdictionary.h"

#include <memory>

#include <QDeadlineTimer>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace chatvox;
using namespace chatvox::test;
using Status = EngineDictionaries::Status;

namespace {

QList<DictionaryEntry> entries(std::initializer_list<std::pair<QString, QString>> list)
{
    QList<DictionaryEntry> out;
    for (const auto &[word, reading] : list)
        out << DictionaryEntry{word, reading};
    return out;
}

// surface → pronunciation as the fake engine holds them.
QMap<QString, QString> engineWords(const FakeVoicevox &fake)
{
    QMap<QString, QString> out;
    for (const FakeUserDictWord &w : fake.userDictionaryWords())
        out.insert(w.surface, w.pronunciation);
    return out;
}

int userDictRequests(const FakeVoicevox &fake)
{
    int n = 0;
    for (const FakeVoicevoxRequest &r : fake.requests())
        n += r.path.startsWith(u"/user_dict");
    return n;
}

} // namespace

class TestEngineDictionaries : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_run = 0;
    QString m_path;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<FakeVoicevox> m_fake;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<EngineSet> m_engines;
    std::unique_ptr<EngineDictionaries> m_dicts;

    void setDictionary(const QList<DictionaryEntry> &dictionary)
    {
        FilterSettings f = m_settings->filters();
        f.dictionary = dictionary;
        m_settings->setFilters(f);
    }
    void setEnabled(bool on)
    {
        Settings::ServeSettings s = m_settings->serve();
        s.engineDictionary = on;
        m_settings->setServe(s);
    }
    // Settings and engine set as the app has them (the Pipeline follows the engine list).
    void startApp()
    {
        m_settings = std::make_unique<Settings>(m_path);
        m_engines = std::make_unique<EngineSet>(m_nam.get());
        m_engines->setReprobeInterval(50, 200);
        m_engines->setEndpoints(m_settings->engineUrls());
        connect(m_settings.get(), &Settings::changed, m_engines.get(),
                [this](Settings::Group group) {
                    if (group == Settings::Group::Speech)
                        m_engines->setEndpoints(m_settings->engineUrls());
                });
        m_engines->start();
    }
    void startDictionaries()
    {
        m_dicts
            = std::make_unique<EngineDictionaries>(m_settings.get(), m_engines.get(), m_nam.get());
        m_dicts->setDebounceInterval(50);
    }
    bool waitUp(const QUrl &url)
    {
        QDeadlineTimer deadline(5000);
        while (m_engines->engine(url).status != EngineSet::Status::Up && !deadline.hasExpired())
            QTest::qWait(10);
        return m_engines->engine(url).status == EngineSet::Status::Up;
    }
    // Waits for the next finished sync of url.
    EngineDictionaries::EngineState waitSynced(const QUrl &url)
    {
        QSignalSpy spy(m_dicts.get(), &EngineDictionaries::syncFinished);
        for (int i = 0; i < 100; ++i) {
            for (const QList<QVariant> &args : std::as_const(spy))
                if (args.at(0).toUrl() == url && !m_dicts->engine(url).statusText.isEmpty()
                    && m_dicts->engine(url).status != Status::Syncing)
                    return m_dicts->engine(url);
            spy.wait(100);
        }
        qWarning("no sync of %s finished", qPrintable(url.toString()));
        return {};
    }

private Q_SLOTS:
    void init()
    {
        m_path = m_dir.filePath(u"s%1.ini"_s.arg(++m_run));
        m_nam = std::make_unique<QNetworkAccessManager>();
        m_fake = std::make_unique<FakeVoicevox>();
        QVERIFY(m_fake->listen());
        {
            Settings s(m_path);
            s.setEngineUrls({m_fake->url()});
            QVERIFY(s.save());
        }
        startApp();
        QVERIFY(waitUp(m_fake->url()));
    }
    void cleanup()
    {
        m_dicts.reset();
        m_engines.reset();
        m_settings.reset();
        m_fake.reset();
        m_nam.reset();
    }

    void onPutsTheDictionaryIntoTheEngine()
    {
        setDictionary(entries({{u"ChatVox"_s, u"ちゃっとぼっくす"_s},
                               {u"草"_s, u"クサ"_s},
                               {u"漢字"_s, u"読めない漢字"_s}})); // not katakana: skipped
        startDictionaries();
        QVERIFY(!m_dicts->isEnabled());
        QCOMPARE(m_dicts->words().size(), 2);
        QCOMPARE(m_dicts->skipped().size(), 1);
        QCOMPARE(m_dicts->engines().size(), 1);
        QCOMPARE(m_dicts->engines().at(0).url, m_fake->url());

        QSignalSpy changed(m_dicts.get(), &EngineDictionaries::changed);
        setEnabled(true);
        QVERIFY(m_dicts->isEnabled());
        const auto state = waitSynced(m_fake->url());
        QCOMPARE(state.status, Status::InSync);
        QCOMPARE(state.added, 2);
        QCOMPARE(state.ownedWords, 2);
        QVERIFY(state.reachable);
        QVERIFY(state.lastSync.isValid());
        QVERIFY(!state.statusText.isEmpty());
        QVERIFY(changed.count() >= 2); // syncing, then done
        const QMap<QString, QString> words = engineWords(*m_fake);
        QCOMPARE(words.value(u"ＣｈａｔＶｏｘ"_s), u"チャットボックス"_s);
        QCOMPARE(words.value(u"草"_s), u"クサ"_s);
        QCOMPARE(words.size(), 2);
        QCOMPARE(m_settings->engineDictionaryWords(m_fake->url()).size(), 2);
    }

    void syncsAtStartWhenOn()
    {
        setDictionary(entries({{u"草"_s, u"クサ"_s}}));
        setEnabled(true);
        startDictionaries(); // the engine is already up
        QCOMPARE(waitSynced(m_fake->url()).status, Status::InSync);
        QCOMPARE(engineWords(*m_fake).value(u"草"_s), u"クサ"_s);
    }

    void editsApplyLive()
    {
        setDictionary(entries({{u"草"_s, u"クサ"_s}, {u"鯖"_s, u"サバ"_s}}));
        setEnabled(true);
        startDictionaries();
        QCOMPARE(waitSynced(m_fake->url()).status, Status::InSync);
        // A changed reading, a removed entry, a new one.
        setDictionary(entries({{u"草"_s, u"ワラ"_s}, {u"配信"_s, u"ハイシン"_s}}));
        auto state = waitSynced(m_fake->url());
        QCOMPARE(state.status, Status::InSync);
        QCOMPARE(state.updated, 1);
        QCOMPARE(state.deleted, 1);
        QCOMPARE(state.added, 1);
        const QMap<QString, QString> words = engineWords(*m_fake);
        QCOMPARE(words, (QMap<QString, QString>{{u"草"_s, u"ワラ"_s}, {u"配信"_s, u"ハイシン"_s}}));
        // A filter change that is not the dictionary sends nothing.
        const int before = userDictRequests(*m_fake);
        FilterSettings f = m_settings->filters();
        f.maxRepeat += 1;
        m_settings->setFilters(f);
        QTest::qWait(300);
        QCOMPARE(userDictRequests(*m_fake), before);
    }

    void editsWhileSyncingEndInTheLatest()
    {
        setDictionary(entries({{u"草"_s, u"クサ"_s}}));
        setEnabled(true);
        m_fake->setDelay(u"/user_dict_word"_s, 200);
        startDictionaries();
        QTRY_VERIFY(m_dicts->isSyncing());
        m_dicts->setDebounceInterval(0);
        setDictionary(entries({{u"草"_s, u"ワラ"_s}}));
        QTRY_VERIFY_WITH_TIMEOUT(
            !m_dicts->isSyncing() && engineWords(*m_fake).value(u"草"_s) == u"ワラ"_s, 5000);
        QCOMPARE(engineWords(*m_fake).size(), 1);
        QCOMPARE(m_settings->engineDictionaryWords(m_fake->url()).size(), 1);
    }

    void engineWithoutTheFeatureIsUnsupported()
    {
        m_fake->setUserDictionary(FakeVoicevox::UserDictionary::Absent);
        setDictionary(entries({{u"草"_s, u"クサ"_s}}));
        setEnabled(true);
        startDictionaries();
        const auto state = waitSynced(m_fake->url());
        QCOMPARE(state.status, Status::Unsupported);
        QVERIFY(!state.statusText.isEmpty());
        // Not asked again at every edit...
        const int before = userDictRequests(*m_fake);
        setDictionary(entries({{u"草"_s, u"ワラ"_s}}));
        QTest::qWait(300);
        QCOMPARE(userDictRequests(*m_fake), before);
        // ...but on Sync now.
        m_fake->setUserDictionary(FakeVoicevox::UserDictionary::Supported);
        m_dicts->syncNow();
        QCOMPARE(waitSynced(m_fake->url()).status, Status::InSync);
        QCOMPARE(engineWords(*m_fake).value(u"草"_s), u"ワラ"_s);
    }

    void brokenEngineShowsTheError()
    {
        m_fake->setUserDictionary(FakeVoicevox::UserDictionary::Broken);
        setDictionary(entries({{u"草"_s, u"クサ"_s}}));
        setEnabled(true);
        startDictionaries();
        const auto state = waitSynced(m_fake->url());
        QCOMPARE(state.status, Status::Error);
        QVERIFY(!state.lastError.isEmpty());
        QVERIFY(state.statusText.contains(state.lastError));
    }

    void offSendsNothing()
    {
        setDictionary(entries({{u"草"_s, u"クサ"_s}}));
        startDictionaries();
        setDictionary(entries({{u"草"_s, u"ワラ"_s}}));
        m_dicts->syncNow(); // does nothing while off
        QTRY_COMPARE(m_engines->engine(m_fake->url()).inFlight, 0); // else no probe now
        m_fake->stop();
        m_engines->probeAll();
        QTRY_COMPARE_WITH_TIMEOUT(m_engines->engine(m_fake->url()).status, EngineSet::Status::Down,
                                  5000);
        QVERIFY(m_fake->restart()); // the engine comes up again
        QVERIFY(waitUp(m_fake->url()));
        QTest::qWait(300);
        QCOMPARE(userDictRequests(*m_fake), 0);
        QVERIFY(m_fake->userDictionaryWords().isEmpty());
        QCOMPARE(m_dicts->engines().at(0).status, Status::Idle);
        QVERIFY(!m_dicts->engines().at(0).statusText.isEmpty());
    }

    void offLeavesTheWordsUntilRemoved()
    {
        setDictionary(entries({{u"草"_s, u"クサ"_s}}));
        setEnabled(true);
        startDictionaries();
        QCOMPARE(waitSynced(m_fake->url()).status, Status::InSync);
        QVERIFY(!m_dicts->removeOwnWords()); // on: they would only come back
        setEnabled(false);
        setDictionary(entries({{u"草"_s, u"ワラ"_s}}));
        QTest::qWait(300);
        QCOMPARE(engineWords(*m_fake).value(u"草"_s), u"クサ"_s); // left as it was
        QVERIFY(m_dicts->removeOwnWords());
        const auto state = waitSynced(m_fake->url());
        QCOMPARE(state.deleted, 1);
        QVERIFY(m_fake->userDictionaryWords().isEmpty());
        QVERIFY(m_settings->engineDictionaryWords(m_fake->url()).isEmpty());
    }

    void ownedWordsSurviveARestart()
    {
        setDictionary(entries({{u"草"_s, u"クサ"_s}, {u"鯖"_s, u"サバ"_s}}));
        setEnabled(true);
        startDictionaries();
        QCOMPARE(waitSynced(m_fake->url()).added, 2);
        // Quit without an explicit save (persisting saved the file), start again.
        m_dicts.reset();
        m_engines.reset();
        m_settings.reset();
        startApp();
        QVERIFY(waitUp(m_fake->url()));
        QCOMPARE(m_settings->engineDictionaryWords(m_fake->url()).size(), 2);
        startDictionaries();
        auto state = waitSynced(m_fake->url());
        QCOMPARE(state.status, Status::InSync);
        QCOMPARE(state.added, 0);
        QCOMPARE(state.unchanged, 2);
        QCOMPARE(m_fake->userDictionaryWords().size(), 2); // no duplicates
        // Still ChatVox's: an edit updates them instead of reporting a conflict.
        setDictionary(entries({{u"草"_s, u"ワラ"_s}}));
        state = waitSynced(m_fake->url());
        QCOMPARE(state.status, Status::InSync);
        QCOMPARE(state.updated, 1);
        QCOMPARE(state.deleted, 1);
        QCOMPARE(engineWords(*m_fake), (QMap<QString, QString>{{u"草"_s, u"ワラ"_s}}));
    }

    void usersOwnWordIsAConflict()
    {
        const QString mine = m_fake->addUserDictionaryWord(u"草"_s, u"ソウ"_s);
        setDictionary(entries({{u"草"_s, u"クサ"_s}, {u"鯖"_s, u"サバ"_s}}));
        setEnabled(true);
        startDictionaries();
        const auto state = waitSynced(m_fake->url());
        QCOMPARE(state.status, Status::Conflicts);
        QCOMPARE(state.conflicts.size(), 1);
        QCOMPARE(state.conflicts.at(0).uuid, mine);
        QCOMPARE(engineWords(*m_fake).value(u"草"_s), u"ソウ"_s); // the user's wins
        QVERIFY(!m_settings->engineDictionaryWords(m_fake->url()).contains(mine));
    }

    void engineThatComesUpIsSynced()
    {
        QTRY_COMPARE(m_engines->engine(m_fake->url()).inFlight, 0); // else no probe now
        m_fake->stop();
        m_engines->probeAll();
        QTRY_COMPARE_WITH_TIMEOUT(m_engines->engine(m_fake->url()).status, EngineSet::Status::Down,
                                  5000);
        setDictionary(entries({{u"草"_s, u"クサ"_s}}));
        setEnabled(true);
        startDictionaries();
        QTest::qWait(100);
        QVERIFY(!m_dicts->engines().at(0).reachable);
        QVERIFY(!m_dicts->isSyncing());
        QVERIFY(m_fake->restart());
        QCOMPARE(waitSynced(m_fake->url()).status, Status::InSync);
        QCOMPARE(engineWords(*m_fake).value(u"草"_s), u"クサ"_s);
    }

    void addedEngineIsSynced()
    {
        setDictionary(entries({{u"草"_s, u"クサ"_s}}));
        setEnabled(true);
        startDictionaries();
        QCOMPARE(waitSynced(m_fake->url()).status, Status::InSync);
        FakeVoicevox second;
        QVERIFY(second.listen());
        m_settings->setEngineUrls({m_fake->url(), second.url()});
        QTRY_COMPARE(m_dicts->engines().size(), 2);
        QCOMPARE(m_dicts->engines().at(1).url, second.url());
        // Its sync may have finished already while the list grew: wait on the state itself.
        QTRY_COMPARE_WITH_TIMEOUT(m_dicts->engine(second.url()).status, Status::InSync, 15000);
        QCOMPARE(engineWords(second).value(u"草"_s), u"クサ"_s);
        QCOMPARE(m_settings->engineDictionaryWords(second.url()).size(), 1);
        // Removed again: forgotten from the list, its words stay ChatVox's (kept in settings).
        m_settings->setEngineUrls({m_fake->url()});
        QTRY_COMPARE(m_dicts->engines().size(), 1);
        QCOMPARE(m_settings->engineDictionaryWords(second.url()).size(), 1);
        m_dicts.reset(); // before `second` goes
    }
};

QTEST_GUILESS_MAIN(TestEngineDictionaries)
#include "tst_enginedictionaries.moc"
