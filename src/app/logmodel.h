#pragma once

#include <QAbstractListModel>
#include <QDateTime>
#include <QList>
#include <QMutex>
#include <QSortFilterProxyModel>
#include <QString>

namespace chatvox {

// Removes what must never be shown or copied: OAuth tokens ("oauth:…"), Authorization headers,
// access/refresh tokens and client secrets in URLs or JSON. Pure.
QString redactSecrets(const QString &text);

// QLoggingCategory filter rules for a log level "debug", "info" or "warning".
QString loggingRulesFor(const QString &level);

// Recent log messages of the whole process (the Log panel), fed by a Qt message handler that
// keeps the previous handler (the terminal still gets everything). Secrets are redacted
// before a message is stored. Messages from any thread are queued to the model's thread and
// added in batches. Holds at most capacity() entries, dropping the oldest.
class LogModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Level { Debug, Info, Warning, Error };
    Q_ENUM(Level)
    enum Role { LevelRole = Qt::UserRole + 1, CategoryRole, TimeRole, MessageRole };
    struct Entry
    {
        QDateTime time;
        Level level = Info;
        QString category;
        QString text; // redacted
    };

    explicit LogModel(QObject *parent = nullptr);
    ~LogModel() override;

    // Routes qDebug/qInfo/qWarning/... of the process into this model (one model at a time).
    void installMessageHandler();
    void uninstallMessageHandler();

    void append(Level level, const QString &category, const QString &text);
    void clear();
    void setCapacity(int entries) { m_capacity = std::max(1, entries); }
    int capacity() const { return m_capacity; }
    Entry entry(int row) const { return m_entries.value(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    static QString levelName(Level level);
    // "12:34:56 warning chatvox.speech: text" — what Copy puts on the clipboard.
    static QString format(const Entry &entry);

    // Adds what other threads queued (done by the event loop; tests call it).
    void flush();

private:
    static void handler(QtMsgType type, const QMessageLogContext &context, const QString &message);

    QList<Entry> m_entries;
    int m_capacity = 5000;
    QMutex m_pendingLock;
    QList<Entry> m_pending;
    bool m_flushQueued = false;
};

// Filters the log by least level and by text (case-insensitive).
class LogFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setMinimumLevel(LogModel::Level level);
    void setSearchText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    LogModel::Level m_level = LogModel::Debug;
    QString m_text;
};

} // namespace chatvox
