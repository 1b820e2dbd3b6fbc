#pragma once

#include <QAbstractListModel>
#include <QList>
#include <QMetaType>
#include <QString>

namespace chatvox {

// One line of the bridge's live activity: who triggered what, what ran, what was refused.
struct BridgeActivity
{
    enum class Kind {
        Fired, // an action was handed to PowerShell (or would be, in a dry run)
        Done, // PowerShell finished it
        Failed, // PowerShell could not (error, hang, crash, kill switch)
        Voted, // democracy: a vote was counted
        Rejected, // a trigger refused (reason: permission, cooldown, unknown choice, ...)
        Dropped, // the queue was full: the oldest waiting action was dropped
        Control, // armed, disarmed, mode switched, kill switch
        HostProblem, // PowerShell cannot be started or keeps failing
        Test, // the streamer's test run of an action
    };

    qint64 timeMs = 0; // wall clock, ms since the Unix epoch
    Kind kind = Kind::Fired;
    QString login; // empty for the streamer's own actions
    QString displayName;
    QString actionId;
    QString choice; // a declared choice word, never a viewer's own text
    QString reason; // machine-readable: "permission", "user_cooldown", "kill_switch", ...
    QString text; // translated, for people

    static QString kindName(Kind kind);
};

// The last entries of the activity, oldest first, for a list view.
class BridgeActivityModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        TimeRole = Qt::UserRole + 1,
        KindRole,
        LoginRole,
        DisplayNameRole,
        ActionRole,
        ChoiceRole,
        ReasonRole,
    };

    explicit BridgeActivityModel(QObject *parent = nullptr);

    void append(const BridgeActivity &entry);
    void clear();
    const BridgeActivity &entry(int row) const { return m_entries.at(row); }
    void setLimit(int limit);
    int limit() const { return m_limit; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QList<BridgeActivity> m_entries;
    int m_limit = 500;
};

} // namespace chatvox

Q_DECLARE_METATYPE(chatvox::BridgeActivity)
