#include "bridgeoptionsdialog.h"

#include "app/bridge.h"
#include "gui/bridgeconfigedit.h"
#include "ui_bridgeoptionsdialog.h"

#include <cmath>

#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QPushButton>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace chatvox {

namespace {
enum PowerShellIndex { WindowsPowerShell, PowerShell7, OtherProgram };
}

BridgeOptionsDialog::BridgeOptionsDialog(Bridge *bridge, QWidget *parent)
    : QDialog(parent)
    , ui(std::make_unique<Ui::BridgeOptionsDialog>())
    , m_bridge(bridge)
{
    ui->setupUi(this);
    ui->errorLabel->hide();
    QPalette errorPalette = ui->errorLabel->palette();
    errorPalette.setColor(QPalette::WindowText, QColor(0xdc, 0x26, 0x26));
    ui->errorLabel->setPalette(errorPalette);
    fillCombo();
    resize(std::max(width(), 640), height());

    const BridgeConfig config = editableBridgeConfig(*m_bridge);
    if (config.powershell.isEmpty() || config.powershell == u"powershell") {
        ui->powershellCombo->setCurrentIndex(WindowsPowerShell);
    } else if (config.powershell == u"pwsh") {
        ui->powershellCombo->setCurrentIndex(PowerShell7);
    } else {
        ui->powershellCombo->setCurrentIndex(OtherProgram);
        ui->programEdit->setText(QDir::toNativeSeparators(config.powershell));
    }
    ui->scriptsEdit->setText(QDir::toNativeSeparators(config.scriptsFolder));
    ui->rateActionsSpin->setValue(config.rateCapActions);
    ui->rateSecondsSpin->setValue(config.rateCapWindowMs / 1000.0);
    ui->queueSpin->setValue(config.queueLimit);
    updateProgram();

    connect(ui->powershellCombo, &QComboBox::currentIndexChanged, this,
            &BridgeOptionsDialog::updateProgram);
    connect(ui->browseProgramButton, &QPushButton::clicked, this, [this] {
        const QString file
            = QFileDialog::getOpenFileName(this, tr("PowerShell program"), ui->programEdit->text());
        if (!file.isEmpty())
            ui->programEdit->setText(QDir::toNativeSeparators(file));
    });
    connect(ui->browseScriptsButton, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Scripts folder"),
                                                              ui->scriptsEdit->text());
        if (!dir.isEmpty())
            ui->scriptsEdit->setText(QDir::toNativeSeparators(dir));
    });
    connect(ui->openScriptsButton, &QPushButton::clicked, this, [this] {
        const QString dir = QDir::fromNativeSeparators(ui->scriptsEdit->text().trimmed());
        if (dir.isEmpty())
            return;
        QDir().mkpath(dir);
        QDesktopServices::openUrl(QUrl::fromLocalFile(dir));
    });
    connect(ui->buttonBox, &QDialogButtonBox::accepted, this, &BridgeOptionsDialog::accept);
    connect(ui->buttonBox, &QDialogButtonBox::rejected, this, &BridgeOptionsDialog::reject);
    retranslate();
}

BridgeOptionsDialog::~BridgeOptionsDialog() = default;

void BridgeOptionsDialog::fillCombo()
{
    const QSignalBlocker block(ui->powershellCombo);
    const int index = std::max(0, ui->powershellCombo->currentIndex());
    ui->powershellCombo->clear();
    ui->powershellCombo->addItem(tr("Windows PowerShell 5.1 (powershell.exe)"));
    ui->powershellCombo->addItem(tr("PowerShell 7 (pwsh.exe)"));
    ui->powershellCombo->addItem(tr("Another program…"));
    ui->powershellCombo->setCurrentIndex(index);
}

void BridgeOptionsDialog::updateProgram()
{
    const bool other = ui->powershellCombo->currentIndex() == OtherProgram;
    ui->programEdit->setEnabled(other);
    ui->browseProgramButton->setEnabled(other);
}

QString BridgeOptionsDialog::errorText() const
{
    return ui->errorLabel->isHidden() ? QString() : ui->errorLabel->text();
}

bool BridgeOptionsDialog::save()
{
    BridgeConfig config = editableBridgeConfig(*m_bridge);
    switch (ui->powershellCombo->currentIndex()) {
    case PowerShell7:
        config.powershell = u"pwsh"_s;
        break;
    case OtherProgram:
        config.powershell = QDir::fromNativeSeparators(ui->programEdit->text().trimmed());
        break;
    default:
        config.powershell.clear(); // the default: Windows PowerShell
        break;
    }
    const QString scripts = QDir::fromNativeSeparators(ui->scriptsEdit->text().trimmed());
    if (!scripts.isEmpty())
        config.scriptsFolder = QDir::cleanPath(
            QFileInfo(m_bridge->configPath()).absoluteDir().absoluteFilePath(scripts));
    config.rateCapActions = ui->rateActionsSpin->value();
    config.rateCapWindowMs = int(std::lround(ui->rateSecondsSpin->value() * 1000));
    config.queueLimit = ui->queueSpin->value();
    QString error;
    if (!saveBridgeConfig(*m_bridge, config, &error)) {
        ui->errorLabel->setText(tr("Not saved: %1").arg(error));
        ui->errorLabel->show();
        return false;
    }
    ui->errorLabel->hide();
    return true;
}

void BridgeOptionsDialog::accept()
{
    if (save())
        QDialog::accept();
}

void BridgeOptionsDialog::retranslate()
{
    fillCombo();
    ui->buttonBox->button(QDialogButtonBox::Save)->setText(tr("&Save"));
    ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    ui->optionsNote->setText(
        tr("Saved in %1. A --powershell PATH on the command line is used instead of the "
           "choice above for that run. Scripts that actions use must be in the scripts folder.")
            .arg(QDir::toNativeSeparators(m_bridge->configPath())));
}

void BridgeOptionsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        ui->retranslateUi(this);
        retranslate();
    }
    QDialog::changeEvent(event);
}

} // namespace chatvox
