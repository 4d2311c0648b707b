#include "ui/common/WheelGuard.h"

#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QScrollBar>
#include <QWidget>

namespace osiedle::ui {

namespace {

/// A field whose value the wheel changes. Scroll bars are sliders too, but turning the wheel over
/// one is how a list is scrolled.
bool isValueField(const QObject* object)
{
    if (qobject_cast<const QScrollBar*>(object) != nullptr) {
        return false;
    }
    return qobject_cast<const QComboBox*>(object) != nullptr ||
           qobject_cast<const QAbstractSpinBox*>(object) != nullptr ||
           qobject_cast<const QAbstractSlider*>(object) != nullptr;
}

} // namespace

WheelGuard::WheelGuard(QObject* parent) : QObject(parent) {}

void WheelGuard::installOnApplication()
{
    auto* app = QCoreApplication::instance();
    if (app == nullptr || app->findChild<WheelGuard*>(QString(), Qt::FindDirectChildrenOnly) != nullptr) {
        return;
    }
    app->installEventFilter(new WheelGuard(app));
}

bool WheelGuard::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Polish && isValueField(watched)) {
        // Qt gives a combo box or a spin box focus from the wheel before the field sees the turn,
        // which would make every field the pointer crosses the one being edited.
        auto* field = static_cast<QWidget*>(watched);
        if (field->focusPolicy() == Qt::WheelFocus) {
            field->setFocusPolicy(Qt::StrongFocus);
        }
    } else if (event->type() == QEvent::Wheel && isValueField(watched)) {
        const auto* field = static_cast<const QWidget*>(watched);
        if (!field->hasFocus()) {
            // Unaccepted and not delivered: the application hands the turn to the field's
            // parents, up to the scroll area that holds the form.
            event->ignore();
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace osiedle::ui
