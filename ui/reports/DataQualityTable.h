#pragma once

#include "core/indicators/IndicatorReport.h"

#include <QCoreApplication>

class QTableWidget;
class QWidget;

namespace osiedle::ui {

/// The data-quality tab of the reports section: who is not counted for missing data, what is
/// dated before the project start, and the participant records that go against the counting
/// rules, one line each (who or what, the kind of record, the date, the problem in words).
class DataQualityTable {
    Q_DECLARE_TR_FUNCTIONS(DataQualityTable)

public:
    /// An empty table named "dataQualityTable".
    static QTableWidget* create(QWidget* parent);
    /// Shows the report's lists (none without a report).
    static void fill(QTableWidget* table, const core::IndicatorReport* report);
};

} // namespace osiedle::ui
