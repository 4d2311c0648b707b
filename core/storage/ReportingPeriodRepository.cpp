#include "core/storage/ReportingPeriodRepository.h"

#include "core/storage/Database.h"

namespace osiedle::core {

namespace {

QByteArray selectPeriods(const char* condition)
{
    return QByteArray("SELECT id, number, from_date, to_date, claim_number, problems, plans, prepared_by, "
                      "prepared_role, place, prepared_on, locked_on IS NOT NULL FROM reporting_period ") +
           condition;
}

ReportingPeriod readPeriod(const Statement& st)
{
    ReportingPeriod period;
    period.id = st.int64(0);
    period.number = st.integer(1);
    period.from = st.date(2);
    period.to = st.date(3);
    period.claimNumber = st.text(4);
    period.problems = st.text(5);
    period.plans = st.text(6);
    period.preparedBy = st.text(7);
    period.preparedRole = st.text(8);
    period.place = st.text(9);
    period.preparedOn = st.date(10);
    period.locked = st.boolean(11);
    return period;
}

std::optional<ReportingPeriod> readOne(Statement& st)
{
    std::optional<ReportingPeriod> period;
    if (st.step()) {
        period = readPeriod(st);
    }
    st.reset();
    return period;
}

} // namespace

QList<ReportingPeriod> ReportingPeriodRepository::all()
{
    Statement& st = m_db.cached(selectPeriods("ORDER BY number"));
    QList<ReportingPeriod> periods;
    while (st.step()) {
        periods << readPeriod(st);
    }
    st.reset();
    return periods;
}

std::optional<ReportingPeriod> ReportingPeriodRepository::byId(qint64 id)
{
    Statement& st = m_db.cached(selectPeriods("WHERE id = ?1"));
    st.bind(1, id);
    return readOne(st);
}

std::optional<ReportingPeriod> ReportingPeriodRepository::byNumber(int number)
{
    Statement& st = m_db.cached(selectPeriods("WHERE number = ?1"));
    st.bind(1, number);
    return readOne(st);
}

} // namespace osiedle::core
