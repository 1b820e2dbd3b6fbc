#pragma once

#include "gui/desktopcontext.h"

#include <memory>

#include <QWidget>

namespace Ui {
class LogPanel;
}

namespace chatvox {

class LogFilterModel;

// Recent events and errors of every layer, filterable by level and text, copyable. The model
// redacts secrets before anything reaches it.
class LogPanel : public QWidget
{
    Q_OBJECT
public:
    explicit LogPanel(const DesktopContext &context, QWidget *parent = nullptr);
    ~LogPanel() override;

    LogFilterModel *filterModel() const { return m_filter; }
    // The lines Copy puts on the clipboard: the selected ones, or every line shown.
    QString copyText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    std::unique_ptr<Ui::LogPanel> ui;
    DesktopContext m_context;
    LogFilterModel *m_filter = nullptr;
};

} // namespace chatvox
