#include "userdictionarysync.h"

#include "speech/logging.h"

namespace chatvox {

UserDictionarySync::UserDictionarySync(VoicevoxClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    qRegisterMetaType<chatvox::UserDictionarySync::Report>();
}

UserDictionarySync::~UserDictionarySync()
{
    ++m_generation;
    if (m_inFlight)
        m_inFlight->abort();
}

void UserDictionarySync::start(const QList<UserDictWord> &wanted, const QStringList &ownedUuids)
{
    abort();
    const quint64 generation = ++m_generation;
    m_report = Report{};
    m_report.status = Status::Syncing;
    m_report.ownedUuids = ownedUuids;
    m_wanted = wanted;
    m_operations.clear();
    m_done = 0;
    if (!m_client) {
        m_report.errorMessage = tr("There is no speech engine to synchronize with.");
        finish(Status::Error);
        return;
    }
    UserDictReply *reply = m_client->userDictionary();
    m_inFlight = reply;
    connect(reply, &EngineReply::finished, this, [this, reply, generation] {
        if (generation == m_generation)
            onDictionary(reply);
    });
}

void UserDictionarySync::abort()
{
    if (!isRunning())
        return;
    ++m_generation;
    if (m_inFlight)
        m_inFlight->abort();
    m_inFlight = nullptr;
    finish(Status::Aborted);
}

void UserDictionarySync::onDictionary(UserDictReply *reply)
{
    m_inFlight = nullptr;
    if (!reply->isOk()) {
        const EngineError &error = reply->error();
        if (error.kind == EngineError::Kind::ClientError
            && (error.httpStatus == 404 || error.httpStatus == 405)) {
            finish(Status::Unsupported); // the owned uuids stay as they were
            return;
        }
        m_report.errorMessage
            = tr("Could not read the speech engine's user dictionary. %1").arg(error.message);
        finish(Status::Error);
        return;
    }
    const EngineDictionary &engine = reply->value();
    const UserDictDiff diff = userdict::diff(engine, m_wanted, m_report.ownedUuids);

    // Owned words the engine no longer has are forgotten; the others are ours until deleted.
    QStringList owned;
    for (const QString &uuid : std::as_const(m_report.ownedUuids)) {
        if (engine.contains(uuid) && !owned.contains(uuid))
            owned << uuid;
    }
    m_report.ownedUuids = owned;
    m_report.unchanged = diff.unchanged;
    m_report.conflicts = diff.conflicts;

    for (const QString &uuid : diff.remove) {
        UserDictWord word;
        word.surface = engine.value(uuid).surface;
        word.pronunciation = engine.value(uuid).pronunciation;
        m_operations << Operation{Operation::Kind::Delete, uuid, word};
    }
    for (const auto &[uuid, word] : diff.update)
        m_operations << Operation{Operation::Kind::Update, uuid, word};
    for (const UserDictWord &word : diff.add)
        m_operations << Operation{Operation::Kind::Add, QString(), word};
    qCDebug(lcSpeech) << "user dictionary sync" << m_client->baseUrl().toDisplayString() << "delete"
                      << diff.remove.size() << "update" << diff.update.size() << "add"
                      << diff.add.size() << "conflicts" << diff.conflicts.size();

    const quint64 generation = m_generation;
    Q_EMIT progress(0, int(m_operations.size()));
    if (generation == m_generation && isRunning())
        next();
}

void UserDictionarySync::next()
{
    if (m_done >= m_operations.size()) {
        finish(!m_report.failures.isEmpty()        ? Status::Error
                   : !m_report.conflicts.isEmpty() ? Status::Conflicts
                                                   : Status::InSync);
        return;
    }
    if (!m_client) {
        m_report.errorMessage = tr("The speech engine was removed during the synchronization.");
        finish(Status::Error);
        return;
    }
    const Operation operation = m_operations.at(m_done);
    const quint64 generation = m_generation;
    switch (operation.kind) {
    case Operation::Kind::Delete: {
        DoneReply *reply = m_client->deleteUserDictWord(operation.uuid);
        m_inFlight = reply;
        connect(reply, &EngineReply::finished, this, [this, reply, operation, generation] {
            if (generation == m_generation)
                onOperationDone(operation, reply, QString());
        });
        break;
    }
    case Operation::Kind::Update: {
        DoneReply *reply = m_client->updateUserDictWord(operation.uuid, operation.word);
        m_inFlight = reply;
        connect(reply, &EngineReply::finished, this, [this, reply, operation, generation] {
            if (generation == m_generation)
                onOperationDone(operation, reply, QString());
        });
        break;
    }
    case Operation::Kind::Add: {
        WordIdReply *reply = m_client->addUserDictWord(operation.word);
        m_inFlight = reply;
        connect(reply, &EngineReply::finished, this, [this, reply, operation, generation] {
            if (generation == m_generation)
                onOperationDone(operation, reply, reply->isOk() ? reply->value() : QString());
        });
        break;
    }
    }
}

QString UserDictionarySync::describe(const Operation &operation) const
{
    switch (operation.kind) {
    case Operation::Kind::Delete:
        return tr("Could not delete 「%1」 from the speech engine's dictionary.")
            .arg(operation.word.surface);
    case Operation::Kind::Update:
        return tr("Could not change 「%1」 (%2) in the speech engine's dictionary.")
            .arg(operation.word.surface, operation.word.pronunciation);
    case Operation::Kind::Add:
        break;
    }
    return tr("Could not add 「%1」 (%2) to the speech engine's dictionary.")
        .arg(operation.word.surface, operation.word.pronunciation);
}

void UserDictionarySync::onOperationDone(const Operation &operation, EngineReply *reply,
                                         const QString &newUuid)
{
    m_inFlight = nullptr;
    if (reply->isOk()) {
        switch (operation.kind) {
        case Operation::Kind::Delete:
            m_report.ownedUuids.removeAll(operation.uuid);
            ++m_report.deleted;
            break;
        case Operation::Kind::Update:
            ++m_report.updated;
            break;
        case Operation::Kind::Add:
            m_report.ownedUuids << newUuid;
            ++m_report.added;
            break;
        }
    } else {
        const EngineError &error = reply->error();
        const QString message = describe(operation) + u' ' + error.message;
        qCInfo(lcSpeech).noquote() << message;
        // 422 refuses this word only; anything else (5xx, no answer, 403 read-only engine, ...)
        // would refuse the rest too: stop, keeping what was done.
        if (error.kind == EngineError::Kind::ClientError && error.httpStatus == 422) {
            m_report.failures << Failure{operation.word, message};
        } else {
            m_report.errorMessage = message;
            finish(Status::Error);
            return;
        }
    }
    ++m_done;
    const quint64 generation = m_generation;
    Q_EMIT progress(m_done, int(m_operations.size()));
    if (generation == m_generation && isRunning())
        next();
}

void UserDictionarySync::finish(Status status)
{
    m_report.status = status;
    if (status == Status::Error && m_report.errorMessage.isEmpty()
        && !m_report.failures.isEmpty()) {
        const qsizetype more = m_report.failures.size() - 1;
        m_report.errorMessage = more > 0 ? tr("%1 (and %n more words refused)", nullptr, int(more))
                                               .arg(m_report.failures.constFirst().message)
                                         : m_report.failures.constFirst().message;
    }
    Q_EMIT finished(m_report);
}

} // namespace chatvox
