#include "enginemodel.h"

using namespace Qt::StringLiterals;

namespace chatvox {

EngineModel::EngineModel(EngineSet *engines, QObject *parent)
    : QAbstractTableModel(parent)
    , m_engines(engines)
{
    if (m_engines) {
        connect(m_engines, &EngineSet::engineStatusChanged, this, &EngineModel::refresh);
        connect(m_engines, &EngineSet::activeEngineChanged, this, &EngineModel::refresh);
    }
    m_poll.setInterval(2000);
    connect(&m_poll, &QTimer::timeout, this, &EngineModel::refresh);
    m_poll.start();
    refresh();
}

void EngineModel::refresh()
{
    const QList<EngineSet::Engine> list
        = m_engines ? m_engines->engines() : QList<EngineSet::Engine>();
    const QUrl active = m_engines ? m_engines->activeEngine() : QUrl();
    bool sameUrls = list.size() == m_list.size();
    for (qsizetype i = 0; sameUrls && i < list.size(); ++i)
        sameUrls = list.at(i).url == m_list.at(i).url;
    if (sameUrls) {
        m_list = list;
        m_active = active;
        if (!m_list.isEmpty())
            emit dataChanged(index(0, 0), index(int(m_list.size()) - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_list = list;
    m_active = active;
    endResetModel();
}

int EngineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_list.size());
}

int EngineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString EngineModel::statusName(EngineSet::Status status)
{
    switch (status) {
    case EngineSet::Status::Unknown:
        return tr("Checking…");
    case EngineSet::Status::Up:
        return tr("Running");
    case EngineSet::Status::Down:
        return tr("Not running");
    }
    return {};
}

QString EngineModel::englishReadingText(EngineSet::Support katakanaEnglish)
{
    switch (katakanaEnglish) {
    case EngineSet::Support::Unknown:
        return {};
    case EngineSet::Support::Supported:
        return tr("Reads English words in katakana");
    case EngineSet::Support::Unsupported:
        return tr("Spells unknown English words letter by letter");
    }
    return {};
}

QVariant EngineModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_list.size())
        return {};
    const EngineSet::Engine &e = m_list.at(index.row());
    switch (role) {
    case StatusRole:
        return int(e.status);
    case ActiveRole:
        return e.url == m_active;
    case UrlRole:
        return e.url;
    case Qt::ToolTipRole: {
        const QString first = e.lastError.isEmpty() ? statusName(e.status) : e.lastError;
        const QString reading = englishReadingText(e.katakanaEnglish);
        return reading.isEmpty() ? first : first + u'\n' + reading;
    }
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case StatusColumn: {
        const QString s = statusName(e.status);
        return e.url == m_active ? tr("%1 (in use)").arg(s) : s;
    }
    case NameColumn:
        return e.version.isEmpty() ? e.name : u"%1 %2"_s.arg(e.name, e.version);
    case UrlColumn:
        return e.url.toDisplayString();
    case LatencyColumn:
        return e.lastLatencyNs < 0 ? u"—"_s
                                   : tr("%1 ms").arg(double(e.lastLatencyNs) / 1e6, 0, 'f', 0);
    }
    return {};
}

QVariant EngineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StatusColumn:
        return tr("Status");
    case NameColumn:
        return tr("Engine");
    case UrlColumn:
        return tr("Address");
    case LatencyColumn:
        return tr("Latency");
    }
    return {};
}

} // namespace chatvox
