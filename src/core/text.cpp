#include "text.h"

#include <algorithm>

namespace chatvox {

qsizetype codePointCount(QStringView text)
{
    qsizetype count = text.size();
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i].isHighSurrogate() && text[i + 1].isLowSurrogate()) {
            --count;
            ++i;
        }
    }
    return count;
}

qsizetype lineBreakAt(QStringView text, qsizetype i)
{
    if (i >= text.size())
        return 0;
    if (text[i] == u'\n')
        return 1;
    if (text[i] == u'\r')
        return (i + 1 < text.size() && text[i + 1] == u'\n') ? 2 : 1;
    return 0;
}

QString csvField(const QString &field)
{
    static const QString special = QStringLiteral(",\"\r\n\t");
    if (std::none_of(field.cbegin(), field.cend(), [](QChar c) { return special.contains(c); }))
        return field;
    QString out = field;
    out.replace(u'"', QStringLiteral("\"\""));
    return u'"' + out + u'"';
}

} // namespace chatvox
