#pragma once

#include "app/settings.h"
#include "core/chatmessage.h"
#include "core/speakerstyle.h"

#include <optional>

#include <QHash>
#include <QObject>
#include <QString>

namespace chatvox {

// Each viewer's own voice: the one they chose with "!voice <name or number>", else one handed
// out from the enabled styles by a stable hash of their user id (filter/voiceassignment.h).
// The streamer's pins (the filters' userVoices) come before both; Pipeline applies that order.
// Choices are kept in a small JSON file next to the settings, so they survive restarts.
class ViewerVoices : public QObject
{
    Q_OBJECT
public:
    struct Choice
    {
        QString login;
        qint64 styleId = 0;
        qint64 chosenAtMs = 0; // wall clock
    };

    // Empty path: choices are kept in memory only.
    explicit ViewerVoices(const QString &filePath, QObject *parent = nullptr);

    QString filePath() const { return m_path; }
    void setSettings(const Settings::ViewerVoiceSettings &settings);
    // The engine's talk styles (names for !voice and the replies).
    void setAvailableStyles(const QList<SpeakerStyle> &styles);
    QList<SpeakerStyle> choosableStyles() const;

    // The viewer's voice, when they have one (choice, else hash); none: the default voice.
    std::optional<qint64> styleFor(const ChatMessage &message) const;
    QHash<QString, Choice> choices() const { return m_choices; } // by user id (or login)
    void setChoice(const QString &viewerKey, const Choice &choice); // GUI and tests
    void clearChoice(const QString &viewerKey);

    // A "!voice" command: applies it and returns the reply for the chat (translated), or an
    // empty string when nothing should be said (cooldown, not allowed). nullopt: not a voice
    // command at all. nowMs is monotonic (cooldowns).
    std::optional<QString> handleCommand(const ChatMessage &message, qint64 nowMs);

Q_SIGNALS:
    void choicesChanged();

private:
    static QString keyOf(const ChatMessage &message);
    QString nameOf(qint64 styleId) const;
    void load();
    void save() const;

    QString m_path;
    Settings::ViewerVoiceSettings m_settings;
    QList<SpeakerStyle> m_available;
    QHash<QString, Choice> m_choices;
    QHash<QString, qint64> m_lastCommandMs;
};

} // namespace chatvox
