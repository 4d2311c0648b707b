#include "ui/common/EnterSubmits.h"

#include <QAbstractButton>
#include <QEvent>
#include <QKeyEvent>
#include <QPointer>
#include <QWidget>

namespace osiedle::ui {

namespace {

/// Watches the fields of one form; owned by its button.
class EnterFilter : public QObject {
public:
    explicit EnterFilter(QAbstractButton* button) : QObject(button), m_button(button) {}

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() != QEvent::KeyPress) {
            return QObject::eventFilter(watched, event);
        }
        const auto* key = static_cast<QKeyEvent*>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        const Qt::KeyboardModifiers modifiers = key->modifiers() & ~Qt::KeypadModifier;
        if (!enter || modifiers != Qt::NoModifier || m_button.isNull()) {
            return QObject::eventFilter(watched, event);
        }
        if (m_button->isEnabled() && m_button->isVisible()) {
            m_button->click();
        }
        return true;
    }

private:
    QPointer<QAbstractButton> m_button;
};

} // namespace

void enterSubmits(const QList<QWidget*>& fields, QAbstractButton* button)
{
    auto* filter = new EnterFilter(button);
    for (QWidget* field : fields) {
        field->installEventFilter(filter);
    }
}

} // namespace osiedle::ui
