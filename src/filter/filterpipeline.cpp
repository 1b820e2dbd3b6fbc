#include "filterpipeline.h"

#include "filter/chatreading.h"
#include "filter/emojireading.h"
#include "filter/englishreading.h"
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
    // One pass for both dictionaries: the streamer's entries come first, so they win.
    QList<DictionaryEntry> entries = m_settings.dictionary;
    if (m_settings.useDefaultDictionary)
        entries += m_settings.defaultDictionary;
    m_dictionary = ReadingDictionary(entries);

    m_nicknames.clear();
    for (auto it = m_settings.nicknames.cbegin(); it != m_settings.nicknames.cend(); ++it)
        m_nicknames.insert(normalizedLogin(it.key()), it.value());
    m_userVoices.clear();
    for (auto it = m_settings.userVoices.cbegin(); it != m_settings.userVoices.cend(); ++it)
        m_userVoices.insert(normalizedLogin(it.key()), it.value());
    m_readableNames.clear();
}

bool FilterPipeline::isIgnored(const QString &login) const
{
    return !m_ignoredLogins.isEmpty() && m_ignoredLogins.contains(login);
}

namespace {

using Spans = QList<QPair<qsizetype, qsizetype>>;

// Applies rule to the text between the dictionary's readings (which are final) and moves the
// readings' spans with the text around them.
template<typename Rule>
QString applyBetween(const QString &text, Spans &readings, Rule rule)
{
    if (readings.isEmpty())
        return rule(text);
    QString out;
    out.reserve(text.size());
    Spans moved;
    moved.reserve(readings.size());
    qsizetype from = 0;
    for (const auto &[start, end] : std::as_const(readings)) {
        out.append(rule(text.mid(from, start - from)));
        moved.append({out.size(), out.size() + (end - start)});
        out.append(QStringView(text).mid(start, end - start));
        from = end;
    }
    out.append(rule(text.mid(from)));
    readings = std::move(moved);
    return out;
}

} // namespace

const QStringList &filterStepIds()
{
    static const QStringList ids{u"emotes"_s,   u"clean"_s,    u"urls"_s,     u"kaomoji"_s,
                                 u"repeats"_s,  u"dictionary"_s, u"laughter"_s, u"applause"_s,
                                 u"emoji"_s,    u"english"_s,  u"length"_s,   u"name"_s};
    return ids;
}

QString filterStepName(QStringView id)
{
    // lupdate files the texts of this lambda under the namespace's context, "chatvox".
    const auto tr = [](const char *text) { return QCoreApplication::translate("chatvox", text); };
    if (id == u"emotes")
        return tr("Twitch emotes removed");
    if (id == u"clean")
        return tr("Invisible characters and extra spaces removed");
    if (id == u"urls")
        return tr("URLs replaced");
    if (id == u"kaomoji")
        return tr("Kaomoji and symbol lines removed");
    if (id == u"repeats")
        return tr("Repeated characters shortened");
    if (id == u"dictionary")
        return tr("Reading dictionary");
    if (id == u"laughter")
        return tr("Laughter (w) read");
    if (id == u"applause")
        return tr("Applause (888) read as パチパチ");
    if (id == u"emoji")
        return tr("Emoji read by name");
    if (id == u"english")
        return tr("English words read in katakana");
    if (id == u"length")
        return tr("Cut to the length limit");
    if (id == u"name")
        return tr("Viewer's name added");
    return id.toString();
}

FilterDecision FilterPipeline::evaluate(const ChatMessage &message, QList<FilterStep> *steps) const
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

    QString text = message.text;
    // Records a step that changed the text (only when someone asks: the preview).
    const auto step = [&](QStringView id, QString next) {
        if (steps && next != text)
            steps->append({id.toString(), next});
        text = std::move(next);
    };
    if (m_settings.stripEmotes)
        step(u"emotes", stripEmotes(text, message.emotes));
    step(u"clean", cleanText(text));
    if (!m_ngWords.isEmpty() && m_ngWords.matches(text))
        return FilterDecision::skipped(SkipReason::NgWord);
    if (m_settings.replaceUrls)
        step(u"urls", replaceUrls(text, m_settings.urlReplacement));
    if (m_settings.dropKaomoji)
        step(u"kaomoji", replaceKaomoji(text, m_settings.kaomojiReplacement));
    step(u"repeats", squashRepeats(text, m_settings.maxRepeat));
    Spans readings;
    if (!m_dictionary.isEmpty())
        step(u"dictionary", m_dictionary.apply(text, &readings));
    if (m_settings.laughter != LaughterMode::Off) {
        const LaughterMode mode = m_settings.laughter;
        step(u"laughter", applyBetween(text, readings, [mode](const QString &part) {
                 return readLaughter(part, mode);
             }));
    }
    if (m_settings.applause)
        step(u"applause", applyBetween(text, readings, readApplause));
    {
        const EmojiMode mode = m_settings.emoji;
        step(u"emoji", applyBetween(text, readings, [mode](const QString &part) {
                 return readEmoji(part, mode);
             }));
    }
    if (m_settings.englishToKana)
        step(u"english", applyBetween(text, readings, englishToKana));
    text = collapseWhitespace(text);
    if (text.isEmpty())
        return FilterDecision::skipped(SkipReason::Empty);

    if (m_settings.lengthLimit > 0 && codePointCount(text) > m_settings.lengthLimit) {
        if (m_settings.lengthMode == LengthLimitMode::Skip)
            return FilterDecision::skipped(SkipReason::TooLong);
        step(u"length", limitLength(text, m_settings.lengthLimit, m_settings.cutSuffix));
    }

    if (m_settings.namePrefix) {
        // A template without {text} would drop the viewer's words (an empty one: speak
        // nothing), so it counts as unset, as in Settings.
        static const QString defaultTemplate = FilterSettings().namePrefixTemplate;
        const QString &nameTemplate = m_settings.namePrefixTemplate.contains(u"{text}")
            ? m_settings.namePrefixTemplate
            : defaultTemplate;
        QString name;
        if (m_settings.readableNames) {
            const QString key = message.login + u'\x1f' + message.displayName;
            const auto cached = m_readableNames.constFind(key);
            if (cached != m_readableNames.cend()) {
                name = *cached;
            } else {
                if (m_readableNames.size() >= 4096)
                    m_readableNames.clear();
                name = readableSpeakerName(message, m_nicknames);
                m_readableNames.insert(key, name);
            }
        } else {
            name = speakerName(message, m_nicknames);
        }
        step(u"name", expandNameTemplate(nameTemplate, name, text));
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
