#include "core/domain/WorkOrderLifecycle.h"
#include "core/domain/WorkOrderSeries.h"
#include "core/services/ChangeNotifier.h"
#include "core/services/WorkOrderService.h"
#include "support/QtStringMakers.h"
#include "support/TempProject.h"


using namespace osiedle;
using core::Money;
using core::WorkOrder;
using S = core::WorkOrderStatus;

namespace {

struct OrdersFixture {
    test::TempProject project;
    core::ChangeNotifier changes;
    core::WorkOrderService orders{project.db(), changes};

    OrdersFixture()
    {
        auto& db = project.db();
        db.exec("INSERT INTO housing_coop (id, name) VALUES (1, 'SM Przyszłość'), (2, 'SM Zorza')");
        db.exec("INSERT INTO social_coop (id, name, housing_coop_id) VALUES (1, 'OSS Razem', 1), (2, 'OSS Zieleń', 2)");
        db.exec("INSERT INTO participant (id, first_name, last_name) VALUES (1, 'Anna', 'Nowak'), "
                "(2, 'Jan', 'Kowalski')");
    }

    WorkOrder pattern(qint64 sm = 1, const QDate& ordered = QDate(2012, 3, 5)) const
    {
        WorkOrder o;
        o.housingCoopId = sm;
        o.socialCoopId = sm;
        o.kind = core::WorkOrderKind::Cleaning;
        o.description = QStringLiteral("Sprzątanie klatek schodowych");
        o.estate = QStringLiteral("ul. Lipowa 3");
        o.status = S::Ordered;
        o.orderedOn = ordered;
        o.dueOn = ordered.addDays(7);
        o.net = Money::fromGrosze(100000);
        return o;
    }

    WorkOrder create(qint64 sm = 1, const QDate& ordered = QDate(2012, 3, 5))
    {
        auto r = orders.create(pattern(sm, ordered), QDate(2012, 6, 1));
        REQUIRE(r.ok());
        return *r;
    }
};

} // namespace

TEST_CASE("Gross is net plus VAT rounded to the grosz half away from zero", "[workorders]")
{
    auto [net, rate, vat] = GENERATE(table<qint64, qint64, qint64>({
        {100000, 2300, 23000}, // 1 000,00 zł at 23 %
        {1, 2300, 0},          // 0,23 gr rounds down
        {2, 2300, 0},          // 0,46 gr
        {3, 2300, 1},          // 0,69 gr rounds up
        {50, 100, 1},          // 0,50 gr: half goes up
        {150, 100, 2},         // 1,50 gr: half goes up
        {149, 100, 1},         // 1,49 gr
        {12345, 800, 988},     // 987,6 gr at 8 %
        {99999, 0, 0},
        {43478, 2300, 10000},  // 9 999,94 gr
    }));
    WorkOrder o;
    o.net = Money::fromGrosze(net);
    o.vatRate = rate;
    CHECK(o.vat().grosze() == vat);
    CHECK(o.gross().grosze() == net + vat);
}

TEST_CASE("Work-order transitions follow the lifecycle and refuse with a message", "[workorders]")
{
    WorkOrder o;
    o.seq = 12;
    o.year = 2012;
    for (S from : core::WorkOrderLifecycle::allStatuses()) {
        for (S to : core::WorkOrderLifecycle::allStatuses()) {
            o.status = from;
            const bool expected = (core::WorkOrderLifecycle::next(from) == to) ||
                                  (to == S::Cancelled && (from == S::Draft || from == S::Ordered || from == S::InProgress));
            INFO(core::WorkOrderLifecycle::key(from).toStdString() << " -> " << core::WorkOrderLifecycle::key(to).toStdString());
            CHECK(core::WorkOrderLifecycle::allowed(from, to) == expected);
            CHECK(core::WorkOrderLifecycle::refusal(o, to).isEmpty() == expected);
        }
    }
    o.status = S::InProgress;
    CHECK(core::WorkOrderLifecycle::refusal(o, S::Invoiced) ==
          "Order 12/2012 is in progress: it cannot be invoiced before it is accepted");
    o.status = S::Accepted;
    CHECK(core::WorkOrderLifecycle::refusal(o, S::Cancelled) == "Order 12/2012 is accepted: it can no longer be cancelled");
    o.status = S::Paid;
    CHECK(core::WorkOrderLifecycle::refusal(o, S::Ordered) == "Order 12/2012 is already paid: it cannot go back to ordered");
    o.status = S::Cancelled;
    CHECK(core::WorkOrderLifecycle::refusal(o, S::Completed) == "Order 12/2012 is cancelled: it cannot be completed");
}

TEST_CASE("An order goes from ordered to paid through the service, each step dated", "[workorders]")
{
    OrdersFixture f;
    int notified = 0;
    QObject::connect(&f.changes, &core::ChangeNotifier::changed, [&](core::Topic t) {
        CHECK(t == core::Topic::WorkOrders);
        ++notified;
    });
    const WorkOrder o = f.create();
    CHECK(notified == 1);
    const auto refused = f.orders.changeStatus(o.id, {S::Invoiced, QDate(2012, 3, 20), QStringLiteral("FV 1/2012")});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message == "Order 1/2012 is ordered: it cannot be invoiced before it is accepted");
    CHECK(notified == 1);

    REQUIRE(f.orders.changeStatus(o.id, {S::InProgress, {}, {}}).ok());
    const auto early = f.orders.changeStatus(o.id, {S::Completed, QDate(2012, 3, 4), {}});
    REQUIRE_FALSE(early.ok());
    CHECK(early.error().message == "Order 1/2012 was ordered on 05.03.2012: it cannot be completed on 04.03.2012, before that");
    REQUIRE(f.orders.changeStatus(o.id, {S::Completed, QDate(2012, 3, 10), {}}).ok());
    REQUIRE(f.orders.changeStatus(o.id, {S::Accepted, QDate(2012, 3, 12), {}}).ok());
    const auto noNumber = f.orders.changeStatus(o.id, {S::Invoiced, QDate(2012, 3, 13), {}});
    REQUIRE_FALSE(noNumber.ok());
    CHECK(noNumber.error().message == "Order 1/2012: the invoice number is missing");
    REQUIRE(f.orders.changeStatus(o.id, {S::Invoiced, QDate(2012, 3, 13), QStringLiteral("FV 7/2012")}).ok());
    const auto paid = f.orders.changeStatus(o.id, {S::Paid, QDate(2012, 4, 2), {}});
    REQUIRE(paid.ok());
    CHECK(paid->status == S::Paid);
    CHECK(paid->invoiceNumber == "FV 7/2012");
    CHECK(paid->paidOn == QDate(2012, 4, 2));
    CHECK(f.project.db().scalar("SELECT count(*) FROM work_order WHERE status = 'paid' AND paid_on = '2012-04-02'") == 1);
    const auto back = f.orders.changeStatus(o.id, {S::Cancelled, QDate(2012, 4, 3), {}});
    CHECK_FALSE(back.ok());
    // undo puts the whole order back as it was
    REQUIRE(f.orders.restore(o).ok());
    CHECK(f.project.db().scalar("SELECT count(*) FROM work_order WHERE status = 'ordered' AND paid_on IS NULL") == 1);
}

TEST_CASE("Orders are numbered per SM and per year", "[workorders]")
{
    OrdersFixture f;
    CHECK(f.create(1, QDate(2012, 1, 10)).number() == "1/2012");
    CHECK(f.create(1, QDate(2012, 2, 10)).number() == "2/2012");
    CHECK(f.create(2, QDate(2012, 2, 10)).number() == "1/2012");
    CHECK(f.create(1, QDate(2013, 1, 2)).number() == "1/2013");
    CHECK(f.create(1, QDate(2012, 12, 30)).number() == "3/2012");
    // a draft without dates takes the year of the day it is written
    WorkOrder draft = f.pattern();
    draft.status = S::Draft;
    draft.orderedOn.reset();
    draft.dueOn.reset();
    const auto created = f.orders.create(draft, QDate(2013, 5, 5));
    REQUIRE(created.ok());
    CHECK(created->number() == "2/2013");
    // the number stays when the order is edited
    WorkOrder edited = *created;
    edited.orderedOn = QDate(2014, 1, 1);
    edited.seq = 99;
    REQUIRE(f.orders.update(edited).ok());
    CHECK(f.project.db().scalar("SELECT seq * 10000 + year FROM work_order WHERE id = " + QByteArray::number(created->id)) ==
          2 * 10000 + 2013);
}

TEST_CASE("A recurring order creates one numbered order per date", "[workorders]")
{
    SECTION("dates")
    {
        const auto weekly = core::WorkOrderSeries::dates(QDate(2012, 1, 2), QDate(2012, 12, 31), core::Recurrence::Weekly);
        CHECK(weekly.size() == 53);
        CHECK(weekly.last() == QDate(2012, 12, 31));
        const auto monthly = core::WorkOrderSeries::dates(QDate(2012, 1, 31), QDate(2012, 4, 30), core::Recurrence::Monthly);
        CHECK(monthly == QList<QDate>{QDate(2012, 1, 31), QDate(2012, 2, 29), QDate(2012, 3, 31), QDate(2012, 4, 30)});
        CHECK(core::WorkOrderSeries::dates(QDate(2012, 2, 1), QDate(2012, 1, 1), core::Recurrence::Weekly).isEmpty());
    }
    SECTION("orders")
    {
        OrdersFixture f;
        f.create(1, QDate(2012, 1, 3)); // 1/2012 exists already
        const auto series = f.orders.createSeries(f.pattern(), QDate(2012, 10, 1), QDate(2013, 1, 31),
                                                  core::Recurrence::Weekly, 6);
        REQUIRE(series.ok());
        REQUIRE(series->size() == 18);
        CHECK(series->first().number() == "2/2012");
        CHECK(series->at(13).number() == "15/2012");
        CHECK(series->at(14).number() == "1/2013");
        CHECK(series->at(1).orderedOn == QDate(2012, 10, 8));
        CHECK(series->at(1).dueOn == QDate(2012, 10, 14));
        CHECK(f.project.db().scalar("SELECT count(DISTINCT series) FROM work_order WHERE series <> ''") == 1);
        CHECK(f.project.db().scalar("SELECT count(*) FROM work_order WHERE status = 'ordered'") == 19);
        REQUIRE(f.orders.removeSeries(series->first().series).ok());
        CHECK(f.project.db().scalar("SELECT count(*) FROM work_order") == 1);
        const auto tooMany = f.orders.createSeries(f.pattern(), QDate(2012, 1, 1), QDate(2014, 12, 31),
                                                   core::Recurrence::Weekly, 0);
        REQUIRE_FALSE(tooMany.ok());
        CHECK(tooMany.error().message.contains("at most 104"));
    }
}

TEST_CASE("Hours worked add up per order, per member and per month", "[workorders]")
{
    OrdersFixture f;
    const WorkOrder march = f.create(1, QDate(2012, 3, 5));
    const WorkOrder april = f.create(1, QDate(2012, 4, 2));
    const WorkOrder other = f.create(2, QDate(2012, 3, 5));
    REQUIRE(f.orders.setHours(march.id, 1, QDate(2012, 3, 5), 240).ok());
    REQUIRE(f.orders.setHours(march.id, 1, QDate(2012, 3, 6), 180).ok());
    REQUIRE(f.orders.setHours(march.id, 2, QDate(2012, 3, 6), 90).ok());
    REQUIRE(f.orders.setHours(april.id, 2, QDate(2012, 4, 3), 480).ok());
    REQUIRE(f.orders.setHours(other.id, 2, QDate(2012, 3, 7), 60).ok()); // another OSS
    // setting the same day again replaces, zero removes
    REQUIRE(f.orders.setHours(march.id, 1, QDate(2012, 3, 6), 120).ok());
    REQUIRE(f.orders.setHours(april.id, 1, QDate(2012, 4, 4), 30).ok());
    REQUIRE(f.orders.setHours(april.id, 1, QDate(2012, 4, 4), 0).ok());

    const auto before = f.orders.setHours(march.id, 1, QDate(2012, 3, 4), 60);
    REQUIRE_FALSE(before.ok());
    CHECK(before.error().message == "Order 1/2012 was ordered on 05.03.2012: hours on 04.03.2012 are before that");
    CHECK_FALSE(f.orders.setHours(march.id, 1, QDate(2012, 3, 8), 1441).ok());

    core::WorkHoursRepository hours(f.project.db());
    CHECK(hours.totalForOrder(march.id) == 240 + 120 + 90);
    CHECK(hours.totalForOrder(april.id) == 480);
    const auto members = hours.perMember(1, QDate(2012, 1, 1), QDate(2012, 12, 31));
    REQUIRE(members.size() == 2);
    CHECK(members[0].name == "Kowalski Jan");
    CHECK(members[0].minutes == 90 + 480);
    CHECK(members[1].name == "Nowak Anna");
    CHECK(members[1].minutes == 360);
    const auto months = hours.perMonth(1, QDate(2012, 2, 1), QDate(2012, 4, 30));
    REQUIRE(months.size() == 3);
    CHECK(months[0].minutes == 0);
    CHECK(months[1].minutes == 450);
    CHECK(months[2].minutes == 480);
    CHECK(hours.total(1, QDate(2012, 3, 1), QDate(2012, 4, 30)) == 930);
}

TEST_CASE("Order lists: open, overdue, awaiting payment, per OSS and SM, with search", "[workorders]")
{
    OrdersFixture f;
    const WorkOrder a = f.create(1, QDate(2012, 3, 1)); // due 03-08
    const WorkOrder b = f.create(1, QDate(2012, 3, 20)); // due 03-27
    const WorkOrder c = f.create(2, QDate(2012, 3, 1));
    for (S to : {S::InProgress, S::Completed, S::Accepted, S::Invoiced}) {
        REQUIRE(f.orders.changeStatus(c.id, {to, QDate(2012, 3, 9), QStringLiteral("FV 3/2012")}).ok());
    }
    core::WorkOrderRepository repo(f.project.db());
    core::WorkOrderFilter filter;
    filter.today = QDate(2012, 3, 10);
    filter.list = core::WorkOrderList::Open;
    CHECK(repo.count(filter) == 2);
    filter.list = core::WorkOrderList::Overdue;
    const auto overdue = repo.list(filter);
    REQUIRE(overdue.size() == 1);
    CHECK(overdue[0].order.id == a.id);
    filter.list = core::WorkOrderList::AwaitingPayment;
    CHECK(repo.count(filter) == 1);
    filter.list = core::WorkOrderList::All;
    filter.socialCoopId = 1;
    CHECK(repo.count(filter) == 2);
    filter.socialCoopId.reset();
    filter.housingCoopId = 2;
    CHECK(repo.count(filter) == 1);
    filter.housingCoopId.reset();
    filter.search = QStringLiteral("zielen");
    CHECK(repo.count(filter) == 1);
    filter.search = QStringLiteral("2/2012");
    REQUIRE(repo.list(filter).size() == 1);
    CHECK(repo.list(filter)[0].order.id == b.id);
}
