// Fuzz target: the settings loader. The input is the INI file a user (or a crash, or another
// program) left behind; Settings loads it, every typed getter reads it, and the destructor
// saves it. Then the saved file is loaded again: it must load without a problem and mean the
// same (what ChatVox writes, ChatVox reads back). Unusable files take the corrupt-file path
// (moved aside, defaults used).
//
// File I/O stays cheap: one private folder (on /dev/shm when there is one), a new file name per
// input (QSettings caches files by name), emptied after each input.

#include "app/settings.h"
#include "fuzzsupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace chatvox;

namespace {

QTemporaryDir &workDir()
{
    static QTemporaryDir dir = [] {
        const QString shm = QStringLiteral("/dev/shm");
        const QFileInfo info(shm);
        return (info.isDir() && info.isWritable())
            ? QTemporaryDir(shm + QStringLiteral("/chatvox-fuzz-settings-XXXXXX"))
            : QTemporaryDir();
    }();
    return dir;
}

void emptyFolder(const QString &path)
{
    QDir dir(path);
    for (const QString &name : dir.entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot
                                             | QDir::Hidden | QDir::System)) {
        if (!dir.remove(name))
            QDir(dir.filePath(name)).removeRecursively();
    }
}

struct Snapshot
{
    QString language;
    QString channel;
    QUrl ircUrl;
    QList<QUrl> engines;
    std::optional<qint64> style;
    VoiceParams voice;
    QueuePolicy policy;
    int splitLength = 0;
    QString skipped;
    bool systemVoice = false;
    int timeoutMs = 0;
    QString device;
    double volume = 0;
    FilterSettings filters;

    bool operator==(const Snapshot &o) const
    {
        return language == o.language && channel == o.channel && ircUrl == o.ircUrl
            && engines == o.engines && style == o.style && voice == o.voice
            && policy.prefetch == o.policy.prefetch && policy.speedUpAfter == o.policy.speedUpAfter
            && policy.dropAfter == o.policy.dropAfter && policy.speedStep == o.policy.speedStep
            && policy.maxSpeedFactor == o.policy.maxSpeedFactor && splitLength == o.splitLength
            && skipped == o.skipped && systemVoice == o.systemVoice && timeoutMs == o.timeoutMs
            && device == o.device && volume == o.volume && filters == o.filters;
    }
};

// Every getter, with the ranges settings.h and the README promise.
Snapshot readAll(const Settings &s)
{
    Snapshot v;
    v.language = s.language();
    CHATVOX_FUZZ_CHECK(v.language == u"system" || v.language == u"ja" || v.language == u"en");
    v.channel = s.channel();
    v.ircUrl = s.ircUrl();
    CHATVOX_FUZZ_CHECK(v.ircUrl.scheme() == u"ws" || v.ircUrl.scheme() == u"wss");
    v.engines = s.engineUrls();
    for (const QUrl &url : std::as_const(v.engines))
        CHATVOX_FUZZ_CHECK(url.isValid() && (url.scheme() == u"http" || url.scheme() == u"https"));
    v.style = s.speakerStyle();
    v.voice = s.voice();
    CHATVOX_FUZZ_CHECK(v.voice.speedScale >= 0.5 && v.voice.speedScale <= 2.0);
    CHATVOX_FUZZ_CHECK(v.voice.pitchScale >= -0.15 && v.voice.pitchScale <= 0.15);
    v.policy = s.queuePolicy();
    CHATVOX_FUZZ_CHECK(v.policy.prefetch >= 0 && v.policy.prefetch <= 4);
    CHATVOX_FUZZ_CHECK(v.policy.maxSpeedFactor >= 1.0 && v.policy.maxSpeedFactor <= 3.0);
    v.splitLength = s.splitLength();
    v.skipped = s.skippedTemplate();
    CHATVOX_FUZZ_CHECK(v.skipped.contains(u"{n}"));
    v.systemVoice = s.systemVoiceFallback();
    v.timeoutMs = s.engineTimeoutMs();
    CHATVOX_FUZZ_CHECK(v.timeoutMs >= 100 && v.timeoutMs <= 600000);
    v.device = s.audioDevice();
    v.volume = s.volume();
    CHATVOX_FUZZ_CHECK(v.volume >= 0.0 && v.volume <= 1.0);
    v.filters = s.filters();
    CHATVOX_FUZZ_CHECK(v.filters.namePrefixTemplate.contains(u"{text}"));
    CHATVOX_FUZZ_CHECK(v.filters.rateLimitMessages >= 1 && v.filters.rateLimitSeconds >= 1);
    CHATVOX_FUZZ_CHECK(v.filters.lengthLimit >= 0 && v.filters.maxRepeat >= 0);
    return v;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::quietLogging();
    static quint64 counter = 0;
    QTemporaryDir &dir = workDir();
    CHATVOX_FUZZ_CHECK(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("chatvox-%1.ini").arg(++counter));
    {
        QFile file(path);
        CHATVOX_FUZZ_CHECK(file.open(QIODevice::WriteOnly));
        file.write(reinterpret_cast<const char *>(data), qint64(size));
    }

    Snapshot first;
    bool usable = false;
    {
        Settings settings(path);
        first = readAll(settings);
        usable = !settings.filePath().isEmpty();
        if (!settings.loadProblem().isEmpty()) // moved aside: the file is gone, a backup kept
            CHATVOX_FUZZ_CHECK(!QFile::exists(path) || !usable);
        settings.setFilters(settings.filters()); // no change: nothing to write
    } // saves

    if (usable && QFile::exists(path)) {
        Settings again(path);
        CHATVOX_FUZZ_CHECK(again.loadProblem().isEmpty());
        CHATVOX_FUZZ_CHECK(readAll(again) == first);
    }
    emptyFolder(dir.path());
    return 0;
}
