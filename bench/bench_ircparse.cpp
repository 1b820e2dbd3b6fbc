// IRC parsing throughput: ChatVox's parser against tmi.js 1.8.5 (the JavaScript library most
// Twitch chat readers are built on), on the same 30,000 lines, on the same machine, in one run.
//
// The lines are a realistic mix built from tests/data/twitch and the demo log (mostly PRIVMSG
// with full tags, some USERNOTICE, CLEARMSG/CLEARCHAT, NOTICE, ROOMSTATE, PING), with fresh
// message ids. Both sides get the lines already split and in memory, so only parsing is timed:
//   irc_parse:  ours parseIrcLineInBuffer()  vs  tmi.js parser.msg()
//   irc_decode: ours + decodeTwitchMessage() (ChatMessage with unescaped tags, badges, emotes)
//               vs  tmi.js parser.msg() + what its client does to every message's tags
// Figures are the median of the rounds (machines are noisy). Goal (issue #8): >= 20x tmi.js.
//
// The baseline needs node and tmi.js: CHATVOX_TMI_JS=<folder of the tmi.js package>
// (scripts/dev bench installs tmi.js@1.8.5 with npm into a temporary folder).
#include "benchutil.h"
#include "chat/ircmessage.h"
#include "chat/twitchevents.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace chatvox;

namespace {

constexpr int kLines = 30000;

QList<QByteArray> sampleLines()
{
    QList<QByteArray> lines;
    const QString root = QStringLiteral(CHATVOX_SOURCE_DIR);
    const QStringList files{root + u"/tests/data/twitch/irc_samples.txt"_s,
                            root + u"/tests/data/twitch/replay/sample_chat.log"_s,
                            root + u"/resources/demo/demo_chat.log"_s};
    for (const QString &file : files) {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            qFatal("missing %s", qPrintable(file));
        for (QByteArray line : f.readAll().split('\n')) {
            line = line.trimmed();
            if (!line.isEmpty() && !line.startsWith('#') && !lines.contains(line))
                lines << line;
        }
    }
    return lines;
}

// "id=<old>;" -> "id=<fresh>;" so that no two chat lines are the same string.
QByteArray withFreshId(QByteArray line, QRandomGenerator &random)
{
    const qsizetype at = line.indexOf(";id=");
    if (at < 0)
        return line;
    const qsizetype end = line.indexOf(';', at + 4);
    if (end < 0)
        return line;
    char id[37];
    std::snprintf(id, sizeof id, "%08x-%04x-%04x-%04x-%012llx", random.generate(),
                  random.bounded(65536u), random.bounded(65536u), random.bounded(65536u),
                  qulonglong(random.generate64() & 0xffffffffffffULL));
    return line.left(at + 4) + QByteArray(id) + line.mid(end);
}

// The 30,000 lines: about 90 % chat (PRIVMSG), the rest what a busy channel also sends.
QByteArray makeLines()
{
    QList<QByteArray> chat, notices, moderation, other;
    for (const QByteArray &line : sampleLines()) {
        if (line.contains(" PRIVMSG "))
            chat << line;
        else if (line.contains(" USERNOTICE "))
            notices << line;
        else if (line.contains(" CLEARMSG ") || line.contains(" CLEARCHAT "))
            moderation << line;
        else
            other << line;
    }
    QRandomGenerator random(20261201);
    QByteArray out;
    for (int i = 0; i < kLines; ++i) {
        const quint32 roll = random.bounded(100u);
        const QList<QByteArray> &pool = roll < 90 ? chat
            : roll < 94                           ? notices
            : roll < 96                           ? moderation
                                                  : other;
        out += withFreshId(pool.at(random.bounded(quint32(pool.size()))), random);
        out += '\n';
    }
    return out;
}

double median(QList<double> v)
{
    return bench::percentile(std::move(v), 50);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int rounds = argc > 1 ? std::max(3, atoi(argv[1])) : 20;
    const QByteArray buffer = makeLines();
    QList<QPair<qsizetype, qsizetype>> spans; // (offset, length) of each line in buffer
    for (qsizetype start = 0; start < buffer.size();) {
        const qsizetype end = buffer.indexOf('\n', start);
        spans.append({start, end - start});
        start = end + 1;
    }

    // Baseline first (a separate process): node with tmi.js on the same lines.
    QList<double> tmiParseNs, tmiDecodeNs;
    QString nodeVersion;
    const QString tmiDir = qEnvironmentVariable("CHATVOX_TMI_JS");
    QTemporaryDir dir;
    if (!tmiDir.isEmpty()) {
        const QString linesFile = dir.filePath(u"lines.txt"_s);
        QFile f(linesFile);
        if (!f.open(QIODevice::WriteOnly) || f.write(buffer) != buffer.size())
            qFatal("cannot write %s", qPrintable(linesFile));
        f.close();
        QProcess node;
        node.start(u"node"_s,
                   {QStringLiteral(CHATVOX_BENCH_DIR) + u"/tmi_parse.js"_s, tmiDir, linesFile,
                    QString::number(rounds)});
        if (!node.waitForFinished(300000) || node.exitCode() != 0) {
            std::fprintf(stderr, "node failed: %s\n", node.readAllStandardError().constData());
            return 1;
        }
        const QJsonObject o = QJsonDocument::fromJson(node.readAllStandardOutput()).object();
        for (const QJsonValue &v : o.value("parse"_L1).toArray())
            tmiParseNs << v.toDouble();
        for (const QJsonValue &v : o.value("decode"_L1).toArray())
            tmiDecodeNs << v.toDouble();
        nodeVersion = o.value("node"_L1).toString();
        if (o.value("lines"_L1).toInt() != kLines || o.value("nulls"_L1).toInt() != 0) {
            std::fprintf(stderr, "tmi.js saw %d lines, %d unparsed\n", o.value("lines"_L1).toInt(),
                         o.value("nulls"_L1).toInt());
            return 1;
        }
    }

    // Ours: the same lines, as the live client sees them (one shared buffer, lines parsed in
    // place).
    int failures = 0;
    quint64 sink = 0;
    const auto parseRound = [&] {
        for (const auto &[from, length] : std::as_const(spans)) {
            const Result<IrcMessage> m = parseIrcLineInBuffer(buffer, from, length);
            if (m)
                sink += quint64(m->paramCount() + m->tagCount());
            else
                ++failures;
        }
    };
    const auto decodeRound = [&] {
        for (const auto &[from, length] : std::as_const(spans)) {
            const Result<IrcMessage> m = parseIrcLineInBuffer(buffer, from, length);
            if (!m)
                continue;
            const TwitchEvent event = decodeTwitchMessage(m.value());
            sink += quint64(event.index());
            if (const auto *chat = std::get_if<ChatMessage>(&event))
                sink += quint64(chat->text.size() + chat->badges.size() + chat->emotes.size());
        }
    };
    const auto time = [&](const auto &round) {
        QList<double> ns;
        for (int r = 0; r < 5; ++r)
            round(); // warm-up, like the JIT's
        for (int r = 0; r < rounds; ++r) {
            QElapsedTimer t;
            t.start();
            round();
            ns << double(t.nsecsElapsed());
        }
        return ns;
    };
    const QList<double> oursParseNs = time(parseRound);
    const QList<double> oursDecodeNs = time(decodeRound);
    if (failures != 0) {
        std::fprintf(stderr, "%d lines did not parse\n", failures / (rounds + 5));
        return 1;
    }

    const auto linesPerSecond = [](double ns) { return kLines / (ns / 1e9); };
    std::printf("IRC parsing, %d lines (%.1f MB), median of %d rounds; sink %llu\n", kLines,
                buffer.size() / 1e6, rounds, qulonglong(sink % 10));
    const double oursParse = linesPerSecond(median(oursParseNs));
    const double oursDecode = linesPerSecond(median(oursDecodeNs));
    if (tmiDir.isEmpty()) {
        std::printf("irc_parse: ours %.0f lines/s (baseline skipped: set CHATVOX_TMI_JS, or run "
                    "scripts/dev bench)\n",
                    oursParse);
        std::printf("irc_decode: ours %.0f lines/s (baseline skipped)\n", oursDecode);
        return 0;
    }
    const double tmiParse = linesPerSecond(median(tmiParseNs));
    const double tmiDecode = linesPerSecond(median(tmiDecodeNs));
    std::printf("baseline: tmi.js 1.8.5 on node %s\n", qPrintable(nodeVersion));
    bench::printRatio("irc_parse (lines/s)", oursParse, tmiParse, "lines/s");
    bench::printRatio("irc_decode (lines/s)", oursDecode, tmiDecode, "lines/s");
    std::printf("  per line: ours %.0f ns parse, %.0f ns decode; tmi.js %.0f ns, %.0f ns; "
                "parse throughput %.0f MB/s\n",
                median(oursParseNs) / kLines, median(oursDecodeNs) / kLines,
                median(tmiParseNs) / kLines, median(tmiDecodeNs) / kLines,
                buffer.size() / (median(oursParseNs) / 1e9) / 1e6);
    bench::printGoal("irc_parse vs tmi.js", oursParse / tmiParse, "x", ">= 20x",
                     oursParse / tmiParse >= 20);
    return 0;
}
