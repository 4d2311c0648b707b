// The OSS health panel: what needs attention (coloured, with its reason) and the name column
// that stays in view while the figures scroll sideways.

#include "ui/socialcoops/HealthPanel.h"

#include "support/DemoFiles.h"
#include "support/QtStringMakers.h"
#include "support/ScriptedPrompt.h"
#include "support/TestContext.h"
#include "ui/common/AppSettings.h"
#include "ui/common/ListExport.h"
#include "ui/main/MainWindow.h"
#include "ui/main/ProjectSession.h"

#include <QApplication>
#include <QHeaderView>
#include <QScrollBar>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>

using namespace osiedle;
using Column = ui::HealthPanel::Column;
using Level = ui::HealthPanel::Level;

namespace {

core::SocialCoopSummary working()
{
    core::SocialCoopSummary s;
    s.name = QStringLiteral("Spółdzielnia Socjalna „Zodiak”");
    s.stage = core::SocialCoopStatus::Operating;
    s.agreementSignedOn = QDate(2011, 5, 1);
    s.members = 6;
    s.employed = 3;
    s.ordersMonth.count = 4;
    return s;
}

QList<std::pair<Column, Level>> found(const core::SocialCoopSummary& s)
{
    QList<std::pair<Column, Level>> out;
    for (const auto& concern : ui::HealthPanel::concerns(s)) {
        CHECK_FALSE(concern.why.isEmpty());
        out.append({concern.column, concern.level});
    }
    return out;
}

/// Late in the project, when some orders of the demo are past their due date.
const QDate lateInTheProject(2013, 7, 20);

/// The scale-1 demo opened in a main window with settings of its own.
struct DemoWindow {
    QTemporaryDir dir;
    ui::AppSettings settings{dir.filePath(QStringLiteral("settings.ini"))};
    test::ScriptedPrompt prompt;
    ui::MainWindow window{settings, prompt};

    ui::AppContext& open()
    {
        REQUIRE(window.openFile(test::demoCopy(1, dir.path())));
        return context();
    }
    ui::AppContext& context() { return window.session()->context(); }
};

} // namespace

TEST_CASE("The health panel's concerns follow its rules", "[socialcoops][health]")
{
    CHECK(found(working()).isEmpty());

    auto late = working();
    late.overdueOrders = 2;
    CHECK(found(late) == QList<std::pair<Column, Level>>{{Column::Overdue, Level::Urgent}});

    auto idle = working();
    idle.ordersMonth.count = 0;
    idle.employed = 0;
    CHECK(found(idle) ==
          QList<std::pair<Column, Level>>{{Column::OrdersMonth, Level::Watch}, {Column::Employed, Level::Watch}});

    auto registered = working();
    registered.stage = core::SocialCoopStatus::Registered;
    registered.agreementSignedOn.reset();
    registered.ordersMonth.count = 0; // not working yet: no orders is no concern
    registered.employed = 0;
    CHECK(found(registered) == QList<std::pair<Column, Level>>{{Column::Agreement, Level::Watch}});

    auto founding = registered;
    founding.stage = core::SocialCoopStatus::Founding;
    CHECK(found(founding).isEmpty());

    auto members = working();
    members.memberShareWarning = QStringLiteral("Too few members from the eligible groups");
    CHECK(found(members) == QList<std::pair<Column, Level>>{{Column::Members, Level::Watch}});
}

TEST_CASE("On the demo the health panel keeps the names in view and colours what needs attention",
          "[socialcoops][health]")
{
    DemoWindow demo;
    ui::HealthPanel panel(demo.open(), lateInTheProject);
    panel.resize(900, 500); // narrower than its figures: the table scrolls sideways
    panel.show();
    test::settle(demo.context()); // the figures are read off the window's thread
    QApplication::processEvents();

    QTableWidget* table = panel.table();
    auto* frozen = panel.findChild<QTableView*>(QStringLiteral("healthTableFrozen"));
    REQUIRE(frozen != nullptr);
    CHECK(frozen->isVisible());
    CHECK_FALSE(frozen->isColumnHidden(Column::Name));
    for (int column = 1; column < Column::ColumnCount; ++column) {
        CHECK(frozen->isColumnHidden(column));
    }
    CHECK(frozen->columnWidth(Column::Name) == table->columnWidth(Column::Name));
    REQUIRE(table->horizontalScrollBar()->maximum() > 0);
    const QPoint before = frozen->pos();
    table->horizontalScrollBar()->setValue(table->horizontalScrollBar()->maximum());
    QApplication::processEvents();
    CHECK(frozen->pos() == before);
    // the names shortened where they differ least, whole in the tooltip:
    // "Osiedlowa Spółdzielnia Socjalna „Czyste Osiedle” w Siedlcach" reads "OSS „Czyste Osiedle” w Siedlcach"
    const QString legalForm = QStringLiteral("Osiedlowa Spółdzielnia Socjalna ");
    for (int row = 0; row < table->rowCount(); ++row) {
        const QTableWidgetItem* name = table->item(row, Column::Name);
        REQUIRE(name->toolTip().startsWith(legalForm));
        const QString whole = name->toolTip().section(QLatin1Char('\n'), 0, 0);
        CHECK(name->text() == QStringLiteral("OSS ") + whole.mid(legalForm.size()));
        CHECK(name->data(ui::ListExport::WholeTextRole).toString() == whole);
        CHECK(table->item(row, Column::HousingCoop)->text().startsWith(QStringLiteral("SM „")));
    }
    // the frozen column shows the same names, row by row, also after sorting by another column
    table->sortByColumn(Column::Members, Qt::DescendingOrder);
    for (int row = 0; row < table->rowCount(); ++row) {
        CHECK(frozen->model()->index(row, Column::Name).data().toString() == table->item(row, Column::Name)->text());
    }

    // every coloured cell says why; orders past their due date are among them
    int coloured = 0;
    int overdue = 0;
    for (int row = 0; row < table->rowCount(); ++row) {
        for (int column = 1; column < Column::ColumnCount; ++column) {
            const QTableWidgetItem* item = table->item(row, column);
            if (item->background().style() != Qt::NoBrush) {
                ++coloured;
                CHECK_FALSE(item->toolTip().isEmpty());
                CHECK(table->item(row, Column::Name)->background().style() != Qt::NoBrush);
            }
            if (column == Column::Overdue && item->text().toInt() > 0) {
                ++overdue;
                CHECK(item->background().style() != Qt::NoBrush);
            }
        }
    }
    CHECK(overdue > 0);
    CHECK(coloured >= overdue);
}

TEST_CASE("The health panel is left as it is when the figures read again are the same", "[socialcoops][health]")
{
    DemoWindow demo;
    ui::AppContext& context = demo.open();
    ui::HealthPanel panel(context, lateInTheProject);
    panel.show();
    test::settle(context);
    QTableWidget* table = panel.table();
    REQUIRE(table->rowCount() > 1);
    // The user sorts by members; the same figures read again keep the rows and that order.
    table->sortByColumn(Column::Members, Qt::DescendingOrder);
    constexpr int mark = Qt::UserRole + 50; // a mark the panel never sets: gone when it refills
    table->item(0, Column::Name)->setData(mark, true);
    panel.reload();
    test::settle(context);
    CHECK(table->item(0, Column::Name)->data(mark).toBool());
    CHECK(table->horizontalHeader()->sortIndicatorSection() == Column::Members);

    // A figure that changed is shown: the cooperative's new name, shortened as the others.
    const qint64 id = table->item(0, Column::Name)->data(Qt::UserRole).toLongLong();
    context.db.exec("UPDATE social_coop SET name = 'Osiedlowa Spółdzielnia Socjalna „Nowa Nazwa”' WHERE id = " +
                    QByteArray::number(id));
    panel.reload();
    test::settle(context);
    bool renamed = false;
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, Column::Name)->data(Qt::UserRole).toLongLong() == id) {
            CHECK(table->item(row, Column::Name)->text() == QStringLiteral("OSS „Nowa Nazwa”"));
            renamed = true;
        }
    }
    CHECK(renamed);
}
