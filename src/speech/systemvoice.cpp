#include "systemvoice.h"

#include "speech/logging.h"

#include <QDeadlineTimer>
#include <QLocale>
#include <QThread>

#ifdef CHATVOX_HAVE_TEXTTOSPEECH
#    include <QTextToSpeech>
#    include <QVoice>
#endif

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace chatvox {

// Owns the QTextToSpeech object and makes every call to it, in SystemVoice's thread of its own:
// the platform's speech calls block (see systemvoice.h). Answers with signals tagged with the
// serial of the say() they belong to; SystemVoice, in the caller's thread, ignores stale ones.
class SystemVoiceWorker : public QObject
{
    Q_OBJECT
public:
    SystemVoiceWorker(const QString &engineName, bool defaultEngine,
                      std::shared_ptr<std::atomic<quint64>> cancelledUpTo)
        : m_engineName(engineName)
        , m_defaultEngine(defaultEngine)
        , m_cancelledUpTo(std::move(cancelledUpTo))
    {
    }

    ~SystemVoiceWorker() override
    {
#ifdef CHATVOX_HAVE_TEXTTOSPEECH
        if (m_speech) {
            m_speech->disconnect(this);
            if (m_active) // else nothing to cut: no round trip to the service on the way out
                m_speech->stop(QTextToSpeech::BoundaryHint::Immediate);
        }
#endif
    }

    // Blocks: about 2 s with speech-dispatcher, for ever with one that does not answer.
    void connectEngine();
    void say(quint64 serial, const QString &text, const VoiceParams &voice);
    void stop();

Q_SIGNALS:
    void connected(bool ok, const QString &engine, const QString &error);
    void started(quint64 serial);
    void finished(quint64 serial);
    void failed(quint64 serial, const QString &message); // user-facing
    void answered(); // once per say() and stop(), when it has been handed to the platform

private:
    void onStateChanged(int state);
    void onError(const QString &message);

    const QString m_engineName;
    const bool m_defaultEngine;
    const std::shared_ptr<std::atomic<quint64>> m_cancelledUpTo;
#ifdef CHATVOX_HAVE_TEXTTOSPEECH
    QTextToSpeech *m_speech = nullptr; // child
#endif
    QString m_error; // connecting failed
    QLocale m_defaultLocale;
    QLocale m_japaneseLocale; // C locale when the platform has no Japanese voice
    quint64 m_serial = 0;
    bool m_active = false;
    bool m_started = false;
};

void SystemVoiceWorker::connectEngine()
{
#ifdef CHATVOX_HAVE_TEXTTOSPEECH
    if (m_speech || !m_error.isEmpty()) {
        Q_EMIT connected(m_speech != nullptr, m_speech ? m_speech->engine() : m_engineName,
                         m_error);
        return;
    }
    m_speech = m_defaultEngine ? new QTextToSpeech(this) : new QTextToSpeech(m_engineName, this);
    if (m_speech->state() == QTextToSpeech::Error) {
        m_error
            = SystemVoice::tr("The system voice could not start: %1").arg(m_speech->errorString());
        delete m_speech;
        m_speech = nullptr;
        Q_EMIT connected(false, m_engineName, m_error);
        return;
    }
    m_defaultLocale = m_speech->locale();
    m_japaneseLocale = QLocale::c();
    for (const QLocale &locale : m_speech->availableLocales()) {
        if (locale.language() == QLocale::Japanese) {
            m_japaneseLocale = locale;
            break;
        }
    }
    qCInfo(lcSpeech) << "system voice:" << m_speech->engine() << "locale" << m_defaultLocale.name()
                     << "japanese"
                     << (m_japaneseLocale == QLocale::c() ? u"none"_s : m_japaneseLocale.name());
    connect(m_speech, &QTextToSpeech::stateChanged, this,
            [this](QTextToSpeech::State state) { onStateChanged(int(state)); });
    connect(m_speech, &QTextToSpeech::errorOccurred, this,
            [this](QTextToSpeech::ErrorReason, const QString &message) { onError(message); });
    Q_EMIT connected(true, m_speech->engine(), QString());
#else
    Q_EMIT connected(false, m_engineName, u"no Qt TextToSpeech"_s);
#endif
}

void SystemVoiceWorker::say(quint64 serial, const QString &text, const VoiceParams &voice)
{
#ifdef CHATVOX_HAVE_TEXTTOSPEECH
    if (serial <= m_cancelledUpTo->load()) {
        // Stopped (or given up on) while it waited here: saying it now would come out of the
        // blue.
        Q_EMIT answered();
        return;
    }
    if (!m_speech) {
        Q_EMIT failed(serial, m_error);
        Q_EMIT answered();
        return;
    }
    if (m_active) {
        m_active = false;
        m_speech->stop(QTextToSpeech::BoundaryHint::Immediate);
    }
    const QLocale wanted = SystemVoice::looksJapanese(text) && m_japaneseLocale != QLocale::c()
        ? m_japaneseLocale
        : m_defaultLocale;
    if (m_speech->locale() != wanted)
        m_speech->setLocale(wanted);
    // VoiceParams speak the engine's language: speedScale 1 = normal (x2 = twice as fast),
    // pitchScale ±0.15 is a large shift, volumeScale 1 = normal. Qt uses -1..1 and 0..1.
    const auto finiteOr = [](double v, double fallback) { return std::isfinite(v) ? v : fallback; };
    const double speed = std::max(0.01, finiteOr(voice.speedScale, 1.0));
    m_speech->setRate(std::clamp(std::log2(speed), -1.0, 1.0));
    m_speech->setPitch(std::clamp(finiteOr(voice.pitchScale, 0.0) / 0.15, -1.0, 1.0));
    m_speech->setVolume(std::clamp(finiteOr(voice.volumeScale, 1.0), 0.0, 1.0));

    m_serial = serial;
    m_active = true;
    m_started = false;
    qCDebug(lcSpeech) << "system voice says" << text.size() << "chars in" << wanted.name();
    m_speech->say(text);
#else
    Q_UNUSED(text);
    Q_UNUSED(voice);
    Q_EMIT failed(serial, m_error);
#endif
    Q_EMIT answered();
}

void SystemVoiceWorker::stop()
{
    m_active = false;
    m_started = false;
#ifdef CHATVOX_HAVE_TEXTTOSPEECH
    if (m_speech)
        m_speech->stop(QTextToSpeech::BoundaryHint::Immediate);
#endif
    Q_EMIT answered();
}

void SystemVoiceWorker::onStateChanged(int state)
{
#ifdef CHATVOX_HAVE_TEXTTOSPEECH
    if (!m_active)
        return;
    switch (QTextToSpeech::State(state)) {
    case QTextToSpeech::Speaking:
        if (!m_started) {
            m_started = true;
            Q_EMIT started(m_serial);
        }
        break;
    case QTextToSpeech::Ready:
        if (m_started) {
            m_active = false;
            m_started = false;
            Q_EMIT finished(m_serial);
        }
        break;
    case QTextToSpeech::Error:
        onError(m_speech->errorString());
        break;
    case QTextToSpeech::Paused:
        break;
    }
#else
    Q_UNUSED(state);
#endif
}

void SystemVoiceWorker::onError(const QString &message)
{
    if (!m_active)
        return;
    m_active = false;
    m_started = false;
    qCWarning(lcSpeech).noquote() << "system voice failed:" << message;
    Q_EMIT failed(m_serial, SystemVoice::tr("The system voice failed: %1").arg(message));
}

SystemVoice::SystemVoice(QObject *parent)
    : QObject(parent)
{
    init(QString());
}

SystemVoice::SystemVoice(const QString &engineName, QObject *parent)
    : QObject(parent)
{
    init(engineName);
}

SystemVoice::~SystemVoice()
{
    m_active = false;
    if (!m_thread)
        return;
    m_cancelledUpTo->store(m_serial);
    m_worker->disconnect(this);
    // The worker is deleted in its thread as the thread ends (QThread::finished), so that the
    // platform's speech is closed where it was opened.
    m_thread->quit();
    if (m_thread->wait(QDeadlineTimer(kShutdownTimeoutMs))) {
        delete m_thread;
        return;
    }
    // Stuck in a platform call: the app's exit must not wait for it. The thread cleans up after
    // itself if the call ever returns; otherwise the process's end takes it.
    // (Not even isFinished() may be trusted: it is true while the thread is still deleting the
    // worker, where a stuck platform call may hold it; ~QThread would wait for that.)
    qCWarning(lcSpeech) << "the system voice did not stop within" << kShutdownTimeoutMs
                        << "ms; leaving its thread behind";
}

bool SystemVoice::looksJapanese(QStringView text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u >= 0x3040 && u <= 0x30FF) // hiragana, katakana
            || (u >= 0x3400 && u <= 0x9FFF) // CJK ideographs (kanji)
            || (u >= 0xFF66 && u <= 0xFF9F)) // half-width katakana
            return true;
    }
    return false;
}

void SystemVoice::init(const QString &engineName)
{
    m_cancelledUpTo = std::make_shared<std::atomic<quint64>>(0);
    m_startTimer.setSingleShot(true);
    connect(&m_startTimer, &QTimer::timeout, this, &SystemVoice::onStartTimeout);
    m_connectTimer.setSingleShot(true);
    connect(&m_connectTimer, &QTimer::timeout, this, &SystemVoice::onConnectTimeout);
#ifdef CHATVOX_HAVE_TEXTTOSPEECH
    // Listing the plugins is cheap; connecting to the speech service is not (startWorker).
    const QStringList engines = QTextToSpeech::availableEngines();
    if (engines.isEmpty()) {
        m_unavailableReason = tr("No text-to-speech engine is installed for Qt (on Linux: "
                                 "the speech-dispatcher plugin of Qt TextToSpeech).");
        return;
    }
    if (!engineName.isEmpty() && !engines.contains(engineName)) {
        m_unavailableReason = tr("The text-to-speech engine \"%1\" is not installed (have: %2).")
                                  .arg(engineName, engines.join(", "_L1));
        return;
    }
    m_engineName = engineName.isEmpty() ? engines.first() : engineName;
    m_defaultEngine = engineName.isEmpty();
#else
    Q_UNUSED(engineName);
    m_unavailableReason = tr("This build of ChatVox has no system voice (built without Qt "
                             "TextToSpeech).");
#endif
}

void SystemVoice::startWorker()
{
    if (m_thread || !m_unavailableReason.isEmpty())
        return;
    // No parent: a thread stuck in a platform call must outlive this object (destructor).
    m_thread = new QThread;
    m_thread->setObjectName(u"chatvox-systemvoice"_s);
    m_worker = new SystemVoiceWorker(m_engineName, m_defaultEngine, m_cancelledUpTo);
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    // A thread left behind by the destructor deletes itself if it ever ends (the destructor
    // deletes one that ended in time itself, and the posted deleteLater goes with it).
    connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
    connect(m_worker, &SystemVoiceWorker::connected, this, &SystemVoice::onConnected);
    connect(m_worker, &SystemVoiceWorker::answered, this, &SystemVoice::onAnswered);
    connect(m_worker, &SystemVoiceWorker::started, this, &SystemVoice::onWorkerStarted);
    connect(m_worker, &SystemVoiceWorker::finished, this, &SystemVoice::onWorkerFinished);
    connect(m_worker, &SystemVoiceWorker::failed, this, &SystemVoice::onWorkerFailed);
    m_thread->start();
    m_connection = Connection::Connecting;
    m_connectTimer.start(m_connectTimeoutMs);
    post([](SystemVoiceWorker *worker) { worker->connectEngine(); });
}

void SystemVoice::post(std::function<void(SystemVoiceWorker *)> command)
{
    SystemVoiceWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker, command = std::move(command)] { command(worker); }, Qt::QueuedConnection);
}

bool SystemVoice::prepare()
{
    startWorker();
    return isAvailable();
}

bool SystemVoice::isAvailable() const
{
    return m_unavailableReason.isEmpty() && m_stuckReason.isEmpty();
}

QString SystemVoice::unavailableReason() const
{
    return m_unavailableReason.isEmpty() ? m_stuckReason : m_unavailableReason;
}

QString SystemVoice::engineName() const
{
    return m_engineName;
}

void SystemVoice::say(const QString &text, const VoiceParams &voice)
{
    if (!isAvailable()) {
        QMetaObject::invokeMethod(
            this, [this, reason = unavailableReason()] { Q_EMIT failed(reason); },
            Qt::QueuedConnection);
        return;
    }
    if (m_active)
        stop();
    if (text.trimmed().isEmpty()) {
        // Nothing to say; platforms differ in whether they report anything for it.
        QMetaObject::invokeMethod(
            this,
            [this] {
                Q_EMIT started();
                Q_EMIT finished();
            },
            Qt::QueuedConnection);
        return;
    }
    startWorker();
    const quint64 serial = ++m_serial;
    m_active = true;
    m_started = false;
    ++m_unanswered;
    post([serial, text, voice](SystemVoiceWorker *worker) { worker->say(serial, text, voice); });
    if (m_connection == Connection::Connected)
        m_startTimer.start(m_startTimeoutMs); // else once connected
}

void SystemVoice::stop()
{
    m_active = false;
    m_started = false;
    m_startTimer.stop();
    if (!m_worker)
        return;
    m_cancelledUpTo->store(m_serial);
    if (m_connection == Connection::Connected) {
        ++m_unanswered;
        post([](SystemVoiceWorker *worker) { worker->stop(); });
    }
}

void SystemVoice::setStuck(const QString &reason)
{
    const bool wasAvailable = isAvailable();
    m_stuckReason = reason;
    qCWarning(lcSpeech).noquote() << reason;
    if (wasAvailable)
        Q_EMIT availabilityChanged(false);
}

void SystemVoice::failActive(const QString &message)
{
    if (!m_active)
        return;
    stop();
    Q_EMIT failed(message);
}

void SystemVoice::onConnected(bool ok, const QString &engine, const QString &error)
{
    m_connectTimer.stop();
    const bool wasAvailable = isAvailable();
    if (ok) {
        if (!m_stuckReason.isEmpty())
            qCInfo(lcSpeech) << "the system voice answered after all";
        m_connection = Connection::Connected;
        m_engineName = engine;
        m_stuckReason.clear();
        if (m_active && !m_started)
            m_startTimer.start(m_startTimeoutMs); // the say() posted meanwhile comes next
    } else {
        m_connection = Connection::Failed;
        m_unavailableReason = error;
        m_stuckReason.clear();
        qCWarning(lcSpeech).noquote() << error;
    }
    if (wasAvailable != isAvailable())
        Q_EMIT availabilityChanged(isAvailable());
    if (!ok)
        failActive(error);
}

void SystemVoice::onConnectTimeout()
{
    if (m_connection != Connection::Connecting)
        return;
    setStuck(tr("The system voice (%1) did not answer within %2 seconds.")
                 .arg(m_engineName)
                 .arg(m_connectTimeoutMs / 1000.0, 0, 'g', 3));
    failActive(m_stuckReason);
}

void SystemVoice::onAnswered()
{
    m_unanswered = std::max(0, m_unanswered - 1);
    if (m_unanswered == 0 && m_connection == Connection::Connected && !m_stuckReason.isEmpty()) {
        qCInfo(lcSpeech) << "the system voice answers again";
        m_stuckReason.clear();
        if (isAvailable())
            Q_EMIT availabilityChanged(true);
    }
}

void SystemVoice::onWorkerStarted(quint64 serial)
{
    if (!m_active || serial != m_serial || m_started)
        return;
    m_started = true;
    m_startTimer.stop();
    Q_EMIT started();
}

void SystemVoice::onWorkerFinished(quint64 serial)
{
    if (!m_active || serial != m_serial)
        return;
    m_active = false;
    m_started = false;
    m_startTimer.stop();
    Q_EMIT finished();
}

void SystemVoice::onWorkerFailed(quint64 serial, const QString &message)
{
    if (!m_active || serial != m_serial)
        return;
    m_active = false;
    m_started = false;
    m_startTimer.stop();
    Q_EMIT failed(message);
}

void SystemVoice::onStartTimeout()
{
    if (!m_active)
        return;
    // The worker has not even handed the text to the platform: it hangs in a platform call.
    // Later messages must not wait for it too (the queue asks isAvailable() first).
    if (m_unanswered > 0)
        setStuck(tr("The system voice (%1) stopped answering.").arg(m_engineName));
    failActive(tr("The system voice did not start speaking within %1 seconds.")
                   .arg(m_startTimeoutMs / 1000.0, 0, 'g', 3));
}

} // namespace chatvox

#include "systemvoice.moc"
