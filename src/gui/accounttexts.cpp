#include "accounttexts.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace chatvox {

namespace {
const QColor kGreen(0x16, 0xa3, 0x4a);
const QColor kAmber(0xf5, 0x9e, 0x0b);
const QColor kRed(0xdc, 0x26, 0x26);
const QColor kGrey(0x9c, 0xa3, 0xaf);
} // namespace

QString AccountTexts::state(const Account &account)
{
    switch (account.state()) {
    case Account::State::LoggedOut:
        return tr("Not logged in: chat is read anonymously.");
    case Account::State::Restoring:
        return account.loginName().isEmpty()
            ? tr("Checking the saved login…")
            : tr("Checking the saved login of %1…").arg(account.loginName());
    case Account::State::WaitingForUser:
        return tr("Logging in: enter the code %1 on Twitch.").arg(account.userCode());
    case Account::State::LoggingIn:
        return tr("Logging in…");
    case Account::State::LoggedIn:
        return account.isPersistent()
            ? tr("Logged in as %1").arg(account.loginName())
            : tr("Logged in as %1 (for this session only)").arg(account.loginName());
    }
    return {};
}

QColor AccountTexts::stateColor(const Account &account)
{
    switch (account.state()) {
    case Account::State::LoggedIn:
        return account.isPersistent() ? kGreen : kAmber;
    case Account::State::LoggedOut:
        return kGrey;
    default:
        return kAmber;
    }
}

QString AccountTexts::scope(const QString &scope)
{
    if (scope == u"chat:read")
        return tr("read chat as you");
    if (scope == u"chat:edit")
        return tr("write in chat as you (the answers to !voice)");
    if (scope == u"channel:read:redemptions")
        return tr("see channel-point redemptions");
    return scope;
}

QString AccountTexts::scopes(const QStringList &scopes)
{
    QStringList lines;
    for (const QString &s : scopes)
        lines << u"%1 (%2)"_s.arg(scope(s), s);
    return lines.isEmpty() ? u"—"_s : lines.join(u'\n');
}

QString AccountTexts::expiry(const QDateTime &expiresAt)
{
    if (!expiresAt.isValid())
        return u"—"_s;
    return tr("%1 (renewed automatically before then)")
        .arg(QLocale().toString(expiresAt.toLocalTime(), QLocale::ShortFormat));
}

QString AccountTexts::connection(Account::ConnectionStatus status, const QString &detail)
{
    if (!detail.isEmpty())
        return detail;
    switch (status) {
    case Account::ConnectionStatus::Off:
        return tr("Not connected");
    case Account::ConnectionStatus::Connecting:
        return tr("Connecting…");
    case Account::ConnectionStatus::Connected:
        return tr("Connected");
    case Account::ConnectionStatus::Reconnecting:
        return tr("Reconnecting…");
    case Account::ConnectionStatus::Failed:
        return tr("Failed");
    }
    return {};
}

QColor AccountTexts::connectionColor(Account::ConnectionStatus status)
{
    switch (status) {
    case Account::ConnectionStatus::Connected:
        return kGreen;
    case Account::ConnectionStatus::Connecting:
    case Account::ConnectionStatus::Reconnecting:
        return kAmber;
    case Account::ConnectionStatus::Failed:
        return kRed;
    case Account::ConnectionStatus::Off:
        return kGrey;
    }
    return kGrey;
}

} // namespace chatvox
