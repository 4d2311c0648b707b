#include "core/indicators/IndicatorCalculator.h"
#include "core/indicators/ParticipantFlow.h"
#include "core/storage/Database.h"
#include "support/IndicatorStringMakers.h"
#include "support/IndicatorTestData.h"
#include "support/QtStringMakers.h"
#include "support/TempProject.h"

using namespace osiedle;
using core::FlowRow;
using core::IndicatorValue;


namespace {

IndicatorValue okm(qint64 women, qint64 men)
{
    return IndicatorValue::bySex(women, men);
}

const FlowRow& line(const QList<FlowRow>& rows, const char* group, const char* key)
{
    for (const FlowRow& row : rows) {
        if (row.group == QLatin1String(group) && row.key == QLatin1String(key)) {
            return row;
        }
    }
    FAIL("no flow line " << group << "/" << key);
    throw std::logic_error("unreachable");
}

} // namespace

TEST_CASE("The participant flow table of a quarter, by status, age, education and area", "[indicators][flow]")
{
    test::TempProject project;
    core::Database& db = project.db();
    test::fillIndicatorTestData(db);
    // Participants 1 F and 2 M started in Q1 and end in Q2; 3 F, 4 F, 5 M start in Q2.
    db.exec("UPDATE participant SET participation_end = '2011-03-15', completion = 'completed' WHERE id = 1");
    db.exec("UPDATE participant SET participation_end = '2011-02-01', completion = 'dropped_out' WHERE id = 2");
    db.exec("UPDATE participant SET labour_status = 'long_term_unemployed' WHERE id = 3");
    db.exec("UPDATE participant SET birth_date = '1986-02-11', education = 'higher', area = 'rural' WHERE id = 4");
    db.exec("UPDATE participant SET birth_date = '1986-03-31', labour_status = 'employed' WHERE id = 5");

    const QList<FlowRow> rows = core::ParticipantFlow::compute(db, QDate(2011, 1, 1), QDate(2011, 3, 31));
    REQUIRE(rows.first().key == QStringLiteral("all"));
    const FlowRow& total = line(rows, "total", "all");
    CHECK(total.started == okm(2, 1));
    CHECK(total.continuing == okm(2, 1)); // participant 9 is incomplete and not counted
    CHECK(total.ended == okm(1, 1));
    CHECK(total.endedAsPlanned == okm(1, 0));
    CHECK(total.droppedOut == okm(0, 1));

    CHECK(line(rows, "labour_status", "unemployed").started == okm(2, 0));
    CHECK(line(rows, "labour_status", "long_term_unemployed").started == okm(1, 0));
    CHECK(line(rows, "labour_status", "long_term_unemployed").ofWhom);
    CHECK(line(rows, "labour_status", "employed").started == okm(0, 1));
    CHECK(line(rows, "labour_status", "unemployed").ended == okm(1, 1));
    CHECK(line(rows, "age", "15-24").started == okm(1, 0)); // 24 the day before her birthday
    CHECK(line(rows, "age", "25-54").started == okm(1, 1)); // 25 on his birthday
    CHECK(line(rows, "age", "25-54").droppedOut == okm(0, 1));
    CHECK(line(rows, "education", "higher").started == okm(1, 0));
    CHECK(line(rows, "education", "primary").started == okm(1, 1));
    CHECK(line(rows, "area", "rural").started == okm(1, 0));
    CHECK(line(rows, "area", "urban").continuing == okm(1, 1));

    // Every grouping splits the same persons.
    for (const char* group : {"age", "education", "area"}) {
        IndicatorValue started = okm(0, 0);
        for (const FlowRow& row : rows) {
            if (row.group == QLatin1String(group)) {
                started = started + row.started;
            }
        }
        CHECK(started == total.started);
    }
}

TEST_CASE("The indicator report carries the flow table", "[indicators][flow]")
{
    test::TempProject project;
    test::fillIndicatorTestData(project.db());
    core::IndicatorCalculator calculator(project.db());
    const auto report = calculator.compute(QDate(2010, 10, 1), QDate(2010, 12, 31));
    REQUIRE(report.ok());
    REQUIRE_FALSE(report.value().flow.isEmpty());
    CHECK(report.value().flow.first().started == okm(1, 1));
}
