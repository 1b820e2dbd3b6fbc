#include "bridgeactivitymodel.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace chatvox {

QString BridgeActivity::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Fired:
        return u"fired"_s;
    case Kind::Done:
        return u"done"_s;
    case Kind::Failed:
        return u"failed"_s;
    case Kind::Voted:
        return u"voted"_s;
    case Kind::Rejected:
        return u"rejected"_s;
    case Kind::Dropped:
        return u"dropped"_s;
    case Kind::Control:
        return u"control"_s;
    case Kind::HostProblem:
        return u"host_problem"_s;
    case Kind::Test:
        return u"test"_s;
    }
    return {};
}

BridgeActivityModel::BridgeActivityModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void BridgeActivityModel::append(const BridgeActivity &entry)
{
    if (m_entries.size() >= m_limit) {
        const int excess = int(m_entries.size()) - m_limit + 1;
        beginRemoveRows(QModelIndex(), 0, excess - 1);
        m_entries.remove(0, excess);
        endRemoveRows();
    }
    const int row = int(m_entries.size());
    beginInsertRows(QModelIndex(), row, row);
    m_entries.append(entry);
    endInsertRows();
}

void BridgeActivityModel::clear()
{
    beginResetModel();
    m_entries.clear();
    endResetModel();
}

void BridgeActivityModel::setLimit(int limit)
{
    m_limit = std::max(1, limit);
    if (m_entries.size() > m_limit) {
        const int excess = int(m_entries.size()) - m_limit;
        beginRemoveRows(QModelIndex(), 0, excess - 1);
        m_entries.remove(0, excess);
        endRemoveRows();
    }
}

int BridgeActivityModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant BridgeActivityModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const BridgeActivity &e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return e.text;
    case Qt::ToolTipRole:
        return QDateTime::fromMSecsSinceEpoch(e.timeMs).toString(Qt::ISODate);
    case TimeRole:
        return e.timeMs;
    case KindRole:
        return BridgeActivity::kindName(e.kind);
    case LoginRole:
        return e.login;
    case DisplayNameRole:
        return e.displayName;
    case ActionRole:
        return e.actionId;
    case ChoiceRole:
        return e.choice;
    case ReasonRole:
        return e.reason;
    default:
        return {};
    }
}

QHash<int, QByteArray> BridgeActivityModel::roleNames() const
{
    return {{Qt::DisplayRole, "text"},
            {TimeRole, "time"},
            {KindRole, "kind"},
            {LoginRole, "login"},
            {DisplayNameRole, "displayName"},
            {ActionRole, "action"},
            {ChoiceRole, "choice"},
            {ReasonRole, "reason"}};
}

} // namespace chatvox
