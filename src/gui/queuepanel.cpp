#include "queuepanel.h"

#include "app/pipeline.h"
#include "app/queuemodel.h"
#include "speech/speechqueue.h"
#include "ui_queuepanel.h"

#include <QAction>
#include <QHeaderView>

using namespace Qt::StringLiterals;

namespace chatvox {

QueuePanel::QueuePanel(const DesktopContext &context, QAction *skip, QAction *clear, QAction *pause,
                       QWidget *parent)
    : QWidget(parent)
    , ui(std::make_unique<Ui::QueuePanel>())
    , m_context(context)
{
    ui->setupUi(this);
    ui->skipButton->setDefaultAction(skip);
    ui->clearButton->setDefaultAction(clear);
    ui->pauseButton->setDefaultAction(pause);
    SpeechQueue *queue = m_context.pipeline->queue();
    m_model = new QueueModel(queue, this);
    ui->queueView->setModel(m_model);
    ui->queueView->verticalHeader()->hide();
    ui->queueView->horizontalHeader()->setStretchLastSection(true);
    ui->queueView->horizontalHeader()->setSectionResizeMode(QueueModel::StateColumn,
                                                            QHeaderView::ResizeToContents);
    ui->queueView->horizontalHeader()->setSectionResizeMode(QueueModel::UserColumn,
                                                            QHeaderView::ResizeToContents);
    ui->queueView->setWordWrap(false);
    connect(ui->removeButton, &QPushButton::clicked, this, &QueuePanel::removeSelected);
    if (queue) {
        connect(queue, &SpeechQueue::speedFactorChanged, this, &QueuePanel::updateBacklog);
        connect(queue, &SpeechQueue::dropped, this, &QueuePanel::updateBacklog);
    }
    connect(m_context.pipeline, &Pipeline::readingPausedChanged, this, &QueuePanel::updateBacklog);
    connect(m_model, &QAbstractItemModel::modelReset, this,
            [this] { ui->removeButton->setEnabled(m_model->rowCount() > 0); });
    ui->removeButton->setEnabled(false);
    updateBacklog();
}

QueuePanel::~QueuePanel() = default;

void QueuePanel::removeSelected()
{
    const QModelIndexList rows = ui->queueView->selectionModel()->selectedRows();
    const QModelIndex index = rows.isEmpty() ? ui->queueView->currentIndex() : rows.constFirst();
    if (!index.isValid() || !m_context.pipeline->queue())
        return;
    m_context.pipeline->queue()->removeItem(index.data(QueueModel::ItemIdRole).toULongLong());
}

void QueuePanel::updateBacklog()
{
    const SpeechQueue *queue = m_context.pipeline->queue();
    QStringList parts;
    if (m_context.pipeline->isReadingPaused())
        parts << tr("Reading is paused.");
    if (queue && queue->currentSpeedFactor() > 1.001)
        parts
            << tr("Chat is busy: speaking %1× faster.").arg(queue->currentSpeedFactor(), 0, 'f', 2);
    if (queue && queue->droppedTotal() > 0)
        parts << tr("%n message(s) dropped so far to keep up.", nullptr, queue->droppedTotal());
    ui->backlogStatus->setText(parts.isEmpty() ? tr("Messages are read in the order they came.")
                                               : parts.join(u' '));
}

void QueuePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        ui->retranslateUi(this);
        updateBacklog();
    }
    QWidget::changeEvent(event);
}

} // namespace chatvox
