#pragma once

// Helpers shared by the speech tests (header-only).

#include "speech/voicevoxclient.h"

#include <memory>

#include <QEventLoop>
#include <QFile>
#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace chatvox::test {

// What an EngineReply said; the reply deletes itself after finished(), so copy it out.
template<typename T> struct Outcome
{
    bool done = false;
    bool ok = false;
    EngineError error;
    T value{};
    qint64 elapsedNs = 0;
    int finishedCount = 0;
};

// Waits in an event loop (not QTest::qWaitFor, which sleeps 10 ms between polls) for the reply.
template<typename T> Outcome<T> await(EngineReplyOf<T> *reply, int timeoutMs = 10000)
{
    auto outcome = std::make_shared<Outcome<T>>();
    QEventLoop loop;
    QObject::connect(reply, &EngineReply::finished, &loop, [outcome, reply, &loop] {
        outcome->done = true;
        ++outcome->finishedCount;
        outcome->ok = reply->isOk();
        outcome->error = reply->error();
        outcome->elapsedNs = reply->elapsedNs();
        if (reply->isOk())
            outcome->value = reply->value();
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    return *outcome;
}

inline QByteArray readTestData(const QString &relative)
{
    QFile file(QStringLiteral(CHATVOX_TEST_DATA_DIR) + u'/' + relative);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", qPrintable(relative));
    return file.readAll();
}

// A 127.0.0.1 port nobody listens on (connections are refused).
inline quint16 closedPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

inline QUrl localUrl(quint16 port)
{
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(u"127.0.0.1"_s);
    url.setPort(port);
    return url;
}

} // namespace chatvox::test
