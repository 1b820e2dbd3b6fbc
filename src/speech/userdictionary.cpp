#include "userdictionary.h"

#include "core/text.h"

#include <algorithm>

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace chatvox::userdict {

namespace {

// Translations of the pure functions (context chatvox::UserDictionary).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(chatvox::UserDictionary)
};

struct WordTypeName
{
    UserDictWordType type;
    QLatin1StringView api;
    QString japanese; // the VOICEVOX editor's names
};

const QList<WordTypeName> &wordTypeNames()
{
    static const QList<WordTypeName> names{
        {UserDictWordType::ProperNoun, "PROPER_NOUN"_L1, u"固有名詞"_s},
        {UserDictWordType::CommonNoun, "COMMON_NOUN"_L1, u"普通名詞"_s},
        {UserDictWordType::Verb, "VERB"_L1, u"動詞"_s},
        {UserDictWordType::Adjective, "ADJECTIVE"_L1, u"形容詞"_s},
        {UserDictWordType::Suffix, "SUFFIX"_L1, u"語尾"_s},
    };
    return names;
}

// The engine's part_of_speech_data.py: what each WordTypes is written as.
std::optional<UserDictWordType> wordTypeFromPartOfSpeech(const QString &pos, const QString &detail1)
{
    if (pos == u"名詞"_s && detail1 == u"固有名詞"_s)
        return UserDictWordType::ProperNoun;
    if (pos == u"名詞"_s && detail1 == u"一般"_s)
        return UserDictWordType::CommonNoun;
    if (pos == u"名詞"_s && detail1 == u"接尾"_s)
        return UserDictWordType::Suffix;
    if (pos == u"動詞"_s)
        return UserDictWordType::Verb;
    if (pos == u"形容詞"_s)
        return UserDictWordType::Adjective;
    return std::nullopt;
}

bool isSmallKana(QChar c)
{
    static const QString small = u"ァィゥェォャュョヮッ"_s;
    return small.contains(c);
}

// Spaces, control and format characters (the engine writes the surface into a MeCab CSV line).
bool hasSpaceOrControl(QStringView s)
{
    for (QChar c : s) {
        if (c.isSpace() || c.category() == QChar::Other_Control
            || c.category() == QChar::Other_Format)
            return true;
    }
    return false;
}

qsizetype codePoints(QStringView s)
{
    qsizetype n = 0;
    for (QChar c : s)
        n += c.isLowSurrogate() ? 0 : 1;
    return n;
}

// The key two surfaces share when they are the same word for ChatVox (ASCII case ignored).
QString sameWordKey(QStringView surface)
{
    return engineSurface(surface.trimmed()).toLower();
}

bool sameContent(const EngineDictWord &engine, const UserDictWord &wanted)
{
    return engine.pronunciation == wanted.pronunciation && engine.accentType == wanted.accentType
        && engine.wordType == wanted.wordType && engine.priority == wanted.priority;
}

// ---- CSV --------------------------------------------------------------------------------------

QString decode(const QByteArray &data, bool *hadErrors)
{
    QStringDecoder utf8(QStringConverter::Utf8); // skips a BOM
    QString text = utf8.decode(data);
    *hadErrors = false;
    if (!utf8.hasError())
        return text;
    QStringDecoder sjis("Shift_JIS");
    if (sjis.isValid()) {
        QString asSjis = sjis.decode(data);
        if (!sjis.hasError())
            return asSjis;
    }
    *hadErrors = true;
    return text;
}

struct CsvRecord
{
    qsizetype line = 0; // where it starts, 1-based
    QStringList fields;
    QString error; // a quoting error: the record is unusable
};

// RFC 4180, tolerant of LF or CR line ends and spaces after a closing quote. A record with a
// quoting error is reported and reading goes on at the next physical line.
QList<CsvRecord> readCsv(QStringView text)
{
    QList<CsvRecord> records;
    const qsizetype n = text.size();
    qsizetype i = 0;
    qsizetype line = 1;
    const auto skipLine = [&] {
        while (i < n && !lineBreakAt(text, i))
            ++i;
        if (i < n) {
            i += lineBreakAt(text, i);
            ++line;
        }
    };
    while (i < n) {
        CsvRecord record;
        record.line = line;
        const qsizetype startIndex = i;
        QString field;
        enum class State { FieldStart, Unquoted, Quoted, AfterQuote } state = State::FieldStart;
        bool ended = false;
        while (i < n && !ended && record.error.isEmpty()) {
            const QChar c = text[i];
            const qsizetype br = lineBreakAt(text, i);
            switch (state) {
            case State::FieldStart:
                state = c == u'"' ? State::Quoted : State::Unquoted;
                if (c == u'"')
                    ++i;
                break;
            case State::Unquoted:
            case State::AfterQuote:
                if (c == u',') {
                    record.fields << std::exchange(field, QString());
                    state = State::FieldStart;
                    ++i;
                } else if (br) {
                    i += br;
                    ++line;
                    ended = true;
                } else if (state == State::AfterQuote && (c == u' ' || c == u'\t')) {
                    ++i;
                } else if (c == u'"' || state == State::AfterQuote) {
                    record.error = Tr::tr("a stray quote (put the whole field in quotes and double "
                                          "the quotes in it)");
                } else {
                    field += c;
                    ++i;
                }
                break;
            case State::Quoted:
                if (c == u'"' && i + 1 < n && text[i + 1] == u'"') {
                    field += u'"';
                    i += 2;
                } else if (c == u'"') {
                    state = State::AfterQuote;
                    ++i;
                } else {
                    field += text.mid(i, br ? br : 1);
                    line += br ? 1 : 0;
                    i += br ? br : 1;
                }
                break;
            }
        }
        if (record.error.isEmpty() && !ended && state == State::Quoted) {
            record.error = Tr::tr("a quote is not closed");
            i = startIndex;
            line = record.line;
        }
        if (!record.error.isEmpty()) {
            skipLine();
            records << record;
            continue;
        }
        record.fields << field;
        records << record;
    }
    return records;
}

class Errors
{
public:
    void add(qsizetype line, const QString &what)
    {
        ++m_count;
        if (m_list.size() < maxUserDictImportErrors)
            m_list << Tr::tr("line %1: %2").arg(line).arg(what);
    }
    QStringList take() const
    {
        QStringList out = m_list;
        if (m_count > m_list.size())
            out << Tr::tr("… and %1 more errors.").arg(m_count - m_list.size());
        return out;
    }

private:
    QStringList m_list;
    qsizetype m_count = 0;
};

bool isHeader(const QStringList &fields)
{
    return !fields.isEmpty()
        && (fields.constFirst().trimmed().compare(u"surface"_s, Qt::CaseInsensitive) == 0
            || fields.constFirst().trimmed() == u"表層形"_s);
}

} // namespace

QString wordTypeName(UserDictWordType type)
{
    for (const WordTypeName &name : wordTypeNames()) {
        if (name.type == type)
            return QString(name.api);
    }
    return u"PROPER_NOUN"_s;
}

std::optional<UserDictWordType> wordTypeFromName(QStringView name)
{
    const QStringView trimmed = name.trimmed();
    for (const WordTypeName &known : wordTypeNames()) {
        if (trimmed.compare(known.api, Qt::CaseInsensitive) == 0 || trimmed == known.japanese)
            return known.type;
    }
    return std::nullopt;
}

QString engineSurface(QStringView surface)
{
    QString out = surface.toString();
    for (QChar &c : out) {
        if (c.unicode() >= 0x21 && c.unicode() <= 0x7E)
            c = QChar(char16_t(c.unicode() - 0x21 + 0xFF01));
    }
    return out;
}

QString toKatakana(QStringView reading)
{
    QString text = reading.toString().normalized(QString::NormalizationForm_KC);
    QString out;
    out.reserve(text.size());
    for (QChar c : std::as_const(text)) {
        const char16_t u = c.unicode();
        if (c.isSpace() || u == u'・')
            continue;
        // ぁ..ゖ → ァ..ヶ (ゔ → ヴ included)
        out += (u >= 0x3041 && u <= 0x3096) ? QChar(char16_t(u + 0x60)) : c;
    }
    return out;
}

int moraCount(QStringView pronunciation)
{
    // The engine's rule (model.py check_mora_count_and_accent_type), same order of alternatives.
    static const QRegularExpression mora(
        u"(?:[イ][ェ]|[ヴ][ャュョ]|[トド][ゥ]|[テデ][ィャュョ]|[デ][ェ]|[クグ][ヮ]"
        "|[キシチニヒミリギジビピ][ェャュョ]"
        "|[ツフヴ][ァ]|[ウスツフヴズ][ィ]|[ウツフヴ][ェォ]"
        "|[ァ-ヴー])"_s);
    int count = 0;
    auto it = mora.globalMatch(pronunciation.toString());
    while (it.hasNext()) {
        it.next();
        ++count;
    }
    return count;
}

QString pronunciationProblem(QStringView pronunciation)
{
    if (pronunciation.isEmpty())
        return Tr::tr("the pronunciation is empty");
    if (codePoints(pronunciation) > maxUserDictPronunciationLength)
        return Tr::tr("the pronunciation is longer than %1 characters")
            .arg(maxUserDictPronunciationLength);
    for (QChar c : pronunciation) {
        if (!((c >= u'ァ' && c <= u'ヴ') || c == u'ー'))
            return Tr::tr("the pronunciation must be katakana (%1 is not)").arg(c);
    }
    // model.py check_is_katakana: no small kana after a small kana (ッッ included, ッャ too).
    for (qsizetype i = 0; i + 1 < pronunciation.size(); ++i) {
        const QChar c = pronunciation[i];
        const QChar next = pronunciation[i + 1];
        if (isSmallKana(c)
            && ((isSmallKana(next) && next != u'ッ') || (c == u'ッ' && next == u'ッ')))
            return Tr::tr("the pronunciation has two small kana in a row (%1%2)").arg(c).arg(next);
    }
    for (qsizetype i = 1; i < pronunciation.size(); ++i) {
        if (pronunciation[i] == u'ヮ' && pronunciation[i - 1] != u'ク'
            && pronunciation[i - 1] != u'グ')
            return Tr::tr("ヮ may only follow ク or グ");
    }
    return {};
}

QString wordProblem(const UserDictWord &word)
{
    const QString surface = word.surface.trimmed();
    if (surface.isEmpty())
        return Tr::tr("the word is empty");
    if (hasSpaceOrControl(surface))
        return Tr::tr("the word has a space or a control character (the engine matches single "
                      "words)");
    if (codePoints(surface) > maxUserDictSurfaceLength)
        return Tr::tr("the word is longer than %1 characters").arg(maxUserDictSurfaceLength);
    const QString problem = pronunciationProblem(word.pronunciation);
    if (!problem.isEmpty())
        return problem;
    const int morae = moraCount(word.pronunciation);
    if (word.accentType < 0 || word.accentType > morae)
        return Tr::tr("the accent type %1 is not between 0 and %2 (the morae of %3)")
            .arg(word.accentType)
            .arg(morae)
            .arg(word.pronunciation);
    if (word.priority < minUserDictPriority || word.priority > maxUserDictPriority)
        return Tr::tr("the priority %1 is not between %2 and %3")
            .arg(word.priority)
            .arg(minUserDictPriority)
            .arg(maxUserDictPriority);
    return {};
}

ReadingConversion fromReadings(const QList<ReadingEntry> &entries,
                               const QList<UserDictWord> &details, const UserDictWord &defaults)
{
    QHash<QString, UserDictWord> detailBySurface;
    for (const UserDictWord &detail : details)
        detailBySurface.insert(engineSurface(detail.surface.trimmed()), detail);

    ReadingConversion out;
    QHash<QString, QString> seen; // same-word key → the word that took it
    for (const ReadingEntry &entry : entries) {
        const QString surface = entry.word.trimmed();
        const auto skip = [&](const QString &reason) {
            out.skipped << SkippedReading{entry.word, entry.reading, reason};
        };
        if (entry.regex) {
            skip(Tr::tr("a pattern, not a word (engines only know words)"));
            continue;
        }
        if (entry.reading.trimmed().isEmpty()) {
            skip(Tr::tr("the reading is empty (ChatVox drops this word; an engine cannot)"));
            continue;
        }
        UserDictWord word = defaults;
        word.surface = surface;
        word.pronunciation = toKatakana(entry.reading);
        const auto detail = detailBySurface.constFind(engineSurface(surface));
        if (detail != detailBySurface.cend()) {
            word.wordType = detail->wordType;
            word.priority = detail->priority;
            if (detail->accentType >= 0 && detail->accentType <= moraCount(word.pronunciation))
                word.accentType = detail->accentType;
        }
        if (word.accentType > moraCount(word.pronunciation))
            word.accentType = 0;
        const QString problem = wordProblem(word);
        if (!problem.isEmpty()) {
            skip(problem);
            continue;
        }
        const QString key = sameWordKey(surface);
        const auto earlier = seen.constFind(key);
        if (earlier != seen.cend()) {
            skip(Tr::tr("the same word as %1 above (the first one is used)").arg(*earlier));
            continue;
        }
        seen.insert(key, surface);
        out.words << word;
    }
    return out;
}

UserDictDiff diff(const EngineDictionary &engine, const QList<UserDictWord> &wanted,
                  const QStringList &owned)
{
    const QSet<QString> ownedSet(owned.cbegin(), owned.cend());
    // By engine surface: ChatVox's words and the user's, in uuid order.
    QHash<QString, QStringList> ownedBySurface;
    QHash<QString, QStringList> userBySurface;
    for (auto it = engine.cbegin(); it != engine.cend(); ++it)
        (ownedSet.contains(it.key()) ? ownedBySurface : userBySurface)[it->surface] << it.key();

    UserDictDiff out;
    QSet<QString> handled; // engine surfaces of wanted words already decided
    for (const UserDictWord &word : wanted) {
        const QString surface = engineSurface(word.surface.trimmed());
        if (handled.contains(surface))
            continue;
        handled.insert(surface);
        QStringList ours = ownedBySurface.take(surface);

        const QStringList theirs = userBySurface.value(surface);
        if (!theirs.isEmpty()) {
            // The user's word wins; ours would only compete with it.
            out.remove << ours;
            const auto identical
                = std::find_if(theirs.cbegin(), theirs.cend(), [&](const QString &uuid) {
                      return sameContent(engine.value(uuid), word);
                  });
            if (identical != theirs.cend())
                ++out.unchanged;
            else
                out.conflicts << UserDictConflict{theirs.constFirst(),
                                                  engine.value(theirs.constFirst()), word};
            continue;
        }
        if (ours.isEmpty()) {
            out.add << word;
            continue;
        }
        // Keep an identical one if there is one; the other copies go.
        const auto identical = std::find_if(ours.cbegin(), ours.cend(), [&](const QString &uuid) {
            return sameContent(engine.value(uuid), word);
        });
        const bool same = identical != ours.cend();
        const QString kept = same ? *identical : ours.constFirst();
        ours.removeOne(kept);
        out.remove << ours;
        out.keep << kept;
        if (same)
            ++out.unchanged;
        else
            out.update << std::pair{kept, word};
    }
    // Owned words no longer wanted.
    for (auto it = ownedBySurface.cbegin(); it != ownedBySurface.cend(); ++it)
        out.remove << it.value();
    std::sort(out.remove.begin(), out.remove.end());
    return out;
}

Result<EngineDictionary> parseEngineDictionary(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return Error{Tr::tr("not JSON (%1)").arg(error.errorString())};
    if (!doc.isObject())
        return Error{Tr::tr("not a JSON object of words")};
    EngineDictionary out;
    const QJsonObject words = doc.object();
    for (auto it = words.constBegin(); it != words.constEnd(); ++it) {
        const QJsonObject word = it.value().toObject();
        const QJsonValue surface = word.value("surface"_L1);
        if (!surface.isString())
            continue;
        EngineDictWord parsed;
        parsed.surface = surface.toString();
        parsed.pronunciation = word.value("pronunciation"_L1).toString();
        parsed.accentType = word.value("accent_type"_L1).toInt();
        parsed.partOfSpeech = word.value("part_of_speech"_L1).toString();
        parsed.wordType = wordTypeFromPartOfSpeech(
            parsed.partOfSpeech, word.value("part_of_speech_detail_1"_L1).toString());
        parsed.priority = word.value("priority"_L1).toInt(defaultUserDictPriority);
        out.insert(it.key(), parsed);
    }
    return out;
}

Result<QString> parseAddedUuid(const QByteArray &body)
{
    QString uuid;
    const QByteArray trimmed = body.trimmed();
    if (trimmed.startsWith('"')) {
        const QJsonDocument doc = QJsonDocument::fromJson('[' + trimmed + ']');
        uuid = doc.array().at(0).toString();
    } else {
        uuid = QString::fromUtf8(trimmed);
    }
    static const QRegularExpression shape(u"^[0-9A-Za-z-]{1,64}$"_s);
    if (!shape.match(uuid).hasMatch())
        return Error{Tr::tr("not a word id: %1").arg(QString::fromUtf8(body.left(80)))};
    return uuid;
}

QString toCsv(const QList<UserDictWord> &words)
{
    QString out = u"surface,pronunciation,accent_type,word_type,priority\r\n"_s;
    for (const UserDictWord &word : words) {
        out += csvField(word.surface) + u',' + csvField(word.pronunciation) + u','
            + QString::number(word.accentType) + u',' + wordTypeName(word.wordType) + u','
            + QString::number(word.priority) + u"\r\n"_s;
    }
    return out;
}

UserDictImport fromCsv(const QByteArray &data)
{
    UserDictImport out;
    if (data.size() > maxUserDictImportBytes) {
        out.errors << Tr::tr("The file is larger than 16 MB; it was not read.");
        return out;
    }
    bool decodeErrors = false;
    const QString text = decode(data, &decodeErrors);
    Errors errors;
    QHash<QString, qsizetype> seen; // same-word key → line
    bool first = true;
    bool full = false;
    for (const CsvRecord &record : readCsv(text)) {
        if (!record.error.isEmpty()) {
            errors.add(record.line, record.error);
            continue;
        }
        QStringList fields = record.fields;
        while (!fields.isEmpty() && fields.constLast().trimmed().isEmpty())
            fields.removeLast();
        if (fields.isEmpty())
            continue; // an empty line
        if (std::exchange(first, false) && isHeader(fields))
            continue;
        if (decodeErrors && fields.join(QString()).contains(QChar::ReplacementCharacter)) {
            errors.add(record.line,
                       Tr::tr("characters that cannot be read (the file is not UTF-8 or "
                              "Shift_JIS text)"));
            continue;
        }
        if (fields.size() < 2) {
            errors.add(record.line,
                       Tr::tr("expected surface,pronunciation,accent_type,word_type,"
                              "priority"));
            continue;
        }
        if (fields.size() > 5) {
            errors.add(record.line,
                       Tr::tr("%1 columns, expected at most 5 (put quotes around a "
                              "word that has a comma)")
                           .arg(fields.size()));
            continue;
        }
        const auto column
            = [&fields](int i) { return i < fields.size() ? fields.at(i).trimmed() : QString(); };
        UserDictWord word;
        word.surface = column(0);
        word.pronunciation = toKatakana(column(1));
        bool ok = true;
        if (!column(2).isEmpty()) {
            word.accentType = column(2).toInt(&ok);
            if (!ok) {
                errors.add(record.line,
                           Tr::tr("the accent type %1 is not a number").arg(column(2)));
                continue;
            }
        }
        if (!column(3).isEmpty()) {
            const auto type = wordTypeFromName(column(3));
            if (!type) {
                errors.add(record.line,
                           Tr::tr("unknown word type %1 (PROPER_NOUN, COMMON_NOUN, VERB, ADJECTIVE "
                                  "or SUFFIX)")
                               .arg(column(3)));
                continue;
            }
            word.wordType = *type;
        }
        if (!column(4).isEmpty()) {
            word.priority = column(4).toInt(&ok);
            if (!ok) {
                errors.add(record.line, Tr::tr("the priority %1 is not a number").arg(column(4)));
                continue;
            }
        }
        const QString problem = wordProblem(word);
        if (!problem.isEmpty()) {
            errors.add(record.line, problem);
            continue;
        }
        const QString key = sameWordKey(word.surface);
        if (const auto earlier = seen.constFind(key); earlier != seen.cend()) {
            errors.add(record.line, Tr::tr("the same word as line %1").arg(*earlier));
            continue;
        }
        if (out.words.size() >= maxUserDictImportWords) {
            full = true;
            break;
        }
        seen.insert(key, record.line);
        out.words << word;
    }
    out.errors = errors.take();
    if (full)
        out.errors << Tr::tr("Only the first %1 words were read.").arg(maxUserDictImportWords);
    return out;
}

} // namespace chatvox::userdict
