#pragma once

#include "core/utterance.h"
#include "filter/filtersettings.h"
#include "speech/queuepolicy.h"

#include <optional>

#include <QList>
#include <QString>
#include <QUrl>

namespace chatvox {

class Settings;

// Everything the settings dialog edits, by page: a copy taken when the dialog opens (what
// Cancel goes back to), the defaults of a page (Restore defaults), and writing a page back.
struct Preferences
{
    enum class Page { General, Chat, Speech, Audio, Filters, Advanced, Account };

    // General
    QString language = QStringLiteral("system");
    bool startMinimized = false;
    // Chat
    QString channel;
    QUrl ircUrl;
    // Speech
    QList<QUrl> engines;
    std::optional<qint64> style;
    VoiceParams voice;
    QueuePolicy policy;
    int splitLength = 80;
    QString skippedText;
    bool systemVoice = true;
    int engineTimeoutMs = 15000;
    // Audio
    QString audioDevice;
    double volume = 1.0;
    // Filters
    FilterSettings filters;
    // Advanced
    QString logLevel = QStringLiteral("info");
    QString skipHotkey;
    QString killHotkey;
    // Account (the login itself is not a setting: Account logs in and out)
    QString twitchClientId;
    bool readRedemptions = true;
    QString redemptionTemplate;

    static Preferences read(const Settings &settings);
    // The values a new user gets.
    static Preferences defaults();
    // Writes this page's values into settings; only values that differ are set, so this run's
    // command-line overrides stay untouched unless the value really changed.
    void write(Settings &settings, Page page) const;
    void writeAll(Settings &settings) const;
    // Takes one page's values from other.
    void copyPage(const Preferences &other, Page page);
    bool samePage(const Preferences &other, Page page) const;
};

} // namespace chatvox
