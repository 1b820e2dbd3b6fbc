#include "autostart.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace chatvox {

namespace {

class AutostartText
{
    Q_DECLARE_TR_FUNCTIONS(chatvox::Autostart)
};

// Desktop Entry Specification: quote an Exec argument when it has reserved characters.
QString execArgument(const QString &arg)
{
    static const QString reserved = u" \t\n\"'\\><~|&;$*?#()`"_s;
    if (!std::any_of(arg.cbegin(), arg.cend(), [](QChar c) { return reserved.contains(c); }))
        return arg;
    QString quoted = arg;
    quoted.replace(u'\\', u"\\\\"_s)
        .replace(u'"', u"\\\""_s)
        .replace(u'`', u"\\`"_s)
        .replace(u'$', u"\\$"_s);
    return u'"' + quoted + u'"';
}

class XdgAutostart final : public Autostart
{
public:
    XdgAutostart(const QString &configHome, const QString &program, const QStringList &arguments)
        : m_path(configHome + u"/autostart/chatvox.desktop"_s)
        , m_program(program)
        , m_arguments(arguments)
    {
    }
    bool isEnabled() const override { return QFile::exists(m_path); }
    QString location() const override { return QDir::toNativeSeparators(m_path); }
    QString setEnabled(bool enabled) override
    {
        if (!enabled) {
            if (QFile::exists(m_path) && !QFile::remove(m_path))
                return AutostartText::tr("Cannot remove %1.").arg(location());
            return {};
        }
        QDir().mkpath(QFileInfo(m_path).absolutePath());
        QStringList exec{execArgument(m_program)};
        for (const QString &a : m_arguments)
            exec << execArgument(a);
        QSaveFile file(m_path);
        if (!file.open(QIODevice::WriteOnly))
            return AutostartText::tr("Cannot write %1: %2").arg(location(), file.errorString());
        file.write("[Desktop Entry]\nType=Application\nName=ChatVox\n"
                   "Comment=Reads Twitch chat aloud\nIcon=chatvox\nTerminal=false\n"
                   "X-GNOME-Autostart-enabled=true\nExec="
                   + exec.join(u' ').toUtf8() + "\n");
        if (!file.commit())
            return AutostartText::tr("Cannot write %1: %2").arg(location(), file.errorString());
        return {};
    }

private:
    QString m_path;
    QString m_program;
    QStringList m_arguments;
};

#ifdef Q_OS_WIN
class WindowsRunKey final : public Autostart
{
public:
    WindowsRunKey(const QString &program, const QStringList &arguments)
        : m_settings(u"HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Run"_s,
                     QSettings::NativeFormat)
    {
        QStringList parts{u'"' + QDir::toNativeSeparators(program) + u'"'};
        for (const QString &a : arguments)
            parts << (a.contains(u' ') ? u'"' + a + u'"' : a);
        m_command = parts.join(u' ');
    }
    bool isEnabled() const override { return m_settings.contains(u"ChatVox"_s); }
    QString location() const override
    {
        return u"HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Run\\ChatVox"_s;
    }
    QString setEnabled(bool enabled) override
    {
        if (enabled)
            m_settings.setValue(u"ChatVox"_s, m_command);
        else
            m_settings.remove(u"ChatVox"_s);
        m_settings.sync();
        if (m_settings.status() != QSettings::NoError)
            return AutostartText::tr("Cannot change %1.").arg(location());
        return {};
    }

private:
    mutable QSettings m_settings;
    QString m_command;
};
#endif

} // namespace

std::unique_ptr<Autostart> createXdgAutostart(const QString &configHome, const QString &program,
                                              const QStringList &arguments)
{
    return std::make_unique<XdgAutostart>(configHome, program, arguments);
}

std::unique_ptr<Autostart> Autostart::create(const QString &program, const QStringList &arguments)
{
#ifdef Q_OS_WIN
    return std::make_unique<WindowsRunKey>(program, arguments);
#else
    QString configHome = qEnvironmentVariable("XDG_CONFIG_HOME");
    if (configHome.isEmpty())
        configHome = QDir::homePath() + u"/.config"_s;
    return createXdgAutostart(configHome, program, arguments);
#endif
}

} // namespace chatvox
