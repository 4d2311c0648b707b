#include "ui/common/ColumnFit.h"

#include "support/QtStringMakers.h"

#include <QHeaderView>
#include <QStandardItemModel>
#include <QTableView>
#include <catch2/catch.hpp>

using namespace osiedle;

namespace {

/// A list like the program's: names of people and places, dates, hours; 1 500 rows, so that
/// some of the longest texts lie beyond the 1 000 rows Qt looks at.
void fill(QStandardItemModel& model)
{
    const QStringList first = {QStringLiteral("Anna"), QStringLiteral("Krzysztof"), QStringLiteral("Małgorzata"),
                               QStringLiteral("Ewa"), QStringLiteral("Grzegorz")};
    const QStringList last = {QStringLiteral("Nowak"), QStringLiteral("Wiśniewska-Zawadzka"),
                              QStringLiteral("Kowalczyk"), QStringLiteral("Lis"),
                              QStringLiteral("Brzęczyszczykiewicz")};
    model.setColumnCount(4);
    model.setHorizontalHeaderLabels(
        {QStringLiteral("Osoba"), QStringLiteral("Data"), QStringLiteral("Godziny"), QStringLiteral("Uwagi")});
    for (int row = 0; row < 1500; ++row) {
        QList<QStandardItem*> cells;
        cells << new QStandardItem(first[row % 5] + QLatin1Char(' ') + last[(row / 5) % 5]);
        cells << new QStandardItem(QStringLiteral("%1.%2.2012")
                                       .arg(1 + row % 28, 2, 10, QLatin1Char('0'))
                                       .arg(1 + row % 12, 2, 10, QLatin1Char('0')));
        cells << new QStandardItem(QString::number(row % 7 == 0 ? 1234.5 : double(row % 9) / 2, 'f', 1));
        cells << new QStandardItem(row == 1400  ? QStringLiteral("bardzo długa uwaga, poza tysiącem wierszy")
                                   : row == 700 ? QStringLiteral("uwaga w środku listy")
                                                : QString());
        model.appendRow(cells);
    }
}

QList<int> widths(const QTableView& view)
{
    QList<int> result;
    for (int column = 0; column < view.model()->columnCount(); ++column) {
        result << view.columnWidth(column);
    }
    return result;
}

} // namespace

TEST_CASE("Columns fitted to their longest texts are as wide as Qt fits them looking at every text", "[columns]")
{
    QStandardItemModel model;
    fill(model);
    for (const bool stretch : {false, true}) {
        for (const bool shown : {false, true}) {
            CAPTURE(stretch, shown);
            QTableView byQt;
            QTableView fitted;
            for (QTableView* view : {&byQt, &fitted}) {
                view->setModel(&model);
                view->horizontalHeader()->setStretchLastSection(stretch);
                view->resize(900, 400);
                if (shown) {
                    view->show();
                }
            }
            byQt.resizeColumnsToContents();
            ui::ColumnFit::toContents(fitted);
            if (stretch) {
                // the last column fills what is left, whatever its texts
                CHECK(widths(fitted).mid(0, 3) == widths(byQt).mid(0, 3));
            } else {
                CHECK(widths(fitted) == widths(byQt));
            }
        }
    }
}

TEST_CASE("A fitted column is wide enough for its longest text and ignores rows Qt does not look at", "[columns]")
{
    QStandardItemModel model;
    fill(model);
    QTableView view;
    view.setModel(&model);
    ui::ColumnFit::toContents(view);
    const QFontMetrics metrics(view.font());
    // The note at row 700 fits; the longer one at row 1 400 is past the 1 000 rows looked at.
    CHECK(view.columnWidth(3) >= metrics.horizontalAdvance(QStringLiteral("uwaga w środku listy")));
    CHECK(view.columnWidth(3) < metrics.horizontalAdvance(QStringLiteral("bardzo długa uwaga, poza tysiącem wierszy")));
    CHECK(view.columnWidth(0) >= metrics.horizontalAdvance(QStringLiteral("Małgorzata Brzęczyszczykiewicz")));
    // A hidden column keeps its width.
    view.setColumnWidth(2, 200);
    view.setColumnHidden(2, true);
    ui::ColumnFit::toContents(view);
    view.setColumnHidden(2, false);
    CHECK(view.columnWidth(2) == 200);
}
