#include "textsplitter.h"

namespace chatvox {

namespace {

bool isSentenceEnd(char16_t c)
{
    switch (c) {
    case u'。':
    case u'！':
    case u'？':
    case u'!':
    case u'?':
    case u'．':
    case u'…':
    case u'\n':
        return true;
    default:
        return false;
    }
}

bool isSoftBreak(char16_t c)
{
    return c == u'、' || c == u',' || c == u'，' || c == u' ' || c == u'　' || c == u'.';
}

// Code points in s[from, to).
int codePoints(const QString &s, qsizetype from, qsizetype to)
{
    int n = 0;
    for (qsizetype i = from; i < to; ++i) {
        if (!(s.at(i).isLowSurrogate() && i > from && s.at(i - 1).isHighSurrogate()))
            ++n;
    }
    return n;
}

// Index just after maxChars code points from `from` (never between a surrogate pair).
qsizetype advanceCodePoints(const QString &s, qsizetype from, int maxChars)
{
    qsizetype i = from;
    for (int n = 0; n < maxChars && i < s.size(); ++n) {
        i += (s.at(i).isHighSurrogate() && i + 1 < s.size() && s.at(i + 1).isLowSurrogate()) ? 2
                                                                                             : 1;
    }
    return i;
}

// Cuts one overlong sentence into pieces of at most maxChars.
void cutLong(const QString &sentence, int maxChars, QStringList &out)
{
    qsizetype start = 0;
    while (start < sentence.size()) {
        if (codePoints(sentence, start, sentence.size()) <= maxChars) {
            out << sentence.mid(start);
            return;
        }
        const qsizetype hardEnd = advanceCodePoints(sentence, start, maxChars);
        qsizetype cut = hardEnd;
        // Prefer the last comma/space in the second half of the window.
        for (qsizetype i = hardEnd - 1; i > start + (hardEnd - start) / 2; --i) {
            if (isSoftBreak(sentence.at(i).unicode())) {
                cut = i + 1;
                break;
            }
        }
        out << sentence.mid(start, cut - start);
        start = cut;
    }
}

} // namespace

QStringList splitSentences(const QString &text, int maxChars)
{
    maxChars = std::max(maxChars, 1);
    if (codePoints(text, 0, text.size()) <= maxChars)
        return {text};

    // 1. sentences, each keeping its closing punctuation (runs like "!?" stay together)
    QStringList sentences;
    qsizetype start = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        // An ASCII full stop ends a sentence only before a space or the end ("v1.2" stays).
        const bool asciiStop
            = text.at(i) == u'.' && (i + 1 == text.size() || text.at(i + 1).isSpace());
        if (!asciiStop && !isSentenceEnd(text.at(i).unicode()))
            continue;
        while (i + 1 < text.size() && isSentenceEnd(text.at(i + 1).unicode()))
            ++i;
        sentences << text.mid(start, i + 1 - start);
        start = i + 1;
    }
    if (start < text.size())
        sentences << text.mid(start);

    // 2. pack sentences into pieces of at most maxChars; cut sentences that are too long alone
    QStringList pieces;
    QString current;
    int currentChars = 0;
    for (const QString &sentence : std::as_const(sentences)) {
        const QString trimmed = sentence.trimmed();
        if (trimmed.isEmpty())
            continue;
        const int chars = codePoints(trimmed, 0, trimmed.size());
        // Latin text keeps a space between sentences; Japanese needs none.
        const bool space = !current.isEmpty() && current.back().unicode() < 0x80;
        if (!current.isEmpty() && currentChars + (space ? 1 : 0) + chars > maxChars) {
            pieces << current;
            current.clear();
            currentChars = 0;
        }
        if (chars > maxChars) {
            cutLong(trimmed, maxChars, pieces);
            continue;
        }
        if (!current.isEmpty() && space) {
            current += u' ';
            ++currentChars;
        }
        current += trimmed;
        currentChars += chars;
    }
    if (!current.isEmpty())
        pieces << current;
    for (QString &piece : pieces)
        piece = piece.trimmed();
    pieces.removeAll(QString());
    return pieces;
}

} // namespace chatvox
