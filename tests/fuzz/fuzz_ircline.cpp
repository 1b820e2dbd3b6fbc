// Fuzz target: the IRC line parser and Twitch event decoding, fed the way the live client feeds
// them. The input is one WebSocket frame: split at LF (a CR before it dropped), every line
// parsed in place and decoded through ChatEventSource, exactly as TwitchChatClient::onFrame
// does. The whole input is also parsed as one line through both public overloads, and the tag
// helpers get it raw.

#include "chat/chateventsource.h"
#include "chat/ircmessage.h"
#include "chat/twitchevents.h"
#include "fuzzsupport.h"

#include <QJsonDocument>

using namespace chatvox;

namespace {

void checkEvent(const TwitchEvent &event)
{
    if (const auto *chat = std::get_if<ChatMessage>(&event)) {
        // Consumers index the text with these ranges: they must be inside it.
        const qsizetype count = codePointCount(chat->text);
        for (const EmoteRange &emote : chat->emotes)
            CHATVOX_FUZZ_CHECK(emote.first >= 0 && emote.first <= emote.last && emote.last < count);
        CHATVOX_FUZZ_CHECK(chat->bits >= 0);
        CHATVOX_FUZZ_CHECK(chat->login == chat->login.toLower());
    }
    (void)QJsonDocument(twitchEventToJson(event)).toJson(QJsonDocument::Compact);
}

// Every accessor of a parsed line, the way logs, snapshots and handlers use them.
void exercise(const IrcMessage &message)
{
    CHATVOX_FUZZ_CHECK(!message.raw().isEmpty());
    CHATVOX_FUZZ_CHECK(message.raw().size() <= kDefaultMaxIrcLineLength);
    CHATVOX_FUZZ_CHECK(!message.command().isEmpty());
    for (qsizetype i = 0; i < message.tagCount(); ++i) {
        (void)message.tagKey(i);
        (void)message.tagValue(i);
        (void)message.rawTagValue(i);
    }
    (void)message.tag("id");
    (void)message.rawTag("display-name");
    (void)message.tagInt64("tmi-sent-ts", -1);
    (void)message.tagInt64("ban-duration");
    (void)message.prefix();
    (void)message.nick();
    (void)message.user();
    (void)message.host();
    for (qsizetype i = 0; i <= message.paramCount(); ++i) // one past the end on purpose
        (void)message.param(i);
    (void)message.trailing();
    (void)QJsonDocument(message.toJson()).toJson(QJsonDocument::Compact);
    checkEvent(decodeTwitchMessage(message));
}

class FrameSource : public ChatEventSource
{
public:
    // TwitchChatClient's own splitting (one frame may hold several CRLF-terminated lines).
    void feed(const QByteArray &frame) { dispatchFrame(frame, 0); }
    quint64 parsedLines = 0;
    bool exerciseLines = true;

protected:
    void handleProtocolMessage(const IrcMessage &message, qint64) override
    {
        ++parsedLines;
        if (exerciseLines)
            exercise(message);
    }
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::quietLogging();
    const QByteArray bytes = fuzz::bytesOf(data, size);

    // The whole input as one line, through the sharing and the copying overload: same result.
    const Result<IrcMessage> shared = parseIrcLine(bytes);
    const Result<IrcMessage> copied = parseIrcLine(QByteArrayView(bytes));
    CHATVOX_FUZZ_CHECK(shared.ok() == copied.ok());
    if (shared) {
        exercise(shared.value());
        CHATVOX_FUZZ_CHECK(shared->toJson() == copied->toJson());
    } else {
        CHATVOX_FUZZ_CHECK(!shared.error().isEmpty()); // a readable reason, always
    }

    // As a frame of several lines.
    FrameSource source;
    // A single line was exercised above already; only a frame's lines need it again.
    source.exerciseLines = bytes.contains('\n');
    source.feed(bytes);
    const ChatEventSource::Counters &counters = source.counters();
    CHATVOX_FUZZ_CHECK(counters.lines == counters.malformedLines + source.parsedLines);
    CHATVOX_FUZZ_CHECK(counters.chatMessages + counters.moderationEvents + counters.notices
                       <= source.parsedLines);

    // Tag helpers on raw bytes (they also see tags that never went through the parser).
    const QString text = QString::fromUtf8(bytes);
    (void)unescapeIrcTagValue(bytes);
    (void)parseBadges(text);
    const qsizetype count = codePointCount(text);
    for (const EmoteRange &emote : parseEmotes(text, count))
        CHATVOX_FUZZ_CHECK(emote.first >= 0 && emote.first <= emote.last && emote.last < count);
    return 0;
}
