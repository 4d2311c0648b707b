#include "core/domain/ArrearsMonths.h"
#include "core/storage/LedgerRepository.h"
#include "core/storage/StorageError.h"
#include "support/QtStringMakers.h"
#include "support/TempProject.h"
#include "tests/core/DebtTestData.h"

using namespace osiedle;
using core::DebtEntryKind;
using test::d;
using test::zl;

TEST_CASE("The balance on a date is the sum of the entries up to and including that date", "[debts][ledger]")
{
    test::TempProject project;
    test::DebtWorld world(project.db());
    const qint64 account = world.tenant("Kowalska", d("2012-01-15"), zl(3000));
    world.post(account, d("2012-02-01"), DebtEntryKind::Charge, zl(450.50));
    world.post(account, d("2012-02-10"), DebtEntryKind::Payment, zl(300));
    world.post(account, d("2012-02-10"), DebtEntryKind::HousingAllowance, zl(120.25));
    world.post(account, d("2012-03-01"), DebtEntryKind::Charge, zl(450.50));
    world.post(account, d("2012-03-05"), DebtEntryKind::Correction, zl(-10), QStringLiteral("double charge of water"));
    world.post(account, d("2012-03-20"), DebtEntryKind::WriteOff, zl(500));
    world.post(account, d("2012-03-31"), DebtEntryKind::Interest, zl(12.34));

    core::LedgerRepository ledger(project.db());
    const auto [date, expected] = GENERATE(table<const char*, qint64>({
        {"2012-01-14", 0},                 // before the account opened
        {"2012-01-15", 300000},            // the opening entry
        {"2012-02-01", 345050},
        {"2012-02-09", 345050},
        {"2012-02-10", 303025},
        {"2012-03-04", 348075},
        {"2012-03-05", 347075},
        {"2012-03-31", 298309},
        {"2020-01-01", 298309},
    }));
    INFO(date);
    CHECK(ledger.balanceOn(account, d(date)).grosze() == expected);
    CHECK(ledger.atEntry(account) == zl(3000));
}

TEST_CASE("Entries whose sign contradicts their kind are refused with a message", "[debts][ledger]")
{
    test::TempProject project;
    test::DebtWorld world(project.db());
    const qint64 account = world.tenant("Nowak", d("2012-01-15"), zl(100));
    auto payment = world.ledger().post({0, account, d("2012-02-01"), DebtEntryKind::Payment, zl(50), {}, {}});
    REQUIRE_FALSE(payment.ok());
    CHECK(payment.error().message.contains(QStringLiteral("lowers the arrears")));
    auto correction = world.ledger().post({0, account, d("2012-02-01"), DebtEntryKind::Correction, zl(50), {}, {}});
    REQUIRE_FALSE(correction.ok());
    CHECK(correction.error().message.contains(QStringLiteral("note")));
    auto zero = world.ledger().post({0, account, d("2012-02-01"), DebtEntryKind::Charge, zl(0), {}, {}});
    CHECK_FALSE(zero.ok());
    CHECK(project.db().scalar("SELECT count(*) FROM debt_entry") == 1);
}

TEST_CASE("Months in arrears count the full monthly charges the arrears cover", "[debts][ledger]")
{
    SECTION("the rule")
    {
        const auto [balance, charge, months] = GENERATE(table<qint64, qint64, int>({
            {0, 50000, 0},
            {-1000, 50000, 0},
            {49999, 50000, 0},
            {50000, 50000, 1},
            {149999, 50000, 2},
            {150000, 50000, 3},
        }));
        CHECK(core::monthsInArrears(core::Money::fromGrosze(balance), core::Money::fromGrosze(charge)) == months);
        CHECK_FALSE(core::monthsInArrears(core::Money::fromGrosze(100), core::Money()).has_value());
    }
    SECTION("with the charge of the latest charged month")
    {
        test::TempProject project;
        test::DebtWorld world(project.db());
        const qint64 account = world.tenant("Wiśniewska", d("2012-01-10"), zl(1000));
        world.post(account, d("2012-01-31"), DebtEntryKind::Charge, zl(300));
        world.post(account, d("2012-02-29"), DebtEntryKind::Charge, zl(350));
        world.post(account, d("2012-02-29"), DebtEntryKind::Charge, zl(50)); // water, same month
        core::LedgerRepository ledger(project.db());
        CHECK(ledger.monthlyCharge(account, d("2012-02-15")) == zl(300));
        CHECK(ledger.monthlyCharge(account, d("2012-03-15")) == zl(400));
        const core::Money balance = ledger.balanceOn(account, d("2012-03-15"));
        CHECK(balance == zl(1700));
        CHECK(core::monthsInArrears(balance, ledger.monthlyCharge(account, d("2012-03-15"))) == 4);
    }
}

TEST_CASE("The ledger pages newest first by keyset, with the running balance of one account", "[debts][ledger]")
{
    test::TempProject project;
    test::DebtWorld world(project.db());
    const qint64 a = world.tenant("Adamska", d("2012-01-01"), zl(1000));
    const qint64 b = world.tenant("Bąk", d("2012-01-01"), zl(500));
    for (int month = 1; month <= 12; ++month) {
        world.post(a, QDate(2012, month, 5), DebtEntryKind::Charge, zl(100));
        world.post(a, QDate(2012, month, 5), DebtEntryKind::Payment, zl(150));
        world.post(b, QDate(2012, month, 7), DebtEntryKind::Charge, zl(80));
    }
    core::LedgerRepository ledger(project.db());
    core::LedgerFilter all;
    CHECK(ledger.count(all) == 38);
    QList<core::LedgerRow> seen;
    std::optional<core::LedgerKey> after;
    for (;;) {
        const QList<core::LedgerRow> page = ledger.page(all, after, 10);
        if (page.isEmpty()) {
            break;
        }
        seen += page;
        after = core::LedgerKey{page.last().entry.date, page.last().entry.id};
    }
    REQUIRE(seen.size() == 38);
    for (qsizetype i = 1; i < seen.size(); ++i) {
        const auto& prev = seen[i - 1].entry;
        const auto& cur = seen[i].entry;
        CHECK((prev.date > cur.date || (prev.date == cur.date && prev.id > cur.id)));
    }
    CHECK(seen.first().participantName == QStringLiteral("Bąk Anna"));

    core::LedgerFilter one;
    one.accountId = a;
    const QList<core::LedgerRow> first = ledger.page(one, std::nullopt, 5);
    REQUIRE(first.size() == 5);
    CHECK(first[0].balanceAfter == ledger.balanceOn(a, d("2012-12-31")));
    CHECK(*first[0].balanceAfter == zl(400));
    CHECK(*first[1].balanceAfter == zl(550)); // before the December payment
    const QList<core::LedgerRow> second =
        ledger.page(one, core::LedgerKey{first.last().entry.date, first.last().entry.id}, 5);
    REQUIRE(!second.isEmpty());
    CHECK(*second[0].balanceAfter == *first.last().balanceAfter - first.last().entry.amount);

    one.kind = DebtEntryKind::Payment;
    CHECK(ledger.count(one) == 12);
}

TEST_CASE("An account is opened with its arrears at entry once per participant and SM", "[debts][ledger]")
{
    test::TempProject project;
    test::DebtWorld world(project.db());
    qint64 participant = 0;
    const qint64 account = world.tenant("Zając", d("2012-04-02"), zl(2500.10), &participant);
    CHECK(project.db().scalar("SELECT count(*) FROM debt_entry WHERE kind = 'opening' AND amount = 250010") == 1);
    core::DebtAccount again;
    again.participantId = participant;
    again.housingCoopId = 1;
    again.openedOn = d("2012-05-01");
    auto second = world.ledger().openAccount(again, zl(1));
    REQUIRE_FALSE(second.ok());
    CHECK(second.error().message.contains(QStringLiteral("already has a debt account")));
    CHECK(account > 0);
}
