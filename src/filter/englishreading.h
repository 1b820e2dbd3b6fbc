#pragma once

#include <QString>
#include <QStringView>

namespace chatvox {

// English words read as katakana, from the CMU Pronouncing Dictionary (Debian's festlex-cmu,
// cmudict-0.4), converted from its ARPAbet phonemes to katakana by rules at build time
// (scripts/gen_english_kana.py) into a sorted table in the binary.

// The katakana reading of one English word (ASCII letters, optionally with apostrophes),
// case-insensitive, or an empty string when the word is unknown. All-capital words of two or
// more letters (GGWP, USA, OBS) are acronyms: empty (the engine reads letter names).
QString englishWordReading(QStringView word);

// Replaces every English word in text (a run of ASCII letters and inner apostrophes, not
// preceded or followed by an ASCII letter or digit) whose reading is known; other words stay
// as they are. Text without ASCII letters is returned as it is.
QString englishToKana(const QString &text);

} // namespace chatvox
