#pragma once

#include "core/chatmessage.h"
#include "core/text.h" // codePointCount

#include <variant>

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringView>

namespace chatvox {

class IrcMessage;

// A Twitch NOTICE: a server message about the channel or the connection
// (dev.twitch.tv/docs/irc/msg-id). "NOTICE *" (not about a channel) has an empty channel.
struct ChatNotice
{
    QString channel; // without '#'; empty for "NOTICE *"
    QString msgId; // "msg-id" tag, e.g. "emote_only_on"; empty when absent (auth failures)
    QString text;
    qint64 receivedNs = 0; // chatvox::monotonicNs() when the line arrived
    friend bool operator==(const ChatNotice &, const ChatNotice &) = default;
};

// What one IRC line means to ChatVox. std::monostate: not a chat event (PING, numerics,
// ROOMSTATE, JOIN, ..., or a chat command missing its required parameters).
using TwitchEvent = std::variant<std::monostate, ChatMessage, ModerationEvent, ChatNotice>;

// Pure decoding of a parsed line (dev.twitch.tv/docs/irc/commands, /tags):
// - PRIVMSG → ChatMessage (ACTION markers removed, isAction set);
// - USERNOTICE → ChatMessage with noticeKind = msg-id and text = the viewer's own words (often
//   empty; the system-msg tag is not text the viewer wrote);
// - CLEARMSG → ModerationEvent DeleteMessage; CLEARCHAT #chan :user → Timeout (ban-duration)
//   or Ban; CLEARCHAT #chan → ClearChat;
// - NOTICE → ChatNotice.
// receivedNs fields stay 0: the caller knows when the line arrived.
TwitchEvent decodeTwitchMessage(const IrcMessage &message);

// "moderator/1,subscriber/12" → [{moderator,1},{subscriber,12}]. Also used for badge-info.
QList<Badge> parseBadges(QStringView tag);

// "25:0-4,12-16/1902:6-10" → ranges sorted by first position. Positions count Unicode code
// points and are inclusive; ranges that are malformed, reversed or reach past
// codePointCount are dropped so that consumers can index the text safely.
QList<EmoteRange> parseEmotes(QStringView tag, qsizetype codePointCount);

// The event as JSON ({"type":"chat"|"moderation"|"notice"|"none", ...}) for golden snapshots
// and debugging. receivedNs is left out: it differs on every run.
QJsonObject twitchEventToJson(const TwitchEvent &event);

} // namespace chatvox
