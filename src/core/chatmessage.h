#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

namespace chatvox {

// One chat badge from the Twitch "badges" tag, e.g. {"subscriber", "12"}.
struct Badge
{
    QString name;
    QString version;
    friend bool operator==(const Badge &, const Badge &) = default;
};

// Where an emote stands in ChatMessage::text. Twitch counts Unicode code points, not UTF-16
// units, and both ends are inclusive ("emotes" tag, dev.twitch.tv/docs/irc/tags).
struct EmoteRange
{
    QString id;
    int first = 0;
    int last = 0;
    friend bool operator==(const EmoteRange &, const EmoteRange &) = default;
};

// A viewer's chat line (PRIVMSG, or a USERNOTICE such as a resub that carries the viewer's text).
struct ChatMessage
{
    QString id; // Twitch message id ("id" tag); unique, used to purge
    QString channel; // without the leading '#'
    QString login; // lower-case login name
    QString displayName; // as the viewer styles it; may be non-ASCII
    QString userId;
    QString text; // the viewer's words; /me markers already removed
    bool isAction = false; // sent with /me
    QList<Badge> badges;
    QList<EmoteRange> emotes;
    QString noticeKind; // USERNOTICE "msg-id" (sub, resub, raid, ...); empty for PRIVMSG
    QString customRewardId; // set when sent through a channel-point reward
    int bits = 0;
    qint64 sentAtMs = 0; // "tmi-sent-ts": ms since the Unix epoch, 0 when absent
    qint64 receivedNs = 0; // chatvox::monotonicNs() when the line arrived; for latency figures

    bool hasBadge(QStringView name) const;
    // Moderator or broadcaster: may use moderation commands.
    bool isModerator() const;
};

// CLEARMSG / CLEARCHAT, typed.
struct ModerationEvent
{
    enum class Kind {
        DeleteMessage, // CLEARMSG: one message removed
        Timeout, // CLEARCHAT with a user and ban-duration
        Ban, // CLEARCHAT with a user, no duration
        ClearChat, // CLEARCHAT without a user: the whole chat
    };
    Kind kind = Kind::DeleteMessage;
    QString channel;
    QString targetMessageId; // DeleteMessage
    QString targetLogin; // DeleteMessage, Timeout, Ban
    QString targetUserId; // Timeout, Ban
    int durationSeconds = 0; // Timeout
};

} // namespace chatvox

// They travel through queued connections and QSignalSpy.
Q_DECLARE_METATYPE(chatvox::ChatMessage)
Q_DECLARE_METATYPE(chatvox::ModerationEvent)
