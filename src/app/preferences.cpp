#include "preferences.h"

#include "app/settings.h"

#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace chatvox {

namespace {
constexpr Preferences::Page kPages[]
    = {Preferences::Page::General, Preferences::Page::Chat,    Preferences::Page::Speech,
       Preferences::Page::Audio,   Preferences::Page::Filters, Preferences::Page::Advanced,
       Preferences::Page::Account};
}

Preferences Preferences::read(const Settings &s)
{
    Preferences p;
    p.language = s.language();
    p.startMinimized = s.startMinimized();
    p.channel = s.channel();
    p.ircUrl = s.ircUrl();
    p.engines = s.engineUrls();
    p.style = s.speakerStyle();
    p.voice = s.voice();
    p.policy = s.queuePolicy();
    p.splitLength = s.splitLength();
    p.skippedText = s.skippedTemplate();
    p.systemVoice = s.systemVoiceFallback();
    p.engineTimeoutMs = s.engineTimeoutMs();
    p.audioDevice = s.audioDevice();
    p.volume = s.volume();
    p.filters = s.filters();
    p.logLevel = s.logLevel();
    p.skipHotkey = s.skipHotkey();
    p.killHotkey = s.killHotkey();
    p.twitchClientId = s.twitchClientId();
    p.readRedemptions = s.readRedemptions();
    p.redemptionTemplate = s.redemptionTemplate();
    return p;
}

Preferences Preferences::defaults()
{
    // The defaults live in one place (Settings); read them from a file that does not exist.
    static const Preferences d = [] {
        QTemporaryDir dir;
        Settings fresh(dir.filePath(u"defaults.ini"_s));
        Preferences p = read(fresh);
        return p;
    }();
    return d;
}

void Preferences::write(Settings &s, Page page) const
{
    const Preferences now = read(s);
    switch (page) {
    case Page::General:
        if (now.language != language)
            s.setLanguage(language);
        if (now.startMinimized != startMinimized)
            s.setStartMinimized(startMinimized);
        break;
    case Page::Chat:
        if (now.channel != channel)
            s.setChannel(channel);
        if (now.ircUrl != ircUrl)
            s.setIrcUrl(ircUrl);
        break;
    case Page::Speech:
        if (now.engines != engines)
            s.setEngineUrls(engines);
        if (now.style != style)
            s.setSpeakerStyle(style);
        if (!(now.voice == voice))
            s.setVoice(voice);
        if (!(now.policy == policy))
            s.setQueuePolicy(policy);
        if (now.splitLength != splitLength)
            s.setSplitLength(splitLength);
        if (now.skippedText != skippedText)
            s.setSkippedTemplate(skippedText);
        if (now.systemVoice != systemVoice)
            s.setSystemVoiceFallback(systemVoice);
        if (now.engineTimeoutMs != engineTimeoutMs)
            s.setEngineTimeoutMs(engineTimeoutMs);
        break;
    case Page::Audio:
        if (now.audioDevice != audioDevice)
            s.setAudioDevice(audioDevice);
        if (!qFuzzyCompare(now.volume + 1, volume + 1))
            s.setVolume(volume);
        break;
    case Page::Filters:
        if (!(now.filters == filters))
            s.setFilters(filters);
        break;
    case Page::Advanced:
        if (now.logLevel != logLevel)
            s.setLogLevel(logLevel);
        if (now.skipHotkey != skipHotkey)
            s.setSkipHotkey(skipHotkey);
        if (now.killHotkey != killHotkey)
            s.setKillHotkey(killHotkey);
        break;
    case Page::Account:
        if (now.twitchClientId != twitchClientId)
            s.setTwitchClientId(twitchClientId);
        if (now.readRedemptions != readRedemptions)
            s.setReadRedemptions(readRedemptions);
        if (now.redemptionTemplate != redemptionTemplate)
            s.setRedemptionTemplate(redemptionTemplate);
        break;
    }
}

void Preferences::writeAll(Settings &s) const
{
    for (Page page : kPages)
        write(s, page);
}

void Preferences::copyPage(const Preferences &o, Page page)
{
    switch (page) {
    case Page::General:
        language = o.language;
        startMinimized = o.startMinimized;
        break;
    case Page::Chat:
        channel = o.channel;
        ircUrl = o.ircUrl;
        break;
    case Page::Speech:
        engines = o.engines;
        style = o.style;
        voice = o.voice;
        policy = o.policy;
        splitLength = o.splitLength;
        skippedText = o.skippedText;
        systemVoice = o.systemVoice;
        engineTimeoutMs = o.engineTimeoutMs;
        break;
    case Page::Audio:
        audioDevice = o.audioDevice;
        volume = o.volume;
        break;
    case Page::Filters:
        filters = o.filters;
        break;
    case Page::Advanced:
        logLevel = o.logLevel;
        skipHotkey = o.skipHotkey;
        killHotkey = o.killHotkey;
        break;
    case Page::Account:
        twitchClientId = o.twitchClientId;
        readRedemptions = o.readRedemptions;
        redemptionTemplate = o.redemptionTemplate;
        break;
    }
}

bool Preferences::samePage(const Preferences &o, Page page) const
{
    switch (page) {
    case Page::General:
        return language == o.language && startMinimized == o.startMinimized;
    case Page::Chat:
        return channel == o.channel && ircUrl == o.ircUrl;
    case Page::Speech:
        return engines == o.engines && style == o.style && voice == o.voice && policy == o.policy
            && splitLength == o.splitLength && skippedText == o.skippedText
            && systemVoice == o.systemVoice && engineTimeoutMs == o.engineTimeoutMs;
    case Page::Audio:
        return audioDevice == o.audioDevice && qFuzzyCompare(volume + 1, o.volume + 1);
    case Page::Filters:
        return filters == o.filters;
    case Page::Advanced:
        return logLevel == o.logLevel && skipHotkey == o.skipHotkey && killHotkey == o.killHotkey;
    case Page::Account:
        return twitchClientId == o.twitchClientId && readRedemptions == o.readRedemptions
            && redemptionTemplate == o.redemptionTemplate;
    }
    return false;
}

} // namespace chatvox
