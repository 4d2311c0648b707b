#include "core/storage/DashboardRepository.h"

#include "core/storage/Database.h"

namespace osiedle::core {

namespace {

int countOf(Statement& st)
{
    return st.step() ? st.integer(0) : 0;
}

} // namespace

int DashboardRepository::incompleteParticipants()
{
    return countOf(m_db.cached("SELECT count(*) FROM participant_missing WHERE missing <> 0"));
}

int DashboardRepository::overdueWorkOrders(const QDate& today)
{
    auto& st = m_db.cached("SELECT count(*) FROM work_order WHERE due_on < ?1 AND status NOT IN "
                           "('completed', 'accepted', 'invoiced', 'paid', 'cancelled')");
    st.bind(1, today);
    return countOf(st);
}

int DashboardRepository::followUpsDue(const QDate& today)
{
    auto& st = m_db.cached("SELECT count(*) FROM consultation WHERE follow_up_done = 0 AND follow_up_on <= ?1");
    st.bind(1, today);
    return countOf(st);
}

} // namespace osiedle::core
