#pragma once

#include <QAbstractNativeEventFilter>
#include <QHash>
#include <QKeySequence>
#include <QObject>

namespace chatvox {

// System-wide hotkeys (work while a game has the focus): RegisterHotKey on Windows. Elsewhere
// isSupported() is false and setHotkey() does nothing: on Linux there is no portable way for
// an app to grab keys (X11 grabs fail under Wayland); users bind `chatvox --skip` / `--kill`
// in their desktop's keyboard settings instead.
class GlobalHotkeys : public QObject, public QAbstractNativeEventFilter
{
    Q_OBJECT
public:
    enum class Action { Skip = 1, KillSwitch = 2 };
    Q_ENUM(Action)

    explicit GlobalHotkeys(QObject *parent = nullptr);
    ~GlobalHotkeys() override;

    static bool isSupported();
    // Empty keys turn the hotkey off. Returns an error (translated) when the keys cannot be
    // used, e.g. another program holds them; empty on success.
    QString setHotkey(Action action, const QKeySequence &keys);
    QKeySequence hotkey(Action action) const { return m_keys.value(action); }

    bool nativeEventFilter(const QByteArray &eventType, void *message, qintptr *result) override;

Q_SIGNALS:
    void triggered(chatvox::GlobalHotkeys::Action action);

private:
    void unregister(Action action);
    QHash<Action, QKeySequence> m_keys;
};

} // namespace chatvox
