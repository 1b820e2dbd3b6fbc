#include "auth/devicecodelogin.h"

#include "auth/logging.h"
#include "auth/twitchidclient.h"

using namespace Qt::StringLiterals;

namespace chatvox {

DeviceCodeLogin::DeviceCodeLogin(TwitchIdClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    m_pollTimer.setSingleShot(true);
    connect(&m_pollTimer, &QTimer::timeout, this, &DeviceCodeLogin::poll);
}

DeviceCodeLogin::~DeviceCodeLogin() = default;

bool DeviceCodeLogin::isActive() const
{
    return m_state == State::RequestingCode || m_state == State::WaitingForUser
        || m_state == State::Finishing;
}

void DeviceCodeLogin::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    qCDebug(lcAuth) << "device login" << state;
    Q_EMIT stateChanged(state);
}

void DeviceCodeLogin::fail(State state, const QString &message)
{
    m_pollTimer.stop();
    m_attempt.reset();
    m_message = message;
    qCInfo(lcAuth).noquote() << "login ended:" << message;
    setState(state);
    Q_EMIT failed(state, message);
}

void DeviceCodeLogin::start(const QStringList &scopes)
{
    cancel();
    if (!m_client) {
        fail(State::Failed, tr("The login is not available."));
        return;
    }
    if (m_client->clientId().isEmpty()) {
        fail(State::Failed,
             tr("No Twitch Client ID is set. Register an application in the Twitch developer "
                "console and enter its Client ID in the settings (see the README)."));
        return;
    }
    m_scopes = scopes;
    m_message.clear();
    m_result = {};
    m_code = {};
    m_attempt = std::make_unique<QObject>();
    setState(State::RequestingCode);
    m_client->requestDeviceCode(scopes, m_attempt.get(), [this](const Result<DeviceCode> &code) {
        if (!code) {
            fail(State::Failed, code.error());
            return;
        }
        m_code = code.value();
        m_intervalS = m_code.intervalS;
        m_codeExpiresAt = QDateTime::currentDateTimeUtc().addSecs(m_code.expiresInS);
        qCInfo(lcAuth).noquote() << "login code ready; it expires in" << m_code.expiresInS << "s";
        setState(State::WaitingForUser);
        Q_EMIT codeReady(m_code);
        schedulePoll();
    });
}

void DeviceCodeLogin::cancel()
{
    m_pollTimer.stop();
    m_attempt.reset();
    if (isActive())
        setState(State::Cancelled);
}

void DeviceCodeLogin::schedulePoll()
{
    m_pollTimer.start(int(m_intervalS * 1000 * m_timeScale));
}

void DeviceCodeLogin::poll()
{
    if (m_state != State::WaitingForUser || !m_client)
        return;
    if (QDateTime::currentDateTimeUtc() >= m_codeExpiresAt) {
        fail(State::Expired,
             tr("The login code expired before it was entered. Try again for a "
                "new code."));
        return;
    }
    m_client->pollDeviceToken(
        m_code.deviceCode, m_scopes, m_attempt.get(), [this](const TokenOutcome &outcome) {
            if (outcome.tokens) {
                finish(*outcome.tokens);
                return;
            }
            switch (outcome.error.kind) {
            case OAuthError::AuthorizationPending:
                schedulePoll();
                return;
            case OAuthError::SlowDown:
                m_intervalS += 5; // RFC 8628 3.5
                qCInfo(lcAuth) << "Twitch asks to poll slower; interval now" << m_intervalS << "s";
                schedulePoll();
                return;
            case OAuthError::ExpiredCode:
                fail(State::Expired,
                     tr("The login code expired before it was entered. Try "
                        "again for a new code."));
                return;
            case OAuthError::AccessDenied:
                fail(State::Denied, tr("The login was declined on Twitch."));
                return;
            default:
                break;
            }
            if (outcome.networkFailure) {
                qCInfo(lcAuth).noquote() << "poll failed, trying again:" << outcome.message;
                schedulePoll();
                return;
            }
            fail(State::Failed, tr("Twitch refused the login: %1").arg(outcome.message));
        });
}

void DeviceCodeLogin::finish(const TokenResponse &tokens)
{
    setState(State::Finishing);
    const qint64 issuedAtMs = QDateTime::currentMSecsSinceEpoch();
    m_client->validate(
        tokens.accessToken, m_attempt.get(),
        [this, tokens, issuedAtMs](const ValidateOutcome &outcome) {
            if (!outcome.info) {
                fail(State::Failed,
                     tr("Twitch did not confirm the new login: %1").arg(outcome.message));
                return;
            }
            TokenSet set;
            set.userId = outcome.info->userId;
            set.login = outcome.info->login;
            set.accessToken = tokens.accessToken;
            set.refreshToken = tokens.refreshToken;
            const qint64 expiresIn
                = outcome.info->expiresInS > 0 ? outcome.info->expiresInS : tokens.expiresInS;
            set.expiresAtMs = expiresIn > 0 ? issuedAtMs + expiresIn * 1000 : 0;
            set.scopes = outcome.info->scopes.isEmpty() ? tokens.scopes : outcome.info->scopes;
            m_result = set;
            m_attempt.reset();
            qCInfo(lcAuth).noquote()
                << "logged in as" << set.login << "(user id" << set.userId << ")";
            setState(State::Succeeded);
            Q_EMIT succeeded(set);
        });
}

} // namespace chatvox
