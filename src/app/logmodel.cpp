#include "logmodel.h"

#include <utility>

#include <QCoreApplication>
#include <QMutexLocker>
#include <QRegularExpression>
#include <QThread>

using namespace Qt::StringLiterals;

namespace chatvox {

namespace {
LogModel *g_model = nullptr; // the model the handler feeds (guarded by g_lock)
QtMessageHandler g_previous = nullptr;
QRecursiveMutex g_lock; // recursive: Qt may log while we log
} // namespace

QString redactSecrets(const QString &text)
{
    static const QList<QRegularExpression> patterns{
        // PASS oauth:abc, "oauth:abc"
        QRegularExpression(u"(oauth:)[A-Za-z0-9_\\-]+"_s,
                           QRegularExpression::CaseInsensitiveOption),
        // Authorization: Bearer abc / OAuth abc
        QRegularExpression(u"((?:Bearer|OAuth)\\s+)[A-Za-z0-9_\\-\\.]+"_s,
                           QRegularExpression::CaseInsensitiveOption),
        // access_token=abc, "refresh_token":"abc", client_secret=abc, device_code
        QRegularExpression(
            u"((?:access_token|refresh_token|client_secret|device_code|token|password)"
            "\"?\\s*[=:]\\s*\"?)[^\"&\\s,}]+"_s,
            QRegularExpression::CaseInsensitiveOption),
    };
    QString out = text;
    for (const QRegularExpression &re : patterns)
        out.replace(re, u"\\1[hidden]"_s);
    return out;
}

QString loggingRulesFor(const QString &level)
{
    if (level == u"debug")
        return u"chatvox.*.debug=true"_s;
    if (level == u"warning")
        return u"chatvox.*.debug=false\nchatvox.*.info=false"_s;
    return u"chatvox.*.debug=false\nchatvox.*.info=true"_s;
}

LogModel::LogModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

LogModel::~LogModel()
{
    uninstallMessageHandler();
}

void LogModel::installMessageHandler()
{
    QMutexLocker lock(&g_lock);
    if (g_model == this)
        return;
    const bool first = g_model == nullptr;
    g_model = this;
    if (first)
        g_previous = qInstallMessageHandler(&LogModel::handler);
}

void LogModel::uninstallMessageHandler()
{
    QMutexLocker lock(&g_lock);
    if (g_model != this)
        return;
    g_model = nullptr;
    qInstallMessageHandler(g_previous);
    g_previous = nullptr;
}

void LogModel::handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    QMutexLocker lock(&g_lock);
    if (g_previous)
        g_previous(type, context, message);
    else
        qt_message_output(type, context, message);
    LogModel *model = g_model;
    if (!model)
        return;
    Level level = Info;
    switch (type) {
    case QtDebugMsg:
        level = Debug;
        break;
    case QtInfoMsg:
        level = Info;
        break;
    case QtWarningMsg:
        level = Warning;
        break;
    case QtCriticalMsg:
    case QtFatalMsg:
        level = Error;
        break;
    }
    Entry entry{QDateTime::currentDateTime(), level,
                context.category ? QString::fromUtf8(context.category) : QString(),
                redactSecrets(message)};
    // Always queued: a message may come from inside a view's paint or a model reset.
    bool queueFlush = false;
    {
        QMutexLocker pending(&model->m_pendingLock);
        model->m_pending.append(std::move(entry));
        queueFlush = !std::exchange(model->m_flushQueued, true);
    }
    if (queueFlush)
        QMetaObject::invokeMethod(model, &LogModel::flush, Qt::QueuedConnection);
}

void LogModel::flush()
{
    QList<Entry> batch;
    {
        QMutexLocker pending(&m_pendingLock);
        batch.swap(m_pending);
        m_flushQueued = false;
    }
    if (batch.isEmpty())
        return;
    if (batch.size() > m_capacity)
        batch = batch.mid(batch.size() - m_capacity);
    // Past the capacity, drop a tenth at once: views then rework their rows rarely, not for
    // every message of a raid.
    qsizetype overflow = m_entries.size() + batch.size() - m_capacity;
    if (overflow > 0)
        overflow = std::min(m_entries.size(), std::max(overflow, qsizetype(m_capacity / 10)));
    if (overflow > 0) {
        beginRemoveRows({}, 0, int(overflow) - 1);
        m_entries.remove(0, overflow);
        endRemoveRows();
    }
    beginInsertRows({}, int(m_entries.size()), int(m_entries.size() + batch.size()) - 1);
    m_entries.append(batch);
    endInsertRows();
}

void LogModel::append(Level level, const QString &category, const QString &text)
{
    {
        QMutexLocker pending(&m_pendingLock);
        m_pending.append(Entry{QDateTime::currentDateTime(), level, category, redactSecrets(text)});
    }
    flush();
}

void LogModel::clear()
{
    beginResetModel();
    m_entries.clear();
    endResetModel();
}

int LogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QString LogModel::levelName(Level level)
{
    switch (level) {
    case Debug:
        return tr("debug");
    case Info:
        return tr("info");
    case Warning:
        return tr("warning");
    case Error:
        return tr("error");
    }
    return {};
}

QString LogModel::format(const Entry &entry)
{
    return u"%1 %2 %3: %4"_s.arg(entry.time.toString(u"HH:mm:ss"_s), levelName(entry.level),
                                 entry.category, entry.text);
}

QVariant LogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const Entry &e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return u"%1  %2"_s.arg(e.time.toString(u"HH:mm:ss"_s), e.text);
    case Qt::ToolTipRole:
        return format(e);
    case LevelRole:
        return int(e.level);
    case CategoryRole:
        return e.category;
    case TimeRole:
        return e.time;
    case MessageRole:
        return e.text;
    }
    return {};
}

void LogFilterModel::setMinimumLevel(LogModel::Level level)
{
    m_level = level;
    invalidateFilter();
}

void LogFilterModel::setSearchText(const QString &text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

bool LogFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (index.data(LogModel::LevelRole).toInt() < int(m_level))
        return false;
    return m_text.isEmpty()
        || index.data(LogModel::MessageRole).toString().contains(m_text, Qt::CaseInsensitive)
        || index.data(LogModel::CategoryRole).toString().contains(m_text, Qt::CaseInsensitive);
}

} // namespace chatvox
