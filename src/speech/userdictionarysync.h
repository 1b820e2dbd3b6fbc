#pragma once

#include "speech/userdictionary.h"
#include "speech/voicevoxclient.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

namespace chatvox {

// Brings one engine's user dictionary in line with the words ChatVox wants there: GET /user_dict,
// userdict::diff() against the uuids ChatVox owns on that engine, then the deletes, updates and
// adds one request at a time (the engine recompiles its dictionary after each). Only ChatVox's own
// words are changed (see userdictionary.h). Never blocks; one sync at a time per object.
//
// The caller persists report().ownedUuids per engine (by URL) after every finished(), whatever
// the status, and passes them to the next start(): they are exactly the words ChatVox created
// there and that still exist (as far as the answers said), also after an error or abort().
class UserDictionarySync : public QObject
{
    Q_OBJECT
public:
    enum class Status {
        Idle, // never started
        Syncing,
        InSync, // the engine holds every wanted word (ChatVox's or the user's identical one)
        Conflicts, // in sync except words the user has with another reading (report().conflicts)
        Unsupported, // the engine has no user dictionary (404/405 on /user_dict)
        Error, // report().errorMessage; what was done before the error is kept and counted
        Aborted,
    };
    Q_ENUM(Status)

    // A word the engine refused (422); the others were still applied.
    struct Failure
    {
        UserDictWord word; // the surface names it (for a delete: the engine's surface)
        QString message; // translated sentence with the engine's reason
    };

    struct Report
    {
        Status status = Status::Idle;
        int added = 0;
        int updated = 0;
        int deleted = 0;
        int unchanged = 0;
        QList<UserDictConflict> conflicts;
        QList<Failure> failures;
        QStringList ownedUuids; // persist these
        QString errorMessage; // Error: what went wrong, translated, naming the engine
        int conflictCount() const { return int(conflicts.size()); }
    };

    // client is not owned and must outlive this object (or be its parent).
    explicit UserDictionarySync(VoicevoxClient *client, QObject *parent = nullptr);
    ~UserDictionarySync() override;

    VoicevoxClient *client() const { return m_client; }

    // Starts a sync to `wanted` (e.g. userdict::fromReadings(...).words) with the uuids ChatVox
    // owns on this engine. A sync already running is aborted first (its finished() comes first).
    void start(const QList<UserDictWord> &wanted, const QStringList &ownedUuids);
    // Stops now: the request in flight is cut and finished() (status Aborted) is emitted before
    // abort() returns. A change cut in flight may still have been made by the engine: a word
    // added then is unknown to ChatVox (it shows as the user's identical word; never deleted by
    // ChatVox); a cut update or delete is redone by the next sync. Nothing happens when idle.
    void abort();

    bool isRunning() const { return m_report.status == Status::Syncing; }
    Status status() const { return m_report.status; }
    const Report &report() const { return m_report; }

Q_SIGNALS:
    // After the engine's dictionary was read: total = requests to make (0: nothing to do);
    // then after each request.
    void progress(int done, int total);
    // Once per start(), with report().
    void finished(const chatvox::UserDictionarySync::Report &report);

private:
    struct Operation
    {
        enum class Kind { Delete, Update, Add } kind = Kind::Add;
        QString uuid; // Delete, Update
        UserDictWord word; // Update, Add; Delete: the engine's surface only
    };

    void onDictionary(UserDictReply *reply);
    void next();
    void onOperationDone(const Operation &operation, EngineReply *reply, const QString &newUuid);
    void finish(Status status);
    QString describe(const Operation &operation) const;

    QPointer<VoicevoxClient> m_client;
    QList<UserDictWord> m_wanted;
    QList<Operation> m_operations;
    int m_done = 0;
    QPointer<EngineReply> m_inFlight;
    Report m_report;
    quint64 m_generation = 0; // ignores answers to an aborted sync
};

} // namespace chatvox

Q_DECLARE_METATYPE(chatvox::UserDictionarySync::Report)
