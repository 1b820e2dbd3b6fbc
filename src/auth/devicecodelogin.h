#pragma once

#include "auth/oauthprotocol.h"
#include "auth/tokenset.h"

#include <memory>

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

namespace chatvox {

class TwitchIdClient;

// One Device Code Grant login (RFC 8628 as Twitch runs it): asks for a code, shows it (through
// codeReady), polls /oauth2/token every `interval` seconds until the user has approved on the
// activation page, then asks /oauth2/validate who logged in. authorization_pending keeps
// polling, slow_down adds 5 s to the interval, an expired code ends in Expired (start() again
// for a new code), a refusal in Denied. A network failure while polling is retried until the
// code expires.
class DeviceCodeLogin : public QObject
{
    Q_OBJECT
public:
    enum class State {
        Idle,
        RequestingCode,
        WaitingForUser, // code shown, polling
        Finishing, // approved; asking who logged in
        Succeeded,
        Expired, // the code ran out: offer to try again
        Denied, // the user declined on Twitch
        Failed, // anything else (message says what)
        Cancelled,
    };
    Q_ENUM(State)

    explicit DeviceCodeLogin(TwitchIdClient *client, QObject *parent = nullptr);
    ~DeviceCodeLogin() override;

    State state() const { return m_state; }
    bool isActive() const;
    // The code being shown (WaitingForUser), or the last one.
    const DeviceCode &code() const { return m_code; }
    QDateTime codeExpiresAt() const { return m_codeExpiresAt; }
    int pollIntervalS() const { return m_intervalS; }
    QString errorMessage() const { return m_message; } // Expired, Denied, Failed
    const TokenSet &result() const { return m_result; } // Succeeded

    // Scales every wait between polls (tests run the protocol's timing 20× faster with 0.05).
    // 1 (default) = the server's interval, as the RFC asks.
    void setTimeScale(double scale) { m_timeScale = scale > 0 ? scale : 1.0; }

public Q_SLOTS:
    // Starts a new login (a running one is cancelled first).
    void start(const QStringList &scopes = defaultTwitchScopes());
    void cancel();

Q_SIGNALS:
    void stateChanged(chatvox::DeviceCodeLogin::State state);
    void codeReady(const chatvox::DeviceCode &code);
    void succeeded(const chatvox::TokenSet &tokens);
    // Expired, Denied or Failed, with a user-facing message.
    void failed(chatvox::DeviceCodeLogin::State state, const QString &message);

private:
    void setState(State state);
    void fail(State state, const QString &message);
    void schedulePoll();
    void poll();
    void finish(const TokenResponse &tokens);

    QPointer<TwitchIdClient> m_client;
    State m_state = State::Idle;
    QStringList m_scopes;
    DeviceCode m_code;
    QDateTime m_codeExpiresAt;
    int m_intervalS = 5;
    double m_timeScale = 1.0;
    QTimer m_pollTimer;
    QString m_message;
    TokenSet m_result;
    // Replies of an attempt that was cancelled or restarted are ignored.
    std::unique_ptr<QObject> m_attempt;
};

} // namespace chatvox

Q_DECLARE_METATYPE(chatvox::DeviceCode)
