#pragma once

// Raw HTTP over QTcpSocket for the serve tests: what a client sends byte for byte, and the
// answer as the server wrote it.

#include <QByteArray>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

namespace chatvox::test {

struct RawResponse
{
    QByteArray raw; // every byte received
    int status = 0; // 0: no status line
    QHash<QByteArray, QByteArray> headers; // names lower-case
    QByteArray body;
    bool closed = false; // the server closed the connection

    QByteArray header(const QByteArray &name) const { return headers.value(name); }
};

inline RawResponse parseRawResponse(const QByteArray &raw)
{
    RawResponse response;
    response.raw = raw;
    QByteArray data = raw;
    // Skip interim answers (100 Continue).
    while (data.startsWith("HTTP/1.1 100")) {
        const qsizetype end = data.indexOf("\r\n\r\n");
        if (end < 0)
            return response;
        data = data.mid(end + 4);
    }
    const qsizetype end = data.indexOf("\r\n\r\n");
    if (end < 0)
        return response;
    const QList<QByteArray> lines = data.left(end).split('\n');
    const QList<QByteArray> statusLine = lines.value(0).trimmed().split(' ');
    if (statusLine.size() >= 2 && statusLine[0] == "HTTP/1.1")
        response.status = statusLine[1].toInt();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon > 0)
            response.headers.insert(lines[i].left(colon).trimmed().toLower(),
                                    lines[i].mid(colon + 1).trimmed());
    }
    response.body = data.mid(end + 4);
    return response;
}

// Sends `request` to 127.0.0.1:`port` and collects the answer until the server closes the
// connection (or `timeoutMs` passes), running the event loop meanwhile.
inline RawResponse exchange(quint16 port, const QByteArray &request, int timeoutMs = 5000)
{
    QTcpSocket socket;
    QSignalSpy closed(&socket, &QTcpSocket::disconnected);
    socket.connectToHost(QHostAddress::LocalHost, port);
    socket.write(request);
    QByteArray raw;
    QObject::connect(&socket, &QTcpSocket::readyRead, &socket, [&] { raw += socket.readAll(); });
    const bool done = closed.wait(timeoutMs);
    raw += socket.readAll();
    RawResponse response = parseRawResponse(raw);
    response.closed = done;
    return response;
}

// Resident memory of this process in KiB (0 where /proc is not there).
inline qint64 residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

} // namespace chatvox::test
