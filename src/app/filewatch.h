#pragma once

#include <optional>

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QString>

class QFileSystemWatcher;
class QTimer;

namespace chatvox {

// Tells when a file was changed from outside, once the change has settled: a burst of writes
// is one changed(). Survives what editors and orchestrators do to a file: it watches the file
// and its folder (and, for a symbolic link, the folder of its target), so a replacement by
// rename (editors), Kubernetes' atomic "..data" symlink swap (ConfigMap volumes), a delete and
// a recreate are all seen, and the watch is set up again after each.
//
// changed() comes only when the content differs from what the owner last read or wrote
// itself (setKnownContent()), so the owner's own writes are not outside changes.
class FileWatch : public QObject
{
    Q_OBJECT
public:
    // Watches at once; the file's current content counts as known.
    explicit FileWatch(const QString &path, QObject *parent = nullptr);
    ~FileWatch() override;

    QString path() const { return m_path; }
    // How long the file must stay quiet before it is read (default 200 ms).
    void setSettleMs(int ms);
    // The content the owner has read or written itself; nullopt: the file is absent.
    void setKnownContent(const std::optional<QByteArray> &content);
    // Reads the file now and takes its content as known (after the owner wrote it).
    void takeCurrentAsKnown();
    // Watches again (after the owner created the file's folder, say).
    void rearm();
    // Looks at the file now instead of after the settle time (before the owner writes it, so
    // that an outside change not yet seen is taken in first, not written over).
    void checkNow();

Q_SIGNALS:
    // The file has content other than the known one (it may have just reappeared).
    void changed(const QByteArray &content);
    // The file is gone (once, until it reappears).
    void removed();
    // A change settled and the file was looked at, whether or not it differed (tests, logs).
    void settled();

private:
    void onEvent();
    void check();

    QString m_path;
    QFileSystemWatcher *m_watcher;
    QTimer *m_settle;
    QElapsedTimer m_firstEvent; // since the first event of the burst being settled
    std::optional<QByteArray> m_knownHash; // nullopt: known to be absent
};

} // namespace chatvox
