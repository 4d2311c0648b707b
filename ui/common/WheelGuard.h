#pragma once

#include <QObject>

namespace osiedle::ui {

/// Keeps the mouse wheel from changing a field the user is not editing. A form scrolls under
/// the wheel; a combo box, spin box, date field or slider it passes over would otherwise take the
/// turn as a new value (scrolling the participant card changed its referring institution). One
/// filter for the whole program: such a field takes focus only from a click or Tab (not from the
/// wheel), and while it has no focus a wheel turn goes on to what holds it, so the form scrolls.
/// A focused field still changes with the wheel, as the user expects after clicking it.
class WheelGuard : public QObject {
    Q_OBJECT

public:
    explicit WheelGuard(QObject* parent = nullptr);

    /// Installs one guard on the application (idempotent); it lives as long as the application.
    static void installOnApplication();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
};

} // namespace osiedle::ui
