#include "audiodevices.h"

#include "audio/audioplayer.h"

namespace chatvox {

QStringList audioOutputNames()
{
    return AudioPlayer::outputDeviceNames();
}

} // namespace chatvox
