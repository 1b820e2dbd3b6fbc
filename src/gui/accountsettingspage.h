#pragma once

#include "app/preferences.h"
#include "gui/desktopcontext.h"

#include <memory>

#include <QWidget>

namespace Ui {
class AccountSettingsPage;
}

namespace chatvox {

class AccountSummary;

// The settings dialog's "Twitch account" page: log in or out (the same area as in the
// Connection panel), the Client ID with what it is and how to get one's own, and how
// channel-point redemptions are read. Values go through Preferences like every page.
class AccountSettingsPage : public QWidget
{
    Q_OBJECT
public:
    explicit AccountSettingsPage(const DesktopContext &context, QWidget *parent = nullptr);
    ~AccountSettingsPage() override;

    void load(const Preferences &preferences);
    void collect(Preferences &preferences) const;

Q_SIGNALS:
    void edited();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    std::unique_ptr<Ui::AccountSettingsPage> ui;
    DesktopContext m_context;
    AccountSummary *m_summary = nullptr;
};

} // namespace chatvox
