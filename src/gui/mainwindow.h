#pragma once

#include "gui/desktopcontext.h"

#include <memory>

#include <QHash>
#include <QMainWindow>

class QDockWidget;

namespace Ui {
class MainWindow;
}

namespace chatvox {

class ConnectionPanel;
class FilterEditor;
class LogPanel;
class QueuePanel;
class SpeakerPanel;

// The window: every panel is a dock (tabbed by default; the arrangement is remembered), the
// reading actions live in the menu, the toolbar and the tray menu (the same QActions). Closing
// the window keeps ChatVox in the tray when there is one.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(const DesktopContext &context, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Adds a panel as a dock with its windowTitle() as the tab text (kept in sync with the
    // language) and a View menu entry. objectName makes its place restorable. Another feature
    // brings its panel with one call, e.g. addPanel(u"bridge"_s, new BridgePanel(...)).
    QDockWidget *addPanel(const QString &objectName, QWidget *panel,
                          Qt::DockWidgetArea area = Qt::RightDockWidgetArea);
    QDockWidget *dock(const QString &objectName) const { return m_docks.value(objectName); }
    void showPanel(const QString &objectName);

    QAction *pauseAction() const;
    QAction *skipAction() const;
    QAction *clearQueueAction() const;
    QAction *muteAction() const;
    QAction *killSwitchAction() const;
    QAction *showWindowAction() const;
    QAction *settingsAction() const;
    QAction *quitAction() const;

    ConnectionPanel *connectionPanel() const { return m_connection; }
    SpeakerPanel *speakerPanel() const { return m_speaker; }
    FilterEditor *filtersPanel() const { return m_filters; }
    QueuePanel *queuePanel() const { return m_queue; }
    LogPanel *logPanel() const { return m_log; }

    // True: closing hides to the tray (set by DesktopApp when a tray exists).
    void setCloseToTray(bool toTray) { m_closeToTray = toTray; }
    void bringToFront();
    void saveLayout();

Q_SIGNALS:
    void settingsRequested(int page); // Preferences::Page, -1 = the last one
    void quitRequested();
    void hiddenToTray();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    bool restoreLayout();
    void fitConnectionPanel();
    void resetLayout();
    void updateActions();
    void retranslate();

    std::unique_ptr<Ui::MainWindow> ui;
    DesktopContext m_context;
    QHash<QString, QDockWidget *> m_docks;
    QList<QDockWidget *> m_dockOrder;
    QByteArray m_defaultState;
    ConnectionPanel *m_connection = nullptr;
    SpeakerPanel *m_speaker = nullptr;
    FilterEditor *m_filters = nullptr;
    QueuePanel *m_queue = nullptr;
    LogPanel *m_log = nullptr;
    bool m_closeToTray = false;
};

} // namespace chatvox
