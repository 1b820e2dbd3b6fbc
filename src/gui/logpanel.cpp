#include "logpanel.h"

#include "app/logmodel.h"
#include "ui_logpanel.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QScrollBar>

using namespace Qt::StringLiterals;

namespace chatvox {

LogPanel::LogPanel(const DesktopContext &context, QWidget *parent)
    : QWidget(parent)
    , ui(std::make_unique<Ui::LogPanel>())
    , m_context(context)
{
    ui->setupUi(this);
    m_filter = new LogFilterModel(this);
    if (m_context.log)
        m_filter->setSourceModel(m_context.log);
    ui->logView->setModel(m_filter);
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
    QModelIndexList rows = ui->logView->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        for (int r = 0; r < m_filter->rowCount(); ++r)
            rows << m_filter->index(r, 0);
    }
    std::sort(rows.begin(), rows.end());
    QStringList lines;
    for (const QModelIndex &index : std::as_const(rows)) {
        if (m_context.log)
            lines << LogModel::format(m_context.log->entry(m_filter->mapToSource(index).row()));
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
