#pragma once

#include "gui/desktopcontext.h"

#include <memory>
#include <optional>

#include <QWidget>

class QSlider;
class QLabel;
class QComboBox;
class QSortFilterProxyModel;

namespace Ui {
class SpeakerPanel;
}

namespace chatvox {

class EngineModel;
class SpeakerModel;
struct VoiceParams;

// Engines (status light, latency), the active engine's speakers and styles (searchable; a click
// chooses the voice), Preview, the voice sliders and the output device with a test sound.
class SpeakerPanel : public QWidget
{
    Q_OBJECT
public:
    explicit SpeakerPanel(const DesktopContext &context, QWidget *parent = nullptr);
    ~SpeakerPanel() override;

    SpeakerModel *speakerModel() const { return m_speakers; }
    // The style chosen in the list (else the setting, else the engine's default).
    std::optional<qint64> chosenStyle() const;

    // Fills a device combo box: "System default" first (empty data), then every output.
    static QString defaultSample();
    static void fillDeviceCombo(QComboBox *combo, const QString &current);

Q_SIGNALS:
    void engineSettingsRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void loadSettings();
    void writeVoice();
    void onStyleClicked(const QModelIndex &proxyIndex);
    void updateVoiceStatus();
    void updateCurrentVoice();
    void updateValueLabels();
    void selectCurrentStyle();
    VoiceParams sliderVoice() const;

    std::unique_ptr<Ui::SpeakerPanel> ui;
    DesktopContext m_context;
    EngineModel *m_engineModel = nullptr;
    SpeakerModel *m_speakers = nullptr;
    QSortFilterProxyModel *m_speakerFilter = nullptr;
    bool m_loading = false;
    QString m_defaultSample;
    std::optional<qint64> m_shownStyle;
};

} // namespace chatvox
