#pragma once

#include "filter/filtersettings.h"
#include "speech/userdictionary.h"
#include "speech/userdictionarysync.h"

#include <memory>
#include <vector>

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>
#include <QUrl>

class QNetworkAccessManager;

namespace chatvox {

class EngineSet;
class Settings;

// Keeps the user dictionary of every engine of an EngineSet in line with the streamer's reading
// dictionary (FilterSettings::dictionary, not the shipped default table) while
// serve().engineDictionary is on, so that the engines themselves give those words an accent.
// One UserDictionarySync per engine; only ChatVox's own words are touched (see userdictionary.h),
// and their uuids are kept per engine URL in the settings (engineDictionaryWords) after every sync.
//
// A sync runs when the feature is turned on, when an engine comes up (also at start), when the
// dictionary or the engine list changes (debounced) and on syncNow(). An engine without a user
// dictionary (AivisSpeech, COEIROINK, ...) shows Unsupported and is asked again only when it comes
// up again or on syncNow(). A change while a sync runs starts another once it has finished (a
// running sync is never cut for it: a word added in a cut request would be lost to ChatVox).
//
// Off: nothing at all is sent, and the words ChatVox added stay in the engines (the engine keeps
// them across restarts); removeOwnWords() takes them out.
class EngineDictionaries : public QObject
{
    Q_OBJECT
public:
    using Status = UserDictionarySync::Status;

    // What the Settings dialog shows for one engine.
    struct EngineState
    {
        QUrl url;
        Status status = Status::Idle; // of the last (or running) sync; Idle: none yet
        bool reachable = false; // the engine is up (EngineSet)
        QString statusText; // in words, translated
        int ownedWords = 0; // ChatVox's words in this engine now
        int added = 0; // by the last sync
        int updated = 0;
        int deleted = 0;
        int unchanged = 0;
        QList<UserDictConflict> conflicts; // the user's own words that read differently
        QList<UserDictionarySync::Failure> failures; // words the engine refused
        QString lastError; // of the last sync that failed (translated), kept until one succeeds
        QDateTime lastSync; // when the last sync finished (local time); invalid: never
    };

    // engines: not owned (null: none). network: for the engine requests, not owned; null: an
    // own one.
    EngineDictionaries(Settings *settings, EngineSet *engines,
                       QNetworkAccessManager *network = nullptr, QObject *parent = nullptr);
    ~EngineDictionaries() override;

    bool isEnabled() const { return m_enabled; }
    // One entry per engine of the EngineSet, in its order.
    QList<EngineState> engines() const;
    EngineState engine(const QUrl &url) const; // a default EngineState when unknown
    // The words ChatVox wants in the engines (the dictionary converted), and the entries an
    // engine cannot take (with the reason).
    QList<UserDictWord> words() const { return m_conversion.words; }
    QList<SkippedReading> skipped() const { return m_conversion.skipped; }
    bool isSyncing() const;
    // The reading dictionary as engine words (regex-free ReadingEntry copies, default accent,
    // word type and priority).
    static ReadingConversion convert(const QList<DictionaryEntry> &dictionary);

    // Syncs every engine that is up now, Unsupported ones too. Does nothing when off.
    void syncNow();
    // Deletes ChatVox's words from every engine that is up (a sync to an empty list). Only when
    // off (on, the next sync would add them again); false then.
    bool removeOwnWords();

    // Wait this long after a change of the dictionary or of the engines (default 1000 ms).
    void setDebounceInterval(int ms) { m_debounce.setInterval(ms); }

Q_SIGNALS:
    // Anything in engines() or isEnabled() changed.
    void changed();
    // One engine's sync ended (any status).
    void syncFinished(const QUrl &url, const chatvox::UserDictionarySync::Report &report);

private:
    struct Engine;

    void onSettingsChanged(int group);
    void onEngineStatus(const QUrl &url, int status);
    void onDebounce();
    // Follows the EngineSet's endpoints (in order); returns the engines that are new.
    QList<Engine *> updateEngines();
    bool updateConversion(); // true when the words changed
    void syncAll(bool force);
    void requestSync(Engine *engine);
    void startSync(Engine *engine);
    void onFinished(Engine *engine, const UserDictionarySync::Report &report);
    void persist(const QUrl &url, const QStringList &owned);
    Engine *find(const QUrl &url) const;
    bool isUp(const QUrl &url) const;
    QString describe(const Engine &engine) const;
    void refreshTexts();

    QPointer<Settings> m_settings; // may go first when both are children of one object
    QPointer<EngineSet> m_engines;
    QNetworkAccessManager *m_network;
    std::vector<std::unique_ptr<Engine>> m_list;
    ReadingConversion m_conversion;
    bool m_enabled = false;
    bool m_engineListDirty = false;
    bool m_dictionaryDirty = false;
    bool m_shuttingDown = false;
    QTimer m_debounce;
};

} // namespace chatvox
