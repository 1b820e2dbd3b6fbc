#pragma once

#include <QtGlobal>

namespace chatvox {

// The speech queue's backlog rules, as pure functions so they are tested directly.
// "Waiting" counts messages that are queued but not yet playing.
struct QueuePolicy
{
    int prefetch = 2; // items synthesized ahead of the one playing (0 = fetch, then play)
    int speedUpAfter = 5; // past this many waiting, speak faster ...
    double speedStep = 0.1; // ... by this much speedScale per extra waiting message ...
    double maxSpeedFactor = 1.5; // ... up to this factor of the user's speed
    int dropAfter = 20; // past this many waiting, drop the oldest and say "N件省略" later

    friend bool operator==(const QueuePolicy &, const QueuePolicy &) = default;

    // Factor applied to the user's speedScale for an item synthesized while `waiting` wait.
    double speedFactor(int waiting) const;
    // How many of the oldest waiting messages to drop now.
    int dropCount(int waiting) const;
    // How many items may be synthesizing or synthesized ahead of playback.
    int lookahead(bool playing) const;
    // The same when `engines` engines share the synthesis: prefetch items ahead for each.
    int lookahead(bool playing, int engines) const;
};

} // namespace chatvox
