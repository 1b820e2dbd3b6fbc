#pragma once

#include "core/speakerstyle.h"
#include "gui/desktopcontext.h"

#include <memory>

#include <QWidget>

namespace Ui {
class ViewerVoicesPanel;
}

namespace chatvox {

class SpeakerModel;

// Per-viewer voices: the streamer's pins (viewer login → style, the filters' userVoices), the
// viewers' own "!voice" choices (seen and cleared here), the styles handed out by hash
// (voices/styles) and the !voice command with its cooldown. Every edit applies at once and is
// kept (settings file and viewer_voices.json); the rules themselves live in filter/ and app/.
class ViewerVoicesPanel : public QWidget
{
    Q_OBJECT
public:
    // speakers: the engine's voices (the Speaker panel's model), for the names and the lists.
    ViewerVoicesPanel(const DesktopContext &context, SpeakerModel *speakers,
                      QWidget *parent = nullptr);
    ~ViewerVoicesPanel() override;

    // Pins `login` (any case, '@' allowed) to styleId; false when the login is not a Twitch
    // login. The Pin button does this with the editor's values.
    bool pin(const QString &login, qint64 styleId);
    void unpin(const QString &login);

protected:
    void changeEvent(QEvent *event) override;

private:
    QList<SpeakerStyle> styles() const;
    QString styleName(qint64 styleId) const;
    void loadStyles();
    void loadPins();
    void loadChoices();
    void loadVoiceSettings();
    void writePool();
    void writeCommand();
    void retranslate();

    std::unique_ptr<Ui::ViewerVoicesPanel> ui;
    DesktopContext m_context;
    SpeakerModel *m_speakers;
    bool m_loading = false;
};

} // namespace chatvox
