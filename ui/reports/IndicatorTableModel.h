#pragma once

#include "core/indicators/IndicatorReport.h"
#include "core/indicators/LockedReport.h"

#include <QAbstractTableModel>
#include <QHash>

namespace osiedle::ui {

/// The indicator table of a report on screen: one row per indicator, the O/K/M cells of the
/// target, the period and the cumulative value, and the % of target. Read-only; the report is
/// replaced as a whole (it is small: one row per indicator). For a locked period the cells are
/// the locked values; a cell the data now gives differently shows "locked → now" on a yellow
/// background, and indicators added after locking follow at the end, marked as such.
class IndicatorTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        Indicator,
        Unit,
        TargetTotal,
        TargetWomen,
        TargetMen,
        PeriodTotal,
        PeriodWomen,
        PeriodMen,
        CumulativeTotal,
        CumulativeWomen,
        CumulativeMen,
        PercentOfTarget,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setReport(const core::IndicatorReport& report);
    const core::IndicatorReport& report() const { return m_report; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// For a locked period: the difference shown in a cell, or nullptr.
    const core::LockDifference* difference(int row, int column) const;

private:
    /// A column's title in one line ("Target T").
    static QString headerText(int section);
    const core::IndicatorReport::Row& rowAt(int row) const;

    core::IndicatorReport m_report;
    QHash<qint64, core::LockDifference> m_differences; ///< key: row * ColumnCount + column
};

} // namespace osiedle::ui
