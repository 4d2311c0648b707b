#include "ui/reports/IndicatorTableModel.h"

#include "core/common/DisplayFormat.h"
#include "ui/reports/IndicatorReportDocument.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <algorithm>

namespace osiedle::ui {

namespace {

// The value of a number column of a row (nullopt where it does not apply).
std::optional<qint64> cell(const core::IndicatorReport::Row& row, int column)
{
    switch (column) {
    case IndicatorTableModel::TargetTotal:
        return row.target.total;
    case IndicatorTableModel::TargetWomen:
        return row.target.women;
    case IndicatorTableModel::TargetMen:
        return row.target.men;
    case IndicatorTableModel::PeriodTotal:
        return row.period.total;
    case IndicatorTableModel::PeriodWomen:
        return row.period.women;
    case IndicatorTableModel::PeriodMen:
        return row.period.men;
    case IndicatorTableModel::CumulativeTotal:
        return row.cumulative.total;
    case IndicatorTableModel::CumulativeWomen:
        return row.cumulative.women;
    case IndicatorTableModel::CumulativeMen:
        return row.cumulative.men;
    default:
        return std::nullopt;
    }
}

} // namespace

void IndicatorTableModel::setReport(const core::IndicatorReport& report)
{
    beginResetModel();
    m_report = report;
    m_differences.clear();
    for (const core::LockDifference& d : core::LockedReport::differences(m_report)) {
        if (d.flow) {
            continue;
        }
        int row = d.row;
        if (row < 0) { // an indicator added after locking: its rows follow the locked ones
            const auto& added = m_report.lock->added;
            const auto at = std::find_if(added.begin(), added.end(), [&d](const auto& r) { return r.code == d.code; });
            row = int(m_report.rows.size() + (at - added.begin()));
        }
        m_differences.insert(qint64(row) * ColumnCount + TargetTotal + int(d.part) * 3 + d.cell, d);
    }
    endResetModel();
}

const core::LockDifference* IndicatorTableModel::difference(int row, int column) const
{
    const auto found = m_differences.constFind(qint64(row) * ColumnCount + column);
    return found == m_differences.constEnd() ? nullptr : &found.value();
}

const core::IndicatorReport::Row& IndicatorTableModel::rowAt(int row) const
{
    return row < m_report.rows.size() ? m_report.rows[row] : m_report.lock->added[row - m_report.rows.size()];
}

int IndicatorTableModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid()) {
        return 0;
    }
    return int(m_report.rows.size() + (m_report.lock ? m_report.lock->added.size() : 0));
}

int IndicatorTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IndicatorTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount()) {
        return {};
    }
    const bool added = index.row() >= m_report.rows.size();
    const core::IndicatorReport::Row& row = rowAt(index.row());
    const int column = index.column();
    const core::LockDifference* changed = difference(index.row(), column);
    // The percentage follows from the cells; for a locked period it is compared too.
    std::optional<std::optional<double>> percentNow;
    if (m_report.lock && column == PercentOfTarget && !added) {
        const auto& now = m_report.lock->now[index.row()];
        const std::optional<double> value = now ? now->percentOfTarget : std::nullopt;
        if (value != row.percentOfTarget) {
            percentNow = value;
        }
    }
    switch (role) {
    case Qt::DisplayRole:
        if (column == Indicator) {
            return added ? tr("%1 (added after the period was locked)").arg(row.name) : row.name;
        }
        if (column == Unit) {
            return row.unit;
        }
        if (column == PercentOfTarget) {
            if (percentNow) {
                return QStringLiteral("%1 → %2").arg(IndicatorReportDocument::formatPercent(row.percentOfTarget),
                                                     IndicatorReportDocument::formatPercent(*percentNow));
            }
            return IndicatorReportDocument::formatPercent(added ? std::nullopt : row.percentOfTarget);
        }
        if (changed != nullptr) {
            return QStringLiteral("%1 → %2").arg(IndicatorReportDocument::formatCell(changed->locked, row.money),
                                                 IndicatorReportDocument::formatCell(changed->now, row.money));
        }
        return IndicatorReportDocument::formatCell(added ? std::nullopt : cell(row, column), row.money);
    case Qt::BackgroundRole:
        return changed != nullptr || percentNow ? QVariant(QBrush(QColor(0xff, 0xe0, 0x82))) : QVariant();
    case Qt::ToolTipRole:
        if (changed != nullptr) {
            const auto delta = changed->difference();
            return tr("Locked: %1, the data now gives: %2 (difference %3)")
                .arg(IndicatorReportDocument::formatCell(changed->locked, row.money),
                     IndicatorReportDocument::formatCell(changed->now, row.money),
                     delta ? IndicatorReportDocument::formatDifference(*delta, row.money) : QStringLiteral("–"));
        }
        return column == Indicator ? QStringLiteral("%1\n%2").arg(row.objective, row.code) : QVariant();
    case Qt::TextAlignmentRole:
        return column == Indicator ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
               : column == Unit    ? QVariant(Qt::AlignCenter)
                                   : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ForegroundRole: {
        // A negative period value (a state lost again) is shown, and shown as such.
        const auto value = changed != nullptr ? changed->now : cell(row, column);
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
    // "Target T" a word a line ("Target" over "T"): the number columns stay narrow.
    if (section >= TargetTotal && section <= CumulativeMen) {
        return headerText(section).replace(QLatin1Char(' '), QLatin1Char('\n'));
    }
    return headerText(section);
}

QString IndicatorTableModel::headerText(int section)
{
    switch (section) {
    case Indicator:
        return tr("Indicator");
    case Unit:
        return tr("Unit");
    case TargetTotal:
    case TargetWomen:
    case TargetMen:
    case PeriodTotal:
    case PeriodWomen:
    case PeriodMen:
    case CumulativeTotal:
    case CumulativeWomen:
    case CumulativeMen: {
        const int group = (section - TargetTotal) / 3;
        const int part = (section - TargetTotal) % 3;
        const QString lead = group == 0 ? tr("Target") : group == 1 ? tr("Period") : tr("Cumulative");
        const QString sex = part == 0   ? core::shown::totalColumn()
                            : part == 1 ? core::shown::womenColumn()
                                        : core::shown::menColumn();
        return lead + QLatin1Char(' ') + sex;
    }
    case PercentOfTarget:
        return tr("% of target");
    default:
        return {};
    }
}

} // namespace osiedle::ui
