#pragma once

#include "core/result.h"
#include "core/utterance.h"

#include <optional>

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>
#include <QString>

// The BouyomiChan (棒読みちゃん) remote-control protocol, pure (no I/O): the binary TCP commands
// of its "アプリケーション連携" port (default 50001) and the JSON answers of its HTTP port (default
// 50080). BouyomiServer is the thin network part. Sources and open questions: README,
// "BouyomiChan compatibility".
//
// TCP, all integers little-endian (the official C sample writes the header with x86 stores):
//   talk (0x0001): int16 command, int16 speed, int16 tone, int16 volume, int16 voice,
//                  uint8 encoding (0 UTF-8, 1 "Unicode" = UTF-16LE, 2 Shift-JIS (CP932)),
//                  int32 length (bytes of text), then the text bytes           → no reply
//   0x0010 pause, 0x0020 resume, 0x0030 skip, 0x0040 clear: the int16 alone   → no reply
//   0x0110 get pause, 0x0120 get now playing: the int16 alone → 1 byte (0 or 1)
//   0x0130 get task count: the int16 alone                   → int32 (little-endian)
namespace chatvox {

// One "read this aloud" request. speed/tone/volume are BouyomiChan's own scales (see
// bouyomiVoiceParams()); -1 means "the reader's default". voice is BouyomiChan's voice number:
// 0 = the default voice, 1..8 its built-in voices (女性1, 女性2, 男性1, 男性2, 中性, ロボット,
// 機械1, 機械2), 10001.. SAPI5 voices; what it means here is the app's business.
struct BouyomiTalk
{
    QString text;
    int speed = -1;
    int tone = -1;
    int volume = -1;
    int voice = 0;
    friend bool operator==(const BouyomiTalk &, const BouyomiTalk &) = default;
};

// BouyomiChan's speed/tone/volume mapped onto the VOICEVOX AudioQuery scales. Any negative value
// (the protocol sends -1) means "default" and gives the neutral value; other values are first
// clamped to BouyomiChan's documented range.
// - speed 50..300, 100 = normal  → speedScale = speed / 100, clamped to 0.5..2.0 (the range
//   ChatVox's own speed setting allows; VOICEVOX sounds broken beyond it).
// - tone 50..200, 100 = normal   → pitchScale = 0.15 * log2(tone / 100), clamped to ±0.15:
//   BouyomiChan's tone is a frequency ratio, VOICEVOX's pitchScale a shift of log-F0, so one
//   octave up or down (200 / 50) lands on the ends of the ±0.15 range ChatVox's settings use.
// - volume 0..100 (BouyomiChan's own maximum, and its usual setting, is 100)
//                                → volumeScale = volume / 100 (0.0..1.0).
// intonationScale stays 1.0 (BouyomiChan has nothing like it).
VoiceParams bouyomiVoiceParams(int speed, int tone, int volume);

namespace bouyomi {

enum class Command : quint16 {
    Talk = 0x0001,
    Pause = 0x0010,
    Resume = 0x0020,
    Skip = 0x0030,
    Clear = 0x0040,
    GetPause = 0x0110,
    GetNowPlaying = 0x0120,
    GetTaskCount = 0x0130,
};

enum class TextEncoding : quint8 {
    Utf8 = 0,
    Utf16LE = 1, // "Unicode" in BouyomiChan's words (.NET Encoding.Unicode)
    ShiftJis = 2, // what Windows clients mean by it: code page 932
};

// Bytes of the talk header before the text: 2+2+2+2+2+1+4.
inline constexpr qsizetype kTalkHeaderBytes = 15;
// Default cap on one talk's text. BouyomiChan has no documented limit; chat lines are far
// shorter, and the cap keeps a hostile length field cheap to refuse.
inline constexpr qsizetype kDefaultMaxTextBytes = 64 * 1024;

// One complete command read from the stream. talk is filled for Command::Talk only.
struct Packet
{
    Command command = Command::Talk;
    BouyomiTalk talk;
    TextEncoding encoding = TextEncoding::Utf8;
};

// Incremental parser for the TCP stream: feed() bytes as they arrive, take complete commands
// with next(). A command cut anywhere (even inside an int16) waits for more bytes. An unknown
// command, an unknown encoding byte, a negative length or one above maxTextBytes, and text that
// is not valid in its declared encoding are errors: the parser stops there for good (the stream
// position is lost), next() returns nothing more and errorString() says what was wrong. The
// header's length is checked before any text is buffered, so a client announcing 2 GB costs 15
// bytes. Buffered bytes stay below kTalkHeaderBytes + maxTextBytes + the size of one feed().
class StreamParser
{
public:
    explicit StreamParser(qsizetype maxTextBytes = kDefaultMaxTextBytes);

    void feed(QByteArrayView bytes);
    // The next complete command; empty when more bytes are needed or after an error.
    std::optional<Packet> next();

    bool hasError() const { return !m_error.isEmpty(); }
    // Translated, says what was wrong (e.g. "unknown command 0x0099"); empty without error.
    QString errorString() const { return m_error; }
    // Bytes received but not yet part of a returned command (a partial command when > 0).
    qsizetype bufferedBytes() const { return m_buffer.size() - m_pos; }

private:
    void fail(const QString &message);

    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qsizetype m_maxTextBytes;
    QString m_error;
};

// The text of a talk command in its declared encoding. Invalid bytes are an error, not replaced:
// a client that declares the wrong encoding would otherwise have mojibake read aloud. A leading
// byte-order mark (UTF-8, UTF-16LE) is dropped, and so are trailing NUL characters (C clients
// sometimes count the terminator). Shift-JIS is decoded as CP932 (ICU's windows-31j, or code page
// 932 on Windows); where neither exists it is an error.
Result<QString> decodeText(QByteArrayView bytes, TextEncoding encoding);

// --- what clients send (for tests and for tools that talk to a BouyomiChan) ---
QByteArray encodeTalk(const BouyomiTalk &talk, TextEncoding encoding = TextEncoding::Utf8);
QByteArray encodeCommand(Command command); // the bare int16 of the commands without arguments

// --- TCP replies ---
QByteArray encodeBoolReply(bool value); // 0x0110, 0x0120: one byte, 1 = true
QByteArray encodeCountReply(qint32 count); // 0x0130: int32 little-endian

// --- HTTP replies (JSON objects as BouyomiChan answers them) ---
QJsonObject talkReply(qint64 taskId); // /Talk → {"taskId":n}
QJsonObject emptyReply(); // /Pause, /Resume, /Skip, /Clear → {}
QJsonObject pauseReply(bool paused); // /GetPause → {"pause":b}
QJsonObject nowPlayingReply(bool playing); // /GetNowPlaying → {"nowPlaying":b}
QJsonObject taskCountReply(qint64 count); // /GetTalkTaskCount → {"talkTaskCount":n}

// True for a JSONP callback name we echo back (letters, digits, '_', '$' and '.', at most 64).
bool isValidJsonpCallback(QStringView name);

} // namespace bouyomi
} // namespace chatvox
