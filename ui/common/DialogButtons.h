#pragma once

#include <functional>

class QDialog;
class QDialogButtonBox;

namespace osiedle::ui {

/// The Save / Cancel buttons of an edit dialog (object names "save" and "cancel"): Save calls
/// `save` and closes the dialog only when it returns true (a refused entry stays on screen with
/// its messages); Cancel calls the dialog's reject(), which may ask about unsaved changes.
QDialogButtonBox* saveCancelButtons(QDialog* dialog, std::function<bool()> save);

} // namespace osiedle::ui
