#include "icons.h"

#include <QFile>
#include <QImageReader>
#include <QPainter>
#include <QPixmap>

using namespace Qt::StringLiterals;

namespace chatvox::icons {

bool haveSvg()
{
    static const bool svg = QImageReader::supportedImageFormats().contains("svg");
    return svg;
}

QIcon named(const QString &name)
{
    if (haveSvg())
        return QIcon(u":/icons/%1.svg"_s.arg(name));
    QIcon icon;
    for (int size : {16, 24, 32, 48, 64, 128, 256}) {
        const QString png = u":/icons/png/%1-%2.png"_s.arg(name).arg(size);
        if (QFile::exists(png))
            icon.addFile(png, QSize(size, size));
    }
    return icon;
}

QIcon app()
{
    return named(u"chatvox"_s);
}

QIcon tray(RunStatus::TrayState state)
{
    switch (state) {
    case RunStatus::TrayState::Reading:
        return named(u"tray-reading"_s);
    case RunStatus::TrayState::Paused:
        return named(u"tray-paused"_s);
    case RunStatus::TrayState::Disconnected:
        return named(u"tray-disconnected"_s);
    case RunStatus::TrayState::Error:
        return named(u"tray-error"_s);
    }
    return app();
}

QIcon killSwitch()
{
    return named(u"kill-switch"_s);
}

QIcon light(const QColor &color)
{
    QIcon icon;
    for (int size : {16, 32, 48}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(QPen(color.darker(140), size / 16.0));
        p.setBrush(color);
        const qreal m = size * 0.15;
        p.drawEllipse(QRectF(m, m, size - 2 * m, size - 2 * m));
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace chatvox::icons
