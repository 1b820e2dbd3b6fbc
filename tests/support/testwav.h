#pragma once

#include <QByteArray>

namespace chatvox::test {

// A complete RIFF/WAVE file (16-bit PCM) holding a sine tone with short fades, so tests and
// fakes have real WAV bytes whose pitch and length they control.
QByteArray makeToneWav(int sampleRate, int channels, int durationMs, double frequencyHz,
                       double amplitude = 0.5);

} // namespace chatvox::test
