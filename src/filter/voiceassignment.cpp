#include "filter/voiceassignment.h"

#include "filter/filterrules.h" // foldForMatching

using namespace Qt::StringLiterals;

namespace chatvox {

std::optional<qint64> stableStyleForViewer(QStringView userId, const QList<qint64> &styles)
{
    if (styles.isEmpty())
        return std::nullopt;
    quint64 hash = 14695981039346656037ull; // FNV-1a 64
    for (const char byte : userId.toUtf8()) {
        hash ^= quint8(byte);
        hash *= 1099511628211ull;
    }
    return styles.at(qsizetype(hash % quint64(styles.size())));
}

VoiceCommand parseVoiceCommand(QStringView text, QStringView prefix, QStringView name)
{
    VoiceCommand command;
    QStringView t = text.trimmed();
    const QString head = prefix.toString() + name.toString();
    if (head.size() < 2 || !t.startsWith(head, Qt::CaseInsensitive))
        return command;
    t = t.sliced(head.size());
    if (!t.isEmpty() && !t.front().isSpace())
        return command; // "!voices" is another command
    const QString rest = t.trimmed().toString().simplified();
    if (rest.isEmpty()) {
        command.kind = VoiceCommand::Kind::Show;
        return command;
    }
    const QStringList words = rest.split(u' ');
    const QString first = words.constFirst().toLower();
    if (first == u"reset" || first == u"default" || first == u"リセット") {
        if (words.size() >= 2) {
            QString login = words.at(1);
            if (login.startsWith(u'@'))
                login.remove(0, 1);
            command.kind = VoiceCommand::Kind::ResetOther;
            command.argument = login.toLower();
        } else {
            command.kind = VoiceCommand::Kind::Reset;
        }
        return command;
    }
    command.kind = VoiceCommand::Kind::Choose;
    command.argument = rest;
    return command;
}

QString voiceDisplayName(const SpeakerStyle &style)
{
    if (style.styleName.isEmpty())
        return style.speakerName;
    return style.speakerName + u"（"_s + style.styleName + u"）"_s;
}

std::optional<SpeakerStyle> matchVoiceChoice(QStringView argument,
                                             const QList<SpeakerStyle> &styles)
{
    const QString wanted = foldForMatching(argument.trimmed()).remove(u' ');
    if (wanted.isEmpty())
        return std::nullopt;
    bool isNumber = false;
    const qint64 id = wanted.toLongLong(&isNumber);
    if (isNumber) {
        for (const SpeakerStyle &s : styles) {
            if (s.id == id)
                return s;
        }
        return std::nullopt;
    }
    const auto fold = [](const QString &s) { return foldForMatching(s).remove(u' '); };
    for (const SpeakerStyle &s : styles) {
        const QString speaker = fold(s.speakerName);
        const QString style = fold(s.styleName);
        if (wanted == speaker + style || wanted == speaker + u"（"_s + style + u"）"_s
            || wanted == speaker + u"("_s + style + u")"_s)
            return s;
    }
    // A style name alone, when only one speaker has it ("ささやき" is ambiguous, "ツンツン" not).
    std::optional<SpeakerStyle> byStyle;
    int byStyleCount = 0;
    for (const SpeakerStyle &s : styles) {
        if (fold(s.styleName) == wanted) {
            byStyle = s;
            ++byStyleCount;
        }
    }
    if (byStyleCount == 1)
        return byStyle;
    for (const SpeakerStyle &s : styles) {
        if (fold(s.speakerName) == wanted)
            return s; // the speaker's first style
    }
    return std::nullopt;
}

} // namespace chatvox
