#pragma once

#include <vector>

#include <QHash>
#include <QString>

namespace chatvox {

// Sliding-window limit per key (a viewer's login): at most maxMessages accepted events in any
// window of windowMs milliseconds. An event at time t is accepted when fewer than maxMessages
// earlier accepted events lie in (t - windowMs, t]; refused events do not count, so a viewer who
// keeps spamming still gets maxMessages per window through.
//
// No clock inside: the caller passes the time (any monotonic millisecond scale). Time that goes
// backwards is treated as the latest time seen. Memory stays bounded: keys whose events have
// all left the window are forgotten (swept amortized), and at most maxTrackedKeys keys are kept
// (the least recently active are dropped first when a flood of distinct keys exceeds it).
class RateLimiter
{
public:
    static constexpr int MaxMessagesCap = 1000;

    // maxMessages <= 0 or windowMs <= 0 disables the limit (everything is accepted).
    // maxMessages is capped at MaxMessagesCap.
    explicit RateLimiter(int maxMessages = 0, qint64 windowMs = 0,
                         qsizetype maxTrackedKeys = 100000);

    bool isEnabled() const { return m_maxMessages > 0 && m_windowMs > 0; }
    int maxMessages() const { return m_maxMessages; }
    qint64 windowMs() const { return m_windowMs; }

    // Records an event of `key` at nowMs when it is within the limit and returns true;
    // returns false (recording nothing) when it is over the limit.
    bool tryAcquire(const QString &key, qint64 nowMs);
    // Whether tryAcquire would accept now, without recording anything.
    bool wouldAccept(const QString &key, qint64 nowMs) const;

    void clear();
    // Keys currently remembered (for tests and diagnostics).
    qsizetype trackedKeys() const { return m_keys.size(); }

private:
    struct History
    {
        std::vector<qint64> times; // accepted events still in the window, oldest first
        qint64 lastMs = 0;
    };

    void expire(History &history, qint64 nowMs) const;
    void sweep(qint64 nowMs);
    void evictLeastRecent();

    int m_maxMessages = 0;
    qint64 m_windowMs = 0;
    qsizetype m_maxTrackedKeys = 0;
    qint64 m_latestMs = 0;
    qint64 m_lastSweepMs = 0;
    qsizetype m_sweepAtSize = 0;
    QHash<QString, History> m_keys;
};

} // namespace chatvox
