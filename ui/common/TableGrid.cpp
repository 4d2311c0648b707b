#include "ui/common/TableGrid.h"

#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

namespace osiedle::ui {

namespace {

// Half the grid's line: the width a collapsed 1-pixel grid adds to each side of a cell's padding.
constexpr double halfLine = 0.5;
// What the collapsed grid keeps outside the cells on each side: its outermost edge rounded to a
// whole pixel (half of 1 px, rounded up) and the table's own 1-pixel frame border.
constexpr double collapsedFrame = 2.0;

// Every cell once (a cell spanning rows or columns fills several places of the grid).
template <typename Visit> void forEachCell(QTextTable& table, Visit visit)
{
    for (int r = 0; r < table.rows(); ++r) {
        for (int c = 0; c < table.columns(); ++c) {
            const QTextTableCell cell = table.cellAt(r, c);
            const bool continued =
                (c > 0 && table.cellAt(r, c - 1) == cell) || (r > 0 && table.cellAt(r - 1, c) == cell);
            if (!continued && !visit(cell)) {
                return;
            }
        }
    }
}

void collectTables(QTextFrame* frame, QList<QTextTable*>& tables)
{
    for (QTextFrame* child : frame->childFrames()) {
        if (auto* table = qobject_cast<QTextTable*>(child)) {
            tables << table;
        }
        collectTables(child, tables);
    }
}

} // namespace

bool TableGrid::hasCollapsedGrid(QTextTable& table)
{
    const QTextTableFormat format = table.format();
    if (!format.borderCollapse() || format.border() != 1.0) {
        return false;
    }
    bool plain = true;
    forEachCell(table, [&plain](const QTextTableCell& cell) {
        const QTextFormat cellFormat = cell.format();
        plain = !cellFormat.hasProperty(QTextFormat::TableCellTopBorderStyle) &&
                !cellFormat.hasProperty(QTextFormat::TableCellBottomBorderStyle) &&
                !cellFormat.hasProperty(QTextFormat::TableCellLeftBorderStyle) &&
                !cellFormat.hasProperty(QTextFormat::TableCellRightBorderStyle);
        return plain;
    });
    return plain;
}

void TableGrid::useCellBorders(QTextDocument& document)
{
    QList<QTextTable*> tables;
    collectTables(document.rootFrame(), tables);
    for (QTextTable* table : tables) {
        if (!hasCollapsedGrid(*table)) {
            continue;
        }
        QTextTableFormat format = table->format();
        // The grid is drawn solid in the table's border colour (black when it has none).
        const QBrush line = format.borderBrush().style() == Qt::NoBrush ? QBrush(Qt::black) : format.borderBrush();
        forEachCell(*table, [&line](QTextTableCell cell) {
            QTextTableCellFormat cellFormat = cell.format().toTableCellFormat();
            cellFormat.setBorder(halfLine);
            cellFormat.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
            cellFormat.setBorderBrush(line);
            cell.setFormat(cellFormat);
            return true;
        });
        format.setBorderCollapse(false);
        format.setBorder(0);
        format.setCellSpacing(0);
        format.setTopMargin(format.topMargin() + collapsedFrame);
        format.setBottomMargin(format.bottomMargin() + collapsedFrame);
        format.setLeftMargin(format.leftMargin() + collapsedFrame);
        format.setRightMargin(format.rightMargin() + collapsedFrame);
        table->setFormat(format);
    }
}

} // namespace osiedle::ui
