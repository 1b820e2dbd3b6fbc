#include "queuepolicy.h"

#include <algorithm>

namespace chatvox {

double QueuePolicy::speedFactor(int waiting) const
{
    if (speedUpAfter < 0 || waiting <= speedUpAfter)
        return 1.0;
    return std::clamp(1.0 + speedStep * (waiting - speedUpAfter), 1.0,
                      std::max(1.0, maxSpeedFactor));
}

int QueuePolicy::dropCount(int waiting) const
{
    if (dropAfter <= 0)
        return 0;
    return std::max(0, waiting - dropAfter);
}

int QueuePolicy::lookahead(bool playing) const
{
    // When idle the next item must be synthesized even with prefetch off.
    return playing ? std::max(0, prefetch) : std::max(1, prefetch);
}

int QueuePolicy::lookahead(bool playing, int engines) const
{
    const int ahead = std::max(0, prefetch) * std::max(1, engines);
    return playing ? ahead : std::max(1, ahead);
}

} // namespace chatvox
