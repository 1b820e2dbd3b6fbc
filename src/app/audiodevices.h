#pragma once

#include <QStringList>

namespace chatvox {

// Names of the audio outputs the user can choose (QAudioDevice descriptions), for the GUI.
QStringList audioOutputNames();

} // namespace chatvox
