#pragma once

#include <functional>
#include <memory>

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

QT_BEGIN_NAMESPACE
class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;
QT_END_NAMESPACE

namespace chatvox::test {

// An in-process Helix API (QHttpServer on 127.0.0.1) with the EventSub subscription endpoint
// (dev.twitch.tv/docs/api/reference/#create-eventsub-subscription):
//   POST /helix/eventsub/subscriptions   Client-Id + Authorization: Bearer <user token>
//        websocket transport → 202 (helix_create_subscription_response_202.json's shape,
//        status "enabled"); bad token → 401; the same type+condition on the session → 409;
//        a session the EventSub server does not know → 400.
// tokenCheck decides which tokens are valid (FakeTwitchId::isValidAccessToken); sessionCheck
// which session ids exist (FakeEventSub::hasSession). Both default to "any".
class FakeHelix : public QObject
{
    Q_OBJECT
public:
    struct Subscription
    {
        QString id;
        QString type;
        QString version;
        QString broadcasterUserId;
        QString sessionId;
        QString clientId;
        QByteArray authorization;
    };

    explicit FakeHelix(QObject *parent = nullptr);
    ~FakeHelix() override;

    bool listen(quint16 port = 0);
    QUrl url() const; // http://127.0.0.1:<port>/helix
    void setTokenCheck(std::function<bool(const QString &)> check)
    {
        m_tokenCheck = std::move(check);
    }
    void setSessionCheck(std::function<bool(const QString &)> check)
    {
        m_sessionCheck = std::move(check);
    }
    void setClientId(const QString &clientId) { m_clientId = clientId; } // "fake-client-id"
    // The next `count` creations are answered with this status (e.g. 401, 500, 403).
    void failNext(int status, int count = 1);
    void setDelayMs(int ms) { m_delayMs = ms; }

    QList<Subscription> subscriptions() const { return m_subscriptions; }
    int requestCount() const { return m_requests; }
    QList<int> answeredStatuses() const { return m_statuses; }
    static QByteArray fixture(const QString &name); // tests/data/twitch/eventsub/<name>

Q_SIGNALS:
    void subscriptionCreated(const chatvox::test::FakeHelix::Subscription &subscription);
    void requestAnswered(int status);

private:
    void handle(const QHttpServerRequest &request, QHttpServerResponder &&responder);

    std::unique_ptr<QHttpServer> m_server;
    quint16 m_port = 0;
    QString m_clientId = QStringLiteral("fake-client-id");
    std::function<bool(const QString &)> m_tokenCheck;
    std::function<bool(const QString &)> m_sessionCheck;
    int m_failStatus = 0;
    int m_failCount = 0;
    int m_delayMs = 0;
    int m_requests = 0;
    QList<int> m_statuses;
    QList<Subscription> m_subscriptions;
};

} // namespace chatvox::test
