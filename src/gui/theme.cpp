#include "theme.h"

#include <QApplication>
#include <QFont>
#include <QFontDatabase>
#include <QPalette>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

using namespace Qt::StringLiterals;

namespace chatvox {

void applyJapaneseFontFallback(QApplication &app)
{
    static const QStringList preferred{
        u"Yu Gothic UI"_s,     u"Meiryo UI"_s,    u"Meiryo"_s,        u"MS UI Gothic"_s,
        u"Noto Sans CJK JP"_s, u"Noto Sans JP"_s, u"IPAPGothic"_s,    u"IPAGothic"_s,
        u"TakaoPGothic"_s,     u"VL PGothic"_s,   u"Hiragino Sans"_s,
    };
    const QStringList available = QFontDatabase::families(QFontDatabase::Japanese);
    QFont font = app.font();
    QStringList families{font.family()};
    for (const QString &family : preferred) {
        if (available.contains(family, Qt::CaseInsensitive) && !families.contains(family))
            families << family;
    }
    if (families.size() == 1)
        return; // nothing better than the system's own fallback
    font.setFamilies(families);
    app.setFont(font);
}

bool systemPrefersDark()
{
    const QString forced = qEnvironmentVariable("CHATVOX_COLOR_SCHEME").toLower();
    if (forced == u"dark")
        return true;
    if (forced == u"light")
        return false;
#ifdef Q_OS_WIN
    const QSettings personalize(
        u"HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize"_s,
        QSettings::NativeFormat);
    return personalize.value(u"AppsUseLightTheme"_s, 1).toInt() == 0;
#else
    const QPalette palette = QApplication::palette();
    return palette.color(QPalette::Window).lightness()
        < palette.color(QPalette::WindowText).lightness();
#endif
}

void applySystemColorScheme(QApplication &app)
{
    const QString forced = qEnvironmentVariable("CHATVOX_COLOR_SCHEME").toLower();
    const bool dark = systemPrefersDark();
#ifndef Q_OS_WIN
    if (forced.isEmpty())
        return; // the platform theme already gives the right palette
#endif
    if (!dark) {
        if (!forced.isEmpty()) {
            app.setStyle(QStyleFactory::create(u"Fusion"_s));
            app.setPalette(app.style()->standardPalette());
        }
        return;
    }
    app.setStyle(QStyleFactory::create(u"Fusion"_s));
    QPalette p;
    const QColor window(0x2b, 0x2b, 0x30), base(0x1f, 0x1f, 0x23), text(0xe8, 0xe8, 0xec);
    const QColor disabled(0x80, 0x80, 0x88), accent(0x8b, 0x5c, 0xf6);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window.lighter(115));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::red);
    p.setColor(QPalette::Link, accent.lighter(130));
    p.setColor(QPalette::Highlight, accent);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Light, window.lighter(150));
    p.setColor(QPalette::Mid, window.lighter(120));
    p.setColor(QPalette::Dark, window.darker(150));
    p.setColor(QPalette::Shadow, Qt::black);
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    app.setPalette(p);
}

} // namespace chatvox
