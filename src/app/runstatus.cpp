#include "runstatus.h"

#include "app/pipeline.h"
#include "app/settings.h"
#include "chat/replaysource.h"
#include "chat/twitchchatclient.h"
#include "speech/speechqueue.h"

using namespace Qt::StringLiterals;

namespace chatvox {

RunStatus::RunStatus(Pipeline *pipeline, Settings *settings, QObject *parent)
    : QObject(parent)
    , m_pipeline(pipeline)
    , m_settings(settings)
{
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(100);
    connect(&m_coalesce, &QTimer::timeout, this, &RunStatus::changed);
    m_countdown.setInterval(1000);
    connect(&m_countdown, &QTimer::timeout, this, &RunStatus::scheduleChanged);

    connect(pipeline, &Pipeline::decision, this, &RunStatus::scheduleChanged);
    connect(pipeline, &Pipeline::readingPausedChanged, this, &RunStatus::scheduleChanged);
    connect(settings, &Settings::changed, this, [this](Settings::Group group) {
        if (group == Settings::Group::Chat)
            update();
    });
    connect(pipeline->supervisor(), &Supervisor::changed, this, [this](const QString &part) {
        const Supervisor::PartStatus status = m_pipeline->supervisor()->status(part);
        const Supervisor::Health before = m_lastHealth.value(part, Supervisor::Health::Starting);
        m_lastHealth.insert(part, status.health);
        if (status.health == Supervisor::Health::Failed && before != Supervisor::Health::Failed)
            emit errorRaised(status.detail.isEmpty()
                                 ? status.displayName
                                 : status.displayName + u": "_s + status.detail);
        scheduleChanged();
    });
    if (SpeechQueue *queue = pipeline->queue())
        connect(queue, &SpeechQueue::changed, this, &RunStatus::scheduleChanged);
    connectChat();
    // Demo → live chat (the user entered a channel): the new chat client, from zero.
    connect(pipeline, &Pipeline::chatSourceChanged, this, [this] {
        m_error.clear();
        if (m_connection == Connection::Error)
            m_connection = Connection::NoChannel;
        connectChat();
        update();
    });
    connect(pipeline, &Pipeline::demoFinished, this, [this] {
        m_demoEnded = true;
        scheduleChanged();
    });
    update();
}

void RunStatus::connectChat()
{
    if (!m_pipeline)
        return;
    if (TwitchChatClient *chat = m_pipeline->chat()) {
        connect(chat, &TwitchChatClient::stateChanged, this, &RunStatus::update);
        connect(chat, &TwitchChatClient::reconnectScheduled, this, [this](int ms) {
            m_reconnectMs = ms;
            m_reconnectClock.start();
            update();
        });
        connect(chat, &TwitchChatClient::error, this, [this](const QString &message) {
            m_error = message;
            scheduleChanged();
        });
        connect(chat, &TwitchChatClient::joined, this, [this] {
            m_error.clear();
            update();
        });
        connect(chat, &TwitchChatClient::authenticationFailed, this, [this] {
            m_error = tr("Twitch refused the login.");
            setConnection(Connection::Error);
            emit errorRaised(m_error);
        });
    }
}

QString RunStatus::channel() const
{
    if (m_pipeline && m_pipeline->chat())
        return m_pipeline->chat()->channel();
    return m_settings->channel();
}

int RunStatus::secondsToReconnect() const
{
    if (m_connection != Connection::Reconnecting || !m_reconnectClock.isValid())
        return 0;
    const qint64 left = m_reconnectMs - m_reconnectClock.elapsed();
    return int(std::max<qint64>(0, (left + 999) / 1000));
}

void RunStatus::setConnection(Connection connection)
{
    if (connection == Connection::Reconnecting)
        m_countdown.start();
    else
        m_countdown.stop();
    m_connection = connection;
    scheduleChanged();
}

void RunStatus::update()
{
    if (!m_pipeline)
        return;
    if (m_connection == Connection::Error)
        return; // stays until the user changes something (a new run)
    if (m_pipeline->replay()) {
        setConnection(m_pipeline->isDemo() ? Connection::Demo : Connection::Replay);
        return;
    }
    TwitchChatClient *chat = m_pipeline->chat();
    if (!chat) {
        setConnection(Connection::NoChannel);
        return;
    }
    switch (chat->state()) {
    case TwitchChatClient::State::Disconnected:
    case TwitchChatClient::State::Connecting:
        setConnection(Connection::Connecting);
        break;
    case TwitchChatClient::State::Connected:
        setConnection(chat->channel().isEmpty() ? Connection::NoChannel : Connection::Connecting);
        break;
    case TwitchChatClient::State::Joined:
        setConnection(chat->channel().isEmpty() ? Connection::NoChannel : Connection::Connected);
        break;
    case TwitchChatClient::State::Reconnecting:
        setConnection(Connection::Reconnecting);
        break;
    }
    if (chat->channel().isEmpty() && chat->state() != TwitchChatClient::State::Reconnecting)
        setConnection(Connection::NoChannel);
}

void RunStatus::scheduleChanged()
{
    if (!m_coalesce.isActive())
        m_coalesce.start();
}

QString RunStatus::describe(Connection connection, const QString &channel, int secondsLeft,
                            const QString &error)
{
    switch (connection) {
    case Connection::NoChannel:
        return tr("No channel set: enter the channel to read.");
    case Connection::Connecting:
        return tr("Connecting to #%1…").arg(channel);
    case Connection::Connected:
        return tr("Connected to #%1").arg(channel);
    case Connection::Reconnecting:
        return error.isEmpty() ? tr("Reconnecting in %n s", nullptr, secondsLeft)
                               : tr("Reconnecting in %n s (%1)", nullptr, secondsLeft).arg(error);
    case Connection::Error:
        return tr("Error: %1").arg(error.isEmpty() ? tr("unknown") : error);
    case Connection::Replay:
        return tr("Reading a chat log");
    case Connection::Demo:
        return tr("Demo: a sample chat bundled with ChatVox is read aloud. Enter your channel "
                  "to read your own chat.");
    }
    return {};
}

QString RunStatus::connectionText() const
{
    if (m_connection == Connection::Demo && m_demoEnded)
        return tr("Demo: the sample chat has ended. Enter your channel to read your own chat.");
    return describe(m_connection, channel(), secondsToReconnect(), m_error);
}

int RunStatus::readCount() const
{
    return m_pipeline ? m_pipeline->stats().spoken : 0;
}

int RunStatus::skippedCount() const
{
    return m_pipeline ? m_pipeline->stats().skipped : 0;
}

int RunStatus::purgedCount() const
{
    return m_pipeline ? m_pipeline->stats().purged : 0;
}

int RunStatus::queueLength() const
{
    return (m_pipeline && m_pipeline->queue()) ? m_pipeline->queue()->waitingCount() : 0;
}

RunStatus::TrayState RunStatus::trayStateFor(bool paused, Connection connection,
                                             Supervisor::Health overall)
{
    if (connection == Connection::Error || overall == Supervisor::Health::Failed)
        return TrayState::Error;
    if (paused)
        return TrayState::Paused;
    if (connection == Connection::Connected || connection == Connection::Replay
        || connection == Connection::Demo)
        return TrayState::Reading;
    return TrayState::Disconnected;
}

RunStatus::TrayState RunStatus::trayState() const
{
    if (!m_pipeline)
        return TrayState::Disconnected;
    const bool demoOver = m_connection == Connection::Demo && m_demoEnded;
    return trayStateFor(m_pipeline->isReadingPaused(),
                        demoOver ? Connection::NoChannel : m_connection,
                        m_pipeline->supervisor()->overall());
}

QString RunStatus::toolTip() const
{
    QString state = connectionText();
    if (m_pipeline && m_pipeline->isReadingPaused())
        state += u" — "_s + tr("paused");
    return u"ChatVox\n"_s + state + u"\n"_s + tr("%n message(s) waiting", nullptr, queueLength());
}

} // namespace chatvox
