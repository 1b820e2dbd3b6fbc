#pragma once

#include "core/chatmessage.h"
#include "core/utterance.h"
#include "filter/filtersettings.h"
#include "filter/ngwordmatcher.h"
#include "filter/ratelimiter.h"
#include "filter/readingdictionary.h"

#include <optional>

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

namespace chatvox {

// Why a message is not read. The ids (skipReasonId) are the stable --dry-run reasons.
enum class SkipReason {
    Command,
    IgnoredUser,
    NgWord,
    TooLong,
    Empty,
    RateLimit,
    NotChat,
};

// "command", "ignored_user", "ng_word", "too_long", "empty", "rate_limit", "not_chat".
QString skipReasonId(SkipReason reason);
std::optional<SkipReason> skipReasonFromId(QStringView id);
// One translated sentence for the user (log panel, live preview).
QString skipReasonDescription(SkipReason reason);

// What to do with one chat message.
struct FilterDecision
{
    bool speak = false;
    QString text; // exactly what goes to the engine (when speak)
    SkipReason reason = SkipReason::Empty; // why not (when !speak)
    std::optional<UserVoice> voice; // the viewer's own voice, if configured (when speak)

    static FilterDecision spoken(QString text, std::optional<UserVoice> voice = std::nullopt);
    static FilterDecision skipped(SkipReason reason);

    bool isSkip() const { return !speak; }
    // skipReasonId(reason) when skipped, empty when spoken.
    QString reasonId() const;
    // The utterance for a spoken decision: the viewer's voice, else the defaults.
    Utterance toUtterance(const ChatMessage &message, qint64 defaultStyleId,
                          const VoiceParams &defaultVoice = {}) const;

    friend bool operator==(const FilterDecision &, const FilterDecision &) = default;
};

// One rule that changed the text, and the text after it (the Filters panel's preview explains
// each of them). Ids: see filterStepIds().
struct FilterStep
{
    QString id;
    QString text;
    friend bool operator==(const FilterStep &, const FilterStep &) = default;
};

// Every step id in pipeline order: "emotes", "clean", "urls", "kaomoji", "repeats",
// "dictionary", "laughter", "applause", "emoji", "english", "length", "name".
const QStringList &filterStepIds();
// The step's name for the user, translated ("Laughter (w) → わら").
QString filterStepName(QStringView id);

// The read-aloud rules, compiled once from FilterSettings (lookup sets, NG word matchers,
// dictionary index; the URL pattern is compiled once per process). Build one per settings
// change and reuse it for every message; evaluate() is linear in the message length.
//
// Rule order (each rule sees the previous rule's output):
//   1. ignored user or known bot (login)                     → skip ignored_user
//   2. command prefix (original text)                        → skip command
//   3. USERNOTICE without the viewer's own words             → skip not_chat
//   4. strip emotes (code point ranges of the original text)
//   5. clean: drop invisible/control characters and "Zalgo" mark stacks, whitespace runs →
//      one space, trim, NFC
//   6. NG words (case/width-insensitive, also inside URLs)    → skip ng_word
//   7. URLs → urlReplacement (before laughter: www.example.com is not laughter)
//   8. kaomoji and symbol runs → kaomojiReplacement (before squashing, which would break
//      them apart)
//   9. squash runs of the same character (before the dictionary, so "ｗｗｗｗｗ" is one
//      "ｗｗｗ" for it, and readings such as "わらわらわら" are never squashed)
//  10. reading dictionary: the streamer's and the default one in one pass (the streamer's
//      entries win); readings are final: the rules below never touch them
//  11. laughter (w runs) → わら, 12. applause (888) → パチパチ, 13. emoji → names,
//  14. English words → katakana (each on the text between dictionary readings)
//  15. collapse whitespace, trim; nothing left               → skip empty
//  16. length limit in code points: Cut (+ cutSuffix) or     → skip too_long
//  17. name prefix ("{name}さん、{text}"), not counted in the limit; the name is read as
//      readableSpeakerName() when readableNames is on
//  18. (process() only) per-user rate limit; only messages that would be spoken count
//                                                            → skip rate_limit
// /me actions are read like normal text; a resub or announcement with the viewer's words is
// read like a chat line.
class FilterPipeline
{
public:
    explicit FilterPipeline(const FilterSettings &settings = {});

    const FilterSettings &settings() const { return m_settings; }
    // Recompiles. The rate limiter's history is kept unless its parameters changed.
    void setSettings(const FilterSettings &settings);

    // Every rule except the rate limit; no state is touched (the live preview uses this).
    // When steps is given, each rule that changed the text is appended to it.
    FilterDecision evaluate(const ChatMessage &message, QList<FilterStep> *steps = nullptr) const;
    // evaluate(), then the per-user rate limit at time nowMs (any monotonic milliseconds,
    // e.g. monotonicNs() / 1'000'000, or tmi-sent-ts for deterministic replays).
    FilterDecision process(const ChatMessage &message, qint64 nowMs);
    void resetRateLimit() { m_rateLimiter.clear(); }

private:
    void compile();
    bool isIgnored(const QString &login) const;

    FilterSettings m_settings;
    QSet<QString> m_ignoredLogins; // lower case
    QStringList m_commandPrefixes; // empty when commands are read
    NgWordMatcher m_ngWords;
    ReadingDictionary m_dictionary;
    QHash<QString, QString> m_nicknames; // lower-case login → nickname
    QHash<QString, UserVoice> m_userVoices; // lower-case login → voice
    // readableSpeakerName() per "login\x1fdisplay name": a viewer's name is worked out once,
    // not for every line (it was most of the reading rules' cost). Cleared with the settings
    // and when it holds 4096 names. A cache, so evaluate() stays const; like the rate limiter,
    // a pipeline belongs to one thread.
    mutable QHash<QString, QString> m_readableNames;
    RateLimiter m_rateLimiter;
};

// The whole pipeline without the rate limit, for one-off use (compiles the settings each call;
// use FilterPipeline for a stream of messages).
FilterDecision applyFilters(const ChatMessage &message, const FilterSettings &settings);

} // namespace chatvox
