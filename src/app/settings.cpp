#include "settings.h"

#include "app/logging.h"
#include "auth/tokenset.h"

#include <algorithm>
#include <iterator>
#include <optional>

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QSettings>
#include <QStandardPaths>

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
    const QByteArray bytes = file.readAll();
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
           Enum fallback)
{
    const QString s = value.toString().trimmed();
    QStringList known;
    for (std::size_t i = 0; i < N; ++i) {
        if (s.compare(names[i], Qt::CaseInsensitive) == 0)
            return Enum(i);
        known << names[i];
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

} // namespace

Settings::Settings(const QString &filePath, QObject *parent)
    : QObject(parent)
    , m_path(filePath.isEmpty() ? defaultFilePath() : filePath)
{
    load();
}

Settings::~Settings()
{
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
}

bool Settings::save()
{
    if (!m_settings || m_path.isEmpty())
        return false;
    const QFileInfo fi(m_path);
    QDir().mkpath(fi.absolutePath());
    m_settings->sync();
    if (m_settings->status() != QSettings::NoError) {
        qCWarning(lcApp) << "could not write settings to" << m_path;
        return false;
    }
    return true;
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
    qCWarning(lcApp) << "setting" << key << "is not a whole number from" << min << "to" << max
                     << "- using the default";
    return defaults().value(key).toInt();
}

double Settings::real(const QString &key, double min, double max) const
{
    if (const auto v = ranged(raw(key), min, max))
        return *v;
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
    if (!s.isEmpty())
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
    f.laughter = named(u"filter/laughter"_s, raw(u"filter/laughter"_s), kLaughterNames, f.laughter);
    f.applause = boolean(u"filter/applause"_s);
    f.emoji = named(u"filter/emoji"_s, raw(u"filter/emoji"_s), kEmojiNames, f.emoji);
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
