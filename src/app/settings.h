#pragma once

#include "core/utterance.h"
#include "filter/filtersettings.h"
#include "speech/queuepolicy.h"

#include <memory>
#include <optional>
#include <utility>

#include <QHash>
#include <QList>
#include <QMap>
#include <QObject>
#include <QUrl>
#include <QVariant>

class QSettings;
class QTemporaryFile;

namespace chatvox {

class FileWatch;

// The user's settings in an INI file (QSettings), with typed accessors and one change signal per
// group so that every part applies a change live. Values given on the command line are run
// overrides: they win for this run and are never written to the file.
//
// A file that cannot be read or parsed is moved aside to "<file>.corrupt-<time>" and replaced by
// defaults; loadProblem() then says so in words fit for the user. A single bad value (e.g. a
// word where a number belongs) falls back to its default with a warning, keeping the rest.
//
// Live reload (watchFile()): a change made to the file from outside (an editor, a ConfigMap
// update) is taken in through the same change signals as the Settings dialog's setters: one
// changed(Group) for each group whose values differ, then reloaded(). The file wins for the keys
// it changed; ChatVox's own changes not yet written to other keys are kept, and run overrides
// still win. A file that cannot be used (not an INI file, or a changed value that is not usable)
// is refused as a whole with reloadFailed(): nothing changes, nothing is moved aside, and ChatVox
// does not write over it until a usable version appears. A removed file is the same: the
// settings in use stay, and the file is taken in again when it reappears.
class Settings : public QObject
{
    Q_OBJECT
public:
    static constexpr int SchemaVersion = 1;

    enum class Group { General, Chat, Speech, Audio, Filters, Account, Voices, Serve };
    Q_ENUM(Group)

    // Empty path: the platform's location (defaultFilePath()).
    explicit Settings(const QString &filePath = QString(), QObject *parent = nullptr);
    ~Settings() override;

    static QString defaultFilePath();
    QString filePath() const { return m_path; }
    // Empty when the file was fine (or absent); otherwise what happened, translated.
    QString loadProblem() const { return m_loadProblem; }
    // Writes pending changes; false (with a logged reason) when the file cannot be written.
    bool save();
    // Takes in changes made to the file from outside ChatVox from now on (see above).
    void watchFile();
    const FileWatch *fileWatch() const { return m_watch; }

    // General
    QString language() const; // "system", "ja", "en"
    void setLanguage(const QString &language);

    // Chat
    QString channel() const;
    void setChannel(const QString &channel);
    QUrl ircUrl() const;
    void setIrcUrl(const QUrl &url);

    // Speech
    QList<QUrl> engineUrls() const; // fail-over order
    void setEngineUrls(const QList<QUrl> &urls);
    std::optional<qint64> speakerStyle() const; // none: first style of the first speaker
    void setSpeakerStyle(std::optional<qint64> styleId);
    VoiceParams voice() const;
    void setVoice(const VoiceParams &voice);
    QueuePolicy queuePolicy() const;
    void setQueuePolicy(const QueuePolicy &policy);
    int splitLength() const;
    void setSplitLength(int chars);
    QString skippedTemplate() const;
    void setSkippedTemplate(const QString &text);
    bool systemVoiceFallback() const;
    void setSystemVoiceFallback(bool on);
    int engineTimeoutMs() const;
    void setEngineTimeoutMs(int ms);

    // Audio
    QString audioDevice() const; // empty: system default
    void setAudioDevice(const QString &name);
    double volume() const; // 0..1
    void setVolume(double volume);

    // Filters
    FilterSettings filters() const;
    void setFilters(const FilterSettings &filters);

    // Desktop (window, tray, hotkeys); used by the GUI only.
    bool startMinimized() const; // start in the tray, window hidden
    void setStartMinimized(bool on);
    QString logLevel() const; // "debug", "info" (default), "warning"
    void setLogLevel(const QString &level);
    QString skipHotkey() const; // QKeySequence portable text, e.g. "Ctrl+Alt+S"; empty = none
    void setSkipHotkey(const QString &keys);
    QString killHotkey() const;
    void setKillHotkey(const QString &keys);
    QByteArray windowGeometry() const; // QWidget::saveGeometry()
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const; // QMainWindow::saveState(): docks and toolbars
    void setWindowState(const QByteArray &state);
    bool trayNoticeShown() const; // the one-time "still running in the tray" notice
    void setTrayNoticeShown(bool shown);

    // Account (Twitch login). Only who is logged in is kept here; the tokens live in the OS
    // keychain (auth/KeychainTokenStore), never in this file.
    QString twitchClientId() const; // default: the one built in (CMake CHATVOX_TWITCH_CLIENT_ID)
    void setTwitchClientId(const QString &clientId);
    QString accountUserId() const;
    QString accountLogin() const;
    void setAccount(const QString &userId, const QString &login); // both empty: nobody
    QUrl authUrl() const; // https://id.twitch.tv
    QUrl helixUrl() const; // https://api.twitch.tv/helix
    QUrl eventSubUrl() const; // wss://eventsub.wss.twitch.tv/ws
    bool readRedemptions() const; // read channel-point redemptions aloud
    void setReadRedemptions(bool on);
    // "{user} redeemed {reward}: {input}"; empty: the translated default.
    QString redemptionTemplate() const;
    void setRedemptionTemplate(const QString &text);

    // Per-viewer voices (the streamer's pins are the filters' userVoices).
    struct ViewerVoiceSettings
    {
        QList<qint64> styles; // styles handed out by hash of the user id; empty: default voice
        bool command = true; // viewers may choose with !voice
        int cooldownSeconds = 30; // per viewer, between two !voice commands
        friend bool operator==(const ViewerVoiceSettings &, const ViewerVoiceSettings &) = default;
    };
    ViewerVoiceSettings viewerVoices() const;
    void setViewerVoices(const ViewerVoiceSettings &voices);

    // Servers for other programs (src/serve): each off by default, on 127.0.0.1 unless the
    // streamer chooses another address (no password: anyone who can reach it may use it).
    // Port 0: any free port (tests; the log and Servers::status() say which).
    struct ServeSettings
    {
        QString address = QStringLiteral("127.0.0.1");
        bool broadcast = false; // tc2vv-compatible WebSocket broadcast
        int broadcastPort = 50100;
        bool broadcastWav = false; // the WAV as base64 in /events "playing"
        bool overlay = false; // OBS browser-source overlay
        int overlayPort = 50110;
        bool overlayAudio = false; // the overlay page may play the audio itself
        bool bouyomi = false; // BouyomiChan-compatible API
        int bouyomiTcpPort = 50001;
        int bouyomiHttpPort = 50080;
        // BouyomiChan voice number (1-8, 10001+) → engine style; unmapped: the default style.
        QMap<int, qint64> bouyomiVoices;
        bool engineDictionary = false; // push the reading dictionary to the engines
        // Health probes and metrics (/healthz, /readyz, /metrics) for orchestrators.
        bool health = false;
        int healthPort = 50120;
        friend bool operator==(const ServeSettings &, const ServeSettings &) = default;
    };
    ServeSettings serve() const;
    void setServe(const ServeSettings &serve);
    // Words ChatVox added to an engine's user dictionary (their uuids), per engine URL: the
    // only ones it ever changes or deletes there.
    QStringList engineDictionaryWords(const QUrl &engine) const;
    void setEngineDictionaryWords(const QUrl &engine, const QStringList &uuids);

    // Run overrides (command line): keys as in the file, e.g. "chat/channel".
    void setRunOverride(const QString &key, const QVariant &value);

    // Every key back to its default (keeps the file's location).
    void restoreDefaults();

Q_SIGNALS:
    void changed(chatvox::Settings::Group group);
    // The file was changed from outside and taken in; changed() came for each of these groups.
    void reloaded(const QList<chatvox::Settings::Group> &groups);
    // The file was changed from outside but cannot be used: nothing changed. Why, translated.
    void reloadFailed(const QString &problem);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void load();
    void takeInFile(const QByteArray &content);
    void refuseFile(const QString &problem);
    void onFileRemoved();
    void detach(const QString &why);
    void adoptStore(std::unique_ptr<QSettings> store);
    void badValue(const QString &key, const QString &why) const;
    QVariant raw(const QString &key) const;
    bool store(const QString &key, const QVariant &value); // true when it changed
    void write(const QString &key, const QVariant &value, Group group);
    QString string(const QString &key) const;
    int integer(const QString &key, int min, int max) const;
    double real(const QString &key, double min, double max) const;
    bool boolean(const QString &key) const;
    QStringList stringList(const QString &key) const;

    QString m_path;
    QString m_loadProblem;
    // While the file cannot be written (unusable or removed): a private copy in use instead.
    std::unique_ptr<QTemporaryFile> m_scratch;
    std::unique_ptr<QSettings> m_settings;
    QHash<QString, QVariant> m_overrides;
    FileWatch *m_watch = nullptr;
    QHash<QString, QVariant> m_base; // the file's keys as ChatVox last read them
    QString m_detached; // why the file is not written now; empty: it is
    bool m_detachedSaveWarned = false;
    // While a changed file is checked: the values that are not usable (key, why).
    mutable QList<std::pair<QString, QString>> *m_problems = nullptr;
};

} // namespace chatvox
