#pragma once

class QApplication;

namespace chatvox {

// Japanese text (chat, the Japanese UI) in a Japanese font: the UI font first, then the
// Japanese families this system has (Yu Gothic UI / Meiryo on Windows, Noto Sans CJK JP or
// IPAGothic on Linux), so Han characters never fall back to a Chinese face.
void applyJapaneseFontFallback(QApplication &app);

// Follows the system's light or dark appearance. Qt 6.4's Windows style draws light only, so
// a dark system gets Fusion with a dark palette; elsewhere the platform palette is used.
// CHATVOX_COLOR_SCHEME=dark|light overrides (screenshots).
void applySystemColorScheme(QApplication &app);
bool systemPrefersDark();

} // namespace chatvox
