#include "accountsettingspage.h"

#include "gui/accountsummary.h"
#include "ui_accountsettings.h"

#include <QCoreApplication>
#include <QLabel>

using namespace Qt::StringLiterals;

namespace chatvox {

AccountSettingsPage::AccountSettingsPage(const DesktopContext &context, QWidget *parent)
    : QWidget(parent)
    , ui(std::make_unique<Ui::AccountSettingsPage>())
    , m_context(context)
{
    ui->setupUi(this);
    if (m_context.account) {
        m_summary = new AccountSummary(m_context, ui->loginGroup);
        m_summary->setDetailsVisible(false);
        ui->loginLayout->addWidget(m_summary);
    } else {
        ui->loginGroup->hide();
    }
    connect(ui->clientIdEdit, &QLineEdit::editingFinished, this, &AccountSettingsPage::edited);
    connect(ui->readRedemptionsCheck, &QCheckBox::toggled, this, [this] {
        ui->redemptionTemplateEdit->setEnabled(ui->readRedemptionsCheck->isChecked());
        emit edited();
    });
    connect(ui->redemptionTemplateEdit, &QLineEdit::editingFinished, this,
            &AccountSettingsPage::edited);
    retranslate();
}

AccountSettingsPage::~AccountSettingsPage() = default;

void AccountSettingsPage::load(const Preferences &p)
{
    const QSignalBlocker a(ui->clientIdEdit);
    const QSignalBlocker b(ui->readRedemptionsCheck);
    const QSignalBlocker c(ui->redemptionTemplateEdit);
    if (!ui->clientIdEdit->hasFocus())
        ui->clientIdEdit->setText(p.twitchClientId);
    ui->readRedemptionsCheck->setChecked(p.readRedemptions);
    if (!ui->redemptionTemplateEdit->hasFocus())
        ui->redemptionTemplateEdit->setText(p.redemptionTemplate);
    ui->redemptionTemplateEdit->setEnabled(p.readRedemptions);
}

void AccountSettingsPage::collect(Preferences &p) const
{
    p.twitchClientId = ui->clientIdEdit->text().trimmed();
    p.readRedemptions = ui->readRedemptionsCheck->isChecked();
    const QString pattern = ui->redemptionTemplateEdit->text().trimmed();
    // A sentence that names nothing is a typo, not a choice: keep the default then.
    p.redemptionTemplate
        = pattern.contains(u"{reward}") || pattern.contains(u"{user}") ? pattern : QString();
}

void AccountSettingsPage::retranslate()
{
    const QString console
        = u"<a href=\"https://dev.twitch.tv/console/apps\">dev.twitch.tv/console/apps</a>"_s;
    const QString how
        = tr("Register an application at %1 (OAuth Redirect URL http://localhost, category "
             "Application Integration, Client Type <b>Public</b>) and enter its Client ID here. "
             "No secret is needed: ChatVox logs in with a device code.")
              .arg(console);
    const bool builtIn = !Preferences::defaults().twitchClientId.isEmpty();
    ui->clientIdNote->setText(
        (builtIn ? tr("ChatVox logs in as a Twitch application; its own Client ID is filled in. "
                      "To use yours instead:")
                 : tr("This build of ChatVox has no Twitch application of its own, so logging "
                      "in needs yours."))
        + u" "_s + how);
    // The default sentence, in the language of the moment (the pipeline translates it).
    ui->redemptionTemplateEdit->setPlaceholderText(
        QCoreApplication::translate("chatvox::Pipeline", "{user} redeemed {reward}: {input}"));
}

void AccountSettingsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        ui->retranslateUi(this);
        retranslate();
    }
    QWidget::changeEvent(event);
}

} // namespace chatvox
