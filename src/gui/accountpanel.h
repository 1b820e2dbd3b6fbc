#pragma once

#include "gui/desktopcontext.h"

#include <memory>

#include <QWidget>

namespace Ui {
class AccountPanel;
}

namespace chatvox {

// The Twitch account in full: who is logged in, until when the token is valid (it is renewed
// before then), its permissions, where it is kept (the system keychain, or memory only with
// the reason), how chat and channel points (EventSub) are connected, and Log in / Log out.
class AccountPanel : public QWidget
{
    Q_OBJECT
public:
    explicit AccountPanel(const DesktopContext &context, QWidget *parent = nullptr);
    ~AccountPanel() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();

    std::unique_ptr<Ui::AccountPanel> ui;
    DesktopContext m_context;
    QString m_logoutNote; // what the last logout did
};

} // namespace chatvox
