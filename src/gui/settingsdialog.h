#pragma once

#include "app/preferences.h"
#include "app/settings.h"
#include "gui/desktopcontext.h"

#include <memory>

#include <QDialog>

class QAbstractButton;

namespace Ui {
class SettingsDialog;
}

namespace chatvox {

class AccountSettingsPage;
class Autostart;
class FilterEditor;
class IntegrationsPage;

// Settings, applied live like a KDE app: every change takes effect at once (no restart).
// Apply keeps the changes (and saves the file), OK applies and closes, Cancel puts back what
// was there when the dialog opened or at the last Apply. Restore Defaults resets the page on
// show (still undone by Cancel). Pages: General, Chat, Twitch account, Speech, Audio, Filters,
// Advanced, Integrations (serve/*: not a Preferences::Page; its values are ServeSettings).
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    // autostart may be null (no autostart on this platform).
    SettingsDialog(const DesktopContext &context, Autostart *autostart, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    void showPage(Preferences::Page page);
    Preferences::Page currentPage() const;
    FilterEditor *filterEditor() const { return m_filters; }
    void showIntegrationsPage();
    bool isIntegrationsPageShown() const;
    IntegrationsPage *integrationsPage() const { return m_integrationsPage; }

    void apply(); // keep the changes
    void cancel(); // go back to the last kept values
    void restorePageDefaults();

public Q_SLOTS:
    void reject() override;
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void loadPages();
    void write(Preferences::Page page);
    void writeIntegrations();
    void connectEditors();
    void fillCombos();
    void onButton(QAbstractButton *button);
    void testEngine();
    void translateButtons();
    Preferences fromWidgets() const;

    std::unique_ptr<Ui::SettingsDialog> ui;
    DesktopContext m_context;
    Autostart *m_autostart;
    FilterEditor *m_filters = nullptr;
    AccountSettingsPage *m_accountPage = nullptr;
    IntegrationsPage *m_integrationsPage = nullptr;
    Preferences m_kept; // what Cancel goes back to
    Settings::ServeSettings m_keptServe;
    bool m_keptAutostart = false;
    bool m_loading = false;
    bool m_writing = false;
};

} // namespace chatvox
