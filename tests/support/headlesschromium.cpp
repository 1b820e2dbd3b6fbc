#include "headlesschromium.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QWebSocket>

#ifdef Q_OS_UNIX
#    include <csignal>
#    include <sys/types.h>
#    include <unistd.h>
#endif
#ifdef Q_OS_LINUX
#    include <sys/prctl.h>
#endif

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcBrowser, "chatvox.test.browser", QtInfoMsg)

namespace chatvox::test {

namespace {

constexpr int kStderrTailLines = 40;
constexpr int kConsoleLimit = 500;

bool isHeadlessShell(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    return name.contains("headless-shell"_L1) || name.contains("headless_shell"_L1);
}

QString describeRemoteObject(const QJsonObject &object)
{
    if (object.contains("value"_L1)) {
        const QJsonValue value = object.value("value"_L1);
        if (value.isString())
            return value.toString();
        return QString::fromUtf8(
            QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact).mid(1).chopped(1));
    }
    if (object.contains("description"_L1))
        return object.value("description"_L1).toString();
    return object.value("type"_L1).toString();
}

QString describeException(const QJsonObject &details)
{
    const QJsonObject exception = details.value("exception"_L1).toObject();
    QString text = exception.isEmpty() ? details.value("text"_L1).toString()
                                       : describeRemoteObject(exception);
    return text.section(u'\n', 0, 2); // the message and the top of the stack
}

} // namespace

HeadlessChromium::HeadlessChromium(QObject *parent)
    : QObject(parent)
{
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.setStandardOutputFile(QProcess::nullDevice());
    connect(&m_process, &QProcess::readyReadStandardError, this, &HeadlessChromium::readStderr);
    connect(&m_process, &QProcess::finished, this, [this](int code, QProcess::ExitStatus status) {
        qCDebug(lcBrowser) << "browser exited" << code << status;
        Q_EMIT activity();
    });
    connect(&m_process, &QProcess::errorOccurred, this, [this] { Q_EMIT activity(); });
#ifdef Q_OS_UNIX
    // Own process group, so that the destructor can end the renderers and helpers too; and
    // on Linux the browser dies with the test if the test crashes or is killed (its helpers
    // follow it by themselves).
    m_process.setChildProcessModifier([] {
        ::setsid();
#    ifdef Q_OS_LINUX
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
#    endif
    });
#endif
}

HeadlessChromium::~HeadlessChromium()
{
    stop();
}

QString HeadlessChromium::executable()
{
    if (qEnvironmentVariableIsSet("CHATVOX_CHROMIUM")) {
        const QString path = qEnvironmentVariable("CHATVOX_CHROMIUM");
        if (path.isEmpty() || path == "none"_L1)
            return {};
        const QString found = QStandardPaths::findExecutable(path);
        if (!found.isEmpty())
            return found;
        return QFileInfo(path).isExecutable() ? path : QString();
    }
    // The binary itself before /usr/bin's wrapper script, so that the process we kill is the
    // browser.
    const QStringList paths{u"/usr/lib/chromium/chrome-headless-shell"_s,
                            u"/usr/lib/chromium/chromium-headless-shell"_s,
                            u"/usr/lib/chromium/headless_shell"_s};
    for (const QString &path : paths) {
        if (QFileInfo(path).isExecutable())
            return path;
    }
    for (const auto name : {"chrome-headless-shell"_L1, "chromium-headless-shell"_L1, "chromium"_L1,
                            "chromium-browser"_L1, "google-chrome"_L1}) {
        const QString found = QStandardPaths::findExecutable(name);
        if (!found.isEmpty())
            return found;
    }
    return {};
}

bool HeadlessChromium::isLocalUrl(const QUrl &url)
{
    const QString scheme = url.scheme();
    if (scheme == "about"_L1 || scheme == "data"_L1 || scheme == "file"_L1)
        return true;
    if (scheme != "http"_L1 && scheme != "https"_L1)
        return false;
    const QString host = url.host();
    return host == "127.0.0.1"_L1 || host == "localhost"_L1 || host == "::1"_L1;
}

bool HeadlessChromium::isRunning() const
{
    return m_process.state() == QProcess::Running;
}

void HeadlessChromium::fail(const QString &message)
{
    m_error = message;
    qCWarning(lcBrowser).noquote() << message;
}

QString HeadlessChromium::diagnostics() const
{
    QStringList lines;
    if (!m_console.isEmpty())
        lines << u"page console:"_s << m_console.mid(std::max<qsizetype>(0, m_console.size() - 20));
    if (!m_stderrTail.isEmpty())
        lines << u"chromium stderr:"_s
              << m_stderrTail.mid(std::max<qsizetype>(0, m_stderrTail.size() - 10));
    return lines.join(u'\n');
}

bool HeadlessChromium::start(int timeoutMs)
{
    if (isRunning()) {
        fail(u"the browser is already running"_s);
        return false;
    }
    QElapsedTimer clock;
    clock.start();
    const QString program = executable();
    if (program.isEmpty()) {
        fail(QString::fromLatin1(notInstalledMessage()));
        return false;
    }
    m_profile = std::make_unique<QTemporaryDir>(QDir::tempPath() + u"/chatvox-chromium-XXXXXX"_s);
    if (!m_profile->isValid()) {
        fail(u"cannot create a browser profile directory: "_s + m_profile->errorString());
        return false;
    }

    QStringList args;
    if (!isHeadlessShell(program))
        args << u"--headless=new"_s;
    args << u"--remote-debugging-port=0"_s << u"--remote-debugging-address=127.0.0.1"_s
         << u"--user-data-dir="_s + m_profile->path()
         // Tests run as root in containers: no sandbox, small /dev/shm, no GPU.
         << u"--no-sandbox"_s << u"--disable-dev-shm-usage"_s << u"--disable-gpu"_s
         << u"--autoplay-policy=no-user-gesture-required"_s
         << u"--window-size=%1,%2"_s.arg(m_windowSize.width()).arg(m_windowSize.height())
         << u"--force-device-scale-factor=1"_s << u"--hide-scrollbars"_s
         << u"--font-render-hinting=none"_s << u"--no-first-run"_s
         << u"--no-default-browser-check"_s << u"--disable-background-networking"_s
         << u"--disable-component-update"_s << u"--disable-sync"_s << u"--disable-default-apps"_s
         << u"--disable-extensions"_s << u"--disable-breakpad"_s << u"--disable-crash-reporter"_s
         << u"--metrics-recording-only"_s
         << u"--disable-features=Translate,MediaRouter"_s
         // Never the internet: everything but loopback (which Chromium never proxies) goes
         // to a proxy that does not exist (the discard port), and names do not resolve.
         << u"--proxy-server=http://127.0.0.1:9"_s
         << u"--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1"_s;
    if (m_muted)
        args << u"--mute-audio"_s;
    args << u"about:blank"_s;

    m_stderrBuffer.clear();
    m_stderrTail.clear();
    m_browserUrl.clear();
    m_console.clear();
    qCDebug(lcBrowser).noquote() << "starting" << program << args.join(u' ');
    m_process.start(program, args);
    if (!m_process.waitForStarted(10000)) {
        fail(u"cannot start %1: %2"_s.arg(program, m_process.errorString()));
        return false;
    }
    m_pid = m_process.processId();

    const auto remaining = [&] { return std::max<int>(1, timeoutMs - int(clock.elapsed())); };
    if (!waitUntil([this] { return m_browserUrl.isValid() || !isRunning(); }, remaining())
        || !m_browserUrl.isValid()) {
        fail(u"%1 did not announce its DevTools port within %2 ms\n%3"_s.arg(
            program, QString::number(timeoutMs), m_stderrTail.join(u'\n')));
        stop();
        return false;
    }

    m_socket = std::make_unique<QWebSocket>();
    m_socket->setMaxAllowedIncomingMessageSize(256 * 1024 * 1024); // screenshots
    connect(m_socket.get(), &QWebSocket::connected, this, [this] {
        m_socketOpen = true;
        Q_EMIT activity();
    });
    connect(m_socket.get(), &QWebSocket::disconnected, this, [this] {
        m_socketOpen = false;
        Q_EMIT activity();
    });
    connect(m_socket.get(), &QWebSocket::textMessageReceived, this, &HeadlessChromium::onMessage);
    m_socket->open(m_browserUrl);
    if (!waitUntil([this] { return m_socketOpen || !isRunning(); }, remaining()) || !m_socketOpen) {
        fail(u"cannot connect to DevTools at %1: %2"_s.arg(m_browserUrl.toString(),
                                                           m_socket->errorString()));
        stop();
        return false;
    }

    bool ok = false;
    const QJsonObject target
        = call(u"Target.createTarget"_s, {{u"url"_s, u"about:blank"_s}}, {}, &ok, remaining());
    if (!ok) {
        stop();
        return false;
    }
    m_targetId = target.value("targetId"_L1).toString();
    const QJsonObject attached
        = call(u"Target.attachToTarget"_s, {{u"targetId"_s, m_targetId}, {u"flatten"_s, true}}, {},
               &ok, remaining());
    if (!ok) {
        stop();
        return false;
    }
    m_sessionId = attached.value("sessionId"_L1).toString();
    for (const auto domain : {"Page.enable"_L1, "Runtime.enable"_L1, "Log.enable"_L1}) {
        call(QString(domain), {}, m_sessionId, &ok, remaining());
        if (!ok) {
            stop();
            return false;
        }
    }
    // The viewport is exactly the window size, and transparent where the page is, as in OBS.
    call(u"Emulation.setDeviceMetricsOverride"_s,
         {{u"width"_s, m_windowSize.width()},
          {u"height"_s, m_windowSize.height()},
          {u"deviceScaleFactor"_s, 1},
          {u"mobile"_s, false}},
         m_sessionId, &ok, remaining());
    if (ok)
        call(u"Emulation.setDefaultBackgroundColorOverride"_s,
             {{u"color"_s, QJsonObject{{u"r"_s, 0}, {u"g"_s, 0}, {u"b"_s, 0}, {u"a"_s, 0}}}},
             m_sessionId, &ok, remaining());
    if (!ok) {
        stop();
        return false;
    }
    m_startupMs = clock.elapsed();
    qCInfo(lcBrowser).noquote() << "headless Chromium ready in" << m_startupMs << "ms:" << program;
    return true;
}

void HeadlessChromium::stop()
{
    if (m_socket && m_socketOpen && isRunning()) {
        // Ask politely first: the browser flushes and ends its helper processes itself.
        bool ok = false;
        call(u"Browser.close"_s, {}, {}, &ok, 2000);
    }
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket.reset();
    }
    m_socketOpen = false;
    if (isRunning() && !m_process.waitForFinished(3000)) {
        m_process.kill();
        m_process.waitForFinished(3000);
    }
#ifdef Q_OS_UNIX
    // Whatever of our browser's process group is left (zygotes, renderers).
    if (m_pid > 0)
        ::kill(-pid_t(m_pid), SIGKILL);
#endif
    m_pid = 0;
    m_sessionId.clear();
    m_targetId.clear();
    m_replies.clear();
    m_profile.reset();
}

void HeadlessChromium::readStderr()
{
    m_stderrBuffer += m_process.readAllStandardError();
    static const QRegularExpression listening(u"DevTools listening on (ws://\\S+)"_s);
    qsizetype newline;
    while ((newline = m_stderrBuffer.indexOf('\n')) >= 0) {
        const QString line = QString::fromUtf8(m_stderrBuffer.left(newline)).trimmed();
        m_stderrBuffer.remove(0, newline + 1);
        if (line.isEmpty())
            continue;
        const QRegularExpressionMatch match = listening.match(line);
        if (match.hasMatch() && !m_browserUrl.isValid())
            m_browserUrl = QUrl(match.captured(1));
        m_stderrTail.append(line);
        if (m_stderrTail.size() > kStderrTailLines)
            m_stderrTail.removeFirst();
        qCDebug(lcBrowser).noquote() << "chromium:" << line;
    }
    if (m_stderrBuffer.size() > 64 * 1024)
        m_stderrBuffer.clear(); // a line without end: not ours to keep
    Q_EMIT activity();
}

void HeadlessChromium::onMessage(const QString &text)
{
    const QJsonObject message = QJsonDocument::fromJson(text.toUtf8()).object();
    if (message.contains("id"_L1)) {
        m_replies.insert(message.value("id"_L1).toInt(), message);
        Q_EMIT activity();
        return;
    }
    const QString method = message.value("method"_L1).toString();
    const QJsonObject params = message.value("params"_L1).toObject();
    QString line;
    if (method == "Page.loadEventFired"_L1
        && message.value("sessionId"_L1).toString() == m_sessionId) {
        ++m_loadEvents;
    } else if (method == "Runtime.consoleAPICalled"_L1) {
        QStringList parts;
        for (const QJsonValue &arg : params.value("args"_L1).toArray())
            parts << describeRemoteObject(arg.toObject());
        line = u"console.%1: %2"_s.arg(params.value("type"_L1).toString(), parts.join(u' '));
    } else if (method == "Runtime.exceptionThrown"_L1) {
        line = u"uncaught: "_s + describeException(params.value("exceptionDetails"_L1).toObject());
    } else if (method == "Log.entryAdded"_L1) {
        const QJsonObject entry = params.value("entry"_L1).toObject();
        line = u"%1 %2: %3 %4"_s.arg(
            entry.value("source"_L1).toString(), entry.value("level"_L1).toString(),
            entry.value("text"_L1).toString(), entry.value("url"_L1).toString());
    } else if (method == "Target.detachedFromTarget"_L1
               && params.value("sessionId"_L1).toString() == m_sessionId) {
        line = u"page detached"_s;
        m_sessionId.clear();
    }
    if (!line.isEmpty()) {
        qCDebug(lcBrowser).noquote() << "page:" << line;
        m_console.append(line);
        if (m_console.size() > kConsoleLimit)
            m_console.removeFirst();
    }
    Q_EMIT activity();
}

bool HeadlessChromium::waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    if (done())
        return true;
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    connect(this, &HeadlessChromium::activity, &loop, [&] {
        if (done())
            loop.quit();
    });
    timer.start(timeoutMs);
    loop.exec();
    return done();
}

QJsonObject HeadlessChromium::call(const QString &method, const QJsonObject &params,
                                   const QString &sessionId, bool *ok, int timeoutMs)
{
    *ok = false;
    if (!m_socket || !m_socketOpen) {
        fail(u"%1: not connected to the browser"_s.arg(method));
        return {};
    }
    const int id = m_nextId++;
    QJsonObject message{{u"id"_s, id}, {u"method"_s, method}, {u"params"_s, params}};
    if (!sessionId.isEmpty())
        message.insert("sessionId"_L1, sessionId);
    m_socket->sendTextMessage(
        QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact)));
    if (!waitUntil([&] { return m_replies.contains(id) || !m_socketOpen || !isRunning(); },
                   timeoutMs)
        || !m_replies.contains(id)) {
        m_replies.remove(id);
        fail(isRunning() ? u"%1: no answer from the browser within %2 ms"_s.arg(
                 method, QString::number(timeoutMs))
                         : u"%1: the browser exited\n%2"_s.arg(method, m_stderrTail.join(u'\n')));
        return {};
    }
    const QJsonObject reply = m_replies.take(id);
    if (reply.contains("error"_L1)) {
        const QJsonObject error = reply.value("error"_L1).toObject();
        fail(u"%1: %2 (%3)"_s.arg(method, error.value("message"_L1).toString(),
                                  error.value("data"_L1).toString()));
        return {};
    }
    *ok = true;
    return reply.value("result"_L1).toObject();
}

QJsonObject HeadlessChromium::command(const QString &method, const QJsonObject &params, bool *ok,
                                      int timeoutMs)
{
    bool callOk = false;
    const QJsonObject result = call(method, params, m_sessionId, &callOk, timeoutMs);
    if (ok)
        *ok = callOk;
    return result;
}

bool HeadlessChromium::navigate(const QUrl &url, int timeoutMs)
{
    if (!isLocalUrl(url)) {
        fail(u"refusing to open a non-local URL: "_s + url.toString());
        return false;
    }
    QElapsedTimer clock;
    clock.start();
    const int loadsBefore = m_loadEvents;
    bool ok = false;
    const QJsonObject result
        = call(u"Page.navigate"_s, {{u"url"_s, url.toString(QUrl::FullyEncoded)}}, m_sessionId, &ok,
               timeoutMs);
    if (!ok)
        return false;
    const QString errorText = result.value("errorText"_L1).toString();
    if (!errorText.isEmpty()) {
        fail(u"cannot open %1: %2"_s.arg(url.toString(), errorText));
        return false;
    }
    const int left = std::max<int>(1, timeoutMs - int(clock.elapsed()));
    if (!waitUntil([&] { return m_loadEvents > loadsBefore || !isRunning(); }, left)
        || m_loadEvents == loadsBefore) {
        fail(u"%1 did not finish loading within %2 ms"_s.arg(url.toString(),
                                                             QString::number(timeoutMs)));
        return false;
    }
    return true;
}

QJsonValue HeadlessChromium::evaluate(const QString &expression, bool *ok, int timeoutMs)
{
    if (ok)
        *ok = false;
    bool callOk = false;
    const QJsonObject result = call(u"Runtime.evaluate"_s,
                                    {{u"expression"_s, expression},
                                     {u"returnByValue"_s, true},
                                     {u"awaitPromise"_s, true},
                                     {u"userGesture"_s, true}},
                                    m_sessionId, &callOk, timeoutMs);
    if (!callOk)
        return QJsonValue::Null;
    if (result.contains("exceptionDetails"_L1)) {
        fail(u"%1 threw: %2"_s.arg(
            expression.left(200),
            describeException(result.value("exceptionDetails"_L1).toObject())));
        return QJsonValue::Null;
    }
    const QJsonObject remote = result.value("result"_L1).toObject();
    if (ok)
        *ok = true;
    if (remote.value("type"_L1).toString() == "undefined"_L1)
        return QJsonValue::Undefined;
    return remote.value("value"_L1);
}

bool HeadlessChromium::waitFor(const QString &condition, int timeoutMs, int pollMs)
{
    QElapsedTimer clock;
    clock.start();
    const QString expression = u"!!(%1)"_s.arg(condition);
    QString last;
    for (;;) {
        bool ok = false;
        const QJsonValue value = evaluate(expression, &ok, std::max(1000, timeoutMs));
        if (ok && value.toBool())
            return true;
        last = ok ? u"false"_s : m_error;
        if (!isRunning() || clock.elapsed() >= timeoutMs)
            break;
        // Poll from the event loop (servers in the test keep running), not by sleeping.
        QEventLoop loop;
        QTimer::singleShot(pollMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    fail(
        u"not true within %1 ms: %2 (last: %3)"_s.arg(QString::number(timeoutMs), condition, last));
    return false;
}

bool HeadlessChromium::screenshot(const QString &pngPath)
{
    bool ok = false;
    const QJsonObject result = call(
        u"Page.captureScreenshot"_s,
        {{u"format"_s, u"png"_s}, {u"fromSurface"_s, true}, {u"captureBeyondViewport"_s, false}},
        m_sessionId, &ok, 20000);
    if (!ok)
        return false;
    const QByteArray png = QByteArray::fromBase64(result.value("data"_L1).toString().toLatin1());
    if (png.isEmpty()) {
        fail(u"Page.captureScreenshot returned no image"_s);
        return false;
    }
    QDir().mkpath(QFileInfo(pngPath).absolutePath());
    QFile file(pngPath);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(png) != png.size()) {
        fail(u"cannot write %1: %2"_s.arg(pngPath, file.errorString()));
        return false;
    }
    return true;
}

} // namespace chatvox::test
