#pragma once

#include <QString>
#include <QStringView>

namespace chatvox {

// Unicode code points in text: what Twitch emote positions and our length limits count.
// A surrogate pair is one; a lone surrogate counts as one too.
qsizetype codePointCount(QStringView text);

// The length of the line break at i (CRLF, LF or CR), 0 when there is none.
qsizetype lineBreakAt(QStringView text, qsizetype i);

// One RFC 4180 CSV field: quoted (quotes doubled) when it holds a comma, quote, tab, CR or LF.
QString csvField(const QString &field);

} // namespace chatvox
