// VoicevoxClient's /user_dict calls and UserDictionarySync against FakeVoicevox (a real HTTP
// server on 127.0.0.1); realEngine() runs against a real engine only when
// CHATVOX_TEST_ENGINE_URL is set (e.g. http://127.0.0.1:50021), and leaves its dictionary as it
// was.

#include "fakevoicevox.h"
#include "speech/userdictionary.h"
#include "speech/userdictionarysync.h"
#include "speech/voicevoxclient.h"
#include "speechtestutil.h"

#include <memory>

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace chatvox;
using namespace chatvox::test;
using Status = UserDictionarySync::Status;
using Report = UserDictionarySync::Report;
using Kind = EngineError::Kind;

namespace {

UserDictWord word(const QString &surface, const QString &pronunciation, int accent = 0,
                  UserDictWordType type = UserDictWordType::ProperNoun, int priority = 5)
{
    return UserDictWord{surface, pronunciation, accent, type, priority};
}

QStringList sortedUuids(const QList<FakeUserDictWord> &words)
{
    QStringList out;
    for (const FakeUserDictWord &w : words)
        out << w.uuid;
    out.sort();
    return out;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

} // namespace

class TestUserDictionarySync : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    // VoicevoxClient
    void clientRoundTrip();
    void clientSurfacesEngineRefusals();
    void clientRefusesOddUuid();
    // UserDictionarySync
    void firstSyncAdds();
    void changedEntryIsUpdated();
    void removedEntryIsDeleted();
    void usersOwnWordUntouched();
    void conflictReported();
    void unsupportedEngine();
    void brokenEngine();
    void serverErrorMidSyncLosesNothing();
    void refusedWordDoesNotStopTheRest();
    void abortStopsAtOnce();
    void restartWhileRunningAbortsFirst();
    // A real engine (CHATVOX_TEST_ENGINE_URL)
    void realEngine();

private:
    Report sync(const QList<UserDictWord> &wanted, const QStringList &owned);

    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<FakeVoicevox> m_fake;
    std::unique_ptr<VoicevoxClient> m_client;
    std::unique_ptr<UserDictionarySync> m_sync;
};

void TestUserDictionarySync::init()
{
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_fake = std::make_unique<FakeVoicevox>();
    QVERIFY(m_fake->listen());
    m_client = std::make_unique<VoicevoxClient>(m_nam.get(), m_fake->url());
    m_client->setRequestTimeout(5000);
    m_sync = std::make_unique<UserDictionarySync>(m_client.get());
}

void TestUserDictionarySync::cleanup()
{
    m_sync.reset();
    m_client.reset();
    m_fake.reset();
    m_nam.reset();
}

Report TestUserDictionarySync::sync(const QList<UserDictWord> &wanted, const QStringList &owned)
{
    QSignalSpy finished(m_sync.get(), &UserDictionarySync::finished);
    m_sync->start(wanted, owned);
    if (finished.isEmpty() && !finished.wait(10000))
        qWarning("the sync did not finish");
    if (finished.size() != 1)
        qWarning("finished %d times", int(finished.size()));
    return finished.isEmpty() ? Report{} : finished.first().first().value<Report>();
}

void TestUserDictionarySync::clientRoundTrip()
{
    auto added = await(m_client->addUserDictWord(
        word(u"Chat+Vox"_s, u"チャットボックス"_s, 5, UserDictWordType::CommonNoun, 7)));
    QVERIFY2(added.ok, qPrintable(added.error.message));
    const QString uuid = added.value;
    QVERIFY(!uuid.isEmpty());
    // Reserved characters arrive as sent ('+' is not a space).
    QCOMPARE(m_fake->requests(u"/user_dict_word"_s).first().query.value(u"surface"_s),
             u"Chat+Vox"_s);

    auto listed = await(m_client->userDictionary());
    QVERIFY2(listed.ok, qPrintable(listed.error.message));
    QCOMPARE(listed.value.keys(), QStringList{uuid});
    const EngineDictWord got = listed.value.value(uuid);
    QCOMPARE(got.surface, u"Ｃｈａｔ＋Ｖｏｘ"_s);
    QCOMPARE(got.pronunciation, u"チャットボックス"_s);
    QCOMPARE(got.accentType, 5);
    QCOMPARE(got.wordType, std::optional(UserDictWordType::CommonNoun));
    QCOMPARE(got.priority, 7);

    auto updated = await(m_client->updateUserDictWord(uuid, word(u"ChatVox"_s, u"チャボ"_s, 1)));
    QVERIFY2(updated.ok, qPrintable(updated.error.message));
    QCOMPARE(m_fake->requests().last().method, u"PUT"_s);
    QCOMPARE(m_fake->userDictionaryWords().first().pronunciation, u"チャボ"_s);
    QCOMPARE(m_fake->userDictionaryWords().first().wordType, u"PROPER_NOUN"_s);

    auto deleted = await(m_client->deleteUserDictWord(uuid));
    QVERIFY2(deleted.ok, qPrintable(deleted.error.message));
    QCOMPARE(m_fake->requests().last().method, u"DELETE"_s);
    QVERIFY(m_fake->userDictionaryWords().isEmpty());
}

void TestUserDictionarySync::clientSurfacesEngineRefusals()
{
    // Hiragana: the engine's own reason comes through.
    auto added = await(m_client->addUserDictWord(word(u"ChatVox"_s, u"ちゃっと"_s)));
    QVERIFY(added.done);
    QVERIFY(!added.ok);
    QCOMPARE(added.error.kind, Kind::ClientError);
    QCOMPARE(added.error.httpStatus, 422);
    QVERIFY2(added.error.engineMessage.contains(u"発音は有効なカタカナでなくてはいけません。"_s),
             qPrintable(added.error.engineMessage));
    QVERIFY(added.error.message.contains(u"422"_s));
    QVERIFY(added.error.message.contains(m_fake->url().toDisplayString()));

    added = await(m_client->addUserDictWord(word(u"ChatVox"_s, u"チャット"_s, 9)));
    QVERIFY(added.error.engineMessage.contains(u"誤ったアクセント型です(9)"_s));
    added = await(m_client->addUserDictWord(
        word(u"ChatVox"_s, u"チャット"_s, 0, UserDictWordType::Verb, 11)));
    QCOMPARE(added.error.httpStatus, 422);
    QVERIFY2(added.error.engineMessage.contains(u"priority"_s),
             qPrintable(added.error.engineMessage));

    // An unknown uuid is 422 too (as VOICEVOX 0.17.1 answers), with the engine's words.
    const QString unknown = u"00000000-0000-4000-8000-000000000000"_s;
    auto deleted = await(m_client->deleteUserDictWord(unknown));
    QCOMPARE(deleted.error.kind, Kind::ClientError);
    QCOMPARE(deleted.error.httpStatus, 422);
    QCOMPARE(deleted.error.engineMessage, u"IDに該当するワードが見つかりませんでした"_s);
    auto updated = await(m_client->updateUserDictWord(unknown, word(u"a"_s, u"ア"_s)));
    QCOMPARE(updated.error.engineMessage, u"UUIDに該当するワードが見つかりませんでした"_s);
    QVERIFY(m_fake->userDictionaryWords().isEmpty());

    m_fake->setUserDictionary(FakeVoicevox::UserDictionary::Absent);
    auto listed = await(m_client->userDictionary());
    QCOMPARE(listed.error.kind, Kind::ClientError);
    QCOMPARE(listed.error.httpStatus, 404);
    m_fake->setUserDictionary(FakeVoicevox::UserDictionary::Broken);
    listed = await(m_client->userDictionary());
    QCOMPARE(listed.error.kind, Kind::ServerError);
    QCOMPARE(listed.error.httpStatus, 500);
}

void TestUserDictionarySync::clientRefusesOddUuid()
{
    for (const QString &uuid : {u"../speakers"_s, u""_s, u"a b"_s, u"x?y=1"_s}) {
        auto deleted = await(m_client->deleteUserDictWord(uuid));
        QVERIFY(deleted.done);
        QCOMPARE(deleted.error.kind, Kind::ClientError);
        QCOMPARE(deleted.error.httpStatus, 0);
    }
    QCOMPARE(m_fake->requests().size(), 0);
}

void TestUserDictionarySync::firstSyncAdds()
{
    const QList<UserDictWord> wanted{word(u"ChatVox"_s, u"チャットボックス"_s, 5),
                                     word(u"草"_s, u"クサ"_s, 2, UserDictWordType::CommonNoun, 8)};
    QSignalSpy progress(m_sync.get(), &UserDictionarySync::progress);
    const Report report = sync(wanted, {});
    QCOMPARE(report.status, Status::InSync);
    QCOMPARE(report.added, 2);
    QCOMPARE(report.updated + report.deleted + report.conflictCount(), 0);
    QVERIFY(report.errorMessage.isEmpty());
    QCOMPARE(sorted(report.ownedUuids), sortedUuids(m_fake->userDictionaryWords()));
    QCOMPARE(m_sync->status(), Status::InSync);
    QCOMPARE(progress.size(), 3);
    QCOMPARE(progress.at(0), (QVariantList{0, 2}));
    QCOMPARE(progress.at(2), (QVariantList{2, 2}));
    const auto words = m_fake->userDictionaryWords();
    QCOMPARE(words.at(0).surface, u"ＣｈａｔＶｏｘ"_s);
    QCOMPARE(words.at(1).wordType, u"COMMON_NOUN"_s);
    QCOMPARE(words.at(1).priority, 8);

    // Again: nothing to do, only the GET.
    m_fake->clearRecords();
    const Report again = sync(wanted, report.ownedUuids);
    QCOMPARE(again.status, Status::InSync);
    QCOMPARE(again.added + again.updated + again.deleted, 0);
    QCOMPARE(again.unchanged, 2);
    QCOMPARE(sorted(again.ownedUuids), sorted(report.ownedUuids));
    QCOMPARE(m_fake->requests().size(), 1);
    QCOMPARE(m_fake->requests().first().path, u"/user_dict"_s);
}

void TestUserDictionarySync::changedEntryIsUpdated()
{
    QList<UserDictWord> wanted{word(u"ChatVox"_s, u"チャットボックス"_s), word(u"草"_s, u"クサ"_s)};
    const QStringList owned = sync(wanted, {}).ownedUuids;
    wanted[1].pronunciation = u"ワラ"_s;
    wanted[1].accentType = 1;
    const Report report = sync(wanted, owned);
    QCOMPARE(report.status, Status::InSync);
    QCOMPARE(report.updated, 1);
    QCOMPARE(report.added + report.deleted, 0);
    QCOMPARE(sorted(report.ownedUuids), sorted(owned)); // same words, same uuids
    QCOMPARE(m_fake->requests().last().method, u"PUT"_s);
    QCOMPARE(m_fake->userDictionaryWords().at(1).pronunciation, u"ワラ"_s);
    QCOMPARE(m_fake->userDictionaryWords().at(1).accentType, 1);
}

void TestUserDictionarySync::removedEntryIsDeleted()
{
    const QStringList owned
        = sync({word(u"ChatVox"_s, u"チャットボックス"_s), word(u"草"_s, u"クサ"_s)}, {})
              .ownedUuids;
    const Report report = sync({word(u"ChatVox"_s, u"チャットボックス"_s)}, owned);
    QCOMPARE(report.status, Status::InSync);
    QCOMPARE(report.deleted, 1);
    QCOMPARE(report.ownedUuids.size(), 1);
    QCOMPARE(m_fake->userDictionaryWords().size(), 1);
    QCOMPARE(report.ownedUuids, QStringList{m_fake->userDictionaryWords().first().uuid});
    QCOMPARE(m_fake->requests().last().method, u"DELETE"_s);

    const Report none = sync({}, report.ownedUuids);
    QCOMPARE(none.deleted, 1);
    QVERIFY(none.ownedUuids.isEmpty());
    QVERIFY(m_fake->userDictionaryWords().isEmpty());
}

void TestUserDictionarySync::usersOwnWordUntouched()
{
    // Added in the VOICEVOX editor, unknown to ChatVox.
    const QString users = m_fake->addUserDictionaryWord(u"OBS"_s, u"オービーエス"_s, 3);
    const QStringList owned = sync({word(u"ChatVox"_s, u"チャットボックス"_s)}, {}).ownedUuids;
    QCOMPARE(owned.size(), 1);
    QVERIFY(!owned.contains(users));
    // ChatVox wants nothing any more: only its own word goes.
    const Report report = sync({}, owned);
    QCOMPARE(report.status, Status::InSync);
    QCOMPARE(report.deleted, 1);
    QCOMPARE(m_fake->userDictionaryWords().size(), 1);
    QCOMPARE(m_fake->userDictionaryWords().first().uuid, users);
    QCOMPARE(m_fake->userDictionaryWords().first().accentType, 3);
    // Owning nothing, ChatVox deletes nothing.
    QCOMPARE(sync({}, {}).deleted, 0);
    QCOMPARE(m_fake->userDictionaryWords().size(), 1);
}

void TestUserDictionarySync::conflictReported()
{
    const QString users = m_fake->addUserDictionaryWord(u"ChatVox"_s, u"チャボ"_s, 1);
    m_fake->clearRecords();
    const Report report
        = sync({word(u"ChatVox"_s, u"チャットボックス"_s), word(u"草"_s, u"クサ"_s)}, {});
    QCOMPARE(report.status, Status::Conflicts);
    QCOMPARE(report.conflictCount(), 1);
    QCOMPARE(report.conflicts.first().uuid, users);
    QCOMPARE(report.conflicts.first().engineWord.pronunciation, u"チャボ"_s);
    QCOMPARE(report.conflicts.first().wanted.pronunciation, u"チャットボックス"_s);
    QCOMPARE(report.added, 1); // 草 only
    QCOMPARE(m_fake->requestCount(u"/user_dict_word"_s), 1);
    QCOMPARE(m_fake->userDictionaryWords().first().pronunciation, u"チャボ"_s); // not overwritten
    QCOMPARE(m_fake->userDictionaryWords().size(), 2);
}

void TestUserDictionarySync::unsupportedEngine()
{
    m_fake->setUserDictionary(FakeVoicevox::UserDictionary::Absent);
    const QStringList owned{u"from-another-day"_s};
    const Report report = sync({word(u"ChatVox"_s, u"チャットボックス"_s)}, owned);
    QCOMPARE(report.status, Status::Unsupported);
    QCOMPARE(report.ownedUuids, owned); // kept for when the engine has it again
    QCOMPARE(m_fake->requests().size(), 1);
}

void TestUserDictionarySync::brokenEngine()
{
    m_fake->setUserDictionary(FakeVoicevox::UserDictionary::Broken);
    const Report report = sync({word(u"ChatVox"_s, u"チャットボックス"_s)}, {u"x"_s});
    QCOMPARE(report.status, Status::Error);
    QVERIFY2(report.errorMessage.contains(u"HTTP 500"_s), qPrintable(report.errorMessage));
    QVERIFY(report.errorMessage.contains(m_fake->url().toDisplayString()));
    QCOMPARE(report.ownedUuids, QStringList{u"x"_s});

    // No engine at all.
    VoicevoxClient gone(m_nam.get(), localUrl(closedPort()));
    UserDictionarySync sync(&gone);
    QSignalSpy finished(&sync, &UserDictionarySync::finished);
    sync.start({word(u"ChatVox"_s, u"チャットボックス"_s)}, {});
    QVERIFY(finished.wait(5000));
    QCOMPARE(sync.status(), Status::Error);
    QVERIFY(sync.report().errorMessage.contains(u"Cannot reach"_s));
}

void TestUserDictionarySync::serverErrorMidSyncLosesNothing()
{
    const QList<UserDictWord> wanted{word(u"一"_s, u"イチ"_s), word(u"二"_s, u"ニ"_s),
                                     word(u"三"_s, u"サン"_s)};
    // The second POST fails with 500.
    bool armed = false;
    connect(m_fake.get(), &FakeVoicevox::requestReceived, this,
            [this, &armed](const FakeVoicevoxRequest &request) {
                if (request.method == u"POST"_s && !armed) {
                    armed = true;
                    m_fake->failNext(u"/user_dict_word"_s, 500, "Internal Server Error", 1,
                                     "text/plain; charset=utf-8");
                }
            });
    const Report report = sync(wanted, {});
    QCOMPARE(report.status, Status::Error);
    QCOMPARE(report.added, 1);
    QVERIFY2(report.errorMessage.contains(u"二"_s), qPrintable(report.errorMessage));
    QVERIFY(report.errorMessage.contains(u"HTTP 500"_s));
    QCOMPARE(m_fake->requestCount(u"/user_dict_word"_s), 2); // stopped: no third request
    // What was added is owned; nothing is orphaned.
    QCOMPARE(sorted(report.ownedUuids), sortedUuids(m_fake->userDictionaryWords()));

    // The next sync finishes the job without duplicates.
    const Report next = sync(wanted, report.ownedUuids);
    QCOMPARE(next.status, Status::InSync);
    QCOMPARE(next.added, 2);
    QCOMPARE(next.unchanged, 1);
    QCOMPARE(m_fake->userDictionaryWords().size(), 3);
    QCOMPARE(sorted(next.ownedUuids), sortedUuids(m_fake->userDictionaryWords()));

    // A 500 on a delete: the word stays owned.
    m_fake->failNext(u"/user_dict_word/{word_uuid}"_s, 500, "Internal Server Error", 1,
                     "text/plain; charset=utf-8");
    const Report failedDelete = sync({}, next.ownedUuids);
    QCOMPARE(failedDelete.status, Status::Error);
    QCOMPARE(failedDelete.deleted, 0);
    QCOMPARE(sorted(failedDelete.ownedUuids), sortedUuids(m_fake->userDictionaryWords()));
    QVERIFY(failedDelete.errorMessage.contains(u"delete"_s));
}

void TestUserDictionarySync::refusedWordDoesNotStopTheRest()
{
    // Not checked beforehand (the caller skipped userdict::wordProblem): the engine refuses it.
    const Report report = sync({word(u"一"_s, u"いち"_s), word(u"二"_s, u"ニ"_s)}, {});
    QCOMPARE(report.status, Status::Error);
    QCOMPARE(report.added, 1);
    QCOMPARE(report.failures.size(), 1);
    QCOMPARE(report.failures.first().word.surface, u"一"_s);
    QVERIFY2(
        report.failures.first().message.contains(u"発音は有効なカタカナでなくてはいけません。"_s),
        qPrintable(report.failures.first().message));
    QCOMPARE(report.errorMessage, report.failures.first().message);
    QCOMPARE(report.ownedUuids.size(), 1);
}

void TestUserDictionarySync::abortStopsAtOnce()
{
    m_fake->setDelay(u"/user_dict_word"_s, 3000);
    QSignalSpy received(m_fake.get(), &FakeVoicevox::requestReceived);
    QSignalSpy finished(m_sync.get(), &UserDictionarySync::finished);
    m_sync->start({word(u"一"_s, u"イチ"_s), word(u"二"_s, u"ニ"_s)}, {u"kept"_s});
    QVERIFY(m_sync->isRunning());
    QTRY_COMPARE_WITH_TIMEOUT(m_fake->requestCount(u"/user_dict_word"_s), 1, 5000);
    m_sync->abort();
    QCOMPARE(finished.size(), 1); // before abort() returned
    const Report report = finished.first().first().value<Report>();
    QCOMPARE(report.status, Status::Aborted);
    QCOMPARE(report.added, 0);
    QVERIFY(report.ownedUuids.isEmpty()); // "kept" is not in the engine
    QVERIFY(!m_sync->isRunning());
    m_sync->abort(); // idle: nothing
    QCOMPARE(finished.size(), 1);
    // The cut request was the last one.
    const int seen = int(received.size());
    QTest::qWait(300);
    QCOMPARE(int(received.size()), seen);
    QCOMPARE(finished.size(), 1);
}

void TestUserDictionarySync::restartWhileRunningAbortsFirst()
{
    m_fake->setDelay(u"/user_dict"_s, 500);
    QSignalSpy finished(m_sync.get(), &UserDictionarySync::finished);
    m_sync->start({word(u"一"_s, u"イチ"_s)}, {});
    m_sync->start({word(u"二"_s, u"ニ"_s)}, {});
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().value<Report>().status, Status::Aborted);
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.size(), 2);
    QCOMPARE(m_sync->status(), Status::InSync);
    QCOMPARE(m_fake->userDictionaryWords().size(), 1);
    QCOMPARE(m_fake->userDictionaryWords().first().surface, u"二"_s);
}

void TestUserDictionarySync::realEngine()
{
    const QString url = qEnvironmentVariable("CHATVOX_TEST_ENGINE_URL");
    if (url.isEmpty())
        QSKIP("CHATVOX_TEST_ENGINE_URL is not set: set it to a running VOICEVOX engine "
              "(e.g. http://127.0.0.1:50021) to run this case");
    VoicevoxClient client(m_nam.get(), QUrl(url));
    client.setRequestTimeout(30000);
    auto before = await(client.userDictionary(), 30000);
    if (!before.ok && before.error.httpStatus == 404)
        QSKIP("this engine has no user dictionary");
    QVERIFY2(before.ok, qPrintable(before.error.message));

    // A word nobody else has, so that the engine's dictionary ends as it began.
    const UserDictWord chatvox = word(u"ChatVoxTest"_s, u"チャットボックステスト"_s, 5);
    UserDictionarySync sync(&client);
    QSignalSpy finished(&sync, &UserDictionarySync::finished);
    sync.start({chatvox}, {});
    QVERIFY(finished.wait(60000));
    const Report added = sync.report();
    QVERIFY2(added.status == Status::InSync || added.status == Status::Conflicts,
             qPrintable(added.errorMessage));
    QCOMPARE(added.added, added.status == Status::InSync ? 1 : 0);

    auto listed = await(client.userDictionary(), 30000);
    QVERIFY(listed.ok);
    if (added.added == 1) {
        const EngineDictWord stored = listed.value.value(added.ownedUuids.first());
        QCOMPARE(stored.surface, userdict::engineSurface(chatvox.surface));
        QCOMPARE(stored.pronunciation, chatvox.pronunciation);
        QCOMPARE(stored.accentType, 5);
        QCOMPARE(stored.priority, 5);
        QCOMPARE(stored.wordType, std::optional(UserDictWordType::ProperNoun));
    }

    // Whether the engine reads it (an engine built without OpenJTalk user dictionaries, such
    // as a mock with a stand-in pyopenjtalk, stores words but does not apply them).
    auto speakers = await(client.speakers(), 30000);
    QVERIFY(speakers.ok && !speakers.value.isEmpty());
    auto query = await(client.audioQuery(u"ChatVoxTestです"_s, speakers.value.first().id), 30000);
    QVERIFY2(query.ok, qPrintable(query.error.message));
    qInfo("kana of ChatVoxTestです with the word: %s",
          qPrintable(query.value.value(u"kana"_s).toString()));

    // A refusal from the real engine.
    auto refused = await(client.addUserDictWord(word(u"ChatVoxTest2"_s, u"ちゃっと"_s)), 30000);
    QCOMPARE(refused.error.httpStatus, 422);
    qInfo("the engine refuses hiragana: %s", qPrintable(refused.error.engineMessage));
    QVERIFY(refused.error.engineMessage.contains(u"カタカナ"_s));

    sync.start({}, added.ownedUuids);
    QVERIFY(finished.wait(60000));
    QCOMPARE(sync.report().status, Status::InSync);
    QVERIFY(sync.report().ownedUuids.isEmpty());
    auto after = await(client.userDictionary(), 30000);
    QVERIFY(after.ok);
    QCOMPARE(after.value.keys(), before.value.keys());
}

QTEST_GUILESS_MAIN(TestUserDictionarySync)
#include "tst_userdictionarysync.moc"
