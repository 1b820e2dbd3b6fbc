#pragma once

#include "filter/filtersettings.h"

#include <memory>

#include <QWidget>

namespace Ui {
class FilterEditor;
}

namespace chatvox {

class Settings;

// Every read-aloud rule, edited live (each change is written to Settings at once and applies
// to the next chat line), with a preview box showing exactly what a typed line would become.
// Used as the Filters panel and as the settings dialog's Filters page; both stay in sync
// through Settings::changed().
class FilterEditor : public QWidget
{
    Q_OBJECT
public:
    explicit FilterEditor(Settings *settings, QWidget *parent = nullptr);
    ~FilterEditor() override;

    FilterSettings collect() const; // what the widgets show
    void load(const FilterSettings &filters); // shows these (does not write them)
    void updatePreview();

protected:
    void changeEvent(QEvent *event) override;

private:
    void write();
    void updateEnabled();

    std::unique_ptr<Ui::FilterEditor> ui;
    Settings *m_settings;
    bool m_loading = false;
    bool m_writing = false;
};

} // namespace chatvox
