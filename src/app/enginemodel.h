#pragma once

#include "speech/engineset.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QTimer>

namespace chatvox {

// The speech engines in fail-over order with their status and latency (Speaker panel).
class EngineModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { StatusColumn, NameColumn, UrlColumn, LatencyColumn, ColumnCount };
    // StatusRole: int(EngineSet::Status); ActiveRole: bool, the engine requests go to first.
    enum Role { StatusRole = Qt::UserRole + 1, ActiveRole, UrlRole };

    explicit EngineModel(EngineSet *engines, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void refresh();
    static QString statusName(EngineSet::Status status);
    // How the engine reads English words it has no reading for (tooltip line); empty until
    // known.
    static QString englishReadingText(EngineSet::Support katakanaEnglish);

private:
    QPointer<EngineSet> m_engines;
    QList<EngineSet::Engine> m_list;
    QUrl m_active;
    QTimer m_poll; // latency changes without a signal
};

} // namespace chatvox
