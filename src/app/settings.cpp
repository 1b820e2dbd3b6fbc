#include "settings.h"

#include "app/filewatch.h"
#include "app/logging.h"
#include "auth/tokenset.h"

#include <algorithm>
#include <iterator>
#include <optional>
#include <tuple>

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QMetaEnum>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryFile>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace chatvox {

namespace {

// The voice parameters with their keys and ranges (the speaker panel's sliders): the
// streamer's voice is "speech/<key>", each viewer's own "userVoices/<n>/<key>".
struct VoiceField
{
    double VoiceParams::*member;
    QLatin1String key;
    double min, max;
};
constexpr VoiceField kVoiceFields[] = {
    {&VoiceParams::speedScale, QLatin1String("speedScale"), 0.5, 2.0},
    {&VoiceParams::pitchScale, QLatin1String("pitchScale"), -0.15, 0.15},
    {&VoiceParams::intonationScale, QLatin1String("intonationScale"), 0.0, 2.0},
    {&VoiceParams::volumeScale, QLatin1String("volumeScale"), 0.0, 2.0},
};

// The enums' names in the file, in the order of their values.
constexpr QLatin1String kLaughterNames[]
    = {QLatin1String("off"), QLatin1String("wara"), QLatin1String("fufu"), QLatin1String("drop")};
static_assert(std::size(kLaughterNames) == std::size_t(LaughterMode::Drop) + 1);
constexpr QLatin1String kEmojiNames[] = {QLatin1String("names"), QLatin1String("drop")};
static_assert(std::size(kEmojiNames) == std::size_t(EmojiMode::Drop) + 1);

QString speechKey(const VoiceField &field)
{
    return u"speech/"_s + field.key;
}

// Every key with its default. Getters fall back to these for absent or unusable values.
const QHash<QString, QVariant> &defaults()
{
    static const QHash<QString, QVariant> d = [] {
        const QueuePolicy policy;
        const VoiceParams voice;
        const FilterSettings filter;
        const Settings::ServeSettings serve;
        QHash<QString, QVariant> keys{
            {u"app/language"_s, u"system"_s},
            {u"chat/channel"_s, QString()},
            {u"chat/ircUrl"_s, u"wss://irc-ws.chat.twitch.tv:443"_s},
            {u"speech/engines"_s,
             QStringList{u"http://127.0.0.1:50021"_s, u"http://127.0.0.1:10101"_s,
                         u"http://127.0.0.1:50025"_s, u"http://127.0.0.1:50031"_s,
                         u"http://127.0.0.1:50121"_s}},
            {u"speech/style"_s, QString()},
            {u"speech/prefetch"_s, policy.prefetch},
            {u"speech/speedUpAfter"_s, policy.speedUpAfter},
            {u"speech/speedStep"_s, policy.speedStep},
            {u"speech/maxSpeedFactor"_s, policy.maxSpeedFactor},
            {u"speech/dropAfter"_s, policy.dropAfter},
            {u"speech/splitLength"_s, 80},
            {u"speech/skippedText"_s, u"{n}件省略"_s},
            {u"speech/systemVoice"_s, true},
            {u"speech/engineTimeoutMs"_s, 15000},
            {u"audio/device"_s, QString()},
            {u"audio/volume"_s, 1.0},
            {u"filter/ignoredUsers"_s, filter.ignoredUsers},
            {u"filter/ignoreKnownBots"_s, filter.ignoreKnownBots},
            {u"filter/knownBots"_s, filter.knownBots},
            {u"filter/skipCommands"_s, filter.skipCommands},
            {u"filter/commandPrefixes"_s, filter.commandPrefixes},
            {u"filter/stripEmotes"_s, filter.stripEmotes},
            {u"filter/ngWords"_s, filter.ngWords},
            {u"filter/replaceUrls"_s, filter.replaceUrls},
            {u"filter/urlReplacement"_s, filter.urlReplacement},
            {u"filter/maxRepeat"_s, filter.maxRepeat},
            {u"filter/useDefaultDictionary"_s, filter.useDefaultDictionary},
            {u"filter/dropKaomoji"_s, filter.dropKaomoji},
            {u"filter/kaomojiReplacement"_s, filter.kaomojiReplacement},
            {u"filter/laughter"_s, QString(kLaughterNames[int(filter.laughter)])},
            {u"filter/applause"_s, filter.applause},
            {u"filter/emoji"_s, QString(kEmojiNames[int(filter.emoji)])},
            {u"filter/englishToKana"_s, filter.englishToKana},
            {u"filter/lengthLimit"_s, filter.lengthLimit},
            {u"filter/lengthMode"_s, u"cut"_s},
            {u"filter/cutSuffix"_s, filter.cutSuffix},
            {u"filter/namePrefix"_s, filter.namePrefix},
            {u"filter/namePrefixTemplate"_s, filter.namePrefixTemplate},
            {u"filter/readableNames"_s, filter.readableNames},
            {u"filter/rateLimit"_s, filter.rateLimit},
            {u"filter/rateLimitMessages"_s, filter.rateLimitMessages},
            {u"filter/rateLimitSeconds"_s, filter.rateLimitSeconds},
            {u"app/startMinimized"_s, false},
            {u"app/logLevel"_s, u"info"_s},
            {u"app/trayNoticeShown"_s, false},
            {u"hotkeys/skip"_s, u"Ctrl+Alt+S"_s},
            {u"hotkeys/kill"_s, u"Ctrl+Alt+K"_s},
            {u"window/geometry"_s, QByteArray()},
            {u"window/state"_s, QByteArray()},
            {u"account/clientId"_s, builtInTwitchClientId()},
            {u"account/userId"_s, QString()},
            {u"account/login"_s, QString()},
            {u"account/authUrl"_s, u"https://id.twitch.tv"_s},
            {u"account/helixUrl"_s, u"https://api.twitch.tv/helix"_s},
            {u"eventsub/url"_s, u"wss://eventsub.wss.twitch.tv/ws"_s},
            {u"eventsub/readRedemptions"_s, true},
            {u"eventsub/redemptionTemplate"_s, QString()},
            {u"voices/styles"_s, QStringList()},
            {u"voices/command"_s, true},
            {u"voices/commandCooldownSeconds"_s, 30},
            {u"serve/address"_s, serve.address},
            {u"serve/broadcast"_s, serve.broadcast},
            {u"serve/broadcastPort"_s, serve.broadcastPort},
            {u"serve/broadcastWav"_s, serve.broadcastWav},
            {u"serve/overlay"_s, serve.overlay},
            {u"serve/overlayPort"_s, serve.overlayPort},
            {u"serve/overlayAudio"_s, serve.overlayAudio},
            {u"serve/bouyomi"_s, serve.bouyomi},
            {u"serve/bouyomiTcpPort"_s, serve.bouyomiTcpPort},
            {u"serve/bouyomiHttpPort"_s, serve.bouyomiHttpPort},
            {u"serve/bouyomiVoices"_s, QStringList()},
            {u"serve/engineDictionary"_s, serve.engineDictionary},
            {u"serve/health"_s, serve.health},
            {u"serve/healthPort"_s, serve.healthPort},
        };
        for (const VoiceField &field : kVoiceFields)
            keys.insert(speechKey(field), voice.*field.member);
        return keys;
    }();
    return d;
}

// Why the bytes of a settings file cannot be used as they are; empty when they can.
QString checkContent(const QByteArray &bytes)
{
    if (!QByteArrayView(bytes).isValidUtf8())
        return QCoreApplication::translate("chatvox::Settings", "it is not UTF-8 text");
    int lineNo = 0;
    for (QByteArrayView line : bytes.split('\n')) {
        ++lineNo;
        line = line.trimmed();
        if (line.isEmpty() || line.startsWith(';') || line.startsWith('#'))
            continue;
        const bool section = line.startsWith('[') && line.endsWith(']');
        // C0 controls never appear in what QSettings writes (it escapes them); DEL does, raw.
        const bool control = std::any_of(line.begin(), line.end(),
                                         [](char c) { return uchar(c) < 0x20 && c != '\t'; });
        if (control || (!section && !line.contains('=')))
            return QCoreApplication::translate("chatvox::Settings", "line %1 is not a setting")
                .arg(lineNo);
    }
    return {};
}

// Why a settings file cannot be used as it is; empty when it can.
QString checkFile(const QString &path)
{
    const QFileInfo fi(path);
    if (!fi.exists())
        return {};
    if (fi.isDir())
        return QCoreApplication::translate("chatvox::Settings", "it is a folder, not a file");
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QCoreApplication::translate("chatvox::Settings", "it cannot be read: %1")
            .arg(file.errorString());
    return checkContent(file.readAll());
}

QString timestampSuffix()
{
    return QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s);
}

// QSettings' INI format takes a section named [general] (in any case) for its top-level keys,
// and writes a group "general" as [%General], which it reads back as "General": keys under
// "general/" were read from neither a hand-written [general] section nor, on Linux (where keys
// are case-sensitive), from what ChatVox itself had written. So these keys live under "app/";
// here they are moved there from wherever an earlier build or a hand-written file put them.
void moveGeneralKeys(QSettings &settings)
{
    for (const QString &key : {u"language"_s, u"startMinimized"_s, u"logLevel"_s,
                               u"trayNoticeShown"_s, u"schemaVersion"_s}) {
        const QString target = u"app/"_s + key;
        for (const QString &old : QStringList{u"general/"_s + key, u"General/"_s + key, key}) {
            if (!settings.contains(old))
                continue;
            if (!settings.contains(target))
                settings.setValue(target, settings.value(old));
            settings.remove(old);
        }
    }
}

// Calls readEntry() with each entry of the INI array that the file holds, in index order.
// A hand-edited or damaged file can claim "size=2147483647"; looping to it would hang the
// start, so the size only bounds the indices (QSettings numbers entries from 1).
template<typename ReadEntry>
void readArray(QSettings &settings, const QString &array, ReadEntry readEntry)
{
    const int size = settings.beginReadArray(array);
    QList<int> present;
    for (const QString &group : settings.childGroups()) {
        bool ok = false;
        const int n = group.toInt(&ok);
        if (ok && n >= 1 && n <= size)
            present << n;
    }
    std::sort(present.begin(), present.end());
    present.erase(std::unique(present.begin(), present.end()), present.end()); // "1" and "01"
    for (const int n : std::as_const(present)) {
        settings.setArrayIndex(n - 1);
        readEntry();
    }
    settings.endArray();
}

// The value as a number from min to max, or nothing (NaN and inf are never within them).
std::optional<double> ranged(const QVariant &value, double min, double max)
{
    bool ok = false;
    const double v = value.toDouble(&ok);
    if (ok && v >= min && v <= max)
        return v;
    return std::nullopt;
}

// The enum value whose name (kLaughterNames, ...) the setting holds, in any case; anything
// else (a typo, a list, a number) gives `fallback`, the default.
template<typename Enum, std::size_t N>
Enum named(const QString &key, const QVariant &value, const QLatin1String (&names)[N],
           Enum fallback, QList<std::pair<QString, QString>> *problems)
{
    const QString s = value.toString().trimmed();
    QStringList known;
    for (std::size_t i = 0; i < N; ++i) {
        if (s.compare(names[i], Qt::CaseInsensitive) == 0)
            return Enum(i);
        known << names[i];
    }
    if (problems) {
        problems->append({key,
                          QCoreApplication::translate("chatvox::Settings", "%1 is not one of %2")
                              .arg(key, known.join(u", "_s))});
        return fallback;
    }
    qCWarning(lcApp) << "setting" << key << "is not one of" << qUtf8Printable(known.join(u", "_s))
                     << "- using the default";
    return fallback;
}

// A reading table as an INI array ("dictionary/1/word=…"), readable and editable by hand.
QList<DictionaryEntry> readDictionary(QSettings &settings, const QString &array)
{
    QList<DictionaryEntry> entries;
    readArray(settings, array, [&] {
        DictionaryEntry e{settings.value(u"word"_s).toString(),
                          settings.value(u"reading"_s).toString()};
        if (!e.word.isEmpty())
            entries << e;
    });
    return entries;
}

void writeDictionary(QSettings &settings, const QString &array,
                     const QList<DictionaryEntry> &entries)
{
    settings.remove(array);
    settings.beginWriteArray(array, int(entries.size()));
    for (int i = 0; i < entries.size(); ++i) {
        settings.setArrayIndex(i);
        settings.setValue(u"word"_s, entries.at(i).word);
        settings.setValue(u"reading"_s, entries.at(i).reading);
    }
    settings.endArray();
}

// Every key of the store with its value, as the file holds them; the schema version aside
// (ChatVox adds it to a hand-written file).
QHash<QString, QVariant> fileKeys(QSettings &settings)
{
    QHash<QString, QVariant> keys;
    for (const QString &key : settings.allKeys()) {
        if (key != u"app/schemaVersion")
            keys.insert(key, settings.value(key));
    }
    return keys;
}

// A value as the INI file has it, to compare what was parsed (text) with what a setter stored
// (a bool, a number): a list of one is the text itself, as QSettings reads it back.
QString iniText(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::UnknownType:
        return u"\x01absent"_s;
    case QMetaType::QStringList:
    case QMetaType::QVariantList:
        return value.toStringList().join(u'\x1f');
    case QMetaType::QByteArray:
        return u"@ByteArray "_s + QString::fromLatin1(value.toByteArray().toBase64());
    default:
        return value.toString();
    }
}

// What the parts read, group by group, to tell which groups a change of the file touches.
struct Snapshot
{
    // General
    QString language, logLevel, skipHotkey, killHotkey;
    bool startMinimized = false;
    // Chat
    QString channel;
    QUrl ircUrl;
    // Speech
    QList<QUrl> engines;
    std::optional<qint64> style;
    VoiceParams voice;
    QueuePolicy policy;
    int splitLength = 0;
    QString skipped;
    bool systemVoice = false;
    int engineTimeoutMs = 0;
    // Audio
    QString audioDevice;
    double volume = 0;
    // Filters
    FilterSettings filters;
    // Account
    QString clientId, userId, login, redemptionTemplate;
    QUrl authUrl, helixUrl, eventSubUrl;
    bool readRedemptions = false;
    // Voices, Serve
    Settings::ViewerVoiceSettings voices;
    Settings::ServeSettings serve;
};

Snapshot snapshot(const Settings &s)
{
    Snapshot v;
    v.language = s.language();
    v.logLevel = s.logLevel();
    v.skipHotkey = s.skipHotkey();
    v.killHotkey = s.killHotkey();
    v.startMinimized = s.startMinimized();
    v.channel = s.channel();
    v.ircUrl = s.ircUrl();
    v.engines = s.engineUrls();
    v.style = s.speakerStyle();
    v.voice = s.voice();
    v.policy = s.queuePolicy();
    v.splitLength = s.splitLength();
    v.skipped = s.skippedTemplate();
    v.systemVoice = s.systemVoiceFallback();
    v.engineTimeoutMs = s.engineTimeoutMs();
    v.audioDevice = s.audioDevice();
    v.volume = s.volume();
    v.filters = s.filters();
    v.clientId = s.twitchClientId();
    v.userId = s.accountUserId();
    v.login = s.accountLogin();
    v.redemptionTemplate = s.redemptionTemplate();
    v.authUrl = s.authUrl();
    v.helixUrl = s.helixUrl();
    v.eventSubUrl = s.eventSubUrl();
    v.readRedemptions = s.readRedemptions();
    v.voices = s.viewerVoices();
    v.serve = s.serve();
    return v;
}

QList<Settings::Group> differingGroups(const Snapshot &a, const Snapshot &b)
{
    using G = Settings::Group;
    QList<G> groups;
    if (std::tie(a.language, a.logLevel, a.skipHotkey, a.killHotkey, a.startMinimized)
        != std::tie(b.language, b.logLevel, b.skipHotkey, b.killHotkey, b.startMinimized))
        groups << G::General;
    if (std::tie(a.channel, a.ircUrl) != std::tie(b.channel, b.ircUrl))
        groups << G::Chat;
    if (std::tie(a.engines, a.style, a.voice, a.policy, a.splitLength, a.skipped, a.systemVoice,
                 a.engineTimeoutMs)
        != std::tie(b.engines, b.style, b.voice, b.policy, b.splitLength, b.skipped, b.systemVoice,
                    b.engineTimeoutMs))
        groups << G::Speech;
    if (std::tie(a.audioDevice, a.volume) != std::tie(b.audioDevice, b.volume))
        groups << G::Audio;
    if (!(a.filters == b.filters))
        groups << G::Filters;
    if (std::tie(a.clientId, a.userId, a.login, a.redemptionTemplate, a.authUrl, a.helixUrl,
                 a.eventSubUrl, a.readRedemptions)
        != std::tie(b.clientId, b.userId, b.login, b.redemptionTemplate, b.authUrl, b.helixUrl,
                    b.eventSubUrl, b.readRedemptions))
        groups << G::Account;
    if (!(a.voices == b.voices))
        groups << G::Voices;
    if (!(a.serve == b.serve))
        groups << G::Serve;
    return groups;
}

} // namespace

Settings::Settings(const QString &filePath, QObject *parent)
    : QObject(parent)
    , m_path(filePath.isEmpty() ? defaultFilePath() : filePath)
{
    load();
}

Settings::~Settings()
{
    // No outside change is taken in now: the parts that would apply it may be going too.
    if (m_watch)
        m_watch->disconnect(this);
    m_watch = nullptr;
    save();
}

QString Settings::defaultFilePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + u"/chatvox.ini"_s;
}

void Settings::load()
{
    QString problem = checkFile(m_path);
    if (problem.isEmpty()) {
        m_settings = std::make_unique<QSettings>(m_path, QSettings::IniFormat);
        if (m_settings->status() != QSettings::NoError)
            problem
                = QCoreApplication::translate("chatvox::Settings", "it is not a valid INI file");
    }
    if (!problem.isEmpty()) {
        m_settings.reset();
        const QString backup = m_path + u".corrupt-"_s + timestampSuffix();
        const bool moved = QFile::rename(m_path, backup) || QDir().rename(m_path, backup);
        if (moved) {
            m_loadProblem = tr("The settings file %1 could not be used (%2). It was kept as %3 "
                               "and the default settings are used.")
                                .arg(QDir::toNativeSeparators(m_path), problem,
                                     QDir::toNativeSeparators(backup));
        } else {
            m_loadProblem = tr("The settings file %1 could not be used (%2) nor moved aside. The "
                               "default settings are used for this run and will not be saved.")
                                .arg(QDir::toNativeSeparators(m_path), problem);
            m_path.clear();
        }
        qCWarning(lcApp).noquote() << m_loadProblem;
        // Without a usable path, keep the defaults in memory only.
        m_settings = m_path.isEmpty() ? std::make_unique<QSettings>(QString(), QSettings::IniFormat)
                                      : std::make_unique<QSettings>(m_path, QSettings::IniFormat);
    }
    // Parse the whole file now: QSettings (6.4) parses an INI file section by section on demand
    // and, for "group/key", looks only at the nearest section name sorting before it, so a
    // hand-written [filter/a] section hid most keys of [filter] until the first save (found by
    // fuzz_settings).
    (void)m_settings->allKeys();
    moveGeneralKeys(*m_settings);
    const int version = m_settings->value(u"app/schemaVersion"_s, 0).toInt();
    if (version > SchemaVersion) {
        qCWarning(lcApp) << "settings were written by a newer ChatVox (schema" << version
                         << "); unknown keys are kept as they are";
    } else if (version < SchemaVersion) {
        // Version 0 is a new or hand-written file; there is nothing to migrate yet.
        m_settings->setValue(u"app/schemaVersion"_s, SchemaVersion);
    }
    m_base = fileKeys(*m_settings);
    m_settings->installEventFilter(this);
}

bool Settings::save()
{
    if (!m_settings || m_path.isEmpty())
        return false;
    // An outside change not taken in yet comes first: it is applied, not written over.
    if (m_watch)
        m_watch->checkNow();
    if (!m_detached.isEmpty()) {
        if (!m_detachedSaveWarned)
            qCWarning(lcApp).noquote()
                << tr("Settings not written to %1: it cannot be used now (see above).")
                       .arg(QDir::toNativeSeparators(m_path));
        m_detachedSaveWarned = true;
        return false;
    }
    const QFileInfo fi(m_path);
    QDir().mkpath(fi.absolutePath());
    m_settings->sync();
    if (m_watch)
        m_watch->rearm(); // the folder may be new
    if (m_settings->status() != QSettings::NoError) {
        qCWarning(lcApp) << "could not write settings to" << m_path;
        return false;
    }
    return true;
}

void Settings::watchFile()
{
    if (m_watch || m_path.isEmpty())
        return;
    m_watch = new FileWatch(m_path, this);
    connect(m_watch, &FileWatch::changed, this, &Settings::takeInFile);
    connect(m_watch, &FileWatch::removed, this, &Settings::onFileRemoved);
}

bool Settings::eventFilter(QObject *watched, QEvent *event)
{
    // QSettings writes its file by itself after changes (an UpdateRequest it posts), and on
    // writing merges in what it finds there: an outside change not taken in yet would reach
    // the store without a change signal. So that write is ours: look at the file first. Not
    // here but next: taking the file in may replace the store whose event this is.
    if (m_watch && watched == m_settings.get() && event->type() == QEvent::UpdateRequest) {
        QTimer::singleShot(0, this, [this] {
            m_watch->checkNow();
            m_settings->sync(); // while detached, the private copy
            m_watch->rearm(); // the write may have created the file's folder
        });
        return true;
    }
    return QObject::eventFilter(watched, event);
}

void Settings::badValue(const QString &key, const QString &why) const
{
    if (m_problems)
        m_problems->append({key, why});
}

void Settings::takeInFile(const QByteArray &content)
{
    // Parse a private copy: QSettings caches what it parsed per file name, and shares the
    // store's own unwritten changes with every QSettings on the same file.
    QString problem = checkContent(content);
    QTemporaryFile copy;
    std::unique_ptr<QSettings> theirs;
    if (problem.isEmpty()) {
        if (!copy.open() || copy.write(content) != content.size() || !copy.flush()) {
            problem = tr("it cannot be copied for reading: %1").arg(copy.errorString());
        } else {
            copy.close();
            theirs = std::make_unique<QSettings>(copy.fileName(), QSettings::IniFormat);
            if (theirs->status() != QSettings::NoError)
                problem = tr("it is not a valid INI file");
        }
    }
    if (!problem.isEmpty()) {
        refuseFile(problem);
        return;
    }
    (void)theirs->allKeys(); // parse it all (see load())
    moveGeneralKeys(*theirs);
    const QHash<QString, QVariant> next = fileKeys(*theirs);

    // The keys the file changed since ChatVox last read it. The file wins for these; the
    // store's other keys (ChatVox's own changes not written yet among them) stay.
    QStringList changedKeys;
    for (auto it = next.cbegin(); it != next.cend(); ++it) {
        if (m_base.value(it.key()) != it.value())
            changedKeys << it.key();
    }
    for (auto it = m_base.cbegin(); it != m_base.cend(); ++it) {
        if (!next.contains(it.key()))
            changedKeys << it.key();
    }

    // The store as it would be, checked through the same accessors the parts read.
    QTemporaryFile candidateFile;
    if (!candidateFile.open()) {
        refuseFile(tr("no temporary file: %1").arg(candidateFile.errorString()));
        return;
    }
    candidateFile.close();
    auto candidate = std::make_unique<QSettings>(candidateFile.fileName(), QSettings::IniFormat);
    for (const QString &key : m_settings->allKeys())
        candidate->setValue(key, m_settings->value(key));
    for (const QString &key : std::as_const(changedKeys)) {
        if (next.contains(key))
            candidate->setValue(key, next.value(key));
        else
            candidate->remove(key);
    }
    // Values that were bad already were logged when the parts read them: not again here.
    QList<std::pair<QString, QString>> problems;
    m_problems = &problems;
    const Snapshot before = snapshot(*this);
    problems.clear();
    std::swap(m_settings, candidate);
    const Snapshot after = snapshot(*this);
    m_problems = nullptr;
    std::swap(m_settings, candidate);
    QStringList bad;
    for (const auto &[key, why] : std::as_const(problems)) {
        // A value that was already there is no reason to refuse a change to another one.
        if (changedKeys.contains(key) && !bad.contains(why))
            bad << why;
    }
    if (!bad.isEmpty()) {
        constexpr qsizetype kShown = 5;
        QString list = QStringList(bad.mid(0, kShown)).join(u"; "_s);
        if (bad.size() > kShown)
            list += u"; "_s + tr("%n more", nullptr, int(bad.size() - kShown));
        refuseFile(list);
        return;
    }

    m_base = next;
    if (!m_detached.isEmpty()) {
        // Usable again: the file is the store again, with what the candidate holds.
        auto store = std::make_unique<QSettings>(m_path, QSettings::IniFormat);
        (void)store->allKeys();
        QStringList keys = store->allKeys() + candidate->allKeys();
        keys.removeDuplicates();
        for (const QString &key : std::as_const(keys)) {
            if (!candidate->contains(key))
                store->remove(key);
            else if (iniText(store->value(key)) != iniText(candidate->value(key)))
                store->setValue(key, candidate->value(key));
        }
        qCInfo(lcApp).noquote()
            << tr("The settings file %1 can be used again.").arg(QDir::toNativeSeparators(m_path));
        m_detached.clear();
        adoptStore(std::move(store));
    } else {
        for (const QString &key : std::as_const(changedKeys)) {
            if (!next.contains(key))
                m_settings->remove(key);
            else if (iniText(m_settings->value(key)) != iniText(next.value(key)))
                m_settings->setValue(key, next.value(key)); // not the file's own write
        }
    }
    const QList<Group> groups = differingGroups(before, after);
    if (groups.isEmpty()) {
        qCDebug(lcApp) << "settings file changed, nothing to apply:" << changedKeys.size()
                       << "keys";
        return;
    }
    QStringList names;
    for (Group g : groups)
        names << QString::fromLatin1(QMetaEnum::fromType<Group>().valueToKey(int(g)));
    qCInfo(lcApp).noquote() << tr("The settings file %1 was changed; applied: %2.")
                                   .arg(QDir::toNativeSeparators(m_path), names.join(u", "_s));
    for (Group g : groups)
        emit changed(g);
    emit reloaded(groups);
}

void Settings::refuseFile(const QString &problem)
{
    const QString message
        = tr("The settings file %1 was changed but cannot be used (%2). The settings in use are "
             "kept, and ChatVox does not write the file until it is usable again.")
              .arg(QDir::toNativeSeparators(m_path), problem);
    qCWarning(lcApp).noquote() << message;
    detach(message);
    emit reloadFailed(message);
}

void Settings::onFileRemoved()
{
    const QString message
        = tr("The settings file %1 was removed. The settings in use are kept, and the file is "
             "taken in again when it reappears; ChatVox does not write it until then.")
              .arg(QDir::toNativeSeparators(m_path));
    qCWarning(lcApp).noquote() << message;
    detach(message);
}

void Settings::detach(const QString &why)
{
    const bool already = !m_detached.isEmpty();
    m_detached = why;
    m_detachedSaveWarned = false;
    if (already)
        return;
    // A private copy takes the store's place so that nothing (QSettings' own deferred write,
    // save(), the end of the run) writes over a file ChatVox cannot read, or makes a removed
    // one reappear with only the keys changed since.
    auto scratch = std::make_unique<QTemporaryFile>();
    if (!scratch->open()) {
        qCWarning(lcApp) << "no temporary file for the settings:" << scratch->errorString();
        return;
    }
    scratch->close();
    auto store = std::make_unique<QSettings>(scratch->fileName(), QSettings::IniFormat);
    for (const QString &key : m_settings->allKeys())
        store->setValue(key, m_settings->value(key));
    adoptStore(std::move(store));
    m_scratch = std::move(scratch);
}

void Settings::adoptStore(std::unique_ptr<QSettings> store)
{
    m_settings = std::move(store);
    m_settings->installEventFilter(this);
    m_scratch.reset(); // after the store that used it
}

QVariant Settings::raw(const QString &key) const
{
    if (const auto it = m_overrides.constFind(key); it != m_overrides.cend())
        return *it;
    return m_settings->value(key, defaults().value(key));
}

bool Settings::store(const QString &key, const QVariant &value)
{
    if (m_settings->value(key, defaults().value(key)) == value && !m_overrides.contains(key))
        return false;
    m_overrides.remove(key); // an explicit change replaces this run's override
    if (value == defaults().value(key))
        m_settings->remove(key);
    else
        m_settings->setValue(key, value);
    return true;
}

void Settings::write(const QString &key, const QVariant &value, Group group)
{
    if (store(key, value))
        emit changed(group);
}

void Settings::setRunOverride(const QString &key, const QVariant &value)
{
    m_overrides.insert(key, value);
}

QString Settings::string(const QString &key) const
{
    return raw(key).toString();
}

int Settings::integer(const QString &key, int min, int max) const
{
    bool ok = false;
    const int v = raw(key).toInt(&ok);
    if (ok && v >= min && v <= max)
        return v;
    if (m_problems)
        badValue(key, tr("%1 is not a whole number from %2 to %3").arg(key).arg(min).arg(max));
    else
        qCWarning(lcApp) << "setting" << key << "is not a whole number from" << min << "to" << max
                         << "- using the default";
    return defaults().value(key).toInt();
}

double Settings::real(const QString &key, double min, double max) const
{
    if (const auto v = ranged(raw(key), min, max))
        return *v;
    if (m_problems)
        badValue(key, tr("%1 is not a number from %2 to %3").arg(key).arg(min).arg(max));
    else
        qCWarning(lcApp) << "setting" << key << "is not a number from" << min << "to" << max
                         << "- using the default";
    return defaults().value(key).toDouble();
}

bool Settings::boolean(const QString &key) const
{
    const QVariant v = raw(key);
    const QString s = v.toString().trimmed().toLower();
    if (v.typeId() == QMetaType::Bool || s == u"true" || s == u"false" || s == u"1" || s == u"0")
        return v.toBool();
    if (m_problems)
        badValue(key, tr("%1 is not true or false").arg(key));
    else
        qCWarning(lcApp) << "setting" << key << "is not true or false - using the default";
    return defaults().value(key).toBool();
}

QString Settings::language() const
{
    const QString lang = string(u"app/language"_s);
    return (lang == u"ja" || lang == u"en") ? lang : u"system"_s;
}

void Settings::setLanguage(const QString &language)
{
    write(u"app/language"_s, language, Group::General);
}

QString Settings::channel() const
{
    QString c = string(u"chat/channel"_s).trimmed().toLower();
    if (c.startsWith(u'#'))
        c.remove(0, 1);
    return c;
}

void Settings::setChannel(const QString &channel)
{
    write(u"chat/channel"_s, channel.trimmed(), Group::Chat);
}

QUrl Settings::ircUrl() const
{
    const QUrl url(string(u"chat/ircUrl"_s));
    if (url.isValid() && (url.scheme() == u"wss" || url.scheme() == u"ws"))
        return url;
    return QUrl(defaults().value(u"chat/ircUrl"_s).toString());
}

void Settings::setIrcUrl(const QUrl &url)
{
    write(u"chat/ircUrl"_s, url.toString(), Group::Chat);
}

QList<QUrl> Settings::engineUrls() const
{
    QList<QUrl> urls;
    for (const QString &s : raw(u"speech/engines"_s).toStringList()) {
        const QUrl url(s.trimmed());
        if (url.isValid() && (url.scheme() == u"http" || url.scheme() == u"https"))
            urls << url;
        else if (m_problems)
            badValue(u"speech/engines"_s, tr("%1 is not an http or https URL").arg(s));
        else
            qCWarning(lcApp) << "ignoring engine URL" << s;
    }
    return urls;
}

void Settings::setEngineUrls(const QList<QUrl> &urls)
{
    QStringList list;
    for (const QUrl &url : urls)
        list << url.toString();
    write(u"speech/engines"_s, list, Group::Speech);
}

std::optional<qint64> Settings::speakerStyle() const
{
    const QString s = string(u"speech/style"_s).trimmed();
    bool ok = false;
    const qint64 id = s.toLongLong(&ok);
    if (ok)
        return id;
    if (!s.isEmpty() && m_problems)
        badValue(u"speech/style"_s, tr("speech/style is not a style id"));
    else if (!s.isEmpty())
        qCWarning(lcApp) << "setting speech/style is not a style id - using the first style";
    return std::nullopt;
}

void Settings::setSpeakerStyle(std::optional<qint64> styleId)
{
    write(u"speech/style"_s, styleId ? QString::number(*styleId) : QString(), Group::Speech);
}

VoiceParams Settings::voice() const
{
    VoiceParams v;
    for (const VoiceField &field : kVoiceFields)
        v.*field.member = real(speechKey(field), field.min, field.max);
    return v;
}

void Settings::setVoice(const VoiceParams &voice)
{
    bool any = false;
    for (const VoiceField &field : kVoiceFields)
        any |= store(speechKey(field), voice.*field.member);
    if (any)
        emit changed(Group::Speech);
}

QueuePolicy Settings::queuePolicy() const
{
    QueuePolicy p;
    p.prefetch = integer(u"speech/prefetch"_s, 0, 4);
    p.speedUpAfter = integer(u"speech/speedUpAfter"_s, 0, 1000);
    p.speedStep = real(u"speech/speedStep"_s, 0.0, 1.0);
    p.maxSpeedFactor = real(u"speech/maxSpeedFactor"_s, 1.0, 3.0);
    p.dropAfter = integer(u"speech/dropAfter"_s, 0, 10000);
    return p;
}

void Settings::setQueuePolicy(const QueuePolicy &policy)
{
    bool any = store(u"speech/prefetch"_s, policy.prefetch);
    any |= store(u"speech/speedUpAfter"_s, policy.speedUpAfter);
    any |= store(u"speech/speedStep"_s, policy.speedStep);
    any |= store(u"speech/maxSpeedFactor"_s, policy.maxSpeedFactor);
    any |= store(u"speech/dropAfter"_s, policy.dropAfter);
    if (any)
        emit changed(Group::Speech);
}

int Settings::splitLength() const
{
    return integer(u"speech/splitLength"_s, 0, 10000);
}

void Settings::setSplitLength(int chars)
{
    write(u"speech/splitLength"_s, chars, Group::Speech);
}

QString Settings::skippedTemplate() const
{
    const QString t = string(u"speech/skippedText"_s);
    return t.contains(u"{n}") ? t : defaults().value(u"speech/skippedText"_s).toString();
}

void Settings::setSkippedTemplate(const QString &text)
{
    write(u"speech/skippedText"_s, text, Group::Speech);
}

bool Settings::systemVoiceFallback() const
{
    return boolean(u"speech/systemVoice"_s);
}

void Settings::setSystemVoiceFallback(bool on)
{
    write(u"speech/systemVoice"_s, on, Group::Speech);
}

int Settings::engineTimeoutMs() const
{
    return integer(u"speech/engineTimeoutMs"_s, 100, 600000);
}

void Settings::setEngineTimeoutMs(int ms)
{
    write(u"speech/engineTimeoutMs"_s, ms, Group::Speech);
}

QString Settings::audioDevice() const
{
    return string(u"audio/device"_s);
}

void Settings::setAudioDevice(const QString &name)
{
    write(u"audio/device"_s, name, Group::Audio);
}

double Settings::volume() const
{
    return real(u"audio/volume"_s, 0.0, 1.0);
}

void Settings::setVolume(double volume)
{
    write(u"audio/volume"_s, volume, Group::Audio);
}

QStringList Settings::stringList(const QString &key) const
{
    QStringList list;
    for (const QString &s : raw(key).toStringList()) {
        if (!s.trimmed().isEmpty())
            list << s.trimmed();
    }
    return list;
}

FilterSettings Settings::filters() const
{
    FilterSettings f;
    f.ignoredUsers = stringList(u"filter/ignoredUsers"_s);
    f.ignoreKnownBots = boolean(u"filter/ignoreKnownBots"_s);
    f.knownBots = stringList(u"filter/knownBots"_s);
    f.skipCommands = boolean(u"filter/skipCommands"_s);
    f.commandPrefixes = stringList(u"filter/commandPrefixes"_s);
    f.stripEmotes = boolean(u"filter/stripEmotes"_s);
    f.ngWords = stringList(u"filter/ngWords"_s);
    f.replaceUrls = boolean(u"filter/replaceUrls"_s);
    f.urlReplacement = string(u"filter/urlReplacement"_s);
    f.maxRepeat = integer(u"filter/maxRepeat"_s, 0, 1000);
    f.useDefaultDictionary = boolean(u"filter/useDefaultDictionary"_s);
    f.dropKaomoji = boolean(u"filter/dropKaomoji"_s);
    f.kaomojiReplacement = string(u"filter/kaomojiReplacement"_s);
    f.laughter = named(u"filter/laughter"_s, raw(u"filter/laughter"_s), kLaughterNames, f.laughter,
                       m_problems);
    f.applause = boolean(u"filter/applause"_s);
    f.emoji = named(u"filter/emoji"_s, raw(u"filter/emoji"_s), kEmojiNames, f.emoji, m_problems);
    f.englishToKana = boolean(u"filter/englishToKana"_s);
    f.lengthLimit = integer(u"filter/lengthLimit"_s, 0, 100000);
    f.lengthMode = string(u"filter/lengthMode"_s).trimmed().toLower() == u"skip"
        ? LengthLimitMode::Skip
        : LengthLimitMode::Cut;
    f.cutSuffix = string(u"filter/cutSuffix"_s);
    f.namePrefix = boolean(u"filter/namePrefix"_s);
    f.namePrefixTemplate = string(u"filter/namePrefixTemplate"_s);
    if (!f.namePrefixTemplate.contains(u"{text}"))
        f.namePrefixTemplate = FilterSettings().namePrefixTemplate;
    f.readableNames = boolean(u"filter/readableNames"_s);
    f.rateLimit = boolean(u"filter/rateLimit"_s);
    f.rateLimitMessages = integer(u"filter/rateLimitMessages"_s, 1, 1000);
    f.rateLimitSeconds = integer(u"filter/rateLimitSeconds"_s, 1, 86400);

    // Tables are INI arrays ("dictionary/1/word=…"), readable and editable by hand.
    f.dictionary = readDictionary(*m_settings, u"dictionary"_s);
    // The default readings are in the file only once the streamer has changed them: until
    // then each ChatVox reads its own shipped table (FilterSettings' default). Without a
    // usable size the array is not ChatVox's (an empty table has size=0).
    if (m_settings->contains(u"defaultDictionary/size"_s)) {
        bool ok = false;
        const int size = m_settings->value(u"defaultDictionary/size"_s).toInt(&ok);
        if (ok && size >= 0)
            f.defaultDictionary = readDictionary(*m_settings, u"defaultDictionary"_s);
        else
            qCWarning(lcApp) << "setting defaultDictionary/size is not a whole number from 0"
                             << "- using the shipped default readings";
    }
    readArray(*m_settings, u"nicknames"_s, [&] {
        const QString login = m_settings->value(u"login"_s).toString().trimmed().toLower();
        const QString nick = m_settings->value(u"nickname"_s).toString();
        if (!login.isEmpty() && !nick.isEmpty())
            f.nicknames.insert(login, nick);
    });
    readArray(*m_settings, u"userVoices"_s, [&] {
        const QString login = m_settings->value(u"login"_s).toString().trimmed().toLower();
        bool ok = false;
        UserVoice v;
        v.styleId = m_settings->value(u"style"_s).toLongLong(&ok);
        // A parameter that is missing, not a number (nan) or out of range keeps its default.
        for (const VoiceField &field : kVoiceFields) {
            const QVariant value = m_settings->value(field.key);
            if (const auto number = ranged(value, field.min, field.max))
                v.params.*field.member = *number;
            else if (value.isValid())
                qCWarning(lcApp) << "setting userVoices" << field.key << "of" << login
                                 << "is not a number from" << field.min << "to" << field.max
                                 << "- using the default";
        }
        if (!login.isEmpty() && ok)
            f.userVoices.insert(login, v);
    });
    return f;
}

void Settings::setFilters(const FilterSettings &f)
{
    if (f == filters())
        return;
    store(u"filter/ignoredUsers"_s, f.ignoredUsers);
    store(u"filter/ignoreKnownBots"_s, f.ignoreKnownBots);
    store(u"filter/knownBots"_s, f.knownBots);
    store(u"filter/skipCommands"_s, f.skipCommands);
    store(u"filter/commandPrefixes"_s, f.commandPrefixes);
    store(u"filter/stripEmotes"_s, f.stripEmotes);
    store(u"filter/ngWords"_s, f.ngWords);
    store(u"filter/replaceUrls"_s, f.replaceUrls);
    store(u"filter/urlReplacement"_s, f.urlReplacement);
    store(u"filter/maxRepeat"_s, f.maxRepeat);
    store(u"filter/useDefaultDictionary"_s, f.useDefaultDictionary);
    store(u"filter/dropKaomoji"_s, f.dropKaomoji);
    store(u"filter/kaomojiReplacement"_s, f.kaomojiReplacement);
    store(u"filter/laughter"_s, QString(kLaughterNames[int(f.laughter)]));
    store(u"filter/applause"_s, f.applause);
    store(u"filter/emoji"_s, QString(kEmojiNames[int(f.emoji)]));
    store(u"filter/englishToKana"_s, f.englishToKana);
    store(u"filter/lengthLimit"_s, f.lengthLimit);
    store(u"filter/lengthMode"_s, f.lengthMode == LengthLimitMode::Skip ? u"skip"_s : u"cut"_s);
    store(u"filter/cutSuffix"_s, f.cutSuffix);
    store(u"filter/namePrefix"_s, f.namePrefix);
    store(u"filter/namePrefixTemplate"_s, f.namePrefixTemplate);
    store(u"filter/readableNames"_s, f.readableNames);
    store(u"filter/rateLimit"_s, f.rateLimit);
    store(u"filter/rateLimitMessages"_s, f.rateLimitMessages);
    store(u"filter/rateLimitSeconds"_s, f.rateLimitSeconds);

    writeDictionary(*m_settings, u"dictionary"_s, f.dictionary);
    // Only a changed table: an unchanged one follows the shipped table of later versions.
    if (f.defaultDictionary == FilterSettings::defaultDictionaryEntries())
        m_settings->remove(u"defaultDictionary"_s);
    else
        writeDictionary(*m_settings, u"defaultDictionary"_s, f.defaultDictionary);
    m_settings->remove(u"nicknames"_s);
    m_settings->beginWriteArray(u"nicknames"_s, int(f.nicknames.size()));
    int i = 0;
    for (auto it = f.nicknames.cbegin(); it != f.nicknames.cend(); ++it, ++i) {
        m_settings->setArrayIndex(i);
        m_settings->setValue(u"login"_s, it.key());
        m_settings->setValue(u"nickname"_s, it.value());
    }
    m_settings->endArray();
    m_settings->remove(u"userVoices"_s);
    m_settings->beginWriteArray(u"userVoices"_s, int(f.userVoices.size()));
    i = 0;
    for (auto it = f.userVoices.cbegin(); it != f.userVoices.cend(); ++it, ++i) {
        m_settings->setArrayIndex(i);
        m_settings->setValue(u"login"_s, it.key());
        m_settings->setValue(u"style"_s, QString::number(it->styleId));
        for (const VoiceField &field : kVoiceFields)
            m_settings->setValue(field.key, it->params.*field.member);
    }
    m_settings->endArray();
    emit changed(Group::Filters);
}

bool Settings::startMinimized() const
{
    return boolean(u"app/startMinimized"_s);
}

void Settings::setStartMinimized(bool on)
{
    write(u"app/startMinimized"_s, on, Group::General);
}

QString Settings::logLevel() const
{
    const QString level = string(u"app/logLevel"_s).trimmed().toLower();
    return (level == u"debug" || level == u"warning") ? level : u"info"_s;
}

void Settings::setLogLevel(const QString &level)
{
    write(u"app/logLevel"_s, level, Group::General);
}

QString Settings::skipHotkey() const
{
    return string(u"hotkeys/skip"_s).trimmed();
}

void Settings::setSkipHotkey(const QString &keys)
{
    write(u"hotkeys/skip"_s, keys.trimmed(), Group::General);
}

QString Settings::killHotkey() const
{
    return string(u"hotkeys/kill"_s).trimmed();
}

void Settings::setKillHotkey(const QString &keys)
{
    write(u"hotkeys/kill"_s, keys.trimmed(), Group::General);
}

QByteArray Settings::windowGeometry() const
{
    return raw(u"window/geometry"_s).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray &geometry)
{
    store(u"window/geometry"_s, geometry); // layout only: nothing to apply live
}

QByteArray Settings::windowState() const
{
    return raw(u"window/state"_s).toByteArray();
}

void Settings::setWindowState(const QByteArray &state)
{
    store(u"window/state"_s, state);
}

bool Settings::trayNoticeShown() const
{
    return boolean(u"app/trayNoticeShown"_s);
}

void Settings::setTrayNoticeShown(bool shown)
{
    store(u"app/trayNoticeShown"_s, shown);
}

void Settings::restoreDefaults()
{
    m_settings->clear();
    m_settings->setValue(u"app/schemaVersion"_s, SchemaVersion);
    m_overrides.clear();
    for (Group g : {Group::General, Group::Chat, Group::Speech, Group::Audio, Group::Filters,
                    Group::Account, Group::Voices, Group::Serve})
        emit changed(g);
}

QString Settings::twitchClientId() const
{
    return string(u"account/clientId"_s).trimmed();
}

void Settings::setTwitchClientId(const QString &clientId)
{
    write(u"account/clientId"_s, clientId.trimmed(), Group::Account);
}

QString Settings::accountUserId() const
{
    return string(u"account/userId"_s).trimmed();
}

QString Settings::accountLogin() const
{
    return string(u"account/login"_s).trimmed().toLower();
}

void Settings::setAccount(const QString &userId, const QString &login)
{
    bool any = store(u"account/userId"_s, userId);
    any |= store(u"account/login"_s, login);
    if (any)
        emit changed(Group::Account);
}

namespace {

QUrl urlSetting(const QVariant &value, const QVariant &fallback,
                std::initializer_list<QStringView> schemes)
{
    const QUrl url(value.toString().trimmed());
    for (QStringView scheme : schemes) {
        if (url.isValid() && url.scheme() == scheme && !url.host().isEmpty())
            return url;
    }
    return QUrl(fallback.toString());
}

} // namespace

QUrl Settings::authUrl() const
{
    return urlSetting(raw(u"account/authUrl"_s), defaults().value(u"account/authUrl"_s),
                      {u"https", u"http"});
}

QUrl Settings::helixUrl() const
{
    return urlSetting(raw(u"account/helixUrl"_s), defaults().value(u"account/helixUrl"_s),
                      {u"https", u"http"});
}

QUrl Settings::eventSubUrl() const
{
    return urlSetting(raw(u"eventsub/url"_s), defaults().value(u"eventsub/url"_s), {u"wss", u"ws"});
}

bool Settings::readRedemptions() const
{
    return boolean(u"eventsub/readRedemptions"_s);
}

void Settings::setReadRedemptions(bool on)
{
    write(u"eventsub/readRedemptions"_s, on, Group::Account);
}

QString Settings::redemptionTemplate() const
{
    return string(u"eventsub/redemptionTemplate"_s);
}

void Settings::setRedemptionTemplate(const QString &text)
{
    write(u"eventsub/redemptionTemplate"_s, text, Group::Account);
}

Settings::ViewerVoiceSettings Settings::viewerVoices() const
{
    ViewerVoiceSettings v;
    for (const QString &s : stringList(u"voices/styles"_s)) {
        bool ok = false;
        const qint64 id = s.toLongLong(&ok);
        if (ok && !v.styles.contains(id))
            v.styles << id;
        else if (!ok)
            qCWarning(lcApp) << "setting voices/styles: ignoring" << s << "(not a style id)";
    }
    v.command = boolean(u"voices/command"_s);
    v.cooldownSeconds = integer(u"voices/commandCooldownSeconds"_s, 0, 86400);
    return v;
}

void Settings::setViewerVoices(const ViewerVoiceSettings &voices)
{
    QStringList styles;
    for (qint64 id : voices.styles)
        styles << QString::number(id);
    bool any = store(u"voices/styles"_s, styles);
    any |= store(u"voices/command"_s, voices.command);
    any |= store(u"voices/commandCooldownSeconds"_s, voices.cooldownSeconds);
    if (any)
        emit changed(Group::Voices);
}

Settings::ServeSettings Settings::serve() const
{
    ServeSettings v;
    v.address = string(u"serve/address"_s).trimmed();
    if (QHostAddress(v.address).isNull()) {
        qCWarning(lcApp) << "setting serve/address:" << v.address
                         << "is not an IP address - using 127.0.0.1";
        v.address = ServeSettings().address;
    }
    v.broadcast = boolean(u"serve/broadcast"_s);
    v.broadcastPort = integer(u"serve/broadcastPort"_s, 0, 65535);
    v.broadcastWav = boolean(u"serve/broadcastWav"_s);
    v.overlay = boolean(u"serve/overlay"_s);
    v.overlayPort = integer(u"serve/overlayPort"_s, 0, 65535);
    v.overlayAudio = boolean(u"serve/overlayAudio"_s);
    v.bouyomi = boolean(u"serve/bouyomi"_s);
    v.bouyomiTcpPort = integer(u"serve/bouyomiTcpPort"_s, 0, 65535);
    v.bouyomiHttpPort = integer(u"serve/bouyomiHttpPort"_s, 0, 65535);
    // "voice=style" pairs
    for (const QString &pair : stringList(u"serve/bouyomiVoices"_s)) {
        const qsizetype eq = pair.indexOf(u'=');
        bool voiceOk = false;
        bool styleOk = false;
        const int voice = eq > 0 ? pair.left(eq).trimmed().toInt(&voiceOk) : 0;
        const qint64 style = eq > 0 ? pair.mid(eq + 1).trimmed().toLongLong(&styleOk) : 0;
        if (voiceOk && styleOk && voice > 0)
            v.bouyomiVoices.insert(voice, style);
        else
            qCWarning(lcApp) << "setting serve/bouyomiVoices: ignoring" << pair
                             << "(not voice=style)";
    }
    v.engineDictionary = boolean(u"serve/engineDictionary"_s);
    v.health = boolean(u"serve/health"_s);
    v.healthPort = integer(u"serve/healthPort"_s, 0, 65535);
    return v;
}

void Settings::setServe(const ServeSettings &serve)
{
    QStringList voices;
    for (auto it = serve.bouyomiVoices.cbegin(); it != serve.bouyomiVoices.cend(); ++it)
        voices << u"%1=%2"_s.arg(it.key()).arg(it.value());
    bool any = store(u"serve/address"_s, serve.address.trimmed());
    any |= store(u"serve/broadcast"_s, serve.broadcast);
    any |= store(u"serve/broadcastPort"_s, serve.broadcastPort);
    any |= store(u"serve/broadcastWav"_s, serve.broadcastWav);
    any |= store(u"serve/overlay"_s, serve.overlay);
    any |= store(u"serve/overlayPort"_s, serve.overlayPort);
    any |= store(u"serve/overlayAudio"_s, serve.overlayAudio);
    any |= store(u"serve/bouyomi"_s, serve.bouyomi);
    any |= store(u"serve/bouyomiTcpPort"_s, serve.bouyomiTcpPort);
    any |= store(u"serve/bouyomiHttpPort"_s, serve.bouyomiHttpPort);
    any |= store(u"serve/bouyomiVoices"_s, voices);
    any |= store(u"serve/engineDictionary"_s, serve.engineDictionary);
    any |= store(u"serve/health"_s, serve.health);
    any |= store(u"serve/healthPort"_s, serve.healthPort);
    if (any)
        emit changed(Group::Serve);
}

namespace {
// One settings key per engine: "engineDictionary/<url, percent-encoded>".
QString engineDictionaryKey(const QUrl &engine)
{
    return u"engineDictionary/"_s
        + QString::fromLatin1(QUrl::toPercentEncoding(engine.toString(QUrl::StripTrailingSlash)));
}
} // namespace

QStringList Settings::engineDictionaryWords(const QUrl &engine) const
{
    return m_settings->value(engineDictionaryKey(engine)).toStringList();
}

void Settings::setEngineDictionaryWords(const QUrl &engine, const QStringList &uuids)
{
    // Bookkeeping, not a choice of the user: no change signal.
    if (uuids.isEmpty())
        m_settings->remove(engineDictionaryKey(engine));
    else
        m_settings->setValue(engineDictionaryKey(engine), uuids);
}

} // namespace chatvox
