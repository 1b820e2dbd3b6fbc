#pragma once

#include "core/chatmessage.h"
#include "filter/filtersettings.h"

#include <QHash>
#include <QString>

namespace chatvox {

// Chat-specific reading rules (pure functions; FilterPipeline applies them, see
// filterpipeline.h for the order).

// Kaomoji ((´・ω・`), ( ﾟДﾟ), (^^), orz, OTL) and runs of box-drawing/line symbols → replacement
// (empty: removed).
QString replaceKaomoji(const QString &text, QStringView replacement);

// Laughter: a run of w/ｗ at the end of the message, standing alone, or right after Japanese
// text (never inside an English word: "wow", "www.example.com" is a URL before this runs) →
// わら (Wara) / ふふ (Fufu) / nothing (Drop); a run of three or more says it twice.
QString readLaughter(const QString &text, LaughterMode mode);

// Applause: a run of three or more 8 (or ８) standing alone (not part of a longer number or
// followed by a unit such as 時) → パチパチ.
QString readApplause(const QString &text);

// Romaji (Hepburn and common IME spellings) as hiragana, or an empty string when word is not
// entirely romaji ("sakura" → さくら, "nyanko" → にゃんこ, "nice" → "").
QString romajiToHiragana(QStringView word);

// The name the name prefix reads: a nickname if set; else the display name when it has
// Japanese in it; else the login (or an ASCII display name) without trailing digits and
// underscores, romaji as hiragana, English as katakana; unknown words stay.
QString readableSpeakerName(const ChatMessage &message, const QHash<QString, QString> &nicknames);

} // namespace chatvox
