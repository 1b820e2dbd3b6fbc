#include "app/account.h"

#include "app/logging.h"
#include "app/settings.h"
#include "auth/devicecodelogin.h"
#include "auth/filetokenstore.h"
#include "auth/keychaintokenstore.h"
#include "auth/tokenstore.h"
#include "auth/twitchidclient.h"

#include <QDir>
#include <QNetworkAccessManager>

using namespace Qt::StringLiterals;

namespace chatvox {

namespace {

// The store given (tests), else the token file, else the OS keychain.
TokenStore *storeFor(TokenStore *given, FileTokenStore *file, QObject *parent)
{
    if (given)
        return given;
    if (file)
        return file;
    return new KeychainTokenStore(QString::fromLatin1(KeychainTokenStore::kDefaultService), parent);
}

} // namespace

Account::Account(Settings *settings, TokenStore *store, QObject *parent)
    : Account(settings, store, QString(), parent)
{
}

Account::Account(Settings *settings, const QString &tokenFile, QObject *parent)
    : Account(settings, nullptr, tokenFile, parent)
{
}

Account::Account(Settings *settings, TokenStore *store, const QString &tokenFile, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_network(new QNetworkAccessManager(this))
    , m_client(new TwitchIdClient(m_network, settings->authUrl(), settings->twitchClientId(), this))
    , m_file(store || tokenFile.isEmpty() ? nullptr : new FileTokenStore(tokenFile, this))
    , m_keychain(storeFor(store, m_file, this))
    , m_memory(new MemoryTokenStore(this))
    , m_tokens(new TokenManager(m_client, m_keychain, this))
    , m_login(new DeviceCodeLogin(m_client, this))
{
    qRegisterMetaType<chatvox::QrCode>();
    connect(m_tokens, &TokenManager::stateChanged, this, &Account::updateState);
    connect(m_tokens, &TokenManager::tokensChanged, this, [this] {
        Q_EMIT identityChanged();
        Q_EMIT tokenChanged();
    });
    if (m_file)
        connect(m_tokens, &TokenManager::storageProblem, this, &Account::onTokenFileProblem);
    else
        connect(m_tokens, &TokenManager::storageProblem, this, &Account::useMemoryStore);
    connect(m_tokens, &TokenManager::loggedOut, this, [this](const QString &reason) {
        // Forget the account (the keychain entry is gone too), and say why. The token file
        // speaks for itself: the settings keep naming the keychain's account, if any.
        m_restoredUserId.clear();
        if (!m_file) {
            m_settings->setAccount(QString(), QString());
            m_settings->save();
        }
        if (!reason.isEmpty())
            setMessage(reason);
        Q_EMIT identityChanged();
    });
    connect(m_tokens, &TokenManager::logoutFinished, this, &Account::logoutFinished);
    connect(m_tokens, &TokenManager::refreshFailed, this, [](const QString &message) {
        qCWarning(lcApp).noquote() << tr("Could not refresh the Twitch login: %1").arg(message);
    });

    connect(m_login, &DeviceCodeLogin::stateChanged, this, &Account::updateState);
    connect(m_login, &DeviceCodeLogin::codeReady, this, [this](const DeviceCode &code) {
        m_userCode = code.userCode;
        m_verificationUrl = code.verificationUri;
        m_codeExpiresAt = m_login->codeExpiresAt();
        m_qr = QrCode::encodeText(code.verificationUri.toString(QUrl::FullyEncoded))
                   .value_or(QrCode());
        Q_EMIT deviceCodeChanged();
    });
    connect(m_login, &DeviceCodeLogin::failed, this, [this](auto, const QString &message) {
        setMessage(message);
        Q_EMIT loginFailed(message);
    });
    connect(m_login, &DeviceCodeLogin::succeeded, this, [this](const TokenSet &tokens) {
        m_userCode.clear();
        m_verificationUrl.clear();
        m_qr = QrCode();
        Q_EMIT deviceCodeChanged();
        setMessage(QString());
        if (m_file) {
            m_restoredUserId = tokens.userId;
        } else if (m_persistent) {
            m_restoredUserId = tokens.userId;
            m_settings->setAccount(tokens.userId, tokens.login);
        }
        m_tokens->adopt(tokens);
    });
    connect(m_settings, &Settings::changed, this, [this](Settings::Group group) {
        if (group == Settings::Group::Account)
            applySettings();
    });
}

Account::~Account() = default;

QString Account::loginName() const
{
    if (m_file)
        return m_tokens->tokens().login;
    return m_tokens->tokens().login.isEmpty() ? m_settings->accountLogin()
                                              : m_tokens->tokens().login;
}

QString Account::userId() const
{
    return m_tokens->tokens().userId;
}

QDateTime Account::expiresAt() const
{
    const qint64 ms = m_tokens->tokens().expiresAtMs;
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms) : QDateTime();
}

QStringList Account::scopes() const
{
    return m_tokens->tokens().scopes;
}

QString Account::accessToken() const
{
    return m_tokens->accessToken();
}

QString Account::clientId() const
{
    return m_client->clientId();
}

void Account::setDeviceTimeScale(double scale)
{
    m_login->setTimeScale(scale);
}

void Account::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    qCDebug(lcApp) << "account" << state;
    Q_EMIT stateChanged(state);
}

void Account::setMessage(const QString &message)
{
    if (m_message == message)
        return;
    m_message = message;
    Q_EMIT messageChanged(message);
}

void Account::updateState()
{
    switch (m_login->state()) {
    case DeviceCodeLogin::State::RequestingCode:
    case DeviceCodeLogin::State::Finishing:
        setState(State::LoggingIn);
        return;
    case DeviceCodeLogin::State::WaitingForUser:
        setState(State::WaitingForUser);
        return;
    default:
        break;
    }
    switch (m_tokens->state()) {
    case TokenManager::State::LoggedIn:
        setState(State::LoggedIn);
        break;
    case TokenManager::State::Restoring:
        setState(m_login->state() == DeviceCodeLogin::State::Succeeded ? State::LoggingIn
                                                                       : State::Restoring);
        break;
    case TokenManager::State::LoggedOut:
        setState(State::LoggedOut);
        break;
    }
}

void Account::applySettings()
{
    m_client->setBaseUrl(m_settings->authUrl());
    m_client->setClientId(m_settings->twitchClientId());
    // Another account chosen elsewhere (GUI, another window): follow it live. Not with a token
    // file: that file says who is logged in.
    const QString wanted = m_settings->accountUserId();
    if (!m_file && m_persistent && wanted != m_restoredUserId && !m_login->isActive())
        restore();
}

void Account::useMemoryStore(const QString &reason)
{
    if (m_tokens->store() == m_memory)
        return;
    qCWarning(lcApp).noquote() << reason;
    m_persistent = false;
    m_storageMessage
        = tr("%1 The Twitch login is kept in memory only and will be forgotten when ChatVox ends.")
              .arg(reason);
    m_tokens->setStore(m_memory);
    // The next start could not read it back: do not name it in the settings.
    m_restoredUserId.clear();
    m_settings->setAccount(QString(), QString());
    if (m_tokens->tokens().hasAccessToken())
        m_memory->write(m_tokens->tokens(), this, [](const TokenStoreResult &) {});
    Q_EMIT storageChanged();
}

TokenStoreResult Account::readTokenFile() const
{
    if (!m_file) {
        TokenStoreResult none;
        none.status = TokenStoreResult::Status::NotFound;
        return none;
    }
    return m_file->load();
}

QString Account::tokenFilePermissionProblem() const
{
    return m_file ? m_file->permissionProblem() : QString();
}

void Account::onTokenFileProblem(const QString &reason)
{
    // No fallback: the file is where the operator wants the login. A pair the file could not take
    // lives on in the store's memory for this run (the store logged that once).
    const bool persistent = !m_file->holdsUnsavedLogin();
    if (m_persistent == persistent && m_storageMessage == reason)
        return;
    m_persistent = persistent;
    m_storageMessage = reason;
    Q_EMIT storageChanged();
}

void Account::restoreFromTokenFile()
{
    const TokenStoreResult stored = m_file->load();
    if (!stored.ok()) {
        if (stored.status == TokenStoreResult::Status::Failed) {
            qCWarning(lcApp).noquote() << stored.message;
            onTokenFileProblem(stored.message);
            setMessage(stored.message);
        }
        m_restoredUserId.clear();
        m_tokens->restore(QString());
        updateState();
        return;
    }
    if (!stored.tokens.userId.isEmpty()) {
        m_restoredUserId = stored.tokens.userId;
        m_tokens->restore(m_restoredUserId);
        updateState();
        return;
    }
    // Written by hand without user_id: Twitch's validation answer says whose token it is, and
    // the file is completed with it.
    setState(State::Restoring);
    m_client->setBaseUrl(m_settings->authUrl());
    m_client->setClientId(m_settings->twitchClientId());
    m_client->validate(
        stored.tokens.accessToken, this,
        [this, tokens = stored.tokens](const ValidateOutcome &outcome) {
            if (!outcome.info || outcome.info->userId.isEmpty()) {
                const QString reason
                    = tr("The token file %1 names no user_id, and Twitch did not "
                         "confirm its access token (%2). Log in again with: "
                         "chatvox --login --token-file %1")
                          .arg(QDir::toNativeSeparators(m_file->path()),
                               outcome.invalidToken ? tr("not valid") : outcome.message);
                qCWarning(lcApp).noquote() << reason;
                setMessage(reason);
                m_tokens->restore(QString());
                updateState();
                return;
            }
            TokenSet named = tokens;
            named.userId = outcome.info->userId;
            if (named.login.isEmpty())
                named.login = outcome.info->login;
            m_file->write(named, this, [this, userId = named.userId](const TokenStoreResult &) {
                m_restoredUserId = userId;
                m_tokens->restore(userId);
                updateState();
            });
        });
}

void Account::restore()
{
    if (m_file) {
        restoreFromTokenFile();
        return;
    }
    m_restoredUserId = m_settings->accountUserId();
    m_tokens->restore(m_restoredUserId);
    updateState();
}

void Account::login()
{
    setMessage(QString());
    m_client->setBaseUrl(m_settings->authUrl());
    m_client->setClientId(m_settings->twitchClientId());
    m_login->start(defaultTwitchScopes());
}

void Account::cancelLogin()
{
    m_login->cancel();
    m_userCode.clear();
    m_verificationUrl.clear();
    m_qr = QrCode();
    Q_EMIT deviceCodeChanged();
    updateState();
}

void Account::logout()
{
    cancelLogin();
    setMessage(QString());
    m_tokens->logout();
}

void Account::setChatStatus(ConnectionStatus status, const QString &text)
{
    if (m_chatStatus == status && m_chatStatusText == text)
        return;
    m_chatStatus = status;
    m_chatStatusText = text;
    Q_EMIT connectionStatusChanged();
}

void Account::setEventSubStatus(ConnectionStatus status, const QString &text)
{
    if (m_eventSubStatus == status && m_eventSubStatusText == text)
        return;
    m_eventSubStatus = status;
    m_eventSubStatusText = text;
    Q_EMIT connectionStatusChanged();
}

} // namespace chatvox
