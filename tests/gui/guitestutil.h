#pragma once

#include "app/application.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QStringList>
#include <QWidget>

namespace chatvox::test {

// Focusable controls under root without an accessible name (screen readers would say nothing).
inline QStringList controlsWithoutAccessibleName(QWidget *root)
{
    QStringList missing;
    const QList<QWidget *> widgets = root->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (w->focusPolicy() == Qt::NoFocus || !w->isEnabled() || !w->isVisible())
            continue;
        // Internal parts of composite widgets (viewports, spin box line edits, scroll bars).
        const QString cls = QString::fromLatin1(w->metaObject()->className());
        if (cls == u"QScrollBar"
            || (cls == u"QLineEdit" && w->parentWidget()
                && (w->parentWidget()->inherits("QAbstractSpinBox")
                    || w->parentWidget()->inherits("QComboBox")
                    || w->parentWidget()->inherits("QKeySequenceEdit"))))
            continue;
        if (w->objectName().startsWith(u"qt_") || cls == u"QTabBar"
            || cls == u"QDockWidgetTitleButton" || cls == u"QToolBarExtension")
            continue;
        QAccessibleInterface *a = QAccessible::queryAccessibleInterface(w);
        const QString name = a ? a->text(QAccessible::Name) : QString();
        if (name.trimmed().isEmpty() && w->accessibleName().isEmpty())
            missing << u"%1 (%2)"_qs.arg(w->objectName(), cls);
    }
    return missing;
}

} // namespace chatvox::test

#include "testmain.h"

// QTEST_MAIN with a QApplication, leaving like CHATVOX_AUDIO_TEST_MAIN (see testmain.h).
#define CHATVOX_WIDGET_TEST_MAIN(TestObject)                                                       \
    int main(int argc, char *argv[])                                                               \
    {                                                                                              \
        int rc = 0;                                                                                \
        {                                                                                          \
            QApplication app(argc, argv);                                                          \
            TestObject tc;                                                                         \
            QTEST_SET_MAIN_SOURCE_PATH                                                             \
            rc = QTest::qExec(&tc, argc, argv);                                                    \
        }                                                                                          \
        CHATVOX_TEST_EXIT(rc);                                                                     \
    }
