#pragma once

#include "auth/tokenset.h"
#include "auth/tokenstore.h"
#include "auth/twitchidclient.h"

#include <memory>

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace chatvox {

class TokenValidator;
struct ValidateInfo;

// Keeps one Twitch login usable: restores it from the TokenStore at start, validates it at
// start and hourly, refreshes it shortly before it expires and whenever a consumer reports a
// 401, and ends it cleanly.
//
// Refresh rules (public client, dev.twitch.tv/docs/authentication/refresh-tokens):
// - refresh tokens are single-use: the new pair is written to the store *before* the new access
//   token is handed out (tokensChanged), so a crash never leaves a used token behind;
// - one refresh at a time: reports that arrive while one runs wait for it; a report about a
//   token that was already replaced only re-announces the current one;
// - a refused refresh token ends the session (LoggedOut with a clear reason, entry removed):
//   consumers stop instead of retrying; network failures are retried with backoff.
class TokenManager : public QObject
{
    Q_OBJECT
public:
    enum class State {
        LoggedOut,
        Restoring, // reading the store / first validation
        LoggedIn,
    };
    Q_ENUM(State)

    struct Timings
    {
        int validateIntervalMs = 60 * 60 * 1000; // Twitch: at least hourly
        int refreshMarginMs = 5 * 60 * 1000; // refresh this long before expiry
        int retryMinMs = 5000; // network failure of a refresh: backoff
        int retryMaxMs = 5 * 60 * 1000;
    };

    // Neither is owned. The store may be replaced (setStore) e.g. by a memory-only one.
    TokenManager(TwitchIdClient *client, TokenStore *store, QObject *parent = nullptr);
    ~TokenManager() override;

    void setTimings(const Timings &timings);
    void setStore(TokenStore *store);
    TokenStore *store() const { return m_store; }
    TwitchIdClient *client() const { return m_client; }

    State state() const { return m_state; }
    bool isLoggedIn() const { return m_state == State::LoggedIn; }
    bool isRefreshing() const { return m_refreshing; }
    // The current login. Never log accessToken/refreshToken.
    const TokenSet &tokens() const { return m_tokens; }
    QString accessToken() const { return m_tokens.accessToken; }
    int refreshCount() const { return m_refreshCount; } // successful refreshes so far

public Q_SLOTS:
    // Loads the login of this user from the store and validates it (Restoring → LoggedIn or
    // LoggedOut). An empty id means nobody: LoggedOut.
    void restore(const QString &userId);
    // A new login (device code): stored first, then LoggedIn.
    void adopt(const chatvox::TokenSet &tokens);
    // Refreshes now (no-op while one runs).
    void refresh();
    // A consumer (chat, Helix) got 401 with this token.
    void reportUnauthorized(const QString &tokenUsed);
    // Revokes the token at Twitch and removes it from the store (LoggedOut, logoutFinished).
    void logout();
    // Ends the session without revoking (e.g. Twitch chat refused the login even after a
    // refresh); the stored entry is removed so that the next start does not retry it.
    void endSession(const QString &reason);

Q_SIGNALS:
    void stateChanged(chatvox::TokenManager::State state);
    void refreshingChanged(bool refreshing);
    // A new access token (restore, adopt, refresh) or new details (scopes, expiry, login).
    void tokensChanged();
    // The session ended. reason is empty after logout(), else a user-facing prompt to log in.
    void loggedOut(const QString &reason);
    // The store could not keep the login (the login still works for this session).
    void storageProblem(const QString &message);
    // A refresh failed for now (network); it is retried.
    void refreshFailed(const QString &message);
    void logoutFinished(bool revoked, const QString &message);

private:
    void setState(State state);
    void setRefreshing(bool refreshing);
    void apply(const TokenSet &tokens);
    void scheduleRefresh();
    void onValidated(const ValidateInfo &info, const QString &token);
    void clearSession();

    QPointer<TwitchIdClient> m_client;
    QPointer<TokenStore> m_store;
    Timings m_timings;
    State m_state = State::LoggedOut;
    TokenSet m_tokens;
    bool m_refreshing = false;
    int m_refreshCount = 0;
    int m_retryAttempt = 0;
    QTimer m_refreshTimer;
    TokenValidator *m_validator;
    // Answers for a session that ended are dropped.
    std::unique_ptr<QObject> m_session;
};

} // namespace chatvox
