#pragma once

#include "gui/desktopcontext.h"

#include <memory>

#include <QWidget>

namespace Ui {
class AccountSummary;
}

namespace chatvox {

// The Connection panel's account area: who reads (anonymous or the streamer's account), a
// warning when the login lives in memory only, Log in / Log out, and Details (the Account
// panel).
class AccountSummary : public QWidget
{
    Q_OBJECT
public:
    explicit AccountSummary(const DesktopContext &context, QWidget *parent = nullptr);
    ~AccountSummary() override;

    void setDetailsVisible(bool visible); // no Details button where the panel is not at hand

Q_SIGNALS:
    void detailsRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();

    std::unique_ptr<Ui::AccountSummary> ui;
    DesktopContext m_context;
};

} // namespace chatvox
