#include "logindialog.h"

#include "app/account.h"
#include "app/settings.h"
#include "auth/devicecodelogin.h"
#include "auth/tokenmanager.h"
#include "gui/icons.h"
#include "ui_logindialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace chatvox {

LoginDialog::LoginDialog(Account *account, Settings *settings, QWidget *parent)
    : QDialog(parent)
    , ui(std::make_unique<Ui::LoginDialog>())
    , m_account(account)
    , m_settings(settings)
{
    ui->setupUi(this);
    setWindowIcon(icons::app());
    QFont code = ui->userCode->font();
    code.setPointSizeF(code.pointSizeF() * 2.6);
    code.setBold(true);
    code.setLetterSpacing(QFont::PercentageSpacing, 115);
    ui->userCode->setFont(code);
    QFont title = ui->resultTitle->font();
    title.setPointSizeF(title.pointSizeF() * 1.3);
    title.setBold(true);
    ui->resultTitle->setFont(title);

    connect(ui->openBrowserButton, &QPushButton::clicked, this, [this] {
        if (m_account)
            QDesktopServices::openUrl(m_account->verificationUrl());
    });
    connect(ui->copyCodeButton, &QPushButton::clicked, this, [this] {
        if (!m_account)
            return;
        QGuiApplication::clipboard()->setText(m_account->userCode());
        ui->copyCodeButton->setText(tr("Copied"));
        QTimer::singleShot(2000, this, [this] { ui->copyCodeButton->setText(tr("Co&py")); });
    });
    connect(ui->retryButton, &QPushButton::clicked, this, &LoginDialog::startLogin);
    connect(ui->cancelButton, &QPushButton::clicked, this, &LoginDialog::reject);
    connect(ui->closeButton, &QPushButton::clicked, this, &LoginDialog::accept);
    connect(ui->keepSessionButton, &QPushButton::clicked, this, &LoginDialog::accept);
    connect(ui->logoutButton, &QPushButton::clicked, this, [this] {
        if (m_account)
            m_account->logout();
        accept();
    });

    m_countdown.setInterval(1000);
    connect(&m_countdown, &QTimer::timeout, this, &LoginDialog::updateCountdown);

    connect(account, &Account::stateChanged, this, &LoginDialog::update);
    connect(account, &Account::deviceCodeChanged, this, &LoginDialog::update);
    connect(account, &Account::storageChanged, this, &LoginDialog::update);
    connect(account, &Account::loginFailed, this, [this](const QString &message) {
        if (!m_attempting)
            return;
        m_attempting = false;
        m_failure = message;
        m_failureState = int(m_account->deviceLogin()->state());
        update();
    });
    update();
}

LoginDialog::~LoginDialog() = default;

LoginDialog *LoginDialog::open(Account *account, Settings *settings, QWidget *parent)
{
    LoginDialog *dialog = nullptr;
    for (QWidget *w : QApplication::topLevelWidgets()) {
        // A closed one may wait for its deletion: only an open one is reused.
        if (auto *d = qobject_cast<LoginDialog *>(w);
            d && d->m_account == account && d->isVisible())
            dialog = d;
    }
    if (!dialog) {
        dialog = new LoginDialog(account, settings, parent ? parent->window() : nullptr);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        const Account::State state = account->state();
        if (state == Account::State::LoggedOut)
            dialog->startLogin();
        else if (state == Account::State::WaitingForUser || state == Account::State::LoggingIn)
            dialog->m_attempting = true; // started elsewhere (the settings page, a test)
    }
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    return dialog;
}

void LoginDialog::startLogin()
{
    if (!m_account)
        return;
    m_failure.clear();
    m_failureState = 0;
    m_sawCode = false;
    m_channelSet.clear();
    m_attempting = true;
    setStage(Stage::Busy);
    m_account->login(); // may fail at once (no Client ID): loginFailed comes first
    update();
}

void LoginDialog::update()
{
    if (!m_account)
        return;
    if (!m_failure.isEmpty()) {
        switch (DeviceCodeLogin::State(m_failureState)) {
        case DeviceCodeLogin::State::Expired:
            setStage(Stage::Expired);
            break;
        case DeviceCodeLogin::State::Denied:
            setStage(Stage::Denied);
            break;
        default:
            setStage(Stage::Failed);
            break;
        }
        return;
    }
    switch (m_account->state()) {
    case Account::State::WaitingForUser:
        if (!m_account->userCode().isEmpty()) {
            m_sawCode = true;
            setStage(Stage::Code);
            return;
        }
        setStage(Stage::Busy);
        break;
    case Account::State::LoggingIn:
    case Account::State::Restoring:
        setStage(Stage::Busy);
        break;
    case Account::State::LoggedIn:
        if (m_attempting) {
            m_attempting = false;
            // Logged in while no channel was set (the demo plays): read the streamer's own
            // channel, as a start with a saved login does.
            if (m_settings && m_settings->channel().isEmpty()) {
                m_channelSet = m_account->loginName();
                m_settings->setChannel(m_channelSet);
            }
        }
        setStage(m_account->isPersistent() ? Stage::LoggedIn : Stage::MemoryOnlyChoice);
        break;
    case Account::State::LoggedOut:
        // A failure is shown when loginFailed() follows; a login cancelled somewhere else (the
        // Account panel) leaves nothing to show.
        if (m_attempting
            && m_account->deviceLogin()->state() == DeviceCodeLogin::State::Cancelled) {
            m_attempting = false;
            QMetaObject::invokeMethod(this, &LoginDialog::accept, Qt::QueuedConnection);
        }
        break;
    }
}

void LoginDialog::setStage(Stage stage)
{
    m_stage = stage;
    switch (stage) {
    case Stage::Busy:
        ui->pages->setCurrentWidget(ui->busyPage);
        m_countdown.stop();
        break;
    case Stage::Code:
        ui->pages->setCurrentWidget(ui->codePage);
        showCode();
        break;
    default:
        ui->pages->setCurrentWidget(ui->resultPage);
        m_countdown.stop();
        showResult();
        break;
    }
    const bool running = stage == Stage::Busy || stage == Stage::Code;
    const bool failed = stage == Stage::Expired || stage == Stage::Denied || stage == Stage::Failed;
    ui->cancelButton->setVisible(running);
    ui->retryButton->setVisible(failed);
    ui->keepSessionButton->setVisible(stage == Stage::MemoryOnlyChoice);
    ui->logoutButton->setVisible(stage == Stage::MemoryOnlyChoice);
    ui->closeButton->setVisible(stage == Stage::LoggedIn || failed);
    QPushButton *preferred = running ? ui->cancelButton
        : failed                     ? ui->retryButton
        : stage == Stage::LoggedIn   ? ui->closeButton
                                     : ui->keepSessionButton;
    preferred->setDefault(true);
    if (stage == Stage::Code && !ui->openBrowserButton->hasFocus())
        ui->openBrowserButton->setFocus();
    retranslate();
}

void LoginDialog::showCode()
{
    const QUrl url = m_account->verificationUrl();
    // The page's address without the query (the code is shown below); the link opens all of it.
    const QString shown = url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment)
                              .toDisplayString(QUrl::RemoveScheme)
                              .mid(2);
    ui->urlLabel->setText(u"<a href=\"%1\">%2</a>"_s.arg(
        url.toString(QUrl::FullyEncoded).toHtmlEscaped(), shown.toHtmlEscaped()));
    ui->urlLabel->setToolTip(url.toDisplayString());
    QString code = m_account->userCode();
    ui->userCode->setText(code);
    ui->qrCode->setCode(m_account->loginQrCode());
    ui->qrCode->setAccessibleDescription(url.toDisplayString());
    updateCountdown();
    m_countdown.start();
}

void LoginDialog::updateCountdown()
{
    if (!m_account)
        return;
    const qint64 left
        = std::max<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(m_account->codeExpiresAt()));
    if (left == 0) {
        ui->countdown->setText(tr("Time is up for this code."));
        return;
    }
    const QString time = u"%1:%2"_s.arg(left / 60).arg(left % 60, 2, 10, QLatin1Char('0'));
    ui->countdown->setText(tr("Time left to enter the code: %1").arg(time));
}

void LoginDialog::showResult()
{
    QStyle *s = style();
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    QString title;
    QString text;
    switch (m_stage) {
    case Stage::LoggedIn:
        icon = QStyle::SP_DialogApplyButton;
        title = tr("Logged in as %1").arg(m_account->loginName());
        text = tr("ChatVox reads chat as this account, answers !voice in chat and reads "
                  "channel-point redemptions aloud. The login is kept in %1.")
                   .arg(m_account->tokens()->store()->description());
        if (!m_channelSet.isEmpty())
            text += u"\n\n"_s
                + tr("No channel was set: ChatVox now reads your channel #%1.").arg(m_channelSet);
        break;
    case Stage::MemoryOnlyChoice:
        icon = QStyle::SP_MessageBoxWarning;
        title = tr("Logged in as %1, but the login cannot be saved").arg(m_account->loginName());
        text = m_account->storageMessage() + u"\n\n"_s
            + tr("Keep this login for this session only (you log in again when you start ChatVox "
                 "next time), or log out now?");
        if (!m_channelSet.isEmpty())
            text += u"\n\n"_s
                + tr("No channel was set: ChatVox now reads your channel #%1.").arg(m_channelSet);
        break;
    case Stage::Expired:
        icon = QStyle::SP_MessageBoxWarning;
        title = tr("The code has expired");
        text = m_failure;
        break;
    case Stage::Denied:
        icon = QStyle::SP_MessageBoxCritical;
        title = tr("You declined the login on Twitch");
        text = tr("ChatVox is not logged in. If that was a mistake, try again and choose "
                  "\"Authorize\" on Twitch.");
        break;
    case Stage::Failed:
        icon = QStyle::SP_MessageBoxCritical;
        title = tr("The login did not work");
        text = m_failure;
        break;
    case Stage::Busy:
    case Stage::Code:
        return;
    }
    ui->resultIcon->setPixmap(s->standardIcon(icon).pixmap(32, 32));
    ui->resultTitle->setText(title);
    ui->resultText->setText(text);
}

void LoginDialog::retranslate()
{
    ui->busyText->setText(m_sawCode ? tr("Approved on Twitch. Finishing the login…")
                                    : tr("Asking Twitch for a login code…"));
    if (m_stage == Stage::Code)
        updateCountdown();
    else if (m_stage != Stage::Busy)
        showResult();
}

void LoginDialog::reject()
{
    if (m_account && m_attempting && (m_stage == Stage::Busy || m_stage == Stage::Code)) {
        m_attempting = false;
        m_account->cancelLogin();
    }
    QDialog::reject();
}

void LoginDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        ui->retranslateUi(this);
        if (m_stage == Stage::Code)
            showCode();
        retranslate();
    }
    QDialog::changeEvent(event);
}

} // namespace chatvox
