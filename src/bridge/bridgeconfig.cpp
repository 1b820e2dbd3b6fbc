#include "bridgeconfig.h"

#include <algorithm>
#include <cmath>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

using namespace Qt::StringLiterals;

namespace chatvox {

namespace {

// Translation context of this file's texts.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(chatvox::BridgeConfig)
};

// Collects the first error with the place it was found at ("actions[2].cooldown.user").
class Checker
{
public:
    bool failed() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }
    void fail(const QString &where, const QString &what)
    {
        if (m_error.isEmpty())
            m_error = where.isEmpty() ? what : where + u": "_s + what;
    }

    bool onlyKeys(const QJsonObject &object, const QString &where, const QStringList &allowed)
    {
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!allowed.contains(it.key())) {
                fail(where,
                     Text::tr("unknown setting \"%1\" (known here: %2)")
                         .arg(it.key(), allowed.join(u", "_s)));
                return false;
            }
        }
        return true;
    }

    std::optional<bool> boolean(const QJsonValue &v, const QString &where)
    {
        if (!v.isBool()) {
            fail(where, Text::tr("must be true or false"));
            return std::nullopt;
        }
        return v.toBool();
    }

    std::optional<QString> string(const QJsonValue &v, const QString &where, int minLength,
                                  int maxLength)
    {
        if (!v.isString()) {
            fail(where, Text::tr("must be a text in quotes"));
            return std::nullopt;
        }
        const QString s = v.toString();
        if (s.size() < minLength || s.size() > maxLength) {
            fail(where, Text::tr("must be %1 to %2 characters long").arg(minLength).arg(maxLength));
            return std::nullopt;
        }
        for (QChar c : s) {
            if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format) {
                fail(where,
                     Text::tr("must not contain control or invisible formatting characters"));
                return std::nullopt;
            }
        }
        return s;
    }

    // A number of the given unit, returned scaled (seconds → ms with scale 1000).
    std::optional<int> number(const QJsonValue &v, const QString &where, double min, double max,
                              double scale, bool whole)
    {
        if (!v.isDouble() || !std::isfinite(v.toDouble())) {
            fail(where, Text::tr("must be a number"));
            return std::nullopt;
        }
        const double d = v.toDouble();
        if (whole && d != std::floor(d)) {
            fail(where, Text::tr("must be a whole number"));
            return std::nullopt;
        }
        if (d < min || d > max) {
            fail(where, Text::tr("must be from %1 to %2").arg(min).arg(max));
            return std::nullopt;
        }
        return int(std::lround(d * scale));
    }

    std::optional<QJsonObject> object(const QJsonValue &v, const QString &where)
    {
        if (!v.isObject()) {
            fail(where, Text::tr("must be an object { … }"));
            return std::nullopt;
        }
        return v.toObject();
    }

    std::optional<QJsonArray> array(const QJsonValue &v, const QString &where, int minSize,
                                    int maxSize)
    {
        if (!v.isArray()) {
            fail(where, Text::tr("must be a list [ … ]"));
            return std::nullopt;
        }
        const QJsonArray a = v.toArray();
        if (a.size() < minSize || a.size() > maxSize) {
            fail(where, Text::tr("must hold %1 to %2 entries").arg(minSize).arg(maxSize));
            return std::nullopt;
        }
        return a;
    }

private:
    QString m_error;
};

QString at(const QString &where, const QString &key)
{
    return where.isEmpty() ? key : where + u'.' + key;
}

QString at(const QString &where, qsizetype index)
{
    return where + u'[' + QString::number(index) + u']';
}

bool hasWhitespace(QStringView s)
{
    return std::any_of(s.begin(), s.end(), [](QChar c) { return c.isSpace(); });
}

std::optional<KeyStep> parseKeyStep(Checker &check, const QJsonValue &v, const QString &where,
                                    int holdMs)
{
    const std::optional<QString> spec = check.string(v, where, 1, 200);
    if (!spec)
        return std::nullopt;
    KeyStep step;
    step.holdMs = holdMs;
    for (const QString &part : spec->split(u'+')) {
        const QString name = part.trimmed();
        const std::optional<ScanKey> key = scanKeyForName(name);
        if (!key) {
            check.fail(where,
                       name.isEmpty()
                           ? Text::tr("a key name is missing around \"+\"")
                           : Text::tr("unknown key \"%1\" (keys are named like Space, A, 1, "
                                      "LShift, Ctrl, Up, F5, Numpad0)")
                                 .arg(name));
            return std::nullopt;
        }
        if (step.keys.contains(*key)) {
            check.fail(where, Text::tr("the key \"%1\" is pressed twice in one combo").arg(name));
            return std::nullopt;
        }
        step.names << name;
        step.keys << *key;
    }
    if (step.keys.size() > kMaxKeysPerStep) {
        check.fail(where, Text::tr("at most %1 keys can be pressed together").arg(kMaxKeysPerStep));
        return std::nullopt;
    }
    return step;
}

std::optional<QList<KeyStep>> parseKeyList(Checker &check, const QJsonValue &v,
                                           const QString &where, int holdMs)
{
    const std::optional<QJsonArray> list = check.array(v, where, 1, kMaxSteps);
    if (!list)
        return std::nullopt;
    QList<KeyStep> steps;
    for (qsizetype i = 0; i < list->size(); ++i) {
        const std::optional<KeyStep> step = parseKeyStep(check, list->at(i), at(where, i), holdMs);
        if (!step)
            return std::nullopt;
        steps << *step;
    }
    return steps;
}

std::optional<QStringList> parseArgs(Checker &check, const QJsonValue &v, const QString &where)
{
    const std::optional<QJsonArray> list = check.array(v, where, 0, kMaxScriptArgs);
    if (!list)
        return std::nullopt;
    QStringList args;
    for (qsizetype i = 0; i < list->size(); ++i) {
        const std::optional<QString> arg
            = check.string(list->at(i), at(where, i), 0, kMaxScriptArgLength);
        if (!arg)
            return std::nullopt;
        args << *arg;
    }
    return args;
}

std::optional<Permission> permissionFromName(QStringView name)
{
    for (Permission p : {Permission::Everyone, Permission::Subscriber, Permission::Vip,
                         Permission::Moderator, Permission::Broadcaster}) {
        if (name == permissionName(p))
            return p;
    }
    return std::nullopt;
}

bool isValidId(QStringView id)
{
    return std::all_of(id.begin(), id.end(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')
            || c == u'_' || c == u'-' || c == u'.';
    });
}

std::optional<Action> parseAction(Checker &check, const QJsonValue &value, const QString &where,
                                  const QString &scriptsFolder)
{
    const std::optional<QJsonObject> o = check.object(value, where);
    if (!o
        || !check.onlyKeys(*o, where,
                           {u"id"_s, u"kind"_s, u"keys"_s, u"holdMs"_s, u"gapMs"_s, u"script"_s,
                            u"args"_s, u"timeout"_s, u"choices"_s, u"triggers"_s, u"permission"_s,
                            u"cooldown"_s}))
        return std::nullopt;
    Action a;

    const std::optional<QString> id = check.string(o->value(u"id"), at(where, u"id"_s), 1, 64);
    if (!id)
        return std::nullopt;
    if (!isValidId(*id)) {
        check.fail(at(where, u"id"_s),
                   Text::tr("may use only letters a-z, digits, \"_\", \"-\", \".\""));
        return std::nullopt;
    }
    a.id = *id;
    const QString here = where + u" (\""_s + a.id + u"\")"_s;

    const QString kind = o->value(u"kind").toString();
    if (kind == u"keys") {
        a.kind = Action::Kind::Keys;
    } else if (kind == u"script") {
        a.kind = Action::Kind::Script;
    } else {
        check.fail(at(here, u"kind"_s), Text::tr("must be \"keys\" or \"script\""));
        return std::nullopt;
    }
    const bool keys = a.kind == Action::Kind::Keys;
    const auto onlyFor = [&](const QString &key) {
        if (o->contains(key)) {
            check.fail(at(here, key),
                       keys ? Text::tr("belongs to actions of kind \"script\"")
                            : Text::tr("belongs to actions of kind \"keys\""));
            return false;
        }
        return true;
    };
    if (keys ? !(onlyFor(u"script"_s) && onlyFor(u"args"_s) && onlyFor(u"timeout"_s))
             : !(onlyFor(u"keys"_s) && onlyFor(u"holdMs"_s) && onlyFor(u"gapMs"_s)))
        return std::nullopt;

    if (o->contains(u"holdMs")) {
        const auto hold
            = check.number(o->value(u"holdMs"), at(here, u"holdMs"_s), 0, kMaxHoldMs, 1, true);
        if (!hold)
            return std::nullopt;
        a.holdMs = *hold;
    }
    if (o->contains(u"gapMs")) {
        const auto gap
            = check.number(o->value(u"gapMs"), at(here, u"gapMs"_s), 0, kMaxGapMs, 1, true);
        if (!gap)
            return std::nullopt;
        a.gapMs = *gap;
    }
    if (o->contains(u"timeout")) {
        const auto timeout = check.number(o->value(u"timeout"), at(here, u"timeout"_s), 1,
                                          kMaxScriptTimeoutMs / 1000, 1000, false);
        if (!timeout)
            return std::nullopt;
        a.timeoutMs = *timeout;
    }

    if (keys && o->contains(u"keys")) {
        const auto steps = parseKeyList(check, o->value(u"keys"), at(here, u"keys"_s), a.holdMs);
        if (!steps)
            return std::nullopt;
        a.payload.steps = *steps;
    }
    if (!keys) {
        const std::optional<QString> script
            = check.string(o->value(u"script"), at(here, u"script"_s), 1, 200);
        if (!script)
            return std::nullopt;
        if (script->contains(u'/') || script->contains(u'\\') || script->contains(u':')
            || *script == u".." || !script->endsWith(u".ps1", Qt::CaseInsensitive)) {
            check.fail(at(here, u"script"_s),
                       Text::tr("must be the file name of a .ps1 script in the scripts folder, "
                                "without a folder"));
            return std::nullopt;
        }
        const QFileInfo file(QDir(scriptsFolder).filePath(*script));
        if (!file.isFile()) {
            check.fail(at(here, u"script"_s),
                       Text::tr("there is no script %1 in the scripts folder %2")
                           .arg(*script, QDir::toNativeSeparators(scriptsFolder)));
            return std::nullopt;
        }
        // A link pointing out of the folder would defeat the allow-list.
        const QString folder = QFileInfo(scriptsFolder).canonicalFilePath();
        if (folder.isEmpty() || QFileInfo(file.canonicalFilePath()).absolutePath() != folder) {
            check.fail(at(here, u"script"_s),
                       Text::tr("%1 must be a file inside the scripts folder, not a link out of it")
                           .arg(*script));
            return std::nullopt;
        }
        a.script = *script;
        if (o->contains(u"args")) {
            const auto args = parseArgs(check, o->value(u"args"), at(here, u"args"_s));
            if (!args)
                return std::nullopt;
            a.payload.args = *args;
        }
    }

    if (o->contains(u"choices")) {
        const auto choices = check.object(o->value(u"choices"), at(here, u"choices"_s));
        if (!choices)
            return std::nullopt;
        if (choices->isEmpty() || choices->size() > 64) {
            check.fail(at(here, u"choices"_s), Text::tr("must hold 1 to 64 choices"));
            return std::nullopt;
        }
        for (auto it = choices->begin(); it != choices->end(); ++it) {
            const QString cw = at(at(here, u"choices"_s), it.key());
            const QString word = asciiLower(it.key());
            if (word.isEmpty() || word.size() > 32 || hasWhitespace(word)
                || !check.string(QJsonValue(word), cw, 1, 32)) {
                check.fail(cw, Text::tr("a choice must be one word of 1 to 32 characters"));
                return std::nullopt;
            }
            if (a.choice(word)) {
                check.fail(cw, Text::tr("the choice \"%1\" is declared twice").arg(word));
                return std::nullopt;
            }
            ActionChoice choice;
            choice.word = word;
            QJsonValue data = it.value();
            if (data.isObject()) {
                const QJsonObject co = data.toObject();
                if (!check.onlyKeys(co, cw,
                                    keys ? QStringList{u"keys"_s, u"holdMs"_s}
                                         : QStringList{u"args"_s}))
                    return std::nullopt;
                int hold = a.holdMs;
                if (co.contains(u"holdMs")) {
                    const auto h = check.number(co.value(u"holdMs"), at(cw, u"holdMs"_s), 0,
                                                kMaxHoldMs, 1, true);
                    if (!h)
                        return std::nullopt;
                    hold = *h;
                }
                if (keys) {
                    const auto steps
                        = parseKeyList(check, co.value(u"keys"), at(cw, u"keys"_s), hold);
                    if (!steps)
                        return std::nullopt;
                    choice.payload.steps = *steps;
                } else {
                    const auto args = parseArgs(check, co.value(u"args"), at(cw, u"args"_s));
                    if (!args)
                        return std::nullopt;
                    choice.payload.args = *args;
                }
            } else if (data.isArray()) {
                if (keys) {
                    const auto steps = parseKeyList(check, data, cw, a.holdMs);
                    if (!steps)
                        return std::nullopt;
                    choice.payload.steps = *steps;
                } else {
                    const auto args = parseArgs(check, data, cw);
                    if (!args)
                        return std::nullopt;
                    choice.payload.args = *args;
                }
            } else {
                check.fail(
                    cw,
                    keys ? Text::tr("must be a list of keys, or {\"keys\": […], \"holdMs\": N}")
                         : Text::tr("must be a list of arguments, or {\"args\": […]}"));
                return std::nullopt;
            }
            a.choices << choice;
        }
        // In word order: the order of the file's keys depends on how they were spelt ("Red"
        // sorts before "blue"), and the saved file spells them lower-case (found by
        // fuzz_bridge: a file with "Red" came back different after saving).
        std::sort(a.choices.begin(), a.choices.end(),
                  [](const ActionChoice &x, const ActionChoice &y) { return x.word < y.word; });
    }
    if (keys) {
        a.hasDefault = !a.payload.steps.isEmpty();
        if (!a.hasDefault && a.choices.isEmpty()) {
            check.fail(here, Text::tr("a keys action needs \"keys\" or \"choices\""));
            return std::nullopt;
        }
    } else {
        a.hasDefault = a.choices.isEmpty() || o->contains(u"args");
    }

    const auto triggers = check.array(o->value(u"triggers"), at(here, u"triggers"_s), 1, 16);
    if (!triggers)
        return std::nullopt;
    for (qsizetype i = 0; i < triggers->size(); ++i) {
        const QString tw = at(at(here, u"triggers"_s), i);
        const auto t = check.object(triggers->at(i), tw);
        if (!t || !check.onlyKeys(*t, tw, {u"command"_s, u"reward"_s}))
            return std::nullopt;
        if (t->size() != 1) {
            check.fail(tw, Text::tr("must be {\"command\": \"!word\"} or {\"reward\": \"title\"}"));
            return std::nullopt;
        }
        ActionTrigger trigger;
        if (t->contains(u"command")) {
            const auto command = check.string(t->value(u"command"), at(tw, u"command"_s), 1, 32);
            if (!command)
                return std::nullopt;
            if (hasWhitespace(*command)) {
                check.fail(at(tw, u"command"_s), Text::tr("a command is one word, such as !jump"));
                return std::nullopt;
            }
            trigger.command = asciiLower(*command);
            if (trigger.command == kBridgeCommand || trigger.command == kStopCommand) {
                check.fail(at(tw, u"command"_s),
                           Text::tr("%1 is kept for moderators (!bridge on|off, !stop)")
                               .arg(trigger.command));
                return std::nullopt;
            }
        } else {
            const auto reward = check.string(t->value(u"reward"), at(tw, u"reward"_s), 1, 100);
            if (!reward)
                return std::nullopt;
            trigger.reward = reward->trimmed();
        }
        a.triggers << trigger;
    }

    if (o->contains(u"permission")) {
        const std::optional<Permission> p = permissionFromName(o->value(u"permission").toString());
        if (!p) {
            check.fail(
                at(here, u"permission"_s),
                Text::tr("must be one of everyone, subscriber, vip, moderator, broadcaster"));
            return std::nullopt;
        }
        a.permission = *p;
    }
    if (o->contains(u"cooldown")) {
        const QString cw = at(here, u"cooldown"_s);
        const auto cooldown = check.object(o->value(u"cooldown"), cw);
        if (!cooldown || !check.onlyKeys(*cooldown, cw, {u"user"_s, u"global"_s}))
            return std::nullopt;
        if (cooldown->contains(u"user")) {
            const auto ms
                = check.number(cooldown->value(u"user"), at(cw, u"user"_s), 0, 86400, 1000, false);
            if (!ms)
                return std::nullopt;
            a.userCooldownMs = *ms;
        }
        if (cooldown->contains(u"global")) {
            const auto ms = check.number(cooldown->value(u"global"), at(cw, u"global"_s), 0, 86400,
                                         1000, false);
            if (!ms)
                return std::nullopt;
            a.globalCooldownMs = *ms;
        }
    }
    return a;
}

QJsonArray keyListToJson(const QList<KeyStep> &steps)
{
    QJsonArray list;
    for (const KeyStep &step : steps)
        list.append(step.names.join(u'+'));
    return list;
}

} // namespace

const ActionChoice *Action::choice(QStringView word) const
{
    for (const ActionChoice &c : choices) {
        if (c.word == word)
            return &c;
    }
    return nullptr;
}

const ActionPayload *Action::payloadFor(QStringView word) const
{
    if (word.isEmpty())
        return hasDefault ? &payload : nullptr;
    const ActionChoice *c = choice(word);
    return c ? &c->payload : nullptr;
}

const Action *BridgeConfig::action(QStringView id) const
{
    for (const Action &a : actions) {
        if (a.id == id)
            return &a;
    }
    return nullptr;
}

QString permissionName(Permission permission)
{
    switch (permission) {
    case Permission::Everyone:
        return u"everyone"_s;
    case Permission::Subscriber:
        return u"subscriber"_s;
    case Permission::Vip:
        return u"vip"_s;
    case Permission::Moderator:
        return u"moderator"_s;
    case Permission::Broadcaster:
        return u"broadcaster"_s;
    }
    return {};
}

QString modeName(BridgeConfig::Mode mode)
{
    return mode == BridgeConfig::Mode::Democracy ? u"democracy"_s : u"anarchy"_s;
}

std::optional<BridgeConfig::Mode> modeFromName(QStringView name)
{
    if (name == u"anarchy")
        return BridgeConfig::Mode::Anarchy;
    if (name == u"democracy")
        return BridgeConfig::Mode::Democracy;
    return std::nullopt;
}

QString asciiLower(QStringView text)
{
    QString out = text.toString();
    for (QChar &c : out) {
        if (c >= u'A' && c <= u'Z')
            c = QChar(c.unicode() + (u'a' - u'A'));
    }
    return out;
}

Result<BridgeConfig> parseBridgeConfig(const QByteArray &json, const QString &baseDir)
{
    if (json.size() > kMaxBridgeFileBytes)
        return Error{Text::tr("the file is larger than 1 MB")};
    if (!QByteArrayView(json).isValidUtf8())
        return Error{Text::tr("the file is not UTF-8 text")};
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const QByteArray before = json.left(parseError.offset);
        const qsizetype line = before.count('\n') + 1;
        const qsizetype column = parseError.offset - (before.lastIndexOf('\n') + 1) + 1;
        return Error{Text::tr("it is not valid JSON at line %1, column %2: %3")
                         .arg(line)
                         .arg(column)
                         .arg(parseError.errorString())};
    }
    if (!doc.isObject())
        return Error{Text::tr("the file must hold one JSON object { … }")};
    const QJsonObject root = doc.object();
    Checker check;
    BridgeConfig config;
    if (!check.onlyKeys(root, QString(),
                        {u"enabled"_s, u"mode"_s, u"voteSeconds"_s, u"rateCap"_s, u"queueLimit"_s,
                         u"scriptsFolder"_s, u"powershell"_s, u"actions"_s}))
        return Error{check.error()};

    if (root.contains(u"enabled")) {
        const auto enabled = check.boolean(root.value(u"enabled"), u"enabled"_s);
        if (!enabled)
            return Error{check.error()};
        config.enabled = *enabled;
    }
    if (root.contains(u"mode")) {
        const auto mode = modeFromName(root.value(u"mode").toString());
        if (!mode)
            return Error{u"mode: "_s + Text::tr("must be \"anarchy\" or \"democracy\"")};
        config.mode = *mode;
    }
    if (root.contains(u"voteSeconds")) {
        const auto ms
            = check.number(root.value(u"voteSeconds"), u"voteSeconds"_s, 1, 300, 1000, false);
        if (!ms)
            return Error{check.error()};
        config.voteWindowMs = *ms;
    }
    if (root.contains(u"rateCap")) {
        const auto cap = check.object(root.value(u"rateCap"), u"rateCap"_s);
        if (!cap || !check.onlyKeys(*cap, u"rateCap"_s, {u"actions"_s, u"seconds"_s}))
            return Error{check.error()};
        if (cap->contains(u"actions")) {
            const auto n
                = check.number(cap->value(u"actions"), u"rateCap.actions"_s, 1, 100, 1, true);
            if (!n)
                return Error{check.error()};
            config.rateCapActions = *n;
        }
        if (cap->contains(u"seconds")) {
            const auto ms = check.number(cap->value(u"seconds"), u"rateCap.seconds"_s, 0.1, 3600,
                                         1000, false);
            if (!ms)
                return Error{check.error()};
            config.rateCapWindowMs = *ms;
        }
    }
    if (root.contains(u"queueLimit")) {
        const auto n = check.number(root.value(u"queueLimit"), u"queueLimit"_s, 1, 1000, 1, true);
        if (!n)
            return Error{check.error()};
        config.queueLimit = *n;
    }
    QString scripts = u"bridge-scripts"_s;
    if (root.contains(u"scriptsFolder")) {
        const auto s = check.string(root.value(u"scriptsFolder"), u"scriptsFolder"_s, 1, 1000);
        if (!s)
            return Error{check.error()};
        scripts = *s;
    }
    config.scriptsFolder = QDir::cleanPath(QDir(baseDir).absoluteFilePath(scripts));
    if (root.contains(u"powershell")) {
        const auto s = check.string(root.value(u"powershell"), u"powershell"_s, 1, 1000);
        if (!s)
            return Error{check.error()};
        config.powershell = *s;
    }

    if (root.contains(u"actions")) {
        const auto actions = check.array(root.value(u"actions"), u"actions"_s, 0, 200);
        if (!actions)
            return Error{check.error()};
        QSet<QString> ids;
        QHash<QString, QString> commands; // command → action id
        QHash<QString, QString> rewards;
        for (qsizetype i = 0; i < actions->size(); ++i) {
            const QString where = at(u"actions"_s, i);
            std::optional<Action> action
                = parseAction(check, actions->at(i), where, config.scriptsFolder);
            if (!action)
                return Error{check.error()};
            if (ids.contains(action->id))
                return Error{where + u": "_s
                             + Text::tr("the id \"%1\" is used by two actions").arg(action->id)};
            ids.insert(action->id);
            for (const ActionTrigger &t : std::as_const(action->triggers)) {
                QHash<QString, QString> &seen = t.command.isEmpty() ? rewards : commands;
                const QString key = t.command.isEmpty() ? t.reward.toCaseFolded() : t.command;
                if (seen.contains(key))
                    return Error{
                        where + u": "_s
                        + Text::tr("the trigger \"%1\" is used by \"%2\" already")
                              .arg(t.command.isEmpty() ? t.reward : t.command, seen.value(key))};
                seen.insert(key, action->id);
            }
            config.actions << *action;
        }
    }
    return config;
}

Result<BridgeConfig> loadBridgeConfig(const QString &path)
{
    const QString shown = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!QFileInfo(path).isFile())
        return Error{Text::tr("The bridge file %1 does not exist.").arg(shown)};
    if (!file.open(QIODevice::ReadOnly))
        return Error{
            Text::tr("The bridge file %1 cannot be read: %2").arg(shown, file.errorString())};
    const QByteArray bytes = file.read(kMaxBridgeFileBytes + 1);
    Result<BridgeConfig> config = parseBridgeConfig(bytes, QFileInfo(path).absolutePath());
    if (!config)
        return Error{Text::tr("The bridge file %1 is not usable, so the bridge stays off: %2")
                         .arg(shown, config.error())};
    return config;
}

QByteArray bridgeConfigToJson(const BridgeConfig &config, const QString &baseDir)
{
    QJsonObject root;
    root.insert(u"enabled", config.enabled);
    root.insert(u"mode", modeName(config.mode));
    root.insert(u"voteSeconds", config.voteWindowMs / 1000.0);
    root.insert(u"rateCap",
                QJsonObject{{u"actions"_s, config.rateCapActions},
                            {u"seconds"_s, config.rateCapWindowMs / 1000.0}});
    root.insert(u"queueLimit", config.queueLimit);
    const QString relative = QDir(baseDir).relativeFilePath(config.scriptsFolder);
    root.insert(u"scriptsFolder", relative.startsWith(u"..") ? config.scriptsFolder : relative);
    if (!config.powershell.isEmpty())
        root.insert(u"powershell", config.powershell);
    QJsonArray actions;
    for (const Action &a : config.actions) {
        QJsonObject o;
        o.insert(u"id", a.id);
        const bool keys = a.kind == Action::Kind::Keys;
        o.insert(u"kind", keys ? u"keys"_s : u"script"_s);
        if (keys) {
            if (a.hasDefault)
                o.insert(u"keys", keyListToJson(a.payload.steps));
            o.insert(u"holdMs", a.holdMs);
            o.insert(u"gapMs", a.gapMs);
        } else {
            o.insert(u"script", a.script);
            // With choices, "args" present is what makes the bare command usable.
            if (a.hasDefault && (!a.payload.args.isEmpty() || !a.choices.isEmpty()))
                o.insert(u"args", QJsonArray::fromStringList(a.payload.args));
            o.insert(u"timeout", a.timeoutMs / 1000.0);
        }
        if (!a.choices.isEmpty()) {
            QJsonObject choices;
            for (const ActionChoice &c : a.choices) {
                if (keys) {
                    const int hold
                        = c.payload.steps.isEmpty() ? a.holdMs : c.payload.steps.first().holdMs;
                    choices.insert(c.word,
                                   QJsonObject{{u"keys"_s, keyListToJson(c.payload.steps)},
                                               {u"holdMs"_s, hold}});
                } else {
                    choices.insert(c.word, QJsonArray::fromStringList(c.payload.args));
                }
            }
            o.insert(u"choices", choices);
        }
        QJsonArray triggers;
        for (const ActionTrigger &t : a.triggers)
            triggers.append(t.command.isEmpty() ? QJsonObject{{u"reward"_s, t.reward}}
                                                : QJsonObject{{u"command"_s, t.command}});
        o.insert(u"triggers", triggers);
        o.insert(u"permission", permissionName(a.permission));
        o.insert(u"cooldown",
                 QJsonObject{{u"user"_s, a.userCooldownMs / 1000.0},
                             {u"global"_s, a.globalCooldownMs / 1000.0}});
        actions.append(o);
    }
    root.insert(u"actions", actions);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QString bridgeConfigPathNextTo(const QString &settingsFile)
{
    return QFileInfo(settingsFile).absoluteDir().filePath(u"bridge.json"_s);
}

} // namespace chatvox
