#pragma once

#include "gui/desktopcontext.h"

#include <QObject>
#include <QPointer>

class QMenu;
class QSystemTrayIcon;

namespace chatvox {

class MainWindow;

// The tray icon: its picture shows the state (reading, paused, disconnected, error), the
// tooltip the channel, connection and queue length, and its menu holds the reading controls
// (the main window's actions: Pause/Resume, Skip, Clear queue, Mute, Kill switch), Show window,
// Settings… and Quit. Failures raise a notification.
class TrayIcon : public QObject
{
    Q_OBJECT
public:
    TrayIcon(const DesktopContext &context, MainWindow *window, QObject *parent = nullptr);
    ~TrayIcon() override;

    static bool isSystemTrayAvailable();
    QSystemTrayIcon *icon() const { return m_icon; }
    QMenu *menu() const { return m_menu; }
    void show();
    // The one-time "ChatVox keeps running here" notice after the window was closed.
    void noticeHiddenToTray();
    void refresh();

private:
    DesktopContext m_context;
    QPointer<MainWindow> m_window;
    QSystemTrayIcon *m_icon = nullptr;
    QMenu *m_menu = nullptr;
};

} // namespace chatvox
