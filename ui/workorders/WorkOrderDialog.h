#pragma once

#include "core/common/FieldError.h"
#include "core/domain/WorkOrder.h"
#include "core/storage/SocialCoopRepository.h"
#include "ui/common/EditDialog.h"

#include <functional>

class QCheckBox;

namespace osiedle::ui {

class WorkOrderForm;

/// Creates or edits one work order. `save` is called with the order as typed; it returns the
/// field errors (empty when saved), which the dialog shows next to the fields.
class WorkOrderDialog : public EditDialog {
    Q_OBJECT

public:
    using Save = std::function<core::FieldErrors(const core::WorkOrder& order)>;

    WorkOrderDialog(const QList<core::ChoiceItem>& housingCoops, const QList<core::SocialCoop>& socialCoops,
                    const core::WorkOrder& order, Save save, QWidget* parent = nullptr);

    WorkOrderForm* form() const { return m_form; }
    /// Presses OK: saves and closes when the save succeeds.
    void submit();

private:
    WorkOrderForm* m_form;
    QCheckBox* m_ordered = nullptr;
    Save m_save;
    bool m_isNew;
};

} // namespace osiedle::ui
