#pragma once

#include "core/common/Result.h"
#include "core/domain/InstalmentPlan.h"
#include "core/domain/PrintedIdentity.h"
#include "core/storage/DebtAccountRepository.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

class QWidget;

namespace osiedle::ui {

/// The printable schedule of an instalment agreement: who, which account, the terms, and each
/// instalment with its due date, amount, what was paid towards it and whether it is overdue on
/// the date of printing; a signature block for the tenant and the SM. Printed through
/// DocumentPrinter (A4, co-financing line and page numbers on every page).
class ScheduleDocument {
    Q_DECLARE_TR_FUNCTIONS(ScheduleDocument)

public:
    ScheduleDocument(core::PrintedIdentity identity, core::DebtAccountInfo account, core::InstalmentPlan plan,
                     core::InstalmentSchedule schedule, const QDate& on);

    QString html() const;
    core::Status writePdf(const QString& path) const;
    void preview(QWidget* parent) const;

private:
    core::PrintedIdentity m_identity;
    core::DebtAccountInfo m_account;
    core::InstalmentPlan m_plan;
    core::InstalmentSchedule m_schedule;
    QDate m_on;
};

} // namespace osiedle::ui
