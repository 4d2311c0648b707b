#pragma once

#include "core/indicators/IndicatorReport.h"

#include <QCoreApplication>

class QTableWidget;
class QWidget;

namespace osiedle::ui {

/// The "Changes since locking" tab of the reports section: every cell of a locked period's
/// report that the data now gives differently (table, line, column, locked, now, difference),
/// then the participants counted differently because their mandatory data changed.
class LockChangesTable {
    Q_DECLARE_TR_FUNCTIONS(LockChangesTable)

public:
    /// An empty table named "lockChangesTable".
    static QTableWidget* create(QWidget* parent);
    /// Shows the changes of a locked report; empty for an open period or without a report.
    /// Returns the number of lines shown.
    static int fill(QTableWidget* table, const core::IndicatorReport* report);
};

} // namespace osiedle::ui
