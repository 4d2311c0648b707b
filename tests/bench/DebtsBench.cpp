// The ledger figures of issue 6: the first page of the ledger as the ledger view asks for it
// (≤ 100 ms) — the whole ledger and one account's ledger with its running balance — and the
// balance of one account on a date (≤ 5 ms), in the scale-1 and scale-100 demo files and in a
// copy of the scale-100 file whose ledger is padded past a million entries. Each is measured
// next to the same SQL run bare through the SQLite C API (prepared once) in the same run.
#include "Bench.h"
#include "core/storage/Database.h"
#include "core/storage/LedgerRepository.h"

#include <functional>
#include <memory>
#include <sqlite3.h>

using namespace osiedle;

namespace {

constexpr int kPage = 200; // LedgerModel::PageSize (the core library has no widgets to ask)

std::unique_ptr<core::Database> openDemo(int scale, bool fresh)
{
    auto opened = core::Database::open(bench::demoFile(scale, fresh));
    if (!opened) {
        qFatal("cannot open the demo file: %s", qPrintable(opened.error().message));
    }
    return std::move(opened.value());
}

/// One SQL statement run bare through the SQLite C API: prepared once (as the repositories
/// cache theirs), then bound, stepped to the end reading every column, and reset on each run.
class Bare {
public:
    Bare(sqlite3* db, const char* sql)
    {
        if (sqlite3_prepare_v2(db, sql, -1, &m_st, nullptr) != SQLITE_OK) {
            qFatal("bare SQL: %s", sqlite3_errmsg(db));
        }
    }
    ~Bare() { sqlite3_finalize(m_st); }
    Bare(const Bare&) = delete;
    Bare& operator=(const Bare&) = delete;

    int run(const std::function<void(sqlite3_stmt*)>& bind = {})
    {
        sqlite3_reset(m_st);
        sqlite3_clear_bindings(m_st);
        if (bind) {
            bind(m_st);
        }
        int rows = 0;
        while (sqlite3_step(m_st) == SQLITE_ROW) {
            for (int c = 0; c < sqlite3_column_count(m_st); ++c) {
                sqlite3_column_text(m_st, c);
            }
            ++rows;
        }
        return rows;
    }

private:
    sqlite3_stmt* m_st = nullptr;
};

constexpr const char* kPageSql =
    "SELECT e.id, e.account_id, e.date, e.kind, e.amount, e.note, coalesce(e.wage_month, ''), a.account_number,"
    " p.last_name || ' ' || p.first_name FROM debt_entry e JOIN debt_account a ON a.id = e.account_id"
    " JOIN participant p ON p.id = a.participant_id";

/// The account with the most entries (the longest ledger), and its latest entry date.
std::pair<qint64, QDate> busiestAccount(core::Database& db)
{
    const qint64 account =
        db.scalar("SELECT account_id FROM debt_entry GROUP BY account_id ORDER BY count(*) DESC, account_id LIMIT 1");
    core::Statement last = db.prepare("SELECT max(date) FROM debt_entry WHERE account_id = ?");
    last.bind(1, account);
    last.step();
    return {account, last.date(0)};
}

/// A demo file to measure: `scale`, and with `extraYears` the ledger copied that many years on
/// (every entry once more per year, so a scale-100 file passes a million entries).
struct Subject {
    std::unique_ptr<core::Database> db;
    QString label;
};

Subject subject(int scale, int extraYears = 0)
{
    Subject s;
    s.db = openDemo(scale, extraYears > 0);
    for (int year = 1; year <= extraYears; ++year) {
        s.db->exec("INSERT INTO debt_entry (account_id, date, kind, amount, note) SELECT account_id, date(date, '+" +
                   QByteArray::number(3 * year) +
                   " years'), kind, amount, note FROM debt_entry WHERE wage_month IS NULL"
                   " AND id % 4 = 0");
    }
    s.label = QStringLiteral("scale %1%2, %3 entries")
                  .arg(scale)
                  .arg(extraYears > 0 ? QStringLiteral(" padded") : QString())
                  .arg(s.db->scalar("SELECT count(*) FROM debt_entry"));
    return s;
}

void ledgerFirstPage(const Subject& s)
{
    core::LedgerRepository ledger(*s.db);
    const auto samples = bench::sample(25, [&] {
        if (ledger.page({}, std::nullopt, kPage).size() != kPage) {
            qFatal("short page");
        }
    });
    Bare page(s.db->handle(), (QByteArray(kPageSql) + " ORDER BY e.date DESC, e.id DESC LIMIT 200").constData());
    const auto floor = bench::sample(25, [&] { page.run(); });
    bench::report(QStringLiteral("debts/whole ledger, first page of %1 (%2; target 100 ms)").arg(kPage).arg(s.label),
                  samples, QStringLiteral("bare SQL"), floor);
}

void accountFirstPage(const Subject& s)
{
    const auto busiest = busiestAccount(*s.db);
    const qint64 account = busiest.first;
    const QByteArray last = busiest.second.toString(Qt::ISODate).toLatin1();
    core::LedgerRepository ledger(*s.db);
    core::LedgerFilter filter;
    filter.accountId = account;
    const auto samples = bench::sample(50, [&] {
        const QList<core::LedgerRow> rows = ledger.page(filter, std::nullopt, kPage);
        if (rows.isEmpty() || !rows.first().balanceAfter) {
            qFatal("no running balance");
        }
    });
    Bare page(
        s.db->handle(),
        (QByteArray(kPageSql) + " WHERE e.account_id = ?1 ORDER BY e.date DESC, e.id DESC LIMIT 200").constData());
    Bare balance(s.db->handle(), "SELECT coalesce(sum(amount), 0) FROM debt_entry WHERE account_id = ?1 AND date <= ?2"
                                 " AND (date < ?2 OR id <= (SELECT max(id) FROM debt_entry WHERE account_id = ?1"
                                 " AND date = ?2))");
    const auto floor = bench::sample(50, [&] {
        page.run([&](sqlite3_stmt* st) { sqlite3_bind_int64(st, 1, account); });
        balance.run([&](sqlite3_stmt* st) {
            sqlite3_bind_int64(st, 1, account);
            sqlite3_bind_text(st, 2, last.constData(), static_cast<int>(last.size()), SQLITE_STATIC);
        });
    });
    bench::report(
        QStringLiteral("debts/one account's ledger with running balance, first page (%1, the longest ledger "
                       "%2 entries; target 100 ms)")
            .arg(s.label)
            .arg(s.db->scalar("SELECT count(*) FROM debt_entry WHERE account_id = " + QByteArray::number(account))),
        samples, QStringLiteral("bare SQL"), floor);
}

void balanceOnDate(const Subject& s)
{
    const auto busiest = busiestAccount(*s.db);
    const qint64 account = busiest.first;
    const QDate date = busiest.second.addMonths(-6);
    core::LedgerRepository ledger(*s.db);
    const auto samples = bench::sample(200, [&] { ledger.balanceOn(account, date); });
    const QByteArray iso = date.toString(Qt::ISODate).toLatin1();
    Bare sum(s.db->handle(), "SELECT coalesce(sum(amount), 0) FROM debt_entry WHERE account_id = ? AND date <= ?");
    const auto floor = bench::sample(200, [&] {
        sum.run([&](sqlite3_stmt* st) {
            sqlite3_bind_int64(st, 1, account);
            sqlite3_bind_text(st, 2, iso.constData(), static_cast<int>(iso.size()), SQLITE_STATIC);
        });
    });
    bench::report(QStringLiteral("debts/balance of one account on a date (%1; target 5 ms)").arg(s.label), samples,
                  QStringLiteral("bare SQL"), floor);
}

} // namespace

OSIEDLE_BENCHMARK("debts/ledger")
{
    for (const auto& [scale, extraYears] : {std::pair{1, 0}, std::pair{100, 0}, std::pair{100, 1}}) {
        const Subject s = subject(scale, extraYears);
        ledgerFirstPage(s);
        accountFirstPage(s);
        balanceOnDate(s);
    }
}
