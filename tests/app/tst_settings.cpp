#include "app/filewatch.h"
#include "app/settings.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using chatvox::Settings;

class TestSettings : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }
    static void writeFile(const QString &path, const QByteArray &bytes)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }
    QStringList backups(const QString &name) const
    {
        return QDir(m_dir.path()).entryList({name + u".corrupt-*"_s}, QDir::Files | QDir::Dirs);
    }
    static QByteArray readFile(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    // An outside change as an editor makes it: a new file renamed over the old one.
    static void replaceFile(const QString &path, const QByteArray &bytes)
    {
        QSaveFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        QVERIFY(f.commit());
    }
    static QList<Settings::Group> groupsOf(const QSignalSpy &spy, int i)
    {
        return spy.at(i).at(0).value<QList<Settings::Group>>();
    }
    // A copy of the file for the next run: QSettings caches what it parsed per file name, and
    // the next run parses anew.
    QString nextRun(const QString &file) const
    {
        static int n = 0;
        const QString copy = path(u"next-run-%1.ini"_s.arg(++n));
        if (!QFile::copy(file, copy))
            qFatal("cannot copy %s", qPrintable(file));
        return copy;
    }

private slots:
    void defaultsForANewUser()
    {
        Settings s(path(u"new.ini"_s));
        QVERIFY(s.loadProblem().isEmpty());
        QCOMPARE(s.channel(), QString());
        QCOMPARE(s.ircUrl(), QUrl(u"wss://irc-ws.chat.twitch.tv:443"_s));
        QCOMPARE(s.engineUrls().first(), QUrl(u"http://127.0.0.1:50021"_s));
        QVERIFY(s.engineUrls().size() >= 2);
        QVERIFY(!s.speakerStyle().has_value());
        QCOMPARE(s.filters().lengthLimit, 40);
        QCOMPARE(s.filters().cutSuffix, u"以下略"_s);
        QVERIFY(s.filters().knownBots.contains(u"nightbot"_s));
        QCOMPARE(s.queuePolicy(), chatvox::QueuePolicy());
        QCOMPARE(s.skippedTemplate(), u"{n}件省略"_s);
        QCOMPARE(s.volume(), 1.0);
    }

    void valuesPersistAcrossRuns()
    {
        const QString file = path(u"persist.ini"_s);
        {
            Settings s(file);
            s.setChannel(u"#SomeChannel"_s);
            s.setSpeakerStyle(888753760);
            s.setEngineUrls({QUrl(u"http://127.0.0.1:10101"_s)});
            chatvox::FilterSettings f = s.filters();
            f.lengthLimit = 60;
            f.ngWords = {u"spoiler"_s};
            f.dictionary = {{u"草"_s, u"くさ"_s}, {u"GG"_s, u"ジージー"_s}};
            f.nicknames.insert(u"kenji_plays"_s, u"けんじ"_s);
            s.setFilters(f);
            QVERIFY(s.save());
        }
        Settings s(file);
        QVERIFY(s.loadProblem().isEmpty());
        QCOMPARE(s.channel(), u"somechannel"_s);
        QCOMPARE(s.speakerStyle(), std::optional<qint64>(888753760));
        QCOMPARE(s.engineUrls(), QList<QUrl>{QUrl(u"http://127.0.0.1:10101"_s)});
        QCOMPARE(s.filters().lengthLimit, 60);
        QCOMPARE(s.filters().ngWords, QStringList{u"spoiler"_s});
        QCOMPARE(s.filters().dictionary.size(), 2);
        QCOMPARE(s.filters().dictionary.at(0).reading, u"くさ"_s);
        QCOMPARE(s.filters().nicknames.value(u"kenji_plays"_s), u"けんじ"_s);
    }

    void oddCharactersSurviveARestart()
    {
        // Whatever a user can type or paste is written so that the next start reads it back.
        // QSettings writes DEL unescaped; the file check once called such a file corrupt and
        // moved the user's settings aside (found by fuzz_settings).
        const QString file = path(u"odd.ini"_s);
        const QStringList words{u"del\x7f"_s,           u"tab\tword"_s, u"bell\a"_s,
                                u"semi;colon, comma"_s, u"#hash = x"_s, u"[section]"_s,
                                u"line\nbreak"_s,       u"nul\0x"_s};
        {
            Settings s(file);
            chatvox::FilterSettings f = s.filters();
            f.ngWords = words;
            f.cutSuffix = u"\x7f…"_s;
            s.setFilters(f);
            QVERIFY(s.save());
        }
        Settings s(file);
        QVERIFY2(s.loadProblem().isEmpty(), qPrintable(s.loadProblem()));
        QCOMPARE(s.filters().ngWords, words);
        QCOMPARE(s.filters().cutSuffix, u"\x7f…"_s);
    }

    void subsectionDoesNotHideItsGroup()
    {
        // A hand-written [filter/a] section once hid most keys of [filter] until the next save
        // (QSettings parses sections on demand; found by fuzz_settings).
        const QString file = path(u"subsection.ini"_s);
        writeFile(file,
                  "[filter/a]\nk=1\n[filter]\nlengthLimit=60\nngWords=spoiler\n[chat]\n"
                  "channel=keep\n[chat/a]\nz=2\n");
        Settings s(file);
        QVERIFY(s.loadProblem().isEmpty());
        QCOMPARE(s.filters().lengthLimit, 60);
        QCOMPARE(s.filters().ngWords, QStringList{u"spoiler"_s});
        QCOMPARE(s.channel(), u"keep"_s);
    }

    void changesSignalTheirGroup()
    {
        Settings s(path(u"signals.ini"_s));
        QSignalSpy spy(&s, &Settings::changed);
        s.setVolume(0.5);
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.at(0).at(0).value<Settings::Group>(), Settings::Group::Audio);
        s.setVolume(0.5); // no change, no signal
        QCOMPARE(spy.size(), 1);
        chatvox::FilterSettings f = s.filters();
        f.stripEmotes = false;
        s.setFilters(f);
        QCOMPARE(spy.size(), 2);
        QCOMPARE(spy.at(1).at(0).value<Settings::Group>(), Settings::Group::Filters);
        chatvox::VoiceParams v;
        v.speedScale = 1.3;
        s.setVoice(v);
        QCOMPARE(spy.size(), 3); // one signal for the whole group
    }

    void runOverridesAreNeverWritten()
    {
        const QString file = path(u"override.ini"_s);
        {
            Settings s(file);
            s.setChannel(u"saved"_s);
            s.setRunOverride(u"chat/channel"_s, u"fromcli"_s);
            QCOMPARE(s.channel(), u"fromcli"_s);
        }
        Settings s(file);
        QCOMPARE(s.channel(), u"saved"_s);
    }

    void corruptFileIsBackedUpAndDefaultsUsed_data()
    {
        QTest::addColumn<QByteArray>("content");
        // The literal holds NULs, so its length is given: sizeof, never a count typed by hand.
        static constexpr char binary[] = "\x00\x01\x02\xff\xfe garbage";
        QTest::newRow("binary") << QByteArray(binary, sizeof(binary) - 1);
        QTest::newRow("invalid utf-8") << QByteArray("[chat]\nchannel=\xff\xfe\n");
        QTest::newRow("not ini") << QByteArray("this is not a settings file\nat all\n");
        QTest::newRow("broken section") << QByteArray("[chat]\nchannel=abc\n[speech\nfoo=bar\n");
    }
    void corruptFileIsBackedUpAndDefaultsUsed()
    {
        QFETCH(QByteArray, content);
        const QString name = u"corrupt-%1.ini"_s.arg(QString::fromUtf8(QTest::currentDataTag()))
                                 .replace(u' ', u'_');
        const QString file = path(name);
        writeFile(file, content);
        {
            Settings s(file);
            QVERIFY(!s.loadProblem().isEmpty());
            QVERIFY2(s.loadProblem().contains(file), qPrintable(s.loadProblem()));
            QCOMPARE(s.channel(), QString());
            QCOMPARE(s.filters().lengthLimit, 40);
            s.setChannel(u"after"_s);
        }
        // The bad file is kept byte for byte, and a fresh file works again.
        const QStringList kept = backups(name);
        QCOMPARE(kept.size(), 1);
        QFile backup(m_dir.filePath(kept.first()));
        QVERIFY(backup.open(QIODevice::ReadOnly));
        QCOMPARE(backup.readAll(), content);
        Settings again(file);
        QVERIFY(again.loadProblem().isEmpty());
        QCOMPARE(again.channel(), u"after"_s);
    }

    void unreadablePathIsMovedAside()
    {
        const QString file = path(u"dir.ini"_s);
        QVERIFY(QDir().mkpath(file)); // a folder where the file should be
        Settings s(file);
        QVERIFY(!s.loadProblem().isEmpty());
        QCOMPARE(s.filters().lengthLimit, 40);
        QCOMPARE(backups(u"dir.ini"_s).size(), 1);
    }

    void badValuesFallBackOneByOne()
    {
        const QString file = path(u"values.ini"_s);
        writeFile(file,
                  "[chat]\nchannel=keepme\n[filter]\nlengthLimit=abc\nstripEmotes=maybe\n"
                  "[audio]\nvolume=7\n[speech]\nstyle=zero\nengines=ftp://x, http://127.0.0.1:1\n");
        Settings s(file);
        QVERIFY(s.loadProblem().isEmpty()); // values, not the file, were bad
        QCOMPARE(s.channel(), u"keepme"_s);
        QCOMPARE(s.filters().lengthLimit, 40);
        QCOMPARE(s.filters().stripEmotes, true);
        QCOMPARE(s.volume(), 1.0);
        QVERIFY(!s.speakerStyle().has_value());
        QCOMPARE(s.engineUrls(), QList<QUrl>{QUrl(u"http://127.0.0.1:1"_s)});
    }

    // A table's "size" key is only a bound: a file claiming billions of entries (found by
    // fuzz_settings) never finished loading, one lookup per claimed index. Gaps and order in
    // a hand-edited table do not lose the entries that are there.
    void tableSizeIsOnlyABound()
    {
        const QString file = path(u"tables.ini"_s);
        writeFile(file,
                  "[nicknames]\n3\\login=Kenji_Plays\n3\\nickname=kenji\n"
                  "1\\login=mika\n1\\nickname=mika-chan\n9\\login=late\n9\\nickname=x\n"
                  "size=2147483647\n"
                  "[dictionary]\n2\\word=w\n2\\reading=double-u\n5\\word=outside\nsize=3\n");
        Settings s(file);
        const chatvox::FilterSettings f = s.filters(); // looping to the size outlasts the timeout
        QCOMPARE(f.nicknames.size(), 3);
        QCOMPARE(f.nicknames.value(u"kenji_plays"_s), u"kenji"_s);
        QCOMPARE(f.nicknames.value(u"mika"_s), u"mika-chan"_s);
        QCOMPARE(f.nicknames.value(u"late"_s), u"x"_s);
        QCOMPARE(f.dictionary.size(), 1); // entry 5 lies past size=3
        QCOMPARE(f.dictionary.first().reading, u"double-u"_s);
    }

    // A viewer's own voice holds only what the speaker panel's sliders can set: a parameter
    // that is nan, inf or out of range takes its default (nan also never compares equal, so
    // every "no change" save rewrote the table). Found by fuzz_settings.
    void userVoiceParamsAreRanged()
    {
        const QString file = path(u"user-voices.ini"_s);
        writeFile(file,
                  "[userVoices]\n1\\login=mika\n1\\style=3\n1\\speedScale=nan\n"
                  "1\\pitchScale=0.5\n1\\intonationScale=inf\n1\\volumeScale=1.5\n"
                  "2\\login=kenji\n2\\style=8\n2\\speedScale=1.25\nsize=2\n");
        Settings s(file);
        const chatvox::FilterSettings f = s.filters();
        QCOMPARE(f.userVoices.size(), 2);
        const chatvox::VoiceParams mika = f.userVoices.value(u"mika"_s).params;
        QCOMPARE(mika.speedScale, 1.0);
        QCOMPARE(mika.pitchScale, 0.0);
        QCOMPARE(mika.intonationScale, 1.0);
        QCOMPARE(mika.volumeScale, 1.5);
        QCOMPARE(f.userVoices.value(u"kenji"_s).params.speedScale, 1.25);
        QCOMPARE(f.userVoices.value(u"kenji"_s).styleId, 8);
        QVERIFY(f == s.filters()); // what was read compares equal to itself: nothing to save
    }

    // The keys of [app] (language, log level, ...) survive a restart. Earlier they lived in
    // a group "general", which QSettings writes as [%General] and reads back as "General".
    void appKeysPersistAcrossRuns()
    {
        const QString file = path(u"app-keys.ini"_s);
        {
            Settings s(file);
            s.setLanguage(u"ja"_s);
            s.setLogLevel(u"debug"_s);
            s.setStartMinimized(true);
            QVERIFY(s.save());
        }
        // A copy: QSettings caches what it parsed per file name, and the next run parses anew.
        const QString nextRun = path(u"app-keys-next-run.ini"_s);
        QVERIFY(QFile::copy(file, nextRun));
        Settings s(nextRun);
        QCOMPARE(s.language(), u"ja"_s);
        QCOMPARE(s.logLevel(), u"debug"_s);
        QCOMPARE(s.startMinimized(), true);
        QFile f(nextRun);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll();
        QVERIFY2(text.contains("[app]") && !text.contains("eneral"), text.constData());
    }

    // What users write by hand, and what earlier builds wrote, is read and moved to [app].
    void generalSectionIsMovedToApp_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("[general] by hand") << QByteArray("[general]\nlanguage=ja\nlogLevel=debug\n"
                                                         "startMinimized=true\n");
        QTest::newRow("[General]") << QByteArray("[General]\nlanguage=ja\nlogLevel=debug\n"
                                                 "startMinimized=true\n");
        QTest::newRow("[%General] of earlier builds")
            << QByteArray("[%General]\nlanguage=ja\nlogLevel=debug\nschemaVersion=1\n"
                          "startMinimized=true\n");
        QTest::newRow("top level") << QByteArray("language=ja\nlogLevel=debug\n"
                                                 "startMinimized=true\n[chat]\nchannel=keep\n");
        QTest::newRow("[app]") << QByteArray("[app]\nlanguage=ja\nlogLevel=debug\n"
                                             "startMinimized=true\n");
    }

    void generalSectionIsMovedToApp()
    {
        QFETCH(QByteArray, content);
        static int n = 0;
        const QString file = path(u"general-%1.ini"_s.arg(++n));
        writeFile(file, content);
        {
            Settings s(file);
            QVERIFY(s.loadProblem().isEmpty());
            QCOMPARE(s.language(), u"ja"_s);
            QCOMPARE(s.logLevel(), u"debug"_s);
            QCOMPARE(s.startMinimized(), true);
            if (content.contains("channel=keep"))
                QCOMPARE(s.channel(), u"keep"_s);
            QVERIFY(s.save());
        }
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll();
        QVERIFY2(text.contains("[app]") && !text.contains("eneral"), text.constData());
        QVERIFY2(text.count("language=") == 1, text.constData());
        const QString nextRun = path(u"general-%1-next-run.ini"_s.arg(n));
        QVERIFY(QFile::copy(file, nextRun));
        Settings s(nextRun);
        QCOMPARE(s.language(), u"ja"_s);
        QCOMPARE(s.logLevel(), u"debug"_s);
    }

    // The reading rules of issue 18 (default readings, kaomoji, laughter, 888, emoji, English,
    // readable names): a new user's file holds none of them.
    void readingRulesDefaults()
    {
        const QString file = path(u"reading-defaults.ini"_s);
        {
            Settings s(file);
            const chatvox::FilterSettings f = s.filters();
            QCOMPARE(f.useDefaultDictionary, true);
            QCOMPARE(f.defaultDictionary, chatvox::FilterSettings::defaultDictionaryEntries());
            QVERIFY(!f.defaultDictionary.isEmpty());
            QCOMPARE(f.dropKaomoji, true);
            QCOMPARE(f.kaomojiReplacement, QString());
            QCOMPARE(f.laughter, chatvox::LaughterMode::Wara);
            QCOMPARE(f.applause, true);
            QCOMPARE(f.emoji, chatvox::EmojiMode::Names);
            QCOMPARE(f.englishToKana, true);
            QCOMPARE(f.readableNames, true);
            QVERIFY(f == chatvox::FilterSettings());
            chatvox::FilterSettings changed = f;
            changed.lengthLimit = 60; // some change, so that the filters are written
            s.setFilters(changed);
            QVERIFY(s.save());
        }
        const QByteArray text = readFile(file);
        QVERIFY2(text.contains("lengthLimit=60"), text.constData());
        for (const char *key :
             {"defaultDictionary", "useDefaultDictionary", "dropKaomoji", "kaomojiReplacement",
              "laughter", "applause", "emoji", "englishToKana", "readableNames"})
            QVERIFY2(!text.contains(key), text.constData());
    }

    void readingRulesRoundTrip_data()
    {
        using chatvox::EmojiMode;
        using chatvox::LaughterMode;
        QTest::addColumn<LaughterMode>("laughter");
        QTest::addColumn<EmojiMode>("emoji");
        QTest::addColumn<QByteArray>("written"); // in the file
        QTest::newRow("off, drop")
            << LaughterMode::Off << EmojiMode::Drop << QByteArray("laughter=off\nemoji=drop\n");
        QTest::newRow("fufu, names")
            << LaughterMode::Fufu << EmojiMode::Names << QByteArray("laughter=fufu\n");
        QTest::newRow("drop, drop")
            << LaughterMode::Drop << EmojiMode::Drop << QByteArray("laughter=drop\nemoji=drop\n");
    }
    void readingRulesRoundTrip()
    {
        QFETCH(chatvox::LaughterMode, laughter);
        QFETCH(chatvox::EmojiMode, emoji);
        QFETCH(QByteArray, written);
        const QString file
            = path(u"reading-%1.ini"_s.arg(QString::fromUtf8(QTest::currentDataTag()))
                       .replace(u' ', u'_')
                       .remove(u','));
        chatvox::FilterSettings f;
        f.useDefaultDictionary = false;
        f.dropKaomoji = false;
        f.kaomojiReplacement = u"顔文字, です"_s; // a comma: one text, not a list
        f.laughter = laughter;
        f.applause = false;
        f.emoji = emoji;
        f.englishToKana = false;
        f.readableNames = false;
        {
            Settings s(file);
            s.setFilters(f);
            QVERIFY(s.save());
        }
        const QByteArray text = readFile(file);
        for (const QByteArray &line : written.split('\n'))
            QVERIFY2(text.contains(line), text.constData());
        QVERIFY2(!text.contains("emoji=names") && !text.contains("laughter=wara"),
                 text.constData()); // defaults are not written
        // Disabled, the default readings are still the shipped ones: not written either.
        QVERIFY2(text.contains("useDefaultDictionary=false"), text.constData());
        QVERIFY2(!text.contains("[defaultDictionary]"), text.constData());
        Settings s(nextRun(file));
        QVERIFY(s.loadProblem().isEmpty());
        const chatvox::FilterSettings read = s.filters();
        QCOMPARE(read.useDefaultDictionary, false);
        QCOMPARE(read.defaultDictionary, chatvox::FilterSettings::defaultDictionaryEntries());
        QCOMPARE(read.dropKaomoji, false);
        QCOMPARE(read.kaomojiReplacement, u"顔文字, です"_s);
        QCOMPARE(read.laughter, laughter);
        QCOMPARE(read.applause, false);
        QCOMPARE(read.emoji, emoji);
        QCOMPARE(read.englishToKana, false);
        QCOMPARE(read.readableNames, false);
        QVERIFY(read == f);
    }

    // The default readings are written only once they differ from the table ChatVox ships, so
    // that a later ChatVox's better table reaches everyone who never edited theirs; an edited
    // table (even an empty one) is kept as it is.
    void defaultReadingsAreWrittenOnlyWhenEdited()
    {
        const QString file = path(u"default-readings.ini"_s);
        const QList<chatvox::DictionaryEntry> shipped
            = chatvox::FilterSettings::defaultDictionaryEntries();
        QList<chatvox::DictionaryEntry> edited = shipped;
        edited.first().reading = u"かえた"_s;
        edited.removeLast();
        edited << chatvox::DictionaryEntry{u"新語"_s, u"しんご"_s};
        {
            Settings s(file);
            chatvox::FilterSettings f = s.filters();
            f.defaultDictionary = edited;
            s.setFilters(f);
            QVERIFY(s.save());
        }
        QVERIFY(readFile(file).contains("[defaultDictionary]"));
        {
            Settings s(nextRun(file));
            QCOMPARE(s.filters().defaultDictionary, edited);
            QCOMPARE(s.filters().useDefaultDictionary, true);
        }
        // Emptied by the streamer: stays empty (not the shipped table).
        {
            Settings s(file);
            chatvox::FilterSettings f = s.filters();
            f.defaultDictionary.clear();
            s.setFilters(f);
            QVERIFY(s.save());
        }
        {
            Settings s(nextRun(file));
            QVERIFY(s.filters().defaultDictionary.isEmpty());
        }
        // Back to the shipped table (Reset to defaults): gone from the file again.
        {
            Settings s(file);
            chatvox::FilterSettings f = s.filters();
            f.defaultDictionary = shipped;
            s.setFilters(f);
            QVERIFY(s.save());
        }
        QVERIFY2(!readFile(file).contains("defaultDictionary"), readFile(file).constData());
        Settings s(nextRun(file));
        QCOMPARE(s.filters().defaultDictionary, shipped);
    }

    // Hand-edited names are read in any case and with spaces around them.
    void readingModeNamesIgnoreCase()
    {
        const QString file = path(u"reading-case.ini"_s);
        writeFile(file, "[filter]\nlaughter=\" Fufu \"\nemoji=DROP\n");
        Settings s(file);
        QCOMPARE(s.filters().laughter, chatvox::LaughterMode::Fufu);
        QCOMPARE(s.filters().emoji, chatvox::EmojiMode::Drop);
    }

    // A bad value of a reading rule (a typo, a list, a number, another type) gives that
    // rule's default, and the rest of the file is kept.
    void badReadingValuesFallBack_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("words") << QByteArray(
            "[filter]\nlaughter=lol\nemoji=text\nuseDefaultDictionary=maybe\ndropKaomoji=yes\n"
            "applause=on\nenglishToKana=nope\nreadableNames=sure\n");
        QTest::newRow("numbers") << QByteArray(
            "[filter]\nlaughter=2\nemoji=1\nuseDefaultDictionary=2\ndropKaomoji=-1\n"
            "applause=1e308\nenglishToKana=nan\nreadableNames=7\n");
        QTest::newRow("lists") << QByteArray(
            "[filter]\nlaughter=wara, fufu\nemoji=drop, names\nuseDefaultDictionary=false, x\n"
            "dropKaomoji=false, false\napplause=a, b\nenglishToKana=0, 0\nreadableNames=, \n"
            "kaomojiReplacement=a, b\n");
        QTest::newRow("other types") << QByteArray(
            "[filter]\nlaughter=@Invalid()\nemoji=@ByteArray(\\0drop)\n"
            "useDefaultDictionary=@Invalid()\ndropKaomoji=@ByteArray(no)\n"
            "applause=@Variant(\\0\\0\\0\\x7f\\0\\0\\0\\x2)\n"
            "englishToKana=\nreadableNames=@Invalid()\nkaomojiReplacement=@Invalid()\n");
        QTest::newRow("default readings, size not a number")
            << QByteArray("[defaultDictionary]\n1\\word=gg\n1\\reading=x\nsize=many\n");
        QTest::newRow("default readings, negative size")
            << QByteArray("[defaultDictionary]\n1\\word=gg\n1\\reading=x\nsize=-1\n");
        QTest::newRow("default readings, no size")
            << QByteArray("[defaultDictionary]\n1\\word=gg\n1\\reading=x\n");
        QTest::newRow("default readings, not a table")
            << QByteArray("[filter]\ndefaultDictionary=gg\n");
    }
    void badReadingValuesFallBack()
    {
        QFETCH(QByteArray, content);
        static int n = 0;
        const QString file = path(u"bad-reading-%1.ini"_s.arg(++n));
        writeFile(file, content + "[chat]\nchannel=keepme\n[filter]\nlengthLimit=60\n");
        chatvox::FilterSettings expected;
        expected.lengthLimit = 60;
        {
            Settings s(file);
            QVERIFY(s.loadProblem().isEmpty()); // values, not the file, were bad
            QCOMPARE(s.channel(), u"keepme"_s);
            const chatvox::FilterSettings f = s.filters();
            QCOMPARE(f.laughter, expected.laughter);
            QCOMPARE(f.emoji, expected.emoji);
            QCOMPARE(f.useDefaultDictionary, expected.useDefaultDictionary);
            QCOMPARE(f.dropKaomoji, expected.dropKaomoji);
            QCOMPARE(f.applause, expected.applause);
            QCOMPARE(f.englishToKana, expected.englishToKana);
            QCOMPARE(f.readableNames, expected.readableNames);
            QCOMPARE(f.kaomojiReplacement, expected.kaomojiReplacement);
            QCOMPARE(f.defaultDictionary, expected.defaultDictionary);
            QVERIFY(f == expected);
            QVERIFY(f == s.filters()); // stable: nothing to save
        }
        Settings again(file); // and the saved file reads the same
        QVERIFY(again.filters() == expected);
    }

    void schemaVersionIsWritten()
    {
        const QString file = path(u"schema.ini"_s);
        {
            Settings s(file);
            s.setChannel(u"x"_s);
        }
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().contains("schemaVersion=1"));
    }

    // Live reload (Settings::watchFile). The files carry schemaVersion, as ChatVox writes it, so
    // that loading them leaves nothing for ChatVox to write.
    void outsideChangeAppliesLive()
    {
        const QString file = path(u"live.ini"_s);
        writeFile(file,
                  "[app]\nschemaVersion=1\n[speech]\nspeedScale=1\n"
                  "engines=http://127.0.0.1:50021\n[filter]\nlengthLimit=40\n");
        Settings s(file);
        s.watchFile();
        QSignalSpy changed(&s, &Settings::changed);
        QSignalSpy reloaded(&s, &Settings::reloaded);
        QSignalSpy failed(&s, &Settings::reloadFailed);
        replaceFile(file,
                    "[app]\nschemaVersion=1\n[speech]\nspeedScale=1.5\n"
                    "engines=http://127.0.0.1:1, http://127.0.0.1:2\n[filter]\nlengthLimit=12\n");
        QVERIFY(reloaded.wait(5000));
        const QList<Settings::Group> expected{Settings::Group::Speech, Settings::Group::Filters};
        QCOMPARE(groupsOf(reloaded, 0), expected);
        // The same signals as the Settings dialog's setters, once per group.
        QCOMPARE(changed.size(), 2);
        QCOMPARE(changed[0][0].value<Settings::Group>(), Settings::Group::Speech);
        QCOMPARE(changed[1][0].value<Settings::Group>(), Settings::Group::Filters);
        QCOMPARE(s.voice().speedScale, 1.5);
        QCOMPARE(s.engineUrls(),
                 (QList<QUrl>{QUrl(u"http://127.0.0.1:1"_s), QUrl(u"http://127.0.0.1:2"_s)}));
        QCOMPARE(s.filters().lengthLimit, 12);
        QCOMPARE(failed.size(), 0);
        // A hand-written [general] section counts as app/ like at start.
        replaceFile(file, readFile(file) + "[general]\nlanguage=ja\n");
        QVERIFY(reloaded.wait(5000));
        QCOMPARE(groupsOf(reloaded, 1), QList<Settings::Group>{Settings::Group::General});
        QCOMPARE(s.language(), u"ja"_s);
        QVERIFY(s.save());
        Settings again(nextRun(file));
        QCOMPARE(again.voice().speedScale, 1.5);
        QCOMPARE(again.filters().lengthLimit, 12);
        QCOMPARE(again.language(), u"ja"_s);
    }

    void runOverridesStillWinOverAReload()
    {
        const QString file = path(u"override-live.ini"_s);
        writeFile(file, "[app]\nschemaVersion=1\n[speech]\nengines=http://127.0.0.1:3\n");
        Settings s(file);
        s.setRunOverride(u"speech/engines"_s, QStringList{u"http://127.0.0.1:9"_s});
        s.watchFile();
        QSignalSpy changed(&s, &Settings::changed);
        QSignalSpy reloaded(&s, &Settings::reloaded);
        replaceFile(file,
                    "[app]\nschemaVersion=1\n[speech]\nengines=http://127.0.0.1:4\n"
                    "[audio]\nvolume=0.5\n");
        QVERIFY(reloaded.wait(5000));
        QCOMPARE(groupsOf(reloaded, 0), QList<Settings::Group>{Settings::Group::Audio});
        QCOMPARE(changed.size(), 1);
        QCOMPARE(s.engineUrls(), QList<QUrl>{QUrl(u"http://127.0.0.1:9"_s)});
        QCOMPARE(s.volume(), 0.5);
    }

    void unusableChangeKeepsTheSettings_data()
    {
        QTest::addColumn<QByteArray>("bad");
        QTest::addColumn<QString>("why");
        QByteArray garbage;
        for (int i = 0; i < 512; ++i)
            garbage.append(char((i * 7919 + 13) % 256));
        QTest::newRow("binary garbage") << garbage << u"not UTF-8"_s;
        QTest::newRow("not settings")
            << QByteArray("[speech]\nthis is not a setting\n") << u"line 2"_s;
        QTest::newRow("wrong type everywhere")
            << QByteArray("[app]\nschemaVersion=1\n[speech]\nspeedScale=fast\nprefetch=lots\n"
                          "engines=ftp://nowhere\nstyle=zundamon\n[filter]\nlengthLimit=long\n"
                          "ignoreKnownBots=maybe\nlaughter=lol\n[audio]\nvolume=loud\n")
            << u"speech/speedScale is not a number"_s;
        QTest::newRow("one value out of range")
            << QByteArray("[app]\nschemaVersion=1\n[speech]\nspeedScale=9\n[filter]\n"
                          "lengthLimit=20\n")
            << u"speech/speedScale is not a number from 0.5 to 2"_s;
    }

    void unusableChangeKeepsTheSettings()
    {
        QFETCH(QByteArray, bad);
        QFETCH(QString, why);
        static int n = 0;
        const QString name = u"refused-%1.ini"_s.arg(++n);
        const QString file = path(name);
        writeFile(file,
                  "[app]\nschemaVersion=1\n[speech]\nspeedScale=1.25\n[filter]\n"
                  "lengthLimit=30\n");
        Settings s(file);
        s.watchFile();
        QSignalSpy changed(&s, &Settings::changed);
        QSignalSpy reloaded(&s, &Settings::reloaded);
        QSignalSpy failed(&s, &Settings::reloadFailed);
        replaceFile(file, bad);
        QVERIFY(failed.wait(5000));
        QCOMPARE(failed.size(), 1);
        const QString message = failed[0][0].toString();
        QVERIFY2(message.contains(QDir::toNativeSeparators(file)), qPrintable(message));
        QVERIFY2(message.contains(why), qPrintable(message));
        QCOMPARE(changed.size(), 0);
        QCOMPARE(reloaded.size(), 0);
        QCOMPARE(s.voice().speedScale, 1.25);
        QCOMPARE(s.filters().lengthLimit, 30);
        QCOMPARE(readFile(file), bad); // the user's file as it is: not moved aside, not written
        QVERIFY(backups(name).isEmpty());

        // ChatVox's own change meanwhile is kept, but not written over the file it cannot read.
        s.setVolume(0.5);
        QCOMPARE(changed.size(), 1);
        QVERIFY(!s.save());
        QCOMPARE(readFile(file), bad);

        // The next usable version applies; the file wins for what it changed.
        replaceFile(file,
                    "[app]\nschemaVersion=1\n[speech]\nspeedScale=1.75\n[filter]\n"
                    "lengthLimit=30\n");
        QVERIFY(reloaded.wait(5000));
        QCOMPARE(groupsOf(reloaded, 0), QList<Settings::Group>{Settings::Group::Speech});
        QCOMPARE(s.voice().speedScale, 1.75);
        QCOMPARE(s.filters().lengthLimit, 30);
        QCOMPARE(s.volume(), 0.5);
        QVERIFY(s.save());
        Settings again(nextRun(file));
        QCOMPARE(again.voice().speedScale, 1.75);
        QCOMPARE(again.volume(), 0.5);
        QCOMPARE(failed.size(), 1);
    }

    void ownSaveIsNoReload()
    {
        const QString file = path(u"own-save.ini"_s);
        writeFile(file, "[app]\nschemaVersion=1\n[speech]\nspeedScale=1\n");
        Settings s(file);
        s.watchFile();
        QSignalSpy changed(&s, &Settings::changed);
        QSignalSpy reloaded(&s, &Settings::reloaded);
        chatvox::VoiceParams v = s.voice();
        v.speedScale = 1.5;
        s.setVoice(v);
        QVERIFY(s.save());
        QSignalSpy settled(s.fileWatch(), &chatvox::FileWatch::settled);
        QVERIFY(settled.wait(5000)); // ChatVox's own write was looked at
        QCOMPARE(reloaded.size(), 0);
        QCOMPARE(changed.size(), 1); // the setter's
        // An outside change right after: only its own group, not ChatVox's Speech change again.
        QVERIFY(readFile(file).contains("speedScale=1.5"));
        replaceFile(file, readFile(file) + "[audio]\nvolume=0.25\n");
        QVERIFY(reloaded.wait(5000));
        QCOMPARE(reloaded.size(), 1);
        QCOMPARE(groupsOf(reloaded, 0), QList<Settings::Group>{Settings::Group::Audio});
        QCOMPARE(changed.size(), 2);
        QCOMPARE(s.voice().speedScale, 1.5);
        QCOMPARE(s.volume(), 0.25);
    }

    void removedFileKeepsTheSettingsUntilItReappears()
    {
        const QString file = path(u"removed.ini"_s);
        writeFile(file, "[app]\nschemaVersion=1\n[speech]\nspeedScale=1.25\n");
        Settings s(file);
        s.watchFile();
        QSignalSpy removed(s.fileWatch(), &chatvox::FileWatch::removed);
        QSignalSpy changed(&s, &Settings::changed);
        QSignalSpy reloaded(&s, &Settings::reloaded);
        QVERIFY(QFile::remove(file));
        QVERIFY(removed.wait(5000));
        QCOMPARE(changed.size(), 0);
        QCOMPARE(s.voice().speedScale, 1.25);
        s.setVolume(0.5);
        QVERIFY(!s.save());
        QVERIFY(!QFile::exists(file)); // not brought back with only the changed keys
        writeFile(file, "[app]\nschemaVersion=1\n[speech]\nspeedScale=0.75\n");
        QVERIFY(reloaded.wait(5000));
        QCOMPARE(s.voice().speedScale, 0.75);
        QCOMPARE(s.volume(), 0.5);
        QVERIFY(s.save());
        Settings again(nextRun(file));
        QCOMPARE(again.voice().speedScale, 0.75);
        QCOMPARE(again.volume(), 0.5);
        QCOMPARE(removed.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
