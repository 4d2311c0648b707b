#pragma once

#include "core/domain/WorkOrder.h"
#include "core/domain/WorkOrderSeries.h"
#include "core/storage/SocialCoopRepository.h"
#include "ui/common/EditDialog.h"

#include <functional>

class QComboBox;
class QDateEdit;
class QLabel;
class QSpinBox;

namespace osiedle::ui {

class WorkOrderForm;

/// Creates a recurring order in one step (e.g. weekly stair cleaning for a year): the order's
/// fields, the first and last date, how often, and the days to complete each one. Shows how
/// many orders will be made before they are.
class RecurringOrderDialog : public EditDialog {
    Q_OBJECT

public:
    struct Request {
        core::WorkOrder pattern;
        QDate first;
        QDate last;
        core::Recurrence recurrence = core::Recurrence::Weekly;
        int dueAfterDays = 6;
    };
    /// Returns the error message, empty when the series was created.
    using Create = std::function<QString(const Request& request)>;

    RecurringOrderDialog(const QList<core::ChoiceItem>& housingCoops, const QList<core::SocialCoop>& socialCoops,
                         const core::WorkOrder& pattern, const QDate& first, Create create, QWidget* parent = nullptr);

    WorkOrderForm* form() const { return m_form; }
    QDateEdit* firstDate() const { return m_first; }
    QDateEdit* lastDate() const { return m_last; }
    QComboBox* recurrence() const { return m_recurrence; }
    void submit();

private:
    Request request(bool* ok) const;
    void updateCount();

    WorkOrderForm* m_form;
    QDateEdit* m_first;
    QDateEdit* m_last;
    QComboBox* m_recurrence;
    QSpinBox* m_dueAfter;
    QLabel* m_count;
    QLabel* m_error;
    Create m_create;
};

} // namespace osiedle::ui
