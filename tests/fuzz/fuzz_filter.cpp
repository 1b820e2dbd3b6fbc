// Fuzz target: the read-aloud filter pipeline (FilterPipeline with fuzzed settings and a fuzzed
// message), then the sentence splitter the speech queue applies to what it speaks.
//
// Input layout (FuzzInput; seeds in corpus/fuzz_filter/ are written by make_seeds.py):
//   5 bytes: flags (bit 0 ignoreKnownBots, 1 skipCommands, 2 stripEmotes, 3 replaceUrls,
//            4 namePrefix, 5 rateLimit, 6 lengthMode skip, 7 isAction), maxRepeat,
//            lengthLimit, rateLimitMessages, rateLimitSeconds
//   NUL-separated fields: text, login, displayName, emotes tag, NG words (lines), dictionary
//   (lines "word\treading"), urlReplacement, cutSuffix, namePrefixTemplate, command prefixes
//   (lines), ignored users (lines), nickname for the login, USERNOTICE msg-id, raw emote
//   ranges (bytes, 2 per range: unchecked positions as another producer might send them),
//   then (issue 18's reading rules; absent in older seeds, so 0 means the defaults) a byte
//   whose bits turn rules off (0 useDefaultDictionary, 1 dropKaomoji, 2 applause,
//   3 englishToKana, 4 readableNames, 5 emoji names → drop, 6-7 laughter wara → fufu, drop,
//   off), kaomojiReplacement, default dictionary lines replacing the shipped one (if any).

#include "chat/twitchevents.h"
#include "core/text.h"
#include "filter/filterpipeline.h"
#include "filter/filterrules.h"
#include "fuzzsupport.h"
#include "speech/textsplitter.h"

using namespace chatvox;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::quietLogging();
    fuzz::FuzzInput in(data, size);

    FilterSettings settings;
    const quint8 flags = in.takeByte();
    settings.ignoreKnownBots = flags & 0x01;
    settings.skipCommands = flags & 0x02;
    settings.stripEmotes = flags & 0x04;
    settings.replaceUrls = flags & 0x08;
    settings.namePrefix = flags & 0x10;
    settings.rateLimit = flags & 0x20;
    settings.lengthMode = (flags & 0x40) ? LengthLimitMode::Skip : LengthLimitMode::Cut;
    settings.maxRepeat = in.takeInt(0, 8);
    settings.lengthLimit = in.takeInt(0, 120);
    settings.rateLimitMessages = in.takeInt(1, 4);
    settings.rateLimitSeconds = in.takeInt(1, 60);

    ChatMessage message;
    message.isAction = flags & 0x80;
    message.id = QStringLiteral("fuzz-1");
    message.text = in.takeText();
    message.login = in.takeText().toLower();
    message.displayName = in.takeText();
    const QString emotesTag = in.takeText();
    settings.ngWords = in.takeLines();
    for (const QString &line : in.takeLines()) {
        const qsizetype tab = line.indexOf(u'\t');
        settings.dictionary.append({line.left(tab), tab < 0 ? QString() : line.mid(tab + 1)});
    }
    settings.urlReplacement = in.takeText();
    settings.cutSuffix = in.takeText();
    settings.namePrefixTemplate = in.takeText();
    settings.commandPrefixes = in.takeLines();
    settings.ignoredUsers = in.takeLines();
    const QString nickname = in.takeText();
    if (!nickname.isEmpty())
        settings.nicknames.insert(message.login, nickname);
    message.noticeKind = in.takeText();
    message.emotes = parseEmotes(emotesTag, codePointCount(message.text));
    const QByteArray rawRanges = in.takeField();
    for (qsizetype i = 0; i + 1 < rawRanges.size(); i += 2)
        message.emotes.append(
            {QStringLiteral("x"), int(qint8(rawRanges[i])) * 3, int(qint8(rawRanges[i + 1])) * 3});

    const quint8 off = in.takeByte();
    settings.useDefaultDictionary = !(off & 0x01);
    settings.dropKaomoji = !(off & 0x02);
    settings.applause = !(off & 0x04);
    settings.englishToKana = !(off & 0x08);
    settings.readableNames = !(off & 0x10);
    settings.emoji = (off & 0x20) ? EmojiMode::Drop : EmojiMode::Names;
    constexpr LaughterMode laughter[] = {LaughterMode::Wara, LaughterMode::Fufu,
                                         LaughterMode::Drop, LaughterMode::Off};
    settings.laughter = laughter[off >> 6];
    settings.kaomojiReplacement = in.takeText();
    const QStringList defaults = in.takeLines();
    if (!defaults.isEmpty()) {
        settings.defaultDictionary.clear();
        for (const QString &line : defaults) {
            const qsizetype tab = line.indexOf(u'\t');
            settings.defaultDictionary.append(
                {line.left(tab), tab < 0 ? QString() : line.mid(tab + 1)});
        }
    }

    FilterPipeline pipeline(settings);
    const FilterDecision decision = pipeline.evaluate(message);
    // Compiling the settings again gives the same decision.
    CHATVOX_FUZZ_CHECK(decision == applyFilters(message, settings));
    // The preview's steps: same decision; known steps in pipeline order, each a change; the
    // last one is the spoken text (or the whitespace-collapsed text before it).
    QList<FilterStep> steps;
    CHATVOX_FUZZ_CHECK(pipeline.evaluate(message, &steps) == decision);
    qsizetype lastStep = -1;
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const qsizetype at = filterStepIds().indexOf(steps[i].id);
        CHATVOX_FUZZ_CHECK(at > lastStep);
        lastStep = at;
        CHATVOX_FUZZ_CHECK(i == 0 || steps[i].text != steps[i - 1].text);
    }
    if (decision.speak && !steps.isEmpty())
        CHATVOX_FUZZ_CHECK(steps.back().text == decision.text
                           || collapseWhitespace(steps.back().text) == decision.text);
    if (decision.speak) {
        CHATVOX_FUZZ_CHECK(!decision.text.isEmpty());
        if (settings.lengthLimit > 0 && !settings.namePrefix) {
            const qsizetype limit = settings.lengthLimit
                + (settings.lengthMode == LengthLimitMode::Cut ? codePointCount(settings.cutSuffix)
                                                               : 0);
            CHATVOX_FUZZ_CHECK(codePointCount(decision.text) <= limit);
        }
        // What the speech queue does with it: pieces never over the split length.
        for (int maxChars : {1, 7, 80}) {
            for (const QString &piece : splitSentences(decision.text, maxChars))
                CHATVOX_FUZZ_CHECK(codePointCount(piece) <= maxChars);
        }
    } else {
        CHATVOX_FUZZ_CHECK(!decision.reasonId().isEmpty());
    }
    (void)decision.toUtterance(message, 3);

    // The same viewer again and again: the rate limit decides, nothing else changes.
    for (qint64 nowMs : {0, 10, 1000, 100000}) {
        const FilterDecision again = pipeline.process(message, nowMs);
        if (!settings.rateLimit)
            CHATVOX_FUZZ_CHECK(again == decision);
        else if (!(again == decision))
            CHATVOX_FUZZ_CHECK(again.reason == SkipReason::RateLimit);
    }
    return 0;
}
