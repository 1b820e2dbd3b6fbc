#include "auth/tokenmanager.h"

#include "auth/logging.h"
#include "auth/tokenstore.h"
#include "auth/tokenvalidator.h"
#include "auth/twitchidclient.h"

#include <algorithm>
#include <limits>

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace chatvox {

namespace {

constexpr qint64 kMaxTimerMs = std::numeric_limits<int>::max();

} // namespace

TokenManager::TokenManager(TwitchIdClient *client, TokenStore *store, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
    , m_validator(new TokenValidator(
          client, [this] { return m_tokens.accessToken; }, this))
{
    m_refreshTimer.setSingleShot(true);
    connect(&m_refreshTimer, &QTimer::timeout, this, &TokenManager::refresh);
    m_validator->setIntervalMs(m_timings.validateIntervalMs);
    connect(m_validator, &TokenValidator::validated, this, &TokenManager::onValidated);
    connect(m_validator, &TokenValidator::invalid, this, &TokenManager::reportUnauthorized);
    connect(m_validator, &TokenValidator::unreachable, this, [this](const QString &message) {
        // Offline start: keep the stored login; chat and EventSub report their own failures.
        if (m_state == State::Restoring) {
            qCInfo(lcAuth).noquote() << "cannot validate the stored login now:" << message;
            setState(State::LoggedIn);
            scheduleRefresh();
        }
    });
}

TokenManager::~TokenManager() = default;

void TokenManager::setTimings(const Timings &timings)
{
    m_timings = timings;
    m_validator->setIntervalMs(timings.validateIntervalMs);
    if (m_state == State::LoggedIn)
        scheduleRefresh();
}

void TokenManager::setStore(TokenStore *store)
{
    m_store = store;
}

void TokenManager::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    qCDebug(lcAuth) << "session" << state;
    Q_EMIT stateChanged(state);
}

void TokenManager::setRefreshing(bool refreshing)
{
    if (m_refreshing == refreshing)
        return;
    m_refreshing = refreshing;
    Q_EMIT refreshingChanged(refreshing);
}

void TokenManager::clearSession()
{
    m_refreshTimer.stop();
    m_validator->stop();
    m_session.reset();
    m_tokens = {};
    m_retryAttempt = 0;
    setRefreshing(false);
}

void TokenManager::restore(const QString &userId)
{
    clearSession();
    if (userId.isEmpty() || !m_store) {
        setState(State::LoggedOut);
        return;
    }
    m_session = std::make_unique<QObject>();
    setState(State::Restoring);
    m_store->read(userId, m_session.get(), [this, userId](const TokenStoreResult &result) {
        if (!result.ok()) {
            if (result.status != TokenStoreResult::Status::NotFound)
                Q_EMIT storageProblem(result.message);
            qCInfo(lcAuth) << "no stored login for user id" << userId;
            clearSession();
            setState(State::LoggedOut);
            Q_EMIT loggedOut(
                result.status == TokenStoreResult::Status::NotFound
                    ? QString()
                    : tr("The saved Twitch login cannot be read: %1").arg(result.message));
            return;
        }
        m_tokens = result.tokens;
        if (m_tokens.userId.isEmpty())
            m_tokens.userId = userId;
        qCInfo(lcAuth).noquote() << "restored the login of" << m_tokens.login;
        Q_EMIT tokensChanged();
        if (m_tokens.expiresAtMs > 0
            && m_tokens.expiresAtMs <= QDateTime::currentMSecsSinceEpoch()) {
            refresh(); // expired while ChatVox was not running
        } else {
            m_validator->start();
        }
    });
}

void TokenManager::adopt(const TokenSet &tokens)
{
    clearSession();
    m_session = std::make_unique<QObject>();
    setState(State::Restoring);
    const auto finish = [this, tokens] {
        apply(tokens);
        setState(State::LoggedIn);
        m_validator->setIntervalMs(m_timings.validateIntervalMs);
        m_validator->start();
    };
    if (!m_store) {
        finish();
        return;
    }
    m_store->write(tokens, m_session.get(), [this, finish](const TokenStoreResult &result) {
        if (!result.ok())
            Q_EMIT storageProblem(result.message);
        finish();
    });
}

void TokenManager::apply(const TokenSet &tokens)
{
    m_tokens = tokens;
    Q_EMIT tokensChanged();
    scheduleRefresh();
}

void TokenManager::scheduleRefresh()
{
    if (m_retryAttempt > 0 && m_refreshTimer.isActive())
        return; // a failed refresh waits for its retry
    m_refreshTimer.stop();
    if (m_tokens.expiresAtMs <= 0 || m_tokens.refreshToken.isEmpty())
        return;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 delay = m_tokens.expiresAtMs - m_timings.refreshMarginMs - now;
    m_refreshTimer.start(int(std::clamp<qint64>(delay, 0, kMaxTimerMs)));
    qCDebug(lcAuth) << "next refresh in" << std::max<qint64>(delay, 0) / 1000 << "s";
}

void TokenManager::refresh()
{
    if (m_refreshing || !m_client || m_tokens.accessToken.isEmpty())
        return;
    if (m_tokens.refreshToken.isEmpty()) {
        endSession(tr("Your Twitch login has expired. Please log in again."));
        return;
    }
    m_refreshTimer.stop();
    if (!m_session)
        m_session = std::make_unique<QObject>();
    setRefreshing(true);
    qCInfo(lcAuth) << "refreshing the access token";
    m_client->refresh(m_tokens.refreshToken, m_session.get(), [this](const TokenOutcome &outcome) {
        if (outcome.tokens) {
            TokenSet next = m_tokens;
            next.accessToken = outcome.tokens->accessToken;
            // Twitch always sends a new refresh token; the old one is used up.
            if (!outcome.tokens->refreshToken.isEmpty())
                next.refreshToken = outcome.tokens->refreshToken;
            next.expiresAtMs = outcome.tokens->expiresInS > 0
                ? QDateTime::currentMSecsSinceEpoch() + qint64(outcome.tokens->expiresInS) * 1000
                : 0;
            if (!outcome.tokens->scopes.isEmpty())
                next.scopes = outcome.tokens->scopes;
            const auto use = [this, next] {
                ++m_refreshCount;
                m_retryAttempt = 0;
                apply(next);
                setRefreshing(false);
                if (m_state == State::Restoring)
                    setState(State::LoggedIn);
                qCInfo(lcAuth) << "access token refreshed";
            };
            if (!m_store) {
                use();
                return;
            }
            // Store first: the old refresh token is dead from now on.
            m_store->write(next, m_session.get(), [this, use](const TokenStoreResult &result) {
                if (!result.ok())
                    Q_EMIT storageProblem(result.message);
                use();
            });
            return;
        }
        setRefreshing(false);
        if (!outcome.networkFailure) {
            qCWarning(lcAuth).noquote() << "refresh refused:" << outcome.message;
            endSession(tr("Your Twitch login has expired or was revoked. Please log in again."));
            return;
        }
        const int delay = int(std::min<qint64>(
            qint64(m_timings.retryMinMs) << std::min(m_retryAttempt, 16), m_timings.retryMaxMs));
        ++m_retryAttempt;
        qCInfo(lcAuth).noquote() << "refresh failed (" << outcome.message << "), again in" << delay
                                 << "ms";
        Q_EMIT refreshFailed(outcome.message);
        if (m_state == State::Restoring)
            setState(State::LoggedIn); // offline: keep the login, try again later
        m_refreshTimer.start(delay);
    });
}

void TokenManager::reportUnauthorized(const QString &tokenUsed)
{
    if (m_state == State::LoggedOut || m_tokens.accessToken.isEmpty())
        return;
    if (tokenUsed != m_tokens.accessToken) {
        // Already replaced: the caller only has to take the current one.
        QMetaObject::invokeMethod(this, &TokenManager::tokensChanged, Qt::QueuedConnection);
        return;
    }
    refresh();
}

void TokenManager::onValidated(const ValidateInfo &info, const QString &token)
{
    if (token != m_tokens.accessToken)
        return;
    bool changed = false;
    if (!info.login.isEmpty() && info.login != m_tokens.login) {
        m_tokens.login = info.login;
        changed = true;
    }
    if (!info.scopes.isEmpty() && info.scopes != m_tokens.scopes) {
        m_tokens.scopes = info.scopes;
        changed = true;
    }
    if (info.expiresInS > 0) {
        const qint64 expiresAt = QDateTime::currentMSecsSinceEpoch() + info.expiresInS * 1000;
        // The server's word; ignore jitter of a few seconds.
        if (std::abs(expiresAt - m_tokens.expiresAtMs) > 5000) {
            m_tokens.expiresAtMs = expiresAt;
            changed = true;
        }
    }
    setState(State::LoggedIn);
    if (changed) {
        Q_EMIT tokensChanged();
        if (m_store)
            m_store->write(m_tokens, m_session.get(), [](const TokenStoreResult &) {});
    }
    scheduleRefresh();
}

void TokenManager::endSession(const QString &reason)
{
    if (m_state == State::LoggedOut && m_tokens.accessToken.isEmpty())
        return;
    const QString userId = m_tokens.userId;
    clearSession();
    if (m_store && !userId.isEmpty())
        m_store->remove(userId, this, [](const TokenStoreResult &) {});
    qCWarning(lcAuth).noquote() << "logged out:" << reason;
    setState(State::LoggedOut);
    Q_EMIT loggedOut(reason);
}

void TokenManager::logout()
{
    const TokenSet tokens = m_tokens;
    clearSession();
    setState(State::LoggedOut);
    Q_EMIT loggedOut(QString());
    if (tokens.accessToken.isEmpty()) {
        Q_EMIT logoutFinished(true, QString());
        return;
    }
    const auto removeEntry = [this, userId = tokens.userId](bool revoked, const QString &message) {
        if (!m_store) {
            Q_EMIT logoutFinished(revoked, message);
            return;
        }
        m_store->remove(userId, this, [this, revoked, message](const TokenStoreResult &result) {
            QString text = message;
            if (!result.ok() && result.status != TokenStoreResult::Status::NotFound)
                text = result.message;
            Q_EMIT logoutFinished(revoked, text);
        });
    };
    if (!m_client) {
        removeEntry(false, QString());
        return;
    }
    m_client->revoke(tokens.accessToken, this, removeEntry);
}

} // namespace chatvox
