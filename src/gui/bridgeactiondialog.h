#pragma once

#include "bridge/bridgeconfig.h"

#include <memory>

#include <QDialog>

namespace Ui {
class BridgeActionDialog;
}

namespace chatvox {

class Bridge;

// Adds or edits one action of bridge.json: its name, kind (keys or a script), what it presses
// or runs — with and without a choice word —, its triggers, who may use it and its cooldowns.
// Keys are picked from the names the loader knows (no free text that could be wrong), so a
// step is one key or a combo ("Ctrl+Shift+Esc") and an action a sequence of steps.
//
// Save checks the whole bridge.json with the loader (Bridge::saveConfig) and writes it only
// when it is valid; otherwise the dialog stays open with the loader's message and nothing is
// written.
class BridgeActionDialog : public QDialog
{
    Q_OBJECT
public:
    // actionId empty: a new action.
    BridgeActionDialog(Bridge *bridge, const QString &actionId, QWidget *parent = nullptr);
    ~BridgeActionDialog() override;

    // The action as the widgets describe it now.
    Action action() const;
    QString originalId() const { return m_originalId; }
    QString errorText() const;
    // Validates and writes bridge.json; false (and the message shown) when it is not valid.
    bool save();

public Q_SLOTS:
    void accept() override;

Q_SIGNALS:
    void saved(const QString &actionId);

protected:
    void changeEvent(QEvent *event) override;

private:
    // One entry of "Runs for": the action without a word (index 0), or one of its choices.
    struct Entry
    {
        QString word; // empty for the default
        QList<QStringList> steps; // keys: each step the names pressed together
        int holdMs = 100;
        QStringList args; // script
    };

    void load(const Action &action);
    void fillCombos();
    void fillScripts(const QString &keep);
    void refreshEntries();
    void refreshSteps();
    void refreshTriggers();
    void showEntry(int index);
    void updateEntryNote();
    void updateKind();
    void updateButtons();
    Entry *currentEntry();
    int currentStep() const;
    void addStep(bool together);
    void moveStep(int delta);
    void removeStep();
    void addChoice();
    void removeChoice();
    void addTrigger(bool reward);
    void removeTrigger();
    void showError(const QString &message);
    void retranslate();

    std::unique_ptr<Ui::BridgeActionDialog> ui;
    Bridge *m_bridge;
    QString m_originalId;
    QString m_scriptsFolder;
    QList<Entry> m_entries; // [0] = without a choice
    QList<ActionTrigger> m_triggers;
    bool m_scriptDefaultRuns = true;
    bool m_updating = false;
};

} // namespace chatvox
