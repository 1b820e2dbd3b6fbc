#pragma once

#include "auth/oauthprotocol.h"

#include <functional>
#include <memory>

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace chatvox {

class TwitchIdClient;

// Validates the access token at start and then every hour, as Twitch requires of apps that
// keep a login (dev.twitch.tv/docs/authentication/validate-tokens).
class TokenValidator : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDefaultIntervalMs = 60 * 60 * 1000;

    // tokenSource gives the current access token each time (empty: nothing to validate).
    TokenValidator(TwitchIdClient *client, std::function<QString()> tokenSource,
                   QObject *parent = nullptr);
    ~TokenValidator() override;

    void setIntervalMs(int ms);
    int intervalMs() const { return m_intervalMs; }
    bool isRunning() const { return m_timer.isActive() || m_inFlight; }

public Q_SLOTS:
    // Validates now, then every interval.
    void start();
    void stop();
    void validateNow();

Q_SIGNALS:
    void validated(const chatvox::ValidateInfo &info, const QString &token);
    void invalid(const QString &token); // 401: refresh (or log in again)
    void unreachable(const QString &message); // no verdict; asked again at the next interval

private:
    QPointer<TwitchIdClient> m_client;
    std::function<QString()> m_tokenSource;
    QTimer m_timer;
    int m_intervalMs = kDefaultIntervalMs;
    bool m_inFlight = false;
    std::unique_ptr<QObject> m_context;
};

} // namespace chatvox

Q_DECLARE_METATYPE(chatvox::ValidateInfo)
