#pragma once

#include <functional>

#include <QHash>
#include <QObject>
#include <QStringList>
#include <QTimer>

namespace chatvox {

// Knows the health of every part (chat, engines, audio, ...). A part that reports Failed and has
// a restart function is restarted with backoff; when restarts keep failing, fatal() tells the app
// to stop with a clear reason instead of running half-alive.
class Supervisor : public QObject
{
    Q_OBJECT
public:
    enum class Health { Starting, Ok, Degraded, Failed };
    Q_ENUM(Health)

    struct PartStatus
    {
        QString name; // internal id ("audio")
        QString displayName; // for people ("Audio output"); the id when not set
        Health health = Health::Starting;
        QString detail; // user-facing
        int failedRestarts = 0;
        // Failed after its last allowed restart: it is dead, and fatal() was emitted.
        bool exhausted = false;
    };

    explicit Supervisor(QObject *parent = nullptr);

    // restart() is called after a Failed report; the part reports Ok once it works again.
    void setRestart(const QString &part, std::function<void()> restart, int maxAttempts = 3);
    void setRestartDelays(int firstMs, int maxMs);
    // The name people see in status and failure texts.
    void setDisplayName(const QString &part, const QString &displayName);

    void report(const QString &part, Health health, const QString &detail = QString());

    PartStatus status(const QString &part) const;
    QStringList parts() const { return m_order; }
    Health overall() const; // the worst part

    static QString healthName(Health health);

Q_SIGNALS:
    void changed(const QString &part);
    void fatal(const QString &reason);

private:
    struct Part
    {
        PartStatus status;
        std::function<void()> restart;
        int maxAttempts = 3;
        QTimer *timer = nullptr;
    };
    void scheduleRestart(Part &part);
    Part &partFor(const QString &name);

    QHash<QString, Part> m_parts;
    QStringList m_order;
    int m_firstDelayMs = 1000;
    int m_maxDelayMs = 30000;
};

} // namespace chatvox
