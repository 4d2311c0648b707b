// The printed indicator report of the demo project: every indicator's name and values, every
// section's heading and the charts over time are in the PDF (read back with pdftotext).
#include "core/indicators/IndicatorCalculator.h"
#include "core/indicators/ReportSeries.h"
#include "core/storage/Database.h"
#include "core/storage/ReportingPeriodRepository.h"
#include "support/DemoFiles.h"
#include "support/PdfText.h"
#include "support/QtStringMakers.h"
#include "support/ReportSeriesTestData.h"
#include "support/TempProject.h"
#include "support/TestContext.h"
#include "ui/reports/IndicatorReportDocument.h"
#include "ui/reports/ReportCharts.h"
#include "ui/reports/ReportsSection.h"

#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateEdit>
#include <QRegularExpression>
#include <QStackedBarSeries>
#include <QTabWidget>
#include <QTemporaryDir>

using namespace osiedle;

namespace {

QDate day(const char* iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

// A row's cells as printed, in order: target, period and cumulative (O/K/M, or one amount),
// then the % of target.
QStringList printedCells(const core::IndicatorReport::Row& row)
{
    QStringList cells;
    auto add = [&](const std::optional<qint64>& total, const std::optional<qint64>& women,
                   const std::optional<qint64>& men) {
        cells << ui::IndicatorReportDocument::formatCell(total, row.money);
        if (!row.money) {
            cells << ui::IndicatorReportDocument::formatCell(women, false)
                  << ui::IndicatorReportDocument::formatCell(men, false);
        }
    };
    add(row.target.total, row.target.women, row.target.men);
    add(std::optional<qint64>(row.period.total), row.period.women, row.period.men);
    add(std::optional<qint64>(row.cumulative.total), row.cumulative.women, row.cumulative.men);
    cells << ui::IndicatorReportDocument::formatPercent(row.percentOfTarget);
    return cells;
}

QStringList barValues(QChart* chart, int set)
{
    const auto* series = qobject_cast<QStackedBarSeries*>(chart->series().first());
    REQUIRE(series != nullptr);
    QStringList values;
    for (int i = 0; i < series->barSets()[set]->count(); ++i) {
        values << QString::number(series->barSets()[set]->at(i));
    }
    return values;
}

} // namespace

TEST_CASE("The demo's report PDF holds every indicator's name and values, each section and the charts",
          "[ui][report][pdf][demo]")
{
    if (!test::hasPdfToText()) {
        WARN("pdftotext is not installed: the PDF's text is not checked");
        return;
    }
    QTemporaryDir dir;
    auto opened = core::Database::open(test::demoCopy(1, dir.path()));
    REQUIRE(opened.ok());
    core::Database& db = *opened.value();
    const auto periods = core::ReportingPeriodRepository(db).all();
    REQUIRE(periods.size() > 6);
    for (const core::ReportingPeriod& period : {periods[1], periods[6]}) {
        INFO("period " << period.number.value_or(0));
        const auto report = core::IndicatorCalculator(db).compute(period);
        REQUIRE(report.ok());
        ui::IndicatorReportDocument document(report.value());
        document.setSeries(core::ReportSeriesCalculator(db).compute(period.from, period.to));
        const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
        REQUIRE(document.writePdf(pdf).ok());
        const QString text = test::pdfText(pdf);
        REQUIRE_FALSE(text.isEmpty());
        for (const auto& row : report.value().rows) {
            INFO(row.code.toStdString());
            // The name, the unit and the cells follow each other; no-break spaces are spaces here.
            QStringList parts{QRegularExpression::escape(row.name), QRegularExpression::escape(row.unit)};
            for (const QString& cell : printedCells(row)) {
                parts << QRegularExpression::escape(cell.normalized(QString::NormalizationForm_KC));
            }
            const QRegularExpression line(parts.join(QStringLiteral(" ")));
            CHECK(text.contains(line));
        }
        for (const char* heading :
             {"Indicators", "Participant flow", "Data quality", "Participants, arrears and work orders month by month",
              "Participants by status at the end of each month",
              "Net value of accepted work orders per month, by social cooperative",
              "Europejskiego Funduszu Społecznego"}) {
            CHECK(text.contains(QString::fromUtf8(heading)));
        }
        const int pages = int(text.count(QStringLiteral("Europejskiego Funduszu Społecznego")));
        CHECK(text.contains(QStringLiteral("Page %1 of %1").arg(pages)));
    }
}

TEST_CASE("The report's charts draw the series: statuses stacked, arrears and orders in thousands of PLN",
          "[ui][report][charts]")
{
    test::TempProject project;
    test::fillReportSeriesTestData(project.db());
    const core::ReportSeries series =
        core::ReportSeriesCalculator(project.db()).compute(day("2011-01-01"), day("2011-02-28"));

    std::unique_ptr<QChart> status(ui::ReportCharts::participantsByStatus(series));
    CHECK(barValues(status.get(), 0) == QStringList{"3", "1", "1", "1", "1"}); // candidates
    CHECK(barValues(status.get(), 1) == QStringList{"0", "2", "1", "1", "1"}); // qualified
    CHECK(barValues(status.get(), 4) == QStringList{"0", "0", "1", "1", "1"}); // dropped out

    std::unique_ptr<QChart> arrears(ui::ReportCharts::arrears(series));
    // Thousands of PLN; Jan's debt counts from his first support on 1 December (ReportSeriesTest).
    CHECK(barValues(arrears.get(), 0) == QStringList{"0", "0", "0.8", "1.25", "1.25"});

    std::unique_ptr<QChart> orders(ui::ReportCharts::ordersByCoop(series));
    const auto* stack = qobject_cast<QStackedBarSeries*>(orders->series().first());
    REQUIRE(stack->count() == 3);
    CHECK(stack->barSets()[0]->label() == QStringLiteral("Beta")); // "OSS" is common to all
    CHECK(barValues(orders.get(), 0) == QStringList{"0", "0", "0.2", "0", "0"});
    CHECK(ui::ReportCharts::monthLabels(series).first() == QStringLiteral("10.2010"));
}

TEST_CASE("The Reports section shows the three charts over time of the dates chosen", "[ui][report][charts]")
{
    test::TestContext t;
    test::fillReportSeriesTestData(t.db());
    ui::ReportsSection section(t.context);
    auto* from = section.findChild<QDateEdit*>(QStringLiteral("fromDate"));
    auto* to = section.findChild<QDateEdit*>(QStringLiteral("toDate"));
    REQUIRE(from != nullptr);
    REQUIRE(to != nullptr);
    from->setDate(day("2011-01-01"));
    to->setDate(day("2011-02-28"));
    test::settle(t.context);
    for (const char* name : {"statusChart", "arrearsChart", "ordersChart"}) {
        INFO(name);
        auto* view = section.findChild<QChartView*>(QString::fromLatin1(name));
        REQUIRE(view != nullptr);
        REQUIRE(view->chart()->series().size() == 1);
        const auto* stack = qobject_cast<QStackedBarSeries*>(view->chart()->series().first());
        REQUIRE(stack != nullptr);
        REQUIRE_FALSE(stack->barSets().isEmpty());
        CHECK(stack->barSets().first()->count() == 5); // October 2010 to February 2011
    }
    auto* orders = section.findChild<QChartView*>(QStringLiteral("ordersChart"));
    CHECK(qobject_cast<QStackedBarSeries*>(orders->chart()->series().first())->count() == 3);
}

TEST_CASE("The Reports section reads the charts over time again only when their data changes", "[ui][report][charts]")
{
    test::TestContext t;
    test::fillReportSeriesTestData(t.db());
    ui::ReportsSection section(t.context);
    section.show();
    auto* tabs = section.findChild<QTabWidget*>(QStringLiteral("reportTabs"));
    REQUIRE(tabs != nullptr);
    tabs->setCurrentWidget(section.findChild<QWidget*>(QStringLiteral("seriesCharts"))); // on screen
    section.findChild<QDateEdit*>(QStringLiteral("fromDate"))->setDate(day("2011-01-01"));
    section.findChild<QDateEdit*>(QStringLiteral("toDate"))->setDate(day("2011-02-28"));
    test::settle(t.context);
    auto* arrears = section.findChild<QChartView*>(QStringLiteral("arrearsChart"));
    REQUIRE(arrears != nullptr);
    CHECK(barValues(arrears->chart(), 0) == QStringList{"0", "0", "0.8", "1.25", "1.25"});

    t.db().exec("INSERT INTO debt_entry (account_id, date, kind, amount) VALUES (1, '2011-02-10', 'charge', 25000)");
    // News of the training does not concern the ledger: the charts stay as they were.
    QChart* before = arrears->chart();
    t.changes.notify(core::Topic::Training);
    test::settle(t.context);
    CHECK(arrears->chart() == before);
    CHECK(barValues(arrears->chart(), 0) == QStringList{"0", "0", "0.8", "1.25", "1.25"});
    // News of the debts does: the new charge shows in February.
    t.changes.notify(core::Topic::Debts);
    test::settle(t.context);
    CHECK(barValues(arrears->chart(), 0) == QStringList{"0", "0", "0.8", "1.25", "1.5"});
}
