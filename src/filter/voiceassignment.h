#pragma once

#include "core/speakerstyle.h"

#include <optional>

#include <QList>
#include <QString>
#include <QStringView>

namespace chatvox {

// Per-viewer voices, the pure part (the filter's userVoices are the streamer's pins; these
// are the defaults and the viewers' own choices).

// The same viewer gets the same style from `styles` on every run and every machine: a 64-bit
// FNV-1a hash of the Twitch user id (stable, unlike qHash), modulo the count. Empty list: none.
std::optional<qint64> stableStyleForViewer(QStringView userId, const QList<qint64> &styles);

// "!voice …" in chat (the prefix and name are configurable; matched case-insensitively).
struct VoiceCommand
{
    enum class Kind {
        None, // not a voice command
        Show, // "!voice": tell the viewer their voice
        Choose, // "!voice 3", "!voice ずんだもん ノーマル"
        Reset, // "!voice reset" / "!voice default": back to the default
        ResetOther, // "!voice reset @viewer" (moderators)
    };
    Kind kind = Kind::None;
    QString argument; // Choose: the name or number; ResetOther: the viewer's login (no '@')
};
VoiceCommand parseVoiceCommand(QStringView text, QStringView prefix = u"!",
                               QStringView name = u"voice");

// Finds what a viewer asked for among `styles`: a number is a style id; otherwise a name,
// compared width- and case-insensitively, as "speaker style", "speaker（style）", "speaker(style)",
// "style name" alone when unique, or "speaker" alone (its first style).
std::optional<SpeakerStyle> matchVoiceChoice(QStringView argument,
                                             const QList<SpeakerStyle> &styles);

// "ずんだもん（ノーマル）": how a style is named to viewers.
QString voiceDisplayName(const SpeakerStyle &style);

} // namespace chatvox
