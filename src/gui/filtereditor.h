#pragma once

#include "filter/filtersettings.h"

#include <memory>

#include <QWidget>

class QTableWidget;

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

    // The two reading tables: the streamer's own and the default readings.
    enum class Table { User, Default };
    // Import… / Export… after the file dialog (tests call these directly). Importing asks
    // Add / Replace / Cancel (a QMessageBox named "importQuestion") when the table is not
    // empty, and lists the lines it could not read ("importErrors").
    void importFile(Table table, const QString &path);
    bool exportFile(Table table, const QString &path);
    // Reset to defaults: asks first ("resetDefaultsQuestion") only when the table differs.
    void resetDefaultReadings();

protected:
    void changeEvent(QEvent *event) override;

private:
    void write();
    void updateEnabled();
    QTableWidget *tableWidget(Table table) const;
    void applyImport(Table table, const QList<DictionaryEntry> &entries, bool replace,
                     const QStringList &errors, const QString &fileName);
    void showImportErrors(const QString &text, const QStringList &errors);

    std::unique_ptr<Ui::FilterEditor> ui;
    Settings *m_settings;
    bool m_loading = false;
    bool m_writing = false;
};

} // namespace chatvox
