#include "filterpipeline.h"

#include "filter/filterrules.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace chatvox {

namespace {

QString normalizedLogin(const QString &login)
{
    QString out = login.trimmed();
    if (out.startsWith(u'@'))
        out.remove(0, 1);
    return out.toLower();
}

// Whether text has anything but whitespace and invisible characters.
bool hasVisibleText(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text[i].unicode();
        if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text[i], text[i + 1]);
            ++i;
        }
        if (!QChar::isSpace(c) && !isInvisible(c))
            return true;
    }
    return false;
}

RateLimiter makeRateLimiter(const FilterSettings &settings)
{
    if (!settings.rateLimit)
        return RateLimiter();
    return RateLimiter(settings.rateLimitMessages, qint64(settings.rateLimitSeconds) * 1000);
}

} // namespace

QString skipReasonId(SkipReason reason)
{
    switch (reason) {
    case SkipReason::Command:
        return u"command"_s;
    case SkipReason::IgnoredUser:
        return u"ignored_user"_s;
    case SkipReason::NgWord:
        return u"ng_word"_s;
    case SkipReason::TooLong:
        return u"too_long"_s;
    case SkipReason::Empty:
        return u"empty"_s;
    case SkipReason::RateLimit:
        return u"rate_limit"_s;
    case SkipReason::NotChat:
        return u"not_chat"_s;
    }
    return {};
}

std::optional<SkipReason> skipReasonFromId(QStringView id)
{
    for (SkipReason reason :
         {SkipReason::Command, SkipReason::IgnoredUser, SkipReason::NgWord, SkipReason::TooLong,
          SkipReason::Empty, SkipReason::RateLimit, SkipReason::NotChat}) {
        if (id == skipReasonId(reason))
            return reason;
    }
    return std::nullopt;
}

QString skipReasonDescription(SkipReason reason)
{
    switch (reason) {
    case SkipReason::Command:
        return QCoreApplication::translate("chatvox::FilterPipeline",
                                           "A chat command (starts with a command prefix).");
    case SkipReason::IgnoredUser:
        return QCoreApplication::translate("chatvox::FilterPipeline",
                                           "Sent by an ignored user or a known bot.");
    case SkipReason::NgWord:
        return QCoreApplication::translate("chatvox::FilterPipeline", "Contains an NG word.");
    case SkipReason::TooLong:
        return QCoreApplication::translate("chatvox::FilterPipeline",
                                           "Longer than the length limit.");
    case SkipReason::Empty:
        return QCoreApplication::translate("chatvox::FilterPipeline",
                                           "Nothing left to read (empty or only emotes).");
    case SkipReason::RateLimit:
        return QCoreApplication::translate(
            "chatvox::FilterPipeline",
            "This viewer sent more messages than the per-user rate limit allows.");
    case SkipReason::NotChat:
        return QCoreApplication::translate(
            "chatvox::FilterPipeline",
            "Not a chat message (a notice without the viewer's own words).");
    }
    return {};
}

FilterDecision FilterDecision::spoken(QString text, std::optional<UserVoice> voice)
{
    FilterDecision decision;
    decision.speak = true;
    decision.text = std::move(text);
    decision.voice = std::move(voice);
    return decision;
}

FilterDecision FilterDecision::skipped(SkipReason reason)
{
    FilterDecision decision;
    decision.speak = false;
    decision.reason = reason;
    return decision;
}

QString FilterDecision::reasonId() const
{
    return speak ? QString() : skipReasonId(reason);
}

Utterance FilterDecision::toUtterance(const ChatMessage &message, qint64 defaultStyleId,
                                      const VoiceParams &defaultVoice) const
{
    Utterance utterance;
    utterance.messageId = message.id;
    utterance.userLogin = message.login;
    utterance.text = text;
    utterance.styleId = voice ? voice->styleId : defaultStyleId;
    utterance.voice = voice ? voice->params : defaultVoice;
    utterance.receivedNs = message.receivedNs;
    return utterance;
}

FilterPipeline::FilterPipeline(const FilterSettings &settings)
    : m_settings(settings)
    , m_rateLimiter(makeRateLimiter(settings))
{
    compile();
}

void FilterPipeline::setSettings(const FilterSettings &settings)
{
    const bool rateChanged = settings.rateLimit != m_settings.rateLimit
        || settings.rateLimitMessages != m_settings.rateLimitMessages
        || settings.rateLimitSeconds != m_settings.rateLimitSeconds;
    m_settings = settings;
    if (rateChanged)
        m_rateLimiter = makeRateLimiter(settings);
    compile();
}

void FilterPipeline::compile()
{
    m_ignoredLogins.clear();
    for (const QString &login : std::as_const(m_settings.ignoredUsers))
        m_ignoredLogins.insert(normalizedLogin(login));
    if (m_settings.ignoreKnownBots) {
        for (const QString &login : std::as_const(m_settings.knownBots))
            m_ignoredLogins.insert(normalizedLogin(login));
    }
    m_ignoredLogins.remove(QString());

    m_commandPrefixes.clear();
    if (m_settings.skipCommands) {
        for (const QString &prefix : std::as_const(m_settings.commandPrefixes)) {
            const QString trimmed = prefix.trimmed();
            if (!trimmed.isEmpty())
                m_commandPrefixes.append(trimmed);
        }
    }

    m_ngWords = NgWordMatcher(m_settings.ngWords);
    m_dictionary = ReadingDictionary(m_settings.dictionary);

    m_nicknames.clear();
    for (auto it = m_settings.nicknames.cbegin(); it != m_settings.nicknames.cend(); ++it)
        m_nicknames.insert(normalizedLogin(it.key()), it.value());
    m_userVoices.clear();
    for (auto it = m_settings.userVoices.cbegin(); it != m_settings.userVoices.cend(); ++it)
        m_userVoices.insert(normalizedLogin(it.key()), it.value());
}

bool FilterPipeline::isIgnored(const QString &login) const
{
    return !m_ignoredLogins.isEmpty() && m_ignoredLogins.contains(login);
}

FilterDecision FilterPipeline::evaluate(const ChatMessage &message) const
{
    const QString login = message.login.toLower();
    if (isIgnored(login))
        return FilterDecision::skipped(SkipReason::IgnoredUser);
    if (!m_commandPrefixes.isEmpty() && isCommand(message.text, m_commandPrefixes))
        return FilterDecision::skipped(SkipReason::Command);
    // A sub, raid or gift notice without the viewer's own words: Twitch's system text is not
    // chat. (Emote-only words still are the viewer's: they end as "empty" below.)
    if (!message.noticeKind.isEmpty() && !hasVisibleText(message.text))
        return FilterDecision::skipped(SkipReason::NotChat);

    QString text
        = m_settings.stripEmotes ? stripEmotes(message.text, message.emotes) : message.text;
    text = cleanText(text);
    if (!m_ngWords.isEmpty() && m_ngWords.matches(text))
        return FilterDecision::skipped(SkipReason::NgWord);
    if (m_settings.replaceUrls)
        text = replaceUrls(text, m_settings.urlReplacement);
    text = squashRepeats(text, m_settings.maxRepeat);
    if (!m_dictionary.isEmpty())
        text = m_dictionary.apply(text);
    text = collapseWhitespace(text);
    if (text.isEmpty())
        return FilterDecision::skipped(SkipReason::Empty);

    if (m_settings.lengthLimit > 0 && codePointCount(text) > m_settings.lengthLimit) {
        if (m_settings.lengthMode == LengthLimitMode::Skip)
            return FilterDecision::skipped(SkipReason::TooLong);
        text = limitLength(text, m_settings.lengthLimit, m_settings.cutSuffix);
    }

    if (m_settings.namePrefix) {
        // A template without {text} would drop the viewer's words (an empty one: speak
        // nothing), so it counts as unset, as in Settings.
        static const QString defaultTemplate = FilterSettings().namePrefixTemplate;
        const QString &nameTemplate = m_settings.namePrefixTemplate.contains(u"{text}")
            ? m_settings.namePrefixTemplate
            : defaultTemplate;
        text = expandNameTemplate(nameTemplate, speakerName(message, m_nicknames), text);
    }

    std::optional<UserVoice> voice;
    if (const auto it = m_userVoices.constFind(login); it != m_userVoices.cend())
        voice = *it;
    return FilterDecision::spoken(std::move(text), std::move(voice));
}

FilterDecision FilterPipeline::process(const ChatMessage &message, qint64 nowMs)
{
    FilterDecision decision = evaluate(message);
    if (decision.speak && m_rateLimiter.isEnabled()
        && !m_rateLimiter.tryAcquire(message.login.toLower(), nowMs))
        return FilterDecision::skipped(SkipReason::RateLimit);
    return decision;
}

FilterDecision applyFilters(const ChatMessage &message, const FilterSettings &settings)
{
    return FilterPipeline(settings).evaluate(message);
}

} // namespace chatvox
