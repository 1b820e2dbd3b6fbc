#include "auth/tokenvalidator.h"

#include "auth/logging.h"
#include "auth/twitchidclient.h"

namespace chatvox {

TokenValidator::TokenValidator(TwitchIdClient *client, std::function<QString()> tokenSource,
                               QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_tokenSource(std::move(tokenSource))
{
    connect(&m_timer, &QTimer::timeout, this, &TokenValidator::validateNow);
}

TokenValidator::~TokenValidator() = default;

void TokenValidator::setIntervalMs(int ms)
{
    m_intervalMs = std::max(1, ms);
    if (m_timer.isActive())
        m_timer.start(m_intervalMs);
}

void TokenValidator::start()
{
    m_timer.start(m_intervalMs);
    validateNow();
}

void TokenValidator::stop()
{
    m_timer.stop();
    m_context.reset(); // an answer in flight is dropped
    m_inFlight = false;
}

void TokenValidator::validateNow()
{
    const QString token = m_tokenSource ? m_tokenSource() : QString();
    if (token.isEmpty() || !m_client || m_inFlight)
        return;
    m_inFlight = true;
    m_context = std::make_unique<QObject>();
    m_client->validate(token, m_context.get(), [this, token](const ValidateOutcome &outcome) {
        m_inFlight = false;
        if (outcome.info) {
            qCDebug(lcAuth) << "token valid for" << outcome.info->login << "for another"
                            << outcome.info->expiresInS << "s";
            Q_EMIT validated(*outcome.info, token);
        } else if (outcome.invalidToken) {
            qCInfo(lcAuth) << "token no longer valid";
            Q_EMIT invalid(token);
        } else {
            qCInfo(lcAuth).noquote() << "could not validate the token:" << outcome.message;
            Q_EMIT unreachable(outcome.message);
        }
    });
}

} // namespace chatvox
