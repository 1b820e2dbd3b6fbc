#include "speakermodel.h"

#include "speech/engineset.h"

using namespace Qt::StringLiterals;

namespace chatvox {

namespace {
// Internal ids: 0 for a speaker row, speaker index + 1 for its style rows.
constexpr quintptr kSpeakerRow = 0;
} // namespace

SpeakerModel::SpeakerModel(EngineSet *engines, QObject *parent)
    : QAbstractItemModel(parent)
    , m_engines(engines)
{
    if (m_engines) {
        connect(m_engines, &EngineSet::activeEngineChanged, this, [this](const QUrl &url) {
            if (!url.isEmpty())
                reload();
        });
        if (m_engines->hasUsableEngine() && !m_engines->activeEngine().isEmpty())
            reload();
    }
}

void SpeakerModel::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void SpeakerModel::reload()
{
    if (!m_engines)
        return;
    const quint64 generation = ++m_generation;
    setState(State::Loading);
    SpeakersReply *reply = m_engines->speakers();
    connect(reply, &EngineReply::finished, this, [this, reply, generation] {
        if (generation != m_generation)
            return;
        if (!reply->isOk()) {
            m_error = reply->error().message;
            setState(State::Failed);
            return;
        }
        setStyles(reply->value());
    });
}

void SpeakerModel::setStyles(const QList<SpeakerStyle> &styles)
{
    beginResetModel();
    m_speakers.clear();
    for (const SpeakerStyle &s : styles) {
        if (!s.type.isEmpty() && s.type != u"talk")
            continue; // singing and humming styles cannot read chat
        auto it = std::find_if(m_speakers.begin(), m_speakers.end(), [&](const Speaker &sp) {
            return sp.uuid == s.speakerUuid && sp.name == s.speakerName;
        });
        if (it == m_speakers.end()) {
            m_speakers.append(Speaker{s.speakerName, s.speakerUuid, {}});
            it = m_speakers.end() - 1;
        }
        it->styles.append(s);
    }
    endResetModel();
    m_error.clear();
    setState(m_speakers.isEmpty() ? State::Empty : State::Loaded);
}

QModelIndex SpeakerModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_speakers.size() ? createIndex(row, 0, kSpeakerRow) : QModelIndex();
    if (parent.internalId() != kSpeakerRow || parent.row() >= m_speakers.size())
        return {};
    if (row >= m_speakers.at(parent.row()).styles.size())
        return {};
    return createIndex(row, 0, quintptr(parent.row()) + 1);
}

QModelIndex SpeakerModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kSpeakerRow)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kSpeakerRow);
}

int SpeakerModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_speakers.size());
    if (parent.internalId() == kSpeakerRow && parent.row() < m_speakers.size())
        return int(m_speakers.at(parent.row()).styles.size());
    return 0;
}

int SpeakerModel::columnCount(const QModelIndex &) const
{
    return 1;
}

Qt::ItemFlags SpeakerModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (index.internalId() == kSpeakerRow)
        return Qt::ItemIsEnabled; // choose a style, not a speaker
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QVariant SpeakerModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == kSpeakerRow) {
        const Speaker &sp = m_speakers.at(index.row());
        if (role == Qt::DisplayRole)
            return sp.name;
        if (role == Qt::ToolTipRole)
            return tr("%n style(s)", nullptr, int(sp.styles.size()));
        if (role == IsStyleRole)
            return false;
        return {};
    }
    const Speaker &sp = m_speakers.at(int(index.internalId() - 1));
    const SpeakerStyle &style = sp.styles.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return style.styleName;
    case Qt::ToolTipRole:
        return tr("%1 (%2), style id %3").arg(style.speakerName, style.styleName).arg(style.id);
    case StyleIdRole:
        return style.id;
    case IsStyleRole:
        return true;
    }
    return {};
}

int SpeakerModel::styleCount() const
{
    int n = 0;
    for (const Speaker &sp : m_speakers)
        n += int(sp.styles.size());
    return n;
}

std::optional<SpeakerStyle> SpeakerModel::style(qint64 styleId) const
{
    for (const Speaker &sp : m_speakers) {
        for (const SpeakerStyle &s : sp.styles) {
            if (s.id == styleId)
                return s;
        }
    }
    return std::nullopt;
}

QModelIndex SpeakerModel::indexOfStyle(qint64 styleId) const
{
    for (int i = 0; i < m_speakers.size(); ++i) {
        const QList<SpeakerStyle> &styles = m_speakers.at(i).styles;
        for (int j = 0; j < styles.size(); ++j) {
            if (styles.at(j).id == styleId)
                return createIndex(j, 0, quintptr(i) + 1);
        }
    }
    return {};
}

} // namespace chatvox
