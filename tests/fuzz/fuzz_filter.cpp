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
//   ranges (bytes, 2 per range: unchecked positions as another producer might send them).

#include "chat/twitchevents.h"
#include "core/text.h"
#include "filter/filterpipeline.h"
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

    FilterPipeline pipeline(settings);
    const FilterDecision decision = pipeline.evaluate(message);
    // Compiling the settings again gives the same decision.
    CHATVOX_FUZZ_CHECK(decision == applyFilters(message, settings));
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
