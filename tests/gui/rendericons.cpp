// Renders resources/icons/*.svg to the PNG renditions the app uses where Qt has no SVG support
// (the mingw Qt for Windows). `rendericons SVG_DIR PNG_DIR` writes them (the update_icons
// target); with --check it only compares and fails when a PNG is missing or out of date (the
// icons_png_current test).
#include <QCoreApplication>
#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace {

QImage render(QSvgRenderer &svg, int size)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    svg.render(&p, QRectF(0, 0, size, size));
    return image.convertToFormat(QImage::Format_ARGB32);
}

// Largest difference of one channel between two images of one size.
int maxDifference(const QImage &a, const QImage &b)
{
    int worst = 0;
    for (int y = 0; y < a.height(); ++y) {
        const auto *pa = reinterpret_cast<const QRgb *>(a.constScanLine(y));
        const auto *pb = reinterpret_cast<const QRgb *>(b.constScanLine(y));
        for (int x = 0; x < a.width(); ++x) {
            worst = std::max({worst, std::abs(qRed(pa[x]) - qRed(pb[x])),
                              std::abs(qGreen(pa[x]) - qGreen(pb[x])),
                              std::abs(qBlue(pa[x]) - qBlue(pb[x])),
                              std::abs(qAlpha(pa[x]) - qAlpha(pb[x]))});
        }
    }
    return worst;
}

} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    const bool check = args.removeAll(u"--check"_s) > 0;
    QTextStream err(stderr);
    if (args.size() != 2) {
        err << "usage: rendericons SVG_DIR PNG_DIR [--check]\n";
        return 2;
    }
    const QDir svgDir(args.at(0));
    QDir pngDir(args.at(1));
    if (!check)
        QDir().mkpath(pngDir.absolutePath());
    int problems = 0;
    for (const QString &file : svgDir.entryList({u"*.svg"_s}, QDir::Files, QDir::Name)) {
        QSvgRenderer svg(svgDir.filePath(file));
        if (!svg.isValid()) {
            err << file << ": not a valid SVG\n";
            ++problems;
            continue;
        }
        const QString base = file.chopped(4);
        const QList<int> sizes = base == u"chatvox" ? QList<int>{16, 24, 32, 48, 64, 128, 256}
                                                    : QList<int>{16, 24, 32, 48, 64};
        for (int size : sizes) {
            const QImage image = render(svg, size);
            const QString png = pngDir.filePath(u"%1-%2.png"_s.arg(base).arg(size));
            if (check) {
                const QImage stored(png);
                if (stored.isNull() || stored.size() != image.size()
                    || maxDifference(stored.convertToFormat(QImage::Format_ARGB32), image) > 8) {
                    err << png << ": missing or out of date; run the update_icons target\n";
                    ++problems;
                }
            } else if (!image.save(png)) {
                err << png << ": cannot write\n";
                ++problems;
            }
        }
    }
    return problems == 0 ? 0 : 1;
}
