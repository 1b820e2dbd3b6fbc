#pragma once

#include "app/supervisor.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

namespace chatvox {

class Pipeline;
class Settings;

// What the window's Connection panel, the status bar and the tray show about a run: the chat
// connection in words, the counters, the queue length and one overall state for the tray
// icon. Coalesces the pipeline's many small changes (a raid sends hundreds a second) into at
// most one changed() per 100 ms.
class RunStatus : public QObject
{
    Q_OBJECT
public:
    enum class Connection {
        NoChannel, // connected to nothing yet: the user has to enter a channel
        Connecting,
        Connected, // the channel is joined
        Reconnecting, // waiting secondsToReconnect() for the next attempt
        Error, // given up (e.g. Twitch refused the login): errorText() says why
        Replay, // reading a chat log instead of Twitch
        Demo, // the bundled demo chat plays until the user enters a channel
    };
    Q_ENUM(Connection)
    enum class TrayState { Reading, Paused, Disconnected, Error };
    Q_ENUM(TrayState)

    RunStatus(Pipeline *pipeline, Settings *settings, QObject *parent = nullptr);

    Connection connection() const { return m_connection; }
    QString channel() const;
    int secondsToReconnect() const;
    QString errorText() const { return m_error; }
    bool demoEnded() const { return m_demoEnded; } // Demo: the sample chat has played out
    // One translated line, e.g. "Connected to #name" or "Reconnecting in 4 s (reason)".
    QString connectionText() const;

    int readCount() const;
    int skippedCount() const;
    int purgedCount() const;
    int queueLength() const;

    TrayState trayState() const;
    QString toolTip() const; // channel, connection, queue length

    // Pure: the sentence for a connection state.
    static QString describe(Connection connection, const QString &channel, int secondsLeft,
                            const QString &error);
    // Pure: error beats paused beats disconnected beats reading.
    static TrayState trayStateFor(bool paused, Connection connection, Supervisor::Health overall);

Q_SIGNALS:
    void changed();
    // A part failed (or the chat gave up): for a tray notification. Once per failure.
    void errorRaised(const QString &message);

private:
    void update();
    void connectChat();
    void scheduleChanged();
    void setConnection(Connection connection);

    QPointer<Pipeline> m_pipeline;
    Settings *m_settings;
    Connection m_connection = Connection::NoChannel;
    QString m_error;
    QElapsedTimer m_reconnectClock;
    int m_reconnectMs = 0;
    QTimer m_coalesce;
    QTimer m_countdown;
    QHash<QString, Supervisor::Health> m_lastHealth;
    bool m_demoEnded = false;
};

} // namespace chatvox
