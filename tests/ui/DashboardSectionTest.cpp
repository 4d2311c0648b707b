#include "ui/dashboard/DashboardSection.h"

#include "core/indicators/IndicatorCalculator.h"
#include "core/storage/Database.h"
#include "support/IndicatorTestData.h"
#include "support/QtStringMakers.h"
#include "support/TestContext.h"

#include <QCoreApplication>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <catch2/catch.hpp>

using namespace osiedle;

TEST_CASE("The dashboard shows the period, one progress bar per indicator with a target and what needs attention",
          "[dashboard]")
{
    test::TestContext ctx;
    test::fillIndicatorTestData(ctx.db());
    ui::DashboardSection section(ctx.context);
    section.resize(1000, 700);
    section.show();
    section.refresh(QDate(2011, 2, 15));
    test::settle(ctx.context); // read off the window's thread

    auto* header = section.findChild<QLabel*>(QStringLiteral("dashboardHeader"));
    REQUIRE(header != nullptr);
    CHECK(header->text().contains(QStringLiteral("01.01.2011")));
    CHECK(header->text().contains(QStringLiteral("14.04.2011"))); // the claim of period 2

    auto report = core::IndicatorCalculator(ctx.db()).compute(QDate(2011, 1, 1), QDate(2011, 3, 31));
    REQUIRE(report.ok());
    int withTarget = 0;
    for (const auto& row : report.value().rows) {
        if (row.target.total && *row.target.total != 0) {
            ++withTarget;
        }
    }
    REQUIRE(withTarget >= 3);
    const auto bars = section.findChildren<QProgressBar*>();
    CHECK(bars.size() == withTarget);

    // PARTICIPANTS_STARTED: Q1 2 + Q2 3 = 5 of 100 -> 5.0 %
    auto* started = section.findChild<QProgressBar*>(QStringLiteral("progress_PARTICIPANTS_STARTED"));
    REQUIRE(started != nullptr);
    CHECK(started->value() == 50);
    auto* figures = section.findChild<QLabel*>(QStringLiteral("figures_PARTICIPANTS_STARTED"));
    REQUIRE(figures != nullptr);
    CHECK(figures->text().startsWith(QStringLiteral("5 ")));

    auto* attention = section.findChild<QListWidget*>(QStringLiteral("attentionList"));
    REQUIRE(attention != nullptr);
    CHECK(attention->count() == 5);
    if (const QString shot = qEnvironmentVariable("OSIEDLE_DASHBOARD_SHOT"); !shot.isEmpty()) {
        QCoreApplication::processEvents(); // let the bars added to the shown grid show
        section.grab().save(shot);         // a look at the section: OSIEDLE_DASHBOARD_SHOT=/tmp/dash.png
    }

    SECTION("refreshes when the data changes")
    {
        ctx.db().exec(
            "INSERT INTO consultation (date, area, follow_up_on) VALUES ('2011-02-01', 'legal', '2011-02-10')");
        CHECK_FALSE(attention->item(3)->text().endsWith(QStringLiteral(": 1")));
        ctx.changes.notify(core::Topic::Consultations);
        test::settle(ctx.context);
        CHECK(attention->item(3)->text().endsWith(QStringLiteral(": 1")));
        CHECK(section.asOf() == QDate(2011, 2, 15));

        // Hidden behind another section it reads nothing, and catches up when shown.
        section.hide();
        ctx.db().exec("DELETE FROM consultation WHERE date = '2011-02-01' AND follow_up_on = '2011-02-10'");
        ctx.changes.notify(core::Topic::Consultations);
        test::settle(ctx.context);
        CHECK(attention->item(3)->text().endsWith(QStringLiteral(": 1")));
        section.show();
        test::settle(ctx.context);
        CHECK_FALSE(attention->item(3)->text().endsWith(QStringLiteral(": 1")));
        CHECK(section.asOf() == QDate(2011, 2, 15));
    }

    SECTION("a finished project is shown as of its last day")
    {
        section.refresh(QDate(2030, 1, 1));
        test::settle(ctx.context);
        CHECK(section.asOf() < QDate(2030, 1, 1));
        CHECK(header->text().contains(section.asOf().toString(QStringLiteral("dd.MM.yyyy"))));
    }
}
