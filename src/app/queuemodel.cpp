#include "queuemodel.h"

using namespace Qt::StringLiterals;

namespace chatvox {

QueueModel::QueueModel(SpeechQueue *queue, QObject *parent)
    : QAbstractTableModel(parent)
    , m_queue(queue)
{
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(100);
    connect(&m_coalesce, &QTimer::timeout, this, &QueueModel::refresh);
    if (m_queue) {
        connect(m_queue, &SpeechQueue::changed, this, [this] {
            if (!m_coalesce.isActive())
                m_coalesce.start();
        });
    }
    refresh();
}

void QueueModel::refresh()
{
    const QList<QueueItemInfo> items = m_queue ? m_queue->items() : QList<QueueItemInfo>();
    bool sameIds = items.size() == m_items.size();
    for (qsizetype i = 0; sameIds && i < items.size(); ++i)
        sameIds = items.at(i).id == m_items.at(i).id;
    if (sameIds) {
        m_items = items;
        if (!m_items.isEmpty())
            emit dataChanged(index(0, 0), index(int(m_items.size()) - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_items = items;
    endResetModel();
}

int QueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int QueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString QueueModel::stateName(QueueItemInfo::State state)
{
    switch (state) {
    case QueueItemInfo::State::Waiting:
        return tr("Waiting");
    case QueueItemInfo::State::Synthesizing:
        return tr("Synthesizing");
    case QueueItemInfo::State::Ready:
        return tr("Ready");
    case QueueItemInfo::State::Playing:
        return tr("Playing");
    }
    return {};
}

QVariant QueueModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const QueueItemInfo &item = m_items.at(index.row());
    if (role == ItemIdRole)
        return QVariant::fromValue(item.id);
    if (role == StateRole)
        return int(item.state);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case StateColumn:
        return item.systemVoice ? tr("%1 (system voice)").arg(stateName(item.state))
                                : stateName(item.state);
    case UserColumn:
        return item.userLogin.isEmpty() ? tr("(ChatVox)") : item.userLogin;
    case TextColumn:
        return item.text;
    }
    return {};
}

QVariant QueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StateColumn:
        return tr("State");
    case UserColumn:
        return tr("User");
    case TextColumn:
        return tr("Text");
    }
    return {};
}

} // namespace chatvox
