#include "accountsummary.h"

#include "app/account.h"
#include "app/settings.h"
#include "gui/accounttexts.h"
#include "gui/icons.h"
#include "gui/logindialog.h"
#include "ui_accountsummary.h"

namespace chatvox {

AccountSummary::AccountSummary(const DesktopContext &context, QWidget *parent)
    : QWidget(parent)
    , ui(std::make_unique<Ui::AccountSummary>())
    , m_context(context)
{
    ui->setupUi(this);
    Account *account = m_context.account;
    connect(ui->summaryLoginButton, &QPushButton::clicked, this,
            [this] { LoginDialog::open(m_context.account, m_context.settings, this); });
    connect(ui->summaryLogoutButton, &QPushButton::clicked, account, &Account::logout);
    connect(ui->detailsButton, &QPushButton::clicked, this, &AccountSummary::detailsRequested);
    connect(account, &Account::stateChanged, this, &AccountSummary::refresh);
    connect(account, &Account::identityChanged, this, &AccountSummary::refresh);
    connect(account, &Account::storageChanged, this, &AccountSummary::refresh);
    connect(account, &Account::messageChanged, this, &AccountSummary::refresh);
    connect(account, &Account::deviceCodeChanged, this, &AccountSummary::refresh);
    connect(m_context.settings, &Settings::changed, this, [this](Settings::Group group) {
        if (group == Settings::Group::Account)
            refresh(); // a Client ID was entered
    });
    refresh();
}

AccountSummary::~AccountSummary() = default;

void AccountSummary::setDetailsVisible(bool visible)
{
    ui->detailsButton->setVisible(visible);
}

void AccountSummary::refresh()
{
    const Account *a = m_context.account;
    const Account::State state = a->state();
    ui->summaryLight->setPixmap(icons::light(AccountTexts::stateColor(*a)).pixmap(16, 16));
    ui->summaryText->setText(AccountTexts::state(*a));
    // Two lines in the Connection strip: what matters now; the rest in the tooltip.
    QString note;
    if (!a->message().isEmpty())
        note = a->message(); // e.g. the login expired
    else if (a->isLoggedIn() && !a->isPersistent())
        note = tr("No system keychain: this login is forgotten when ChatVox ends.");
    else if (state == Account::State::LoggedOut && a->clientId().isEmpty())
        note = tr("Logging in needs a Twitch Client ID: see Settings → Twitch account.");
    ui->summaryNote->setText(note);
    ui->summaryNote->setVisible(!note.isEmpty());
    ui->summaryText->setToolTip(state == Account::State::LoggedOut
                                    ? tr("Log in for channel points and !voice answers in chat.")
                                    : QString());
    ui->summaryLoginButton->setVisible(!a->isLoggedIn());
    ui->summaryLoginButton->setEnabled(state != Account::State::Restoring);
    ui->summaryLoginButton->setText(state == Account::State::WaitingForUser
                                            || state == Account::State::LoggingIn
                                        ? tr("Show the login &code…")
                                        : tr("&Log in with Twitch…"));
    ui->summaryLogoutButton->setVisible(a->isLoggedIn());
}

void AccountSummary::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        ui->retranslateUi(this);
        refresh();
    }
    QWidget::changeEvent(event);
}

} // namespace chatvox
