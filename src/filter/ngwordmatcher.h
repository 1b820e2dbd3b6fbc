#pragma once

#include <vector>

#include <QString>
#include <QStringList>
#include <QStringMatcher>
#include <QStringView>

namespace chatvox {

// Finds NG words in text, case- and width-insensitively: both sides are compared in
// foldForMatching() form (NFKC + case folding), so "ＢＡＫＡ" and "Baka" match "baka", and
// half-width "ﾊﾞｶ" matches "バカ". Plain substrings, no word boundaries (Japanese has none).
// Compiled once from the settings; matching is one fold of the text plus one search per word.
class NgWordMatcher
{
public:
    NgWordMatcher() = default;
    explicit NgWordMatcher(const QStringList &words); // blank words are ignored

    bool isEmpty() const { return m_words.empty(); }
    bool matches(QStringView text) const { return !findIn(text).isNull(); }
    // The NG word (as configured) found in text, or a null QString.
    QString findIn(QStringView text) const;

private:
    struct Word
    {
        QString configured;
        QStringMatcher matcher; // on the folded word
    };
    std::vector<Word> m_words;
};

} // namespace chatvox
