#include "core/io/LedgerImport.h"

#include "core/io/CsvReader.h"
#include "core/storage/LedgerRepository.h"
#include "support/Cp1250.h"
#include "support/QtStringMakers.h"
#include "support/TableDump.h"
#include "support/TempProject.h"
#include "tests/core/DebtTestData.h"

#include <QFile>

using namespace osiedle;
using core::DebtEntryKind;
using core::Money;
using test::d;
using test::zl;

namespace {

/// Two tenants of SM Przyszłość: account K/1 (Kowalska, 3 000 zł at entry) and K/2 (Nowak,
/// 500 zł), both opened on 10 January 2012.
struct LedgerFixture {
    test::TempProject project;
    test::DebtWorld world{project.db()};
    qint64 kowalska = world.tenant("Kowalska", d("2012-01-10"), zl(3000));
    qint64 nowak = world.tenant("Nowak", d("2012-01-10"), zl(500));

    core::LedgerImportSummary import(const QByteArray& bytes, bool dryRun = false)
    {
        const auto table = core::CsvReader::parse(bytes);
        REQUIRE(table.ok());
        const auto summary = core::LedgerImport::run(project.db(), *table, dryRun, &world.changes());
        INFO((summary.ok() ? std::string() : summary.error().message.toStdString()));
        REQUIRE(summary.ok());
        return *summary;
    }

    static QStringList texts(const core::LedgerImportSummary& summary)
    {
        QStringList list;
        for (const auto& p : summary.problems) {
            list.append(p.text());
        }
        return list;
    }

    QList<core::DebtEntry> entries(qint64 account)
    {
        core::LedgerFilter filter;
        filter.accountId = account;
        QList<core::DebtEntry> list;
        for (const core::LedgerRow& row : core::LedgerRepository(project.db()).page(filter, std::nullopt, 100)) {
            list.prepend(row.entry);
        }
        return list;
    }
};

} // namespace

TEST_CASE("A ledger is imported whatever the encoding, delimiter and column titles", "[debts][import]")
{
    LedgerFixture f;
    const QString polish = QStringLiteral("Nr konta;Data;Rodzaj;Kwota;Uwagi\r\n"
                                          "K/1;01.02.2012;naliczenie;1 234,56;Opłaty za luty\r\n"
                                          "K/1;15.02.2012;Wpłata;200,00;\r\n"
                                          "K/2;20.02.2012;dodatek mieszkaniowy;120,25;\r\n"
                                          "K/1;29.02.2012;korekta;-34,56;Śmieci naliczone podwójnie\r\n"
                                          "K/2;29.02.2012;umorzenie;50;\r\n");
    const QString english = QStringLiteral("account,date,kind,amount,note\n"
                                           "K/1,2012-02-01,charge,\"1 234,56\",Opłaty za luty\n"
                                           "K/1,2012-02-15,payment,200.00,\n"
                                           "K/2,2012-02-20,housing_allowance,120.25,\n"
                                           "K/1,2012-02-29,Correction,\"-34,56\",Śmieci naliczone podwójnie\n"
                                           "K/2,2012-02-29,write-off,50,\n");
    const auto [bytes, encoding, delimiter] = GENERATE_COPY(table<QByteArray, core::TextEncoding, char>({
        {polish.toUtf8(), core::TextEncoding::Utf8, ';'},
        {QByteArray("\xEF\xBB\xBF") + polish.toUtf8(), core::TextEncoding::Utf8WithBom, ';'},
        {test::toCp1250(polish), core::TextEncoding::Windows1250, ';'},
        {english.toUtf8(), core::TextEncoding::Utf8, ','},
        {QByteArray("\xEF\xBB\xBF") + english.toUtf8(), core::TextEncoding::Utf8WithBom, ','},
        {test::toCp1250(english), core::TextEncoding::Windows1250, ','},
    }));
    const auto table = core::CsvReader::parse(bytes);
    REQUIRE(table.ok());
    CHECK(table->encoding == encoding);
    CHECK(table->delimiter == QLatin1Char(delimiter));

    const auto summary = f.import(bytes);
    CHECK(f.texts(summary).isEmpty());
    CHECK(summary.written);
    CHECK(summary.rows == 5);
    CHECK(summary.accounts == 2);
    REQUIRE(summary.entries.size() == 5);
    CHECK(summary.entries[0].id > 0);

    const auto kowalska = f.entries(f.kowalska);
    REQUIRE(kowalska.size() == 4); // with the arrears at entry
    CHECK(kowalska[1].kind == DebtEntryKind::Charge);
    CHECK(kowalska[1].amount == zl(1234.56));
    CHECK(kowalska[1].note == QStringLiteral("Opłaty za luty"));
    CHECK(kowalska[2].kind == DebtEntryKind::Payment);
    CHECK(kowalska[2].amount == zl(-200));
    CHECK(kowalska[2].date == d("2012-02-15"));
    CHECK(kowalska[3].kind == DebtEntryKind::Correction);
    CHECK(kowalska[3].amount == zl(-34.56));
    CHECK(kowalska[3].note == QStringLiteral("Śmieci naliczone podwójnie"));
    const auto nowak = f.entries(f.nowak);
    REQUIRE(nowak.size() == 3);
    CHECK(nowak[1].kind == DebtEntryKind::HousingAllowance);
    CHECK(nowak[1].amount == zl(-120.25));
    CHECK(nowak[2].kind == DebtEntryKind::WriteOff);
    CHECK(nowak[2].amount == zl(-50));

    core::LedgerRepository ledger(f.project.db());
    CHECK(ledger.balanceOn(f.kowalska, d("2012-02-29")) == zl(3000 + 1234.56 - 200 - 34.56));
    CHECK(ledger.balanceOn(f.nowak, d("2012-02-29")) == zl(500 - 120.25 - 50));
}

TEST_CASE("A dry run of the ledger import checks everything and writes nothing", "[debts][import]")
{
    LedgerFixture f;
    const QByteArray before = test::tableDump(f.project.db());
    const auto summary = f.import("account;date;kind;amount;note\n"
                                  "K/1;2012-02-01;charge;400;\n"
                                  "K/2;2012-02-01;charge;300;\n"
                                  "K/2;2012-02-11;interest;3,10;\n",
                                  true);
    CHECK(f.texts(summary).isEmpty());
    CHECK_FALSE(summary.written);
    CHECK(summary.entries.size() == 3);
    CHECK(summary.accounts == 2);
    CHECK(test::tableDump(f.project.db()) == before);
}

TEST_CASE("Every problem of a ledger file is listed with row, column and value, and nothing is written",
          "[debts][import]")
{
    LedgerFixture f;
    const QByteArray before = test::tableDump(f.project.db());
    const auto summary = f.import("Nr konta;Data;Rodzaj;Kwota;Uwagi\n"
                                  "K/1;2012-02-01;naliczenie;400,00;\n"         // row 2: right
                                  "K/999;2012-02-01;naliczenie;400,00;\n"       // row 3
                                  "K/1;31.02.2012;wpłata;100;\n"                // row 4
                                  "K/1;2012/03/01;wpłata;100;\n"                // row 5
                                  "K/1;2012-03-01;przelew;100;\n"               // row 6
                                  "K/1;2012-03-01;wpłata;sto złotych;\n"        // row 7
                                  "K/1;2012-03-01;wpłata;0,00;\n"               // row 8
                                  "K/1;2012-03-01;wpłata;-100,00;\n"            // row 9
                                  "K/1;2012-03-01;korekta;-12,00;\n"            // row 10
                                  "K/1;2012-03-01;naliczenie\n"                 // row 11
                                  "K/2;2011-12-31;naliczenie;300;\n"            // row 12
                                  "K/2;2012-03-01;opening;300;\n"               // row 13
                                  "K/2;2012-03-01;naliczenie;300;luty;marzec\n" // row 14
                                  ";;odsetki;12,001;\n");                       // row 15
    CHECK_FALSE(summary.written);
    CHECK(summary.entries.isEmpty());
    CHECK(f.texts(summary) ==
          QStringList{
              QStringLiteral("row 3, column Nr konta, value \"K/999\": no debt account has this number"),
              QStringLiteral("row 4, column Data, value \"31.02.2012\": no such date"),
              QStringLiteral("row 5, column Data, value \"2012/03/01\": expected a date YYYY-MM-DD or DD.MM.YYYY"),
              QStringLiteral("row 6, column Rodzaj, value \"przelew\": not a kind of entry; write charge, payment, "
                             "wage_payment, housing_allowance, write_off, interest or correction"),
              QStringLiteral("row 7, column Kwota, value \"sto złotych\": \"sto złotych\" is not an amount"),
              QStringLiteral("row 8, column Kwota, value \"0,00\": the amount must not be zero"),
              QStringLiteral("row 9, column Kwota, value \"-100,00\": only a correction may be negative; give the "
                             "amount without a minus (the kind says whether it raises or lowers the arrears), or "
                             "import a reversal as a correction with a note"),
              QStringLiteral("row 10, column Uwagi: a correction needs a note saying why"),
              QStringLiteral("row 11: the row has 3 of 5 columns (it is cut short)"),
              QStringLiteral("row 12, column Data, value \"2011-12-31\": before the account was opened on 10.01.2012"),
              QStringLiteral("row 13, column Rodzaj, value \"opening\": the arrears at entry are set when the account "
                             "is opened, not imported"),
              QStringLiteral("row 14: the row has 6 columns, the header 5"),
              QStringLiteral("row 15, column Nr konta: the account number is missing"),
              QStringLiteral("row 15, column Data: the date is missing"),
              QStringLiteral("row 15, column Kwota, value \"12,001\": \"12,001\": an amount has at most two decimal "
                             "places"),
          });
    REQUIRE(summary.problems.size() == 15);
    CHECK(summary.problems[0] == core::LedgerImportProblem{3, QStringLiteral("Nr konta"), QStringLiteral("K/999"),
                                                           QStringLiteral("no debt account has this number")});
    CHECK(test::tableDump(f.project.db()) == before);

    SECTION("the same rows without the wrong ones go in")
    {
        const auto fixed = f.import("Nr konta;Data;Rodzaj;Kwota;Uwagi\n"
                                    "K/1;2012-02-01;naliczenie;400,00;\n"
                                    "K/1;2012-03-01;korekta;-12,00;Podwójna woda\n");
        CHECK(f.texts(fixed).isEmpty());
        CHECK(fixed.written);
        CHECK(core::LedgerRepository(f.project.db()).balanceOn(f.kowalska, d("2012-03-01")) == zl(3388));
    }
}

TEST_CASE("A ledger file with a wrong header or no rows is refused as a whole", "[debts][import]")
{
    LedgerFixture f;
    const QByteArray before = test::tableDump(f.project.db());
    SECTION("missing, unknown and repeated columns")
    {
        const auto summary = f.import("konto;data;saldo;kwota;Kwota\nK/1;2012-02-01;10;400;400\n");
        CHECK(f.texts(summary) ==
              QStringList{
                  QStringLiteral("row 1, column kind: the column is missing (the columns are account, date, kind, "
                                 "amount, note, wage_month)"),
                  QStringLiteral("row 1, column saldo: not a column of a ledger (the columns are account, date, kind, "
                                 "amount, note, wage_month)"),
                  QStringLiteral("row 1, column Kwota: the column appears twice"),
              });
        CHECK(test::tableDump(f.project.db()) == before);
    }
    SECTION("a header without rows")
    {
        CHECK(f.texts(f.import("account;date;kind;amount;note\n")) ==
              QStringList{QStringLiteral("The file has a header but no rows.")});
        CHECK(test::tableDump(f.project.db()) == before);
    }
    SECTION("an empty file")
    {
        const QString path = f.project.dir() + QStringLiteral("/empty.csv");
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.close();
        const auto summary = core::LedgerImport::runFile(f.project.db(), path, false);
        REQUIRE(summary.ok());
        CHECK(f.texts(*summary) ==
              QStringList{QStringLiteral("empty.csv: The file is empty: there is no header row.")});
        CHECK(test::tableDump(f.project.db()) == before);
    }
    SECTION("an amount with a decimal comma not in quotes in a comma-separated file")
    {
        const auto summary = f.import("account,date,kind,amount,note\nK/1,2012-02-01,charge,1 234,56,\n");
        CHECK(f.texts(summary) ==
              QStringList{QStringLiteral("row 2: the row has 6 columns, the header 5 (an amount with a decimal comma "
                                         "must be in quotes)")});
        CHECK(test::tableDump(f.project.db()) == before);
    }
    SECTION("a delimiter at the end of every line is no extra column")
    {
        const auto summary = f.import("account;date;kind;amount;note;\nK/1;2012-02-01;charge;400;;\n");
        CHECK(f.texts(summary).isEmpty());
        CHECK(summary.written);
        CHECK(core::LedgerRepository(f.project.db()).balanceOn(f.kowalska, d("2012-02-01")) == zl(3400));
    }
}

TEST_CASE("A ledger file imported twice is refused the second time", "[debts][import]")
{
    LedgerFixture f;
    const QByteArray csv = "account;date;kind;amount;note\n"
                           "K/1;2012-02-10;payment;100;\n"
                           "K/1;2012-02-10;payment;100;\n" // two equal payments on a day are fine
                           "K/2;2012-02-10;charge;300;luty\n";
    REQUIRE(f.import(csv).written);
    CHECK(f.project.db().scalar("SELECT count(*) FROM debt_entry WHERE kind = 'payment'") == 2);
    const QByteArray after = test::tableDump(f.project.db());
    const auto again = f.import(csv);
    CHECK_FALSE(again.written);
    CHECK(f.texts(again) ==
          QStringList{
              QStringLiteral("row 2: the same entry is already in the ledger (was the file imported before?)"),
              QStringLiteral("row 3: the same entry is already in the ledger (was the file imported before?)"),
              QStringLiteral("row 4: the same entry is already in the ledger (was the file imported before?)"),
          });
    CHECK(test::tableDump(f.project.db()) == after);
}

TEST_CASE("A cancelled ledger import writes nothing", "[debts][import]")
{
    LedgerFixture f;
    QByteArray csv = "account;date;kind;amount;note\n";
    for (int i = 0; i < 1200; ++i) {
        csv += "K/1;" + QDate(2012, 2, 1).addDays(i).toString(Qt::ISODate).toLatin1() + ";charge;10;\n";
    }
    const auto table = core::CsvReader::parse(csv);
    REQUIRE(table.ok());
    const QByteArray before = test::tableDump(f.project.db());
    QList<std::pair<int, int>> calls;
    const auto stopWhileWriting = [&](int done, int total) {
        calls.append({done, total});
        return done < 1500;
    };
    const auto summary = core::LedgerImport::run(f.project.db(), *table, false, nullptr, stopWhileWriting);
    REQUIRE_FALSE(summary.ok());
    CHECK(summary.error().message == QStringLiteral("The import was cancelled; nothing was written."));
    CHECK(calls == QList<std::pair<int, int>>{{500, 2400}, {1000, 2400}, {1500, 2400}});
    CHECK(test::tableDump(f.project.db()) == before);

    QList<std::pair<int, int>> done;
    const auto written = core::LedgerImport::run(f.project.db(), *table, false, nullptr, [&](int n, int total) {
        done.append({n, total});
        return true;
    });
    REQUIRE(written.ok());
    CHECK(written->written);
    CHECK(done.last() == std::pair<int, int>{2400, 2400});
    CHECK(f.project.db().scalar("SELECT count(*) FROM debt_entry WHERE kind = 'charge'") == 1200);
}

TEST_CASE("Ledger kinds are read from keys, names and Polish words", "[debts][import]")
{
    const auto [text, kind] = GENERATE(table<const char*, DebtEntryKind>({
        {"charge", DebtEntryKind::Charge},
        {"Naliczenie", DebtEntryKind::Charge},
        {"opłata miesięczna", DebtEntryKind::Charge},
        {"WPŁATA", DebtEntryKind::Payment},
        {"wage_payment", DebtEntryKind::WagePayment},
        {"Payment from OSS wages", DebtEntryKind::WagePayment},
        {"wpłata z wynagrodzenia OSS", DebtEntryKind::WagePayment},
        {"Housing allowance", DebtEntryKind::HousingAllowance},
        {"write-off", DebtEntryKind::WriteOff},
        {"odsetki", DebtEntryKind::Interest},
        {"korekta", DebtEntryKind::Correction},
    }));
    INFO(text);
    CHECK(core::LedgerImport::parseKind(QString::fromUtf8(text)) == kind);
    CHECK_FALSE(core::LedgerImport::parseKind(QStringLiteral("przelew")).has_value());
    CHECK_FALSE(core::LedgerImport::parseKind(QString()).has_value());
}

TEST_CASE("An imported wage payment names its month of wages, and a month is deducted only once per account",
          "[debts][import]")
{
    LedgerFixture f;
    SECTION("a wage payment without the column or the month is refused")
    {
        const QByteArray before = test::tableDump(f.project.db());
        auto summary = f.import("konto;data;rodzaj;kwota\nK/1;10.03.2012;wpłata z wynagrodzenia;150\n");
        CHECK(f.texts(summary) ==
              QStringList{QStringLiteral("row 2, column rodzaj, value \"wpłata z wynagrodzenia\": a wage payment "
                                         "needs the month of the wages it is deducted from: add the column "
                                         "wage_month (YYYY-MM)")});
        summary = f.import("konto;data;rodzaj;kwota;miesiąc wynagrodzenia\n"
                           "K/1;10.03.2012;wpłata z wynagrodzenia;150;\n"
                           "K/1;10.04.2012;wpłata z wynagrodzenia;150;marzec\n"
                           "K/2;10.04.2012;wpłata;50;2012-03\n");
        CHECK(f.texts(summary) ==
              QStringList{
                  QStringLiteral("row 2, column miesiąc wynagrodzenia: the month of the wages is missing (YYYY-MM)"),
                  QStringLiteral("row 3, column miesiąc wynagrodzenia, value \"marzec\": not a month; write it as "
                                 "YYYY-MM, e.g. 2013-05"),
                  QStringLiteral("row 4, column miesiąc wynagrodzenia, value \"2012-03\": only a wage payment has a "
                                 "month of wages"),
              });
        CHECK(test::tableDump(f.project.db()) == before);
    }
    SECTION("the month is stored, and neither the file nor a later one deducts it twice")
    {
        const QByteArray before = test::tableDump(f.project.db());
        auto summary = f.import("konto;data;rodzaj;kwota;miesiąc wynagrodzenia\n"
                                "K/1;10.03.2012;wpłata z wynagrodzenia;150;02.2012\n"
                                "K/1;12.03.2012;wpłata z wynagrodzenia;20;2012-02\n");
        CHECK(f.texts(summary) ==
              QStringList{QStringLiteral("row 3, column miesiąc wynagrodzenia, value \"2012-02\": row 2 already "
                                         "deducts the wages of this month on this account")});
        CHECK(test::tableDump(f.project.db()) == before);

        summary = f.import("konto;data;rodzaj;kwota;miesiąc wynagrodzenia\n"
                           "K/1;10.03.2012;wpłata z wynagrodzenia;150;02.2012\n"
                           "K/2;10.03.2012;wpłata z wynagrodzenia;40;2012-02\n");
        REQUIRE(summary.written);
        const auto stored = core::LedgerRepository(f.project.db()).wageEntry(f.kowalska, QStringLiteral("2012-02"));
        REQUIRE(stored);
        CHECK(stored->amount == -zl(150));
        CHECK(stored->date == d("2012-03-10"));

        summary = f.import("konto;data;rodzaj;kwota;miesiąc wynagrodzenia\n"
                           "K/1;15.03.2012;wpłata z wynagrodzenia;150;2012-02\n");
        CHECK(f.texts(summary) ==
              QStringList{QStringLiteral("row 2, column miesiąc wynagrodzenia, value \"2012-02\": the wages of "
                                         "2012-02 are already deducted on this account (entry of 10.03.2012)")});
    }
}
