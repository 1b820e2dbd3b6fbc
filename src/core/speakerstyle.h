#pragma once

#include <QString>

namespace chatvox {

// One style of one speaker from GET /speakers. Style ids may be large or negative
// (AivisSpeech), hence qint64.
struct SpeakerStyle
{
    qint64 id = 0;
    QString speakerName;
    QString speakerUuid;
    QString styleName;
    QString type; // "talk", "humming", "sing", "frame_decode", ...; empty means talk
    friend bool operator==(const SpeakerStyle &, const SpeakerStyle &) = default;
};

} // namespace chatvox
