#include "core/indicators/LockedReport.h"
#include "core/io/IndicatorReportCsv.h"
#include "core/io/IndicatorReportJson.h"
#include "core/services/IndicatorService.h"
#include "core/services/ReportingPeriodService.h"
#include "core/storage/Database.h"
#include "core/storage/ReportingPeriodRepository.h"
#include "support/IndicatorStringMakers.h"
#include "support/IndicatorTestData.h"
#include "support/QtStringMakers.h"
#include "support/TempProject.h"

#include <QJsonArray>
#include <QJsonObject>
#include <catch2/catch.hpp>

using namespace osiedle;
using core::IndicatorValue;
using core::LockDifference;
using core::LockedReport;

namespace {

const QString started = QStringLiteral("PARTICIPANTS_STARTED");

struct LockFixture {
    test::TempProject project;
    core::ReportingPeriodService service{project.db()};
    core::ReportingPeriodRepository periods{project.db()};

    LockFixture() { test::fillIndicatorTestData(project.db()); }

    core::IndicatorReport report(qint64 periodId)
    {
        const auto period = periods.byId(periodId);
        REQUIRE(period);
        auto computed = LockedReport::compute(project.db(), *period);
        REQUIRE(computed.ok());
        return computed.value();
    }

    // Participant 4 (a woman, started 2011-02-10 in period 2) started only in period 3 after all.
    void moveParticipantFourToPeriodThree()
    {
        project.db().exec("UPDATE participant SET participation_start = '2011-04-15' WHERE id = 4");
    }
};

const core::IndicatorReport::Row& row(const core::IndicatorReport& report, const QString& code)
{
    for (const auto& r : report.rows) {
        if (r.code == code) {
            return r;
        }
    }
    FAIL("no row " << code.toStdString());
    return report.rows.first();
}

qsizetype rowIndex(const core::IndicatorReport& report, const QString& code)
{
    for (qsizetype i = 0; i < report.rows.size(); ++i) {
        if (report.rows[i].code == code) {
            return i;
        }
    }
    return -1;
}

const LockDifference* find(const QList<LockDifference>& differences, const QString& code, const char* column)
{
    for (const LockDifference& d : differences) {
        if (!d.flow && d.code == code && d.columnKey() == QLatin1String(column)) {
            return &d;
        }
    }
    return nullptr;
}

} // namespace

TEST_CASE("A locked period keeps its report and shows what the data now gives, with the difference", "[periods][lock]")
{
    LockFixture f;
    const core::IndicatorReport open = f.report(2);
    CHECK_FALSE(open.lock);
    CHECK(row(open, started).period == IndicatorValue::bySex(2, 1));
    CHECK(row(open, started).cumulative == IndicatorValue::bySex(3, 2));

    REQUIRE(f.service.lock(2, QStringLiteral("Anna Kowalska")).ok());
    const auto locked = f.periods.byId(2);
    REQUIRE(locked->locked);
    CHECK(locked->lockedOn.isValid());
    CHECK(locked->lockedOn.secsTo(QDateTime::currentDateTime()) < 60);
    CHECK_FALSE(f.periods.lockedReport(2).isEmpty());

    // Nothing changed yet: the same values, no differences.
    const core::IndicatorReport same = f.report(2);
    REQUIRE(same.lock);
    CHECK(row(same, started).period == IndicatorValue::bySex(2, 1));
    CHECK(LockedReport::differences(same).isEmpty());

    // The data changes: the locked values stay, the values now and the differences are shown.
    f.moveParticipantFourToPeriodThree();
    const core::IndicatorReport changed = f.report(2);
    REQUIRE(changed.lock);
    CHECK(row(changed, started).period == IndicatorValue::bySex(2, 1));     // as locked
    CHECK(row(changed, started).cumulative == IndicatorValue::bySex(3, 2)); // as locked
    const qsizetype i = rowIndex(changed, started);
    REQUIRE(changed.lock->now[i]);
    CHECK(changed.lock->now[i]->period == IndicatorValue::bySex(1, 1));
    CHECK(changed.lock->now[i]->cumulative == IndicatorValue::bySex(2, 2));

    const QList<LockDifference> differences = LockedReport::differences(changed);
    const LockDifference* periodTotal = find(differences, started, "period.total");
    REQUIRE(periodTotal != nullptr);
    CHECK(periodTotal->locked == 3);
    CHECK(periodTotal->now == 2);
    CHECK(periodTotal->difference() == -1);
    CHECK(periodTotal->row == int(i));
    REQUIRE(find(differences, started, "period.women"));
    CHECK(find(differences, started, "period.women")->difference() == -1);
    CHECK(find(differences, started, "period.men") == nullptr); // the man is unchanged
    REQUIRE(find(differences, started, "cumulative.total"));
    CHECK(find(differences, started, "cumulative.total")->now == 4);
    // The flow table's "started" line changed too.
    CHECK(std::any_of(differences.begin(), differences.end(), [](const LockDifference& d) {
        return d.flow && d.code == QStringLiteral("total/all") && d.columnKey() == QStringLiteral("started.women");
    }));

    // Another period that is open gets no comparison: period 3 now counts her.
    const core::IndicatorReport three = f.report(3);
    CHECK_FALSE(three.lock);
    CHECK(row(three, started).period == IndicatorValue::bySex(1, 1));
}

TEST_CASE("A locked report shows a changed target and an own indicator added after locking", "[periods][lock]")
{
    LockFixture f;
    REQUIRE(f.service.lock(2, QStringLiteral("Anna")).ok());
    core::IndicatorService indicators(f.project.db());
    REQUIRE(indicators.setTarget(started, {120, 60, 60}).ok());
    core::IndicatorEntry own;
    own.name = QStringLiteral("Brochure copies distributed");
    own.unit = QStringLiteral("copies");
    const auto code = indicators.createOwn(own);
    REQUIRE(code.ok());
    REQUIRE(indicators.setManualValue(*code, 3, IndicatorValue::count(40)).ok());
    // A locked period takes no typed values.
    const core::Status refused = indicators.setManualValue(*code, 2, IndicatorValue::count(10));
    CHECK_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("locked")));

    const core::IndicatorReport report = f.report(2);
    const auto differences = LockedReport::differences(report);
    REQUIRE(find(differences, started, "target.total"));
    CHECK(find(differences, started, "target.total")->locked == 100);
    CHECK(find(differences, started, "target.total")->now == 120);
    REQUIRE(report.lock->added.size() == 1);
    CHECK(report.lock->added.first().code == *code);
    const LockDifference* added = find(differences, *code, "cumulative.total");
    REQUIRE(added != nullptr);
    CHECK(added->row == -1);
    CHECK_FALSE(added->locked);
    CHECK(added->now == 0); // its value is in period 3, after period 2
}

TEST_CASE("A locked period cannot be edited, deleted or locked again, and unlocking needs a reason", "[periods][lock]")
{
    LockFixture f;
    REQUIRE(f.service.lock(2, QStringLiteral("Anna Kowalska")).ok());
    CHECK_FALSE(f.service.lock(2, QStringLiteral("Anna Kowalska")).ok());

    core::ReportingPeriod edited = *f.periods.byId(2);
    edited.to = QDate(2011, 3, 30);
    const core::Status update = f.service.update(edited);
    REQUIRE_FALSE(update.ok());
    CHECK(update.error().message.contains(QStringLiteral("locked")));
    CHECK(f.periods.byId(2)->to == QDate(2011, 3, 31));
    edited = *f.periods.byId(2);
    edited.problems = QStringLiteral("changed afterwards");
    CHECK_FALSE(f.service.update(edited).ok());
    CHECK_FALSE(f.service.remove(2).ok());
    CHECK(f.periods.byId(2));

    // Unlocking without a reason is refused and changes nothing.
    const core::Status noReason = f.service.unlock(2, QStringLiteral("   "), QStringLiteral("Anna Kowalska"));
    REQUIRE_FALSE(noReason.ok());
    CHECK(noReason.error().message.contains(QStringLiteral("reason")));
    CHECK(f.periods.byId(2)->locked);
    CHECK_FALSE(f.service.unlock(3, QStringLiteral("never locked"), QStringLiteral("Anna")).ok());

    REQUIRE(
        f.service.unlock(2, QStringLiteral("Correction requested by the funder"), QStringLiteral("Jan Nowak")).ok());
    CHECK_FALSE(f.periods.byId(2)->locked);
    CHECK(f.periods.lockedReport(2).isEmpty());
    CHECK(f.service.update(edited).ok());

    const QList<core::PeriodLockLogEntry> log = f.periods.log(2);
    REQUIRE(log.size() == 2);
    CHECK_FALSE(log[0].unlock);
    CHECK(log[0].byWhom == QStringLiteral("Anna Kowalska"));
    CHECK(log[0].at.isValid());
    CHECK(log[1].unlock);
    CHECK(log[1].byWhom == QStringLiteral("Jan Nowak"));
    CHECK(log[1].reason == QStringLiteral("Correction requested by the funder"));

    // Open again: the report is computed from the data, without a comparison.
    CHECK_FALSE(f.report(2).lock);
    CHECK_FALSE(core::ReportingPeriodService::currentUserName().isEmpty());
}

TEST_CASE("A damaged locked report is an error, never a silent recomputation", "[periods][lock]")
{
    LockFixture f;
    REQUIRE(f.service.lock(1, QStringLiteral("Anna")).ok());
    f.project.db().exec("UPDATE reporting_period SET locked_report = '{\"broken' WHERE id = 1");
    const auto computed = LockedReport::compute(f.project.db(), *f.periods.byId(1));
    REQUIRE_FALSE(computed.ok());
    CHECK(computed.error().message.contains(QStringLiteral("locked")));
}

TEST_CASE("The JSON and CSV of a locked period carry the values now and the differences", "[periods][lock]")
{
    LockFixture f;
    REQUIRE(f.service.lock(2, QStringLiteral("Anna")).ok());
    f.moveParticipantFourToPeriodThree();
    const core::IndicatorReport report = f.report(2);

    const QJsonObject json = core::IndicatorReportJson::toJson(report);
    const QJsonObject lock = json[QStringLiteral("lock")].toObject();
    CHECK(lock[QStringLiteral("changed")].toBool());
    CHECK_FALSE(lock[QStringLiteral("locked_on")].toString().isEmpty());
    bool found = false;
    for (const QJsonValue& value : lock[QStringLiteral("differences")].toArray()) {
        const QJsonObject d = value.toObject();
        if (d[QStringLiteral("code")].toString() == started &&
            d[QStringLiteral("column")].toString() == "period.total") {
            found = true;
            CHECK(d[QStringLiteral("locked")].toInt() == 3);
            CHECK(d[QStringLiteral("now")].toInt() == 2);
            CHECK(d[QStringLiteral("difference")].toInt() == -1);
        }
    }
    CHECK(found);
    for (const QJsonValue& value : json[QStringLiteral("indicators")].toArray()) {
        const QJsonObject indicator = value.toObject();
        if (indicator[QStringLiteral("code")].toString() == started) {
            CHECK(indicator[QStringLiteral("period")].toObject()[QStringLiteral("total")].toInt() == 3);
            CHECK(indicator[QStringLiteral("now")]
                      .toObject()[QStringLiteral("period")]
                      .toObject()[QStringLiteral("total")]
                      .toInt() == 2);
            CHECK(indicator[QStringLiteral("changed")].toBool());
        }
    }
    // An open period's JSON has no lock block.
    CHECK_FALSE(core::IndicatorReportJson::toJson(f.report(3)).contains(QStringLiteral("lock")));

    const QStringList lines =
        QString::fromUtf8(core::IndicatorReportCsv::toBytes(report)).split(QStringLiteral("\r\n"));
    const QStringList header = lines.first().split(QLatin1Char(';'));
    CHECK(header.size() ==
          core::IndicatorReportCsv::indicatorHeader().size() + core::IndicatorReportCsv::lockHeader().size());
    const qsizetype nowPeriod = header.indexOf(QStringLiteral("Now: in period T"));
    const qsizetype difference = header.indexOf(QStringLiteral("Difference in period T"));
    REQUIRE(nowPeriod > 0);
    REQUIRE(difference > 0);
    bool csvRow = false;
    for (const QString& line : lines) {
        const QStringList fields = line.split(QLatin1Char(';'));
        if (fields.first() == started) {
            csvRow = true;
            CHECK(fields.size() == header.size());
            CHECK(fields[header.indexOf(QStringLiteral("In period T"))] == QStringLiteral("3"));
            CHECK(fields[nowPeriod] == QStringLiteral("2"));
            CHECK(fields[difference] == QStringLiteral("-1"));
        }
    }
    CHECK(csvRow);
}

TEST_CASE("A locked report names the participants counted differently because their data changed", "[periods][lock]")
{
    LockFixture f;
    REQUIRE(f.service.lock(2, QStringLiteral("Anna")).ok());
    // Participant 4 loses her education (not counted any more); Żak gets hers and her consent.
    f.project.db().exec("UPDATE participant SET education = NULL WHERE id = 4");
    f.project.db().exec("UPDATE participant SET education = 'primary', consent_on = '2011-02-01' WHERE id = 9");
    const core::IndicatorReport report = f.report(2);
    const QList<core::LockQualityChange> changes = LockedReport::qualityChanges(report);
    REQUIRE(changes.size() == 2);
    CHECK(changes[0].name == QStringLiteral("Nazwisko4 Osoba4"));
    CHECK(changes[0].missingThen.isEmpty());
    CHECK(changes[0].maskNow != 0);
    CHECK(changes[1].name == QStringLiteral("Żak Zofia"));
    CHECK(changes[1].maskThen != 0);
    CHECK(changes[1].missingNow.isEmpty());
    // The locked list stays as it was; the counts show the effect.
    REQUIRE(report.dataQuality.size() == 1);
    CHECK(report.dataQuality.first().lastName == QStringLiteral("Żak"));
    // One woman less, one more: the count is the same, the persons are not — the list says so.
    CHECK(find(LockedReport::differences(report), QStringLiteral("PARTICIPANTS_STARTED"), "period.women") == nullptr);
    const QJsonArray json = core::IndicatorReportJson::toJson(report)[QStringLiteral("lock")]
                                .toObject()[QStringLiteral("data_quality_changes")]
                                .toArray();
    REQUIRE(json.size() == 2);
    CHECK(json[0].toObject()[QStringLiteral("missing_now")].toArray().first().toString() ==
          QStringLiteral("education"));
}
