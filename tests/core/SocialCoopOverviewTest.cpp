#include "core/services/ChangeNotifier.h"
#include "core/services/SocialCoopOverview.h"
#include "core/services/WorkOrderService.h"
#include "support/QtStringMakers.h"
#include "support/TempProject.h"

using namespace osiedle;
using core::Money;
using S = core::WorkOrderStatus;

TEST_CASE("The OSS card's figures match the data", "[coops]")
{
    test::TempProject project;
    auto& db = project.db();
    core::ChangeNotifier changes;
    db.exec("INSERT INTO housing_coop (id, name) VALUES (1, 'SM Przyszłość')");
    db.exec("INSERT INTO social_coop (id, name, housing_coop_id) VALUES (1, 'OSS Razem', 1), (2, 'OSS Druga', 1)");
    db.exec("INSERT INTO participant (id, first_name, last_name) VALUES (1, 'Anna', 'Nowak'), (2, 'Jan', 'Kowalski'), "
            "(3, 'Ewa', 'Lis')");
    db.exec("INSERT INTO founding_step (social_coop_id, step, done_on) VALUES (1, 'founding_group', '2011-03-01'), "
            "(1, 'business_idea', '2011-03-02'), (1, 'statute_drafted', '2011-03-03'), "
            "(1, 'founding_meeting', '2011-04-01'), (1, 'krs_filed', '2011-04-10'), (1, 'registered', '2011-06-01'), "
            "(1, 'agreement_signed', '2011-07-01'), (1, 'inauguration', '2012-07-01')");
    db.exec("INSERT INTO membership (social_coop_id, participant_id, person_name, eligible_group, role, from_date, to_date) "
            "VALUES (1, 1, '', 1, 'founder', '2011-03-01', NULL), (1, 1, '', 1, 'board_president', '2011-04-01', NULL), "
            "(1, 2, '', 1, 'founder', '2011-03-01', NULL), (1, NULL, 'Jan Obcy', 0, 'member', '2011-03-01', NULL), "
            "(1, 3, '', 1, 'member', '2011-03-01', '2012-01-31')");
    db.exec("INSERT INTO employment (participant_id, social_coop_id, contract, start_date, end_date) VALUES "
            "(1, 1, 'cooperative', '2011-08-01', NULL), (2, 1, 'cooperative', '2012-03-01', NULL), "
            "(3, 1, 'cooperative', '2011-08-01', '2012-02-15'), (3, NULL, 'employment', '2012-03-01', NULL)");
    db.exec("UPDATE employment SET employer_name = 'Firma' WHERE social_coop_id IS NULL");
    db.exec("INSERT INTO service_point (social_coop_id, opened_on, services) VALUES (1, '2012-02-01', 'Pranie')");
    db.exec("INSERT INTO service_sale (social_coop_id, date, client_kind, service, amount) VALUES "
            "(1, '2012-02-10', 'resident', 'Pranie', 5000), (1, '2012-03-05', 'business', 'Sprzątanie', 20000), "
            "(1, '2012-03-20', 'resident', 'Pranie', 1550), (2, '2012-03-20', 'resident', 'Pranie', 999)");

    core::WorkOrderService orders(db, changes);
    const auto make = [&](const QDate& ordered, qint64 net, qint64 coop = 1) {
        core::WorkOrder o;
        o.housingCoopId = 1;
        o.socialCoopId = coop;
        o.status = S::Ordered;
        o.orderedOn = ordered;
        o.dueOn = ordered.addDays(10);
        o.net = Money::fromGrosze(net);
        auto r = orders.create(o, ordered);
        REQUIRE(r.ok());
        return r->id;
    };
    const qint64 jan = make(QDate(2012, 1, 10), 100000);
    const qint64 mar1 = make(QDate(2012, 3, 2), 50000);
    const qint64 mar2 = make(QDate(2012, 3, 3), 30000);
    const qint64 cancelled = make(QDate(2012, 3, 4), 77700);
    make(QDate(2012, 3, 4), 12300, 2);
    make(QDate(2011, 12, 30), 40000);
    for (S to : {S::InProgress, S::Completed, S::Accepted, S::Invoiced, S::Paid}) {
        REQUIRE(orders.changeStatus(jan, {to, QDate(2012, 1, 20), QStringLiteral("FV 1")}).ok());
        REQUIRE(orders.changeStatus(mar1, {to, QDate(2012, 3, 10), QStringLiteral("FV 2")}).ok());
    }
    REQUIRE(orders.changeStatus(cancelled, {S::Cancelled, QDate(2012, 3, 5), {}}).ok());
    REQUIRE(orders.setHours(mar1, 1, QDate(2012, 3, 5), 300).ok());
    REQUIRE(orders.setHours(mar2, 2, QDate(2012, 3, 6), 120).ok());
    REQUIRE(orders.setHours(jan, 2, QDate(2012, 1, 12), 60).ok());

    const QDate today(2012, 3, 25);
    const core::SocialCoopSummary s = core::SocialCoopOverview(db).summary(1, today);
    CHECK(s.name == "OSS Razem");
    CHECK(s.housingCoopName == "SM Przyszłość");
    CHECK(s.stage == core::SocialCoopStatus::ServicePointOpen);
    CHECK(s.stepsDone == 7); // the inauguration is dated later
    CHECK(s.stepsTotal == 12);
    CHECK(s.members == 3); // Nowak (two roles), Kowalski, Jan Obcy; Lis left in January
    CHECK(s.membersOutsideEligibleGroups == 1);
    CHECK(s.memberShareWarning.isEmpty());
    CHECK(s.employed == 2);
    CHECK(s.agreementSignedOn == QDate(2011, 7, 1));
    CHECK(s.ordersMonth.count == 2);
    CHECK(s.ordersMonth.net == Money::fromGrosze(80000));
    CHECK(s.ordersMonth.paid == Money::fromGrosze(50000));
    CHECK(s.ordersMonth.unpaid == Money::fromGrosze(30000));
    CHECK(s.ordersYear.count == 3);
    CHECK(s.ordersYear.net == Money::fromGrosze(180000));
    CHECK(s.ordersYear.paid == Money::fromGrosze(150000));
    CHECK(s.ordersYear.paidCount == 2);
    CHECK(s.salesMonth == Money::fromGrosze(21550));
    CHECK(s.salesYear == Money::fromGrosze(26550));
    CHECK(s.minutesMonth == 420);
    CHECK(s.minutesYear == 480);
    CHECK(s.overdueOrders == 2); // mar2 (due 13.03) and the December order, still ordered

    const auto months = core::SocialCoopOverview(db).months(1, QDate(2011, 12, 1), today);
    REQUIRE(months.size() == 4);
    CHECK(months[0].orders == Money::fromGrosze(40000));
    CHECK(months[1].orders == Money::fromGrosze(100000));
    CHECK(months[2].orders == Money());
    CHECK(months[3].orders == Money::fromGrosze(80000));
    CHECK(months[2].sales == Money::fromGrosze(5000));
    CHECK(months[0].employed == 2);
    CHECK(months[2].employed == 1); // Lis ended on 15.02
    CHECK(months[3].employed == 2);
    CHECK(months[3].minutes == 420);

    const auto all = core::SocialCoopOverview(db).all(today);
    REQUIRE(all.size() == 2);
    CHECK(all[0].name == "OSS Druga");
    CHECK(all[0].stage == core::SocialCoopStatus::Founding);
    CHECK(all[0].salesMonth == Money::fromGrosze(999));
}
