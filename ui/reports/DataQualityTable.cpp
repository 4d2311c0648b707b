#include "ui/reports/DataQualityTable.h"

#include "core/indicators/DataProblems.h"
#include "ui/common/FormErrors.h"
#include "ui/common/RowsSizedInView.h"

#include <QHeaderView>
#include <QTableWidget>

namespace osiedle::ui {

QTableWidget* DataQualityTable::create(QWidget* parent)
{
    auto* table = new QTableWidget(parent);
    table->setObjectName(QStringLiteral("dataQualityTable"));
    table->setColumnCount(4);
    table->setHorizontalHeaderLabels({tr("Who or what"), tr("Record"), tr("Date"), tr("Problem")});
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setWordWrap(true);
    // The problem wraps: a row takes the lines of its text when it comes into view, and again
    // when a column's width changes (a large project lists hundreds).
    new RowsSizedInView(table);
    // The widths follow the longest texts of the first rows and those in view.
    table->horizontalHeader()->setResizeContentsPrecision(200);
    return table;
}

void DataQualityTable::fill(QTableWidget* table, const core::IndicatorReport* report)
{
    if (report == nullptr) {
        table->setRowCount(0);
        return;
    }
    table->setRowCount(int(report->dataQuality.size() + report->dataProblems.size()));
    int row = 0;
    auto line = [&](const QString& who, const QString& record, const QDate& date, const QString& problem) {
        table->setItem(row, 0, new QTableWidgetItem(who));
        table->setItem(row, 1, new QTableWidgetItem(record));
        table->setItem(row, 2, new QTableWidgetItem(FormErrors::dateText(date)));
        auto* text = new QTableWidgetItem(problem);
        text->setToolTip(problem);
        table->setItem(row, 3, text);
        ++row;
    };
    for (const auto& item : report->dataQuality) {
        QString name = QStringLiteral("%1 %2").arg(item.lastName, item.firstName).trimmed();
        line(name.isEmpty() ? tr("(no name)") : name, tr("Participant"), item.participationStart,
             tr("Not counted until the mandatory data is complete; missing: %1")
                 .arg(item.missing.join(QStringLiteral(", "))));
    }
    for (const auto& item : report->dataProblems) {
        line(item.name, core::DataProblems::recordName(item.record), item.date,
             core::DataProblems::describe(item, report->project.start, false));
    }
    table->resizeColumnsToContents();
    // The problem says everything in words: it takes the rest of the width and wraps.
    table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    if (auto* rows = table->findChild<RowsSizedInView*>(QString(), Qt::FindDirectChildrenOnly)) {
        rows->reset();
    }
}

} // namespace osiedle::ui
