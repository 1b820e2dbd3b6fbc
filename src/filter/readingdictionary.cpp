#include "readingdictionary.h"

#include <algorithm>

namespace chatvox {

namespace {

inline char16_t foldAscii(char16_t c)
{
    return (c >= u'A' && c <= u'Z') ? char16_t(c + (u'a' - u'A')) : c;
}

inline bool isAsciiAlnum(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9');
}

bool hasLoneSurrogate(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate())
            ++i;
        else if (c.isSurrogate())
            return true;
    }
    return false;
}

} // namespace

ReadingDictionary::ReadingDictionary(const QList<DictionaryEntry> &entries)
{
    m_nodes.emplace_back();
    m_entries.reserve(static_cast<size_t>(entries.size()));
    for (const DictionaryEntry &entry : entries) {
        QString word = entry.word.trimmed().normalized(QString::NormalizationForm_C);
        // A word with a lone surrogate could match half of a character: unusable.
        if (word.isEmpty() || hasLoneSurrogate(word))
            continue;
        int node = 0;
        for (QChar &c : word) {
            const char16_t unit = foldAscii(c.unicode());
            c = QChar(unit);
            auto &children = m_nodes[static_cast<size_t>(node)].children;
            auto it = std::lower_bound(children.begin(), children.end(), unit,
                                       [](const auto &pair, char16_t u) { return pair.first < u; });
            if (it != children.end() && it->first == unit) {
                node = it->second;
            } else {
                const int created = static_cast<int>(m_nodes.size());
                children.insert(it, {unit, created});
                m_nodes.emplace_back(); // invalidates `children`: not used after this
                node = created;
            }
        }
        Node &end = m_nodes[static_cast<size_t>(node)];
        if (end.entry >= 0)
            continue; // a duplicate word: the earlier entry wins
        end.entry = static_cast<int>(m_entries.size());
        m_entries.push_back({word, entry.reading});
    }
}

int ReadingDictionary::child(int node, char16_t unit) const
{
    const auto &children = m_nodes[static_cast<size_t>(node)].children;
    const auto it = std::lower_bound(children.begin(), children.end(), unit,
                                     [](const auto &pair, char16_t u) { return pair.first < u; });
    return (it != children.end() && it->first == unit) ? it->second : -1;
}

QString ReadingDictionary::apply(QStringView text,
                                 QList<QPair<qsizetype, qsizetype>> *readings) const
{
    if (m_entries.empty())
        return text.toString();
    QString out;
    out.reserve(text.size());
    qsizetype copyFrom = 0;
    qsizetype i = 0;
    while (i < text.size()) {
        // A word starting with a letter or digit does not start inside an English word.
        if (i > 0 && isAsciiAlnum(text[i]) && isAsciiAlnum(text[i - 1])) {
            ++i;
            continue;
        }
        // Walk the trie as far as the text allows; remember the longest word passed.
        int longest = -1;
        qsizetype longestEnd = i;
        int node = 0;
        for (qsizetype k = i; k < text.size(); ++k) {
            node = child(node, foldAscii(text[k].unicode()));
            if (node < 0)
                break;
            const bool endsWord = k + 1 >= text.size() || !isAsciiAlnum(text[k])
                || !isAsciiAlnum(text[k + 1]);
            if (m_nodes[static_cast<size_t>(node)].entry >= 0 && endsWord) {
                longest = m_nodes[static_cast<size_t>(node)].entry;
                longestEnd = k + 1;
            }
        }
        if (longest >= 0) {
            out.append(text.mid(copyFrom, i - copyFrom));
            const QString &reading = m_entries[static_cast<size_t>(longest)].reading;
            if (readings && !reading.isEmpty())
                readings->append({out.size(), out.size() + reading.size()});
            out.append(reading);
            i = longestEnd;
            // An emoji's variation selector belongs to the word (❤️ is ❤ + U+FE0F).
            while (i < text.size() && (text[i] == QChar(0xFE0F) || text[i] == QChar(0xFE0E)))
                ++i;
            copyFrom = i;
        } else {
            ++i;
        }
    }
    out.append(text.mid(copyFrom));
    return out;
}

} // namespace chatvox
