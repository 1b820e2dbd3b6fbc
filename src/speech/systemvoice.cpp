#include "systemvoice.h"

#include "speech/logging.h"

#include <QTimer>

#ifdef CHATVOX_HAVE_TEXTTOSPEECH
#    include <QTextToSpeech>
#    include <QVoice>
#endif

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace chatvox {

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
#ifdef CHATVOX_HAVE_TEXTTOSPEECH
    if (m_speech) {
        m_speech->disconnect(this);
        m_speech->stop();
    }
#endif
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
    m_startTimer.setSingleShot(true);
    connect(&m_startTimer, &QTimer::timeout, this, &SystemVoice::onStartTimeout);
#ifdef CHATVOX_HAVE_TEXTTOSPEECH
    // Listing the plugins is cheap; connecting to the speech service is not (ensureEngine).
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

bool SystemVoice::ensureEngine()
{
#ifdef CHATVOX_HAVE_TEXTTOSPEECH
    if (m_speech)
        return true;
    if (!m_unavailableReason.isEmpty())
        return false;
    m_speech = m_defaultEngine ? new QTextToSpeech(this) : new QTextToSpeech(m_engineName, this);
    if (m_speech->state() == QTextToSpeech::Error) {
        m_unavailableReason
            = tr("The system voice could not start: %1").arg(m_speech->errorString());
        qCWarning(lcSpeech).noquote() << m_unavailableReason;
        delete m_speech;
        m_speech = nullptr;
        return false;
    }
    m_engineName = m_speech->engine();
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
    return true;
#else
    return false;
#endif
}

bool SystemVoice::prepare()
{
    return ensureEngine();
}

bool SystemVoice::isAvailable() const
{
    return m_unavailableReason.isEmpty();
}

QString SystemVoice::unavailableReason() const
{
    return m_unavailableReason;
}

QString SystemVoice::engineName() const
{
    return m_engineName;
}

void SystemVoice::say(const QString &text, const VoiceParams &voice)
{
#ifdef CHATVOX_HAVE_TEXTTOSPEECH
    if (!ensureEngine()) {
        QMetaObject::invokeMethod(
            this, [this] { Q_EMIT failed(m_unavailableReason); }, Qt::QueuedConnection);
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

    const QLocale wanted = looksJapanese(text) && m_japaneseLocale != QLocale::c()
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

    m_active = true;
    m_started = false;
    m_startTimer.start(m_startTimeoutMs);
    qCDebug(lcSpeech) << "system voice says" << text.size() << "chars in" << wanted.name();
    m_speech->say(text);
#else
    Q_UNUSED(text);
    Q_UNUSED(voice);
    QMetaObject::invokeMethod(
        this, [this] { Q_EMIT failed(m_unavailableReason); }, Qt::QueuedConnection);
#endif
}

void SystemVoice::stop()
{
    m_active = false;
    m_started = false;
    m_startTimer.stop();
#ifdef CHATVOX_HAVE_TEXTTOSPEECH
    if (m_speech)
        m_speech->stop(QTextToSpeech::BoundaryHint::Immediate);
#endif
}

void SystemVoice::onStateChanged(int state)
{
#ifdef CHATVOX_HAVE_TEXTTOSPEECH
    if (!m_active)
        return;
    switch (QTextToSpeech::State(state)) {
    case QTextToSpeech::Speaking:
        if (!m_started) {
            m_started = true;
            m_startTimer.stop();
            Q_EMIT started();
        }
        break;
    case QTextToSpeech::Ready:
        if (m_started) {
            m_active = false;
            m_started = false;
            Q_EMIT finished();
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

void SystemVoice::onError(const QString &message)
{
    if (!m_active)
        return;
    m_active = false;
    m_started = false;
    m_startTimer.stop();
    qCWarning(lcSpeech).noquote() << "system voice failed:" << message;
    Q_EMIT failed(tr("The system voice failed: %1").arg(message));
}

void SystemVoice::onStartTimeout()
{
    if (!m_active)
        return;
    stop();
    Q_EMIT failed(tr("The system voice did not start speaking within %1 seconds.")
                      .arg(m_startTimeoutMs / 1000.0, 0, 'g', 3));
}

} // namespace chatvox
