#pragma once

#include "core/result.h"

#include <optional>

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QStringView>

// The words ChatVox keeps in an engine's own user dictionary (VOICEVOX ENGINE's /user_dict,
// /user_dict_word), so that readings get an accent and a part of speech inside the engine.
// Pure model, no I/O: UserDictionarySync applies a diff through VoicevoxClient.
//
// Ownership: ChatVox only changes or deletes words whose uuid is in the caller's "owned" list
// (the uuids ChatVox created on that engine; the caller persists it per engine URL and passes it
// to the next sync). Words the streamer added in the VOICEVOX editor are never changed or deleted:
// when one has the same surface as a ChatVox word, the user's word wins; if its reading differs
// it is reported as a conflict and ChatVox does not add its own.
//
// Engine rules mirrored here (voicevox_engine model.py, UserDictWord, 0.17.1 and later): the engine
// stores the surface with ASCII 0x21..0x7E made full-width ("ChatVox" → "ＣｈａｔＶｏｘ") and
// matches it exactly; the pronunciation must be katakana [ァ-ヴー]+ without two small kana in a
// row; the accent type must be 0..mora count; the priority 0..10.
namespace chatvox {

// The engine's WordTypes.
enum class UserDictWordType { ProperNoun, CommonNoun, Verb, Adjective, Suffix };

inline constexpr int minUserDictPriority = 0;
inline constexpr int maxUserDictPriority = 10;
inline constexpr int defaultUserDictPriority = 5; // the engine's default

// One word ChatVox wants in an engine.
struct UserDictWord
{
    QString surface; // as written ("ChatVox"); the engine stores engineSurface(surface)
    QString pronunciation; // katakana (userdict::pronunciationProblem() is empty)
    int accentType = 0; // the mora after which the pitch falls; 0 = flat (平板)
    UserDictWordType wordType = UserDictWordType::ProperNoun;
    int priority = defaultUserDictPriority; // higher wins over the engine's own dictionary
    friend bool operator==(const UserDictWord &, const UserDictWord &) = default;
};

// A word as an engine lists it (GET /user_dict).
struct EngineDictWord
{
    QString surface; // normalized by the engine (full-width ASCII)
    QString pronunciation;
    int accentType = 0;
    std::optional<UserDictWordType> wordType; // empty: a part of speech ChatVox does not write
    QString partOfSpeech; // e.g. "名詞", for display
    int priority = defaultUserDictPriority;
    friend bool operator==(const EngineDictWord &, const EngineDictWord &) = default;
};

using EngineDictionary = QMap<QString, EngineDictWord>; // uuid → word

// An entry of ChatVox's reading dictionary (filter's DictionaryEntry; speech does not depend on
// filter, so the app copies word and reading over).
struct ReadingEntry
{
    QString word;
    QString reading;
    bool regex = false; // a pattern, not a word: never sent (ChatVox has none yet)
};

// An entry that cannot go into an engine, and why (translated).
struct SkippedReading
{
    QString word;
    QString reading;
    QString reason;
};

struct ReadingConversion
{
    QList<UserDictWord> words; // in dictionary order
    QList<SkippedReading> skipped;
};

// A ChatVox word the engine already has under the same surface, but not from ChatVox and with
// another pronunciation, accent type, word type or priority: left as it is.
struct UserDictConflict
{
    QString uuid; // the engine's word
    EngineDictWord engineWord;
    UserDictWord wanted;
};

// What to do so that the engine holds exactly the wanted words ChatVox owns.
struct UserDictDiff
{
    QList<UserDictWord> add;
    QList<std::pair<QString, UserDictWord>> update; // uuid → new content (owned words only)
    QStringList remove; // owned uuids no longer wanted (or a duplicate, or shadowed by the user's)
    QList<UserDictConflict> conflicts;
    // Owned uuids that stay in the engine: unchanged ones and those in `update`. After applying
    // the diff ChatVox owns keep + remove-failures + the uuids the engine gives the added words.
    QStringList keep;
    int unchanged = 0; // wanted words the engine already has (ChatVox's, or the user's identical)

    bool isEmpty() const { return add.isEmpty() && update.isEmpty() && remove.isEmpty(); }
};

// Bounds of one CSV import (as dictionarycsv.h).
inline constexpr qsizetype maxUserDictImportBytes = 16 * 1024 * 1024;
inline constexpr qsizetype maxUserDictImportWords = 100'000;
inline constexpr qsizetype maxUserDictImportErrors = 100;
inline constexpr qsizetype maxUserDictSurfaceLength = 200;
inline constexpr qsizetype maxUserDictPronunciationLength = 200;

struct UserDictImport
{
    QList<UserDictWord> words; // in file order
    QStringList errors; // translated, "line 3: …"; lines with errors are left out
};

namespace userdict {

// "PROPER_NOUN", "COMMON_NOUN", "VERB", "ADJECTIVE", "SUFFIX" (the API's names).
QString wordTypeName(UserDictWordType type);
// The API name (any case) or the Japanese one (固有名詞, 普通名詞, 動詞, 形容詞, 語尾).
std::optional<UserDictWordType> wordTypeFromName(QStringView name);

// The surface as the engine stores it: ASCII 0x21..0x7E made full-width.
QString engineSurface(QStringView surface);
// A reading as the engine wants it: NFKC (half-width katakana become full-width), spaces and
// middle dots removed, hiragana made katakana. Not checked: see pronunciationProblem().
QString toKatakana(QStringView reading);
// Morae as the engine counts them (キャ is one, ッ and ー are one each).
int moraCount(QStringView pronunciation);
// Empty when the engine accepts the pronunciation, else why not (translated).
QString pronunciationProblem(QStringView pronunciation);
// Empty when the engine accepts the word (surface, pronunciation, accent type, priority).
QString wordProblem(const UserDictWord &word);

// The reading dictionary's entries that an engine can pronounce, hiragana made katakana. Left
// out (in `skipped`): regex entries, empty words or readings, words with spaces or control
// characters, readings that are not katakana once converted (kanji, Latin letters, symbols,
// sound tags), and a word that is the same for the engine as an earlier one (ASCII case
// ignored, like ReadingDictionary: the earlier wins). Accent type, word type and priority come
// from the word in `details` with the same engine surface when it has a valid accent type for the
// new pronunciation, else from `defaults`.
ReadingConversion fromReadings(const QList<ReadingEntry> &entries,
                               const QList<UserDictWord> &details = {},
                               const UserDictWord &defaults = {});

// The diff from the engine's dictionary to `wanted`, touching only `owned` uuids (see the top of
// this file). Owned uuids the engine no longer has are forgotten (re-added when still wanted).
// Of several wanted words with the same engine surface the first counts.
UserDictDiff diff(const EngineDictionary &engine, const QList<UserDictWord> &wanted,
                  const QStringList &owned);

// GET /user_dict: {uuid: UserDictWord}. Entries without a surface are left out.
Result<EngineDictionary> parseEngineDictionary(const QByteArray &body);
// POST /user_dict_word: the new uuid, as bare text (0.17) or a JSON string.
Result<QString> parseAddedUuid(const QByteArray &body);

// CSV: the header "surface,pronunciation,accent_type,word_type,priority", then one line per word,
// CRLF line ends, RFC 4180 quoting. Written as UTF-8 by the caller.
QString toCsv(const QList<UserDictWord> &words);
// Reads toCsv()'s format (header optional; UTF-8 with or without BOM, else Shift_JIS, as Excel
// saves it on Japanese Windows). accent_type, word_type and priority may be empty or missing
// (0, PROPER_NOUN, 5); hiragana pronunciations are made katakana. Never throws.
UserDictImport fromCsv(const QByteArray &data);

} // namespace userdict

} // namespace chatvox
