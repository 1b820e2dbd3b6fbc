#pragma once

#include "speech/speechqueue.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QTimer>

namespace chatvox {

// The speech queue as a table (state, user, text) for the Queue panel. Follows
// SpeechQueue::changed() at most every 100 ms, so a raid does not redraw the view per message.
class QueueModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { StateColumn, UserColumn, TextColumn, ColumnCount };
    enum Role { ItemIdRole = Qt::UserRole + 1, StateRole };

    explicit QueueModel(SpeechQueue *queue, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    QueueItemInfo item(int row) const { return m_items.value(row); }
    static QString stateName(QueueItemInfo::State state);

    // Reads the queue now (tests; the timer does it otherwise).
    void refresh();

private:
    QPointer<SpeechQueue> m_queue;
    QList<QueueItemInfo> m_items;
    QTimer m_coalesce;
};

} // namespace chatvox
