// The four counting defects found by an independent recount of the report, each on the small
// project of support/IndicatorTestData.h (project start 2010-10-01; participants 1..9, participant
// 8 recruited but never supported).

#include "core/indicators/IndicatorCalculator.h"
#include "core/indicators/IndicatorCatalogue.h"
#include "core/io/CsvReader.h"
#include "core/io/ParticipantImport.h"
#include "core/services/ChangeNotifier.h"
#include "core/storage/Database.h"
#include "support/IndicatorStringMakers.h"
#include "support/IndicatorTestData.h"
#include "support/QtStringMakers.h"
#include "support/TempProject.h"

using namespace osiedle;
using core::IndicatorReport;
using core::IndicatorValue;

namespace {

class SmallProject {
public:
    SmallProject() { test::fillIndicatorTestData(db()); }

    core::Database& db() { return m_project.db(); }

    IndicatorReport report(const QDate& from, const QDate& to)
    {
        core::IndicatorCalculator calculator(db());
        auto result = calculator.compute(from, to);
        REQUIRE(result.ok());
        return result.value();
    }

    const IndicatorReport::Row& row(const IndicatorReport& report, const char* code)
    {
        for (const IndicatorReport::Row& r : report.rows) {
            if (r.code == QLatin1String(code)) {
                return r;
            }
        }
        FAIL("no row " << code);
        throw std::logic_error("unreachable");
    }

private:
    test::TempProject m_project;
};

IndicatorValue okm(qint64 women, qint64 men)
{
    return IndicatorValue::bySex(women, men);
}

} // namespace

TEST_CASE("Defect 1: a person who never started support counts in no debt indicator", "[indicators][defects]")
{
    SmallProject p;
    // Participant 8 (a man with complete data, never supported) has a debt that falls, an
    // agreement, an eviction case that was suspended and wages deducted.
    p.db().exec("INSERT INTO debt_account (id, participant_id, housing_coop_id, opened_on) VALUES "
                "(1, 8, 1, '2010-10-15')");
    p.db().exec("INSERT INTO debt_entry (account_id, date, kind, amount, wage_month) VALUES "
                "(1, '2010-10-15', 'opening', 100000, NULL), (1, '2010-11-10', 'payment', -30000, NULL), "
                "(1, '2010-11-20', 'wage_payment', -5000, '2010-10')");
    p.db().exec("INSERT INTO instalment_plan (account_id, signed_on, total) VALUES (1, '2010-11-01', 70000)");
    p.db().exec("UPDATE participant SET eviction_risk = 1 WHERE id = 8");
    p.db().exec("INSERT INTO eviction_case (id, participant_id) VALUES (1, 8)");
    p.db().exec("INSERT INTO eviction_stage (case_id, stage, date) VALUES (1, 'suspended', '2010-11-05')");

    const IndicatorReport q1 = p.report(QDate(2010, 10, 1), QDate(2010, 12, 31));
    CHECK(p.row(q1, "INSTALMENT_PLANS").cumulative == okm(0, 0));
    CHECK(p.row(q1, "ARREARS_REDUCED").cumulative == okm(0, 0));
    CHECK(p.row(q1, "ARREARS_REPAID").cumulative == IndicatorValue::count(0));
    CHECK(p.row(q1, "EVICTIONS_AVOIDED").cumulative == okm(0, 0));
    CHECK(p.row(q1, "REPAID_FROM_WAGES").cumulative == IndicatorValue::count(0));
}

TEST_CASE("Defect 2: what is dated before the project start counts in no period and not in the cumulative",
          "[indicators][defects]")
{
    SmallProject p;
    // An SM qualified a week before the project start (2010-10-01), another in the first quarter.
    p.db().exec("UPDATE housing_coop SET status = 'qualified', status_on = '2010-09-24' WHERE id = 1");
    p.db().exec("UPDATE housing_coop SET status = 'qualified', status_on = '2010-10-15' WHERE id = 2");
    const IndicatorReport q1 = p.report(QDate(2010, 10, 1), QDate(2010, 12, 31));
    const IndicatorReport q2 = p.report(QDate(2011, 1, 1), QDate(2011, 3, 31));
    CHECK(p.row(q1, "SM_RECRUITED").period == IndicatorValue::count(1));
    CHECK(p.row(q1, "SM_RECRUITED").cumulative == IndicatorValue::count(1));
    CHECK(p.row(q2, "SM_RECRUITED").cumulative == p.row(q1, "SM_RECRUITED").period + p.row(q2, "SM_RECRUITED").period);
    // And the report says so.
    const auto before = std::find_if(q1.dataProblems.cbegin(), q1.dataProblems.cend(), [](const auto& problem) {
        return problem.kind == IndicatorReport::DataProblem::Kind::BeforeProject &&
               problem.record == QLatin1String("housing_coop");
    });
    REQUIRE(before != q1.dataProblems.cend());
    CHECK(before->name == QStringLiteral("SM Zacisze"));
    CHECK(before->date == QDate(2010, 9, 24));
}

TEST_CASE("Defect 3: a start date typed in the participant import does not make a participant", "[indicators][defects]")
{
    test::TempProject project;
    project.db().exec("INSERT INTO project (id, title, start_date, end_date) VALUES (1, 'P', '2011-01-01', "
                      "'2011-12-31')");
    core::IndicatorCatalogue::seed(project.db());
    core::ChangeNotifier changes;
    core::ParticipantImport import(project.db(), changes);
    const QByteArray csv = "first_name;last_name;pesel;education;teryt;locality;postal_code;mobile;labour_status;"
                           "consent_on;participation_start\r\n"
                           "Jan;Kowalski;44051401359;primary;1434124;Wołomin;05-200;600100200;unemployed;2011-01-05;"
                           "2011-02-01\r\n";
    auto table = core::CsvReader::parse(csv);
    REQUIRE(table.ok());
    const auto checked = import.check(*table);
    REQUIRE(checked.problems.isEmpty());
    REQUIRE(import.write(checked).ok());

    core::IndicatorCalculator calculator(project.db());
    const auto report = calculator.compute(QDate(2011, 1, 1), QDate(2011, 3, 31));
    REQUIRE(report.ok());
    const auto started = std::find_if(report.value().rows.cbegin(), report.value().rows.cend(), [](const auto& row) {
        return row.code == QLatin1String("PARTICIPANTS_STARTED");
    });
    REQUIRE(started != report.value().rows.cend());
    CHECK(started->cumulative == okm(0, 0));
    REQUIRE(report.value().dataProblems.size() == 1);
    const auto& mismatch = report.value().dataProblems.first();
    CHECK(mismatch.kind == IndicatorReport::DataProblem::Kind::StartMismatch);
    CHECK(mismatch.name == QStringLiteral("Kowalski Jan"));
    CHECK(mismatch.date == QDate(2011, 2, 1));
    CHECK(!mismatch.recordedStart.isValid());
}

TEST_CASE("Defect 4: the flow table keeps a participant whose end has no outcome", "[indicators][defects]")
{
    SmallProject p;
    // Participant 3 (a woman who started 2011-01-01) ends on 2011-02-15 with no outcome recorded,
    // as the import used to allow.
    p.db().exec("UPDATE participant SET participation_end = '2011-02-15' WHERE id = 3");
    const IndicatorReport q2 = p.report(QDate(2011, 1, 1), QDate(2011, 3, 31));
    const core::FlowRow& total = q2.flow.first();
    REQUIRE(total.key == QStringLiteral("all"));
    // In Q2: participants 1, 2 (from Q1) and 3, 4, 5 started by its end (9 is incomplete):
    // everyone is either continuing or ended.
    CHECK(total.continuing + total.ended == okm(3, 2));
    CHECK(total.ended == okm(1, 0));
    CHECK(total.endedAsPlanned == okm(0, 0));
    CHECK(total.droppedOut == okm(0, 0));
}
