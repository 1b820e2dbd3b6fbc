#pragma once

#include "bridge/bridgeconfig.h"

#include <QAbstractTableModel>

namespace chatvox {

// The actions of bridge.json as a table (id, kind, what it does, triggers, choices,
// permission, cooldowns), for the Bridge panel. Read-only: edits go through
// Bridge::saveConfig() so that they are validated like the file.
class BridgeActionModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        IdColumn,
        KindColumn,
        DoesColumn,
        TriggersColumn,
        ChoicesColumn,
        PermissionColumn,
        CooldownColumn,
        ColumnCount
    };
    enum Role { ActionIdRole = Qt::UserRole + 1 };

    explicit BridgeActionModel(QObject *parent = nullptr);

    void setActions(const QList<Action> &actions);
    const QList<Action> &actions() const { return m_actions; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // "Space (100 ms)", "Ctrl+C (50 ms), V (50 ms)", "lights.ps1 red".
    static QString describePayload(const Action &action, const ActionPayload &payload);

private:
    QList<Action> m_actions;
};

} // namespace chatvox
