#pragma once

// A stand-in speech-dispatcher for tst_systemvoice: a unix socket server speaking enough SSIP
// (the Speech Synthesis Interface Protocol that libspeechd talks) for Qt's speechd plugin to
// connect, list voices and speak, with BEGIN/END/CANCEL events. It can go silent on a command
// (no answer until release()), which is how a hanging speech-dispatcher looks to its clients.
// Point libspeechd at it with SPEECHD_ADDRESS=unix_socket:<path>. Linux only.

#include <QByteArray>
#include <QList>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLocale>
#include <QPointer>
#include <QThread>
#include <QTimer>

namespace chatvox::test {

class FakeSpeechDispatcher
{
public:
    // Serves from a thread of its own, as the real one is a process of its own: a client that
    // waits for an answer in the test's thread (a destructor, say) still gets one.
    explicit FakeSpeechDispatcher(const QString &socketPath)
    {
        m_thread.start();
        m_context = new QObject;
        m_context->moveToThread(&m_thread);
        run([this, socketPath] {
            m_server = new QLocalServer(m_context);
            m_server->listen(socketPath);
            QObject::connect(m_server, &QLocalServer::newConnection, m_server, [this] {
                while (QLocalSocket *socket = m_server->nextPendingConnection()) {
                    Client client;
                    client.socket = socket;
                    m_clients << client;
                    QObject::connect(socket, &QLocalSocket::readyRead, socket,
                                     [this, socket] { onReadyRead(socket); });
                }
            });
        });
    }
    ~FakeSpeechDispatcher()
    {
        run([this] { delete m_context; }); // the server and its sockets, in their thread
        m_thread.quit();
        m_thread.wait();
    }

    bool isListening()
    {
        bool listening = false;
        run([&] { listening = m_server->isListening(); });
        return listening;
    }
    QString errorString()
    {
        QString error;
        run([&] { error = m_server->errorString(); });
        return error;
    }
    QString path()
    {
        QString name;
        run([&] { name = m_server->fullServerName(); });
        return name;
    }

    // Commands whose first words start with `prefix` (any case, e.g. "SPEAK", "SET SELF
    // CLIENT_NAME") get no answer, and nothing after them either, until release().
    void hangOn(const QByteArray &prefix)
    {
        run([this, prefix] { m_hangOn = prefix.toUpper(); });
    }
    void release()
    {
        run([this] {
            m_hangOn.clear();
            for (qsizetype i = 0; i < m_clients.size(); ++i) {
                const QList<QByteArray> held = std::exchange(m_clients[i].held, {});
                for (const QByteArray &line : held)
                    handleLine(m_clients[i], line);
            }
        });
    }
    int heldCount()
    {
        int n = 0;
        run([&] {
            for (const Client &client : std::as_const(m_clients))
                n += int(client.held.size());
        });
        return n;
    }
    QList<QByteArray> spoken()
    {
        QList<QByteArray> texts;
        run([&] { texts = m_spoken; });
        return texts;
    }

private:
    struct Client
    {
        QPointer<QLocalSocket> socket;
        QByteArray buffer;
        QList<QByteArray> held; // lines not answered (hangOn)
        bool receivingData = false; // between SPEAK and "."
        QByteArray text;
        int speakingId = 0; // message being "spoken", 0 = none
    };

    Client *clientFor(QLocalSocket *socket)
    {
        for (Client &client : m_clients) {
            if (client.socket == socket)
                return &client;
        }
        return nullptr;
    }

    void onReadyRead(QLocalSocket *socket)
    {
        Client *client = clientFor(socket);
        if (!client)
            return;
        client->buffer += socket->readAll();
        qsizetype end;
        while ((end = client->buffer.indexOf("\r\n")) >= 0) {
            const QByteArray line = client->buffer.left(end);
            client->buffer.remove(0, end + 2);
            if (!client->held.isEmpty()
                || (!m_hangOn.isEmpty() && !client->receivingData
                    && line.toUpper().startsWith(m_hangOn))) {
                client->held << line;
                continue;
            }
            handleLine(*client, line);
        }
    }

    static void send(Client &client, const QByteArray &reply)
    {
        if (client.socket)
            client.socket->write(reply);
    }

    // SSIP events go to the client that spoke; the second line is its client id.
    void event(Client &client, int code, int messageId, const char *what)
    {
        send(client,
             QByteArray::number(code) + '-' + QByteArray::number(messageId) + "\r\n"
                 + QByteArray::number(code) + "-1\r\n" + QByteArray::number(code) + ' ' + what
                 + "\r\n");
    }

    void handleLine(Client &client, const QByteArray &line)
    {
        if (client.receivingData) {
            if (line != ".") {
                client.text += (line.startsWith("..") ? line.mid(1) : line) + ' ';
                return;
            }
            client.receivingData = false;
            const int id = ++m_nextMessageId;
            m_spoken << client.text.trimmed();
            client.text.clear();
            send(client, "225-" + QByteArray::number(id) + "\r\n225 OK MESSAGE QUEUED\r\n");
            // Heard at once and for a short while, like a short sentence.
            client.speakingId = id;
            event(client, 701, id, "BEGIN");
            QTimer::singleShot(300, client.socket, [this, socket = client.socket, id] {
                Client *c = clientFor(socket);
                if (c && c->speakingId == id) {
                    c->speakingId = 0;
                    event(*c, 702, id, "END");
                }
            });
            return;
        }
        const QByteArray command = line.toUpper();
        if (command.startsWith("SPEAK")) {
            client.receivingData = true;
            send(client, "230 OK RECEIVING DATA\r\n");
        } else if (command.startsWith("LIST OUTPUT_MODULES")) {
            send(client, "250-fake\r\n250 OK MODULE LIST SENT\r\n");
        } else if (command.startsWith("LIST SYNTHESIS_VOICES")) {
            // One voice for the process's locale (Qt's plugin needs one to start), and a
            // Japanese one.
            send(client,
                 "249-fake-default\t" + QLocale().name().toUtf8()
                     + "\tnone\r\n249-fake-ja\tja\tnone\r\n249 OK VOICE LIST SENT\r\n");
        } else if (command.startsWith("GET OUTPUT_MODULE")) {
            send(client, "251-fake\r\n251 OK GET RETURNED\r\n");
        } else if (command.startsWith("GET ")) {
            send(client, "251-0\r\n251 OK GET RETURNED\r\n");
        } else if (command.startsWith("HISTORY GET CLIENT_ID")) {
            send(client, "245-1\r\n245 OK CLIENT ID SENT\r\n");
        } else if (command.startsWith("STOP") || command.startsWith("CANCEL")) {
            send(client, "210 OK STOPPED\r\n");
            if (const int id = std::exchange(client.speakingId, 0))
                event(client, 703, id, "CANCELED");
        } else if (command.startsWith("QUIT")) {
            send(client, "231 HAPPY HACKING\r\n");
        } else {
            send(client, "200 OK\r\n"); // SET ..., and whatever else: accepted
        }
    }

    template<typename F> void run(F f)
    {
        QMetaObject::invokeMethod(m_context, f, Qt::BlockingQueuedConnection);
    }

    QThread m_thread;
    QObject *m_context = nullptr; // lives in m_thread; everything below is used there only
    QLocalServer *m_server = nullptr;
    QList<Client> m_clients;
    QByteArray m_hangOn;
    QList<QByteArray> m_spoken;
    int m_nextMessageId = 0;
};

} // namespace chatvox::test
