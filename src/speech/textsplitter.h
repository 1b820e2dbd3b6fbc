#pragma once

#include <QStringList>

namespace chatvox {

// Splits long text at sentence ends so the first sentence can be synthesized and heard while
// the rest is still being synthesized. Text of at most maxChars characters comes back whole.
// Pieces never exceed maxChars (code points): an overlong sentence is cut at a comma or
// space, and as a last resort at maxChars, never inside a surrogate pair.
QStringList splitSentences(const QString &text, int maxChars = 80);

} // namespace chatvox
