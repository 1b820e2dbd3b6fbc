#include "supervisor.h"

#include "app/logging.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace chatvox {

Supervisor::Supervisor(QObject *parent)
    : QObject(parent)
{
}

Supervisor::Part &Supervisor::partFor(const QString &name)
{
    if (!m_parts.contains(name)) {
        m_order << name;
        Part &p = m_parts[name];
        p.status.name = name;
        p.status.displayName = name;
    }
    return m_parts[name];
}

void Supervisor::setDisplayName(const QString &part, const QString &displayName)
{
    partFor(part).status.displayName = displayName;
}

void Supervisor::setRestart(const QString &part, std::function<void()> restart, int maxAttempts)
{
    Part &p = partFor(part);
    p.restart = std::move(restart);
    p.maxAttempts = std::max(1, maxAttempts);
}

void Supervisor::setRestartDelays(int firstMs, int maxMs)
{
    m_firstDelayMs = std::max(0, firstMs);
    m_maxDelayMs = std::max(m_firstDelayMs, maxMs);
}

void Supervisor::report(const QString &part, Health health, const QString &detail)
{
    Part &p = partFor(part);
    const bool same = p.status.health == health && p.status.detail == detail;
    p.status.health = health;
    p.status.detail = detail;
    if (health == Health::Ok) {
        p.status.failedRestarts = 0;
        p.status.exhausted = false;
        if (p.timer)
            p.timer->stop();
    }
    if (!same) {
        if (health == Health::Failed || health == Health::Degraded)
            qCWarning(lcApp).noquote() << p.status.displayName << healthName(health) << detail;
        else
            qCInfo(lcApp).noquote() << p.status.displayName << healthName(health) << detail;
        emit changed(part);
    }
    // Even an unchanged failure counts: a restart that fails the same way must use up attempts.
    if (health == Health::Failed && p.restart)
        scheduleRestart(p);
}

void Supervisor::scheduleRestart(Part &part)
{
    if (part.status.failedRestarts >= part.maxAttempts) {
        if (!part.status.exhausted) {
            part.status.exhausted = true;
            emit changed(part.status.name);
        }
        emit fatal(tr("%1 keeps failing after %n restart(s): %2", nullptr, part.maxAttempts)
                       .arg(part.status.displayName, part.status.detail));
        return;
    }
    if (!part.timer) {
        part.timer = new QTimer(this);
        part.timer->setSingleShot(true);
        const QString name = part.status.name;
        connect(part.timer, &QTimer::timeout, this, [this, name] {
            Part &p = m_parts[name];
            qCInfo(lcApp).noquote() << tr("Restarting: %1").arg(p.status.displayName);
            p.restart();
        });
    }
    if (part.timer->isActive())
        return;
    const int delay
        = std::min(m_maxDelayMs, m_firstDelayMs << std::min(part.status.failedRestarts, 10));
    ++part.status.failedRestarts;
    part.timer->start(delay);
}

Supervisor::PartStatus Supervisor::status(const QString &part) const
{
    return m_parts.value(part).status;
}

Supervisor::Health Supervisor::overall() const
{
    Health worst = Health::Ok;
    for (const Part &p : m_parts)
        worst = std::max(worst, p.status.health);
    return worst;
}

QString Supervisor::healthName(Health health)
{
    switch (health) {
    case Health::Starting:
        return tr("starting");
    case Health::Ok:
        return tr("ok");
    case Health::Degraded:
        return tr("degraded");
    case Health::Failed:
        return tr("failed");
    }
    return {};
}

} // namespace chatvox
