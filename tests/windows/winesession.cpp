#include "winesession.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSignalSpy>

using namespace Qt::StringLiterals;

namespace chatvox::test {

WineSession::WineSession(QObject *parent)
    : QObject(parent)
    , m_prefix(QStringLiteral(CHATVOX_WINE_PREFIX))
{
}

WineSession::~WineSession()
{
    if (m_server.state() != QProcess::NotRunning) {
        // Ends every program of the prefix, then the server itself.
        QProcess::execute(QFileInfo(m_wine).dir().filePath(u"wineserver"_s), {u"-k"_s});
        if (!m_server.waitForFinished(10000))
            m_server.kill();
        m_server.waitForFinished(2000);
    }
    if (m_xvfb.state() != QProcess::NotRunning) {
        m_xvfb.terminate();
        if (!m_xvfb.waitForFinished(5000))
            m_xvfb.kill();
        m_xvfb.waitForFinished(2000);
    }
}

bool WineSession::start()
{
    m_wine = u"/usr/lib/wine/wine64"_s; // Debian 12 keeps wine64 off PATH
    if (!QFileInfo(m_wine).isExecutable()) {
        m_error = u"Wine (wine64) is not installed"_s;
        return false;
    }
    if (!QFileInfo::exists(m_prefix + u"/system.reg"_s)) {
        m_error = u"no Wine prefix at "_s + m_prefix + u" (the wine fixture makes it)"_s;
        return false;
    }

    // A display of our own: Xvfb chooses a free number and tells it on the -displayfd pipe.
    m_xvfb.start(u"Xvfb"_s,
                 {u"-displayfd"_s, u"1"_s, u"-screen"_s, u"0"_s, u"1280x800x24"_s, u"-nolisten"_s,
                  u"tcp"_s});
    if (!m_xvfb.waitForStarted(5000)) {
        m_error = u"cannot start Xvfb: "_s + m_xvfb.errorString();
        return false;
    }
    QByteArray display;
    QElapsedTimer timer;
    timer.start();
    while (!display.contains('\n') && timer.elapsed() < 10000) {
        if (!m_xvfb.waitForReadyRead(500) && m_xvfb.state() != QProcess::Running)
            break;
        display += m_xvfb.readAllStandardOutput();
    }
    if (!display.contains('\n')) {
        m_error = u"Xvfb did not report its display"_s;
        return false;
    }

    m_env = QProcessEnvironment::systemEnvironment();
    m_env.insert(u"DISPLAY"_s, u":"_s + QString::fromLatin1(display.trimmed()));
    m_env.insert(u"WINEPREFIX"_s, m_prefix);
    m_env.insert(u"HOME"_s, QStringLiteral(CHATVOX_WINE_HOME)); // Wine's Desktop links point here
    m_env.insert(u"WINEDEBUG"_s, u"-all"_s);
    // No Mono/Gecko prompts; no menu entries or icons written into the Linux desktop.
    m_env.insert(u"WINEDLLOVERRIDES"_s, u"mscoree,mshtml=;winemenubuilder.exe=d"_s);
    // winepulse drops the tail of short sounds in the null sink's large buffer otherwise
    // (../shared/tools/windows-cross/README.md).
    m_env.insert(u"PULSE_LATENCY_MSEC"_s, u"50"_s);
    m_env.insert(u"LANG"_s, u"en_US.UTF-8"_s);
    m_env.remove(u"QT_LOGGING_RULES"_s);
    m_env.remove(u"QT_QPA_PLATFORM"_s); // the Linux tests' offscreen is no Windows plugin

    // One server for the whole session: programs start fast, and a program's children (the
    // uninstaller runs a copy of itself) keep running after it returns.
    m_server.setProcessEnvironment(m_env);
    m_server.start(QFileInfo(m_wine).dir().filePath(u"wineserver"_s), {u"-f"_s, u"-p"_s});
    if (!m_server.waitForStarted(5000)) {
        m_error = u"cannot start wineserver: "_s + m_server.errorString();
        return false;
    }
    return true;
}

WineSession::Result WineSession::run(const QString &program, const QStringList &args, int timeoutMs)
{
    Result result;
    QProcess process;
    process.setProcessEnvironment(m_env);
    QElapsedTimer timer;
    timer.start();
    process.start(m_wine, QStringList{program} + args);
    if (!process.waitForStarted(10000))
        return result;
    QSignalSpy done(&process, &QProcess::finished);
    result.finished = done.wait(timeoutMs);
    if (!result.finished) {
        process.kill();
        process.waitForFinished(5000);
    }
    result.seconds = double(timer.elapsed()) / 1000.0;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput().replace("\r\n", "\n");
    result.err = process.readAllStandardError().replace("\r\n", "\n");
    return result;
}

std::unique_ptr<QProcess> WineSession::start(const QString &program, const QStringList &args)
{
    auto process = std::make_unique<QProcess>();
    process->setProcessEnvironment(m_env);
    process->start(m_wine, QStringList{program} + args);
    if (!process->waitForStarted(10000))
        return nullptr;
    return process;
}

QString WineSession::windowsPath(const QString &unixPath)
{
    QString path = QFileInfo(unixPath).absoluteFilePath();
    path.replace(u'/', u'\\');
    return u"Z:"_s + path;
}

QString WineSession::userProfile() const
{
    const QDir users(m_prefix + u"/drive_c/users"_s);
    for (const QString &name : users.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        if (name != u"Public"_s)
            return users.filePath(name);
    }
    return {};
}

QString WineSession::registryValue(const QString &key, const QString &name)
{
    const Result r = run(u"reg"_s, {u"query"_s, key, u"/v"_s, name}, 30000);
    if (r.exitCode != 0)
        return {};
    // "    Name    REG_SZ    value"
    for (const QByteArray &line : r.out.split('\n')) {
        const QString text = QString::fromUtf8(line).trimmed();
        if (!text.startsWith(name + u"    "_s))
            continue;
        const qsizetype type = text.indexOf(u"REG_"_s);
        const qsizetype value = type < 0 ? -1 : text.indexOf(u"    "_s, type);
        return value < 0 ? QString() : text.mid(value).trimmed();
    }
    return {};
}

bool WineSession::registryKeyExists(const QString &key)
{
    return run(u"reg"_s, {u"query"_s, key}, 30000).exitCode == 0;
}

} // namespace chatvox::test
