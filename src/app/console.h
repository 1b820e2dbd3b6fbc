#pragma once

namespace chatvox {

// The Windows program is a GUI-subsystem executable (no console window pops up when it is
// started from the Start menu), so it has no console of its own. Started from a terminal, it
// attaches to the terminal's console so that --version, --help, --dry-run and the log are seen
// there; standard streams the parent already redirected (a pipe or a file) are kept as they
// are. Call first thing in main(). Does nothing on other systems.
void attachToParentConsole();

} // namespace chatvox
