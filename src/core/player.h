#pragma once

#include <QByteArray>
#include <QObject>

namespace chatvox {

// Plays one WAV clip at a time. Declared in core so that speech/ can drive playback without
// depending on audio/ (app connects the two).
class Player : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~Player() override;

    // Starts a complete RIFF/WAV clip; a clip already playing is stopped first (without
    // finished()). Exactly one of finished() or failed() follows, unless stop() comes first.
    virtual void play(const QByteArray &wav) = 0;
    // Silences the current clip at once. No finished()/failed() follows for it.
    virtual void stop() = 0;
    virtual bool isPlaying() const = 0;

Q_SIGNALS:
    void started(); // the first audio frame of the clip went to the device
    void finished(); // the clip has really been heard to its end
    void failed(const QString &error);
};

} // namespace chatvox
