#pragma once

#include "gui/desktopcontext.h"

#include <memory>

#include <QPointer>
#include <QWidget>

class QAction;

namespace Ui {
class BridgePanel;
}

namespace chatvox {

class Bridge;
class BridgeActionDialog;
class BridgeOptionsDialog;

// The viewer-input bridge in the window: on/off (bridge.json), the armed switch, the kill
// switch, the mode and vote window, the actions with their editor and a Test button, the live
// activity, bridge.json's place and the PowerShell host's state (with the cause and fix of a
// problem, e.g. WSL interop switched off). Re-arming after the kill switch asks once more.
class BridgePanel : public QWidget
{
    Q_OBJECT
public:
    // killSwitch: the window's kill switch (shared with the menu, tray and hotkey), which also
    // silences speech.
    BridgePanel(const DesktopContext &context, QAction *killSwitch, QWidget *parent = nullptr);
    ~BridgePanel() override;

    Bridge *bridge() const;
    // The editor that is open (after Add… / Edit…), or null.
    BridgeActionDialog *actionDialog() const;
    BridgeOptionsDialog *optionsDialog() const;
    QString selectedActionId() const;
    void selectAction(const QString &actionId);
    // Opens the editor for an action (empty: a new one); non-modal for the rest of the app.
    void editAction(const QString &actionId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void refreshHost();
    void updateButtons();
    void fillTestChoices();
    void onArmClicked();
    void confirmRearm();
    void setEnabledInFile(bool enabled);
    void saveVoteWindow();
    void removeSelected();
    void testSelected();
    void openOptions();
    void showSaveError(const QString &error);
    void retranslate();

    std::unique_ptr<Ui::BridgePanel> ui;
    DesktopContext m_context;
    QPointer<Bridge> m_bridge;
    QPointer<BridgeActionDialog> m_actionDialog;
    QPointer<BridgeOptionsDialog> m_optionsDialog;
    QString m_saveError;
    QString m_reselect;
};

} // namespace chatvox
