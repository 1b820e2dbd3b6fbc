#pragma once

#include "filter/filtersettings.h"

#include <QString>
#include <QStringView>

namespace chatvox {

// Emoji read as their Japanese CLDR short names ("tts" annotations of Debian's
// unicode-cldr-core, common/annotations/ja.xml and annotationsDerived/ja.xml), compiled at
// build time into a table in the binary (scripts/gen_emoji_names.py).

// The Japanese name of one emoji sequence (a whole grapheme cluster: skin tones, ZWJ
// sequences, flags, keycaps), or an empty string when it is not an emoji CLDR names. A
// sequence CLDR lacks falls back to its name without the variation selector, then without
// the skin tone, then to its first emoji's name.
QString emojiName(QStringView cluster);

// Whether the grapheme cluster is an emoji (pictographic, flag, keycap), named or not:
// anything starting in U+1F000–1FAFF, U+2600–27BF or U+2B00–2BFF (❤ and ☺ without FE0F
// too), a keycap (1️⃣), ⌚⌛⏩–⏬⏰⏳◽◾, and the other emoji outside those blocks (© ® ™ ‼ ↔
// ▶ …) only with FE0F, so 8時, #1 and "Twitch™" stay text. U+FE0E after the first code point asks
// for text and is honoured.
bool isEmojiCluster(QStringView cluster);

// Replaces every emoji in text: Names → its name (a run of the same emoji is read once, ❤
// and ❤️ being the same; an emoji without a name is dropped), Drop → nothing. Names are set
// off by a space from neighbouring emoji names and from ASCII letters and digits, so they
// never fuse into a word; for the same reason a removed emoji between two ASCII letters or
// digits leaves one space (GG😂GG → "GG GG"). All other text is kept as it is, and text
// without emoji is returned as it is (shared, not copied).
QString readEmoji(const QString &text, EmojiMode mode);

} // namespace chatvox
