#pragma once

#include "gui/desktopcontext.h"

#include <memory>

#include <QWidget>

class QAction;

namespace Ui {
class QueuePanel;
}

namespace chatvox {

class QueueModel;

// What is waiting, being synthesized and playing; Skip, Remove, Clear, Pause/Resume; and what
// the backlog policy does (faster speech, dropped messages).
class QueuePanel : public QWidget
{
    Q_OBJECT
public:
    // The actions are the main window's (shared with the menu, toolbar and tray).
    QueuePanel(const DesktopContext &context, QAction *skip, QAction *clear, QAction *pause,
               QWidget *parent = nullptr);
    ~QueuePanel() override;

    QueueModel *model() const { return m_model; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void removeSelected();
    void updateBacklog();

    std::unique_ptr<Ui::QueuePanel> ui;
    DesktopContext m_context;
    QueueModel *m_model = nullptr;
    int m_droppedSeen = 0;
};

} // namespace chatvox
