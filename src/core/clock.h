#pragma once

#include <chrono>

#include <QtGlobal>

namespace chatvox {

// Monotonic time in nanoseconds, comparable across all layers (latency figures, deadlines).
inline qint64 monotonicNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

} // namespace chatvox
