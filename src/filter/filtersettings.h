#pragma once

#include "core/utterance.h"

#include <optional>

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace chatvox {

// One reading-dictionary entry: every occurrence of `word` is read as `reading`.
struct DictionaryEntry
{
    QString word;
    QString reading;
    friend bool operator==(const DictionaryEntry &, const DictionaryEntry &) = default;
};

// A viewer's own voice, overriding the default speaker.
struct UserVoice
{
    qint64 styleId = 0;
    VoiceParams params;
    friend bool operator==(const UserVoice &, const UserVoice &) = default;
};

// What runs of w / ｗ (laughter) are read as.
enum class LaughterMode {
    Off, // read as typed (the engine spells "www" letter by letter)
    Wara, // わら (a long run: わらわら)
    Fufu, // ふふ (a long run: ふふふふ)
    Drop, // not read
};

// What emoji are read as.
enum class EmojiMode {
    Names, // the Japanese CLDR short name (😂 → 嬉し泣き); a run of the same emoji once
    Drop, // not read
};

enum class LengthLimitMode {
    Cut, // keep the first lengthLimit characters and append cutSuffix
    Skip, // do not read the message at all (skip reason too_long)
};

// Every read-aloud rule's settings. The member initializers are the defaults a new user gets
// (DESIGN.md "Defaults a new user gets"). Logins are compared case-insensitively everywhere.
// Rule order and exact semantics: see filterpipeline.h.
struct FilterSettings
{
    // Users ------------------------------------------------------------------------------
    QStringList ignoredUsers; // logins; a leading '@' is tolerated
    bool ignoreKnownBots = true; // skip the logins in knownBots
    QStringList knownBots = defaultKnownBots();

    // Commands ---------------------------------------------------------------------------
    bool skipCommands = true;
    // A message is a command when (after leading spaces) it starts with one of these prefixes
    // immediately followed by a letter or digit ("!dice", "!おみくじ"; not "!!!" or "! hi").
    QStringList commandPrefixes{QStringLiteral("!")};

    // Emotes -----------------------------------------------------------------------------
    bool stripEmotes = true; // remove the Twitch emotes named in the message's emote ranges

    // NG words ---------------------------------------------------------------------------
    // A message containing one of these anywhere is not read. Matched case- and
    // width-insensitively (NFKC + case folding on both sides), as plain substrings.
    QStringList ngWords;

    // URLs -------------------------------------------------------------------------------
    bool replaceUrls = true;
    QString urlReplacement = QStringLiteral("URL"); // may be empty: the URL is then dropped

    // Repeated characters ----------------------------------------------------------------
    // Runs of the same character longer than this are shortened to it (ｗｗｗｗｗ → ｗｗｗ,
    // 88888 → 888). 0 = off. A run of one digit inside a longer number is kept (1000000).
    int maxRepeat = 3;

    // Reading dictionary -----------------------------------------------------------------
    // Scanned left to right; at each position the longest matching word wins (ties: the
    // earlier entry). ASCII letters match case-insensitively. Replacements are not rescanned.
    QList<DictionaryEntry> dictionary;

    // Default reading dictionary ---------------------------------------------------------
    // ChatVox's shipped chat and gaming readings (GG, nice, 初見, brb, …), applied in the same
    // pass as `dictionary` (the streamer's own entries win). The user may edit, disable and
    // reset it (defaultDictionaryEntries()).
    bool useDefaultDictionary = true;
    QList<DictionaryEntry> defaultDictionary = defaultDictionaryEntries();

    // Chat reading -----------------------------------------------------------------------
    // Kaomoji ((´・ω・`), ( ﾟДﾟ), orz) and runs of box/line symbols → kaomojiReplacement
    // (empty: dropped), never read as Greek letters or symbol names.
    bool dropKaomoji = true;
    QString kaomojiReplacement;
    // Runs of w/ｗ at the end of a message, alone, or after Japanese text (never inside an
    // English word such as "wow").
    LaughterMode laughter = LaughterMode::Wara;
    // A run of three or more 8 standing alone → パチパチ (not "8時", not "1888年").
    bool applause = true;
    EmojiMode emoji = EmojiMode::Names;
    // English words → katakana (the CMU Pronouncing Dictionary); all-capital acronyms (GGWP,
    // OBS) and unknown words stay letters. Engines that convert English themselves
    // (VOICEVOX >= 0.24) are asked to do so for the rest.
    bool englishToKana = true;

    // Length limit -----------------------------------------------------------------------
    // In characters (Unicode code points), counted after every other rule, name prefix
    // excluded. 0 = no limit.
    int lengthLimit = 40;
    LengthLimitMode lengthMode = LengthLimitMode::Cut;
    QString cutSuffix = QStringLiteral("以下略");

    // Name prefix ------------------------------------------------------------------------
    bool namePrefix = false;
    // {name} = nickname if set, else display name, else login; {text} = the filtered text.
    // A template without {text} counts as the default (it would drop the viewer's words).
    QString namePrefixTemplate = QStringLiteral("{name}さん、{text}");
    QHash<QString, QString> nicknames; // login → nickname
    // Read the display name when it is Japanese, else the login without trailing digits and
    // underscores, romaji as hiragana and English as katakana (sakura_0412 → さくら).
    // Nicknames still win.
    bool readableNames = true;

    // Per-user voice ---------------------------------------------------------------------
    QHash<QString, UserVoice> userVoices; // login → voice

    // Per-user rate limit ----------------------------------------------------------------
    // At most rateLimitMessages spoken messages per viewer in any rateLimitSeconds window.
    bool rateLimit = false;
    int rateLimitMessages = 3;
    int rateLimitSeconds = 30;

    // The shipped default reading dictionary (defaultdictionary.cpp).
    static QList<DictionaryEntry> defaultDictionaryEntries();

    static QStringList defaultKnownBots()
    {
        return {QStringLiteral("nightbot"),   QStringLiteral("streamelements"),
                QStringLiteral("streamlabs"), QStringLiteral("moobot"),
                QStringLiteral("fossabot"),   QStringLiteral("wizebot")};
    }

    friend bool operator==(const FilterSettings &, const FilterSettings &) = default;
};

} // namespace chatvox
