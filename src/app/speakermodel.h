#pragma once

#include "core/speakerstyle.h"

#include <optional>

#include <QAbstractItemModel>
#include <QPointer>

namespace chatvox {

class EngineSet;

// Speakers and their styles from GET /speakers of the active engine, as a two-level tree
// (speaker → styles) for the Speaker panel. Reloads when the active engine changes.
class SpeakerModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Role { StyleIdRole = Qt::UserRole + 1, IsStyleRole };
    enum class State { Empty, Loading, Loaded, Failed };
    Q_ENUM(State)

    explicit SpeakerModel(EngineSet *engines, QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    // Asks the active engine again.
    void reload();
    State state() const { return m_state; }
    QString errorText() const { return m_error; } // when Failed
    int styleCount() const;
    std::optional<SpeakerStyle> style(qint64 styleId) const;
    QModelIndex indexOfStyle(qint64 styleId) const;
    // Replaces the content (what reload() does with the engine's answer).
    void setStyles(const QList<SpeakerStyle> &styles);

Q_SIGNALS:
    void stateChanged(chatvox::SpeakerModel::State state);

private:
    struct Speaker
    {
        QString name;
        QString uuid;
        QList<SpeakerStyle> styles;
    };
    void setState(State state);

    QPointer<EngineSet> m_engines;
    QList<Speaker> m_speakers;
    State m_state = State::Empty;
    QString m_error;
    quint64 m_generation = 0; // answers of an older reload() are dropped
};

} // namespace chatvox
