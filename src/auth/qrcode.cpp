#include "auth/qrcode.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdlib>

namespace chatvox {

namespace {

// ISO/IEC 18004 table 9: error correction codewords per block and number of blocks, by
// level (L, M, Q, H) and version (index 0 unused).
constexpr int8_t kEccPerBlock[4][41] = {
    {-1, 7,  10, 15, 20, 26, 18, 20, 24, 30, 18, 20, 24, 26, 30, 22, 24, 28, 30, 28, 28,
     28, 28, 30, 30, 26, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30},
    {-1, 10, 16, 26, 18, 24, 16, 18, 22, 22, 26, 30, 22, 22, 24, 24, 28, 28, 26, 26, 26,
     26, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28},
    {-1, 13, 22, 18, 26, 18, 24, 18, 22, 20, 24, 28, 26, 24, 20, 30, 24, 28, 28, 26, 30,
     28, 30, 30, 30, 30, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30},
    {-1, 17, 28, 22, 16, 22, 28, 26, 26, 24, 28, 24, 28, 22, 24, 24, 30, 28, 28, 26, 28,
     30, 24, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30},
};
constexpr int8_t kBlocks[4][41] = {
    {-1, 1, 1, 1,  1,  1,  2,  2,  2,  2,  4,  4,  4,  4,  4,  6,  6,  6,  6,  7, 8,
     8,  9, 9, 10, 12, 12, 12, 13, 14, 15, 16, 17, 18, 19, 19, 20, 21, 22, 24, 25},
    {-1, 1,  1,  1,  2,  2,  4,  4,  4,  5,  5,  5,  8,  9,  9,  10, 10, 11, 13, 14, 16,
     17, 17, 18, 20, 21, 23, 25, 26, 28, 29, 31, 33, 35, 37, 38, 40, 43, 45, 47, 49},
    {-1, 1,  1,  2,  2,  4,  4,  6,  6,  8,  8,  8,  10, 12, 16, 12, 17, 16, 18, 21, 20,
     23, 23, 25, 27, 29, 34, 34, 35, 38, 40, 43, 45, 48, 51, 53, 56, 59, 62, 65, 68},
    {-1, 1,  1,  2,  4,  4,  4,  5,  6,  8,  8,  11, 11, 16, 16, 18, 16, 19, 21, 25, 25,
     25, 34, 30, 32, 35, 37, 40, 42, 45, 48, 51, 54, 57, 60, 63, 66, 70, 74, 77, 81},
};
// Format information bits of each level (table 12): L=01, M=00, Q=11, H=10.
constexpr int kFormatBits[4] = {1, 0, 3, 2};

int rawDataModules(int version)
{
    int result = (16 * version + 128) * version + 64;
    if (version >= 2) {
        const int align = version / 7 + 2;
        result -= (25 * align - 10) * align - 55;
        if (version >= 7)
            result -= 36; // two version information blocks
    }
    return result;
}

int dataCodewords(int version, int ecc)
{
    return rawDataModules(version) / 8 - kEccPerBlock[ecc][version] * kBlocks[ecc][version];
}

std::vector<int> alignmentPositions(int version)
{
    if (version == 1)
        return {};
    const int count = version / 7 + 2;
    const int step = version == 32 ? 26 : (version * 4 + count * 2 + 1) / (count * 2 - 2) * 2;
    std::vector<int> result(static_cast<size_t>(count), 0);
    result[0] = 6;
    int pos = version * 4 + 10; // size - 7
    for (int i = count - 1; i >= 1; --i, pos -= step)
        result[size_t(i)] = pos;
    return result;
}

// GF(2^8) with the QR polynomial x^8 + x^4 + x^3 + x^2 + 1.
uint8_t gfMultiply(uint8_t x, uint8_t y)
{
    int z = 0;
    for (int i = 7; i >= 0; --i) {
        z = (z << 1) ^ ((z >> 7) * 0x11D);
        z ^= ((y >> i) & 1) * x;
    }
    return uint8_t(z);
}

std::vector<uint8_t> reedSolomonDivisor(int degree)
{
    std::vector<uint8_t> result(size_t(degree), 0);
    result.back() = 1;
    uint8_t root = 1;
    for (int i = 0; i < degree; ++i) {
        for (size_t j = 0; j < result.size(); ++j) {
            result[j] = gfMultiply(result[j], root);
            if (j + 1 < result.size())
                result[j] ^= result[j + 1];
        }
        root = gfMultiply(root, 0x02);
    }
    return result;
}

std::vector<uint8_t> reedSolomonRemainder(const std::vector<uint8_t> &data,
                                          const std::vector<uint8_t> &divisor)
{
    std::vector<uint8_t> result(divisor.size(), 0);
    for (uint8_t b : data) {
        const uint8_t factor = b ^ result.front();
        result.erase(result.begin());
        result.push_back(0);
        for (size_t i = 0; i < result.size(); ++i)
            result[i] ^= gfMultiply(divisor[i], factor);
    }
    return result;
}

class Builder
{
public:
    Builder(int symbolVersion, int eccLevel)
        : version(symbolVersion)
        , ecc(eccLevel)
        , size(symbolVersion * 4 + 17)
        , modules(size_t(size * size), false)
        , function(size_t(size * size), false)
    {
    }

    bool get(int x, int y) const { return modules[size_t(y * size + x)]; }
    void set(int x, int y, bool dark)
    {
        modules[size_t(y * size + x)] = dark;
        function[size_t(y * size + x)] = true;
    }
    bool isFunction(int x, int y) const { return function[size_t(y * size + x)]; }

    void drawFunctionPatterns()
    {
        for (int i = 0; i < size; ++i) {
            set(6, i, i % 2 == 0);
            set(i, 6, i % 2 == 0);
        }
        drawFinder(3, 3);
        drawFinder(size - 4, 3);
        drawFinder(3, size - 4);
        const std::vector<int> align = alignmentPositions(version);
        const size_t n = align.size();
        for (size_t i = 0; i < n; ++i) {
            for (size_t j = 0; j < n; ++j) {
                if ((i == 0 && j == 0) || (i == 0 && j == n - 1) || (i == n - 1 && j == 0))
                    continue; // the finder patterns sit there
                drawAlignment(align[i], align[j]);
            }
        }
        drawFormatBits(0); // reserves the area; redrawn with the real mask
        drawVersion();
    }

    void drawFinder(int cx, int cy)
    {
        for (int dy = -4; dy <= 4; ++dy) {
            for (int dx = -4; dx <= 4; ++dx) {
                const int dist = std::max(std::abs(dx), std::abs(dy));
                const int x = cx + dx, y = cy + dy;
                if (x >= 0 && x < size && y >= 0 && y < size)
                    set(x, y, dist != 2 && dist != 4);
            }
        }
    }

    void drawAlignment(int cx, int cy)
    {
        for (int dy = -2; dy <= 2; ++dy)
            for (int dx = -2; dx <= 2; ++dx)
                set(cx + dx, cy + dy, std::max(std::abs(dx), std::abs(dy)) != 1);
    }

    void drawFormatBits(int mask)
    {
        const int data = kFormatBits[ecc] << 3 | mask;
        int rem = data;
        for (int i = 0; i < 10; ++i)
            rem = (rem << 1) ^ ((rem >> 9) * 0x537);
        const int bits = (data << 10 | rem) ^ 0x5412;
        const auto bit = [bits](int i) { return ((bits >> i) & 1) != 0; };
        // Around the top left finder.
        for (int i = 0; i <= 5; ++i)
            set(8, i, bit(i));
        set(8, 7, bit(6));
        set(8, 8, bit(7));
        set(7, 8, bit(8));
        for (int i = 9; i < 15; ++i)
            set(14 - i, 8, bit(i));
        // The copy along the other two finders.
        for (int i = 0; i < 8; ++i)
            set(size - 1 - i, 8, bit(i));
        for (int i = 8; i < 15; ++i)
            set(8, size - 15 + i, bit(i));
        set(8, size - 8, true); // the dark module
    }

    void drawVersion()
    {
        if (version < 7)
            return;
        int rem = version;
        for (int i = 0; i < 12; ++i)
            rem = (rem << 1) ^ ((rem >> 11) * 0x1F25);
        const long bits = long(version) << 12 | rem;
        for (int i = 0; i < 18; ++i) {
            const bool dark = ((bits >> i) & 1) != 0;
            const int a = size - 11 + i % 3, b = i / 3;
            set(a, b, dark);
            set(b, a, dark);
        }
    }

    void drawCodewords(const std::vector<uint8_t> &data)
    {
        size_t i = 0;
        for (int right = size - 1; right >= 1; right -= 2) {
            if (right == 6)
                right = 5; // skip the vertical timing pattern
            for (int vert = 0; vert < size; ++vert) {
                for (int j = 0; j < 2; ++j) {
                    const int x = right - j;
                    const bool upward = ((right + 1) & 2) == 0;
                    const int y = upward ? size - 1 - vert : vert;
                    if (!isFunction(x, y) && i < data.size() * 8) {
                        modules[size_t(y * size + x)] = ((data[i >> 3] >> (7 - (i & 7))) & 1) != 0;
                        ++i;
                    }
                }
            }
        }
    }

    void applyMask(int mask)
    {
        for (int y = 0; y < size; ++y) {
            for (int x = 0; x < size; ++x) {
                bool invert = false;
                switch (mask) {
                case 0:
                    invert = (x + y) % 2 == 0;
                    break;
                case 1:
                    invert = y % 2 == 0;
                    break;
                case 2:
                    invert = x % 3 == 0;
                    break;
                case 3:
                    invert = (x + y) % 3 == 0;
                    break;
                case 4:
                    invert = (x / 3 + y / 2) % 2 == 0;
                    break;
                case 5:
                    invert = x * y % 2 + x * y % 3 == 0;
                    break;
                case 6:
                    invert = (x * y % 2 + x * y % 3) % 2 == 0;
                    break;
                default:
                    invert = ((x + y) % 2 + x * y % 3) % 2 == 0;
                    break;
                }
                if (invert && !isFunction(x, y))
                    modules[size_t(y * size + x)] = !modules[size_t(y * size + x)];
            }
        }
    }

    // The standard's penalty score (ISO/IEC 18004 7.8.3); the margin counts as light.
    long penalty() const
    {
        long result = 0;
        for (int pass = 0; pass < 2; ++pass) {
            const bool rows = pass == 0;
            for (int a = 0; a < size; ++a) {
                bool runColor = false;
                int run = 0;
                std::array<int, 7> history{};
                const auto push = [&history, this](int length) {
                    if (history[0] == 0)
                        length += size; // the light margin before the first run
                    std::copy_backward(history.begin(), history.end() - 1, history.end());
                    history[0] = length;
                };
                const auto finderLike = [&history]() {
                    const int n = history[1];
                    const bool core = n > 0 && history[2] == n && history[3] == n * 3
                        && history[4] == n && history[5] == n;
                    return (core && history[0] >= n * 4 && history[6] >= n ? 1 : 0)
                        + (core && history[6] >= n * 4 && history[0] >= n ? 1 : 0);
                };
                for (int b = 0; b < size; ++b) {
                    const bool dark = rows ? get(b, a) : get(a, b);
                    if (dark == runColor) {
                        ++run;
                        if (run == 5)
                            result += 3;
                        else if (run > 5)
                            ++result;
                    } else {
                        push(run);
                        if (!runColor)
                            result += finderLike() * 40;
                        runColor = dark;
                        run = 1;
                    }
                }
                // End of the line: close the run, then add the light margin.
                if (runColor) {
                    push(run);
                    run = 0;
                }
                run += size;
                push(run);
                result += finderLike() * 40;
            }
        }
        for (int y = 0; y < size - 1; ++y) {
            for (int x = 0; x < size - 1; ++x) {
                const bool c = get(x, y);
                if (c == get(x + 1, y) && c == get(x, y + 1) && c == get(x + 1, y + 1))
                    result += 3;
            }
        }
        long dark = 0;
        for (bool m : modules)
            dark += m ? 1 : 0;
        const long total = long(size) * size;
        const long k = (std::abs(dark * 20 - total * 10) + total - 1) / total - 1;
        result += k * 10;
        return result;
    }

    int version;
    int ecc;
    int size;
    std::vector<bool> modules;
    std::vector<bool> function;
};

} // namespace

std::optional<QrCode> QrCode::encode(QByteArrayView data, Ecc eccLevel, int minVersion, int mask)
{
    const int ecc = int(eccLevel);
    const qsizetype length = data.size();
    int version = std::clamp(minVersion, 1, 40);
    for (;; ++version) {
        if (version > 40)
            return std::nullopt;
        const int countBits = version <= 9 ? 8 : 16;
        const qint64 needed = 4 + countBits + qint64(length) * 8;
        if (length < (qint64(1) << countBits) && needed <= qint64(dataCodewords(version, ecc)) * 8)
            break;
    }
    const int capacityBits = dataCodewords(version, ecc) * 8;

    // Mode indicator, character count, bytes, terminator, padding (7.4).
    std::vector<bool> bits;
    const auto append = [&bits](uint32_t value, int count) {
        for (int i = count - 1; i >= 0; --i)
            bits.push_back(((value >> i) & 1) != 0);
    };
    append(0x4, 4); // byte mode
    append(uint32_t(length), version <= 9 ? 8 : 16);
    for (char c : data)
        append(uint8_t(c), 8);
    append(0, std::min(4, capacityBits - int(bits.size())));
    append(0, (8 - int(bits.size() % 8)) % 8);
    for (uint8_t pad = 0xEC; int(bits.size()) < capacityBits; pad ^= 0xEC ^ 0x11)
        append(pad, 8);
    std::vector<uint8_t> codewords(bits.size() / 8, 0);
    for (size_t i = 0; i < bits.size(); ++i)
        codewords[i >> 3] |= uint8_t(bits[i] ? 1 : 0) << (7 - (i & 7));

    // Split into blocks, add error correction, interleave (7.5, 7.6).
    const int blocks = kBlocks[ecc][version];
    const int eccLength = kEccPerBlock[ecc][version];
    const int rawCodewords = rawDataModules(version) / 8;
    const int shortBlocks = blocks - rawCodewords % blocks;
    const int shortLength = rawCodewords / blocks;
    const std::vector<uint8_t> divisor = reedSolomonDivisor(eccLength);
    std::vector<std::vector<uint8_t>> all;
    for (int i = 0, k = 0; i < blocks; ++i) {
        const int dataLength = shortLength - eccLength + (i < shortBlocks ? 0 : 1);
        std::vector<uint8_t> block(codewords.begin() + k, codewords.begin() + k + dataLength);
        k += dataLength;
        const std::vector<uint8_t> ecw = reedSolomonRemainder(block, divisor);
        if (i < shortBlocks)
            block.push_back(0); // placeholder, skipped when interleaving
        block.insert(block.end(), ecw.begin(), ecw.end());
        all.push_back(std::move(block));
    }
    std::vector<uint8_t> interleaved;
    for (size_t i = 0; i < all[0].size(); ++i) {
        for (size_t j = 0; j < all.size(); ++j) {
            if (int(i) != shortLength - eccLength || int(j) >= shortBlocks)
                interleaved.push_back(all[j][i]);
        }
    }

    Builder builder(version, ecc);
    builder.drawFunctionPatterns();
    builder.drawCodewords(interleaved);
    if (mask < 0 || mask > 7) {
        long best = -1;
        for (int m = 0; m < 8; ++m) {
            builder.applyMask(m);
            builder.drawFormatBits(m);
            const long score = builder.penalty();
            if (best < 0 || score < best) {
                best = score;
                mask = m;
            }
            builder.applyMask(m); // XOR again: undone
        }
    }
    builder.applyMask(mask);
    builder.drawFormatBits(mask);

    QrCode code;
    code.m_version = version;
    code.m_size = builder.size;
    code.m_mask = mask;
    code.m_ecc = eccLevel;
    code.m_modules = std::move(builder.modules);
    return code;
}

QString QrCode::toText() const
{
    QString text;
    text.reserve(m_size * (m_size + 1));
    for (int y = 0; y < m_size; ++y) {
        for (int x = 0; x < m_size; ++x)
            text += module(x, y) ? QLatin1Char('#') : QLatin1Char('.');
        text += QLatin1Char('\n');
    }
    return text;
}

} // namespace chatvox
