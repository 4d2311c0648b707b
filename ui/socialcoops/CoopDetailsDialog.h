#pragma once

#include <QCoreApplication>

class QWidget;

namespace osiedle::ui {

struct AppContext;
class FormDialog;

/// The form of an OSS's own data: name, its SM, address, KRS/NIP/REGON, business idea,
/// dissolution and notes. Saved through SocialCoopService (identifiers checked) as one
/// undoable edit.
class CoopDetailsDialog {
    Q_DECLARE_TR_FUNCTIONS(CoopDetailsDialog)

public:
    /// Opens the form (window-modal) and returns it; it is deleted when closed. Null when the
    /// OSS does not exist.
    static FormDialog* open(AppContext& context, qint64 socialCoopId, QWidget* parent);
};

} // namespace osiedle::ui
