#include "qrcodewidget.h"

#include <cmath>

#include <QPainter>

namespace chatvox {

namespace {
constexpr int kQuietZone = 4; // modules of light margin (ISO/IEC 18004)
}

QrCodeWidget::QrCodeWidget(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
}

void QrCodeWidget::setCode(const QrCode &code)
{
    if (m_code == code)
        return;
    m_code = code;
    updateGeometry();
    update();
}

QSize QrCodeWidget::sizeHint() const
{
    const int modules = (m_code.isNull() ? 25 : m_code.size()) + 2 * kQuietZone;
    return {modules * 5, modules * 5};
}

QSize QrCodeWidget::minimumSizeHint() const
{
    const int modules = (m_code.isNull() ? 25 : m_code.size()) + 2 * kQuietZone;
    return {modules * 3, modules * 3};
}

void QrCodeWidget::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const int side = std::min(width(), height());
    const int modules = (m_code.isNull() ? 25 : m_code.size()) + 2 * kQuietZone;
    // Whole device pixels per module: no blurred edges for the phone's camera.
    const qreal dpr = devicePixelRatioF();
    const qreal unit = std::max(1.0, std::floor(side * dpr / modules)) / dpr;
    const qreal total = unit * modules;
    const QPointF origin(std::round((width() - total) / 2 * dpr) / dpr,
                         std::round((height() - total) / 2 * dpr) / dpr);
    p.fillRect(QRectF(origin, QSizeF(total, total)), Qt::white);
    if (m_code.isNull())
        return;
    p.setPen(Qt::NoPen);
    p.setBrush(Qt::black);
    for (int y = 0; y < m_code.size(); ++y) {
        for (int x = 0; x < m_code.size(); ++x) {
            if (m_code.module(x, y))
                p.drawRect(QRectF(origin.x() + (x + kQuietZone) * unit,
                                  origin.y() + (y + kQuietZone) * unit, unit, unit));
        }
    }
}

} // namespace chatvox
