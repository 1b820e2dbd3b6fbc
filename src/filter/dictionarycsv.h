#pragma once

#include "filter/filtersettings.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace chatvox {

// Reading dictionaries as files (the Filters panel's Import… / Export…). Pure functions.

// Bounds of one import: a larger file is refused; entries past the limit are left out; a
// longer word or reading is an error for its line.
inline constexpr qsizetype maxDictionaryImportBytes = 16 * 1024 * 1024;
inline constexpr qsizetype maxDictionaryImportEntries = 100'000;
inline constexpr qsizetype maxDictionaryFieldLength = 1'000;
// At most this many errors are listed; one more line says how many were left out.
inline constexpr qsizetype maxDictionaryImportErrors = 100;

// RFC 4180 CSV: the header line "word,reading", then one line per entry, CRLF line ends. A
// field with a comma, quote, tab, CR or LF is quoted (quotes doubled). The caller writes it as
// UTF-8 (the Filters panel adds a BOM so that Excel opens it as UTF-8).
QString dictionaryToCsv(const QList<DictionaryEntry> &entries);

struct DictionaryImport
{
    QList<DictionaryEntry> entries; // in file order; words and readings trimmed
    QStringList errors; // translated, "line 3: …"; lines with errors are left out
};

// Reads a dictionary file:
//  * our CSV (dictionaryToCsv(), with or without its header line; "単語,読み" too), or
//  * tab-separated lines: BouyomiChan's ReplaceWord.dic ("priority<TAB>flag<TAB>word<TAB>
//    reading", see dictionarycsv.cpp), or plain "word<TAB>reading".
// Encodings: UTF-8 with or without BOM, UTF-16/32 with BOM, else Shift_JIS (CP932, what
// BouyomiChan writes). The format is chosen by the first non-empty line: an unquoted tab
// means tab-separated. Never throws; garbage gives errors, not entries.
DictionaryImport dictionaryFromText(const QByteArray &data);

} // namespace chatvox
