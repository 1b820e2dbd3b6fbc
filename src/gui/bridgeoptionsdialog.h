#pragma once

#include <memory>

#include <QDialog>

namespace Ui {
class BridgeOptionsDialog;
}

namespace chatvox {

class Bridge;

// The settings of bridge.json that are not actions: which PowerShell runs them, the scripts
// folder, the rate cap and the queue limit. Save validates and writes like the action editor.
class BridgeOptionsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit BridgeOptionsDialog(Bridge *bridge, QWidget *parent = nullptr);
    ~BridgeOptionsDialog() override;

    QString errorText() const;
    bool save();

public Q_SLOTS:
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillCombo();
    void updateProgram();
    void retranslate();

    std::unique_ptr<Ui::BridgeOptionsDialog> ui;
    Bridge *m_bridge;
};

} // namespace chatvox
