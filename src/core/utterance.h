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

// Something to say: the filtered text of one chat message (or a system line such as "3件省略").
struct Utterance
{
    QString messageId; // Twitch message id; empty for system lines
    QString userLogin; // empty for system lines
    QString text; // exactly what goes to the engine
    std::optional<qint64> styleId; // empty: the speech queue's default style
    VoiceParams voice;
    qint64 receivedNs = 0; // when the chat line arrived (monotonicNs), 0 if unknown
};

} // namespace chatvox
