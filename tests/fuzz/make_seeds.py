#!/usr/bin/env python3
"""Writes the seed corpora under tests/fuzz/corpus/<target>/ from the project's test data.

Run it again after the test data changes: python3 tests/fuzz/make_seeds.py
Seeds are small, real samples (Twitch lines from the fixtures and the demo log, the filter
golden cases, VOICEVOX answers, WAV files of every format the reader knows, settings files).
Inputs the fuzzer finds later are not seeds: they stay in build/fuzz/, and only those that
broke something are kept, in regressions/<target>/.
"""
import json
import math
import pathlib
import shutil
import struct

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent.parent
DATA = ROOT / "tests" / "data"
CORPUS = HERE / "corpus"


def fresh(target):
    folder = CORPUS / target
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    return folder


def irc_lines():
    files = [DATA / "twitch" / "irc_samples.txt", DATA / "twitch" / "replay" / "sample_chat.log",
             ROOT / "resources" / "demo" / "demo_chat.log"]
    for f in files:
        for line in f.read_bytes().split(b"\n"):
            line = line.rstrip(b"\r")
            if line and not line.startswith(b"#"):
                yield line


def ircline():
    out = fresh("ircline")
    seen = set()
    lines = list(irc_lines())
    for line in lines:
        if line in seen:
            continue
        seen.add(line)
        (out / f"line-{len(seen):03d}").write_bytes(line)
    # Frames of several CRLF-terminated lines, as Twitch sends the welcome and busy chat.
    welcome = [l for l in lines if l.startswith(b":tmi.twitch.tv 00") or b" 37" in l]
    (out / "frame-welcome").write_bytes(b"\r\n".join(welcome) + b"\r\n")
    chat = [l for l in lines if b" PRIVMSG " in l][:6]
    (out / "frame-chat").write_bytes(b"\r\n".join(chat) + b"\r\n")
    # Tag escapes and odd shapes the parser tests pin down.
    for i, line in enumerate([
            rb"@k=a\:b\sc\\d\r\n\x\ ;x=1;k=2 :n!u@h PRIVMSG #c :hi",
            b"@a;b=;c=1;;=orphan;d CMD",
            b"PING :tmi.twitch.tv",
            b":tmi.twitch.tv RECONNECT",
            "@emotes=25:0-4,6-10/1902:12-16 :a!a@a PRIVMSG #c :Kappa Kappa Keepo 😀".encode(),
            b"@emotes=1:0-1 :a!a@a PRIVMSG #c :\x01ACTION waves\x01",
            b"@ban-duration=600;target-user-id=1 :tmi.twitch.tv CLEARCHAT #c :troll",
            b"@target-msg-id=abc;login=troll :tmi.twitch.tv CLEARMSG #c :text",
            b":tmi.twitch.tv CLEARCHAT #c",
            b"@msg-id=emote_only_on :tmi.twitch.tv NOTICE #c :This room is now in emote-only mode.",
            b":tmi.twitch.tv NOTICE * :Login authentication failed",
    ]):
        (out / f"shape-{i:02d}").write_bytes(line)


def filter_seeds():
    out = fresh("filter")
    records = []
    buf = ""
    for raw in (DATA / "filter" / "cases.jsonl").read_text(encoding="utf-8").split("\n"):
        if raw.startswith((" ", "\t")):
            buf += raw
            continue
        if buf.strip():
            records.append(json.loads(buf))
        buf = "" if (not raw.strip() or raw.startswith("#")) else raw
    if buf.strip():
        records.append(json.loads(buf))

    def seed(settings, message):
        s = settings
        flags = 0
        flags |= 0x01 if s.get("ignoreKnownBots", True) else 0
        flags |= 0x02 if s.get("skipCommands", True) else 0
        flags |= 0x04 if s.get("stripEmotes", True) else 0
        flags |= 0x08 if s.get("replaceUrls", True) else 0
        flags |= 0x10 if s.get("namePrefix", False) else 0
        flags |= 0x20 if s.get("rateLimit", False) else 0
        flags |= 0x40 if s.get("lengthMode", "cut") == "skip" else 0
        flags |= 0x80 if message.get("isAction", False) else 0
        head = bytes([flags, min(s.get("maxRepeat", 3), 8), min(s.get("lengthLimit", 40), 120),
                      s.get("rateLimitMessages", 3) - 1, s.get("rateLimitSeconds", 30) - 1])
        login = message.get("login", "viewer")
        fields = [
            message.get("text", ""), login, message.get("displayName", ""),
            message.get("emotes", ""), "\n".join(s.get("ngWords", [])),
            "\n".join(f"{w}\t{r}" for w, r in s.get("dictionary", [])),
            s.get("urlReplacement", "URL"), s.get("cutSuffix", "以下略"),
            s.get("namePrefixTemplate", "{name}さん、{text}"),
            "\n".join(s.get("commandPrefixes", ["!"])), "\n".join(s.get("ignoredUsers", [])),
            s.get("nicknames", {}).get(login, ""), message.get("noticeKind", ""),
        ]
        # The reading rules (issue 18): raw emote ranges (none), a byte of rules turned off,
        # kaomojiReplacement, the default dictionary when the case replaces it.
        off = 0
        off |= 0x01 if not s.get("useDefaultDictionary", True) else 0
        off |= 0x02 if not s.get("dropKaomoji", True) else 0
        off |= 0x04 if not s.get("applause", True) else 0
        off |= 0x08 if not s.get("englishToKana", True) else 0
        off |= 0x10 if not s.get("readableNames", True) else 0
        off |= 0x20 if s.get("emoji", "names") == "drop" else 0
        off |= {"wara": 0, "fufu": 1, "drop": 2, "off": 3}[s.get("laughter", "wara")] << 6
        tail = b"\0" + bytes([off]) + b"\0".join(f.encode("utf-8") for f in [
            s.get("kaomojiReplacement", ""),
            "\n".join(f"{w}\t{r}" for w, r in s.get("defaultDictionary", []))])
        return head + b"\0".join(f.encode("utf-8") for f in fields) + b"\0" + tail

    n = 0
    for record in records:
        settings = record.get("settings", {})
        steps = record.get("steps") or [record]
        for step in steps:
            n += 1
            (out / f"{n:03d}-{record['name']}"[:80]).write_bytes(seed(settings, step["message"]))


def wav(rate, channels, bits, fmt_tag=1, ms=15, extensible=False, extra_chunks=b"",
        odd_chunk=False):
    frames = rate * ms // 1000
    samples = []
    for i in range(frames):
        v = 0.5 * math.sin(2 * math.pi * 440 * i / rate)
        for _ in range(channels):
            samples.append(v)
    if fmt_tag == 3:
        data = b"".join(struct.pack("<f", v) for v in samples)
    elif bits == 8:
        data = bytes(int(128 + v * 127) for v in samples)
    elif bits == 16:
        data = b"".join(struct.pack("<h", int(v * 32767)) for v in samples)
    elif bits == 24:
        data = b"".join(struct.pack("<i", int(v * 8388607))[:3] for v in samples)
    else:
        data = b"".join(struct.pack("<i", int(v * 2147483647)) for v in samples)
    block = channels * bits // 8
    if extensible:
        sub = b"\x01\x00\x00\x00\x00\x00\x10\x00\x80\x00\x00\xaa\x00\x38\x9b\x71"
        if fmt_tag == 3:
            sub = b"\x03" + sub[1:]
        fmt = struct.pack("<HHIIHHHHI", 0xFFFE, channels, rate, rate * block, block, bits, 22,
                          bits, (1 << channels) - 1) + sub
    else:
        fmt = struct.pack("<HHIIHH", fmt_tag, channels, rate, rate * block, block, bits)
    chunks = b"fmt " + struct.pack("<I", len(fmt)) + fmt + extra_chunks
    if odd_chunk:
        chunks += b"junk" + struct.pack("<I", 3) + b"abc\0"
    chunks += b"data" + struct.pack("<I", len(data)) + data
    return b"RIFF" + struct.pack("<I", 4 + len(chunks)) + b"WAVE" + chunks


def wav_seeds():
    out = fresh("wav")
    info = b"LIST" + struct.pack("<I", 16) + b"INFOISFT" + struct.pack("<I", 4) + b"Lavf"
    cases = {
        "voicevox-24k-mono-16": wav(24000, 1, 16),
        "aivis-44k1-mono-16": wav(44100, 1, 16),
        "sharevox-48k-mono-16": wav(48000, 1, 16),
        "stereo-44k1-16": wav(44100, 2, 16),
        "u8-22k05-mono": wav(22050, 1, 8),
        "s24-48k-stereo": wav(48000, 2, 24),
        "s32-16k-mono": wav(16000, 1, 32),
        "float-32k-mono": wav(32000, 1, 32, fmt_tag=3),
        "extensible-6ch-48k-16": wav(48000, 6, 16, extensible=True, ms=5),
        "extensible-float-stereo": wav(24000, 2, 32, fmt_tag=3, extensible=True),
        "list-and-odd-chunk": wav(24000, 1, 16, extra_chunks=info, odd_chunk=True),
        "8k-mono-16": wav(8000, 1, 16, ms=30),
    }
    for name, data in cases.items():
        (out / name).write_bytes(data)


def voicevox_seeds():
    out = fresh("voicevox")
    for f in sorted((DATA / "voicevox").glob("*.json")):
        if f.name == "openapi.json":
            continue  # 100+ KB schema: not an answer ChatVox parses
        (out / f.name).write_bytes(f.read_bytes())
    (out / "version-bare.txt").write_bytes(b'"0.14.4"')
    (out / "fastapi-500.txt").write_bytes(b"Internal Server Error")
    (out / "detail-string.json").write_bytes(b'{"detail":"Not Found"}')


def settings_seeds():
    out = fresh("settings")
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    example = readme.split("```ini\n", 1)[1].split("```", 1)[0]
    (out / "readme-example.ini").write_text(example, encoding="utf-8")
    (out / "empty.ini").write_bytes(b"")
    (out / "schema-only.ini").write_bytes(b"[app]\nschemaVersion=1\n")
    (out / "newer-schema.ini").write_bytes(b"[app]\nschemaVersion=99\nlanguage=ja\n")
    # Files of ChatVox before [general] moved to [app]:
    (out / "old-general.ini").write_bytes(
        b"[general]\nschemaVersion=1\nlanguage=en\nstartMinimized=true\nlogLevel=debug\n")
    (out / "general-and-app.ini").write_bytes(
        b"[app]\nlanguage=ja\n[general]\nlanguage=en\nschemaVersion=1\n")
    (out / "bad-values.ini").write_bytes(
        b"[speech]\nstyle=abc\nspeedScale=fast\nprefetch=-3\nengines=ftp://x, http://127.0.0.1:1\n"
        b"[audio]\nvolume=7\n[filter]\nlengthMode=SKIP\nrateLimit=maybe\nnamePrefixTemplate={name}\n")
    (out / "arrays.ini").write_bytes(
        "[dictionary]\n1\\word=草\n1\\reading=くさ\n2\\word=\n2\\reading=x\nsize=2\n"
        "[nicknames]\n1\\login=Kenji\n1\\nickname=けんじ\nsize=1\n"
        "[userVoices]\n1\\login=mika\n1\\style=-7\n1\\speedScale=1.2\nsize=1\n".encode())
    # The reading rules (issue 18): every one changed, and an edited default-readings table.
    (out / "reading-rules.ini").write_bytes(
        "[filter]\nuseDefaultDictionary=false\ndropKaomoji=false\nkaomojiReplacement=かおもじ\n"
        "laughter=fufu\napplause=false\nemoji=drop\nenglishToKana=false\nreadableNames=false\n"
        "[defaultDictionary]\n1\\word=gg\n1\\reading=じーじー\n2\\word=nice\n"
        "2\\reading=ないす\nsize=2\n".encode())
    (out / "reading-rules-bad.ini").write_bytes(
        b"[filter]\nlaughter=LOL\nemoji=1, 2\nuseDefaultDictionary=maybe\ndropKaomoji=@Invalid()\n"
        b"applause=2\nenglishToKana=\nreadableNames=yes\n"
        b"[defaultDictionary]\n1\\word=gg\n1\\reading=x\nsize=many\n")
    (out / "default-readings-empty.ini").write_bytes(
        b"[filter]\nlaughter=Off\nemoji=NAMES\n[defaultDictionary]\nsize=0\n")
    (out / "quoted-and-escaped.ini").write_bytes(
        b'[filter]\nngWords="a, b", c\nurlReplacement="\\x30e6\\x30fc"\ncutSuffix=\\t\n'
        b"[chat]\nchannel=#SomeOne\nircUrl=ws://127.0.0.1:1\n")
    (out / "corrupt-binary.ini").write_bytes(b"\x00\x01\x02RIFF\xff\xfe")
    (out / "corrupt-no-equals.ini").write_bytes(b"[chat]\nthis is not a setting\n")
    (out / "corrupt-latin1.ini").write_bytes(b"[chat]\nchannel=caf\xe9\n")
    (out / "crlf.ini").write_bytes(b"[chat]\r\nchannel=abc\r\n; comment\r\n")


def eventsub_seeds():
    out = fresh("eventsub")
    src = DATA / "twitch" / "eventsub"
    for f in sorted(src.glob("*.json")):
        (out / f.name).write_bytes(f.read_bytes())
    # The redemption fixture is a payload only: here it is as the WebSocket frame around it.
    payload = json.loads((src / "notification_channel_points_custom_reward_redemption_add"
                          ".payload.json").read_text(encoding="utf-8"))
    redemption = {
        "metadata": {
            "message_id": "befa7b53-d79d-478f-86b9-120f112b044e",
            "message_type": "notification",
            "message_timestamp": "2022-11-16T10:11:12.464757833Z",
            "subscription_type": "channel.channel_points_custom_reward_redemption.add",
            "subscription_version": "1",
        },
        "payload": payload,
    }
    frame = json.dumps(redemption, ensure_ascii=False).encode()
    (out / "notification_redemption_frame.json").write_bytes(frame)
    # Frames in a row, NUL-separated (fuzz_eventsub.cpp): a session's life, with a repeat.
    life = [(src / "session_welcome.json").read_bytes(), frame, frame,
            (src / "session_keepalive.json").read_bytes(),
            (src / "session_reconnect.json").read_bytes(),
            (src / "session_welcome.chatterino.json").read_bytes(),
            (src / "revocation.json").read_bytes()]
    (out / "session_life.frames").write_bytes(b"\0".join(life))


def bridge_seeds():
    """bridge.json files, and files followed by a stream script (fuzz_bridge.cpp's format)."""
    out = fresh("bridge")
    src = DATA / "bridge"
    fallguys = (src / "fallguys.json").read_bytes()
    (out / "fallguys.json").write_bytes(fallguys)
    # The configurations tst_bridgeconfig writes inline (good and bad ones).
    test = (ROOT / "tests" / "bridge" / "tst_bridgeconfig.cpp").read_text(encoding="utf-8")
    n = 0
    for chunk in test.split('R"(')[1:]:
        text = chunk.split(')"', 1)[0]
        if text.lstrip().startswith("{"):
            n += 1
            (out / f"tst_bridgeconfig-{n:02}.json").write_bytes(text.encode())

    # The chat of commands.log as a script: op 0 = a chat line (badges bits, viewer, flags,
    # text), op 3 = time passes (2 bytes, ms), op 5 = the pump, op 6 = the dry run's end, op 8 = mode.
    badge_bits = {"broadcaster": 1, "moderator": 2, "lead_moderator": 4, "vip": 8,
                  "subscriber": 16, "founder": 32}
    viewers = {}
    script = bytearray()
    last_ts = None
    for line in (src / "commands.log").read_bytes().decode().splitlines():
        if not line.startswith("@"):
            continue
        tags = dict(t.split("=", 1) for t in line[1:].split(" ", 1)[0].split(";"))
        text = line.split(" :", 2)[2] if line.count(" :") >= 2 else ""
        ts = int(tags.get("tmi-sent-ts", "0"))
        if last_ts is not None and ts > last_ts:
            gap = min(ts - last_ts, 65535)
            script += bytes([3, gap >> 8, gap & 0xFF])
        last_ts = ts
        bits = 0
        for badge in filter(None, tags.get("badges", "").split(",")):
            bits |= badge_bits.get(badge.split("/")[0], 0)
        who = viewers.setdefault(tags.get("user-id", ""), len(viewers) % 7)
        script += bytes([0, bits, who, 0]) + text.encode() + b"\0" + bytes([5])
    script += bytes([6])
    (out / "fallguys-commands.stream").write_bytes(fallguys + b"\0" + script)
    (out / "fallguys-commands-democracy.stream").write_bytes(
        fallguys + b"\0" + bytes([8, 1]) + script)
    # Redemptions (op 2: viewer, flags, id, title, input): the reward by title, by id, in
    # other case, a repeat, a canceled one; then pumping (op 5) and the end.
    redeem = bytearray()
    for who, flags, rid in [(1, 0x05, 1), (2, 0x0D, 2), (3, 0x15, 3), (3, 0x15, 3),
                            (4, 0x24, 4), (5, 0x25, 5)]:
        redeem += bytes([2, who, flags, rid]) + b"left\0"
    redeem += bytes([5, 3, 0x03, 0xE8, 5, 6])
    (out / "fallguys-redemptions.stream").write_bytes(fallguys + b"\0" + redeem)


if __name__ == "__main__":
    ircline()
    filter_seeds()
    wav_seeds()
    voicevox_seeds()
    settings_seeds()
    eventsub_seeds()
    bridge_seeds()
    for d in sorted(CORPUS.iterdir()):
        files = list(d.iterdir())
        print(f"{d.name}: {len(files)} files, {sum(f.stat().st_size for f in files)} bytes")
