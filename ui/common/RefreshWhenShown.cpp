#include "ui/common/RefreshWhenShown.h"

#include <QEvent>
#include <QWidget>

namespace osiedle::ui {

RefreshWhenShown::RefreshWhenShown(QWidget* view, std::function<void()> reload)
    : QObject(view), m_view(view), m_reload(std::move(reload))
{
    view->installEventFilter(this);
}

void RefreshWhenShown::request()
{
    if (m_view->isVisible() || !m_view->window()->isVisible()) {
        m_pending = false;
        m_reload();
    } else {
        m_pending = true;
    }
}

bool RefreshWhenShown::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view && event->type() == QEvent::Show && m_pending) {
        m_pending = false;
        m_reload();
    }
    return QObject::eventFilter(watched, event);
}

} // namespace osiedle::ui
