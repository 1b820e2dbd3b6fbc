#pragma once

#include <optional>

#include <QString>

namespace chatvox {

// Voice parameters applied to a VOICEVOX AudioQuery (same names and neutral values as the API).
struct VoiceParams
{
    double speedScale = 1.0;
    double pitchScale = 0.0;
    double intonationScale = 1.0;
    double volumeScale = 1.0;
    friend bool operator==(const VoiceParams &, const VoiceParams &) = default;
};

// Where an utterance comes from (the broadcast and overlay events say so).
enum class UtteranceSource { Chat, Redemption, External, System };

// "chat", "redemption", "external", "system": the names in the broadcast events.
inline QString sourceName(UtteranceSource source)
{
    switch (source) {
    case UtteranceSource::Chat:
        return QStringLiteral("chat");
    case UtteranceSource::Redemption:
        return QStringLiteral("redemption");
    case UtteranceSource::External:
        return QStringLiteral("external");
    case UtteranceSource::System:
        break;
    }
    return QStringLiteral("system");
}

// Something to say: the filtered text of one chat message (or a system line such as "3件省略").
struct Utterance
{
    QString messageId; // Twitch message id; empty for system lines
    QString userLogin; // empty for system lines
    QString displayName; // the viewer's name as shown (captions); empty for system lines
    UtteranceSource source = UtteranceSource::System;
    QString text; // exactly what goes to the engine
    std::optional<qint64> styleId; // empty: the speech queue's default style
    VoiceParams voice;
    qint64 receivedNs = 0; // when the chat line arrived (monotonicNs), 0 if unknown
};

} // namespace chatvox
