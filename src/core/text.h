#pragma once

#include <QStringView>

namespace chatvox {

// Unicode code points in text: what Twitch emote positions and our length limits count.
// A surrogate pair is one; a lone surrogate counts as one too.
qsizetype codePointCount(QStringView text);

} // namespace chatvox
