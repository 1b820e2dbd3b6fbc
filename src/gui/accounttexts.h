#pragma once

#include "app/account.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>

namespace chatvox {

// How the Account panel, the Connection panel's account area and the settings page say what
// the account is doing (one wording everywhere).
class AccountTexts
{
    Q_DECLARE_TR_FUNCTIONS(chatvox::AccountTexts)
public:
    static QString state(const Account &account);
    static QColor stateColor(const Account &account);
    // "chat:read" → "read chat as you".
    static QString scope(const QString &scope);
    static QString scopes(const QStringList &scopes); // one per line
    static QString expiry(const QDateTime &expiresAt);
    static QString connection(Account::ConnectionStatus status, const QString &detail);
    static QColor connectionColor(Account::ConnectionStatus status);
};

} // namespace chatvox
