#include "app/viewervoices.h"

#include "app/logging.h"
#include "filter/voiceassignment.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace chatvox {

ViewerVoices::ViewerVoices(const QString &filePath, QObject *parent)
    : QObject(parent)
    , m_path(filePath)
{
    load();
}

void ViewerVoices::setSettings(const Settings::ViewerVoiceSettings &settings)
{
    m_settings = settings;
}

void ViewerVoices::setAvailableStyles(const QList<SpeakerStyle> &styles)
{
    m_available.clear();
    for (const SpeakerStyle &s : styles) {
        if (s.type.isEmpty() || s.type == u"talk")
            m_available << s;
    }
}

QList<SpeakerStyle> ViewerVoices::choosableStyles() const
{
    if (m_settings.styles.isEmpty())
        return m_available;
    QList<SpeakerStyle> list;
    for (qint64 id : m_settings.styles) {
        const auto it = std::find_if(m_available.cbegin(), m_available.cend(),
                                     [id](const SpeakerStyle &s) { return s.id == id; });
        list << (it != m_available.cend() ? *it
                                          : SpeakerStyle{id, QString::number(id), {}, {}, {}});
    }
    return list;
}

QString ViewerVoices::keyOf(const ChatMessage &message)
{
    return message.userId.isEmpty() ? u"login:"_s + message.login.toLower() : message.userId;
}

std::optional<qint64> ViewerVoices::styleFor(const ChatMessage &message) const
{
    if (const auto it = m_choices.constFind(keyOf(message)); it != m_choices.cend())
        return it->styleId;
    return stableStyleForViewer(message.userId.isEmpty() ? message.login.toLower() : message.userId,
                                m_settings.styles);
}

void ViewerVoices::setChoice(const QString &viewerKey, const Choice &choice)
{
    m_choices.insert(viewerKey, choice);
    save();
    Q_EMIT choicesChanged();
}

void ViewerVoices::clearChoice(const QString &viewerKey)
{
    if (m_choices.remove(viewerKey) > 0) {
        save();
        Q_EMIT choicesChanged();
    }
}

QString ViewerVoices::nameOf(qint64 styleId) const
{
    for (const SpeakerStyle &s : m_available) {
        if (s.id == styleId)
            return voiceDisplayName(s);
    }
    return QString::number(styleId);
}

std::optional<QString> ViewerVoices::handleCommand(const ChatMessage &message, qint64 nowMs)
{
    if (!m_settings.command)
        return std::nullopt;
    const VoiceCommand command = parseVoiceCommand(message.text);
    if (command.kind == VoiceCommand::Kind::None)
        return std::nullopt;
    const QString key = keyOf(message);
    const QString who = message.displayName.isEmpty() ? message.login : message.displayName;
    const bool moderator = message.isModerator();
    if (!moderator) {
        const auto last = m_lastCommandMs.constFind(key);
        if (last != m_lastCommandMs.cend() && nowMs - *last < m_settings.cooldownSeconds * 1000LL) {
            qCDebug(lcApp) << "!voice cooldown for" << message.login;
            return QString();
        }
    }
    m_lastCommandMs.insert(key, nowMs);

    switch (command.kind) {
    case VoiceCommand::Kind::Show: {
        const std::optional<qint64> style = styleFor(message);
        return style ? tr("@%1 your voice is %2. Change it with !voice <name or number>.")
                           .arg(who, nameOf(*style))
                     : tr("@%1 you have the default voice. Choose one with !voice <name or "
                          "number>.")
                           .arg(who);
    }
    case VoiceCommand::Kind::Reset:
        clearChoice(key);
        return tr("@%1 your voice is back to the default.").arg(who);
    case VoiceCommand::Kind::ResetOther: {
        if (!moderator)
            return QString(); // only moderators may reset someone else
        bool found = false;
        for (auto it = m_choices.begin(); it != m_choices.end();) {
            if (it->login == command.argument) {
                it = m_choices.erase(it);
                found = true;
            } else {
                ++it;
            }
        }
        if (found) {
            save();
            Q_EMIT choicesChanged();
        }
        return tr("@%1 %2's voice is back to the default.").arg(who, command.argument);
    }
    case VoiceCommand::Kind::Choose: {
        const QList<SpeakerStyle> styles = choosableStyles();
        const std::optional<SpeakerStyle> style = matchVoiceChoice(command.argument, styles);
        if (!style)
            return tr("@%1 there is no voice \"%2\" here.").arg(who, command.argument.left(40));
        setChoice(key,
                  Choice{message.login.toLower(), style->id, QDateTime::currentMSecsSinceEpoch()});
        qCInfo(lcApp).noquote() << message.login << "chose voice" << style->id;
        return tr("@%1 your voice is now %2.").arg(who, nameOf(style->id));
    }
    case VoiceCommand::Kind::None:
        break;
    }
    return std::nullopt;
}

void ViewerVoices::load()
{
    if (m_path.isEmpty())
        return;
    QFile f(m_path);
    if (!f.exists())
        return;
    if (!f.open(QIODevice::ReadOnly)) {
        qCWarning(lcApp).noquote() << "cannot read" << m_path << f.errorString();
        return;
    }
    const QJsonObject viewers
        = QJsonDocument::fromJson(f.readAll()).object().value(u"viewers"_s).toObject();
    for (auto it = viewers.begin(); it != viewers.end(); ++it) {
        const QJsonObject o = it.value().toObject();
        bool ok = false;
        const qint64 style = o.value(u"style"_s).toVariant().toString().toLongLong(&ok);
        if (ok)
            m_choices.insert(it.key(),
                             Choice{o.value(u"login"_s).toString(), style,
                                    qint64(o.value(u"chosenAtMs"_s).toDouble())});
    }
}

void ViewerVoices::save() const
{
    if (m_path.isEmpty())
        return;
    QJsonObject viewers;
    for (auto it = m_choices.cbegin(); it != m_choices.cend(); ++it)
        viewers.insert(it.key(),
                       QJsonObject{{u"login"_s, it->login},
                                   {u"style"_s, QString::number(it->styleId)},
                                   {u"chosenAtMs"_s, double(it->chosenAtMs)}});
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile f(m_path);
    if (!f.open(QIODevice::WriteOnly)
        || f.write(QJsonDocument(QJsonObject{{u"version"_s, 1}, {u"viewers"_s, viewers}}).toJson())
            < 0
        || !f.commit())
        qCWarning(lcApp).noquote() << "cannot save viewer voices to" << m_path << f.errorString();
}

} // namespace chatvox
