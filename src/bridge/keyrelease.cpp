#include "keyrelease.h"

#ifdef Q_OS_WIN
#    include <windows.h>
#endif

namespace chatvox {

bool releaseKeysLocally(const QList<ScanKey> &keys)
{
#ifdef Q_OS_WIN
    if (keys.isEmpty())
        return true;
    QList<INPUT> inputs(keys.size());
    for (qsizetype i = 0; i < keys.size(); ++i) {
        INPUT &in = inputs[i];
        ZeroMemory(&in, sizeof(in));
        in.type = INPUT_KEYBOARD;
        in.ki.wScan = keys[i].scanCode;
        in.ki.dwFlags
            = KEYEVENTF_SCANCODE | KEYEVENTF_KEYUP | (keys[i].extended ? KEYEVENTF_EXTENDEDKEY : 0);
    }
    return SendInput(UINT(inputs.size()), inputs.data(), sizeof(INPUT)) == UINT(inputs.size());
#else
    Q_UNUSED(keys);
    return false;
#endif
}

} // namespace chatvox
