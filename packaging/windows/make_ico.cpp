// make_ico SVG ICO: renders the app icon at the sizes Windows asks for and writes one .ico
// (32-bit BMP images up to 64 px, PNG at 256 px, as Windows' own icons are made). The result
// is committed (resources/icons/chatvox.ico) because the Windows builds have no SVG renderer
// at build time; `cmake --build build/dev --target update_windows_icon` makes it again.
#include <cstdio>

#include <QBuffer>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QtEndian>

namespace {

void put16(QByteArray &out, quint16 v)
{
    char b[2];
    qToLittleEndian(v, b);
    out.append(b, 2);
}

void put32(QByteArray &out, quint32 v)
{
    char b[4];
    qToLittleEndian(v, b);
    out.append(b, 4);
}

// BITMAPINFOHEADER + bottom-up BGRA pixels + 1-bit AND mask (all zero: alpha decides).
QByteArray dibImage(const QImage &image)
{
    const int size = image.width();
    QByteArray out;
    put32(out, 40);
    put32(out, quint32(size));
    put32(out, quint32(size * 2)); // XOR and AND bitmaps together
    put16(out, 1);
    put16(out, 32);
    put32(out, 0); // BI_RGB
    put32(out, 0);
    put32(out, 0);
    put32(out, 0);
    put32(out, 0);
    put32(out, 0);
    for (int y = size - 1; y >= 0; --y) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < size; ++x) {
            const QRgb p = line[x];
            out.append(char(qBlue(p)));
            out.append(char(qGreen(p)));
            out.append(char(qRed(p)));
            out.append(char(qAlpha(p)));
        }
    }
    const int maskStride = ((size + 31) / 32) * 4;
    out.append(QByteArray(maskStride * size, '\0'));
    return out;
}

} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    if (argc != 3) {
        std::fprintf(stderr, "usage: make_ico ICON.svg OUT.ico\n");
        return 2;
    }
    QSvgRenderer svg(QString::fromLocal8Bit(argv[1]));
    if (!svg.isValid()) {
        std::fprintf(stderr, "make_ico: cannot read %s\n", argv[1]);
        return 1;
    }
    const QList<int> sizes{16, 20, 24, 32, 40, 48, 64, 256};
    QList<QByteArray> images;
    for (int size : sizes) {
        QImage image(size, size, QImage::Format_ARGB32);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        svg.render(&painter);
        painter.end();
        if (size >= 256) {
            QByteArray png;
            QBuffer buffer(&png);
            buffer.open(QIODevice::WriteOnly);
            image.save(&buffer, "PNG");
            images.append(png);
        } else {
            images.append(dibImage(image));
        }
    }
    QByteArray ico;
    put16(ico, 0);
    put16(ico, 1); // icon
    put16(ico, quint16(sizes.size()));
    quint32 offset = quint32(6 + 16 * sizes.size());
    for (qsizetype i = 0; i < sizes.size(); ++i) {
        const int size = sizes.at(i);
        ico.append(char(size >= 256 ? 0 : size)); // 0 means 256
        ico.append(char(size >= 256 ? 0 : size));
        ico.append('\0'); // no palette
        ico.append('\0');
        put16(ico, 1); // planes
        put16(ico, 32); // bits per pixel
        put32(ico, quint32(images.at(i).size()));
        put32(ico, offset);
        offset += quint32(images.at(i).size());
    }
    for (const QByteArray &image : images)
        ico.append(image);
    QFile out(QString::fromLocal8Bit(argv[2]));
    if (!out.open(QIODevice::WriteOnly) || out.write(ico) != ico.size()) {
        std::fprintf(stderr, "make_ico: cannot write %s\n", argv[2]);
        return 1;
    }
    return 0;
}
