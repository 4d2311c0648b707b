#include "ui/reports/IndicatorTableModel.h"

#include "ui/reports/IndicatorReportDocument.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace osiedle::ui {

namespace {

// The value of a number column of a row (nullopt where it does not apply).
std::optional<qint64> cell(const core::IndicatorReport::Row& row, int column)
{
    switch (column) {
    case IndicatorTableModel::TargetTotal: return row.target.total;
    case IndicatorTableModel::TargetWomen: return row.target.women;
    case IndicatorTableModel::TargetMen: return row.target.men;
    case IndicatorTableModel::PeriodTotal: return row.period.total;
    case IndicatorTableModel::PeriodWomen: return row.period.women;
    case IndicatorTableModel::PeriodMen: return row.period.men;
    case IndicatorTableModel::CumulativeTotal: return row.cumulative.total;
    case IndicatorTableModel::CumulativeWomen: return row.cumulative.women;
    case IndicatorTableModel::CumulativeMen: return row.cumulative.men;
    default: return std::nullopt;
    }
}

} // namespace

void IndicatorTableModel::setReport(const core::IndicatorReport& report)
{
    beginResetModel();
    m_report = report;
    endResetModel();
}

int IndicatorTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_report.rows.size());
}

int IndicatorTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IndicatorTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_report.rows.size()) {
        return {};
    }
    const core::IndicatorReport::Row& row = m_report.rows[index.row()];
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        if (column == Indicator) {
            return row.name;
        }
        if (column == Unit) {
            return row.unit;
        }
        if (column == PercentOfTarget) {
            return IndicatorReportDocument::formatPercent(row.percentOfTarget);
        }
        return IndicatorReportDocument::formatCell(cell(row, column), row.money);
    case Qt::ToolTipRole:
        return column == Indicator ? QStringLiteral("%1\n%2").arg(row.objective, row.code) : QVariant();
    case Qt::TextAlignmentRole:
        return column == Indicator ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
               : column == Unit    ? QVariant(Qt::AlignCenter)
                                   : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ForegroundRole: {
        // A negative period value (a state lost again) is shown, and shown as such.
        const auto value = cell(row, column);
        return value && *value < 0 ? QVariant(QBrush(QColor(0xb0, 0x00, 0x20))) : QVariant();
    }
    case Qt::FontRole:
        if (column >= CumulativeTotal) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    default:
        return {};
    }
}

QVariant IndicatorTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal) {
        return {};
    }
    if (role == Qt::ToolTipRole) {
        if (section >= TargetTotal && section <= CumulativeMen) {
            const int part = (section - TargetTotal) % 3;
            return part == 0 ? tr("Total") : part == 1 ? tr("Women") : tr("Men");
        }
        return {};
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case Indicator: return tr("Indicator");
    case Unit: return tr("Unit");
    case TargetTotal: return tr("Target O");
    case TargetWomen: return tr("Target K");
    case TargetMen: return tr("Target M");
    case PeriodTotal: return tr("Period O");
    case PeriodWomen: return tr("Period K");
    case PeriodMen: return tr("Period M");
    case CumulativeTotal: return tr("Cumulative O");
    case CumulativeWomen: return tr("Cumulative K");
    case CumulativeMen: return tr("Cumulative M");
    case PercentOfTarget: return tr("% of target");
    default: return {};
    }
}

} // namespace osiedle::ui
