#include "core/services/ReportingPeriodService.h"

#include "core/services/IndicatorService.h"
#include "core/storage/Database.h"
#include "core/storage/IndicatorRepository.h"
#include "core/storage/ReportingPeriodRepository.h"
#include "support/IndicatorTestData.h"
#include "support/QtStringMakers.h"
#include "support/TempProject.h"

#include <catch2/catch.hpp>

using namespace osiedle;
using core::ReportingPeriod;
using core::ReportingPeriodService;

namespace {

QDate day(const char* iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

ReportingPeriod period(int number, const char* from, const char* to)
{
    ReportingPeriod p;
    p.number = number;
    p.from = day(from);
    p.to = day(to);
    return p;
}

bool hasField(const core::FieldErrors& errors, const char* field)
{
    for (const core::FieldError& e : errors) {
        if (e.field == QLatin1String(field)) {
            return true;
        }
    }
    return false;
}

} // namespace

TEST_CASE("Reporting periods: created, refused with a reason for bad dates, a number in use or an overlap", "[periods]")
{
    test::TempProject project;
    test::fillIndicatorTestData(project.db()); // periods 1..3: 2010-10-01 .. 2011-06-30
    ReportingPeriodService service(project.db());
    core::ReportingPeriodRepository repo(project.db());

    core::FieldErrors errors;
    ReportingPeriod q4 = period(4, "2011-07-01", "2011-09-30");
    q4.problems = QStringLiteral("Late registration of OSS Trzecia.");
    q4.plans = QStringLiteral("Open the service point.");
    q4.preparedBy = QStringLiteral("Anna Kowalska");
    q4.place = QStringLiteral("Warszawa");
    q4.preparedOn = day("2011-10-10");
    const auto created = service.create(q4, &errors);
    INFO((created.ok() ? QString() : created.error().message).toStdString());
    REQUIRE(created.ok());
    CHECK(errors.isEmpty());
    const auto stored = repo.byId(*created);
    REQUIRE(stored);
    CHECK(stored->number == 4);
    CHECK(stored->to == day("2011-09-30"));
    CHECK(stored->problems == q4.problems);
    CHECK(stored->preparedBy == QStringLiteral("Anna Kowalska"));
    CHECK(stored->preparedOn == day("2011-10-10"));
    CHECK_FALSE(stored->locked);

    // The end before the start.
    auto backwards = service.create(period(5, "2011-12-31", "2011-10-01"), &errors);
    CHECK_FALSE(backwards.ok());
    CHECK(hasField(errors, "to"));
    CHECK(backwards.error().message.contains(QStringLiteral("01.10.2011")));

    // A number in use.
    auto twice = service.create(period(4, "2011-10-01", "2011-12-31"), &errors);
    CHECK_FALSE(twice.ok());
    CHECK(hasField(errors, "number"));

    // One shared day with period 4 is an overlap; the message names the period.
    auto overlap = service.create(period(5, "2011-09-30", "2011-12-31"), &errors);
    CHECK_FALSE(overlap.ok());
    CHECK(hasField(errors, "from"));
    CHECK(overlap.error().message.contains(QStringLiteral("period 4")));

    CHECK_FALSE(service.create(period(0, "2012-01-01", "2012-03-31"), &errors).ok());
    CHECK(hasField(errors, "number"));
    CHECK(repo.all().size() == 4);

    // Editing keeps its own dates without an overlap with itself.
    ReportingPeriod edited = *stored;
    edited.to = day("2011-10-31");
    edited.claimNumber = QStringLiteral("WNP-4/2011");
    REQUIRE(service.update(edited).ok());
    CHECK(repo.byId(*created)->to == day("2011-10-31"));
    CHECK(repo.byId(*created)->claimNumber == QStringLiteral("WNP-4/2011"));
    edited.from = day("2011-06-01"); // into period 3
    CHECK_FALSE(service.update(edited, &errors).ok());
    CHECK(repo.byId(*created)->from == day("2011-07-01"));

    // Deleting takes its manual values along and returns them; restore brings both back.
    core::IndicatorService indicators(project.db());
    core::IndicatorEntry own;
    own.name = QStringLiteral("Brochure copies distributed");
    own.unit = QStringLiteral("copies");
    const auto code = indicators.createOwn(own);
    REQUIRE(code.ok());
    REQUIRE(indicators.setManualValue(*code, *created, core::IndicatorValue::count(120)).ok());
    const ReportingPeriod beforeDelete = *repo.byId(*created);
    const auto removed = service.remove(*created);
    REQUIRE(removed.ok());
    REQUIRE(removed->size() == 1);
    CHECK(removed->first().value.total == 120);
    CHECK_FALSE(repo.byId(*created));
    CHECK(project.db().scalar("SELECT count(*) FROM indicator_manual_value") == 0);
    REQUIRE(service.restore(beforeDelete, *removed).ok());
    CHECK(repo.byId(*created)->claimNumber == QStringLiteral("WNP-4/2011"));
    CHECK(project.db().scalar("SELECT total FROM indicator_manual_value") == 120);
}

TEST_CASE("Indicator targets: women + men must give the total, and nothing negative", "[indicators][targets]")
{
    test::TempProject project;
    test::fillIndicatorTestData(project.db());
    core::IndicatorService service(project.db());
    core::IndicatorRepository repo(project.db());
    core::FieldErrors errors;

    const QString people = QStringLiteral("PARTICIPANTS_STARTED");
    REQUIRE(service.setTarget(people, {120, 70, 50}, &errors).ok());
    CHECK(repo.find(people)->target == core::IndicatorTarget{120, 70, 50});

    const auto wrongSum = service.setTarget(people, {120, 70, 40}, &errors);
    CHECK_FALSE(wrongSum.ok());
    CHECK(hasField(errors, "target_total"));
    CHECK(wrongSum.error().message.contains(QStringLiteral("110")));
    CHECK(repo.find(people)->target == core::IndicatorTarget{120, 70, 50});

    CHECK_FALSE(service.setTarget(people, {120, 70, std::nullopt}, &errors).ok());
    CHECK(hasField(errors, "target_men"));
    CHECK_FALSE(service.setTarget(people, {-1, std::nullopt, std::nullopt}, &errors).ok());
    CHECK(hasField(errors, "target_total"));
    CHECK_FALSE(service.setTarget(people, {std::nullopt, 10, 10}, &errors).ok());
    CHECK(hasField(errors, "target_total"));
    // Total alone is fine; so is no target at all.
    CHECK(service.setTarget(people, {90, std::nullopt, std::nullopt}).ok());
    CHECK(service.setTarget(people, {}).ok());
    CHECK_FALSE(repo.find(people)->target.total);

    // An indicator not counted by sex takes no women/men.
    CHECK_FALSE(service.setTarget(QStringLiteral("OSS_REGISTERED"), {10, 5, 5}, &errors).ok());
    CHECK(hasField(errors, "target_women"));
    CHECK(service.setTarget(QStringLiteral("OSS_REGISTERED"), {12, std::nullopt, std::nullopt}).ok());
    CHECK(repo.find(QStringLiteral("OSS_REGISTERED"))->target.total == 12);

    CHECK_FALSE(service.setTarget(QStringLiteral("NO_SUCH"), {1, std::nullopt, std::nullopt}).ok());
}

TEST_CASE("Own indicators: created with values per period, counted cumulatively, deleted and restored",
          "[indicators][targets]")
{
    test::TempProject project;
    test::fillIndicatorTestData(project.db());
    core::IndicatorService service(project.db());
    core::IndicatorRepository repo(project.db());
    core::FieldErrors errors;

    core::IndicatorEntry own;
    own.unit = QStringLiteral("copies");
    CHECK_FALSE(service.createOwn(own, &errors).ok());
    CHECK(hasField(errors, "name"));

    own.name = QStringLiteral("Brochure copies distributed");
    own.target = {500, std::nullopt, std::nullopt};
    const auto code = service.createOwn(own);
    REQUIRE(code.ok());
    CHECK(*code == QStringLiteral("OWN_1"));
    const auto stored = repo.find(*code);
    REQUIRE(stored);
    CHECK(stored->manual);
    CHECK(stored->sortOrder > repo.find(QStringLiteral("DELIVERABLES"))->sortOrder);

    own.name = QStringLiteral("Study visit participants");
    own.splitBySex = true;
    own.target = {20, 10, 10};
    const auto persons = service.createOwn(own);
    REQUIRE(persons.ok());
    CHECK(*persons == QStringLiteral("OWN_2"));

    REQUIRE(service.setManualValue(*code, 1, core::IndicatorValue::count(100)).ok());
    REQUIRE(service.setManualValue(*code, 2, core::IndicatorValue::count(150)).ok());
    CHECK_FALSE(service.setManualValue(*code, 3, core::IndicatorValue{-5, std::nullopt, std::nullopt}, &errors).ok());
    CHECK(hasField(errors, "total"));
    CHECK_FALSE(service.setManualValue(*code, 3, core::IndicatorValue{5, 2, 3}, &errors).ok());
    // Split values must add up.
    CHECK_FALSE(service.setManualValue(*persons, 2, core::IndicatorValue{5, 2, 2}, &errors).ok());
    CHECK_FALSE(service.setManualValue(*persons, 2, core::IndicatorValue::count(5), &errors).ok());
    REQUIRE(service.setManualValue(*persons, 2, core::IndicatorValue::bySex(3, 2)).ok());
    // A calculated indicator has no typed values.
    CHECK_FALSE(service.setManualValue(QStringLiteral("OSS_REGISTERED"), 2, core::IndicatorValue::count(1)).ok());
    CHECK(repo.manualValues(*code).size() == 2);
    REQUIRE(service.setManualValue(*code, 2, std::nullopt).ok());
    CHECK(repo.manualValues(*code).size() == 1);
    REQUIRE(service.setManualValue(*code, 2, core::IndicatorValue::count(150)).ok());

    // Values given: the split by sex stays; the name can change.
    core::IndicatorEntry renamed = *repo.find(*persons);
    renamed.splitBySex = false;
    renamed.target = {20, std::nullopt, std::nullopt};
    CHECK_FALSE(service.update(renamed).ok());
    renamed.splitBySex = true;
    renamed.target = {20, 12, 8};
    renamed.name = QStringLiteral("Study visit participants (Trentino)");
    REQUIRE(service.update(renamed).ok());
    CHECK(repo.find(*persons)->name == renamed.name);
    CHECK(repo.find(*persons)->target.women == 12);

    // The calculated indicators cannot be deleted; an own one goes with its values.
    CHECK_FALSE(service.removeOwn(QStringLiteral("OSS_REGISTERED")).ok());
    const auto before = *repo.find(*code);
    const auto removed = service.removeOwn(*code);
    REQUIRE(removed.ok());
    CHECK(removed->size() == 2);
    CHECK_FALSE(repo.find(*code));
    REQUIRE(service.restore(before, *removed).ok());
    CHECK(repo.find(*code) == before);
    CHECK(repo.manualValues(*code) == *removed);
}
