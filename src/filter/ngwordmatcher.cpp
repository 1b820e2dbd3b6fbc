#include "ngwordmatcher.h"

#include "filter/filterrules.h"

namespace chatvox {

NgWordMatcher::NgWordMatcher(const QStringList &words)
{
    m_words.reserve(static_cast<size_t>(words.size()));
    for (const QString &word : words) {
        // Fold exactly like the text (cleanText first: the text went through it too).
        const QString folded = foldForMatching(cleanText(word));
        if (folded.isEmpty())
            continue;
        m_words.push_back({word, QStringMatcher(folded, Qt::CaseSensitive)});
    }
}

QString NgWordMatcher::findIn(QStringView text) const
{
    if (m_words.empty() || text.isEmpty())
        return {};
    const QString folded = foldForMatching(text);
    for (const Word &word : m_words) {
        if (word.matcher.indexIn(folded) >= 0)
            return word.configured;
    }
    return {};
}

} // namespace chatvox
