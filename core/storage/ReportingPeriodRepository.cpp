#include "core/storage/ReportingPeriodRepository.h"

#include "core/storage/Database.h"
#include "core/storage/NotNullText.h"

namespace osiedle::core {

namespace {

QByteArray selectPeriods(const char* condition)
{
    return QByteArray("SELECT id, number, from_date, to_date, claim_number, problems, plans, prepared_by, "
                      "prepared_role, place, prepared_on, locked_on FROM reporting_period ") +
           condition;
}

QDateTime dateTime(const QString& text)
{
    return text.isEmpty() ? QDateTime() : QDateTime::fromString(text, Qt::ISODate);
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
    period.locked = !st.isNull(11);
    period.lockedOn = dateTime(st.text(11));
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

// Binds ?1..?10 with the editable fields.
void bindFields(Statement& st, const ReportingPeriod& period)
{
    st.bind(1, period.number.value_or(0))
        .bind(2, period.from)
        .bind(3, period.to)
        .bind(4, notNullText(period.claimNumber))
        .bind(5, notNullText(period.problems))
        .bind(6, notNullText(period.plans))
        .bind(7, notNullText(period.preparedBy))
        .bind(8, notNullText(period.preparedRole))
        .bind(9, notNullText(period.place))
        .bind(10, period.preparedOn);
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

std::optional<ReportingPeriod> ReportingPeriodRepository::overlapping(const QDate& from, const QDate& to,
                                                                      qint64 exceptId)
{
    Statement& st =
        m_db.cached(selectPeriods("WHERE from_date <= ?2 AND to_date >= ?1 AND id <> ?3 ORDER BY from_date LIMIT 1"));
    st.bind(1, from).bind(2, to).bind(3, exceptId);
    return readOne(st);
}

qint64 ReportingPeriodRepository::insert(const ReportingPeriod& period)
{
    Statement& st = m_db.cached("INSERT INTO reporting_period (number, from_date, to_date, claim_number, problems, "
                                "plans, prepared_by, prepared_role, place, prepared_on, id) "
                                "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)");
    bindFields(st, period);
    st.bind(11, period.id);
    st.exec();
    return m_db.lastInsertId();
}

void ReportingPeriodRepository::update(const ReportingPeriod& period)
{
    Statement& st = m_db.cached("UPDATE reporting_period SET number = ?1, from_date = ?2, to_date = ?3, "
                                "claim_number = ?4, problems = ?5, plans = ?6, prepared_by = ?7, prepared_role = ?8, "
                                "place = ?9, prepared_on = ?10 WHERE id = ?11");
    bindFields(st, period);
    st.bind(11, period.id.value_or(0));
    st.exec();
}

void ReportingPeriodRepository::remove(qint64 id)
{
    Statement& st = m_db.cached("DELETE FROM reporting_period WHERE id = ?1");
    st.bind(1, id);
    st.exec();
}

QString ReportingPeriodRepository::lockedReport(qint64 id)
{
    Statement& st = m_db.cached("SELECT locked_report FROM reporting_period WHERE id = ?1");
    st.bind(1, id);
    QString report;
    if (st.step()) {
        report = st.text(0);
    }
    st.reset();
    return report;
}

void ReportingPeriodRepository::setLock(qint64 id, const QDateTime& at, const QString& report)
{
    Statement& st = m_db.cached("UPDATE reporting_period SET locked_on = ?1, locked_report = ?2 WHERE id = ?3");
    st.bind(1, at.toString(Qt::ISODate)).bind(2, report).bind(3, id);
    st.exec();
}

void ReportingPeriodRepository::clearLock(qint64 id)
{
    Statement& st = m_db.cached("UPDATE reporting_period SET locked_on = NULL, locked_report = NULL WHERE id = ?1");
    st.bind(1, id);
    st.exec();
}

void ReportingPeriodRepository::addLogEntry(const PeriodLockLogEntry& entry)
{
    Statement& st =
        m_db.cached("INSERT INTO period_lock_log (period_id, action, at, by_whom, reason) VALUES (?1, ?2, ?3, ?4, ?5)");
    st.bind(1, entry.periodId)
        .bind(2, entry.unlock ? "unlock" : "lock")
        .bind(3, entry.at.toString(Qt::ISODate))
        .bind(4, notNullText(entry.byWhom))
        .bind(5, notNullText(entry.reason));
    st.exec();
}

QList<PeriodLockLogEntry> ReportingPeriodRepository::log(qint64 periodId)
{
    Statement& st = m_db.cached(
        "SELECT id, period_id, action, at, by_whom, reason FROM period_lock_log WHERE period_id = ?1 ORDER BY id");
    st.bind(1, periodId);
    QList<PeriodLockLogEntry> entries;
    while (st.step()) {
        entries << PeriodLockLogEntry{st.int64(0),          st.int64(1), st.text(2) == QLatin1String("unlock"),
                                      dateTime(st.text(3)), st.text(4),  st.text(5)};
    }
    st.reset();
    return entries;
}

} // namespace osiedle::core
