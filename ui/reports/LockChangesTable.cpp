#include "ui/reports/LockChangesTable.h"

#include "core/indicators/LockedReport.h"
#include "ui/reports/IndicatorReportDocument.h"

#include <QColor>
#include <QHeaderView>
#include <QTableWidget>

namespace osiedle::ui {

namespace {

// The locked and now cells of a line, highlighted as the report table highlights a change.
void setLine(QTableWidget* table, int row, const QStringList& texts, int alignRightFrom)
{
    for (int column = 0; column < texts.size(); ++column) {
        auto* item = new QTableWidgetItem(texts[column]);
        if (column >= alignRightFrom) {
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        }
        if (column >= 4) {
            item->setBackground(QColor(0xff, 0xe0, 0x82));
        }
        table->setItem(row, column, item);
    }
}

} // namespace

QTableWidget* LockChangesTable::create(QWidget* parent)
{
    auto* table = new QTableWidget(parent);
    table->setObjectName(QStringLiteral("lockChangesTable"));
    table->setColumnCount(6);
    table->setHorizontalHeaderLabels(
        {tr("Table"), tr("Line"), tr("Column"), tr("Locked"), tr("Now"), tr("Difference")});
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    return table;
}

int LockChangesTable::fill(QTableWidget* table, const core::IndicatorReport* report)
{
    const QList<core::LockDifference> differences =
        report ? core::LockedReport::differences(*report) : QList<core::LockDifference>();
    const QList<core::LockQualityChange> quality =
        report ? core::LockedReport::qualityChanges(*report) : QList<core::LockQualityChange>();
    table->setRowCount(int(differences.size() + quality.size()));
    for (int i = 0; i < differences.size(); ++i) {
        const core::LockDifference& d = differences[i];
        const auto delta = d.difference();
        setLine(table, i,
                {d.flow ? tr("Participant flow") : tr("Indicators"),
                 d.row < 0 ? tr("%1 (added after locking)").arg(d.name) : d.name, d.columnName(),
                 IndicatorReportDocument::formatCell(d.locked, d.money),
                 IndicatorReportDocument::formatCell(d.now, d.money),
                 delta ? IndicatorReportDocument::formatDifference(*delta, d.money) : QStringLiteral("–")},
                3);
    }
    // Who is counted differently now because their mandatory data changed.
    for (int i = 0; i < quality.size(); ++i) {
        const core::LockQualityChange& q = quality[i];
        setLine(table, int(differences.size()) + i,
                {tr("Data quality"), q.name, tr("Missing data"),
                 q.missingThen.isEmpty() ? tr("complete") : q.missingThen.join(QStringLiteral(", ")),
                 q.missingNow.isEmpty() ? tr("complete") : q.missingNow.join(QStringLiteral(", ")),
                 q.missingNow.isEmpty() ? tr("counted now") : tr("not counted now")},
                6);
    }
    table->resizeColumnsToContents();
    return table->rowCount();
}

} // namespace osiedle::ui
