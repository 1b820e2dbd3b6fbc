#!/usr/bin/env python3
"""Generates the emoji → Japanese name table of src/filter/emojireading.cpp.

Reads the "tts" (short name) annotations of Unicode CLDR's Japanese emoji data, as Debian's
unicode-cldr-core installs them:

    common/annotations/ja.xml         single emoji (and symbols, which are left out)
    common/annotationsDerived/ja.xml  sequences: skin tones, ZWJ, flags, keycaps, tags

and writes a C++ source with one UTF-16 array holding every key followed by its name, and a
sorted array of packed entries (offset, key length, name length) for a binary search.

Keys are stored without U+FE0F (CLDR already strips it from annotations/, we strip it from
the derived file too), so the lookup strips it as well and 👍, ❤ and ❤️ all match.

Usage: gen_emoji_names.py ANNOTATIONS_JA_XML DERIVED_JA_XML OUTPUT_CPP
Standard library only.
"""

import sys
import xml.etree.ElementTree as ET

VS16 = "\ufe0f"
KEYCAP = "\u20e3"

# The blocks whose code points are read as emoji whatever follows them (emojireading.cpp
# isPictographicBlock uses the same ranges): Mahjong … Symbols and Pictographs Extended-A
# (regional indicators, skin tones, the emoji tag base 🏴 included), Miscellaneous Symbols and
# Dingbats, Miscellaneous Symbols and Arrows.
PICTOGRAPHIC_BLOCKS = ((0x1F000, 0x1FAFF), (0x2600, 0x27BF), (0x2B00, 0x2BFF))

# Emoji (Unicode emoji-data.txt, property Emoji) outside those blocks, besides the keycap
# bases. CLDR's annotations/ja.xml names them among plain symbols (punctuation, arrows, math,
# currency, 「」…) that must never be taken for emoji in Japanese text, so only these are kept.
# No emoji has been added outside the blocks since Emoji 1.0, so the list is stable.
EMOJI_OUTSIDE_BLOCKS = (
    (0x00A9, 0x00A9), (0x00AE, 0x00AE), (0x203C, 0x203C), (0x2049, 0x2049),
    (0x2122, 0x2122), (0x2139, 0x2139), (0x2194, 0x2199), (0x21A9, 0x21AA),
    (0x231A, 0x231B), (0x2328, 0x2328), (0x23CF, 0x23CF), (0x23E9, 0x23F3),
    (0x23F8, 0x23FA), (0x24C2, 0x24C2), (0x25AA, 0x25AB), (0x25B6, 0x25B6),
    (0x25C0, 0x25C0), (0x25FB, 0x25FE), (0x2934, 0x2935), (0x3030, 0x3030),
    (0x303D, 0x303D), (0x3297, 0x3297), (0x3299, 0x3299),
)

KEYCAP_BASES = "0123456789#*"

# Packing of one entry into 32 bits: offset | key length << 20 | name length << 25.
OFFSET_BITS, KEY_BITS, NAME_BITS = 20, 5, 7


def in_ranges(cp, ranges):
    return any(first <= cp <= last for first, last in ranges)


def is_emoji_key(key):
    """Whether a CLDR annotation (FE0F stripped) names an emoji rather than a symbol."""
    first = ord(key[0])
    if in_ranges(first, PICTOGRAPHIC_BLOCKS):
        return True
    if len(key) == 2 and key[0] in KEYCAP_BASES and key[1] == KEYCAP:
        return True
    return in_ranges(first, EMOJI_OUTSIDE_BLOCKS)


def read_tts(path):
    names = {}
    root = ET.parse(path).getroot()
    for annotation in root.iter("annotation"):
        if annotation.get("type") != "tts":
            continue
        key = (annotation.get("cp") or "").replace(VS16, "")
        name = (annotation.text or "").strip()
        if key and name:
            names[key] = name
    return names


SKIN_TONES = "".join(chr(c) for c in range(0x1F3FB, 0x1F400))
# Derived names that read better as their first part alone (家族: 男性 女性 男の子 → 家族).
NAME_ONLY = ("家族", "2人でキス", "カップルとハート")


# CLDR names a viewer would not say. ❤ is the heart of chat (赤いハート is what the other
# colours need); ❓ ❗ are read as the punctuation they stand for.
SHORTER = {"\u2764": "ハート", "\u2753": "？", "\u2754": "？", "\u2757": "！", "\u2755": "！",
           "\u203c": "！！", "\u2049": "！？"}


def spoken_name(key, name, names):
    """A derived CLDR name ("X: Y") as a viewer would say it.

    Skin tones are not read (👍🏻 is サムズアップ, like 👍); a flag is "Yの旗"; a keycap is its
    digit; a family or couple is its kind; any other "X: Y" is "YのX" (白髪の男性).
    """
    if any(c in SKIN_TONES for c in key):
        base = "".join(c for c in key if c not in SKIN_TONES)
        if base != key and base in names:
            return spoken_name(base, names[base], names)
        name = ": ".join(part for part in name.split(": ") if "肌色" not in part) or name
        name = " ".join(word for word in name.split(" ") if "肌色" not in word)
    if ": " not in name:
        return name
    kind, detail = name.split(": ", 1)
    if kind == "旗":
        return detail + "の旗"
    if kind == "囲み数字":
        return detail
    if kind in NAME_ONLY:
        return kind
    return detail.replace(" ", "の") + "の" + kind


def utf16(text):
    data = text.encode("utf-16-le")
    return [int.from_bytes(data[i:i + 2], "little") for i in range(0, len(data), 2)]


def main(argv):
    if len(argv) != 4:
        sys.stderr.write(__doc__)
        return 2
    annotations_path, derived_path, output_path = argv[1:]

    names = read_tts(annotations_path)
    # A derived name never contradicts a base one in CLDR 41; if it ever does, the base file
    # (hand-reviewed) wins.
    derived = read_tts(derived_path)
    for key, name in derived.items():
        names.setdefault(key, name)
    names = {key: SHORTER.get(key) or spoken_name(key, name, names) for key, name in names.items()}

    table = sorted(
        ((utf16(key), utf16(name), key) for key, name in names.items() if is_emoji_key(key)),
        key=lambda entry: entry[0])  # UTF-16 code unit order, as the C++ binary search
    if not table:
        sys.stderr.write("gen_emoji_names.py: no emoji names found in %s\n" % annotations_path)
        return 1

    units = []
    entries = []
    max_key = 0
    for key16, name16, key in table:
        if len(key16) >= 1 << KEY_BITS or len(name16) >= 1 << NAME_BITS:
            raise SystemExit("gen_emoji_names.py: entry too long for the packing: %r" % key)
        if len(units) >= 1 << OFFSET_BITS:
            raise SystemExit("gen_emoji_names.py: table too large for the packing")
        entries.append(len(units) | len(key16) << OFFSET_BITS
                       | len(name16) << (OFFSET_BITS + KEY_BITS))
        units.extend(key16)
        units.extend(name16)
        max_key = max(max_key, len(key16))

    out = []
    out.append("// Generated by scripts/gen_emoji_names.py from Unicode CLDR (unicode-cldr-core):")
    out.append("// common/annotations/ja.xml and common/annotationsDerived/ja.xml, type=\"tts\".")
    out.append("// Do not edit. Unicode data: SPDX-License-Identifier: Unicode-DFS-2016")
    out.append("")
    out.append("#include <cstddef>")
    out.append("#include <cstdint>")
    out.append("")
    out.append("namespace chatvox::emojinames {")
    out.append("")
    out.append("extern const char16_t kText[];")
    out.append("extern const std::uint32_t kEntries[];")
    out.append("extern const std::size_t kEntryCount;")
    out.append("extern const std::size_t kMaxKeyLength;")
    out.append("")
    out.append("// Every key (UTF-16, without U+FE0F) immediately followed by its name.")
    out.append("extern const char16_t kText[] = {")
    for key16, name16, key in table:
        codepoints = " ".join("%04X" % ord(c) for c in key)
        out.append("    " + ", ".join("0x%04X" % u for u in key16 + name16) + ", // " + codepoints)
    out.append("};")
    out.append("")
    out.append("// Sorted by key: offset into kText | key length << %d | name length << %d."
               % (OFFSET_BITS, OFFSET_BITS + KEY_BITS))
    out.append("extern const std::uint32_t kEntries[] = {")
    for i in range(0, len(entries), 8):
        out.append("    " + ", ".join("0x%08X" % e for e in entries[i:i + 8]) + ",")
    out.append("};")
    out.append("")
    out.append("extern const std::size_t kEntryCount = %d;" % len(entries))
    out.append("extern const std::size_t kMaxKeyLength = %d;" % max_key)
    out.append("")
    out.append("} // namespace chatvox::emojinames")
    out.append("")

    with open(output_path, "w", encoding="ascii", newline="\n") as f:
        f.write("\n".join(out))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
