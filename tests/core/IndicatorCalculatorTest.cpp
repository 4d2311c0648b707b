#include "core/indicators/IndicatorCalculator.h"

#include "core/indicators/IndicatorCatalogue.h"
#include "core/io/DemoGenerator.h"
#include "core/storage/Database.h"
#include "core/storage/ReportingPeriodRepository.h"
#include "support/DemoFiles.h"
#include "support/IndicatorStringMakers.h"
#include "support/IndicatorTestData.h"
#include "support/QtStringMakers.h"
#include "support/TempProject.h"

#include <QTemporaryDir>

using namespace osiedle;

using core::IndicatorCalculator;
using core::IndicatorReport;
using core::IndicatorValue;

namespace {

QDate day(const char* iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

// The small project of support/IndicatorTestData.h, with its known answers.
class SmallProject {
public:
    SmallProject() { test::fillIndicatorTestData(m_project.db()); }

    core::Database& db() { return m_project.db(); }

    core::IndicatorReport report(const char* from, const char* to)
    {
        IndicatorCalculator calculator(db());
        auto result = calculator.compute(day(from), day(to));
        if (!result) {
            FAIL(result.error().message.toStdString());
        }
        return result.value();
    }

private:
    test::TempProject m_project;
};

const IndicatorReport::Row& row(const IndicatorReport& report, const QString& code)
{
    for (const IndicatorReport::Row& r : report.rows) {
        if (r.code == code) {
            return r;
        }
    }
    FAIL("no row " << code.toStdString());
    throw std::logic_error("unreachable");
}

IndicatorValue okm(qint64 women, qint64 men)
{
    return IndicatorValue::bySex(women, men);
}

} // namespace

TEST_CASE("Participants who started support are counted by quarter, women and men", "[indicators]")
{
    SmallProject project;
    struct Expected {
        const char* from;
        const char* to;
        IndicatorValue period;
        IndicatorValue cumulative;
        double percent;
    };
    const auto expected = GENERATE(Expected{"2010-10-01", "2010-12-31", okm(1, 1), okm(1, 1), 2.0},
                                   Expected{"2011-01-01", "2011-03-31", okm(2, 1), okm(3, 2), 5.0},
                                   Expected{"2011-04-01", "2011-06-30", okm(0, 1), okm(3, 3), 6.0},
                                   Expected{"2011-01-01", "2011-06-30", okm(2, 2), okm(3, 3), 6.0});
    INFO(expected.from << ".." << expected.to);
    const IndicatorReport report = project.report(expected.from, expected.to);
    const auto& started = row(report, QStringLiteral("PARTICIPANTS_STARTED"));
    CHECK(started.splitBySex);
    CHECK(started.period == expected.period);
    CHECK(started.cumulative == expected.cumulative);
    REQUIRE(started.percentOfTarget.has_value());
    CHECK(*started.percentOfTarget == Approx(expected.percent));
    CHECK(started.target.total == 100);
    CHECK(started.target.women == 50);
    CHECK(started.target.men == 50);
}

TEST_CASE("Registered cooperatives and signed agreements are counted on their dates", "[indicators]")
{
    SmallProject project;
    const IndicatorReport q1 = project.report("2010-10-01", "2010-12-31");
    const IndicatorReport q2 = project.report("2011-01-01", "2011-03-31");
    const IndicatorReport q3 = project.report("2011-04-01", "2011-06-30");
    const QString oss = QStringLiteral("OSS_REGISTERED");
    CHECK(row(q1, oss).period == IndicatorValue::count(1));
    CHECK(row(q2, oss).period == IndicatorValue::count(0));
    CHECK(row(q3, oss).period == IndicatorValue::count(1));
    CHECK(row(q3, oss).cumulative == IndicatorValue::count(2));
    CHECK(row(q3, oss).percentOfTarget == 20.0);
    CHECK_FALSE(row(q3, oss).splitBySex);
    CHECK_FALSE(row(q3, oss).target.women.has_value());

    const QString agreements = QStringLiteral("AGREEMENTS_SIGNED");
    CHECK(row(q2, agreements).cumulative == IndicatorValue::count(0));
    CHECK(row(q3, agreements).period == IndicatorValue::count(1)); // signed on the last day
    CHECK(row(q3, agreements).cumulative == IndicatorValue::count(1));
    CHECK(row(q3, agreements).percentOfTarget == 10.0);
}

TEST_CASE("A participant with incomplete data is not counted and is listed with what is missing", "[indicators]")
{
    SmallProject project;
    CHECK(project.report("2010-10-01", "2010-12-31").dataQuality.isEmpty()); // started later
    const IndicatorReport q2 = project.report("2011-01-01", "2011-03-31");
    REQUIRE(q2.dataQuality.size() == 1);
    const auto& missing = q2.dataQuality.first();
    CHECK(missing.lastName == QStringLiteral("Żak"));
    CHECK(missing.participationStart == day("2011-02-01"));
    CHECK(missing.missing == QStringList{QStringLiteral("education"), QStringLiteral("consent to data processing")});
}

TEST_CASE("Rows follow the catalogue's order and every indicator is computed", "[indicators]")
{
    SmallProject project;
    const IndicatorReport report = project.report("2010-10-01", "2013-06-30");
    QStringList codes;
    for (const auto& r : report.rows) {
        codes << r.code;
    }
    QStringList expected;
    for (const auto& definition : core::IndicatorCatalogue::defaults()) {
        expected << definition.code;
    }
    CHECK(codes == expected);
    CHECK(report.notComputed.isEmpty());
    CHECK(report.project.contractNumber == QStringLiteral("UDA-POKL.07.02.02-14-001/10"));
    CHECK(report.period.from == day("2010-10-01"));
}

TEST_CASE("Period values of consecutive quarters add up to the cumulative, K + M = total", "[indicators]")
{
    SmallProject project;
    const QDate start = day("2010-10-01");
    const IndicatorReport whole = project.report("2010-10-01", "2011-12-31");
    for (const auto& total : whole.rows) {
        INFO(total.code.toStdString());
        IndicatorValue sum = total.splitBySex ? okm(0, 0) : IndicatorValue::count(0);
        for (QDate from = start; from < day("2012-01-01"); from = from.addMonths(3)) {
            IndicatorCalculator calculator(project.db());
            const auto quarter = calculator.compute(from, from.addMonths(3).addDays(-1));
            REQUIRE(quarter.ok());
            const auto& r = row(quarter.value(), total.code);
            sum = sum + r.period;
            if (r.splitBySex) {
                CHECK(*r.period.women + *r.period.men == r.period.total);
                CHECK(*r.cumulative.women + *r.cumulative.men == r.cumulative.total);
            }
        }
        CHECK(sum == total.cumulative);
    }
}

TEST_CASE("A manual indicator sums the values typed for the periods that ended", "[indicators]")
{
    SmallProject project;
    auto& db = project.db();
    db.exec("INSERT INTO indicator (code, name, kind, manual, target_total, sort_order) VALUES "
            "('BROCHURES', 'Brochures distributed', 'product', 1, 1000, 500)");
    db.exec("INSERT INTO indicator_manual_value (indicator_code, period_id, total) VALUES "
            "('BROCHURES', 1, 200), ('BROCHURES', 2, 150)");
    const IndicatorReport report = project.report("2011-01-01", "2011-03-31"); // kept: row() refers into it
    const auto& brochures = row(report, QStringLiteral("BROCHURES"));
    CHECK(brochures.period == IndicatorValue::count(150));
    CHECK(brochures.cumulative == IndicatorValue::count(350));
    CHECK(brochures.percentOfTarget == 35.0);
}

TEST_CASE("A bad period is refused with a message", "[indicators]")
{
    SmallProject project;
    IndicatorCalculator calculator(project.db());
    const auto reversed = calculator.compute(day("2011-03-31"), day("2011-01-01"));
    REQUIRE_FALSE(reversed.ok());
    CHECK(reversed.error().message.contains(QStringLiteral("31.03.2011")));
    CHECK_FALSE(calculator.compute(day("2012-13-01"), day("2013-01-01")).ok());
}

namespace {

// The invariants of DOMAIN.md on every reporting period of the demo of a scale and seed.
void checkDemoInvariants(int scale, std::uint64_t seed = core::DemoOptions{}.seed)
{
    INFO("scale " << scale << ", seed " << seed);
    QTemporaryDir dir;
    auto opened = core::Database::open(test::demoCopy(scale, dir.path(), seed));
    REQUIRE(opened.ok());
    core::Database& db = *opened.value();
    const QList<core::ReportingPeriod> periods = core::ReportingPeriodRepository(db).all();
    REQUIRE(periods.size() > 4);

    IndicatorCalculator calculator(db);
    // Nothing counts before the first period (it starts with the project), so the periods add up
    // to the cumulative value.
    core::Statement projectStart = db.prepare("SELECT start_date FROM project");
    REQUIRE(projectStart.step());
    REQUIRE(periods.first().from == projectStart.date(0));
    const auto first = calculator.compute(periods.first());
    REQUIRE(first.ok());
    for (const auto& r : first.value().rows) {
        INFO(r.code.toStdString());
        CHECK(calculator.cumulativeAt(r.code, periods.first().from.addDays(-1))->total == 0);
    }
    QHash<QString, IndicatorValue> sums;
    QDate previousEnd;
    for (const core::ReportingPeriod& period : periods) {
        INFO("period " << period.number.value_or(0));
        if (previousEnd.isValid()) {
            REQUIRE(period.from == previousEnd.addDays(1)); // consecutive quarters
        }
        previousEnd = period.to;
        const auto computed = calculator.compute(period);
        REQUIRE(computed.ok());
        const IndicatorReport& report = computed.value();
        REQUIRE_FALSE(report.rows.isEmpty());
        for (const auto& r : report.rows) {
            INFO(r.code.toStdString());
            for (const IndicatorValue* value : {&r.period, &r.cumulative}) {
                CHECK(value->isSplit() == r.splitBySex);
                if (value->isSplit()) {
                    CHECK(*value->women + *value->men == value->total);
                }
            }
            const auto previous = sums.constFind(r.code);
            const IndicatorValue sum = previous == sums.constEnd() ? r.period : *previous + r.period;
            sums.insert(r.code, sum);
            CHECK(sums[r.code] == r.cumulative);
        }
        // Only participants are counted: nobody in a person indicator who is not among those who
        // started, and no money summed over persons before anybody started.
        const IndicatorValue startedCount = row(report, QStringLiteral("PARTICIPANTS_STARTED")).cumulative;
        for (const auto& r : report.rows) {
            INFO(r.code.toStdString());
            if (r.splitBySex && r.code != QLatin1String("PARTICIPANTS_STARTED")) {
                CHECK(*r.cumulative.women <= *startedCount.women);
                CHECK(*r.cumulative.men <= *startedCount.men);
            }
            if (startedCount.total == 0 &&
                (r.code == QLatin1String("ARREARS_REPAID") || r.code == QLatin1String("REPAID_FROM_WAGES"))) {
                CHECK(r.cumulative.total == 0);
            }
        }
        // Everybody who started by the period's end is either counted or listed as incomplete.
        core::Statement started = db.prepare("SELECT count(*) FROM participant WHERE participation_start <= ?");
        started.bind(1, period.to);
        REQUIRE(started.step());
        CHECK(row(report, QStringLiteral("PARTICIPANTS_STARTED")).cumulative.total + report.dataQuality.size() ==
              started.int64(0));
    }
}

} // namespace

TEST_CASE("On the demo project every period keeps the invariants", "[indicators][demo]")
{
    checkDemoInvariants(1, GENERATE(as<std::uint64_t>{}, 1, 2, 3, 7, core::DemoOptions{}.seed));
}

TEST_CASE("On the demo project of scale 10 every period keeps the invariants", "[indicators][demo][scale10]")
{
    checkDemoInvariants(10);
}

TEST_CASE("On the demo project the report's values are each rule's values on the period's last day and the day "
          "before",
          "[indicators][demo]")
{
    // The report computes every rule for both days at once (the arrears rules in one pass over
    // the ledger); asked one day at a time, each rule must give the same.
    QTemporaryDir dir;
    auto opened = core::Database::open(test::demoCopy(1, dir.path()));
    REQUIRE(opened.ok());
    core::Database& db = *opened.value();
    IndicatorCalculator calculator(db);
    bool sawArrears = false;
    for (const core::ReportingPeriod& period : core::ReportingPeriodRepository(db).all()) {
        INFO("period " << period.number.value_or(0));
        const auto computed = calculator.compute(period);
        REQUIRE(computed.ok());
        for (const auto& r : computed.value().rows) {
            INFO(r.code.toStdString());
            const auto cumulative = calculator.cumulativeAt(r.code, period.to);
            const auto before = calculator.cumulativeAt(r.code, period.from.addDays(-1));
            REQUIRE(cumulative.has_value());
            REQUIRE(before.has_value());
            CHECK(r.cumulative == *cumulative);
            CHECK(r.period == *cumulative - *before);
            sawArrears = sawArrears || (r.code == QLatin1String("ARREARS_REDUCED") && r.period.total != 0);
        }
    }
    CHECK(sawArrears);
}
