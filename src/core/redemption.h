#pragma once

#include <QMetaType>
#include <QString>

namespace chatvox {

// A channel-point reward redemption, as EventSub's
// channel.channel_points_custom_reward_redemption.add event carries it
// (dev.twitch.tv/docs/eventsub/eventsub-subscription-types). The account layer produces it;
// the speech queue can read it aloud and the bridge's trigger matcher maps it to an action.
struct Redemption
{
    QString id; // redemption id; unique, used to deduplicate
    QString broadcasterUserId;
    QString broadcasterLogin;
    QString userId;
    QString userLogin; // lower-case login of the viewer who redeemed
    QString userName; // display name
    QString userInput; // the viewer's text, empty when the reward takes none
    QString rewardId;
    QString rewardTitle;
    int rewardCost = 0;
    QString status; // "unfulfilled", "fulfilled", "canceled"
    qint64 redeemedAtMs = 0; // ms since the Unix epoch
    qint64 receivedNs = 0; // chatvox::monotonicNs() when it arrived
};

} // namespace chatvox

Q_DECLARE_METATYPE(chatvox::Redemption)
