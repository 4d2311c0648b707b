#pragma once

#include "core/domain/InstalmentPlan.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

#include <optional>
#include <utility>

class QChart;

namespace osiedle::ui {

/// The line chart of a tenant's arrears: the balance at the end of each month, and, when there
/// is an agreement, its expected path (the balance at signing less the instalments due by each
/// date, i.e. where the arrears would be if the plan is kept and nothing new is charged).
class BalanceChart {
    Q_DECLARE_TR_FUNCTIONS(BalanceChart)

public:
    /// A new chart (the caller owns it).
    static QChart* create(const QList<std::pair<QDate, core::Money>>& monthEnds,
                          const std::optional<core::InstalmentPlan>& plan, core::Money balanceAtSigning);
};

} // namespace osiedle::ui
