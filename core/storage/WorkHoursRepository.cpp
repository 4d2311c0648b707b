#include "core/storage/WorkHoursRepository.h"

#include "core/storage/Database.h"

#include <QHash>

namespace osiedle::core {

QList<WorkHours> WorkHoursRepository::forOrder(qint64 workOrderId) const
{
    Statement st = m_db.prepare(
        "SELECT h.id, h.work_order_id, h.participant_id, h.date, h.minutes, trim(p.last_name || ' ' || p.first_name) "
        "FROM work_hours h JOIN participant p ON p.id = h.participant_id WHERE h.work_order_id = ? "
        "ORDER BY h.date, 6 COLLATE pl");
    st.bind(1, workOrderId);
    QList<WorkHours> result;
    while (st.step()) {
        result.append({st.int64(0), st.int64(1), st.int64(2), st.date(3), st.integer(4), st.text(5)});
    }
    return result;
}

std::optional<WorkHours> WorkHoursRepository::find(qint64 workOrderId, qint64 participantId, const QDate& date) const
{
    Statement st = m_db.prepare(
        "SELECT id, minutes FROM work_hours WHERE work_order_id = ? AND participant_id = ? AND date = ?");
    st.bind(1, workOrderId).bind(2, participantId).bind(3, date);
    if (!st.step()) {
        return std::nullopt;
    }
    return WorkHours{st.int64(0), workOrderId, participantId, date, st.integer(1), {}};
}

void WorkHoursRepository::set(qint64 workOrderId, qint64 participantId, const QDate& date, int minutes)
{
    if (minutes <= 0) {
        Statement st = m_db.prepare("DELETE FROM work_hours WHERE work_order_id = ? AND participant_id = ? AND date = ?");
        st.bind(1, workOrderId).bind(2, participantId).bind(3, date);
        st.exec();
        return;
    }
    Statement st = m_db.prepare(
        "INSERT INTO work_hours (work_order_id, participant_id, date, minutes) VALUES (?,?,?,?) "
        "ON CONFLICT (work_order_id, participant_id, date) DO UPDATE SET minutes = excluded.minutes");
    st.bind(1, workOrderId).bind(2, participantId).bind(3, date).bind(4, minutes);
    st.exec();
}

int WorkHoursRepository::totalForOrder(qint64 workOrderId) const
{
    Statement st = m_db.prepare("SELECT coalesce(sum(minutes), 0) FROM work_hours WHERE work_order_id = ?");
    st.bind(1, workOrderId);
    return st.step() ? st.integer(0) : 0;
}

QList<MinutesTotal> WorkHoursRepository::perMember(qint64 socialCoopId, const QDate& from, const QDate& to) const
{
    Statement st = m_db.prepare(
        "SELECT h.participant_id, trim(p.last_name || ' ' || p.first_name) AS n, sum(h.minutes) FROM work_hours h "
        "JOIN work_order w ON w.id = h.work_order_id JOIN participant p ON p.id = h.participant_id "
        "WHERE w.social_coop_id = ? AND h.date BETWEEN ? AND ? GROUP BY h.participant_id ORDER BY n COLLATE pl");
    st.bind(1, socialCoopId).bind(2, from).bind(3, to);
    QList<MinutesTotal> result;
    while (st.step()) {
        result.append({st.int64(0), st.text(1), {}, st.integer(2)});
    }
    return result;
}

QList<MinutesTotal> WorkHoursRepository::perMonth(qint64 socialCoopId, const QDate& from, const QDate& to) const
{
    Statement st = m_db.prepare(
        "SELECT substr(h.date, 1, 7) || '-01' AS month, sum(h.minutes) FROM work_hours h "
        "JOIN work_order w ON w.id = h.work_order_id WHERE w.social_coop_id = ? AND h.date BETWEEN ? AND ? "
        "GROUP BY month");
    st.bind(1, socialCoopId).bind(2, from).bind(3, to);
    QHash<QDate, int> minutes;
    while (st.step()) {
        minutes.insert(st.date(0), st.integer(1));
    }
    QList<MinutesTotal> result;
    for (QDate m(from.year(), from.month(), 1); m <= to; m = m.addMonths(1)) {
        result.append({0, {}, m, minutes.value(m)});
    }
    return result;
}

int WorkHoursRepository::total(qint64 socialCoopId, const QDate& from, const QDate& to) const
{
    Statement st = m_db.prepare(
        "SELECT coalesce(sum(h.minutes), 0) FROM work_hours h JOIN work_order w ON w.id = h.work_order_id "
        "WHERE w.social_coop_id = ? AND h.date BETWEEN ? AND ?");
    st.bind(1, socialCoopId).bind(2, from).bind(3, to);
    return st.step() ? st.integer(0) : 0;
}

} // namespace osiedle::core
