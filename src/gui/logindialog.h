#pragma once

#include <memory>

#include <QDialog>
#include <QPointer>
#include <QTimer>

namespace Ui {
class LoginDialog;
}

namespace chatvox {

class Account;
class Settings;

// The Twitch login (Device Code Grant) for people: the user code shown large, the activation
// page as a link, a button that opens it in the browser and its QR code for a phone, a
// countdown to the code's expiry; then the outcome: logged in (and where the login is kept),
// the choice of a memory-only session when the system has no keychain, or an expired code
// (try again), a refusal on Twitch, or another failure, each said plainly. Everything follows
// Account's signals: the dialog never waits.
class LoginDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Stage {
        Busy, // asking for a code, or approved and finishing
        Code, // showing the code; Twitch is polled
        LoggedIn,
        MemoryOnlyChoice, // logged in, but no keychain: keep for this session or log out
        Expired,
        Denied,
        Failed,
    };
    Q_ENUM(Stage)

    LoginDialog(Account *account, Settings *settings, QWidget *parent = nullptr);
    ~LoginDialog() override;

    // The one login dialog of the app: brought forward when open, else made (deleted on
    // close) and a login started, unless one runs or the account is logged in already.
    static LoginDialog *open(Account *account, Settings *settings, QWidget *parent);

    Stage stage() const { return m_stage; }
    // Starts a new Device Code login (also "Try again").
    void startLogin();

public Q_SLOTS:
    void reject() override; // Cancel, Esc, the window's close button: a running login stops

protected:
    void changeEvent(QEvent *event) override;

private:
    void update();
    void setStage(Stage stage);
    void showCode();
    void showResult();
    void updateCountdown();
    void retranslate();

    std::unique_ptr<Ui::LoginDialog> ui;
    QPointer<Account> m_account;
    Settings *m_settings;
    Stage m_stage = Stage::Busy;
    bool m_attempting = false; // a login started here is running
    bool m_sawCode = false;
    int m_failureState = 0; // DeviceCodeLogin::State of the failed attempt
    QString m_failure; // its message
    QString m_channelSet; // the channel this login set (it had none)
    QTimer m_countdown;
};

} // namespace chatvox
