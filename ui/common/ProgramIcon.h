#pragma once

#include <QIcon>

namespace osiedle::ui {

/// The application icon for windows and dialogs, drawn from the same SVGs as the installed
/// icons (resources/icons, embedded under `:/icons/`): the simplified drawing for 16–32 px,
/// the full one above. Drawn here rather than loaded as SVG so that no image plugin is needed.
class ProgramIcon {
public:
    /// The icon at 16, 24, 32, 48, 64, 128 and 256 px. GUI thread.
    static QIcon icon();
};

} // namespace osiedle::ui
