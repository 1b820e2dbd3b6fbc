#include "globalhotkeys.h"

#include <QCoreApplication>

#ifdef Q_OS_WIN
#    include <windows.h>
#endif

namespace chatvox {

#ifdef Q_OS_WIN
namespace {

// Qt key → Windows virtual-key code; 0 when there is none we map.
UINT virtualKey(Qt::Key key)
{
    if (key >= Qt::Key_A && key <= Qt::Key_Z)
        return UINT('A' + (key - Qt::Key_A));
    if (key >= Qt::Key_0 && key <= Qt::Key_9)
        return UINT('0' + (key - Qt::Key_0));
    if (key >= Qt::Key_F1 && key <= Qt::Key_F24)
        return UINT(VK_F1 + (key - Qt::Key_F1));
    switch (key) {
    case Qt::Key_Space:
        return VK_SPACE;
    case Qt::Key_Pause:
        return VK_PAUSE;
    case Qt::Key_Insert:
        return VK_INSERT;
    case Qt::Key_Delete:
        return VK_DELETE;
    case Qt::Key_Home:
        return VK_HOME;
    case Qt::Key_End:
        return VK_END;
    case Qt::Key_PageUp:
        return VK_PRIOR;
    case Qt::Key_PageDown:
        return VK_NEXT;
    case Qt::Key_Left:
        return VK_LEFT;
    case Qt::Key_Right:
        return VK_RIGHT;
    case Qt::Key_Up:
        return VK_UP;
    case Qt::Key_Down:
        return VK_DOWN;
    case Qt::Key_Escape:
        return VK_ESCAPE;
    case Qt::Key_Backspace:
        return VK_BACK;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        return VK_RETURN;
    case Qt::Key_Tab:
        return VK_TAB;
    case Qt::Key_ScrollLock:
        return VK_SCROLL;
    case Qt::Key_Print:
        return VK_SNAPSHOT;
    case Qt::Key_MediaPlay:
    case Qt::Key_MediaTogglePlayPause:
        return VK_MEDIA_PLAY_PAUSE;
    case Qt::Key_MediaNext:
        return VK_MEDIA_NEXT_TRACK;
    case Qt::Key_MediaStop:
        return VK_MEDIA_STOP;
    default:
        return 0;
    }
}

} // namespace
#endif

GlobalHotkeys::GlobalHotkeys(QObject *parent)
    : QObject(parent)
{
    if (isSupported())
        QCoreApplication::instance()->installNativeEventFilter(this);
}

GlobalHotkeys::~GlobalHotkeys()
{
    for (Action a : {Action::Skip, Action::KillSwitch})
        unregister(a);
    if (isSupported() && QCoreApplication::instance())
        QCoreApplication::instance()->removeNativeEventFilter(this);
}

bool GlobalHotkeys::isSupported()
{
#ifdef Q_OS_WIN
    return true;
#else
    return false;
#endif
}

void GlobalHotkeys::unregister(Action action)
{
#ifdef Q_OS_WIN
    if (m_keys.contains(action))
        UnregisterHotKey(nullptr, int(action));
#endif
    m_keys.remove(action);
}

QString GlobalHotkeys::setHotkey(Action action, const QKeySequence &keys)
{
    if (m_keys.value(action) == keys && (keys.isEmpty() || m_keys.contains(action)))
        return {};
    unregister(action);
    if (keys.isEmpty() || !isSupported())
        return {};
#ifdef Q_OS_WIN
    const QKeyCombination combination = keys[0];
    const UINT vk = virtualKey(combination.key());
    if (vk == 0)
        return tr("%1 cannot be a global hotkey; choose a letter, digit or F-key with Ctrl, Alt "
                  "or Shift.")
            .arg(keys.toString(QKeySequence::NativeText));
    UINT mods = MOD_NOREPEAT;
    const Qt::KeyboardModifiers m = combination.keyboardModifiers();
    if (m & Qt::ControlModifier)
        mods |= MOD_CONTROL;
    if (m & Qt::AltModifier)
        mods |= MOD_ALT;
    if (m & Qt::ShiftModifier)
        mods |= MOD_SHIFT;
    if (m & Qt::MetaModifier)
        mods |= MOD_WIN;
    if (!RegisterHotKey(nullptr, int(action), mods, vk))
        return tr("The hotkey %1 is already used by another program.")
            .arg(keys.toString(QKeySequence::NativeText));
    m_keys.insert(action, keys);
#endif
    return {};
}

bool GlobalHotkeys::nativeEventFilter(const QByteArray &eventType, void *message, qintptr *result)
{
    Q_UNUSED(result);
#ifdef Q_OS_WIN
    if (eventType == "windows_generic_MSG") {
        const MSG *msg = static_cast<const MSG *>(message);
        if (msg->message == WM_HOTKEY) {
            const auto action = Action(int(msg->wParam));
            if (m_keys.contains(action)) {
                emit triggered(action);
                return true;
            }
        }
    }
#else
    Q_UNUSED(eventType);
    Q_UNUSED(message);
#endif
    return false;
}

} // namespace chatvox
