#pragma once

#include "gui/desktopcontext.h"

#include <memory>

#include <QWidget>

namespace Ui {
class ConnectionPanel;
}

namespace chatvox {

// Channel to read, live connection state, this session's counters, and the Twitch account
// area (anonymous today; the login flow of issue 6 puts its widget there with
// setAccountWidget()).
class ConnectionPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ConnectionPanel(const DesktopContext &context, QWidget *parent = nullptr);
    ~ConnectionPanel() override;

    // Replaces the anonymous-reading note and the disabled login button.
    void setAccountWidget(QWidget *widget);

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyChannel();
    void refresh();

    std::unique_ptr<Ui::ConnectionPanel> ui;
    DesktopContext m_context;
};

} // namespace chatvox
