#pragma once

#include "app/settings.h"
#include "gui/desktopcontext.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace chatvox {

class SpeakerModel;

// The settings dialog's "Integrations" page: the servers for other programs (serve/*) — the
// listen address (with a warning when it is not this PC only), the tc2vv-compatible broadcast,
// the OBS overlay, the BouyomiChan-compatible API with its voice mapping — and the engine
// dictionary (the reading dictionary in the engines' own user dictionaries) with each engine's
// state, Sync now and CSV export/import. Each server's live status comes from Servers.
// Values go through Settings::ServeSettings: load() shows them, collect() reads the widgets,
// edited() asks the dialog to write them (live, like every page).
class IntegrationsPage : public QWidget
{
    Q_OBJECT
public:
    explicit IntegrationsPage(const DesktopContext &context, QWidget *parent = nullptr);
    ~IntegrationsPage() override;

    void load(const Settings::ServeSettings &serve);
    Settings::ServeSettings collect() const;

    // The styles the voice mapping offers (GET /speakers of the active engine).
    SpeakerModel *speakerModel() const { return m_speakers; }

    // What the Export and Import buttons do after asking for the file. Export writes the words
    // ChatVox sends to the engines (UTF-8 with BOM); import merges the file's words into the
    // reading dictionary (the reading only: ChatVox's dictionary has no accents) and returns how
    // many entries it added or changed, -1 when the file cannot be read.
    bool exportCsv(const QString &path);
    int importCsv(const QString &path, QStringList *errors = nullptr);

    // "ws://127.0.0.1:50100/" and the others, for the address and port given.
    static QString urlHost(const QString &address);
    static bool isLoopback(const QString &address);

Q_SIGNALS:
    void edited();

protected:
    void changeEvent(QEvent *event) override;

private:
    void build();
    void retranslate();
    void updateDerived(); // URLs, warning, enabled states
    void updateServerStatus();
    void updateEngineDictionaries();
    void fillVoiceCombos();
    void changed();
    QString address() const;
    quint16 runningPort(int kind, int configured) const;

    DesktopContext m_context;
    SpeakerModel *m_speakers = nullptr;
    Settings::ServeSettings m_loaded;
    bool m_loading = false;

    // Listen address
    QGroupBox *m_addressGroup = nullptr;
    QLabel *m_addressLabel = nullptr;
    QComboBox *m_addressCombo = nullptr;
    QLineEdit *m_addressEdit = nullptr;
    QLabel *m_addressWarning = nullptr;
    // Broadcast
    QGroupBox *m_broadcastGroup = nullptr;
    QCheckBox *m_broadcastCheck = nullptr;
    QLabel *m_broadcastPortLabel = nullptr;
    QSpinBox *m_broadcastPortSpin = nullptr;
    QCheckBox *m_broadcastWavCheck = nullptr;
    QLabel *m_broadcastUrlLabel = nullptr;
    QLineEdit *m_broadcastUrlEdit = nullptr;
    QPushButton *m_copyBroadcastUrl = nullptr;
    QLabel *m_broadcastEventsUrlLabel = nullptr;
    QLineEdit *m_broadcastEventsUrlEdit = nullptr;
    QPushButton *m_copyBroadcastEventsUrl = nullptr;
    QLabel *m_broadcastStatus = nullptr;
    // Overlay
    QGroupBox *m_overlayGroup = nullptr;
    QCheckBox *m_overlayCheck = nullptr;
    QLabel *m_overlayPortLabel = nullptr;
    QSpinBox *m_overlayPortSpin = nullptr;
    QCheckBox *m_overlayAudioCheck = nullptr;
    QLabel *m_overlayUrlLabel = nullptr;
    QLineEdit *m_overlayUrlEdit = nullptr;
    QPushButton *m_copyOverlayUrl = nullptr;
    QLabel *m_overlayHint = nullptr;
    QLabel *m_overlayStatus = nullptr;
    // BouyomiChan
    QGroupBox *m_bouyomiGroup = nullptr;
    QCheckBox *m_bouyomiCheck = nullptr;
    QLabel *m_bouyomiTcpLabel = nullptr;
    QSpinBox *m_bouyomiTcpSpin = nullptr;
    QLabel *m_bouyomiHttpLabel = nullptr;
    QSpinBox *m_bouyomiHttpSpin = nullptr;
    QLabel *m_bouyomiVoicesLabel = nullptr;
    QTableWidget *m_bouyomiVoices = nullptr;
    QLabel *m_bouyomiStatus = nullptr;
    // Engine dictionary
    QGroupBox *m_dictionaryGroup = nullptr;
    QCheckBox *m_dictionaryCheck = nullptr;
    QLabel *m_dictionaryNote = nullptr;
    QTableWidget *m_dictionaryEngines = nullptr;
    QLabel *m_dictionarySkipped = nullptr;
    QPushButton *m_syncNow = nullptr;
    QPushButton *m_removeWords = nullptr;
    QPushButton *m_exportCsv = nullptr;
    QPushButton *m_importCsv = nullptr;
    // Health probes and metrics
    QGroupBox *m_healthGroup = nullptr;
    QCheckBox *m_healthCheck = nullptr;
    QLabel *m_healthPortLabel = nullptr;
    QSpinBox *m_healthPortSpin = nullptr;
    QLabel *m_healthNote = nullptr;
    QLabel *m_healthStatus = nullptr;
};

} // namespace chatvox
