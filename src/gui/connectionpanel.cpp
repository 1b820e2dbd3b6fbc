#include "connectionpanel.h"

#include "app/runstatus.h"
#include "app/settings.h"
#include "gui/icons.h"
#include "ui_connectionpanel.h"

#include <QRegularExpressionValidator>

using namespace Qt::StringLiterals;

namespace chatvox {

ConnectionPanel::ConnectionPanel(const DesktopContext &context, QWidget *parent)
    : QWidget(parent)
    , ui(std::make_unique<Ui::ConnectionPanel>())
    , m_context(context)
{
    ui->setupUi(this);
    // Twitch logins: letters, digits, underscore; a leading # is tolerated.
    ui->channelEdit->setValidator(new QRegularExpressionValidator(
        QRegularExpression(u"#?[A-Za-z0-9_]{0,25}"_s), ui->channelEdit));
    ui->channelEdit->setText(m_context.settings->channel());
    connect(ui->readButton, &QPushButton::clicked, this, &ConnectionPanel::applyChannel);
    connect(ui->channelEdit, &QLineEdit::returnPressed, this, &ConnectionPanel::applyChannel);
    connect(m_context.settings, &Settings::changed, this, [this](Settings::Group group) {
        if (group == Settings::Group::Chat && !ui->channelEdit->hasFocus())
            ui->channelEdit->setText(m_context.settings->channel());
    });
    connect(m_context.status, &RunStatus::changed, this, &ConnectionPanel::refresh);
    refresh();
}

ConnectionPanel::~ConnectionPanel() = default;

void ConnectionPanel::setAccountWidget(QWidget *widget)
{
    ui->accountText->hide();
    ui->loginButton->hide();
    ui->accountLayout->insertWidget(0, widget);
}

void ConnectionPanel::applyChannel()
{
    QString channel = ui->channelEdit->text().trimmed();
    if (channel.startsWith(u'#'))
        channel.remove(0, 1);
    m_context.settings->setChannel(channel.toLower());
    ui->channelEdit->setText(m_context.settings->channel());
}

void ConnectionPanel::refresh()
{
    const RunStatus *s = m_context.status;
    ui->statusText->setText(s->connectionText());
    QColor color;
    switch (s->connection()) {
    case RunStatus::Connection::Connected:
    case RunStatus::Connection::Replay:
        color = QColor(0x16, 0xa3, 0x4a);
        break;
    case RunStatus::Connection::Connecting:
    case RunStatus::Connection::Reconnecting:
        color = QColor(0xf5, 0x9e, 0x0b);
        break;
    case RunStatus::Connection::Error:
        color = QColor(0xdc, 0x26, 0x26);
        break;
    case RunStatus::Connection::NoChannel:
        color = QColor(0x9c, 0xa3, 0xaf);
        break;
    case RunStatus::Connection::Demo:
        color = s->demoEnded() ? QColor(0x9c, 0xa3, 0xaf) : QColor(0x25, 0x63, 0xeb);
        break;
    }
    // The demo plays until a channel is entered: the field says it is waiting for one.
    const bool demo = s->connection() == RunStatus::Connection::Demo;
    ui->channelEdit->setPlaceholderText(demo ? tr("enter your channel to read your own chat")
                                             : tr("your Twitch channel name"));
    ui->readButton->setToolTip(demo ? tr("Stop the demo and read this channel")
                                    : tr("Start reading this channel"));
    ui->statusLight->setPixmap(icons::light(color).pixmap(16, 16));
    ui->readCount->setText(QString::number(s->readCount()));
    ui->skippedCount->setText(QString::number(s->skippedCount()));
    ui->purgedCount->setText(QString::number(s->purgedCount()));
    ui->waitingCount->setText(QString::number(s->queueLength()));
    // The login flow itself is the account feature's (chatvox --login); here: who reads.
    const QString login = m_context.settings->accountLogin();
    if (!login.isEmpty())
        ui->accountText->setText(tr("Logged in as %1: chat is read as this account and "
                                    "channel-point redemptions are read aloud. Log out with "
                                    "\"chatvox --logout\".")
                                     .arg(login));
}

void ConnectionPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        ui->retranslateUi(this);
        refresh();
    }
    QWidget::changeEvent(event);
}

} // namespace chatvox
