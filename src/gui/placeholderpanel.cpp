#include "placeholderpanel.h"

#include "ui_placeholderpanel.h"

namespace chatvox {

PlaceholderPanel::PlaceholderPanel(Kind kind, QWidget *parent)
    : QWidget(parent)
    , ui(std::make_unique<Ui::PlaceholderPanel>())
    , m_kind(kind)
{
    ui->setupUi(this);
    QFont headline = ui->headline->font();
    headline.setBold(true);
    ui->headline->setFont(headline);
    retranslate();
}

PlaceholderPanel::~PlaceholderPanel() = default;

void PlaceholderPanel::retranslate()
{
    switch (m_kind) {
    case Kind::Bridge:
        setWindowTitle(tr("Bridge"));
        ui->explanation->setText(
            tr("The viewer-input bridge lets chat commands and channel-point rewards trigger "
               "actions you allow on this PC (through PowerShell), with cooldowns and a kill "
               "switch. It is switched off until you enable it and add actions."));
        break;
    }
}

void PlaceholderPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        ui->retranslateUi(this);
        retranslate();
    }
    QWidget::changeEvent(event);
}

} // namespace chatvox
