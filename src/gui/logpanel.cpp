#include "logpanel.h"

#include "app/logmodel.h"
#include "ui_logpanel.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QIdentityProxyModel>
#include <QPalette>
#include <QScrollBar>

using namespace Qt::StringLiterals;

namespace chatvox {

namespace {

// Warnings and errors stand out (colours readable on light and dark palettes).
class LevelColours : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::ForegroundRole) {
            switch (LogModel::Level(index.data(LogModel::LevelRole).toInt())) {
            case LogModel::Warning:
                return QColor(0xc2, 0x6d, 0x00);
            case LogModel::Error:
                return QColor(0xdc, 0x26, 0x26);
            default:
                break;
            }
        }
        return QIdentityProxyModel::data(index, role);
    }
};

} // namespace

LogPanel::LogPanel(const DesktopContext &context, QWidget *parent)
    : QWidget(parent)
    , ui(std::make_unique<Ui::LogPanel>())
    , m_context(context)
{
    ui->setupUi(this);
    m_filter = new LogFilterModel(this);
    if (m_context.log)
        m_filter->setSourceModel(m_context.log);
    auto *colours = new LevelColours(this);
    colours->setSourceModel(m_filter);
    ui->logView->setModel(colours);
    ui->levelCombo->setCurrentIndex(1);
    m_filter->setMinimumLevel(LogModel::Info);
    connect(ui->levelCombo, &QComboBox::currentIndexChanged, this,
            [this](int index) { m_filter->setMinimumLevel(LogModel::Level(index)); });
    connect(ui->logSearchEdit, &QLineEdit::textChanged, m_filter, &LogFilterModel::setSearchText);
    connect(ui->copyButton, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(copyText()); });
    connect(ui->clearLogButton, &QPushButton::clicked, this, [this] {
        if (m_context.log)
            m_context.log->clear();
    });
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, [this] {
        if (ui->followCheck->isChecked())
            ui->logView->scrollToBottom();
    });
}

LogPanel::~LogPanel() = default;

QString LogPanel::copyText() const
{
    QList<int> rows; // rows of m_filter
    for (const QModelIndex &index : ui->logView->selectionModel()->selectedRows())
        rows << index.row(); // the colour proxy keeps m_filter's rows
    if (rows.isEmpty()) {
        for (int r = 0; r < m_filter->rowCount(); ++r)
            rows << r;
    }
    std::sort(rows.begin(), rows.end());
    QStringList lines;
    for (int row : std::as_const(rows)) {
        if (m_context.log)
            lines << LogModel::format(
                m_context.log->entry(m_filter->mapToSource(m_filter->index(row, 0)).row()));
    }
    return lines.join(u'\n');
}

void LogPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        const int level = ui->levelCombo->currentIndex();
        ui->retranslateUi(this);
        ui->levelCombo->setCurrentIndex(level);
    }
    QWidget::changeEvent(event);
}

} // namespace chatvox
