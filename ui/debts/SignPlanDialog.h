#pragma once

#include "core/domain/InstalmentPlan.h"
#include "ui/common/EditDialog.h"

class QDateEdit;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;

namespace osiedle::ui {

/// Signing an instalment agreement: date, total, number of instalments and first due date give
/// equal monthly instalments (the remainder on the last); the schedule can then be edited row by
/// row (an explicit schedule). OK is accepted only when the schedule is valid; the problems are
/// shown under the schedule.
class SignPlanDialog : public EditDialog {
    Q_OBJECT

public:
    SignPlanDialog(qint64 accountId, core::Money suggestedTotal, const QDate& signedOn, QWidget* parent = nullptr);

    /// The plan as entered (valid after accept()).
    core::InstalmentPlan plan() const;
    /// Problems of the plan as entered; empty when it can be signed.
    QStringList problems() const;

    void accept() override;

public slots:
    /// Fills the schedule with equal instalments from the fields above it.
    void recalculate();

private:
    qint64 m_accountId;
    QDateEdit* m_signedOn;
    QLineEdit* m_total;
    QSpinBox* m_count;
    QDateEdit* m_firstDue;
    QTableWidget* m_table;
    QLabel* m_problems;
};

} // namespace osiedle::ui
