// How a REAL engine reads real chat after the default filters: every line of
// tests/data/filter/reading_corpus.jsonl goes through FilterPipeline(FilterSettings{}) and then
// the engine's POST /audio_query, and the reading (the accent phrases' mora texts and the "kana"
// field) is checked:
//   - when the filter speaks, the engine reads something (nonEmpty);
//   - no English word of the line (3+ letters, not an all-capital acronym) is spelled letter by
//     letter: the engine's own letter names (asked once: /audio_query?text=A ... Z) in sequence,
//     e.g. "nice" → エヌアイシイイイ;
//   - no オメガ (the ω of a kaomoji), none of the line's mustNotContain;
//   - every "natural" entry is in the reading.
// Long vowels are compared loosely (ー = the vowel before it, コウ = コー, ケイ = ケー): the
// engine writes ストリーム as ス ト リ イ ム.
//
// Runs only with CHATVOX_TEST_ENGINE_URL set (e.g. http://127.0.0.1:50021); skips otherwise.
// Each line prints "text → filter text → kana". With CHATVOX_READING_REPORT=1 it only reports
// (failed checks are printed as "WOULD FAIL:"), without it every failed check fails the line.
// The last line is the summary "natural readings: N of M".

#include "core/chatmessage.h"
#include "filter/filterpipeline.h"
#include "filter/filtersettings.h"
#include "speech/voicevoxclient.h"
#include "speech/voicevoxprotocol.h"
#include "speechtestutil.h"

#include <memory>

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QStringList>
#include <QTest>

using namespace chatvox;
using namespace chatvox::test;

namespace {

struct CorpusLine
{
    QString text;
    QStringList mustNotContain;
    bool nonEmpty = true;
    QStringList natural;
};

QList<CorpusLine> readCorpus()
{
    QList<CorpusLine> lines;
    const QList<QByteArray> raw = readTestData(u"filter/reading_corpus.jsonl"_s).split('\n');
    for (const QByteArray &line : raw) {
        const QByteArray trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith('#'))
            continue;
        QJsonParseError error;
        const QJsonObject object = QJsonDocument::fromJson(trimmed, &error).object();
        if (error.error != QJsonParseError::NoError)
            qFatal("reading_corpus.jsonl: bad line %s: %s", trimmed.constData(),
                   qPrintable(error.errorString()));
        CorpusLine entry;
        entry.text = object.value("text"_L1).toString();
        for (const QJsonValue &value : object.value("mustNotContain"_L1).toArray())
            entry.mustNotContain.append(value.toString());
        entry.nonEmpty = object.value("nonEmpty"_L1).toBool(true);
        for (const QJsonValue &value : object.value("natural"_L1).toArray())
            entry.natural.append(value.toString());
        lines.append(entry);
    }
    return lines;
}

// The vowel of a katakana (for long vowels); 0 for ン, ッ and anything else.
QChar vowelOf(QChar kana)
{
    static const QHash<QChar, QChar> table = [] {
        QHash<QChar, QChar> t;
        const auto row = [&t](QStringView chars, QChar vowel) {
            for (const QChar c : chars)
                t.insert(c, vowel);
        };
        row(u"アカサタナハマヤラワガザダバパァャヮヵ", u'ア');
        row(u"イキシチニヒミリギジヂビピィ", u'イ');
        row(u"ウクスツヌフムユルグズヅブプゥュヴ", u'ウ');
        row(u"エケセテネヘメレゲゼデベペェヶ", u'エ');
        row(u"オコソトノホモヨロヲゴゾドボポォョ", u'オ');
        return t;
    }();
    return table.value(kana);
}

// Katakana with hiragana folded to katakana, accent marks and pauses dropped, and long vowels
// spelled one way: ー → the vowel before it, オウ-row → オオ, エイ-row → エエ.
QString normalizedKana(const QString &text)
{
    QString out;
    for (QChar c : text.normalized(QString::NormalizationForm_KC)) {
        if (c >= QChar(0x3041) && c <= QChar(0x3096))
            c = QChar(c.unicode() + 0x60); // hiragana → katakana
        if (c == u'\'' || c == u'/' || c == u'、' || c == u'_' || c == u' ')
            continue;
        const QChar before = out.isEmpty() ? QChar() : vowelOf(out.back());
        if (c == u'ー' || c == u'〜' || c == u'～') {
            if (!before.isNull())
                out.append(before);
            continue;
        }
        if ((c == u'ウ' && before == u'オ') || (c == u'イ' && before == u'エ')) {
            out.append(before);
            continue;
        }
        out.append(c);
    }
    return out;
}

// The accent phrases' mora texts (no pauses), joined.
QString moraText(const QJsonObject &audioQuery)
{
    QString text;
    for (const QJsonValue &phrase : audioQuery.value("accent_phrases"_L1).toArray()) {
        for (const QJsonValue &mora : phrase.toObject().value("moras"_L1).toArray())
            text += mora.toObject().value("text"_L1).toString();
    }
    return text;
}

// English words whose letter-by-letter reading would be wrong: 3+ ASCII letters (after NFKC,
// so ｗｗｗ is "www"), not an all-capital acronym (GGWP, OBS stay letters by design).
QStringList spellableWords(const QString &text)
{
    static const QRegularExpression word(u"[A-Za-z]{3,}"_s);
    QStringList words;
    const QString folded = text.normalized(QString::NormalizationForm_KC);
    for (auto it = word.globalMatch(folded); it.hasNext();) {
        const QString w = it.next().captured();
        if (w != w.toUpper())
            words.append(w);
    }
    words.removeDuplicates();
    return words;
}

} // namespace

class TestReadingConformance : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void reading_data();
    void reading();
    void cleanupTestCase();

private:
    QString spelled(const QString &word) const;

    QUrl m_url;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<VoicevoxClient> m_client;
    qint64 m_style = 0;
    QHash<QChar, QString> m_letterNames; // 'A' → エイ (normalized), from the engine
    bool m_reportOnly = false;
    int m_lines = 0;
    int m_natural = 0;
    QStringList m_failing;
};

void TestReadingConformance::initTestCase()
{
    const QString url = qEnvironmentVariable("CHATVOX_TEST_ENGINE_URL");
    if (url.isEmpty())
        QSKIP("CHATVOX_TEST_ENGINE_URL is not set: set it to a running VOICEVOX-API engine "
              "(e.g. http://127.0.0.1:50021) to check how it reads the chat corpus");
    m_reportOnly = qEnvironmentVariableIntValue("CHATVOX_READING_REPORT") != 0;
    m_url = QUrl(url);
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<VoicevoxClient>(m_nam.get(), m_url);
    m_client->setRequestTimeout(60000);
    m_client->setProbeTimeout(10000);
    const auto version = await(m_client->version(), 15000);
    if (!version.ok)
        QFAIL(
            qPrintable(u"the engine at %1 does not answer: %2"_s.arg(url, version.error.message)));

    // Like the app: enable_katakana_english (on) only when the engine lists it.
    const auto openApi = await(m_client->openApi(), 15000);
    const bool katakanaEnglish = openApi.ok
        && voicevox::openApiHasQueryParameter(openApi.value, "/audio_query"_L1,
                                              voicevox::kKatakanaEnglishParameter);
    m_client->setKatakanaEnglishSupported(katakanaEnglish);

    const auto styles = await(m_client->speakers(), 30000);
    QVERIFY2(styles.ok, qPrintable(styles.error.message));
    bool found = false;
    for (const SpeakerStyle &style : styles.value) {
        if (style.type.isEmpty() || style.type == "talk"_L1) {
            m_style = style.id;
            found = true;
            break;
        }
    }
    QVERIFY2(found, "the engine has no talk style");
    qInfo("engine %s version %s, style %lld, enable_katakana_english %s%s", qPrintable(url),
          qPrintable(version.value), m_style, katakanaEnglish ? "supported" : "not supported",
          m_reportOnly ? " (report only)" : "");

    // The engine's own names of the letters, as it reads them one by one in a word.
    for (char16_t c = u'A'; c <= u'Z'; ++c) {
        const auto query = await(m_client->audioQuery(QString(QChar(c)), m_style), 30000);
        QVERIFY2(query.ok, qPrintable(query.error.message));
        const QString name = normalizedKana(moraText(query.value));
        QVERIFY2(!name.isEmpty(), qPrintable(u"no reading of the letter %1"_s.arg(QChar(c))));
        m_letterNames.insert(QChar(c), name);
    }
}

QString TestReadingConformance::spelled(const QString &word) const
{
    QString out;
    for (const QChar c : word.toUpper())
        out += m_letterNames.value(c);
    return out;
}

void TestReadingConformance::reading_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("mustNotContain");
    QTest::addColumn<bool>("nonEmpty");
    QTest::addColumn<QStringList>("natural");
    const QList<CorpusLine> corpus = readCorpus();
    QVERIFY(corpus.size() >= 40);
    int n = 0;
    for (const CorpusLine &line : corpus) {
        QTest::addRow("%02d %s", ++n, qPrintable(line.text))
            << line.text << line.mustNotContain << line.nonEmpty << line.natural;
    }
}

void TestReadingConformance::reading()
{
    QFETCH(QString, text);
    QFETCH(QStringList, mustNotContain);
    QFETCH(bool, nonEmpty);
    QFETCH(QStringList, natural);

    ChatMessage message;
    message.id = u"reading-corpus"_s;
    message.channel = u"streamer"_s;
    message.login = u"viewer"_s;
    message.displayName = u"viewer"_s;
    message.text = text;
    const FilterPipeline pipeline{FilterSettings{}};
    const FilterDecision decision = pipeline.evaluate(message);

    QString kana;
    QString moras;
    if (decision.speak) {
        const auto query = await(m_client->audioQuery(decision.text, m_style), 60000);
        QVERIFY2(query.ok, qPrintable(query.error.message)); // the engine itself: always fails
        kana = query.value.value("kana"_L1).toString();
        moras = moraText(query.value);
    }
    qInfo("%s → %s → %s", qPrintable(text),
          qPrintable(decision.speak ? decision.text : u"(not read: %1)"_s.arg(decision.reasonId())),
          qPrintable(decision.speak ? kana : u"—"_s));

    // Both spellings of the reading, normalized.
    const QStringList readings{normalizedKana(moras), normalizedKana(kana)};
    const auto inReading = [&readings](const QString &part) {
        const QString needle = normalizedKana(part);
        return !needle.isEmpty()
            && std::any_of(readings.cbegin(), readings.cend(),
                           [&needle](const QString &r) { return r.contains(needle); });
    };

    QStringList problems;
    if (decision.speak && nonEmpty && readings.first().isEmpty() && readings.last().isEmpty())
        problems.append(u"the engine read nothing of \"%1\""_s.arg(decision.text));
    for (const QString &word : spellableWords(text)) {
        const QString letters = spelled(word);
        if (std::any_of(readings.cbegin(), readings.cend(),
                        [&letters](const QString &r) { return r.contains(letters); }))
            problems.append(u"\"%1\" spelled letter by letter (%2)"_s.arg(word, letters));
    }
    QStringList forbidden = mustNotContain;
    if (!forbidden.contains(u"オメガ"_s))
        forbidden.append(u"オメガ"_s);
    for (const QString &part : std::as_const(forbidden)) {
        if (inReading(part))
            problems.append(u"reads %1"_s.arg(part));
    }
    for (const QString &part : std::as_const(natural)) {
        if (!inReading(part))
            problems.append(u"no %1"_s.arg(part));
    }

    ++m_lines;
    if (problems.isEmpty()) {
        ++m_natural;
        return;
    }
    m_failing.append(u"%1: %2"_s.arg(text, problems.join(u"; "_s)));
    if (m_reportOnly) {
        qInfo("WOULD FAIL: %s", qPrintable(problems.join(u"; "_s)));
        return;
    }
    QFAIL(qPrintable(problems.join(u"; "_s)));
}

void TestReadingConformance::cleanupTestCase()
{
    if (m_lines == 0)
        return;
    for (const QString &line : std::as_const(m_failing))
        qInfo("not natural: %s", qPrintable(line));
    qInfo("natural readings: %d of %d", m_natural, m_lines);
}

QTEST_GUILESS_MAIN(TestReadingConformance)
#include "tst_reading_conformance.moc"
