#include "core/storage/DatedRecordsRepository.h"

#include "core/common/DisplayFormat.h"
#include "core/storage/Database.h"

namespace osiedle::core {

namespace {

/// One kind of dated record: its name, and a query giving (date, what it is) of each record.
struct DatedKind {
    const char* kind;
    const char* records;
};

// Each query yields the columns d (the date) and what (a name people recognise).
constexpr DatedKind kinds[] = {
    {QT_TRANSLATE_NOOP("DatedRecordsRepository", "participants who started support"),
     "SELECT participation_start AS d, last_name || ' ' || first_name AS what FROM participant "
     "WHERE participation_start IS NOT NULL"},
    {QT_TRANSLATE_NOOP("DatedRecordsRepository", "housing cooperatives admitted"),
     "SELECT status_on AS d, name AS what FROM housing_coop WHERE status = 'qualified' AND status_on IS NOT NULL"},
    {QT_TRANSLATE_NOOP("DatedRecordsRepository", "training sessions"),
     "SELECT s.date AS d, c.name AS what FROM session s JOIN course c ON c.id = s.course_id"},
    {QT_TRANSLATE_NOOP("DatedRecordsRepository", "consultations"),
     "SELECT c.date AS d, coalesce(p.last_name || ' ' || p.first_name, o.name, c.topic) AS what FROM consultation c "
     "LEFT JOIN participant p ON p.id = c.participant_id LEFT JOIN social_coop o ON o.id = c.social_coop_id"},
    {QT_TRANSLATE_NOOP("DatedRecordsRepository", "founding steps of social cooperatives"),
     "SELECT f.done_on AS d, o.name AS what FROM founding_step f JOIN social_coop o ON o.id = f.social_coop_id"},
    {QT_TRANSLATE_NOOP("DatedRecordsRepository", "cooperation agreements signed"),
     "SELECT a.signed_on AS d, o.name AS what FROM cooperation_agreement a "
     "JOIN social_coop o ON o.id = a.social_coop_id"},
    {QT_TRANSLATE_NOOP("DatedRecordsRepository", "members employed in social cooperatives"),
     "SELECT e.start_date AS d, p.last_name || ' ' || p.first_name AS what FROM employment e "
     "JOIN participant p ON p.id = e.participant_id WHERE e.social_coop_id IS NOT NULL"},
    {QT_TRANSLATE_NOOP("DatedRecordsRepository", "work orders"),
     "SELECT w.ordered_on AS d, w.seq || '/' || w.year || ' ' || h.name AS what FROM work_order w "
     "JOIN housing_coop h ON h.id = w.housing_coop_id WHERE w.ordered_on IS NOT NULL"},
    {QT_TRANSLATE_NOOP("DatedRecordsRepository", "service points opened"),
     "SELECT s.opened_on AS d, o.name AS what FROM service_point s JOIN social_coop o ON o.id = s.social_coop_id"},
    {QT_TRANSLATE_NOOP("DatedRecordsRepository", "instalment agreements signed"),
     "SELECT i.signed_on AS d, p.last_name || ' ' || p.first_name AS what FROM instalment_plan i "
     "JOIN debt_account a ON a.id = i.account_id JOIN participant p ON p.id = a.participant_id"},
    {QT_TRANSLATE_NOOP("DatedRecordsRepository", "products done"),
     "SELECT done_on AS d, title AS what FROM deliverable WHERE done_on IS NOT NULL"},
    {QT_TRANSLATE_NOOP("DatedRecordsRepository", "events"), "SELECT start_date AS d, name AS what FROM event"},
};

} // namespace

QList<OutsideRecords> DatedRecordsRepository::outside(const QDate& from, const QDate& to)
{
    QList<OutsideRecords> result;
    for (const DatedKind& kind : kinds) {
        const QByteArray records = QByteArray("SELECT d, what FROM (") + kind.records + ") WHERE d < ?1 OR d > ?2";
        Statement count = m_db.prepare("SELECT count(*) FROM (" + records + ")");
        count.bind(1, from).bind(2, to);
        const qint64 n = count.step() ? count.int64(0) : 0;
        if (n == 0) {
            continue;
        }
        OutsideRecords outside{tr(kind.kind), n, {}};
        Statement first = m_db.prepare(records + " ORDER BY d, what LIMIT " + QByteArray::number(examplesShown));
        first.bind(1, from).bind(2, to);
        while (first.step()) {
            outside.examples << QStringLiteral("%1 (%2)").arg(first.text(1), core::shown::date(first.date(0)));
        }
        result << outside;
    }
    return result;
}

} // namespace osiedle::core
