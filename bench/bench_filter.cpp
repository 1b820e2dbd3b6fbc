// Read-aloud filter throughput (issue 18): FilterPipeline::evaluate() with every Japanese reading
// rule on, against the rules as they were before them, on the same 30,000 chat messages, in one
// run.
//
//   all rules: FilterSettings{} (the defaults: kaomoji, the default reading dictionary,
//              laughter → わら, applause → パチパチ, emoji names, English → katakana) plus the
//              name prefix with readable names
//   baseline:  the same settings with each new rule switched off as far as evaluate() allows:
//              useDefaultDictionary, dropKaomoji, applause, englishToKana, readableNames off,
//              laughter Off. The emoji rule cannot be switched off (evaluate() always runs
//              readEmoji()), so the baseline uses EmojiMode::Drop, its cheaper mode: emoji are
//              segmented and removed, not looked up. Before issue 18 emoji went to the engine.
//              The name prefix is on in both (it is older than issue 18): only how the name is
//              read differs.
//
// The messages are decoded from IRC lines like the live client's (parseIrcLine +
// decodeTwitchMessage): chat lines of the IRC bench corpus (tests/data/twitch and the demo log,
// as in bench_ircparse) and realistic Japanese chat from the filter golden files
// (tests/data/filter/cases.jsonl "reading_*" cases and reading_corpus.jsonl: w/ｗ laughter,
// 888, emoji, English words, kaomoji, romaji logins), some with a deterministic suffix. The
// configurations take turns every 500 messages (machines are noisy) and each figure is the
// median of its rounds. Goal: all rules cost at most 3x the baseline. Also timed: one
// pathological message (1 MB of text with 10,000 emoji), worst of a few tries each.
#include "benchutil.h"
#include "chat/ircmessage.h"
#include "chat/twitchevents.h"
#include "filter/filterpipeline.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;
using namespace chatvox;

namespace {

constexpr int kMessages = 30000;
constexpr int kPathologicalEmoji = 10000;
constexpr qsizetype kPathologicalBytes = 1000 * 1000; // UTF-8, as it would come off the wire

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing %s", qPrintable(path));
    return f.readAll();
}

// The chat lines (PRIVMSG, USERNOTICE) of bench_ircparse's corpus files.
QList<QByteArray> ircChatLines()
{
    QList<QByteArray> lines;
    const QString root = QStringLiteral(CHATVOX_SOURCE_DIR);
    const QStringList files{root + u"/tests/data/twitch/irc_samples.txt"_s,
                            root + u"/tests/data/twitch/replay/sample_chat.log"_s,
                            root + u"/resources/demo/demo_chat.log"_s};
    for (const QString &file : files) {
        for (QByteArray line : readFile(file).split('\n')) {
            line = line.trimmed();
            if (line.isEmpty() || line.startsWith('#') || lines.contains(line))
                continue;
            if (line.contains(" PRIVMSG ") || line.contains(" USERNOTICE "))
                lines << line;
        }
    }
    return lines;
}

struct ChatText
{
    QString text;
    QString login; // empty: one of viewers()
    QString displayName;
};

// Realistic Japanese chat from the filter golden files: the "reading_*" cases of cases.jsonl
// (records may continue on lines that start with whitespace) and reading_corpus.jsonl.
QList<ChatText> readingTexts()
{
    const QString dir = QStringLiteral(CHATVOX_SOURCE_DIR) + u"/tests/data/filter/"_s;
    QList<ChatText> texts;
    const auto add = [&](const QJsonObject &message) {
        const QString text = message.value("text"_L1).toString();
        if (!text.trimmed().isEmpty())
            texts.append({text, message.value("login"_L1).toString(),
                          message.value("displayName"_L1).toString()});
    };
    QStringList records;
    for (const QString &line : QString::fromUtf8(readFile(dir + u"cases.jsonl"_s)).split(u'\n')) {
        if (line.trimmed().isEmpty() || line.startsWith(u'#'))
            continue;
        if (line.front().isSpace() && !records.isEmpty())
            records.back() += line;
        else
            records << line;
    }
    for (const QString &record : std::as_const(records)) {
        const QJsonObject o = QJsonDocument::fromJson(record.toUtf8()).object();
        if (!o.value("name"_L1).toString().startsWith("reading_"_L1))
            continue;
        if (o.contains("message"_L1))
            add(o.value("message"_L1).toObject());
        for (const QJsonValue &step : o.value("steps"_L1).toArray())
            add(step.toObject().value("message"_L1).toObject());
    }
    for (const QByteArray &line : readFile(dir + u"reading_corpus.jsonl"_s).split('\n')) {
        if (!line.trimmed().isEmpty() && !line.startsWith('#'))
            add(QJsonDocument::fromJson(line).object());
    }
    return texts;
}

// Viewers of a Japanese stream: Japanese display names, romaji and English logins.
const QList<QPair<QString, QString>> &viewers()
{
    static const QList<QPair<QString, QString>> list{
        {u"sakura_gamer"_s, u"さくら"_s},        {u"kenji_plays"_s, u"Kenji_Plays"_s},
        {u"taro_0412"_s, u"taro_0412"_s},        {u"coolguy99"_s, u"CoolGuy99"_s},
        {u"nyanko_sensei"_s, u"にゃんこ先生"_s}, {u"shadowhunter"_s, u"ShadowHunter"_s},
        {u"yuki_chan__"_s, u"yuki_chan__"_s},    {u"raider_one"_s, u"raider_one"_s},
        {u"haruto2000"_s, u"Haruto2000"_s},      {u"xx_zz_qq"_s, u"xx_zz_qq"_s},
    };
    return list;
}

// What viewers add to a line now and then, so that every rule also meets text it did not
// come with.
const QStringList &suffixes()
{
    // '|' separates them: some start with a space.
    static const QStringList list = u"ｗｗｗ|w| www| 888|8888888|😂|👏👏| GG| nice play|(´・ω・`)|草"
                                    u"| lol|🔥🔥| orz|！"_s.split(u'|');
    return list;
}

QByteArray escapeTagValue(const QString &value)
{
    QByteArray out;
    for (const char c : value.toUtf8()) {
        switch (c) {
        case ';':
            out += "\\:";
            break;
        case ' ':
            out += "\\s";
            break;
        case '\\':
            out += "\\\\";
            break;
        default:
            out += c;
        }
    }
    return out;
}

// A PRIVMSG with the tags Twitch sends with every chat line.
QByteArray privmsgLine(const ChatText &chat, int serial, QRandomGenerator &random)
{
    QString login = chat.login;
    QString displayName = chat.displayName;
    if (login.isEmpty()) {
        const auto &viewer = viewers().at(random.bounded(quint32(viewers().size())));
        login = viewer.first;
        displayName = viewer.second;
    }
    QString text = chat.text;
    if (random.bounded(4u) == 0)
        text += suffixes().at(random.bounded(quint32(suffixes().size())));
    // IRC cannot carry CR, LF or NUL: they arrive as spaces.
    for (QChar &c : text) {
        if (c == u'\r' || c == u'\n' || c == u'\0')
            c = u' ';
    }
    const QByteArray l = login.toUtf8();
    return "@badge-info=;badges=subscriber/12;color=#1E90FF;display-name="
        + escapeTagValue(displayName) + ";emotes=;first-msg=0;flags=;id=bench-"
        + QByteArray::number(serial) + ";mod=0;returning-chatter=0;room-id=900000001;"
        + "subscriber=1;tmi-sent-ts=" + QByteArray::number(1763899200000LL + serial * 100)
        + ";turbo=0;user-id=" + QByteArray::number(910000000 + serial % 1000) + ";user-type= :" + l
        + '!' + l + '@' + l + ".tmi.twitch.tv PRIVMSG #chatvox_demo :" + text.toUtf8();
}

// "id=<old>;" -> "id=<serial>;" (as bench_ircparse: no two lines alike).
QByteArray withFreshId(const QByteArray &line, int serial)
{
    const qsizetype at = line.indexOf(";id=");
    const qsizetype end = at < 0 ? -1 : line.indexOf(';', at + 4);
    if (end < 0)
        return line;
    return line.left(at + 4) + "bench-" + QByteArray::number(serial) + line.mid(end);
}

struct Corpus
{
    QList<ChatMessage> messages;
    int fromIrc = 0;
    int fromReading = 0;
    qsizetype textUnits = 0;
};

// The 30,000 messages: a third the IRC bench's chat lines, two thirds Japanese reading lines.
Corpus makeCorpus()
{
    const QList<QByteArray> irc = ircChatLines();
    const QList<ChatText> reading = readingTexts();
    if (irc.isEmpty() || reading.size() < 150)
        qFatal("corpus too small: %lld IRC chat lines, %lld reading texts", qlonglong(irc.size()),
               qlonglong(reading.size()));
    QRandomGenerator random(20261218);
    Corpus corpus;
    for (int serial = 0; corpus.messages.size() < kMessages; ++serial) {
        const bool fromIrc = random.bounded(3u) == 0;
        const QByteArray line = fromIrc
            ? withFreshId(irc.at(random.bounded(quint32(irc.size()))), serial)
            : privmsgLine(reading.at(random.bounded(quint32(reading.size()))), serial, random);
        const Result<IrcMessage> parsed = parseIrcLine(line);
        if (!parsed)
            qFatal("bench line does not parse: %s", line.constData());
        TwitchEvent event = decodeTwitchMessage(parsed.value());
        if (auto *chat = std::get_if<ChatMessage>(&event)) {
            corpus.textUnits += chat->text.size();
            corpus.messages.append(std::move(*chat));
            ++(fromIrc ? corpus.fromIrc : corpus.fromReading);
        }
    }
    return corpus;
}

// 1 MB of chat text (UTF-8) with 10,000 emoji spread through it, different neighbours so
// that no run collapses: what a client that ignores Twitch's 500-character limit could send.
ChatMessage pathologicalMessage()
{
    static const QStringList emoji
        = u"😂 👏 ❤️ 🔥 👍🏻 🇯🇵 🎉 😭 🙏 1️⃣ 👨‍👩‍👧 ✨"_s
              .split(u' ');
    static const QStringList words
        = u"それなｗｗｗ| 今のはずるいwww |8888 |nice play |(´・ω・`) |草 |GG "
          u"|うますぎる |boss強すぎ |orz |thanks for the raid "_s.split(u'|');
    QString text;
    qsizetype bytes = 0;
    int w = 0;
    for (int i = 0; i < kPathologicalEmoji; ++i) {
        const QString &e = emoji.at(i % emoji.size());
        text += e;
        bytes += e.toUtf8().size();
        // Words up to this emoji's share of the megabyte.
        while (bytes < kPathologicalBytes * (i + 1) / kPathologicalEmoji) {
            const QString &word = words.at(w++ % words.size());
            text += word;
            bytes += word.toUtf8().size();
        }
    }
    ChatMessage message;
    message.id = u"bench-pathological"_s;
    message.channel = u"chatvox_demo"_s;
    message.login = u"taro_0412"_s;
    message.displayName = u"taro_0412"_s;
    message.text = text;
    return message;
}

FilterSettings allRules()
{
    FilterSettings s; // every rule of issue 18 is on by default
    s.namePrefix = true;
    return s;
}

FilterSettings baseline()
{
    FilterSettings s = allRules();
    s.useDefaultDictionary = false;
    s.dropKaomoji = false;
    s.laughter = LaughterMode::Off;
    s.applause = false;
    // Cannot be off: evaluate() always calls readEmoji(). Drop skips the name lookups.
    s.emoji = EmojiMode::Drop;
    s.englishToKana = false;
    s.readableNames = false;
    return s;
}

struct Config
{
    const char *name;
    FilterPipeline pipeline;
    QList<double> roundNs;
    QList<double> pathologicalNs;
};

double median(QList<double> v)
{
    return bench::percentile(std::move(v), 50);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int rounds = argc > 1 ? std::max(3, atoi(argv[1])) : 15;
    const int pathologicalTries = 5;

    const Corpus corpus = makeCorpus();
    const QList<ChatMessage> &messages = corpus.messages;

    // The two configurations the goal is about, then the baseline plus one new rule each: what
    // every rule adds on its own.
    QList<Config> configs;
    configs.append({"all rules", FilterPipeline(allRules()), {}, {}});
    configs.append({"baseline", FilterPipeline(baseline()), {}, {}});
    const auto plus = [&](const char *name, auto change) {
        FilterSettings s = baseline();
        change(s);
        configs.append({name, FilterPipeline(s), {}, {}});
    };
    plus("+ kaomoji", [](FilterSettings &s) { s.dropKaomoji = true; });
    plus("+ default dictionary", [](FilterSettings &s) { s.useDefaultDictionary = true; });
    plus("+ laughter", [](FilterSettings &s) { s.laughter = LaughterMode::Wara; });
    plus("+ applause", [](FilterSettings &s) { s.applause = true; });
    plus("+ emoji names", [](FilterSettings &s) { s.emoji = EmojiMode::Names; });
    plus("+ English to kana", [](FilterSettings &s) { s.englishToKana = true; });
    plus("+ readable names", [](FilterSettings &s) { s.readableNames = true; });

    // What the corpus holds: which rules change how many messages (all rules on).
    QMap<QString, int> changedBy;
    int spoken = 0;
    for (const ChatMessage &m : messages) {
        QList<FilterStep> steps;
        if (configs[0].pipeline.evaluate(m, &steps).speak)
            ++spoken;
        for (const FilterStep &s : std::as_const(steps))
            ++changedBy[s.id];
    }

    // A round evaluates all messages with every configuration, taking turns every
    // kSlice messages (a few milliseconds), so that a burst of load from other processes hits
    // all of them alike; the configuration that goes first (and finds the messages cold in
    // the cache) changes from slice to slice.
    constexpr qsizetype kSlice = 500;
    quint64 sink = 0;
    const auto round = [&](bool record) {
        QList<double> ns(configs.size(), 0.0);
        for (qsizetype from = 0, slice = 0; from < messages.size(); from += kSlice, ++slice) {
            const qsizetype to = std::min(from + kSlice, messages.size());
            for (qsizetype k = 0; k < configs.size(); ++k) {
                const qsizetype c = (slice + k) % configs.size();
                const FilterPipeline &pipeline = configs[c].pipeline;
                QElapsedTimer t;
                t.start();
                for (qsizetype i = from; i < to; ++i) {
                    const FilterDecision d = pipeline.evaluate(messages[i]);
                    sink += quint64(d.speak ? d.text.size() : 1);
                }
                ns[c] += double(t.nsecsElapsed());
            }
        }
        if (record) {
            for (qsizetype c = 0; c < configs.size(); ++c)
                configs[c].roundNs << ns[c];
        }
    };
    round(false); // warm-up (caches, the regex JIT, lazy tables)
    for (int r = 0; r < rounds; ++r)
        round(true);

    const ChatMessage huge = pathologicalMessage();
    for (int r = 0; r < pathologicalTries; ++r) {
        for (int k = 0; k < 2; ++k) {
            Config &c = configs[(r + k) % 2];
            QElapsedTimer t;
            t.start();
            const FilterDecision d = c.pipeline.evaluate(huge);
            c.pathologicalNs << double(t.nsecsElapsed());
            sink += quint64(d.text.size());
        }
    }

    std::printf("Read-aloud filters, FilterPipeline::evaluate(), %d chat messages (%d from the "
                "IRC bench corpus, %d Japanese reading lines; %.1f UTF-16 units each on "
                "average), median of %d interleaved rounds; sink %llu\n",
                kMessages, corpus.fromIrc, corpus.fromReading, double(corpus.textUnits) / kMessages,
                rounds, qulonglong(sink % 10));
    QStringList changed;
    for (const QString &id : filterStepIds()) {
        if (changedBy.contains(id))
            changed << u"%1 %2"_s.arg(id).arg(changedBy.value(id));
    }
    std::printf("  with all rules %d are spoken; messages each rule changed: %s\n", spoken,
                qPrintable(changed.join(u", ")));
    std::printf("  note: the baseline reads emoji with EmojiMode::Drop: the emoji rule cannot "
                "be switched off (evaluate() always runs readEmoji)\n");

    const auto perMessage = [](const Config &c) { return median(c.roundNs) / kMessages; };
    const double allNs = perMessage(configs[0]);
    const double baseNs = perMessage(configs[1]);
    bench::printRatio("filter_evaluate cost (ns/message)", allNs, baseNs, "ns/message");
    std::printf("  messages/s: all rules %.0f, baseline %.0f\n", 1e9 / allNs, 1e9 / baseNs);
    for (qsizetype k = 2; k < configs.size(); ++k) {
        const double ns = perMessage(configs[k]);
        std::printf("  baseline %-21s %6.0f ns/message (%+.0f ns, %.2fx)\n", configs[k].name, ns,
                    ns - baseNs, ns / baseNs);
    }
    const double ratio = allNs / baseNs;
    std::printf("all rules / baseline cost = %.2f× (goal ≤ 3×)\n", ratio);
    bench::printGoal("filter cost all rules / baseline", ratio, "x", "<= 3x", ratio <= 3);

    const auto peakMs = [](const Config &c) {
        return *std::max_element(c.pathologicalNs.cbegin(), c.pathologicalNs.cend()) / 1e6;
    };
    const QByteArray hugeName
        = QStringLiteral("pathological message peak (%1 MB, %2 emoji, worst of %3), ms")
              .arg(double(huge.text.toUtf8().size()) / 1e6, 0, 'f', 2)
              .arg(kPathologicalEmoji)
              .arg(pathologicalTries)
              .toUtf8();
    bench::printRatio(hugeName.constData(), peakMs(configs[0]), peakMs(configs[1]), "ms");
    return ratio <= 3 ? 0 : 2;
}
