#include "core/indicators/CoopReport.h"

#include "core/storage/Database.h"
#include "support/CoopReportTestData.h"
#include "support/DemoFiles.h"
#include "support/QtStringMakers.h"
#include "support/TempProject.h"

#include <QTemporaryDir>

using namespace osiedle;

using core::CoopParticipation;
using core::CoopReport;
using core::CoopReportCalculator;
using core::Money;

namespace {

QDate day(const char* iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

CoopReport computeReport(core::Database& db, qint64 coop, const char* from, const char* to)
{
    auto result = CoopReportCalculator(db).compute(coop, day(from), day(to));
    if (!result) {
        FAIL(result.error().message.toStdString());
    }
    return result.value();
}

} // namespace

TEST_CASE("Coop report: members, one line per person, with their participation figures", "[coopreport]")
{
    test::TempProject project;
    test::fillCoopReportTestData(project.db());
    const CoopReport report = computeReport(project.db(), 1, "2011-01-01", "2011-06-30");
    CHECK(report.name == QStringLiteral("OSS Zacisze"));
    CHECK(report.krs == QStringLiteral("0000123456"));
    CHECK(report.housingCoopName == QStringLiteral("SM Zacisze"));

    // Wiśniewski joins only after the period; sorted by Polish collation.
    REQUIRE(report.members.size() == 4);
    CHECK(report.members[0].name == QStringLiteral("Kowalska Anna"));
    CHECK(report.members[1].name == QStringLiteral("Nowak Jan"));
    CHECK(report.members[2].name == QStringLiteral("Stowarzyszenie Osiedle"));
    CHECK(report.members[3].name == QStringLiteral("Zielińska Ewa"));

    const auto& anna = report.members[0];
    CHECK(anna.roles.size() == 2);
    CHECK(anna.from == day("2010-12-01"));
    CHECK_FALSE(anna.to.has_value());
    CHECK(anna.sessionsMarked == 2);
    CHECK(anna.sessionsPresent == 2);
    CHECK(anna.attendancePercent == std::optional<double>(100.0));
    CHECK(anna.coursesCompleted == 1);
    CHECK(anna.participation == CoopParticipation::Completed);
    CHECK(anna.employedAtEnd);
    CHECK(anna.minutesWorked == 720);
    CHECK(anna.arrearsAtEntry == Money::fromGrosze(300000));
    CHECK(anna.arrearsAtEnd == Money::fromGrosze(270000));
    CHECK(anna.repaidFromWages == Money::fromGrosze(20000));

    const auto& jan = report.members[1];
    CHECK(jan.attendancePercent == std::optional<double>(50.0)); // excused does not count as attended
    CHECK(jan.participation == CoopParticipation::InSupport);
    CHECK_FALSE(jan.employedAtEnd); // the employment ended on 2011-04-30
    CHECK(jan.minutesWorked == 300);
    CHECK(jan.arrearsAtEnd == Money::fromGrosze(100000)); // the July charge is after the period

    const auto& association = report.members[2];
    CHECK_FALSE(association.participantId.has_value());
    CHECK_FALSE(association.attendancePercent.has_value());

    const auto& ewa = report.members[3];
    CHECK(ewa.to == std::optional<QDate>(day("2011-03-15")));
    CHECK(ewa.attendancePercent == std::optional<double>(0.0));
    CHECK(ewa.participation == CoopParticipation::DroppedOut);
    CHECK_FALSE(ewa.hasDebtAccount);
}

TEST_CASE("Coop report: totals of the OSS, its orders, sales and its members' arrears", "[coopreport]")
{
    test::TempProject project;
    test::fillCoopReportTestData(project.db());
    const CoopReport report = computeReport(project.db(), 1, "2011-01-01", "2011-06-30");
    CHECK(report.participants == 3);
    CHECK(report.inSupport == 1);
    CHECK(report.completed == 1);
    CHECK(report.droppedOut == 1);
    CHECK(report.employedAtEnd == 1);
    CHECK(report.attendancePercent == std::optional<double>(60.0));
    CHECK(report.orders == 2);
    CHECK(report.ordersNet == Money::fromGrosze(150000));
    CHECK(report.ordersPaid == 1);
    CHECK(report.ordersPaidNet == Money::fromGrosze(100000));
    CHECK(report.ordersUnpaidNet == Money::fromGrosze(50000));
    CHECK(report.minutesWorked == 1020);
    CHECK(report.sales == 2);
    CHECK(report.salesTotal == Money::fromGrosze(17000));
    CHECK(report.servicePointOpenedOn == std::optional<QDate>(day("2011-03-01")));
    CHECK(report.arrearsAtEntry == Money::fromGrosze(400000));
    CHECK(report.arrearsAtEnd == Money::fromGrosze(370000));
    CHECK(report.arrearsChange() == Money::fromGrosze(-30000));
    CHECK(report.repaidFromWages == Money::fromGrosze(20000));

    // A later period: Wiśniewski has joined, the July sale and charge count.
    const CoopReport later = computeReport(project.db(), 1, "2011-07-01", "2011-12-31");
    CHECK(later.members.size() == 4); // Zielińska left in March
    CHECK(later.sales == 1);
    CHECK(later.salesTotal == Money::fromGrosze(10000));
    CHECK(later.arrearsAtEnd == Money::fromGrosze(370000 + 5000 + 777700));
}

TEST_CASE("Coop report: an unknown OSS or a bad period is refused with a message", "[coopreport]")
{
    test::TempProject project;
    test::fillCoopReportTestData(project.db());
    CoopReportCalculator calculator(project.db());
    const auto missing = calculator.compute(99, day("2011-01-01"), day("2011-06-30"));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().message.contains(QStringLiteral("99")));
    const auto reversed = calculator.compute(1, day("2011-06-30"), day("2011-01-01"));
    REQUIRE_FALSE(reversed.ok());
    CHECK(reversed.error().message.contains(QStringLiteral("30.06.2011")));
}

TEST_CASE("Coop report: on the demo, every OSS's orders and sales add up to the whole project's", "[coopreport][demo]")
{
    QTemporaryDir dir;
    auto opened = core::Database::open(test::demoCopy(1, dir.path()));
    REQUIRE(opened.ok());
    core::Database& db = *opened.value();
    const QDate from = day("2010-10-01");
    const QDate to = day("2013-06-30");
    qint64 orders = 0;
    qint64 sales = 0;
    int members = 0;
    core::Statement coops = db.prepare("SELECT id FROM social_coop");
    while (coops.step()) {
        const auto report = CoopReportCalculator(db).compute(coops.int64(0), from, to);
        REQUIRE(report.ok());
        orders += report.value().ordersNet.grosze();
        sales += report.value().salesTotal.grosze();
        members += int(report.value().members.size());
        CHECK(report.value().inSupport + report.value().completed + report.value().droppedOut <=
              report.value().participants);
    }
    CHECK(members > 0);
    CHECK(orders > 0);
    CHECK(orders == db.scalar("SELECT sum(net_amount) FROM work_order WHERE status <> 'cancelled' AND "
                              "coalesce(ordered_on, due_on) BETWEEN '2010-10-01' AND '2013-06-30'"));
    CHECK(sales == db.scalar("SELECT coalesce(sum(amount), 0) FROM service_sale WHERE date BETWEEN '2010-10-01' AND "
                             "'2013-06-30'"));
}
