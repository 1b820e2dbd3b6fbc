#!/usr/bin/env python3
"""Generates the English word → katakana table of src/filter/englishreading.cpp.

Reads the CMU Pronouncing Dictionary as Debian's festlex-cmu installs it
(/usr/share/festival/dicts/cmu/cmudict-0.4.out, Festival lexicon syntax, stress 0 or 1):

    ("stream" nil (((s t r iy m) 1)))

and converts the ARPAbet phonemes of every plain entry (lower-case ASCII letters and
apostrophes, at most MAX_WORD letters; the first pronunciation of a word) to katakana by
rules, the way loan words are written in Japanese: consonant clusters get epenthetic vowels
(ス・ト・リー・ム), stressed long vowels and r-coloured vowels get ー, a short vowel before a
final stop gets ッ (ビッグ, チャット). The spelling is a hint where the phonemes are ambiguous:
the schwa, aa written "o" (ボス), "a_e" (ゲーム) versus "ai"/"ay" (レイド, プレイ), doubled
consonants (ハッピー).

Output: a C++ source with the words and readings in one UTF-8 blob (word immediately followed
by its reading), and a sorted array of packed entries (offset, word length, reading length)
for a binary search. The blob is an array of CHUNK-byte rows, each initialised by string
literals no entry straddles: MSVC limits one literal to 64 KiB.

Usage: gen_english_kana.py CMUDICT_OUT OUTPUT_CPP
       gen_english_kana.py --words CMUDICT_OUT WORD...   prints readings (rule tuning)
       gen_english_kana.py --check CMUDICT_OUT TSV       prints the misses of word<TAB>kana
Standard library only.
"""

import re
import sys

# Packing of one entry into 32 bits: offset | word length << 22 | reading length << 27; the
# reading length counts katakana, which are all 3 bytes in UTF-8 (U+30A0..U+30FF).
OFFSET_BITS, WORD_BITS, READING_BITS = 22, 5, 5
CHUNK_BITS = 15
CHUNK = 1 << CHUNK_BITS
# Longer words are rare in chat and the rules get worse with length; the limit keeps the
# table small.
MAX_WORD = 20

VOWELS = {"aa", "ae", "ah", "ao", "aw", "ax", "ay", "eh", "er", "ey", "ih", "iy", "ow", "oy",
          "uh", "uw"}
SHORT = {"aa", "ae", "ah", "ax", "eh", "ih", "uh"}
SOKUON = {"p", "t", "k", "d", "g", "ch", "sh", "jh"}

# Kana of consonant + vowel column (a, i, u, e, o).
ROWS = {
    "": "アイウエオ",
    "p": "パピプペポ", "b": "バビブベボ", "k": "カキクケコ", "g": "ガギグゲゴ",
    "m": "マミムメモ", "n": "ナニヌネノ", "l": "ラリルレロ", "r": "ラリルレロ",
    "s": "サシスセソ", "z": "ザジズゼゾ", "th": "サシスセソ", "dh": "ザジズゼゾ",
    "hh": "ハヒフヘホ", "v": "バビブベボ", "ng": "ガギグゲゴ",
}
SPECIAL_ROWS = {
    "t": ["タ", "ティ", "トゥ", "テ", "ト"],
    "d": ["ダ", "ディ", "ドゥ", "デ", "ド"],
    "f": ["ファ", "フィ", "フ", "フェ", "フォ"],
    "sh": ["シャ", "シ", "シュ", "シェ", "ショ"],
    "ch": ["チャ", "チ", "チュ", "チェ", "チョ"],
    "jh": ["ジャ", "ジ", "ジュ", "ジェ", "ジョ"],
    "zh": ["ジャ", "ジ", "ジュ", "ジェ", "ジョ"],
    "y": ["ヤ", "イ", "ユ", "イエ", "ヨ"],
    "w": ["ワ", "ウィ", "ウ", "ウェ", "ウォ"],
}
# A consonant that closes a syllable, with its epenthetic vowel: オ after t/d, イ after ch/jh
# (マッチ, ブリッジ), ウ elsewhere.
CODA = {
    "p": "プ", "b": "ブ", "t": "ト", "d": "ド", "k": "ク", "g": "グ", "f": "フ", "v": "ブ",
    "th": "ス", "dh": "ズ", "s": "ス", "z": "ズ", "sh": "シュ", "zh": "ジュ", "ch": "チ",
    "jh": "ジ", "hh": "フ", "m": "ム", "n": "ン", "ng": "ング", "l": "ル", "r": "ル",
    "y": "イ", "w": "ウ",
}
# Consonant + y + u: キュ, ミュ…
PALATAL = {
    "k": "キュ", "g": "ギュ", "p": "ピュ", "b": "ビュ", "m": "ミュ", "n": "ニュ", "hh": "ヒュ",
    "f": "フュ", "v": "ビュ", "l": "リュ", "r": "リュ", "t": "テュ", "d": "デュ", "s": "シュ",
    "z": "ジュ", "th": "シュ", "sh": "シュ", "ch": "チュ", "jh": "ジュ", "zh": "ジュ",
}
COLUMN = {"a": 0, "i": 1, "u": 2, "e": 3, "o": 4, "y": 1}
A, I, U, E, O = range(5)

# Words whose established katakana follows neither the pronunciation nor the spelling rules.
EXCEPTIONS = {
    "hello": "ハロー",
    "the": "ザ",
    "your": "ユア",
    # Everyday chat words whose loanword form Japanese viewers know (checked against the
    # engine's reading of the katakana): the rules would give フラム, キャナダ, メセージ…
    "from": "フロム", "canada": "カナダ", "message": "メッセージ", "team": "チーム",
    "sorry": "ソーリー", "again": "アゲイン", "video": "ビデオ", "camera": "カメラ",
    "today": "トゥデイ", "tomorrow": "トゥモロー", "coffee": "コーヒー", "baby": "ベイビー",
    "awesome": "オーサム", "insane": "インセイン", "tired": "タイアード", "really": "リアリー",
    "always": "オールウェイズ", "yeah": "イエー", "yep": "イエップ", "mic": "マイク",
    "true": "トゥルー", "radio": "ラジオ", "energy": "エネルギー", "model": "モデル",
    "studio": "スタジオ", "virus": "ウイルス", "theme": "テーマ", "label": "ラベル",
    "okay": "オーケー", "lesson": "レッスン", "battle": "バトル", "bottle": "ボトル",
}

# Festival's cmudict-0.4 has no apostrophes: "don't" is "dont". englishreading.cpp looks a
# word up as written first and then without its apostrophes, which is right for don't, can't
# and it's; these are the contractions whose apostrophe-less form is another word (he'll/hell,
# we're/were) or is missing.
CONTRACTIONS = {
    "i'm": "アイム", "i'll": "アイル", "i've": "アイブ", "i'd": "アイド",
    "he'll": "ヒール", "she'll": "シール", "we'll": "ウィール", "you'll": "ユール",
    "it'll": "イットル", "they'll": "ゼイル", "we're": "ウィアー", "you're": "ユア",
    "they're": "ゼア", "we've": "ウィーブ", "you've": "ユーブ", "they've": "ゼイブ",
    "he's": "ヒーズ", "she's": "シーズ", "what's": "ワッツ", "that's": "ザッツ",
    "there's": "ゼアズ", "here's": "ヒアズ", "who's": "フーズ", "isn't": "イズント",
    "aren't": "アーント", "wasn't": "ワズント", "weren't": "ワーント", "didn't": "ディドゥント",
    "couldn't": "クドゥント", "wouldn't": "ウドゥント", "shouldn't": "シュドゥント",
    "haven't": "ハブント", "hasn't": "ハズント", "ain't": "エイント", "y'all": "ヤール",
}

VOWEL_LETTERS = "aeiou"


def kana(cons, col):
    if cons in SPECIAL_ROWS:
        return SPECIAL_ROWS[cons][col]
    return ROWS[cons][col]


def vowel_groups(word):
    """(vowel letters, consonant letters after them, the rest of the word after those) for
    every run of vowel letters; y is a vowel letter except at the start or before a vowel,
    w after a vowel except before one (show, new, law)."""
    def is_v(i):
        c = word[i]
        if c in VOWEL_LETTERS:
            return True
        before_vowel = i + 1 < len(word) and word[i + 1] in VOWEL_LETTERS
        if c == "y":
            return i > 0 and not before_vowel
        return c == "w" and i > 0 and word[i - 1] in VOWEL_LETTERS and not before_vowel

    groups = []
    i, n = 0, len(word)
    while i < n:
        if not is_v(i):
            i += 1
            continue
        j = i
        while j < n and is_v(j):
            j += 1
        k = j
        while k < n and not is_v(k):
            k += 1
        groups.append((word[i:j], word[j:k], word[k:]))
        i = k
    return groups


def align(word, nvowels):
    """One vowel_groups() entry per vowel phoneme, or Nones when the spelling does not line
    up with the phonemes (then no hint is used)."""
    groups = vowel_groups(word)
    if len(groups) == nvowels + 1 and groups[-1][0] == "e" and re.search("e[sd]?$", word):
        groups = groups[:-1]  # silent e: game, time, games
    if len(groups) == nvowels:
        return groups
    return [None] * nvowels


def spelled_column(group, default=A):
    """The column an ambiguous vowel (the schwa) takes from its spelling."""
    if not group:
        return default
    if group in ("io", "eo", "o", "oo", "oa", "ow", "oe"):
        return O
    if group in ("ou", "u", "ia", "ua", "iou"):
        return A
    if group in ("ai", "ei"):
        return E
    return COLUMN.get(group[0], default)


def convert(word, phones):
    """The katakana of word, phones: [(phone, stress)], stress None for consonants."""
    if word in EXCEPTIONS:
        return EXCEPTIONS[word]
    plain = word.replace("'", "")
    n = len(phones)
    vowel_idx = [i for i, (p, _) in enumerate(phones) if p in VOWELS]
    hints = dict(zip(vowel_idx, align(plain, len(vowel_idx))))
    syllables = len(vowel_idx)

    def ph(i):
        return phones[i][0] if 0 <= i < n else None

    def is_vowel(i):
        return ph(i) in VOWELS

    def only_sz_after(i):
        """Nothing, or only an inflection s/z, from phone i on."""
        return i >= n or (i == n - 1 and ph(i) in ("s", "z"))

    def vowel(cons, mid, vi):
        """The kana of onset cons (+ glide mid) + the vowel at vi; returns (text, next
        phone index, glide carried into the next vowel)."""
        v, stress = phones[vi]
        hint = hints.get(vi)
        group = hint[0] if hint else None
        stressed = stress == 1
        final = only_sz_after(vi + 1)
        r_coda = ph(vi + 1) == "r" and not is_vowel(vi + 2)
        nxt = vi + 2 if r_coda else vi + 1
        glide = ""
        tail = ""
        col = A
        long_ao = False

        # -le after a consonant is the consonant and ル alone: リトル, アップル, エイブル.
        if (v == "ax" and cons and not mid and ph(vi + 1) == "l" and only_sz_after(vi + 2)
                and re.search("le[sd]?$", plain)):
            return CODA[cons], vi + 1, ""

        if v == "aa":
            col = O if (group and group[0] == "o") or cons == "w" else A
            if group in ("aw", "au"):
                col, tail = O, "ー"  # spawn: スポーン
        elif v in ("ae", "ah"):
            col = A
        elif v == "ax":
            col = spelled_column(group)
            after = hint[1] + hint[2] if hint else ""
            if group == "u" and cons == "f" and after == "l":
                col = U  # beautiful: ビューティフル
            elif group == "o" and after.startswith("m"):
                col = A  # welcome, random, freedom: ウェルカム, ランダム
            elif group == "e" and re.match("ns?$", after) and cons in ("p", "b", "v", "f", "s",
                                                                         "z", "k"):
                col = U  # open, seven, token: オープン, セブン, トークン
                if cons == "k" and ph(vi - 2) in SHORT:
                    col = I  # chicken: チキン
            elif group == "e" and re.match("ns?$", after) and cons in ("ch", "jh"):
                col = I  # kitchen: キッチン
            elif group == "o" and re.match("ns?$", after) and cons == "z":
                col = U  # season, reason: シーズン
            elif group == "a" and ph(vi + 1) == "jh" and only_sz_after(vi + 2):
                col, tail = E, "ー"  # damage, image: ダメージ
        elif v == "eh":
            col = E
        elif v == "ih":
            col = I
            if not stressed and group == "a" and ph(vi + 1) == "jh" and only_sz_after(vi + 2):
                col, tail = E, "ー"  # -age: イメージ, メッセージ
            elif not stressed and group and group[0] == "e":
                col = E  # -et, -ed, -es: ロケット
        elif v == "iy":
            col = I
            if stressed or final:
                tail = "ー"
        elif v == "uh":
            col = U
        elif v == "uw":
            col = U
            if stressed or final:
                tail = "ー"
            if not mid and cons and cons not in ("y", "w") and group and (group in ("ew", "eu", "ieu")
                                               or (group in ("u", "ue")
                                                   and cons in ("n", "d", "t"))):
                mid = "y"  # new, news, due: ニュー, デュー
                if cons == "t":
                    cons = "ch"  # tube, tune: チューブ
        elif v == "ow":
            col = O
            if stressed or (final and group and group.endswith("w")):
                tail = "ー"
            if (stressed and ph(vi + 1) in ("n", "s") and ph(vi + 2) is not None
                    and not is_vowel(vi + 2)):
                tail = ""  # don't, won't, most, host: ドント, ウォント, モスト, ホスト
            if final and vi == n - 1 and syllables >= 2 and group == "o":
                tail = ""  # solo, combo, photo: ソロ, コンボ
            if ph(vi + 1) == "er":
                glide = "w"  # follower: フォロワー
        elif v == "ao":
            col = O
            long_ao = (r_coda or (stressed and (final or ph(vi + 1) == "l"
                                                or (group is not None and group[0] == "a")
                                                or group in ("au", "aw", "ou", "oa"))))
            if long_ao:
                tail = "ー"
        elif v == "er":
            col, tail = A, "ー"
            if not stressed and is_vowel(vi + 1):
                col, tail, glide = spelled_column(group), "", "r"  # camera: キャメラ
        elif v == "ey":
            col, tail = E, "イ"
            if is_vowel(vi + 1) and ph(vi + 1) == "er":
                glide = "y"  # player: プレイヤー
            elif (group == "a" and ph(vi + 1) == "n" and ph(vi + 2) is not None
                  and not is_vowel(vi + 2)):
                tail = ""  # change, angel: チェンジ, エンジェル
            elif group in ("a", "ea", "e") and ph(vi + 1) not in ("k", "z"):
                tail = "ー"  # a_e: ゲーム, ステージ, グレート, ベータ (but メイク, クレイジー)
            elif (final and syllables >= 2 and re.search("[^aeiou]day$", plain)):
                tail = "ー"  # birthday, holiday: バースデー
        elif v == "ay":
            col, tail = A, "イ"
            if ph(vi + 1) == "er":
                glide = "y"  # fire: ファイヤー
        elif v == "aw":
            col, tail = A, "ウ"
            if ph(vi + 1) == "er":
                tail, glide = "", "w"  # power: パワー
        elif v == "oy":
            col, tail = O, "イ"

        if r_coda and v != "er":
            if v in ("aa", "ae", "ah", "ax"):
                tail = "ー"
            elif v in ("ao", "ow"):
                tail = "ア" if nxt >= n and re.search("(ore|oor|oar)$", plain) else "ー"
            elif v in ("ih", "iy"):
                tail = "ア" if cons != "y" else "ヤー"  # here: ヒア; year: イヤー
                col = I
            elif v in ("eh", "ey"):
                col, tail = E, "ア"
            elif v in ("uh", "uw"):
                tail = "ア"
            elif v == "ay":
                tail = "イア"
            elif v == "aw":
                tail = "ワー"
            elif v == "oy":
                tail = "イア"

        # onset
        if mid == "w" and cons:
            if cons == "t":
                head = "ツ" if v in ("ih", "iy") else "トゥ"
            elif cons == "d":
                head = "ドゥ"
            elif cons == "hh":
                head = "ホ"  # white: ホワイト
            else:
                head = CODA[cons]
            if v in ("aa", "ao") and cons in ("k", "g"):
                col = O  # quality: クオリティー
            elif v in ("aa", "ao", "ah", "ae", "ay", "er", "aw"):
                col = A
            body = ["ワ", "イ", "ウ", "エ", "オ"][col]
            text = head + body
        elif mid == "y" and cons:
            if v in ("uw", "uh") or (v in ("ax", "er") and group and group[0] == "u"):
                text = PALATAL.get(cons) or kana(cons, U)
            elif group and group[0] == "i":
                text = kana(cons, I) + kana("", col)  # million: ミリオン
            else:
                text = kana(cons, col)
        elif cons == "w":
            if v in ("ao", "ow"):
                col = O
            text = kana("w", col)
        elif cons in ("k", "g") and v == "ae" and stressed:
            text = "キャ" if cons == "k" else "ギャ"  # cat, gap: キャット, ギャップ
        elif cons == "t" and v == "uw":
            text = "ツ"  # two, tool: ツー, ツール
        else:
            text = kana(cons, col)
        if cons == "y" and v in ("ih", "iy") and r_coda:
            text = ""
        text += tail

        # sokuon
        short = (v in SHORT and not r_coda and tail != "ー") or (v == "ao" and not long_ao)
        c = ph(vi + 1)
        if short and c in SOKUON and not (v == "ah" and c == "g"):  # bug, hug: バグ, ハグ
            if only_sz_after(vi + 2):
                if not (v == "ax" and c == "t" and group == "a"):  # private: プライベト
                    text += "ッ"
            elif stressed and is_vowel(vi + 2) and hint:
                letters, rest = hint[1], hint[2]
                doubled = (letters[:2] in ("pp", "tt", "dd", "gg", "ck", "tc", "dg", "cc")
                           or (c == "sh" and letters[:2] in ("ss", "sh")))
                weak = (c in ("k", "t", "p") and rest in ("et", "ets", "on", "ons", "en", "ens")
                        or (c == "t" and letters.endswith("l") and re.match("e[sd]?$", rest)))
                if doubled and not weak:
                    text += "ッ"  # happy, lucky, shopping; not ticket, button, little
        elif short and c == "k" and ph(vi + 2) == "s" and vi + 3 == n:
            text += "ッ"  # six, box: シックス
        return text, nxt, glide

    out = []
    i = 0
    glide = ""  # an onset carried from the previous vowel (パワー, プレイヤー, キャメラ)
    while i < n:
        p = ph(i)
        if p in VOWELS:
            text, i, glide = vowel(glide, "", i)
            out.append(text)
            continue
        glide = ""
        nxt = ph(i + 1)
        if p == "ng" and nxt in VOWELS:
            out.append("ン")  # singer: シンガー
            text, i, glide = vowel("g", "", i + 1)
            out.append(text)
        elif nxt in VOWELS:
            text, i, glide = vowel(p, "", i + 1)
            out.append(text)
        elif nxt in ("y", "w") and is_vowel(i + 2) and p not in ("y", "w"):
            text, i, glide = vowel(p, nxt, i + 2)
            out.append(text)
        elif p == "t" and nxt == "s" and not is_vowel(i + 2):
            out.append("ツ")  # hits, sports: ヒッツ, スポーツ
            i += 2
        elif p == "d" and nxt == "z" and not is_vowel(i + 2):
            out.append("ズ")  # kids, words: キッズ, ワーズ
            i += 2
        else:
            if p == "m" and nxt in ("p", "b", "m"):
                out.append("ン")
            elif p == "ng" and nxt in ("k", "g"):
                out.append("ン")
            else:
                out.append(CODA[p])
            i += 1
    return "".join(out)


ENTRY = re.compile(r'^\("([^"]*)" [^ ]+ \((.*)\)\)\s*$')
PLAIN = re.compile(r"^[a-z]+(?:'[a-z]*)*$")


def read_dictionary(path):
    """{word: [(phone, stress)]}, the first pronunciation of every plain word."""
    words = {}
    with open(path, encoding="latin-1") as f:
        for line in f:
            m = ENTRY.match(line)
            if not m:
                continue
            word = m.group(1)
            if word in words or not PLAIN.match(word) or not re.search("[a-z]", word):
                continue
            phones = []
            for syllable in re.finditer(r"\(\(([^()]*)\) (\d)\)", m.group(2)):
                stress = int(syllable.group(2))
                for p in syllable.group(1).split():
                    phones.append((p, stress if p in VOWELS else None))
            if phones:
                words[word] = phones
    return words


def build(words):
    table = []
    dropped = 0
    for word, phones in words.items():
        letters = len(word.replace("'", ""))
        if letters < 2 or letters > MAX_WORD:
            dropped += 1  # one-letter words stay as they are anyway
            continue
        if len(set(word)) == 1:
            dropped += 1  # aaa, mmm: a scream or a hum in chat, not CMU's "triple A"
            continue
        reading = convert(word, phones)
        if not reading or len(reading) >= 1 << READING_BITS or not all(
                "\u30a0" <= c <= "\u30ff" for c in reading):
            dropped += 1
            continue
        table.append((word, reading))
    table.extend(CONTRACTIONS.items())
    table.sort(key=lambda e: e[0].encode("ascii"))
    return table, dropped


def write_cpp(table, output_path, source):
    rows = [[]]
    row_size = 0
    entries = []
    for word, reading in table:
        piece = word + reading
        size = len(piece.encode("utf-8"))
        if row_size + size >= CHUNK:  # keep every entry inside one row (and room for NUL)
            rows.append([])
            row_size = 0
        offset = (len(rows) - 1) * CHUNK + row_size
        if offset >= 1 << OFFSET_BITS:
            raise SystemExit("gen_english_kana.py: table too large for the packing")
        entries.append(offset | len(word) << OFFSET_BITS
                       | len(reading) << (OFFSET_BITS + WORD_BITS))
        rows[-1].append(piece)
        row_size += size

    out = []
    out.append("// Generated by scripts/gen_english_kana.py from the CMU Pronouncing Dictionary")
    out.append("// (%s, Debian festlex-cmu). Do not edit." % source)
    out.append("// CMUdict: Copyright (C) 1993-2008 Carnegie Mellon University, BSD-style licence.")
    out.append("// The readings are raw UTF-8 (MSVC builds with /utf-8).")
    out.append("")
    out.append("#include <cstddef>")
    out.append("#include <cstdint>")
    out.append("")
    out.append("namespace chatvox::englishkana {")
    out.append("")
    out.append("extern const char kText[][%d];" % CHUNK)
    out.append("extern const std::uint32_t kEntries[];")
    out.append("extern const std::size_t kEntryCount;")
    out.append("")
    out.append("// Every word immediately followed by its reading, %d-byte rows." % CHUNK)
    out.append("extern const char kText[][%d] = {" % CHUNK)
    for row in rows:
        out.append("    {")
        for piece in row:
            out.append('        "%s"' % piece)
        out.append("    },")
    out.append("};")
    out.append("")
    out.append("// Sorted by word: offset into kText | word length << %d | reading length (kana) << %d."
               % (OFFSET_BITS, OFFSET_BITS + WORD_BITS))
    out.append("extern const std::uint32_t kEntries[] = {")
    for i in range(0, len(entries), 8):
        out.append("    " + ", ".join("0x%08X" % e for e in entries[i:i + 8]) + ",")
    out.append("};")
    out.append("")
    out.append("extern const std::size_t kEntryCount = %d;" % len(entries))
    out.append("")
    out.append("} // namespace chatvox::englishkana")
    out.append("")
    with open(output_path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out))
    return len(rows) * CHUNK, len(entries) * 4


def main(argv):
    if len(argv) >= 3 and argv[1] == "--words":
        words = read_dictionary(argv[2])
        for w in argv[3:]:
            w = w.lower()
            if w in words:
                print("%s\t%s\t%s" % (w, convert(w, words[w]),
                                      " ".join(p + (str(s) if s is not None else "")
                                               for p, s in words[w])))
            else:
                print("%s\t(unknown)" % w)
        return 0
    if len(argv) == 4 and argv[1] == "--check":
        words = read_dictionary(argv[2])
        total = hits = 0
        with open(argv[3], encoding="utf-8") as f:
            for line in f:
                line = line.rstrip("\n")
                if not line or line.startswith("#"):
                    continue
                word, expected = line.split("\t")
                total += 1
                got = convert(word, words[word]) if word in words else "(unknown)"
                if got == expected:
                    hits += 1
                else:
                    print("%s\t%s\texpected %s\t%s" % (word, got, expected, " ".join(
                        p + (str(s) if s is not None else "") for p, s in words.get(word, []))))
        print("%d/%d = %.1f%%" % (hits, total, 100.0 * hits / max(total, 1)))
        return 0
    if len(argv) != 3:
        sys.stderr.write(__doc__)
        return 2
    words = read_dictionary(argv[1])
    table, dropped = build(words)
    if not table:
        sys.stderr.write("gen_english_kana.py: no words found in %s\n" % argv[1])
        return 1
    text_bytes, entry_bytes = write_cpp(table, argv[2], argv[1].rsplit("/", 1)[-1])
    sys.stdout.write("gen_english_kana.py: %d words (%d dropped), %d + %d bytes\n"
                     % (len(table), dropped, text_bytes, entry_bytes))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
