#include "ratelimiter.h"

#include <algorithm>

namespace chatvox {

namespace {
constexpr qsizetype MinSweepSize = 256;
}

RateLimiter::RateLimiter(int maxMessages, qint64 windowMs, qsizetype maxTrackedKeys)
    : m_maxMessages(std::min(maxMessages, MaxMessagesCap))
    , m_windowMs(windowMs)
    , m_maxTrackedKeys(std::max<qsizetype>(maxTrackedKeys, 1))
    , m_sweepAtSize(MinSweepSize)
{
}

void RateLimiter::expire(History &history, qint64 nowMs) const
{
    // An event at t counts while t > now - window.
    const qint64 cutoff = nowMs - m_windowMs;
    auto firstLive = std::find_if(history.times.begin(), history.times.end(),
                                  [cutoff](qint64 t) { return t > cutoff; });
    history.times.erase(history.times.begin(), firstLive);
}

bool RateLimiter::wouldAccept(const QString &key, qint64 nowMs) const
{
    if (!isEnabled())
        return true;
    nowMs = std::max(nowMs, m_latestMs);
    const auto it = m_keys.constFind(key);
    if (it == m_keys.cend())
        return true;
    const qint64 cutoff = nowMs - m_windowMs;
    const auto live = std::count_if(it->times.cbegin(), it->times.cend(),
                                    [cutoff](qint64 t) { return t > cutoff; });
    return live < m_maxMessages;
}

bool RateLimiter::tryAcquire(const QString &key, qint64 nowMs)
{
    if (!isEnabled())
        return true;
    nowMs = std::max(nowMs, m_latestMs);
    m_latestMs = nowMs;

    // Sweep when the table doubled since the last sweep (amortized O(1) per call), and at
    // least once per window so memory shrinks again after a raid.
    if (m_keys.size() >= m_sweepAtSize || nowMs - m_lastSweepMs >= m_windowMs)
        sweep(nowMs);

    auto it = m_keys.find(key);
    if (it == m_keys.end()) {
        if (m_keys.size() >= m_maxTrackedKeys)
            evictLeastRecent();
        it = m_keys.insert(key, History{});
    }
    History &history = *it;
    expire(history, nowMs);
    history.lastMs = nowMs;
    if (history.times.size() >= static_cast<size_t>(m_maxMessages))
        return false;
    history.times.push_back(nowMs);
    return true;
}

void RateLimiter::sweep(qint64 nowMs)
{
    m_lastSweepMs = nowMs;
    const qint64 cutoff = nowMs - m_windowMs;
    for (auto it = m_keys.begin(); it != m_keys.end();) {
        // times is sorted, so the newest event decides whether anything is still in the window.
        if (it->times.empty() || it->times.back() <= cutoff)
            it = m_keys.erase(it);
        else
            ++it;
    }
    m_sweepAtSize = std::max(MinSweepSize, m_keys.size() * 2);
}

void RateLimiter::evictLeastRecent()
{
    // Rare: more distinct active keys than we agreed to remember. Drop the older half.
    std::vector<qint64> last;
    last.reserve(static_cast<size_t>(m_keys.size()));
    for (const History &history : std::as_const(m_keys))
        last.push_back(history.lastMs);
    auto middle = last.begin() + static_cast<std::ptrdiff_t>(last.size() / 2);
    std::nth_element(last.begin(), middle, last.end());
    const qint64 median = *middle;
    // Keys tied at the median go too while more than half remain (a flood in one millisecond).
    const qsizetype target = m_maxTrackedKeys / 2;
    for (auto it = m_keys.begin(); it != m_keys.end();) {
        if (it->lastMs < median || (it->lastMs == median && m_keys.size() > target))
            it = m_keys.erase(it);
        else
            ++it;
    }
}

void RateLimiter::clear()
{
    m_keys.clear();
    m_sweepAtSize = MinSweepSize;
}

} // namespace chatvox
