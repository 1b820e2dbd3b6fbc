#include "chat/twitchevents.h"

#include "chat/ircmessage.h"
#include "chat/logging.h"

#include <algorithm>
#include <limits>

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace chatvox {

namespace {

// "#channel" → "channel"; "*" (NOTICE not about a channel) → "".
QString channelName(QByteArrayView param)
{
    if (param == "*")
        return {};
    if (param.startsWith('#'))
        param = param.sliced(1);
    return QString::fromUtf8(param);
}

int clampToInt(qint64 value)
{
    return int(std::clamp<qint64>(value, 0, std::numeric_limits<int>::max()));
}

// /me arrives as "\x01ACTION text\x01" (CTCP ACTION, dev.twitch.tv/docs/irc/commands#privmsg).
bool stripAction(QString &text)
{
    static constexpr QStringView marker = u"\u0001ACTION";
    if (!text.startsWith(marker))
        return false;
    const qsizetype after = marker.size();
    if (text.size() > after && text.at(after) != u' ' && text.at(after) != u'\u0001')
        return false; // "\x01ACTIONS..." is some other CTCP verb
    qsizetype start = after;
    if (start < text.size() && text.at(start) == u' ')
        ++start;
    qsizetype end = text.size();
    if (end > start && text.at(end - 1) == u'\u0001')
        --end; // some clients omit the closing \x01
    text = text.mid(start, end - start);
    return true;
}

ChatMessage decodeChatMessage(const IrcMessage &msg, bool isUserNotice)
{
    ChatMessage chat;
    chat.id = msg.tag("id");
    chat.channel = channelName(msg.paramView(0));
    if (isUserNotice) {
        chat.login = msg.tag("login"); // the prefix is the server for USERNOTICE
        chat.noticeKind = msg.tag("msg-id");
    } else {
        chat.login = msg.nick();
        if (chat.login.isEmpty())
            chat.login = msg.tag("login");
    }
    chat.login = chat.login.toLower();
    chat.displayName = msg.tag("display-name").trimmed();
    if (chat.displayName.isEmpty())
        chat.displayName = chat.login;
    chat.userId = msg.tag("user-id");
    // The text is param 1, not "the last param": USERNOTICE without a message has only one.
    chat.text = msg.paramCount() >= 2 ? msg.param(1) : QString();
    chat.isAction = stripAction(chat.text);
    chat.badges = parseBadges(msg.tag("badges"));
    chat.emotes = parseEmotes(msg.tag("emotes"), codePointCount(chat.text));
    chat.customRewardId = msg.tag("custom-reward-id");
    chat.bits = clampToInt(msg.tagInt64("bits"));
    chat.sentAtMs = msg.tagInt64("tmi-sent-ts");
    return chat;
}

QString moderationKindName(ModerationEvent::Kind kind)
{
    switch (kind) {
    case ModerationEvent::Kind::DeleteMessage:
        return u"delete"_s;
    case ModerationEvent::Kind::Timeout:
        return u"timeout"_s;
    case ModerationEvent::Kind::Ban:
        return u"ban"_s;
    case ModerationEvent::Kind::ClearChat:
        return u"clear"_s;
    }
    return QString();
}

} // namespace

QList<Badge> parseBadges(QStringView tag)
{
    QList<Badge> badges;
    if (tag.isEmpty())
        return badges;
    for (QStringView item : tag.tokenize(u',', Qt::SkipEmptyParts)) {
        const qsizetype slash = item.indexOf(u'/');
        if (slash < 0)
            badges.append({item.toString(), QString()});
        else if (slash > 0)
            badges.append({item.first(slash).toString(), item.sliced(slash + 1).toString()});
    }
    return badges;
}

QList<EmoteRange> parseEmotes(QStringView tag, qsizetype codePointCount)
{
    QList<EmoteRange> emotes;
    if (tag.isEmpty())
        return emotes;
    for (QStringView entry : tag.tokenize(u'/', Qt::SkipEmptyParts)) {
        const qsizetype colon = entry.lastIndexOf(u':');
        if (colon <= 0) {
            qCDebug(lcChat) << "ignoring malformed emotes entry" << entry;
            continue;
        }
        const QString id = entry.first(colon).toString();
        for (QStringView range : entry.sliced(colon + 1).tokenize(u',', Qt::SkipEmptyParts)) {
            const qsizetype dash = range.indexOf(u'-');
            bool okFirst = false;
            bool okLast = false;
            const int first = dash > 0 ? range.first(dash).toInt(&okFirst) : 0;
            const int last = dash > 0 ? range.sliced(dash + 1).toInt(&okLast) : 0;
            if (!okFirst || !okLast || first < 0 || last < first || last >= codePointCount) {
                qCDebug(lcChat) << "ignoring emote range" << range << "of" << id << "for a text of"
                                << codePointCount << "code points";
                continue;
            }
            emotes.append({id, first, last});
        }
    }
    std::stable_sort(emotes.begin(), emotes.end(),
                     [](const EmoteRange &a, const EmoteRange &b) { return a.first < b.first; });
    return emotes;
}

TwitchEvent decodeTwitchMessage(const IrcMessage &msg)
{
    const QByteArrayView command = msg.command();

    if (command == "PRIVMSG" || command == "USERNOTICE") {
        const bool isUserNotice = command == "USERNOTICE";
        if (msg.paramCount() < (isUserNotice ? 1 : 2)) {
            qCDebug(lcChat) << "ignoring" << command << "without its parameters";
            return std::monostate();
        }
        return decodeChatMessage(msg, isUserNotice);
    }

    if (command == "CLEARMSG") {
        ModerationEvent event;
        event.kind = ModerationEvent::Kind::DeleteMessage;
        event.channel = channelName(msg.paramView(0));
        event.targetMessageId = msg.tag("target-msg-id");
        event.targetLogin = msg.tag("login");
        if (event.targetMessageId.isEmpty()) {
            qCDebug(lcChat) << "ignoring CLEARMSG without target-msg-id";
            return std::monostate();
        }
        return event;
    }

    if (command == "CLEARCHAT") {
        if (msg.paramCount() < 1)
            return std::monostate();
        ModerationEvent event;
        event.channel = channelName(msg.paramView(0));
        const QString user = msg.paramCount() >= 2 ? msg.param(1).trimmed() : QString();
        if (user.isEmpty()) {
            event.kind = ModerationEvent::Kind::ClearChat;
            return event;
        }
        event.targetLogin = user.toLower();
        event.targetUserId = msg.tag("target-user-id");
        // ban-duration present = timeout in seconds; absent = permanent ban.
        if (msg.hasTag("ban-duration")) {
            event.kind = ModerationEvent::Kind::Timeout;
            event.durationSeconds = clampToInt(msg.tagInt64("ban-duration"));
        } else {
            event.kind = ModerationEvent::Kind::Ban;
        }
        return event;
    }

    if (command == "NOTICE") {
        ChatNotice notice;
        notice.channel = channelName(msg.paramView(0));
        notice.msgId = msg.tag("msg-id");
        notice.text = msg.paramCount() >= 2 ? msg.param(1) : QString();
        return notice;
    }

    return std::monostate();
}

QJsonObject twitchEventToJson(const TwitchEvent &event)
{
    if (const auto *chat = std::get_if<ChatMessage>(&event)) {
        QJsonArray badges;
        for (const Badge &badge : chat->badges)
            badges.append(QJsonObject{{u"name"_s, badge.name}, {u"version"_s, badge.version}});
        QJsonArray emotes;
        for (const EmoteRange &emote : chat->emotes)
            emotes.append(QJsonObject{
                {u"id"_s, emote.id}, {u"first"_s, emote.first}, {u"last"_s, emote.last}});
        return QJsonObject{
            {u"type"_s, u"chat"_s},
            {u"id"_s, chat->id},
            {u"channel"_s, chat->channel},
            {u"login"_s, chat->login},
            {u"displayName"_s, chat->displayName},
            {u"userId"_s, chat->userId},
            {u"text"_s, chat->text},
            {u"isAction"_s, chat->isAction},
            {u"badges"_s, badges},
            {u"emotes"_s, emotes},
            {u"noticeKind"_s, chat->noticeKind},
            {u"customRewardId"_s, chat->customRewardId},
            {u"bits"_s, chat->bits},
            {u"sentAtMs"_s, chat->sentAtMs},
        };
    }
    if (const auto *moderation = std::get_if<ModerationEvent>(&event)) {
        return QJsonObject{
            {u"type"_s, u"moderation"_s},
            {u"kind"_s, moderationKindName(moderation->kind)},
            {u"channel"_s, moderation->channel},
            {u"targetMessageId"_s, moderation->targetMessageId},
            {u"targetLogin"_s, moderation->targetLogin},
            {u"targetUserId"_s, moderation->targetUserId},
            {u"durationSeconds"_s, moderation->durationSeconds},
        };
    }
    if (const auto *notice = std::get_if<ChatNotice>(&event)) {
        return QJsonObject{
            {u"type"_s, u"notice"_s},
            {u"channel"_s, notice->channel},
            {u"msgId"_s, notice->msgId},
            {u"text"_s, notice->text},
        };
    }
    return QJsonObject{{u"type"_s, u"none"_s}};
}

} // namespace chatvox
