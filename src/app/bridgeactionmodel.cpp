#include "bridgeactionmodel.h"

using namespace Qt::StringLiterals;

namespace chatvox {

BridgeActionModel::BridgeActionModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void BridgeActionModel::setActions(const QList<Action> &actions)
{
    beginResetModel();
    m_actions = actions;
    endResetModel();
}

int BridgeActionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_actions.size());
}

int BridgeActionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString BridgeActionModel::describePayload(const Action &action, const ActionPayload &payload)
{
    if (action.kind == Action::Kind::Script) {
        QStringList parts{action.script};
        parts += payload.args;
        return parts.join(u' ');
    }
    QStringList steps;
    for (const KeyStep &s : payload.steps)
        steps << tr("%1 (%2 ms)").arg(s.names.join(u'+')).arg(s.holdMs);
    return steps.join(u", "_s);
}

QVariant BridgeActionModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_actions.size())
        return {};
    const Action &a = m_actions.at(index.row());
    if (role == ActionIdRole)
        return a.id;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case IdColumn:
        return a.id;
    case KindColumn:
        return a.kind == Action::Kind::Keys ? tr("keys") : tr("script");
    case DoesColumn:
        return a.hasDefault ? describePayload(a, a.payload) : QString();
    case TriggersColumn: {
        QStringList triggers;
        for (const ActionTrigger &t : a.triggers)
            triggers << (t.command.isEmpty() ? tr("reward \"%1\"").arg(t.reward) : t.command);
        return triggers.join(u", "_s);
    }
    case ChoicesColumn: {
        QStringList choices;
        for (const ActionChoice &c : a.choices)
            choices << c.word + u": "_s + describePayload(a, c.payload);
        return choices.join(u"; "_s);
    }
    case PermissionColumn:
        return permissionName(a.permission);
    case CooldownColumn:
        return tr("%1 s per viewer, %2 s for all")
            .arg(a.userCooldownMs / 1000.0)
            .arg(a.globalCooldownMs / 1000.0);
    default:
        return {};
    }
}

QVariant BridgeActionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IdColumn:
        return tr("Action");
    case KindColumn:
        return tr("Kind");
    case DoesColumn:
        return tr("Does");
    case TriggersColumn:
        return tr("Triggers");
    case ChoicesColumn:
        return tr("Choices");
    case PermissionColumn:
        return tr("Who");
    case CooldownColumn:
        return tr("Cooldown");
    default:
        return {};
    }
}

} // namespace chatvox
