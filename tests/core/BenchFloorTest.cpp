// The benchmark's floors (tests/bench/floor/*.sql) compute the same values as the program on the
// demo project (scale 1, the CLI's default seed): a ratio to a floor means something only when
// the floor does the same work. The floors of the figures measured through widgets are checked
// in tests/ui/BenchFloorUiTest.cpp.

#include "BenchData.h"
#include "Floor.h"
#include "FloorConnection.h"
#include "ImportFloor.h"
#include "core/indicators/IndicatorCalculator.h"
#include "core/indicators/ReportSeries.h"
#include "core/io/ParticipantImport.h"
#include "core/services/ChangeNotifier.h"
#include "core/storage/Database.h"
#include "core/storage/LedgerRepository.h"
#include "core/storage/ListQueries.h"
#include "core/storage/PagedQuery.h"
#include "core/storage/ReportingPeriodRepository.h"
#include "support/DemoFiles.h"
#include "support/QtStringMakers.h"

#include <QFile>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <cmath>

using namespace osiedle;

namespace {

struct Demo {
    QTemporaryDir dir;
    QString path = test::demoCopy(1, dir.path());
    std::unique_ptr<core::Database> db = std::move(core::Database::open(path).value());
    bench::FloorConnection floor{path};
};

qint64 number(const QVariant& value)
{
    return value.toLongLong();
}

std::optional<qint64> optionalNumber(const QVariant& value)
{
    return value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong());
}

QString text(const QVariant& value)
{
    return value.isNull() ? QString() : value.toString();
}

// One O/K/M cell of the floor as the program's IndicatorValue: total, women, men.
core::IndicatorValue cell(const QVariantList& row, int first)
{
    return {number(row[first]), optionalNumber(row[first + 1]), optionalNumber(row[first + 2])};
}

void checkReport(bench::Floor& floor, core::Database& db, const core::ReportingPeriod& period)
{
    INFO("period " << period.from.toString(Qt::ISODate).toStdString() << " .. "
                   << period.to.toString(Qt::ISODate).toStdString());
    const auto computed = core::IndicatorCalculator(db).compute(period);
    REQUIRE(computed.ok());
    const core::IndicatorReport& report = computed.value();
    floor.bind("from", period.from).bind("to", period.to);
    const QList<QList<QVariantList>> results = floor.results();
    REQUIRE(results.size() == 4);

    const QList<QVariantList>& rows = results[0];
    REQUIRE(rows.size() == report.rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const core::IndicatorReport::Row& row = report.rows[i];
        INFO("indicator " << row.code.toStdString());
        CHECK(text(rows[i][0]) == row.code);
        CHECK(cell(rows[i], 1) == row.cumulative);
        CHECK(cell(rows[i], 4) == row.period);
        CHECK(rows[i][7].isNull() == !row.percentOfTarget.has_value());
        if (row.percentOfTarget) {
            CHECK(std::abs(rows[i][7].toDouble() - *row.percentOfTarget) < 1e-9);
        }
    }

    const QList<QVariantList>& flow = results[1];
    REQUIRE(flow.size() == report.flow.size());
    for (qsizetype i = 0; i < flow.size(); ++i) {
        const core::FlowRow& line = report.flow[i];
        INFO("flow line " << line.group.toStdString() << "/" << line.key.toStdString());
        CHECK(text(flow[i][0]) == line.group);
        CHECK(text(flow[i][1]) == line.key);
        const core::IndicatorValue* cells[] = {&line.started, &line.continuing, &line.ended, &line.endedAsPlanned,
                                               &line.droppedOut};
        for (int c = 0; c < 5; ++c) {
            CHECK(number(flow[i][2 + 2 * c]) == cells[c]->women.value_or(-1));
            CHECK(number(flow[i][3 + 2 * c]) == cells[c]->men.value_or(-1));
        }
    }

    const QList<QVariantList>& missing = results[2];
    REQUIRE(missing.size() == report.dataQuality.size());
    for (qsizetype i = 0; i < missing.size(); ++i) {
        const core::IndicatorReport::MissingData& m = report.dataQuality[i];
        CHECK(number(missing[i][0]) == m.participantId);
        CHECK(QDate::fromString(text(missing[i][3]), Qt::ISODate) == m.participationStart);
        CHECK(number(missing[i][4]) == m.missingMask);
    }

    // The floor names records its own way, so the problems are compared as sets of what they say.
    const char* kinds[] = {"before_project", "start_mismatch", "end_without_reason"};
    QStringList expected;
    for (const core::IndicatorReport::DataProblem& p : report.dataProblems) {
        expected << QStringLiteral("%1 %2 %3 %4 %5")
                        .arg(QLatin1String(kinds[int(p.kind)]), p.record)
                        .arg(p.recordId)
                        .arg(p.date.toString(Qt::ISODate), p.recordedStart.toString(Qt::ISODate));
    }
    QStringList actual;
    for (const QVariantList& p : results[3]) {
        actual << QStringLiteral("%1 %2 %3 %4 %5")
                      .arg(text(p[0]), text(p[1]))
                      .arg(number(p[2]))
                      .arg(text(p[4]), text(p[5]));
    }
    expected.sort();
    actual.sort();
    CHECK(actual == expected);
}

} // namespace

TEST_CASE("Every floor says in its first line what it does", "[bench][floor]")
{
    const QStringList names = bench::Floor::names();
    REQUIRE_FALSE(names.isEmpty());
    Demo demo;
    for (const QString& name : names) {
        INFO("floor " << name.toStdString());
        bench::Floor floor(demo.floor, name);
        CHECK(floor.description().size() > 20);
        CHECK_FALSE(floor.description().contains(QLatin1Char('\n')));
    }
}

TEST_CASE("The indicator report's floor gives the program's values on the demo", "[bench][floor]")
{
    Demo demo;
    bench::Floor floor(demo.floor, QStringLiteral("report-indicators"));
    const QList<core::ReportingPeriod> periods = core::ReportingPeriodRepository(*demo.db).all();
    REQUIRE(periods.size() >= 4);
    for (const core::ReportingPeriod& period : periods) {
        checkReport(floor, *demo.db, period);
    }
    // A range across periods, and one that starts before the project.
    checkReport(floor, *demo.db, core::ReportingPeriod::custom(periods[1].from.addDays(17), periods[3].to));
    checkReport(floor, *demo.db, core::ReportingPeriod::custom(QDate(2009, 1, 1), periods.last().to));
}

TEST_CASE("The charts' series floor gives the program's series on the demo", "[bench][floor]")
{
    Demo demo;
    bench::Floor floor(demo.floor, QStringLiteral("report-series"));
    const QList<core::ReportingPeriod> periods = core::ReportingPeriodRepository(*demo.db).all();
    REQUIRE_FALSE(periods.isEmpty());
    for (const core::ReportingPeriod& period : {periods.first(), periods[periods.size() / 2], periods.last()}) {
        INFO("period " << period.to.toString(Qt::ISODate).toStdString());
        const core::ReportSeries series = core::ReportSeriesCalculator(*demo.db).compute(period.from, period.to);
        const QList<QList<QVariantList>> results = floor.bind("from", period.from).bind("to", period.to).results();
        REQUIRE(results.size() == 3);

        const QList<QVariantList>& status = results[0];
        REQUIRE(status.size() == series.points.size());
        for (qsizetype i = 0; i < status.size(); ++i) {
            INFO("point " << series.points[i].toString(Qt::ISODate).toStdString());
            CHECK(text(status[i][0]) == series.points[i].toString(Qt::ISODate));
            const core::StatusCounts& s = series.status[i];
            CHECK(core::StatusCounts{int(number(status[i][1])), int(number(status[i][2])), int(number(status[i][3])),
                                     int(number(status[i][4])), int(number(status[i][5]))} == s);
        }

        const QList<QVariantList>& arrears = results[1];
        REQUIRE(arrears.size() == series.arrears.size());
        for (qsizetype i = 0; i < arrears.size(); ++i) {
            INFO("point " << series.points[i].toString(Qt::ISODate).toStdString());
            CHECK(number(arrears[i][1]) == series.arrears[i]);
        }

        // Line by line: the OSS (0 for the others together) and its value in each month that has one.
        QStringList expected;
        for (int line = 0; line < series.orders.size(); ++line) {
            for (int m = 0; m < series.months.size(); ++m) {
                if (series.orders[line].values[m] != 0) {
                    expected << QStringLiteral("%1 %2 %3 %4")
                                    .arg(line + 1)
                                    .arg(series.orders[line].socialCoopId)
                                    .arg(series.months[m].toString(Qt::ISODate))
                                    .arg(series.orders[line].values[m]);
                }
            }
        }
        QStringList actual;
        for (const QVariantList& row : results[2]) {
            if (number(row[3]) != 0) {
                actual << QStringLiteral("%1 %2 %3 %4")
                              .arg(number(row[0]))
                              .arg(number(row[1]))
                              .arg(text(row[2]))
                              .arg(number(row[3]));
            }
        }
        CHECK(actual == expected);
    }
}

TEST_CASE("The participants list's floors give the list's first page and counts on the demo", "[bench][floor]")
{
    Demo demo;
    core::PagedQuery query(*demo.db, core::ListQueries::participants());
    struct Case {
        QString floor;
        QString search;
        core::ListQueries::ParticipantSort sort;
    };
    // "kowal" is a name in the demo; "ow" matches many, with and without diacritics around it.
    const Case cases[] = {
        {QStringLiteral("participants-by-surname"), {}, core::ListQueries::ParticipantSort::Name},
        {QStringLiteral("participants-by-age"), {}, core::ListQueries::ParticipantSort::Age},
        {QStringLiteral("participants-search"), QStringLiteral("kowal"), core::ListQueries::ParticipantSort::Name},
        {QStringLiteral("participants-search"), QStringLiteral("ow"), core::ListQueries::ParticipantSort::Name},
    };
    for (const Case& c : cases) {
        INFO("floor " << c.floor.toStdString() << ", search " << c.search.toStdString());
        query.setSearch(c.search);
        query.setSort(static_cast<int>(c.sort), false);
        QList<core::ListQueries::ParticipantRow> rows;
        query.fetch(200, [&rows](const core::Statement& row) { rows.append(core::ListQueries::readParticipant(row)); });
        bench::Floor floor(demo.floor, c.floor);
        const QList<QList<QVariantList>> results =
            floor.bind("pattern", QLatin1Char('%') + c.search + QLatin1Char('%')).results();
        REQUIRE(results.size() == (c.search.isEmpty() ? 2 : 3));
        CHECK(number(results[0][0][0]) == query.count(false));
        const QList<QVariantList>& page = results.last();
        if (!c.search.isEmpty()) {
            CHECK(number(results[1][0][0]) == query.count(true));
            CHECK(number(results[1][0][0]) > 0);
        }
        REQUIRE(page.size() == rows.size());
        REQUIRE_FALSE(rows.isEmpty());
        for (qsizetype i = 0; i < rows.size(); ++i) {
            INFO("row " << i);
            CHECK(number(page[i][0]) == rows[i].id);
            CHECK(text(page[i][3]) == rows[i].pesel);
            CHECK(optionalNumber(page[i][5]) == (rows[i].age ? std::optional<qint64>(*rows[i].age) : std::nullopt));
            CHECK(text(page[i][6]) == rows[i].housingCoop);
            CHECK(number(page[i][9]) == rows[i].missing);
        }
    }
}

TEST_CASE("The ledger's floors give the ledger's pages and balances on the demo", "[bench][floor]")
{
    Demo demo;
    core::LedgerRepository ledger(*demo.db);
    bench::Floor page(demo.floor, QStringLiteral("ledger-page"));
    const QList<core::LedgerRow> rows = ledger.page({}, std::nullopt, 200);
    const QList<QVariantList> floorRows = page.results().value(0);
    REQUIRE(floorRows.size() == rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        CHECK(number(floorRows[i][0]) == rows[i].entry.id);
        CHECK(text(floorRows[i][7]) == rows[i].accountNumber);
    }

    const qint64 account =
        demo.db->scalar("SELECT account_id FROM debt_entry GROUP BY account_id ORDER BY count(*) DESC LIMIT 1");
    core::LedgerFilter filter;
    filter.accountId = account;
    const QList<core::LedgerRow> accountRows = ledger.page(filter, std::nullopt, 200);
    bench::Floor accountPage(demo.floor, QStringLiteral("account-ledger"));
    const QList<QVariantList> floorAccount = accountPage.bind("account", account).results().value(0);
    REQUIRE(floorAccount.size() == accountRows.size());
    REQUIRE(accountRows.size() > 10);
    for (qsizetype i = 0; i < accountRows.size(); ++i) {
        INFO("entry " << accountRows[i].entry.id);
        CHECK(number(floorAccount[i][0]) == accountRows[i].entry.id);
        CHECK(number(floorAccount[i][9]) == accountRows[i].balanceAfter->grosze());
    }

    bench::Floor balance(demo.floor, QStringLiteral("account-balance"));
    for (const QDate& day : {QDate(2011, 6, 30), QDate(2012, 12, 31), QDate(2030, 1, 1)}) {
        CHECK(number(balance.bind("account", account).bind("day", day).results().value(0).value(0).value(0)) ==
              ledger.balanceOn(account, day).grosze());
    }
}

TEST_CASE("Opening a file through the floor sees what the program sees", "[bench][floor]")
{
    Demo demo;
    bench::FloorConnection connection(demo.path);
    const QList<QList<QVariantList>> results = bench::Floor(connection, QStringLiteral("open")).results();
    REQUIRE(results.size() == 4); // "PRAGMA foreign_keys = ON" returns nothing
    CHECK(text(results[0][0][0]) == QStringLiteral("wal"));
    CHECK(number(results[1][0][0]) == demo.db->scalar("SELECT count(*) FROM sqlite_master"));
    CHECK(number(results[2][0][0]) == core::Database::applicationId);
    CHECK(number(results[3][0][0]) == core::Database::currentSchemaVersion());
}

TEST_CASE("The demo's floor writes the same rows as the demo the program made", "[bench][floor]")
{
    Demo demo;
    const QString copy = demo.dir.filePath(QStringLiteral("copy.osiedle"));
    bench::Floor(demo.floor, QStringLiteral("demo-copy")).bind("copy", copy).run();
    auto copied = core::Database::open(copy);
    REQUIRE(copied.ok());
    QList<QByteArray> tables;
    {
        core::Statement list = demo.db->prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name");
        while (list.step()) {
            tables << list.text(0).toUtf8();
        }
    }
    REQUIRE(tables.size() > 20);
    demo.db->exec("ATTACH '" + copy.toUtf8() + "' AS copy");
    for (const QByteArray& table : tables) {
        INFO("table " << table.toStdString());
        // Every row in both, and none in one only.
        CHECK(demo.db->scalar("SELECT count(*) FROM " + table) ==
              demo.db->scalar("SELECT count(*) FROM copy." + table));
        CHECK(demo.db->scalar("SELECT (SELECT count(*) FROM (SELECT * FROM " + table + " EXCEPT SELECT * FROM copy." +
                              table + ")) + (SELECT count(*) FROM (SELECT * FROM copy." + table +
                              " EXCEPT SELECT * FROM " + table + "))") == 0);
    }
    demo.db->exec("DETACH copy");
}

TEST_CASE("The import's floor writes the participants the program's import writes", "[bench][floor]")
{
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("participants.csv"));
    {
        QFile file(csv);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(bench::BenchData::participantsCsv(300));
    }
    const QString byProgram = dir.filePath(QStringLiteral("program.osiedle"));
    const QString byFloor = dir.filePath(QStringLiteral("floor.osiedle"));
    auto program = core::Database::open(byProgram, core::Database::Mode::CreateNew);
    REQUIRE(program.ok());
    {
        core::ChangeNotifier changes;
        core::ParticipantImport import(**program, changes);
        const auto checked = import.checkFile(csv);
        REQUIRE(checked.problems.isEmpty());
        REQUIRE(import.write(checked).ok());
    }
    REQUIRE(core::Database::open(byFloor, core::Database::Mode::CreateNew).ok());
    {
        bench::FloorConnection connection(byFloor);
        bench::ImportFloor floor(connection);
        CHECK(floor.run(csv) == 300);
    }
    // Every column of every participant, compared row by row (ids aside).
    (*program)->exec("ATTACH '" + byFloor.toUtf8() + "' AS floor");
    QByteArrayList columns;
    core::Statement info = (*program)->prepare("SELECT name FROM pragma_table_info('participant') WHERE name <> 'id'");
    while (info.step()) {
        columns << info.text(0).toUtf8();
    }
    const QByteArray list = columns.join(", ");
    CHECK((*program)->scalar("SELECT count(*) FROM participant") == 300);
    CHECK((*program)->scalar("SELECT count(*) FROM (SELECT " + list + " FROM main.participant EXCEPT SELECT " + list +
                             " FROM floor.participant)") == 0);
    CHECK((*program)->scalar("SELECT count(*) FROM (SELECT " + list + " FROM floor.participant EXCEPT SELECT " + list +
                             " FROM main.participant)") == 0);
    // And the same history: one row per participant, each with the same columns and values
    // (participants matched by PESEL, their ids aside).
    const QByteArray history = "SELECT p.pesel, j.key, j.value FROM %1.change_log c "
                               "JOIN %1.participant p ON p.id = c.record_id, json_each(c.changes) j "
                               "WHERE c.record_kind = 'participant' AND c.operation = 'insert' AND j.key <> 'id'";
    const QByteArray byProgramRows = QByteArray(history).replace("%1", "main");
    const QByteArray byFloorRows = QByteArray(history).replace("%1", "floor");
    CHECK((*program)->scalar("SELECT count(*) FROM main.change_log WHERE action = 'import'") == 300);
    CHECK((*program)->scalar("SELECT count(*) FROM floor.change_log WHERE record_kind = 'participant'") == 300);
    CHECK((*program)->scalar("SELECT count(*) FROM (" + byProgramRows + ")") > 300 * 10);
    CHECK((*program)->scalar("SELECT count(*) FROM (" + byProgramRows + " EXCEPT " + byFloorRows + ")") == 0);
    CHECK((*program)->scalar("SELECT count(*) FROM (" + byFloorRows + " EXCEPT " + byProgramRows + ")") == 0);
}
