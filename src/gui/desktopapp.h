#pragma once

#include "app/cli.h"

class QString;

namespace chatvox {

class Settings;

// The desktop program (window and tray) for one run: single instance, translations that
// follow the language setting live, log panel, hotkeys, autostart. Needs a QApplication.
// Returns the exit code.
int runDesktop(const CliOptions &options);

// Installs the translation for settings->language() now and whenever it changes (the window
// retranslates itself on the LanguageChange event).
void followLanguageSetting(Settings *settings);

} // namespace chatvox
