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

    // Per-user voice ---------------------------------------------------------------------
    QHash<QString, UserVoice> userVoices; // login → voice

    // Per-user rate limit ----------------------------------------------------------------
    // At most rateLimitMessages spoken messages per viewer in any rateLimitSeconds window.
    bool rateLimit = false;
    int rateLimitMessages = 3;
    int rateLimitSeconds = 30;

    static QStringList defaultKnownBots()
    {
        return {QStringLiteral("nightbot"),   QStringLiteral("streamelements"),
                QStringLiteral("streamlabs"), QStringLiteral("moobot"),
                QStringLiteral("fossabot"),   QStringLiteral("wizebot")};
    }

    friend bool operator==(const FilterSettings &, const FilterSettings &) = default;
};

} // namespace chatvox
