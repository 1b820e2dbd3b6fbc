#pragma once

#include "auth/qrcode.h"
#include "auth/tokenmanager.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QUrl>

class QNetworkAccessManager;

namespace chatvox {

class DeviceCodeLogin;
class FileTokenStore;
class KeychainTokenStore;
class MemoryTokenStore;
class Settings;
class TokenStore;
class TwitchIdClient;

// The streamer's Twitch account as the app (and later the GUI's Account panel and login dialog)
// sees it: who is logged in, until when, with which scopes, how chat and EventSub are doing, and
// the device code to show while logging in (big user code, URL, QR code). Slots log in, cancel
// and log out. Built on auth/: DeviceCodeLogin, TokenManager, KeychainTokenStore — and a
// memory-only store when the system has no keychain (said in storageMessage).
// With a token file (--token-file, servers and containers) the login is kept in that file only
// (FileTokenStore, no keychain and no fallback), and the file, not the settings, says who is
// logged in.
class Account : public QObject
{
    Q_OBJECT
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(QString loginName READ loginName NOTIFY identityChanged)
    Q_PROPERTY(QString userId READ userId NOTIFY identityChanged)
    Q_PROPERTY(QDateTime expiresAt READ expiresAt NOTIFY identityChanged)
    Q_PROPERTY(QStringList scopes READ scopes NOTIFY identityChanged)
    Q_PROPERTY(bool persistent READ isPersistent NOTIFY storageChanged)
    Q_PROPERTY(QString storageMessage READ storageMessage NOTIFY storageChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(QString userCode READ userCode NOTIFY deviceCodeChanged)
    Q_PROPERTY(QUrl verificationUrl READ verificationUrl NOTIFY deviceCodeChanged)
    Q_PROPERTY(QDateTime codeExpiresAt READ codeExpiresAt NOTIFY deviceCodeChanged)
    Q_PROPERTY(chatvox::QrCode loginQrCode READ loginQrCode NOTIFY deviceCodeChanged)
    Q_PROPERTY(ConnectionStatus chatStatus READ chatStatus NOTIFY connectionStatusChanged)
    Q_PROPERTY(QString chatStatusText READ chatStatusText NOTIFY connectionStatusChanged)
    Q_PROPERTY(ConnectionStatus eventSubStatus READ eventSubStatus NOTIFY connectionStatusChanged)
    Q_PROPERTY(QString eventSubStatusText READ eventSubStatusText NOTIFY connectionStatusChanged)
public:
    enum class State {
        LoggedOut,
        Restoring, // reading the keychain / validating the saved login
        WaitingForUser, // device code shown: the user approves on twitch.tv/activate
        LoggingIn, // asking for a code, or approved and finishing
        LoggedIn,
    };
    Q_ENUM(State)
    enum class ConnectionStatus { Off, Connecting, Connected, Reconnecting, Failed };
    Q_ENUM(ConnectionStatus)

    // The stores: production passes none (KeychainTokenStore of the OS); tests may pass their
    // own. Not owned when given.
    explicit Account(Settings *settings, TokenStore *store = nullptr, QObject *parent = nullptr);
    // The login in this file instead of the keychain; an empty name means the keychain.
    Account(Settings *settings, const QString &tokenFile, QObject *parent);
    ~Account() override;

    bool usesTokenFile() const { return m_file != nullptr; }
    // What the token file holds now (NotFound, Failed with the reason, or the login); NotFound
    // without a token file.
    TokenStoreResult readTokenFile() const;
    // Non-empty when others may read or change the token file (refused: "chmod 600").
    QString tokenFilePermissionProblem() const;

    State state() const { return m_state; }
    bool isLoggedIn() const { return m_state == State::LoggedIn; }
    QString loginName() const; // lower-case Twitch login
    QString userId() const;
    QDateTime expiresAt() const;
    QStringList scopes() const;
    QString accessToken() const; // for chat and EventSub only; never log it
    QString clientId() const;
    bool isPersistent() const { return m_persistent; }
    QString storageMessage() const { return m_storageMessage; }
    QString message() const { return m_message; }
    QString userCode() const { return m_userCode; }
    QUrl verificationUrl() const { return m_verificationUrl; }
    QDateTime codeExpiresAt() const { return m_codeExpiresAt; }
    QrCode loginQrCode() const { return m_qr; }
    ConnectionStatus chatStatus() const { return m_chatStatus; }
    QString chatStatusText() const { return m_chatStatusText; }
    ConnectionStatus eventSubStatus() const { return m_eventSubStatus; }
    QString eventSubStatusText() const { return m_eventSubStatusText; }

    TokenManager *tokens() const { return m_tokens; }
    DeviceCodeLogin *deviceLogin() const { return m_login; }
    // Pipeline reports how the logged-in connections are doing (Account panel).
    void setChatStatus(ConnectionStatus status, const QString &text);
    void setEventSubStatus(ConnectionStatus status, const QString &text);
    // Tests run the device flow's waits faster.
    void setDeviceTimeScale(double scale);

public Q_SLOTS:
    // Loads the login named in the settings (account/userId) from the keychain, or the token
    // file's login.
    void restore();
    // Starts a Device Code login (a new code each time: also the "try again" after expiry).
    void login();
    void cancelLogin();
    // Revokes the token at Twitch, deletes it from the keychain, forgets the account.
    void logout();

Q_SIGNALS:
    void stateChanged(chatvox::Account::State state);
    void identityChanged();
    void storageChanged();
    void messageChanged(const QString &message);
    void deviceCodeChanged();
    void connectionStatusChanged();
    // The access token changed (login, refresh): chat and EventSub take the new one.
    void tokenChanged();
    void loginFailed(const QString &message); // device flow ended without a login
    void logoutFinished(bool revoked, const QString &message);

private:
    void setState(State state);
    void setMessage(const QString &message);
    void updateState();
    void applySettings();
    void useMemoryStore(const QString &reason);
    void onTokenFileProblem(const QString &reason);
    void restoreFromTokenFile();
    Account(Settings *settings, TokenStore *store, const QString &tokenFile, QObject *parent);

    Settings *m_settings;
    QNetworkAccessManager *m_network;
    TwitchIdClient *m_client;
    FileTokenStore *m_file; // the token file, or none
    TokenStore *m_keychain; // the OS keychain, the token file (or the store given)
    MemoryTokenStore *m_memory;
    TokenManager *m_tokens;
    DeviceCodeLogin *m_login;
    State m_state = State::LoggedOut;
    bool m_persistent = true;
    QString m_storageMessage;
    QString m_message;
    QString m_userCode;
    QUrl m_verificationUrl;
    QDateTime m_codeExpiresAt;
    QrCode m_qr;
    ConnectionStatus m_chatStatus = ConnectionStatus::Off;
    QString m_chatStatusText;
    ConnectionStatus m_eventSubStatus = ConnectionStatus::Off;
    QString m_eventSubStatusText;
    QString m_restoredUserId; // the settings' user id we acted on last
};

} // namespace chatvox
