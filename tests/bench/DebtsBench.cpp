// The ledger figures of issue 6 in a demo file: the first page of the ledger as the ledger view
// asks for it (≤ 100 ms) — the whole ledger and one account's ledger with its running balance —
// and the balance of one account on a date (≤ 5 ms). Each is measured next to the same SQL run
// bare through the SQLite C API in the same run (the baseline).
#include "Bench.h"
#include "core/storage/Database.h"
#include "core/storage/LedgerRepository.h"

#include <functional>
#include <memory>
#include <sqlite3.h>

using namespace osiedle;

namespace {

constexpr int kPage = 200; // LedgerModel::PageSize (the core library has no widgets to ask)

std::unique_ptr<core::Database> openDemo(int scale)
{
    auto opened = core::Database::open(bench::demoFile(scale));
    if (!opened) {
        qFatal("cannot open the demo file: %s", qPrintable(opened.error().message));
    }
    return std::move(opened.value());
}

/// Prepares `sql`, binds it with `bind`, steps it to the end reading every column, finalizes.
int bare(sqlite3* db, const char* sql, const std::function<void(sqlite3_stmt*)>& bind)
{
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &st, nullptr) != SQLITE_OK) {
        qFatal("bare SQL: %s", sqlite3_errmsg(db));
    }
    bind(st);
    int rows = 0;
    while (sqlite3_step(st) == SQLITE_ROW) {
        for (int c = 0; c < sqlite3_column_count(st); ++c) {
            sqlite3_column_text(st, c);
        }
        ++rows;
    }
    sqlite3_finalize(st);
    return rows;
}

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

void ledgerFirstPage(int scale)
{
    auto db = openDemo(scale);
    const qint64 entries = db->scalar("SELECT count(*) FROM debt_entry");
    core::LedgerRepository ledger(*db);
    const auto samples = bench::sample(25, [&] {
        if (ledger.page({}, std::nullopt, kPage).size() != kPage) {
            qFatal("short page");
        }
    });
    const QByteArray sql = QByteArray(kPageSql) + " ORDER BY e.date DESC, e.id DESC LIMIT 200";
    const auto floor = bench::sample(25, [&] { bare(db->handle(), sql.constData(), [](sqlite3_stmt*) {}); });
    bench::report(QStringLiteral("debts/whole ledger, first page of %1, scale %2 (%3 entries; target 100 ms)")
                      .arg(kPage)
                      .arg(scale)
                      .arg(entries),
                  samples, QStringLiteral("bare SQL"), floor);
}

void accountFirstPage(int scale)
{
    auto db = openDemo(scale);
    const auto busiest = busiestAccount(*db);
    const qint64 account = busiest.first;
    const QDate last = busiest.second;
    const qint64 entries =
        db->scalar("SELECT count(*) FROM debt_entry WHERE account_id = " + QByteArray::number(account));
    core::LedgerRepository ledger(*db);
    core::LedgerFilter filter;
    filter.accountId = account;
    const auto samples = bench::sample(50, [&] {
        const QList<core::LedgerRow> rows = ledger.page(filter, std::nullopt, kPage);
        if (rows.isEmpty() || !rows.first().balanceAfter) {
            qFatal("no running balance");
        }
    });
    const QByteArray sql = QByteArray(kPageSql) + " WHERE e.account_id = ?1 ORDER BY e.date DESC, e.id DESC LIMIT 200";
    const QByteArray iso = last.toString(Qt::ISODate).toLatin1();
    const auto floor = bench::sample(50, [&] {
        bare(db->handle(), sql.constData(), [&](sqlite3_stmt* st) { sqlite3_bind_int64(st, 1, account); });
        bare(db->handle(),
             "SELECT coalesce(sum(amount), 0) FROM debt_entry WHERE account_id = ?1 AND date <= ?2"
             " AND (date < ?2 OR id <= (SELECT max(id) FROM debt_entry WHERE account_id = ?1 AND date = ?2))",
             [&](sqlite3_stmt* st) {
                 sqlite3_bind_int64(st, 1, account);
                 sqlite3_bind_text(st, 2, iso.constData(), static_cast<int>(iso.size()), SQLITE_STATIC);
             });
    });
    bench::report(
        QStringLiteral("debts/one account's ledger with running balance, first page, scale %1 (%2 entries; target "
                       "100 ms)")
            .arg(scale)
            .arg(entries),
        samples, QStringLiteral("bare SQL"), floor);
}

void balanceOnDate(int scale)
{
    auto db = openDemo(scale);
    const auto busiest = busiestAccount(*db);
    const qint64 account = busiest.first;
    const QDate date = busiest.second.addMonths(-6);
    core::LedgerRepository ledger(*db);
    const auto samples = bench::sample(200, [&] { ledger.balanceOn(account, date); });
    const QByteArray iso = date.toString(Qt::ISODate).toLatin1();
    const auto floor = bench::sample(200, [&] {
        bare(db->handle(), "SELECT coalesce(sum(amount), 0) FROM debt_entry WHERE account_id = ? AND date <= ?",
             [&](sqlite3_stmt* st) {
                 sqlite3_bind_int64(st, 1, account);
                 sqlite3_bind_text(st, 2, iso.constData(), static_cast<int>(iso.size()), SQLITE_STATIC);
             });
    });
    bench::report(QStringLiteral("debts/balance of one account on a date, scale %1 (target 5 ms)").arg(scale), samples,
                  QStringLiteral("bare SQL"), floor);
}

} // namespace

OSIEDLE_BENCHMARK("debts/ledger first page")
{
    ledgerFirstPage(1);
    ledgerFirstPage(100);
    accountFirstPage(1);
    accountFirstPage(100);
}

OSIEDLE_BENCHMARK("debts/balance on a date")
{
    balanceOnDate(1);
    balanceOnDate(100);
}
