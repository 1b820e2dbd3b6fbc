#include "dictionarycsv.h"

#include "core/text.h"

#include <QCoreApplication>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

// BouyomiChan's word replacement dictionary (ReplaceWord.dic, and ReplaceTag.dic, next to
// BouyomiChan.exe) has one entry per line, four tab-separated columns:
//     priority <TAB> flag <TAB> word <TAB> replacement
// e.g. "0<TAB>N<TAB>GG<TAB>ぐっどげーむ". Priority is an integer; the flag is a letter ("N"
// normal, "E" as used for English words). There is no header, no quoting and no escaping (a
// tab cannot be in a word). BouyomiChan reads and writes it in Shift_JIS (CP932); files saved
// by other tools are often UTF-8. Sources (public code that reads/writes these files):
//  * github.com/Nu-Pan/BouyomiReplaceTagGenerator, BouyomiReplaceTagGenerator.cpp: writes
//    "%d\tN\t%s\t(SoundW %s)\n" records (priority, flag, word, replacement);
//  * anko2SpeachMiku's BouyomiDictionary.cs (an アンコちゃん plugin): opens ReplaceWord.dic
//    as "Shift-JIS", splits each line on '\t', requires exactly 4 values, priority =
//    values[0], word = values[2], replacement = values[3];
//  * github.com/taimiso0319/BouyomichanDictionaryGenerator, MainWindow.xaml.cs: parses the
//    same 4 columns, flag "E" or "N".
// ChatVox's dictionary has no priorities (the longest word wins), so the priority and the flag
// are read and dropped. Replacements are kept verbatim, tags such as "(Sound x.wav)" included.

namespace chatvox {

namespace {

QString translated(const char *text)
{
    // Every string passed here is also marked QT_TRANSLATE_NOOP below for lupdate.
    return QCoreApplication::translate("chatvox::DictionaryCsv", text);
}

[[maybe_unused]] constexpr const char *texts[] = {
    QT_TRANSLATE_NOOP("chatvox::DictionaryCsv", "line %1: %2"),
    QT_TRANSLATE_NOOP("chatvox::DictionaryCsv", "the word is empty"),
    QT_TRANSLATE_NOOP("chatvox::DictionaryCsv", "the word is longer than %1 characters"),
    QT_TRANSLATE_NOOP("chatvox::DictionaryCsv", "the reading is longer than %1 characters"),
    QT_TRANSLATE_NOOP("chatvox::DictionaryCsv",
                      "characters that cannot be read (the file is not UTF-8 or Shift_JIS text)"),
    QT_TRANSLATE_NOOP("chatvox::DictionaryCsv", "a quote is not closed"),
    QT_TRANSLATE_NOOP("chatvox::DictionaryCsv",
                      "a stray quote (put the whole field in quotes and double the quotes in it)"),
    QT_TRANSLATE_NOOP("chatvox::DictionaryCsv", "expected word,reading"),
    QT_TRANSLATE_NOOP("chatvox::DictionaryCsv",
                      "%1 columns (put quotes around a word or reading that has a comma)"),
    QT_TRANSLATE_NOOP("chatvox::DictionaryCsv",
                      "expected word<TAB>reading or priority<TAB>flag<TAB>word<TAB>reading"),
    QT_TRANSLATE_NOOP("chatvox::DictionaryCsv", "the priority is not a number"),
    QT_TRANSLATE_NOOP("chatvox::DictionaryCsv",
                      "The file is larger than 16 MB; it was not read."),
    QT_TRANSLATE_NOOP("chatvox::DictionaryCsv", "Only the first %1 entries were read."),
    QT_TRANSLATE_NOOP("chatvox::DictionaryCsv", "… and %1 more errors."),
};

class Errors
{
public:
    void add(qsizetype line, const QString &what)
    {
        ++m_count;
        if (m_list.size() < maxDictionaryImportErrors)
            m_list << translated("line %1: %2").arg(line).arg(what);
    }
    void addGeneral(const QString &text) { m_general << text; }
    QStringList take()
    {
        QStringList out = m_list;
        if (m_count > m_list.size())
            out << translated("… and %1 more errors.").arg(m_count - m_list.size());
        return out + m_general;
    }

private:
    QStringList m_list;
    QStringList m_general;
    qsizetype m_count = 0;
};

struct Decoded
{
    QString text;
    bool hadErrors = false; // U+FFFD (or SUB) in the text stands for bytes that were not text
};

qsizetype countBad(const QString &s)
{
    qsizetype n = 0;
    for (QChar c : s)
        n += (c == QChar::ReplacementCharacter || c == QChar(0x1a)) ? 1 : 0;
    return n;
}

Decoded decode(const QByteArray &data)
{
    const auto starts = [&data](const char *bom, qsizetype size) {
        return data.size() >= size && std::equal(bom, bom + size, data.constData());
    };
    std::optional<QStringConverter::Encoding> bom;
    if (starts("\xEF\xBB\xBF", 3))
        bom = QStringConverter::Utf8;
    else if (starts("\xFF\xFE\x00\x00", 4))
        bom = QStringConverter::Utf32LE;
    else if (starts("\x00\x00\xFE\xFF", 4))
        bom = QStringConverter::Utf32BE;
    else if (starts("\xFF\xFE", 2))
        bom = QStringConverter::Utf16LE;
    else if (starts("\xFE\xFF", 2))
        bom = QStringConverter::Utf16BE;
    if (bom) {
        QStringDecoder decoder(*bom); // skips the BOM
        Decoded d{decoder.decode(data), false};
        d.hadErrors = decoder.hasError();
        return d;
    }
    QStringDecoder utf8(QStringConverter::Utf8);
    Decoded asUtf8{utf8.decode(data), false};
    if (!utf8.hasError())
        return asUtf8;
    asUtf8.hadErrors = true;
    // ICU's Shift_JIS converter (Qt on Linux/macOS) includes the CP932 extensions (①, ㈱);
    // on Windows, Qt maps the name to code page 932.
    QStringDecoder sjis("Shift_JIS");
    if (!sjis.isValid())
        return asUtf8;
    Decoded asSjis{sjis.decode(data), false};
    if (!sjis.hasError())
        return asSjis;
    asSjis.hadErrors = true;
    return countBad(asSjis.text) < countBad(asUtf8.text) ? asSjis : asUtf8;
}

qsizetype codePoints(const QString &s)
{
    qsizetype n = 0;
    for (QChar c : s)
        n += c.isLowSurrogate() ? 0 : 1;
    return n;
}

bool isHeader(const QStringList &fields)
{
    if (fields.size() < 2)
        return false;
    const QString word = fields.at(0).trimmed();
    const QString reading = fields.at(1).trimmed();
    return (word.compare(u"word"_s, Qt::CaseInsensitive) == 0
            && reading.compare(u"reading"_s, Qt::CaseInsensitive) == 0)
        || (word == u"単語"_s && reading == u"読み"_s);
}

class Reader
{
public:
    Reader(const Decoded &decoded) : m_text(decoded.text), m_decodeErrors(decoded.hadErrors) {}

    DictionaryImport read()
    {
        if (hasUnquotedTabOnFirstLine())
            readTabSeparated();
        else
            readCsv();
        if (m_full)
            m_errors.addGeneral(
                translated("Only the first %1 entries were read.").arg(maxDictionaryImportEntries));
        return {std::move(m_entries), m_errors.take()};
    }

private:
    bool hasUnquotedTabOnFirstLine() const
    {
        qsizetype i = 0;
        const qsizetype n = m_text.size();
        while (i < n) { // the first line with something in it
            qsizetype end = i;
            while (end < n && !lineBreakAt(m_text, end))
                ++end;
            const QStringView line = QStringView(m_text).mid(i, end - i);
            if (!line.trimmed().isEmpty()) {
                bool quoted = false;
                for (QChar c : line) {
                    if (c == u'"')
                        quoted = !quoted;
                    else if (c == u'\t' && !quoted)
                        return true;
                }
                return false;
            }
            i = end + lineBreakAt(m_text, end);
        }
        return false;
    }

    // False when the dictionary is full (stop reading).
    bool add(qsizetype line, QString word, QString reading)
    {
        word = word.trimmed();
        reading = reading.trimmed();
        const auto unreadable = [this](const QString &s) {
            return s.contains(QChar(0)) || (m_decodeErrors && countBad(s) > 0);
        };
        if (unreadable(word) || unreadable(reading)) {
            m_errors.add(line, translated("characters that cannot be read (the file is not UTF-8 or "
                                  "Shift_JIS text)"));
            return true;
        }
        if (word.isEmpty()) {
            m_errors.add(line, translated("the word is empty"));
            return true;
        }
        if (codePoints(word) > maxDictionaryFieldLength) {
            m_errors.add(line, translated("the word is longer than %1 characters")
                                   .arg(maxDictionaryFieldLength));
            return true;
        }
        if (codePoints(reading) > maxDictionaryFieldLength) {
            m_errors.add(line, translated("the reading is longer than %1 characters")
                                   .arg(maxDictionaryFieldLength));
            return true;
        }
        if (m_entries.size() >= maxDictionaryImportEntries) {
            m_full = true;
            return false;
        }
        m_entries << DictionaryEntry{word, reading};
        return true;
    }

    void readTabSeparated()
    {
        const QStringView text(m_text);
        qsizetype i = 0;
        qsizetype line = 0;
        bool first = true;
        while (i < text.size()) {
            qsizetype end = i;
            while (end < text.size() && !lineBreakAt(text, end))
                ++end;
            const QString physical = text.mid(i, end - i).toString();
            i = end + lineBreakAt(text, end);
            ++line;
            if (physical.trimmed().isEmpty())
                continue;
            const QStringList fields = physical.split(u'\t');
            const bool wasFirst = std::exchange(first, false);
            if (wasFirst && isHeader(fields))
                continue;
            bool ok = true;
            if (fields.size() == 2) {
                ok = add(line, fields.at(0), fields.at(1));
            } else if (fields.size() == 4) { // BouyomiChan: priority, flag, word, reading
                bool isNumber = false;
                fields.at(0).trimmed().toInt(&isNumber);
                if (!isNumber)
                    m_errors.add(line, translated("the priority is not a number"));
                else
                    ok = add(line, fields.at(2), fields.at(3));
            } else {
                m_errors.add(line, translated("expected word<TAB>reading or "
                                      "priority<TAB>flag<TAB>word<TAB>reading"));
            }
            if (!ok)
                return;
        }
    }

    // RFC 4180, tolerant of LF or CR line ends, spaces after a closing quote and empty
    // trailing columns. A record with a quoting error is left out; reading goes on at the next
    // line (for a quote that is never closed: the line after the one where it opened).
    void readCsv()
    {
        const QStringView text(m_text);
        const qsizetype n = text.size();
        qsizetype i = 0;
        qsizetype line = 1;
        bool first = true;
        const auto skipLine = [&] { // to the start of the next physical line
            while (i < n && !lineBreakAt(text, i))
                ++i;
            if (i < n) {
                i += lineBreakAt(text, i);
                ++line;
            }
        };
        while (i < n) {
            const qsizetype startLine = line;
            const qsizetype startIndex = i;
            QStringList fields;
            QString field;
            QString error;
            enum class State { FieldStart, Unquoted, Quoted, AfterQuote } state
                = State::FieldStart;
            bool ended = false;
            while (i < n && !ended && error.isEmpty()) {
                const QChar c = text[i];
                const qsizetype br = lineBreakAt(text, i);
                switch (state) {
                case State::FieldStart:
                    if (c == u'"') {
                        state = State::Quoted;
                        ++i;
                    } else {
                        state = State::Unquoted;
                    }
                    break;
                case State::Unquoted:
                    if (c == u',') {
                        fields << std::exchange(field, QString());
                        state = State::FieldStart;
                        ++i;
                    } else if (br) {
                        i += br;
                        ++line;
                        ended = true;
                    } else if (c == u'"') {
                        error = translated("a stray quote (put the whole field in quotes and double the "
                                   "quotes in it)");
                    } else {
                        field += c;
                        ++i;
                    }
                    break;
                case State::Quoted:
                    if (c == u'"') {
                        if (i + 1 < n && text[i + 1] == u'"') {
                            field += u'"';
                            i += 2;
                        } else {
                            state = State::AfterQuote;
                            ++i;
                        }
                    } else if (br) {
                        field += text.mid(i, br);
                        i += br;
                        ++line;
                    } else {
                        field += c;
                        ++i;
                    }
                    break;
                case State::AfterQuote:
                    if (c == u',') {
                        fields << std::exchange(field, QString());
                        state = State::FieldStart;
                        ++i;
                    } else if (br) {
                        i += br;
                        ++line;
                        ended = true;
                    } else if (c == u' ' || c == u'\t') {
                        ++i;
                    } else {
                        error = translated("a stray quote (put the whole field in quotes and double the "
                                   "quotes in it)");
                    }
                    break;
                }
            }
            if (error.isEmpty() && !ended && state == State::Quoted) {
                m_errors.add(startLine, translated("a quote is not closed"));
                i = startIndex;
                line = startLine;
                skipLine();
                continue;
            }
            if (!error.isEmpty()) {
                m_errors.add(startLine, error);
                skipLine();
                continue;
            }
            fields << field;
            if (fields.size() == 1 && fields.constFirst().trimmed().isEmpty())
                continue; // an empty line
            const bool wasFirst = std::exchange(first, false);
            if (wasFirst && isHeader(fields))
                continue;
            if (fields.size() == 1) {
                m_errors.add(startLine, translated("expected word,reading"));
                continue;
            }
            qsizetype columns = fields.size();
            while (columns > 2 && fields.at(columns - 1).trimmed().isEmpty())
                --columns;
            if (columns > 2) {
                m_errors.add(startLine,
                             translated("%1 columns (put quotes around a word or reading that has a "
                                "comma)")
                                 .arg(columns));
                continue;
            }
            if (!add(startLine, fields.at(0), fields.at(1)))
                return;
        }
    }

    QString m_text;
    bool m_decodeErrors = false;
    QList<DictionaryEntry> m_entries;
    Errors m_errors;
    bool m_full = false;
};

} // namespace

QString dictionaryToCsv(const QList<DictionaryEntry> &entries)
{
    QString out = u"word,reading\r\n"_s;
    for (const DictionaryEntry &e : entries)
        out += csvField(e.word) + u',' + csvField(e.reading) + u"\r\n"_s;
    return out;
}

DictionaryImport dictionaryFromText(const QByteArray &data)
{
    if (data.size() > maxDictionaryImportBytes)
        return {{}, {translated("The file is larger than 16 MB; it was not read.")}};
    return Reader(decode(data)).read();
}

} // namespace chatvox
