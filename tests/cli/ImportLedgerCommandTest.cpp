#include "support/CliProcess.h"
#include "support/QtStringMakers.h"
#include "support/TableDump.h"
#include "support/TempProject.h"
#include "tests/core/DebtTestData.h"

#include <QFile>

using namespace osiedle;
using test::d;
using test::zl;

namespace {

QString writeCsv(const test::TempProject& project, const char* name, const QByteArray& bytes)
{
    const QString path = project.dir() + QLatin1Char('/') + QString::fromLatin1(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    return path;
}

} // namespace

TEST_CASE("osiedle-cli import ledger refuses a wrong file with exit 1, checks with --dry-run and imports",
          "[cli][import][debts]")
{
    test::TempProject project;
    {
        test::DebtWorld world(project.db());
        world.tenant("Kowalska", d("2012-01-10"), zl(3000)); // account K/1
    }
    const QByteArray before = test::tableDump(project.db());
    project.close();
    const QStringList import = {QStringLiteral("import"), project.path(), QStringLiteral("ledger")};

    const QString bad = writeCsv(project, "bad.csv",
                                 "Nr konta;Data;Rodzaj;Kwota;Uwagi\n"
                                 "K/1;2012-02-01;naliczenie;400,00;\n"
                                 "K/7;2012-02-01;naliczenie;400,00;\n"
                                 "K/1;2012-02-30;wpłata;100;\n");
    const test::CliRun refused = test::runCli(import + QStringList{bad});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("nothing imported, 2 problem(s)")));
    CHECK(
        refused.err.contains(QStringLiteral("row 3, column Nr konta, value \"K/7\": no debt account has this number")));
    CHECK(refused.err.contains(QStringLiteral("row 4, column Data, value \"2012-02-30\": no such date")));
    project.reopen();
    CHECK(test::tableDump(project.db()) == before);
    project.close();

    const QString good = writeCsv(project, "good.csv",
                                  "account,date,kind,amount,note\n"
                                  "K/1,2012-02-01,charge,\"400,00\",\n"
                                  "K/1,2012-02-15,payment,150,\n");
    const test::CliRun dry = test::runCli(import + QStringList{good, QStringLiteral("--dry-run")});
    CHECK(dry.exitCode == 0);
    CHECK(dry.out.contains(QStringLiteral("2 row(s) checked for 1 account(s), no problems; nothing written")));
    project.reopen();
    CHECK(test::tableDump(project.db()) == before);
    project.close();

    const test::CliRun done = test::runCli(import + QStringList{good});
    CHECK(done.exitCode == 0);
    CHECK(done.out.contains(QStringLiteral("2 ledger entry(-ies) imported for 1 account(s)")));
    project.reopen();
    CHECK(project.db().scalar("SELECT sum(amount) FROM debt_entry") == 300000 + 40000 - 15000);
    project.close();

    // the same file again: every row is already in the ledger
    const test::CliRun twice = test::runCli(import + QStringList{good});
    CHECK(twice.exitCode == 1);
    CHECK(twice.err.contains(QStringLiteral("row 2: the same entry is already in the ledger")));
    CHECK(test::runCli(import).exitCode == 2);
}
