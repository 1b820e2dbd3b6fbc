#include "accountpanel.h"

#include "app/account.h"
#include "auth/tokenmanager.h"
#include "gui/accounttexts.h"
#include "gui/icons.h"
#include "gui/logindialog.h"
#include "ui_accountpanel.h"

using namespace Qt::StringLiterals;

namespace chatvox {

AccountPanel::AccountPanel(const DesktopContext &context, QWidget *parent)
    : QWidget(parent)
    , ui(std::make_unique<Ui::AccountPanel>())
    , m_context(context)
{
    ui->setupUi(this);
    QFont bold = ui->stateText->font();
    bold.setBold(true);
    ui->stateText->setFont(bold);
    Account *account = m_context.account;
    connect(ui->loginButton, &QPushButton::clicked, this, [this] {
        m_logoutNote.clear();
        LoginDialog::open(m_context.account, m_context.settings, this);
    });
    connect(ui->logoutButton, &QPushButton::clicked, account, &Account::logout);
    connect(account, &Account::logoutFinished, this, [this](bool revoked, const QString &message) {
        m_logoutNote = revoked ? tr("Logged out: the token was revoked at Twitch and deleted from "
                                    "this computer.")
                               : tr("Logged out: the token was deleted from this computer, but "
                                    "Twitch could not be told to revoke it (%1).")
                                     .arg(message);
        refresh();
    });
    connect(account, &Account::stateChanged, this, &AccountPanel::refresh);
    connect(account, &Account::identityChanged, this, &AccountPanel::refresh);
    connect(account, &Account::storageChanged, this, &AccountPanel::refresh);
    connect(account, &Account::messageChanged, this, &AccountPanel::refresh);
    connect(account, &Account::deviceCodeChanged, this, &AccountPanel::refresh);
    connect(account, &Account::connectionStatusChanged, this, &AccountPanel::refresh);
    refresh();
}

AccountPanel::~AccountPanel() = default;

void AccountPanel::refresh()
{
    const Account *a = m_context.account;
    const bool loggedIn = a->isLoggedIn();
    const Account::State state = a->state();
    const bool busy = state == Account::State::Restoring;
    const bool loggingIn
        = state == Account::State::WaitingForUser || state == Account::State::LoggingIn;

    ui->stateLight->setPixmap(icons::light(AccountTexts::stateColor(*a)).pixmap(16, 16));
    ui->stateText->setText(AccountTexts::state(*a));
    const QString message = !a->message().isEmpty() ? a->message() : m_logoutNote;
    ui->messageText->setText(message);
    ui->messageText->setVisible(!message.isEmpty());

    ui->loginValue->setText(loggedIn ? tr("%1 (user id %2)").arg(a->loginName(), a->userId())
                                     : u"—"_s);
    ui->expiryValue->setText(loggedIn ? AccountTexts::expiry(a->expiresAt()) : u"—"_s);
    ui->scopesValue->setText(loggedIn ? AccountTexts::scopes(a->scopes()) : u"—"_s);
    ui->storageValue->setText(a->tokens()->store()->description());
    ui->storageWarning->setText(a->storageMessage());
    ui->storageWarning->setVisible(!a->isPersistent() && !a->storageMessage().isEmpty());

    ui->loginButton->setVisible(!loggedIn);
    ui->loginButton->setEnabled(!busy);
    ui->loginButton->setText(loggingIn ? tr("Show the login &code…") : tr("&Log in with Twitch…"));
    ui->logoutButton->setVisible(loggedIn);

    ui->chatLight->setPixmap(
        icons::light(AccountTexts::connectionColor(a->chatStatus())).pixmap(16, 16));
    ui->chatValue->setText(AccountTexts::connection(a->chatStatus(), a->chatStatusText()));
    ui->eventSubLight->setPixmap(
        icons::light(AccountTexts::connectionColor(a->eventSubStatus())).pixmap(16, 16));
    ui->eventSubValue->setText(
        !loggedIn && a->eventSubStatus() == Account::ConnectionStatus::Off
            ? tr("Needs a login")
            : AccountTexts::connection(a->eventSubStatus(), a->eventSubStatusText()));
}

void AccountPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        ui->retranslateUi(this);
        refresh();
    }
    QWidget::changeEvent(event);
}

} // namespace chatvox
