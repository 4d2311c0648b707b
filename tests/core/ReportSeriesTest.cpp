#include "core/indicators/ReportSeries.h"

#include "core/indicators/IndicatorCalculator.h"
#include "core/storage/Database.h"
#include "core/storage/ReportingPeriodRepository.h"
#include "support/DemoFiles.h"
#include "support/QtStringMakers.h"
#include "support/ReportSeriesTestData.h"
#include "support/TempProject.h"

#include <QTemporaryDir>

using namespace osiedle;

using core::ReportSeries;
using core::ReportSeriesCalculator;
using core::StatusCounts;

namespace {

QDate day(const char* iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

StatusCounts counts(int candidates, int qualified, int inSupport, int completed, int droppedOut)
{
    return StatusCounts{candidates, qualified, inSupport, completed, droppedOut};
}

std::string describe(const StatusCounts& c)
{
    return QStringLiteral("%1/%2/%3/%4/%5")
        .arg(c.candidates)
        .arg(c.qualified)
        .arg(c.inSupport)
        .arg(c.completed)
        .arg(c.droppedOut)
        .toStdString();
}

} // namespace

TEST_CASE("Report series: months run from the project start to the period's end", "[indicators][series]")
{
    test::TempProject project;
    test::fillReportSeriesTestData(project.db());
    ReportSeriesCalculator calculator(project.db());
    const ReportSeries series = calculator.compute(day("2011-01-01"), day("2011-02-28"));
    REQUIRE(series.months == QList<QDate>{day("2010-10-01"), day("2010-11-01"), day("2010-12-01"), day("2011-01-01"),
                                          day("2011-02-01")});
    CHECK(series.points ==
          QList<QDate>{day("2010-10-31"), day("2010-11-30"), day("2010-12-31"), day("2011-01-31"), day("2011-02-28")});

    // A period that ends mid-month: its last point is the period's last day.
    const ReportSeries mid = calculator.compute(day("2011-01-01"), day("2011-02-14"));
    REQUIRE(mid.points.size() == 5);
    CHECK(mid.points.last() == day("2011-02-14"));
    CHECK(describe(mid.status.last()) == describe(counts(1, 1, 1, 0, 1)));

    // A bad range gives no series rather than a wrong one.
    CHECK(calculator.compute(day("2011-02-01"), day("2011-01-01")).isEmpty());
}

TEST_CASE("Report series: participants by status at each month's end", "[indicators][series]")
{
    test::TempProject project;
    test::fillReportSeriesTestData(project.db());
    const ReportSeries series = ReportSeriesCalculator(project.db()).compute(day("2011-01-01"), day("2011-02-28"));
    REQUIRE(series.status.size() == 5);
    CHECK(describe(series.status[0]) == describe(counts(3, 0, 1, 0, 0)));
    CHECK(describe(series.status[1]) == describe(counts(1, 2, 1, 0, 0)));
    CHECK(describe(series.status[2]) == describe(counts(1, 1, 1, 0, 1)));
    CHECK(describe(series.status[3]) == describe(counts(1, 1, 1, 0, 1)));
    CHECK(describe(series.status[4]) == describe(counts(1, 1, 0, 1, 1)));
    // Before anybody was recruited nobody is counted.
    CHECK(ReportSeriesCalculator(project.db()).statusOn(day("2010-09-30")).total() == 0);
}

TEST_CASE("Report series: participants' arrears at each month's end from the ledger", "[indicators][series]")
{
    test::TempProject project;
    test::fillReportSeriesTestData(project.db());
    ReportSeriesCalculator calculator(project.db());
    // Jan counts from his start on 1 December (his account opened in November): 80 000 at the end
    // of December; Maria's account opens on 10 January with 50 000 and her payment of 20 December
    // (100 zł) counts from the opening: 85 000 + 40 000 from January.
    CHECK(calculator.compute(day("2011-01-01"), day("2011-02-28")).arrears ==
          QList<qint64>{0, 0, 80000, 125000, 125000});
    // An account opened after the period's end is not in it, nor is its earlier payment.
    CHECK(calculator.compute(day("2010-12-01"), day("2010-12-31")).arrears == QList<qint64>{0, 0, 80000});
    // Only the months up to the period's end: the March payment shows in March.
    CHECK(calculator.compute(day("2011-03-01"), day("2011-03-31")).arrears.last() == 118000);
    // A project that starts in December: Jan's balance carries over from his opening; Maria's
    // support (from 20 October) is now before the project, so she is no participant.
    project.db().exec("UPDATE project SET start_date = '2010-12-01'");
    CHECK(calculator.compute(day("2011-01-01"), day("2011-02-28")).arrears == QList<qint64>{80000, 85000, 85000});
    // An overpayment is a credit, not negative arrears.
    project.db().exec("INSERT INTO debt_entry (account_id, date, kind, amount) VALUES (1, '2011-02-20', 'payment', "
                      "-100000)");
    CHECK(calculator.compute(day("2011-01-01"), day("2011-02-28")).arrears == QList<qint64>{80000, 85000, 0});
}

TEST_CASE("Report series: accepted work-order value per month per OSS, the largest first", "[indicators][series]")
{
    test::TempProject project;
    test::fillReportSeriesTestData(project.db());
    ReportSeriesCalculator calculator(project.db());
    const ReportSeries series = calculator.compute(day("2011-01-01"), day("2011-02-28"));
    REQUIRE(series.orders.size() == 3);
    CHECK(series.orders[0].name == QStringLiteral("OSS Beta"));
    CHECK(series.orders[0].values == QList<qint64>{0, 0, 20000, 0, 0});
    CHECK(series.orders[1].name == QStringLiteral("OSS Alfa"));
    CHECK(series.orders[1].values == QList<qint64>{0, 15000, 0, 0, 0});
    CHECK(series.orders[2].name == QStringLiteral("OSS Gamma"));
    CHECK(series.orders[2].values == QList<qint64>{0, 0, 0, 0, 1000});

    // With room for one OSS, the others are summed in one line.
    const ReportSeries top = calculator.compute(day("2011-01-01"), day("2011-02-28"), 1);
    REQUIRE(top.orders.size() == 2);
    CHECK(top.orders[0].name == QStringLiteral("OSS Beta"));
    CHECK(top.orders[1].socialCoopId == 0);
    CHECK(top.orders[1].values == QList<qint64>{0, 15000, 0, 0, 1000});
}

TEST_CASE("Report series agree with the indicators on every period of the demo", "[indicators][series][demo]")
{
    QTemporaryDir dir;
    auto opened = core::Database::open(test::demoCopy(1, dir.path()));
    REQUIRE(opened.ok());
    core::Database& db = *opened.value();
    core::IndicatorCalculator indicators(db);
    ReportSeriesCalculator calculator(db);
    const QList<core::ReportingPeriod> periods = core::ReportingPeriodRepository(db).all();
    REQUIRE_FALSE(periods.isEmpty());
    bool sawOrders = false;
    bool sawArrears = false;
    for (const core::ReportingPeriod& period : periods) {
        INFO("period " << period.number.value_or(0));
        const ReportSeries series = calculator.compute(period.from, period.to);
        REQUIRE(series.points.last() == period.to);
        qint64 orders = 0;
        for (const auto& coop : series.orders) {
            orders += coop.sum();
        }
        CHECK(orders == indicators.cumulativeAt(QStringLiteral("WORK_ORDERS_VALUE"), period.to)->total);
        sawOrders = sawOrders || orders > 0;

        // The participants' arrears are what they owed at entry minus what the arrears fell by
        // (those counted: started by the day, with complete data).
        core::Statement openings = db.prepare(
            "SELECT coalesce(sum(e.amount), 0) FROM debt_entry e JOIN debt_account a ON a.id = e.account_id "
            "JOIN participant p ON p.id = a.participant_id JOIN participant_missing m ON m.participant_id = p.id "
            "WHERE e.kind = 'opening' AND e.date <= ?1 AND a.opened_on <= ?1 AND p.participation_start <= ?1 "
            "AND m.missing = 0");
        openings.bind(1, period.to);
        REQUIRE(openings.step());
        CHECK(series.arrears.last() ==
              openings.int64(0) - indicators.cumulativeAt(QStringLiteral("ARREARS_REPAID"), period.to)->total);
        sawArrears = sawArrears || series.arrears.last() > 0;

        // Everyone who started support is in support, completed or dropped out.
        core::Statement started = db.prepare("SELECT count(*) FROM participant WHERE participation_start <= ?1");
        started.bind(1, period.to);
        REQUIRE(started.step());
        const StatusCounts last = series.status.last();
        CHECK(last.inSupport + last.completed + last.droppedOut == started.int64(0));
    }
    CHECK(sawOrders);
    CHECK(sawArrears);
}
