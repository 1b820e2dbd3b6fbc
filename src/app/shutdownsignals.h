#pragma once

#include <QObject>

namespace chatvox {

// Turns SIGINT/SIGTERM (POSIX) or Ctrl+C / console close (Windows) into a Qt signal delivered
// on the event loop, so the app can stop the queue and save settings before it exits.
class ShutdownSignals : public QObject
{
    Q_OBJECT
public:
    explicit ShutdownSignals(QObject *parent = nullptr);
    ~ShutdownSignals() override;

Q_SIGNALS:
    void shutdownRequested(int signalNumber);

private:
    void onNotifierActivated();
};

} // namespace chatvox
