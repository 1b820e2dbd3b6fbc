#pragma once

namespace chatvox {

// Whether the work-around for Qt < 6.5.2's PulseAudio sink is active (Linux with an affected
// Qt): that sink keeps the sound server's lock after a failed write, which freezes the next sink
// that opens (see qtpulsefix.cpp). AudioPlayer calls it, which also links the work-around in.
bool qtPulseLockFixActive();

} // namespace chatvox
