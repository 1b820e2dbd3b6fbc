#include "enginedictionaries.h"

#include "app/logging.h"
#include "app/settings.h"
#include "speech/engineset.h"
#include "speech/voicevoxclient.h"

#include <QNetworkAccessManager>

using namespace Qt::StringLiterals;

namespace chatvox {

struct EngineDictionaries::Engine
{
    QUrl url;
    VoicevoxClient *client = nullptr; // children of EngineDictionaries
    UserDictionarySync *sync = nullptr;
    EngineState state;
    bool pending = false; // sync again once the running one has finished
    bool removeRequested = false; // the next sync is to an empty list
    bool runningRemoval = false; // the running (or last) sync was one

    ~Engine()
    {
        // Deleted later: this may run inside one of their signals.
        if (sync)
            sync->deleteLater();
        if (client)
            client->deleteLater();
    }
};

EngineDictionaries::EngineDictionaries(Settings *settings, EngineSet *engines,
                                       QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_engines(engines)
    , m_network(network ? network : new QNetworkAccessManager(this))
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(1000);
    connect(&m_debounce, &QTimer::timeout, this, &EngineDictionaries::onDebounce);
    connect(m_settings, &Settings::changed, this,
            [this](Settings::Group group) { onSettingsChanged(int(group)); });
    if (m_engines)
        connect(m_engines, &EngineSet::engineStatusChanged, this,
                [this](const QUrl &url, EngineSet::Status status) {
                    onEngineStatus(url, int(status));
                });
    m_enabled = m_settings->serve().engineDictionary;
    updateEngines();
    updateConversion();
    refreshTexts();
    // At start: the engines already up (the others once they come up).
    if (m_enabled)
        QMetaObject::invokeMethod(
            this, [this] { syncAll(false); }, Qt::QueuedConnection);
}

EngineDictionaries::~EngineDictionaries()
{
    // A sync cut now still reports (and so persists) what ChatVox owns there.
    m_shuttingDown = true;
    for (const auto &engine : m_list)
        if (engine->sync->isRunning())
            engine->sync->abort();
}

QList<EngineDictionaries::EngineState> EngineDictionaries::engines() const
{
    QList<EngineState> out;
    for (const auto &engine : m_list)
        out << engine->state;
    return out;
}

EngineDictionaries::EngineState EngineDictionaries::engine(const QUrl &url) const
{
    if (const Engine *e = find(url))
        return e->state;
    return {};
}

bool EngineDictionaries::isSyncing() const
{
    return std::any_of(m_list.begin(), m_list.end(),
                       [](const auto &engine) { return engine->sync->isRunning(); });
}

void EngineDictionaries::syncNow()
{
    if (!m_enabled)
        return;
    // Take in a change still waiting for the debounce.
    m_debounce.stop();
    if (m_engineListDirty || m_dictionaryDirty)
        onDebounce();
    syncAll(true);
}

bool EngineDictionaries::removeOwnWords()
{
    if (m_enabled)
        return false;
    for (const auto &engine : m_list) {
        if (!isUp(engine->url))
            continue;
        engine->removeRequested = true;
        if (engine->sync->isRunning())
            engine->pending = true;
        else
            startSync(engine.get());
    }
    return true;
}

void EngineDictionaries::onSettingsChanged(int group)
{
    switch (Settings::Group(group)) {
    case Settings::Group::Serve: {
        const bool enabled = m_settings->serve().engineDictionary;
        if (enabled == m_enabled)
            return;
        m_enabled = enabled;
        if (m_enabled) {
            qCInfo(lcApp).noquote() << tr("Engine dictionary on: the reading dictionary goes "
                                          "into the engines' user dictionaries.");
            m_debounce.stop();
            onDebounce();
            syncAll(true);
        } else {
            // A running sync ends by itself (cutting it could lose track of a word it adds).
            for (const auto &engine : m_list)
                engine->pending = engine->removeRequested;
            qCInfo(lcApp).noquote() << tr("Engine dictionary off: ChatVox's words stay in the "
                                          "engines until removed.");
        }
        refreshTexts();
        emit changed();
        break;
    }
    case Settings::Group::Filters:
        m_dictionaryDirty = true;
        m_debounce.start();
        break;
    case Settings::Group::Speech:
        m_engineListDirty = true;
        m_debounce.start();
        break;
    default:
        break;
    }
}

void EngineDictionaries::onEngineStatus(const QUrl &url, int status)
{
    Engine *engine = find(url);
    if (!engine) {
        updateEngines();
        engine = find(url);
        if (!engine)
            return;
    }
    engine->state.reachable = EngineSet::Status(status) == EngineSet::Status::Up;
    // An engine that (re)starts may have another dictionary, or now have one at all.
    if (engine->state.reachable && m_enabled)
        requestSync(engine);
    refreshTexts();
    emit changed();
}

void EngineDictionaries::onDebounce()
{
    bool dictionaryChanged = false;
    if (m_dictionaryDirty) {
        m_dictionaryDirty = false;
        dictionaryChanged = updateConversion();
    }
    QList<Engine *> added;
    if (m_engineListDirty) {
        m_engineListDirty = false;
        added = updateEngines();
    }
    if (m_enabled) {
        if (dictionaryChanged) {
            syncAll(false);
        } else {
            for (Engine *engine : std::as_const(added))
                if (isUp(engine->url))
                    requestSync(engine);
        }
    }
    refreshTexts();
    emit changed();
}

QList<EngineDictionaries::Engine *> EngineDictionaries::updateEngines()
{
    const QList<QUrl> urls = m_engines ? m_engines->endpoints() : QList<QUrl>();
    std::vector<std::unique_ptr<Engine>> list;
    QList<Engine *> added;
    for (const QUrl &url : urls) {
        const auto it = std::find_if(m_list.begin(), m_list.end(),
                                     [&url](const auto &e) { return e && e->url == url; });
        if (it != m_list.end()) {
            list.push_back(std::move(*it));
            continue;
        }
        auto engine = std::make_unique<Engine>();
        engine->url = url;
        engine->client = new VoicevoxClient(m_network, url, this);
        engine->sync = new UserDictionarySync(engine->client, this);
        engine->state.url = url;
        engine->state.reachable = isUp(url);
        engine->state.ownedWords = int(m_settings->engineDictionaryWords(url).size());
        Engine *raw = engine.get();
        connect(engine->sync, &UserDictionarySync::finished, this,
                [this, raw](const UserDictionarySync::Report &report) { onFinished(raw, report); });
        added << raw;
        list.push_back(std::move(engine));
    }
    // Engines no longer used: a running sync is cut; what ChatVox owns there is kept.
    std::vector<std::unique_ptr<Engine>> removed;
    for (auto &engine : m_list)
        if (engine)
            removed.push_back(std::move(engine));
    m_list = std::move(list);
    for (const auto &engine : removed) {
        engine->sync->disconnect(this);
        if (engine->sync->isRunning()) {
            engine->sync->abort();
            persist(engine->url, engine->sync->report().ownedUuids);
        }
    }
    return added;
}

ReadingConversion EngineDictionaries::convert(const QList<DictionaryEntry> &dictionary)
{
    QList<ReadingEntry> entries;
    entries.reserve(dictionary.size());
    for (const DictionaryEntry &entry : dictionary)
        entries << ReadingEntry{entry.word, entry.reading};
    return userdict::fromReadings(entries, {}, UserDictWord{});
}

bool EngineDictionaries::updateConversion()
{
    ReadingConversion conversion = convert(m_settings->filters().dictionary);
    const bool changed = conversion.words != m_conversion.words;
    m_conversion = std::move(conversion);
    return changed;
}

void EngineDictionaries::syncAll(bool force)
{
    if (!m_enabled)
        return;
    for (const auto &engine : m_list) {
        if (!isUp(engine->url))
            continue; // synced once it comes up
        if (!force && engine->state.status == Status::Unsupported)
            continue;
        requestSync(engine.get());
    }
}

void EngineDictionaries::requestSync(Engine *engine)
{
    engine->removeRequested = false;
    if (engine->sync->isRunning())
        engine->pending = true;
    else
        startSync(engine);
}

void EngineDictionaries::startSync(Engine *engine)
{
    engine->runningRemoval = engine->removeRequested;
    engine->removeRequested = false;
    engine->pending = false;
    const QList<UserDictWord> wanted
        = engine->runningRemoval ? QList<UserDictWord>() : m_conversion.words;
    engine->sync->start(wanted, m_settings->engineDictionaryWords(engine->url));
    engine->state.status = engine->sync->status();
    refreshTexts();
    emit changed();
}

void EngineDictionaries::onFinished(Engine *engine, const UserDictionarySync::Report &report)
{
    persist(engine->url, report.ownedUuids);
    EngineState &s = engine->state;
    s.status = report.status;
    s.ownedWords = int(report.ownedUuids.size());
    s.added = report.added;
    s.updated = report.updated;
    s.deleted = report.deleted;
    s.unchanged = report.unchanged;
    s.conflicts = report.conflicts;
    s.failures = report.failures;
    s.lastSync = QDateTime::currentDateTime();
    if (report.status == Status::Error) {
        s.lastError = report.errorMessage;
        qCWarning(lcApp).noquote() << report.errorMessage;
    } else if (report.status == Status::InSync || report.status == Status::Conflicts
               || report.status == Status::Unsupported) {
        s.lastError.clear();
    }
    if (report.added || report.updated || report.deleted)
        qCInfo(lcApp).noquote() << tr("Engine dictionary of %1: %2 added, %3 changed, %4 removed.")
                                       .arg(engine->url.toDisplayString())
                                       .arg(report.added)
                                       .arg(report.updated)
                                       .arg(report.deleted);
    if (m_shuttingDown)
        return;
    if (engine->pending && (m_enabled || engine->removeRequested)) {
        // Not from inside the sync's own signal.
        const QUrl url = engine->url;
        QMetaObject::invokeMethod(
            this,
            [this, url] {
                Engine *e = find(url);
                if (e && e->pending && !e->sync->isRunning() && (m_enabled || e->removeRequested))
                    startSync(e);
            },
            Qt::QueuedConnection);
    }
    refreshTexts();
    emit syncFinished(engine->url, report);
    emit changed();
}

void EngineDictionaries::persist(const QUrl &url, const QStringList &owned)
{
    if (!m_settings)
        return;
    if (owned == m_settings->engineDictionaryWords(url))
        return;
    m_settings->setEngineDictionaryWords(url, owned);
    m_settings->save(); // a crash must not make ChatVox forget its words there
}

EngineDictionaries::Engine *EngineDictionaries::find(const QUrl &url) const
{
    for (const auto &engine : m_list)
        if (engine->url == url)
            return engine.get();
    return nullptr;
}

bool EngineDictionaries::isUp(const QUrl &url) const
{
    return m_engines && m_engines->engine(url).status == EngineSet::Status::Up;
}

QString EngineDictionaries::describe(const Engine &engine) const
{
    const EngineState &s = engine.state;
    if (s.status == Status::Syncing)
        return engine.runningRemoval ? tr("Removing ChatVox's words…") : tr("Synchronizing…");
    if (!m_enabled) {
        if (s.ownedWords > 0)
            return tr("Off; %n word(s) from ChatVox are still in the engine.", nullptr,
                      s.ownedWords);
        return tr("Off");
    }
    if (!s.reachable)
        return tr("Waiting for the engine to answer.");
    QString text;
    switch (s.status) {
    case Status::Idle:
        return tr("Not synchronized yet.");
    case Status::Syncing:
        break;
    case Status::InSync:
        text = tr("In sync: %n word(s) from ChatVox.", nullptr, s.ownedWords);
        break;
    case Status::Conflicts:
        text = tr("In sync, except %n word(s) that the engine's own user dictionary reads "
                  "differently (left as they are).",
                  nullptr, int(s.conflicts.size()));
        break;
    case Status::Unsupported:
        return tr("This engine has no user dictionary.");
    case Status::Error:
        text = tr("Failed: %1").arg(s.lastError);
        break;
    case Status::Aborted:
        text = tr("Stopped before it was done; synchronizes again on the next change.");
        break;
    }
    if (!s.failures.isEmpty())
        text += u' ' + tr("The engine refused %n word(s).", nullptr, int(s.failures.size()));
    return text;
}

void EngineDictionaries::refreshTexts()
{
    for (const auto &engine : m_list)
        engine->state.statusText = describe(*engine);
}

} // namespace chatvox
