#include "core/io/CsvReader.h"
#include "core/io/XlsxReader.h"
#include "core/storage/Database.h"
#include "support/CliProcess.h"
#include "support/IndicatorTestData.h"
#include "support/QtStringMakers.h"
#include "support/TempProject.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <catch2/catch.hpp>

using namespace osiedle;
using test::runCli;

namespace {

// A closed project file with the known data of IndicatorTestData.
class LockFixture {
public:
    LockFixture()
    {
        test::fillIndicatorTestData(m_project.db());
        m_project.close();
    }
    QString file() const { return m_project.path(); }
    QString out(const QString& name) const { return m_project.dir() + QLatin1Char('/') + name; }

    // Runs SQL on the closed project file (the change a user would make in the program).
    void change(const QByteArray& sql)
    {
        m_project.reopen();
        m_project.db().exec(sql);
        m_project.close();
    }
    qint64 scalar(const QByteArray& sql)
    {
        m_project.reopen();
        const qint64 value = m_project.db().scalar(sql);
        m_project.close();
        return value;
    }

private:
    test::TempProject m_project;
};

QJsonObject jsonReport(const LockFixture& f, const QString& period)
{
    const QString out = f.out(QStringLiteral("report.json"));
    const auto run =
        runCli({QStringLiteral("report"), f.file(), QStringLiteral("--period"), period, QStringLiteral("-o"), out});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    QFile file(out);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QJsonDocument::fromJson(file.readAll()).object();
}

QJsonObject difference(const QJsonObject& report, const QString& code, const QString& column)
{
    for (const QJsonValue& value : report[QStringLiteral("lock")].toObject()[QStringLiteral("differences")].toArray()) {
        const QJsonObject d = value.toObject();
        if (d[QStringLiteral("code")].toString() == code && d[QStringLiteral("column")].toString() == column) {
            return d;
        }
    }
    return {};
}

} // namespace

TEST_CASE("lock and unlock: a locked period's report shows the locked values beside the data now", "[cli][lock]")
{
    LockFixture f;
    const auto locked = runCli({QStringLiteral("lock"), f.file(), QStringLiteral("--period"), QStringLiteral("2"),
                                QStringLiteral("--by"), QStringLiteral("Anna Kowalska")});
    INFO(locked.err.toStdString());
    REQUIRE(locked.exitCode == 0);
    CHECK(locked.out.contains(QStringLiteral("2011-01-01")));
    CHECK(f.scalar("SELECT count(*) FROM reporting_period WHERE id = 2 AND locked_on IS NOT NULL") == 1);

    const auto again = runCli({QStringLiteral("lock"), f.file(), QStringLiteral("--period"), QStringLiteral("2")});
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(QStringLiteral("locked already")));

    // Participant 4 started in period 3 after all: period 2 would count one woman less.
    f.change("UPDATE participant SET participation_start = '2011-04-15' WHERE id = 4");
    const QJsonObject report = jsonReport(f, QStringLiteral("2"));
    const QJsonObject lock = report[QStringLiteral("lock")].toObject();
    CHECK(lock[QStringLiteral("changed")].toBool());
    const QJsonObject periodTotal =
        difference(report, QStringLiteral("PARTICIPANTS_STARTED"), QStringLiteral("period.total"));
    CHECK(periodTotal[QStringLiteral("locked")].toInt() == 3);
    CHECK(periodTotal[QStringLiteral("now")].toInt() == 2);
    CHECK(periodTotal[QStringLiteral("difference")].toInt() == -1);

    // CSV: the extra columns.
    const QString csv = f.out(QStringLiteral("report.csv"));
    REQUIRE(runCli({QStringLiteral("report"), f.file(), QStringLiteral("--period"), QStringLiteral("2"),
                    QStringLiteral("-o"), csv})
                .exitCode == 0);
    const auto table = core::CsvReader::readFile(csv);
    REQUIRE(table.ok());
    const int nowColumn = int(table->header.indexOf(QStringLiteral("Now: in period T")));
    const int differenceColumn = int(table->header.indexOf(QStringLiteral("Difference in period T")));
    REQUIRE(nowColumn > 0);
    REQUIRE(differenceColumn > 0);
    bool seen = false;
    for (const auto& row : table->rows) {
        if (row.field(0) == QStringLiteral("PARTICIPANTS_STARTED")) {
            seen = true;
            CHECK(row.field(nowColumn) == QStringLiteral("2"));
            CHECK(row.field(differenceColumn) == QStringLiteral("-1"));
        }
    }
    CHECK(seen);

    // Unlocking needs a reason.
    const auto noReason = runCli({QStringLiteral("unlock"), f.file(), QStringLiteral("--period"), QStringLiteral("2")});
    CHECK(noReason.exitCode == 2);
    CHECK(noReason.err.contains(QStringLiteral("reason")));
    CHECK(f.scalar("SELECT count(*) FROM reporting_period WHERE id = 2 AND locked_on IS NOT NULL") == 1);

    const auto unlocked = runCli({QStringLiteral("unlock"), f.file(), QStringLiteral("--period"), QStringLiteral("2"),
                                  QStringLiteral("--reason"), QStringLiteral("Funder asked for a correction"),
                                  QStringLiteral("--by"), QStringLiteral("Jan Nowak")});
    INFO(unlocked.err.toStdString());
    REQUIRE(unlocked.exitCode == 0);
    CHECK(f.scalar("SELECT count(*) FROM period_lock_log WHERE period_id = 2") == 2);
    CHECK(f.scalar("SELECT count(*) FROM period_lock_log WHERE action = 'unlock' AND by_whom = 'Jan Nowak' AND "
                   "reason = 'Funder asked for a correction'") == 1);
    const QJsonObject open = jsonReport(f, QStringLiteral("2"));
    CHECK_FALSE(open.contains(QStringLiteral("lock")));
}

TEST_CASE("lock: a wrong call is a usage error, an unknown period a user error", "[cli][lock]")
{
    LockFixture f;
    CHECK(runCli({QStringLiteral("lock"), f.file()}).exitCode == 2);
    CHECK(runCli({QStringLiteral("lock"), f.file(), QStringLiteral("--period"), QStringLiteral("2"),
                  QStringLiteral("--colour"), QStringLiteral("red")})
              .exitCode == 2);
    const auto unknown = runCli({QStringLiteral("lock"), f.file(), QStringLiteral("--period"), QStringLiteral("42")});
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.contains(QStringLiteral("42")));
    const auto range = runCli(
        {QStringLiteral("lock"), f.file(), QStringLiteral("--period"), QStringLiteral("2011-01-01..2011-03-31")});
    CHECK(range.exitCode == 1);
    CHECK(f.scalar("SELECT count(*) FROM period_lock_log") == 0);
}

TEST_CASE("export indicators: the indicator table as XLSX that reads back, by period id or dates", "[cli][lock]")
{
    if (!core::XlsxReader::available()) {
        WARN("this build has no .xlsx support");
        return;
    }
    LockFixture f;
    const QString xlsx = f.out(QStringLiteral("indicators.xlsx"));
    const auto period = GENERATE(QStringLiteral("2"), QStringLiteral("2011-01-01..2011-03-31"));
    QFile::remove(xlsx);
    const auto run =
        runCli({QStringLiteral("export"), f.file(), QStringLiteral("indicators"), QStringLiteral("--format"),
                QStringLiteral("xlsx"), QStringLiteral("-o"), xlsx, QStringLiteral("--period"), period});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("22")));
    const auto table = core::XlsxReader::readFile(xlsx);
    REQUIRE(table.ok());
    REQUIRE(table->rows.size() == 22);
    const int inPeriod = int(table->header.indexOf(QStringLiteral("In period T")));
    const int cumulative = int(table->header.indexOf(QStringLiteral("Cumulative W")));
    REQUIRE(inPeriod > 0);
    REQUIRE(cumulative > 0);
    bool seen = false;
    for (const auto& row : table->rows) {
        if (row.field(0) == QStringLiteral("PARTICIPANTS_STARTED")) {
            seen = true;
            CHECK(row.field(inPeriod) == QStringLiteral("3"));
            CHECK(row.field(cumulative) == QStringLiteral("3"));
        }
    }
    CHECK(seen);

    CHECK(runCli({QStringLiteral("export"), f.file(), QStringLiteral("indicators"), QStringLiteral("-o"), xlsx})
              .exitCode == 2);
}

TEST_CASE("export indicators of a locked period carries the comparison columns", "[cli][lock]")
{
    if (!core::XlsxReader::available()) {
        WARN("this build has no .xlsx support");
        return;
    }
    LockFixture f;
    REQUIRE(runCli({QStringLiteral("lock"), f.file(), QStringLiteral("--period"), QStringLiteral("2")}).exitCode == 0);
    f.change("UPDATE participant SET participation_start = '2011-04-15' WHERE id = 4");
    const QString xlsx = f.out(QStringLiteral("locked.xlsx"));
    REQUIRE(runCli({QStringLiteral("export"), f.file(), QStringLiteral("indicators"), QStringLiteral("-o"), xlsx,
                    QStringLiteral("--period"), QStringLiteral("2")})
                .exitCode == 0);
    const auto table = core::XlsxReader::readFile(xlsx);
    REQUIRE(table.ok());
    const int now = int(table->header.indexOf(QStringLiteral("Now: cumulative T")));
    const int difference = int(table->header.indexOf(QStringLiteral("Difference cumulative T")));
    REQUIRE(now > 0);
    REQUIRE(difference > 0);
    for (const auto& row : table->rows) {
        if (row.field(0) == QStringLiteral("PARTICIPANTS_STARTED")) {
            CHECK(row.field(now) == QStringLiteral("4"));
            CHECK(row.field(difference) == QStringLiteral("-1"));
        }
    }
}
