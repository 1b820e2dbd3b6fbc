#pragma once

#include <optional>
#include <vector>

#include <QByteArrayView>
#include <QMetaType>
#include <QString>

namespace chatvox {

// A QR Code symbol (ISO/IEC 18004, model 2), so that the login dialog can show the activation
// URL as a QR code: the GUI only paints size() × size() squares (plus a 4-module light margin).
// Byte mode, versions 1–40, error correction L/M/Q/H, mask chosen by the standard's penalty
// rules (or forced). Pure code, no I/O.
class QrCode
{
public:
    enum class Ecc { Low, Medium, Quartile, High };

    // The smallest version from minVersion that holds `data` (as bytes). mask 0–7 forces a
    // mask, -1 picks the best. Empty when the data does not fit in version 40.
    static std::optional<QrCode> encode(QByteArrayView data, Ecc ecc = Ecc::Medium,
                                        int minVersion = 1, int mask = -1);
    static std::optional<QrCode> encodeText(const QString &text, Ecc ecc = Ecc::Medium)
    {
        return encode(text.toUtf8(), ecc);
    }

    QrCode() = default;
    bool isNull() const { return m_size == 0; }
    int version() const { return m_version; }
    int size() const { return m_size; } // modules per side: 17 + 4 * version
    int mask() const { return m_mask; }
    Ecc ecc() const { return m_ecc; }
    // Dark module at column x, row y; false outside the symbol (the light margin).
    bool module(int x, int y) const
    {
        return x >= 0 && y >= 0 && x < m_size && y < m_size && m_modules[size_t(y * m_size + x)];
    }
    // One line per row, '#' dark and '.' light (tests, logs).
    QString toText() const;
    friend bool operator==(const QrCode &, const QrCode &) = default;

private:
    int m_version = 0;
    int m_size = 0;
    int m_mask = 0;
    Ecc m_ecc = Ecc::Medium;
    std::vector<bool> m_modules;
};

} // namespace chatvox

Q_DECLARE_METATYPE(chatvox::QrCode)
