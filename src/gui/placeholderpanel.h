#pragma once

#include <memory>

#include <QWidget>

namespace Ui {
class PlaceholderPanel;
}

namespace chatvox {

// Holds the place of a panel that another part of ChatVox brings later, with one line saying
// what it will do. Today: the viewer-input bridge (issue 7).
class PlaceholderPanel : public QWidget
{
    Q_OBJECT
public:
    enum class Kind { Bridge };
    explicit PlaceholderPanel(Kind kind, QWidget *parent = nullptr);
    ~PlaceholderPanel() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    std::unique_ptr<Ui::PlaceholderPanel> ui;
    Kind m_kind;
};

} // namespace chatvox
