#include "core/storage/DebtAccountRepository.h"

#include "core/common/TextFold.h"
#include "core/storage/Database.h"
#include "core/storage/DebtText.h"

namespace osiedle::core {

namespace {

constexpr const char* kAccountColumns =
    "a.id, a.participant_id, a.housing_coop_id, a.account_number, a.flat, a.title, a.opened_on";

DebtAccount readAccount(const Statement& st, int first = 0)
{
    DebtAccount account;
    account.id = st.int64(first);
    account.participantId = st.int64(first + 1);
    account.housingCoopId = st.int64(first + 2);
    account.accountNumber = st.text(first + 3);
    account.flat = st.text(first + 4);
    account.title = TenancyTitles::fromKey(st.text(first + 5)).value_or(TenancyTitle::Other);
    account.openedOn = st.date(first + 6);
    return account;
}

void bindAccount(Statement& st, const DebtAccount& account)
{
    st.bind(1, account.participantId)
        .bind(2, account.housingCoopId)
        .bind(3, debtText(account.accountNumber))
        .bind(4, debtText(account.flat))
        .bind(5, TenancyTitles::key(account.title))
        .bind(6, account.openedOn);
}

} // namespace

qint64 DebtAccountRepository::insert(const DebtAccount& account)
{
    Statement& st = m_db.cached("INSERT INTO debt_account (participant_id, housing_coop_id, account_number, flat, "
                                "title, opened_on) VALUES (?, ?, ?, ?, ?, ?)");
    bindAccount(st, account);
    st.exec();
    return m_db.lastInsertId();
}

void DebtAccountRepository::update(const DebtAccount& account)
{
    Statement& st = m_db.cached("UPDATE debt_account SET participant_id = ?, housing_coop_id = ?, account_number = ?, "
                                "flat = ?, title = ?, opened_on = ? WHERE id = ?");
    bindAccount(st, account);
    st.bind(7, account.id);
    st.exec();
}

void DebtAccountRepository::remove(qint64 id)
{
    Statement& unlink = m_db.cached("UPDATE eviction_case SET account_id = NULL WHERE account_id = ?");
    unlink.bind(1, id);
    unlink.exec();
    Statement& st = m_db.cached("DELETE FROM debt_account WHERE id = ?");
    st.bind(1, id);
    st.exec();
}

std::optional<DebtAccount> DebtAccountRepository::find(qint64 id)
{
    Statement& st = m_db.cached(QByteArray("SELECT ") + kAccountColumns + " FROM debt_account a WHERE a.id = ?");
    st.bind(1, id);
    if (!st.step()) {
        return std::nullopt;
    }
    DebtAccount account = readAccount(st);
    st.reset();
    return account;
}

std::optional<DebtAccountInfo> DebtAccountRepository::info(qint64 id)
{
    Statement& st = m_db.cached(
        QByteArray("SELECT ") + kAccountColumns +
        ", p.last_name || ' ' || p.first_name, coalesce(p.pesel, ''), h.name,"
        " (SELECT coalesce(sum(amount), 0) FROM debt_entry e WHERE e.account_id = a.id AND e.kind = 'opening')"
        " FROM debt_account a JOIN participant p ON p.id = a.participant_id"
        " JOIN housing_coop h ON h.id = a.housing_coop_id WHERE a.id = ?");
    st.bind(1, id);
    if (!st.step()) {
        return std::nullopt;
    }
    DebtAccountInfo info{readAccount(st), st.text(7), st.text(8), st.text(9), Money::fromGrosze(st.int64(10))};
    st.reset();
    return info;
}

QHash<QString, QList<DebtAccount>> DebtAccountRepository::byNumber()
{
    Statement& st =
        m_db.cached(QByteArray("SELECT ") + kAccountColumns + " FROM debt_account a WHERE a.account_number <> ''");
    QHash<QString, QList<DebtAccount>> accounts;
    while (st.step()) {
        const DebtAccount account = readAccount(st);
        accounts[account.accountNumber].append(account);
    }
    return accounts;
}

bool DebtAccountRepository::numberTaken(qint64 housingCoopId, const QString& accountNumber)
{
    if (accountNumber.isEmpty()) {
        return false;
    }
    Statement& st = m_db.cached("SELECT count(*) FROM debt_account WHERE housing_coop_id = ? AND account_number = ?");
    st.bind(1, housingCoopId).bind(2, accountNumber);
    st.step();
    const bool taken = st.int64(0) > 0;
    st.reset();
    return taken;
}

QList<DebtAccount> DebtAccountRepository::forParticipant(qint64 participantId)
{
    Statement& st = m_db.cached(QByteArray("SELECT ") + kAccountColumns +
                                " FROM debt_account a WHERE a.participant_id = ? ORDER BY a.opened_on, a.id");
    st.bind(1, participantId);
    QList<DebtAccount> accounts;
    while (st.step()) {
        accounts.append(readAccount(st));
    }
    return accounts;
}

QList<DebtorRow> DebtAccountRepository::debtors(const QDate& on, const QString& search)
{
    // One pass over the covering index (account_id, date, amount) gives every balance.
    Statement& st = m_db.cached(
        "SELECT a.id, a.participant_id, p.last_name || ' ' || p.first_name, h.name, a.account_number, a.flat,"
        " coalesce(b.opening, 0), coalesce(b.balance, 0), coalesce(p.pesel, '')"
        " FROM debt_account a JOIN participant p ON p.id = a.participant_id"
        " JOIN housing_coop h ON h.id = a.housing_coop_id"
        " LEFT JOIN (SELECT account_id, sum(amount) AS balance,"
        "            sum(CASE WHEN kind = 'opening' THEN amount ELSE 0 END) AS opening"
        "            FROM debt_entry WHERE date <= ?1 GROUP BY account_id) b ON b.account_id = a.id"
        " ORDER BY p.last_name COLLATE pl, p.first_name COLLATE pl, a.id");
    st.bind(1, on);
    const QString needle = foldForSearch(search.trimmed());
    QList<DebtorRow> rows;
    while (st.step()) {
        DebtorRow row{st.int64(0),
                      st.int64(1),
                      st.text(2),
                      st.text(3),
                      st.text(4),
                      st.text(5),
                      Money::fromGrosze(st.int64(6)),
                      Money::fromGrosze(st.int64(7))};
        if (!needle.isEmpty()) {
            const QString haystack = foldForSearch(row.participantName + u' ' + st.text(8) + u' ' + row.accountNumber +
                                                   u' ' + row.flat + u' ' + row.housingCoopName);
            if (!haystack.contains(needle)) {
                continue;
            }
        }
        rows.append(row);
    }
    return rows;
}

QList<ActivityWindows> DebtAccountRepository::activity(const QList<qint64>& participantIds, const QDate& on)
{
    QList<ActivityWindows> result;
    const QDate lastStart = on.addDays(-29);   // (on-30, on]
    const QDate beforeStart = on.addDays(-59); // (on-60, on-30]
    Statement& marks = m_db.cached("SELECT sum(s.date < ?2), sum(s.date < ?2 AND a.status = 'present'),"
                                   " sum(s.date >= ?2), sum(s.date >= ?2 AND a.status = 'present')"
                                   " FROM attendance a JOIN session s ON s.id = a.session_id"
                                   " WHERE a.participant_id = ?1 AND s.date BETWEEN ?3 AND ?4");
    Statement& hours = m_db.cached("SELECT coalesce(sum(CASE WHEN date < ?2 THEN minutes END), 0),"
                                   " coalesce(sum(CASE WHEN date >= ?2 THEN minutes END), 0)"
                                   " FROM work_hours WHERE participant_id = ?1 AND date BETWEEN ?3 AND ?4");
    for (qint64 id : participantIds) {
        ActivityWindows w;
        w.participantId = id;
        marks.reset();
        marks.bind(1, id).bind(2, lastStart).bind(3, beforeStart).bind(4, on);
        if (marks.step()) {
            w.marksBefore = marks.integer(0);
            w.presentBefore = marks.integer(1);
            w.marksLast = marks.integer(2);
            w.presentLast = marks.integer(3);
        }
        marks.reset();
        hours.reset();
        hours.bind(1, id).bind(2, lastStart).bind(3, beforeStart).bind(4, on);
        if (hours.step()) {
            w.minutesBefore = hours.int64(0);
            w.minutesLast = hours.int64(1);
        }
        hours.reset();
        result.append(w);
    }
    return result;
}

QList<std::pair<qint64, QString>> DebtAccountRepository::participantsWithoutAccount()
{
    Statement& st = m_db.cached("SELECT p.id, p.last_name || ' ' || p.first_name FROM participant p"
                                " WHERE NOT EXISTS (SELECT 1 FROM debt_account a WHERE a.participant_id = p.id)"
                                " ORDER BY p.last_name COLLATE pl, p.first_name COLLATE pl");
    QList<std::pair<qint64, QString>> list;
    while (st.step()) {
        list.append({st.int64(0), st.text(1)});
    }
    return list;
}

std::optional<DebtAccountRepository::EntryFacts> DebtAccountRepository::entryFacts(qint64 participantId)
{
    Statement& st = m_db.cached("SELECT arrears_at_entry, recruited_on, housing_coop_id FROM participant WHERE id = ?");
    st.bind(1, participantId);
    if (!st.step()) {
        return std::nullopt;
    }
    EntryFacts facts{Money::fromGrosze(st.int64(0)), st.date(1), st.optInt64(2)};
    st.reset();
    return facts;
}

QList<EmploymentTerms> DebtAccountRepository::employments(qint64 participantId)
{
    Statement& st = m_db.cached(
        "SELECT c.name, e.start_date, e.end_date, coalesce(e.hourly_rate, 0), coalesce(e.deduction_kind, ''),"
        " coalesce(e.deduction_value, 0) FROM employment e JOIN social_coop c ON c.id = e.social_coop_id"
        " WHERE e.participant_id = ? ORDER BY e.start_date, e.id");
    st.bind(1, participantId);
    QList<EmploymentTerms> list;
    while (st.step()) {
        list.append({st.text(0), st.date(1), st.date(2), Money::fromGrosze(st.int64(3)), st.text(4), st.int64(5)});
    }
    return list;
}

} // namespace osiedle::core
