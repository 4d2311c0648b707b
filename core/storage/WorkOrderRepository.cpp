#include "core/storage/WorkOrderRepository.h"

#include "core/common/TextFold.h"
#include "core/domain/WorkOrderLifecycle.h"
#include "core/storage/Database.h"
#include "core/storage/NotNullText.h"

namespace osiedle::core {

namespace {

constexpr const char* columns =
    "w.id, w.housing_coop_id, w.social_coop_id, w.year, w.seq, w.estate, w.kind, w.description, w.status, "
    "w.ordered_on, w.due_on, w.completed_on, w.accepted_on, w.invoice_number, w.invoiced_on, w.paid_on, "
    "w.net_amount, w.vat_rate, w.series";

WorkOrder read(const Statement& st)
{
    WorkOrder w;
    w.id = st.int64(0);
    w.housingCoopId = st.int64(1);
    w.socialCoopId = st.int64(2);
    w.year = st.integer(3);
    w.seq = st.integer(4);
    w.estate = st.text(5);
    w.kind = WorkOrderLifecycle::kindFromKey(st.text(6)).value_or(WorkOrderKind::Other);
    w.description = st.text(7);
    w.status = WorkOrderLifecycle::statusFromKey(st.text(8)).value_or(WorkOrderStatus::Draft);
    w.orderedOn = st.optDate(9);
    w.dueOn = st.optDate(10);
    w.completedOn = st.optDate(11);
    w.acceptedOn = st.optDate(12);
    w.invoiceNumber = st.text(13);
    w.invoicedOn = st.optDate(14);
    w.paidOn = st.optDate(15);
    w.net = Money::fromGrosze(st.int64(16));
    w.vatRate = st.int64(17);
    w.series = st.text(18);
    return w;
}

void bindFields(Statement& st, const WorkOrder& w)
{
    st.bind(1, w.housingCoopId)
        .bind(2, w.socialCoopId)
        .bind(3, w.year)
        .bind(4, w.seq)
        .bind(5, notNullText(w.estate))
        .bind(6, WorkOrderLifecycle::kindKey(w.kind))
        .bind(7, notNullText(w.description))
        .bind(8, WorkOrderLifecycle::key(w.status))
        .bind(9, w.orderedOn)
        .bind(10, w.dueOn)
        .bind(11, w.completedOn)
        .bind(12, w.acceptedOn)
        .bind(13, notNullText(w.invoiceNumber))
        .bind(14, w.invoicedOn)
        .bind(15, w.paidOn)
        .bind(16, w.net.grosze())
        .bind(17, w.vatRate)
        .bind(18, notNullText(w.series));
}

} // namespace

std::optional<WorkOrder> WorkOrderRepository::find(qint64 id) const
{
    Statement st = m_db.prepare(QByteArray("SELECT ") + columns + " FROM work_order w WHERE w.id = ?");
    st.bind(1, id);
    if (!st.step()) {
        return std::nullopt;
    }
    return read(st);
}

QByteArray WorkOrderRepository::where(const WorkOrderFilter& filter) const
{
    QByteArray sql = " WHERE (:coop IS NULL OR w.social_coop_id = :coop) AND (:sm IS NULL OR w.housing_coop_id = :sm)"
                     " AND (:search = '' OR fold(w.seq || '/' || w.year || ' ' || w.description || ' ' || w.estate"
                     " || ' ' || w.invoice_number || ' ' || h.name || ' ' || s.name) LIKE '%' || :search || '%')";
    switch (filter.list) {
    case WorkOrderList::All:
        break;
    case WorkOrderList::Open:
        sql += " AND w.status IN ('draft', 'ordered', 'in_progress')";
        break;
    case WorkOrderList::Overdue:
        sql += " AND w.status IN ('draft', 'ordered', 'in_progress') AND w.due_on < :today";
        break;
    case WorkOrderList::AwaitingPayment:
        sql += " AND w.status = 'invoiced'";
        break;
    }
    return sql;
}

void WorkOrderRepository::bindFilter(Statement& st, const WorkOrderFilter& filter) const
{
    st.bind(":coop", filter.socialCoopId);
    st.bind(":sm", filter.housingCoopId);
    st.bind(":search", foldForSearch(filter.search.trimmed()));
    if (filter.list == WorkOrderList::Overdue) {
        st.bind(":today", filter.today);
    }
}

QList<WorkOrderRow> WorkOrderRepository::list(const WorkOrderFilter& filter) const
{
    Statement st = m_db.prepare(
        QByteArray("SELECT ") + columns +
        ", h.name, s.name, (SELECT coalesce(sum(minutes), 0) FROM work_hours m WHERE m.work_order_id = w.id)"
        " FROM work_order w JOIN housing_coop h ON h.id = w.housing_coop_id"
        " JOIN social_coop s ON s.id = w.social_coop_id" +
        where(filter) +
        " ORDER BY coalesce(w.ordered_on, w.due_on) DESC, w.year DESC, w.seq DESC, w.id DESC LIMIT :limit OFFSET :offset");
    bindFilter(st, filter);
    st.bind(":limit", filter.limit);
    st.bind(":offset", filter.offset);
    QList<WorkOrderRow> result;
    while (st.step()) {
        result.append({read(st), st.text(19), st.text(20), st.integer(21)});
    }
    return result;
}

int WorkOrderRepository::count(const WorkOrderFilter& filter) const
{
    Statement st = m_db.prepare(QByteArray("SELECT count(*) FROM work_order w JOIN housing_coop h ON h.id = "
                                           "w.housing_coop_id JOIN social_coop s ON s.id = w.social_coop_id") +
                                where(filter));
    bindFilter(st, filter);
    return st.step() ? st.integer(0) : 0;
}

QList<WorkOrder> WorkOrderRepository::series(const QString& series) const
{
    Statement st = m_db.prepare(QByteArray("SELECT ") + columns +
                                " FROM work_order w WHERE w.series = ? AND w.series <> '' ORDER BY w.ordered_on, w.id");
    st.bind(1, series);
    QList<WorkOrder> result;
    while (st.step()) {
        result.append(read(st));
    }
    return result;
}

int WorkOrderRepository::nextSeq(qint64 housingCoopId, int year) const
{
    Statement st = m_db.prepare("SELECT coalesce(max(seq), 0) + 1 FROM work_order WHERE housing_coop_id = ? AND year = ?");
    st.bind(1, housingCoopId).bind(2, year);
    return st.step() ? st.integer(0) : 1;
}

qint64 WorkOrderRepository::insert(const WorkOrder& order)
{
    Statement st = m_db.prepare(
        "INSERT INTO work_order (housing_coop_id, social_coop_id, year, seq, estate, kind, description, status, "
        "ordered_on, due_on, completed_on, accepted_on, invoice_number, invoiced_on, paid_on, net_amount, vat_rate, "
        "series, id) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    bindFields(st, order);
    st.bind(19, order.id != 0 ? std::optional<qint64>(order.id) : std::nullopt);
    st.exec();
    return m_db.lastInsertId();
}

void WorkOrderRepository::update(const WorkOrder& order)
{
    Statement st = m_db.prepare(
        "UPDATE work_order SET housing_coop_id = ?, social_coop_id = ?, year = ?, seq = ?, estate = ?, kind = ?, "
        "description = ?, status = ?, ordered_on = ?, due_on = ?, completed_on = ?, accepted_on = ?, "
        "invoice_number = ?, invoiced_on = ?, paid_on = ?, net_amount = ?, vat_rate = ?, series = ? WHERE id = ?");
    bindFields(st, order);
    st.bind(19, order.id);
    st.exec();
}

void WorkOrderRepository::remove(qint64 id)
{
    Statement st = m_db.prepare("DELETE FROM work_order WHERE id = ?");
    st.bind(1, id);
    st.exec();
}

WorkOrderTotals WorkOrderRepository::totals(qint64 socialCoopId, const QDate& from, const QDate& to) const
{
    Statement st = m_db.prepare(
        "SELECT count(*), coalesce(sum(net_amount), 0), coalesce(sum(CASE WHEN status = 'paid' THEN net_amount END), 0),"
        " coalesce(sum(status = 'paid'), 0) FROM work_order WHERE social_coop_id = ? AND status <> 'cancelled'"
        " AND coalesce(ordered_on, due_on) BETWEEN ? AND ?");
    st.bind(1, socialCoopId).bind(2, from).bind(3, to);
    WorkOrderTotals t;
    if (st.step()) {
        t.count = st.integer(0);
        t.net = Money::fromGrosze(st.int64(1));
        t.paid = Money::fromGrosze(st.int64(2));
        t.unpaid = t.net - t.paid;
        t.paidCount = st.integer(3);
    }
    return t;
}

QList<std::pair<QDate, Money>> WorkOrderRepository::monthlyValue(qint64 socialCoopId, const QDate& from,
                                                                 const QDate& to) const
{
    Statement st = m_db.prepare(
        "SELECT substr(coalesce(ordered_on, due_on), 1, 7) || '-01' AS month, sum(net_amount) FROM work_order "
        "WHERE social_coop_id = ? AND status <> 'cancelled' AND coalesce(ordered_on, due_on) BETWEEN ? AND ? "
        "GROUP BY month ORDER BY month");
    st.bind(1, socialCoopId).bind(2, from).bind(3, to);
    QHash<QDate, Money> values;
    while (st.step()) {
        values.insert(st.date(0), Money::fromGrosze(st.int64(1)));
    }
    QList<std::pair<QDate, Money>> result;
    for (QDate m(from.year(), from.month(), 1); m <= to; m = m.addMonths(1)) {
        result.append({m, values.value(m)});
    }
    return result;
}

} // namespace osiedle::core
