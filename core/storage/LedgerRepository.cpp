#include "core/storage/LedgerRepository.h"

#include "core/storage/Database.h"
#include "core/storage/DebtText.h"

namespace osiedle::core {

namespace {

constexpr const char* kEntryColumns =
    "e.id, e.account_id, e.date, e.kind, e.amount, e.note, coalesce(e.wage_month, '')";

DebtEntry readEntry(const Statement& st)
{
    DebtEntry entry;
    entry.id = st.int64(0);
    entry.accountId = st.int64(1);
    entry.date = st.date(2);
    entry.kind = DebtEntryKinds::fromKey(st.text(3)).value_or(DebtEntryKind::Correction);
    entry.amount = Money::fromGrosze(st.int64(4));
    entry.note = st.text(5);
    entry.wageMonth = st.text(6);
    return entry;
}

void bindEntry(Statement& st, const DebtEntry& entry)
{
    st.bind(1, entry.accountId)
        .bind(2, entry.date)
        .bind(3, DebtEntryKinds::key(entry.kind))
        .bind(4, entry.amount.grosze())
        .bind(5, debtText(entry.note));
    if (entry.wageMonth.isEmpty()) {
        st.bind(6, std::nullopt);
    } else {
        st.bind(6, entry.wageMonth);
    }
}

QByteArray whereClause(const LedgerFilter& filter, bool keyset)
{
    QByteArrayList conditions;
    if (filter.accountId) {
        conditions << "e.account_id = :account";
    }
    if (filter.kind) {
        conditions << "e.kind = :kind";
    }
    if (keyset) {
        conditions << "(e.date, e.id) < (:date, :id)";
    }
    return conditions.isEmpty() ? QByteArray() : " WHERE " + conditions.join(" AND ");
}

void bindFilter(Statement& st, const LedgerFilter& filter)
{
    if (filter.accountId) {
        st.bind(":account", *filter.accountId);
    }
    if (filter.kind) {
        st.bind(":kind", DebtEntryKinds::key(*filter.kind));
    }
}

// Steps a statement that returns one sum in grosze and makes it ready for the next use.
Money singleSum(Statement& st)
{
    st.step();
    const Money sum = Money::fromGrosze(st.int64(0));
    st.reset();
    return sum;
}

} // namespace

qint64 LedgerRepository::insert(const DebtEntry& entry)
{
    Statement& st = m_db.cached(
        "INSERT INTO debt_entry (account_id, date, kind, amount, note, wage_month) VALUES (?, ?, ?, ?, ?, ?)");
    bindEntry(st, entry);
    st.exec();
    return m_db.lastInsertId();
}

void LedgerRepository::restore(const DebtEntry& entry)
{
    Statement& st = m_db.cached(
        "INSERT INTO debt_entry (account_id, date, kind, amount, note, wage_month, id) VALUES (?, ?, ?, ?, ?, ?, ?)");
    bindEntry(st, entry);
    st.bind(7, entry.id);
    st.exec();
}

void LedgerRepository::update(const DebtEntry& entry)
{
    Statement& st = m_db.cached(
        "UPDATE debt_entry SET account_id = ?, date = ?, kind = ?, amount = ?, note = ?, wage_month = ? WHERE id = ?");
    bindEntry(st, entry);
    st.bind(7, entry.id);
    st.exec();
}

void LedgerRepository::remove(qint64 id)
{
    Statement& st = m_db.cached("DELETE FROM debt_entry WHERE id = ?");
    st.bind(1, id);
    st.exec();
}

std::optional<DebtEntry> LedgerRepository::find(qint64 id)
{
    Statement& st = m_db.cached(QByteArray("SELECT ") + kEntryColumns + " FROM debt_entry e WHERE e.id = ?");
    st.bind(1, id);
    if (!st.step()) {
        return std::nullopt;
    }
    DebtEntry entry = readEntry(st);
    st.reset();
    return entry;
}

bool LedgerRepository::hasEntry(const DebtEntry& entry)
{
    Statement& st =
        m_db.cached("SELECT EXISTS (SELECT 1 FROM debt_entry WHERE account_id = ? AND date = ? AND amount = ?"
                    " AND kind = ? AND note = ?)");
    st.bind(1, entry.accountId)
        .bind(2, entry.date)
        .bind(3, entry.amount.grosze())
        .bind(4, DebtEntryKinds::key(entry.kind))
        .bind(5, debtText(entry.note));
    st.step();
    const bool found = st.int64(0) != 0;
    st.reset();
    return found;
}

Money LedgerRepository::balanceOn(qint64 accountId, const QDate& date)
{
    Statement& st = m_db.cached("SELECT coalesce(sum(amount), 0) FROM debt_entry WHERE account_id = ? AND date <= ?");
    st.bind(1, accountId).bind(2, date);
    return singleSum(st);
}

Money LedgerRepository::atEntry(qint64 accountId)
{
    Statement& st =
        m_db.cached("SELECT coalesce(sum(amount), 0) FROM debt_entry WHERE account_id = ? AND kind = 'opening'");
    st.bind(1, accountId);
    return singleSum(st);
}

Money LedgerRepository::monthlyCharge(qint64 accountId, const QDate& date)
{
    Statement& st =
        m_db.cached("SELECT coalesce(sum(amount), 0) FROM debt_entry WHERE account_id = ?1 AND kind = 'charge'"
                    " AND date <= ?2 AND substr(date, 1, 7) = (SELECT substr(max(date), 1, 7) FROM debt_entry"
                    "     WHERE account_id = ?1 AND kind = 'charge' AND date <= ?2)");
    st.bind(1, accountId).bind(2, date);
    return singleSum(st);
}

QDate LedgerRepository::latestDate()
{
    Statement& st = m_db.cached("SELECT max(date) FROM debt_entry");
    st.step();
    const QDate date = st.date(0);
    st.reset();
    return date;
}

QDate LedgerRepository::lastEntryDate(qint64 accountId)
{
    Statement& st = m_db.cached("SELECT max(date) FROM debt_entry WHERE account_id = ?");
    st.bind(1, accountId);
    st.step();
    const QDate date = st.date(0);
    st.reset();
    return date;
}

QList<LedgerRow> LedgerRepository::page(const LedgerFilter& filter, const std::optional<LedgerKey>& after, int limit)
{
    const QByteArray sql = QByteArray("SELECT ") + kEntryColumns +
                           ", a.account_number, p.last_name || ' ' || p.first_name FROM debt_entry e"
                           " JOIN debt_account a ON a.id = e.account_id JOIN participant p ON p.id = a.participant_id" +
                           whereClause(filter, after.has_value()) + " ORDER BY e.date DESC, e.id DESC LIMIT :limit";
    Statement& st = m_db.cached(sql);
    bindFilter(st, filter);
    if (after) {
        st.bind(":date", after->date).bind(":id", after->id);
    }
    st.bind(":limit", limit);
    QList<LedgerRow> rows;
    while (st.step()) {
        rows.append({readEntry(st), st.text(7), st.text(8), std::nullopt});
    }
    st.reset();
    // For one account's whole ledger, the running balance: the sum up to the first row, then
    // back through the page.
    if (filter.accountId && !filter.kind && !rows.isEmpty()) {
        Statement& sum = m_db.cached("SELECT coalesce(sum(amount), 0) FROM debt_entry WHERE account_id = ?1"
                                     " AND date <= ?2 AND (date < ?2 OR id <= ?3)");
        sum.bind(1, *filter.accountId).bind(2, rows.first().entry.date).bind(3, rows.first().entry.id);
        Money balance = singleSum(sum);
        for (LedgerRow& row : rows) {
            row.balanceAfter = balance;
            balance -= row.entry.amount;
        }
    }
    return rows;
}

qint64 LedgerRepository::count(const LedgerFilter& filter)
{
    Statement& st = m_db.cached("SELECT count(*) FROM debt_entry e" + whereClause(filter, false));
    bindFilter(st, filter);
    st.step();
    const qint64 n = st.int64(0);
    st.reset();
    return n;
}

QList<Repayment> LedgerRepository::repayments(qint64 accountId, const QDate& to)
{
    Statement& st = m_db.cached("SELECT date, -amount FROM debt_entry WHERE account_id = ? AND date <= ?"
                                " AND kind IN ('payment', 'wage_payment', 'housing_allowance') ORDER BY date, id");
    st.bind(1, accountId).bind(2, to);
    QList<Repayment> list;
    while (st.step()) {
        list.append({st.date(0), Money::fromGrosze(st.int64(1))});
    }
    return list;
}

QList<std::pair<QDate, Money>> LedgerRepository::monthEndBalances(qint64 accountId, const QDate& to)
{
    Statement& st =
        m_db.cached("SELECT substr(date, 1, 7) || '-01', sum(amount) FROM debt_entry WHERE account_id = ? AND date <= ?"
                    " GROUP BY substr(date, 1, 7) ORDER BY 1");
    st.bind(1, accountId).bind(2, to);
    QList<std::pair<QDate, Money>> months;
    while (st.step()) {
        months.append({st.date(0), Money::fromGrosze(st.int64(1))});
    }
    QList<std::pair<QDate, Money>> series;
    if (months.isEmpty()) {
        return series;
    }
    // Every month from the first to `to`'s, also those without entries.
    Money balance;
    qsizetype next = 0;
    const QDate last(to.year(), to.month(), 1);
    for (QDate month = months.first().first; month <= last; month = month.addMonths(1)) {
        if (next < months.size() && months[next].first == month) {
            balance += months[next].second;
            ++next;
        }
        series.append({QDate(month.year(), month.month(), month.daysInMonth()), balance});
    }
    return series;
}

QList<WorkMonth> LedgerRepository::workMonths(qint64 participantId, qint64 accountId)
{
    Statement& st = m_db.cached(
        "SELECT month, sum(minutes), sum(repaid) FROM ("
        "  SELECT substr(date, 1, 7) AS month, minutes, 0 AS repaid FROM work_hours WHERE participant_id = ?1"
        "  UNION ALL"
        "  SELECT coalesce(wage_month, substr(date, 1, 7)), 0, -amount FROM debt_entry"
        "  WHERE account_id = ?2 AND kind = 'wage_payment'"
        ") GROUP BY month ORDER BY month");
    st.bind(1, participantId).bind(2, accountId);
    QList<WorkMonth> months;
    while (st.step()) {
        months.append({st.text(0), st.int64(1), Money::fromGrosze(st.int64(2))});
    }
    return months;
}

WorkMonth LedgerRepository::workUpTo(qint64 participantId, qint64 accountId, const QDate& on)
{
    Statement& st = m_db.cached(
        "SELECT (SELECT coalesce(sum(minutes), 0) FROM work_hours WHERE participant_id = ?1 AND date <= ?3),"
        " (SELECT coalesce(-sum(amount), 0) FROM debt_entry WHERE account_id = ?2 AND kind = 'wage_payment'"
        "  AND date <= ?3)");
    st.bind(1, participantId).bind(2, accountId).bind(3, on);
    st.step();
    WorkMonth totals{QString(), st.int64(0), Money::fromGrosze(st.int64(1))};
    st.reset();
    return totals;
}

QList<WageBasis> LedgerRepository::wageBasis(const QDate& from, const QDate& to)
{
    Statement& st =
        m_db.cached("SELECT e.participant_id, p.last_name || ' ' || p.first_name, e.id, c.name,"
                    " (SELECT coalesce(sum(w.minutes), 0) FROM work_hours w JOIN work_order o ON o.id = w.work_order_id"
                    "   WHERE w.participant_id = e.participant_id AND o.social_coop_id = e.social_coop_id"
                    "   AND w.date BETWEEN max(?1, e.start_date) AND min(?2, coalesce(e.end_date, ?2))),"
                    " coalesce(e.hourly_rate, 0), e.deduction_kind, coalesce(e.deduction_value, 0),"
                    " coalesce((SELECT min(a.id) FROM debt_account a WHERE a.participant_id = e.participant_id"
                    "           AND a.housing_coop_id = c.housing_coop_id),"
                    "          (SELECT min(a.id) FROM debt_account a WHERE a.participant_id = e.participant_id))"
                    " FROM employment e JOIN participant p ON p.id = e.participant_id"
                    " JOIN social_coop c ON c.id = e.social_coop_id"
                    " WHERE e.deduction_kind IS NOT NULL AND e.start_date <= ?2 AND coalesce(e.end_date, ?2) >= ?1"
                    " ORDER BY p.last_name COLLATE pl, p.first_name COLLATE pl, e.participant_id, e.start_date");
    st.bind(1, from).bind(2, to);
    QList<WageBasis> rows;
    while (st.step()) {
        rows.append({st.int64(0), st.text(1), st.int64(2), st.text(3), st.int64(4), Money::fromGrosze(st.int64(5)),
                     st.text(6), st.int64(7), st.optInt64(8)});
    }
    return rows;
}

std::optional<DebtEntry> LedgerRepository::wageEntry(qint64 accountId, const QString& month)
{
    Statement& st = m_db.cached(QByteArray("SELECT ") + kEntryColumns +
                                " FROM debt_entry e WHERE e.account_id = ? AND e.wage_month = ?");
    st.bind(1, accountId).bind(2, month);
    if (!st.step()) {
        return std::nullopt;
    }
    DebtEntry entry = readEntry(st);
    st.reset();
    return entry;
}

QList<DebtEntry> LedgerRepository::wageEntries(const QString& month)
{
    Statement& st =
        m_db.cached(QByteArray("SELECT ") + kEntryColumns + " FROM debt_entry e WHERE e.wage_month = ? ORDER BY e.id");
    st.bind(1, month);
    QList<DebtEntry> entries;
    while (st.step()) {
        entries.append(readEntry(st));
    }
    return entries;
}

} // namespace osiedle::core
