#pragma once

#include "filter/filtersettings.h"

#include <vector>

#include <QList>
#include <QString>
#include <QStringView>

namespace chatvox {

// The streamer's reading dictionary (word → reading), compiled once from the settings.
//
// apply() scans the text left to right. At each position the longest word that matches there
// wins; among words of equal length the earlier entry wins (so duplicates resolve to the first).
// The reading is emitted and scanning resumes after the word: readings are never rescanned, so
// a reading that contains another word is not replaced again. ASCII letters match
// case-insensitively ("voicevox" = "VOICEVOX"); everything else must match exactly (words are
// NFC-composed like the text, surrounding spaces trimmed). An empty reading deletes the word.
// A word that begins (ends) with an ASCII letter or digit matches only where the text has no
// ASCII letter or digit just before (after) it, so "gg" is a word and not the middle of "eggs";
// Japanese around it is no boundary problem ("GGです").
class ReadingDictionary
{
public:
    ReadingDictionary() = default;
    explicit ReadingDictionary(const QList<DictionaryEntry> &entries);

    bool isEmpty() const { return m_entries.empty(); }
    // When readings is given, it receives where each reading stands in the result (the rules
    // after the dictionary leave those spans alone).
    QString apply(QStringView text, QList<QPair<qsizetype, qsizetype>> *readings = nullptr) const;

private:
    struct Entry
    {
        QString word; // NFC, ASCII letters in lower case
        QString reading;
    };
    // A trie over the UTF-16 units of the (lower-cased) words: one walk per text position
    // finds the longest word there, however many words share a beginning.
    struct Node
    {
        std::vector<std::pair<char16_t, int>> children; // sorted by unit
        int entry = -1; // index into m_entries of the word ending here (first one wins)
    };
    int child(int node, char16_t unit) const;

    std::vector<Entry> m_entries;
    std::vector<Node> m_nodes; // m_nodes[0] is the root
};

} // namespace chatvox
