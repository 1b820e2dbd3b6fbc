#pragma once

#include <functional>
#include <memory>

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QObject>
#include <QProcess>
#include <QSize>
#include <QString>
#include <QStringList>
#include <QUrl>

QT_BEGIN_NAMESPACE
class QTemporaryDir;
class QWebSocket;
QT_END_NAMESPACE

namespace chatvox::test {

// A headless Chromium driven over the Chrome DevTools Protocol, for tests of pages that ChatVox
// serves (the OBS overlay) or talks to (a tc2vv player). One browser process with a fresh
// profile and one page:
//
//     if (HeadlessChromium::executable().isEmpty())
//         QSKIP(HeadlessChromium::notInstalledMessage());
//     HeadlessChromium browser;
//     QVERIFY2(browser.start(), qPrintable(browser.errorString()));
//     QVERIFY2(browser.navigate(url), qPrintable(browser.errorString()));
//     QVERIFY2(browser.waitFor(u"window.ready === true"_s), qPrintable(browser.errorString()));
//     const QJsonValue v = browser.evaluate(u"document.title"_s);
//
// The calls run the Qt event loop until the browser answers (so in-process servers keep
// serving meanwhile), like QSignalSpy::wait. Only local URLs (127.0.0.1, localhost, file:,
// data:, about:) can be opened, and the browser gets an unreachable proxy, so a page cannot
// reach the internet either. Pages render on a transparent background, as in an OBS browser
// source. The browser (with every process it started) is killed in the destructor.
class HeadlessChromium : public QObject
{
    Q_OBJECT
public:
    explicit HeadlessChromium(QObject *parent = nullptr);
    ~HeadlessChromium() override;

    // The browser to run: $CHATVOX_CHROMIUM if set (empty or "none": no browser), else Debian's
    // chromium-headless-shell (chrome-headless-shell), else chromium/google-chrome with
    // --headless=new. Empty if there is none, so tests can QSKIP.
    static QString executable();
    static const char *notInstalledMessage()
    {
        return "headless Chromium not installed (apt install chromium-headless-shell)";
    }

    void setWindowSize(const QSize &size) { m_windowSize = size; } // before start(); 1280x720
    QSize windowSize() const { return m_windowSize; }
    void setMuted(bool muted) { m_muted = muted; } // before start(); --mute-audio (default off)

    // Starts the browser and opens a blank page. False with errorString() on failure.
    bool start(int timeoutMs = 30000);
    bool isRunning() const;
    QString errorString() const { return m_error; }
    // Time start() took (browser up, DevTools connected, page attached), in ms.
    qint64 startupMs() const { return m_startupMs; }

    // Opens url in the page and waits for its load event. Refuses non-local URLs.
    bool navigate(const QUrl &url, int timeoutMs = 15000);
    // Evaluates a JavaScript expression in the page (promises are awaited) and returns its
    // value as JSON. ok (if given) is false on an exception, a timeout or a non-JSON value
    // (errorString() says which); then the result is null.
    QJsonValue evaluate(const QString &expression, bool *ok = nullptr, int timeoutMs = 10000);
    // Evaluates condition every pollMs until it is truthy. False on timeout, with errorString()
    // naming the condition and its last value or exception.
    bool waitFor(const QString &condition, int timeoutMs = 5000, int pollMs = 10);
    // Saves the page's viewport as a PNG (with alpha where the page is transparent).
    bool screenshot(const QString &pngPath);

    // A raw DevTools command to the page (e.g. "Emulation.setDeviceMetricsOverride"). Returns
    // its result; ok false with errorString() on a protocol error or timeout.
    QJsonObject command(const QString &method, const QJsonObject &params = {}, bool *ok = nullptr,
                        int timeoutMs = 10000);

    // What the page logged (console.*, uncaught exceptions, network and CORS errors) and the
    // last lines Chromium wrote to stderr, for failure messages.
    QStringList consoleMessages() const { return m_console; }
    QString diagnostics() const;

Q_SIGNALS:
    // Internal: something arrived (a DevTools message, browser output or exit).
    void activity();

private:
    QJsonObject call(const QString &method, const QJsonObject &params, const QString &sessionId,
                     bool *ok, int timeoutMs);
    bool waitUntil(const std::function<bool()> &done, int timeoutMs);
    void readStderr();
    void onMessage(const QString &text);
    void fail(const QString &message);
    void stop();
    static bool isLocalUrl(const QUrl &url);

    QSize m_windowSize{1280, 720};
    bool m_muted = false;
    std::unique_ptr<QTemporaryDir> m_profile;
    QProcess m_process;
    qint64 m_pid = 0;
    QByteArray m_stderrBuffer;
    QStringList m_stderrTail;
    QUrl m_browserUrl; // ws://127.0.0.1:<port>/devtools/browser/<id>
    std::unique_ptr<QWebSocket> m_socket;
    bool m_socketOpen = false;
    QString m_sessionId; // the page's flat session
    QString m_targetId;
    int m_nextId = 1;
    QHash<int, QJsonObject> m_replies;
    int m_loadEvents = 0;
    QStringList m_console;
    QString m_error;
    qint64 m_startupMs = -1;
};

} // namespace chatvox::test
