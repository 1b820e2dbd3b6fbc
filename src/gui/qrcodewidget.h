#pragma once

#include "auth/qrcode.h"

#include <QWidget>

namespace chatvox {

// Paints a QrCode as crisp squares (whole device pixels per module) on white with the light
// margin of 4 modules the standard asks for: dark on light in every theme, or phones cannot
// read it.
class QrCodeWidget : public QWidget
{
    Q_OBJECT
public:
    explicit QrCodeWidget(QWidget *parent = nullptr);

    void setCode(const QrCode &code);
    QrCode code() const { return m_code; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return width; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QrCode m_code;
};

} // namespace chatvox
