#pragma once

#include <memory>

#include <QByteArray>
#include <QObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace chatvox::test {

// Runs Windows programs under Wine for the Windows tests: the shared Wine prefix (made once
// per run by wine-prefix.sh, the ctest fixture), a private virtual display (Xvfb picks a free
// one) and one persistent wineserver for the whole session, so that programs start fast and
// children of a program (an uninstaller's copy of itself) live on in the same session. Sound
// goes to the PulseAudio server of the environment (tests/with-pulseaudio.sh).
class WineSession : public QObject
{
    Q_OBJECT
public:
    struct Result
    {
        bool finished = false; // false: timed out (the program was killed)
        int exitCode = -1;
        QByteArray out; // stdout, \r\n made \n
        QByteArray err;
        double seconds = 0;
    };

    explicit WineSession(QObject *parent = nullptr);
    ~WineSession() override;

    // False with errorString() when Wine, the prefix or Xvfb is missing.
    bool start();
    QString errorString() const { return m_error; }

    // Runs a Windows program (a Unix path to it, or a Windows path in the prefix) with the
    // event loop running meanwhile, so that in-process fakes keep answering it.
    Result run(const QString &program, const QStringList &args, int timeoutMs = 60000);
    // Starts a Windows program and returns at once (a long-running one, e.g. chatvox.exe
    // reading chat); null when it cannot start. Killing the process ends the program.
    std::unique_ptr<QProcess> start(const QString &program, const QStringList &args);

    // Z:\... for a Unix path (Wine maps / to Z:).
    static QString windowsPath(const QString &unixPath);
    QString prefix() const { return m_prefix; }
    // drive_c/users/<the user>: AppData\Local (settings), Desktop, Start menu live there.
    QString userProfile() const;
    // The value of a registry entry ("HKCU\\Software\\..."), empty when absent.
    QString registryValue(const QString &key, const QString &name);
    bool registryKeyExists(const QString &key);

private:
    QProcessEnvironment m_env;
    QString m_wine;
    QString m_prefix;
    QString m_error;
    QProcess m_xvfb;
    QProcess m_server;
};

} // namespace chatvox::test
