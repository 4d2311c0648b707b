// The ledger figures: the first page of the ledger as the ledger view asks for it (≤ 100 ms) —
// the whole ledger and one account's ledger with its running balance — and the balance of one
// account on a date (≤ 5 ms), in the scale-1 and scale-100 demo files and in a copy of the
// scale-100 file whose ledger is padded past a million entries; each next to its floor.
#include "Bench.h"
#include "Floor.h"
#include "FloorConnection.h"
#include "core/storage/Database.h"
#include "core/storage/LedgerRepository.h"

#include <memory>

using namespace osiedle;

namespace {

constexpr int kPage = 200; // LedgerModel::PageSize (the core library has no widgets to ask)

std::unique_ptr<core::Database> openDemo(const QString& path)
{
    auto opened = core::Database::open(path);
    if (!opened) {
        qFatal("cannot open the demo file: %s", qPrintable(opened.error().message));
    }
    return std::move(opened.value());
}

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
    std::unique_ptr<bench::FloorConnection> floor;
    QString label;
};

Subject subject(int scale, int extraYears = 0)
{
    Subject s;
    const QString path = extraYears > 0 ? bench::demoCopy(scale) : bench::demoFile(scale);
    s.db = openDemo(path);
    s.floor = std::make_unique<bench::FloorConnection>(path);
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
    bench::Floor floor(*s.floor, QStringLiteral("ledger-page"));
    const auto samples = bench::sampleBoth(
        25,
        [&] {
            if (ledger.page({}, std::nullopt, kPage).size() != kPage) {
                qFatal("short page");
            }
        },
        [&] { floor.run(); });
    bench::figure(QStringLiteral("debts/whole ledger, first page of %1 (%2)").arg(kPage).arg(s.label), samples,
                  floor.description(), {1.5, 100});
}

void accountFirstPage(const Subject& s)
{
    const qint64 account = busiestAccount(*s.db).first;
    core::LedgerRepository ledger(*s.db);
    core::LedgerFilter filter;
    filter.accountId = account;
    bench::Floor floor(*s.floor, QStringLiteral("account-ledger"));
    floor.bind("account", account);
    const auto samples = bench::sampleBoth(
        50,
        [&] {
            const QList<core::LedgerRow> rows = ledger.page(filter, std::nullopt, kPage);
            if (rows.isEmpty() || !rows.first().balanceAfter) {
                qFatal("no running balance");
            }
        },
        [&] { floor.run(); });
    bench::figure(
        QStringLiteral("debts/one account's ledger with running balance, first page (%1, the longest "
                       "ledger %2 entries)")
            .arg(s.label)
            .arg(s.db->scalar("SELECT count(*) FROM debt_entry WHERE account_id = " + QByteArray::number(account))),
        samples, floor.description(), {1.5, 100});
}

void balanceOnDate(const Subject& s)
{
    const auto busiest = busiestAccount(*s.db);
    const qint64 account = busiest.first;
    const QDate date = busiest.second.addMonths(-6);
    core::LedgerRepository ledger(*s.db);
    bench::Floor floor(*s.floor, QStringLiteral("account-balance"));
    floor.bind("account", account).bind("day", date);
    const auto samples = bench::sampleBoth(
        200, [&] { ledger.balanceOn(account, date); }, [&] { floor.run(); });
    bench::figure(QStringLiteral("debts/balance of one account on a date (%1)").arg(s.label), samples,
                  floor.description(), {1.5, 5});
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
