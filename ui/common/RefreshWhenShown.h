#pragma once

#include <QObject>
#include <functional>

class QWidget;

namespace osiedle::ui {

/// A view's reload after a change to the data, done now when the view is on screen and put off
/// until it is shown again when it is not: a section the user is not looking at does not read
/// the file for every change made in another (at scale 100 the hidden timeline, debt list and
/// course list took seconds of the window's time after a participant was saved). A view whose
/// window is not shown at all (built for a test or a document) reloads at once, as before.
class RefreshWhenShown : public QObject {
public:
    RefreshWhenShown(QWidget* view, std::function<void()> reload);

    /// Reloads now, or when the view is next shown.
    void request();
    /// True while a reload waits for the view to be shown.
    bool pending() const { return m_pending; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* m_view;
    std::function<void()> m_reload;
    bool m_pending = false;
};

} // namespace osiedle::ui
