// What the change history records of a record, built by osiedle_changes() in the triggers:
// values written as SQLite's JSON functions write them, the same rules as before for what is
// listed, and tables wider than one call's arguments.

#include "core/storage/ChangeLogChanges.h"

#include "core/storage/ChangeLogTriggers.h"
#include "core/storage/Database.h"
#include "core/storage/StorageError.h"
#include "support/QtStringMakers.h"
#include "support/TempProject.h"

#include <random>

using namespace osiedle;
using core::ChangeLogChanges;

namespace {

// The `changes` of a table's records in the order written, from the file's history or from
// the reference's (`log`).
QStringList changesOf(core::Database& db, const QString& table, const QByteArray& log = "main.change_log")
{
    core::Statement rows = db.prepare("SELECT changes FROM " + log + " WHERE record_kind = ? ORDER BY id");
    rows.bind(1, table);
    QStringList out;
    while (rows.step()) {
        out << rows.text(0);
    }
    return out;
}

QString scalarText(core::Database& db, const QString& sql)
{
    core::Statement s = db.prepare(sql.toUtf8());
    REQUIRE(s.step());
    return s.text(0);
}

QString sqlLiteral(const QByteArray& text)
{
    return QLatin1Char('\'') + QString::fromUtf8(text).replace(QLatin1Char('\''), QLatin1String("''")) +
           QLatin1Char('\'');
}

struct ReferenceColumn {
    QString name;
    bool blobLike = false; ///< declared BLOB or without a type: a blob is recorded by its size
};

// The triggers as the history first wrote them, one sub-select per column gathered by
// json_group_object: the reference the function's output must equal. They write into a
// temporary table, beside the file's own triggers.
void addReferenceTriggers(core::Database& db, const QString& table, const QList<ReferenceColumn>& columns,
                          const QStringList& keys)
{
    db.exec("CREATE TEMP TABLE IF NOT EXISTS reference_log (id INTEGER PRIMARY KEY, record_kind TEXT, changes TEXT)");
    for (const QString& operation : {QStringLiteral("insert"), QStringLiteral("update"), QStringLiteral("delete")}) {
        QStringList parts;
        for (const ReferenceColumn& c : columns) {
            auto value = [&](const QString& row) {
                const QString ref = row + QStringLiteral(".\"") + c.name + QLatin1Char('"');
                return c.blobLike ? QStringLiteral("CASE WHEN typeof(%1) = 'blob' THEN printf('<%d B>', length(%1)) "
                                                   "ELSE %1 END")
                                        .arg(ref)
                                  : ref;
            };
            const bool key = keys.contains(c.name);
            const QString o = operation == QLatin1String("insert") ? QStringLiteral("NULL") : value("OLD");
            const QString n = operation == QLatin1String("delete") ? QStringLiteral("NULL") : value("NEW");
            QString changed = QStringLiteral("1");
            QString where;
            if (operation == QLatin1String("update")) {
                changed = QStringLiteral("OLD.\"%1\" IS NOT NEW.\"%1\"").arg(c.name);
                where = key ? QString() : QStringLiteral(" WHERE ") + changed;
            } else if (!key) {
                const QString row =
                    operation == QLatin1String("insert") ? QStringLiteral("NEW") : QStringLiteral("OLD");
                where = QStringLiteral(" WHERE %1.\"%2\" IS NOT NULL AND %1.\"%2\" IS NOT ''").arg(row, c.name);
            }
            parts << QStringLiteral("SELECT '%1' AS c, %2 AS o, %3 AS n, %4 AS ch%5").arg(c.name, o, n, changed, where);
        }
        db.exec(QStringLiteral("CREATE TEMP TRIGGER \"reference_%1_%2\" AFTER %3 ON main.\"%1\" BEGIN "
                               "INSERT INTO reference_log (record_kind, changes) SELECT '%1', j FROM "
                               "(SELECT json_group_object(c, json_array(o, n)) AS j, max(ch) AS anything FROM (%4)) "
                               "WHERE anything OR %5; END")
                    .arg(table, operation, operation.toUpper(), parts.join(QStringLiteral(" UNION ALL ")),
                         operation == QLatin1String("update") ? QStringLiteral("0") : QStringLiteral("1"))
                    .toUtf8());
    }
}

QStringList referenceOf(core::Database& db, const QString& table)
{
    return changesOf(db, table, "temp.reference_log");
}

// A table of every kind of value the history meets, with its triggers generated.
void addSampleTable(core::Database& db)
{
    db.exec("CREATE TABLE sample (id INTEGER PRIMARY KEY, name TEXT, amount INTEGER, rate REAL, note TEXT, "
            "picture BLOB, anything, flag NUMERIC)");
    db.exec("CREATE TABLE pair (a INTEGER, b TEXT, v TEXT, PRIMARY KEY (a, b))");
    core::ChangeLogTriggers::install(db);
}

} // namespace

TEST_CASE("Values are written as SQLite's JSON functions write them", "[history]")
{
    test::TempProject project;
    core::Database& db = project.db();
    const QString spec = sqlLiteral(ChangeLogChanges::spec(ChangeLogChanges::Operation::Update, {"v"}, {}));
    const QString value = GENERATE(as<QString>{}, "0.1", "1e20", "-3.5", "1.0", "100.0", "2.5e15", "1e-7",
                                   "0.30000000000000004", "1e300 * 1e300", "123456789012345678", "-9223372036854775808",
                                   "0", "NULL", "''", "'Zażółć \"gęślą\" jaźń'", "'C:\\dane\\plik'",
                                   "char(1, 8, 9, 10, 12, 13, 31, 127)", "'a' || char(0) || 'b'", "'😀 €'");
    INFO(value.toStdString());
    const QString built = scalarText(db, QStringLiteral("SELECT osiedle_changes(%1, NULL, 'x', %2)").arg(spec, value));
    const QString expected = scalarText(db, QStringLiteral("SELECT json_object('v', json_array('x', %1))").arg(value));
    CHECK(built == expected);
}

TEST_CASE("Numbers and texts come out as worked out by hand", "[history]")
{
    test::TempProject project;
    core::Database& db = project.db();
    const QString spec = sqlLiteral(ChangeLogChanges::spec(ChangeLogChanges::Operation::Insert, {"a", "b", "c"}, {}));
    auto built = [&](const QString& a, const QString& b, const QString& c) {
        return scalarText(db, QStringLiteral("SELECT osiedle_changes(%1, NULL, %2, %3, %4)").arg(spec, a, b, c));
    };
    CHECK(built("0.1", "1e20", "-3.5") == QStringLiteral(R"({"a":[null,0.1],"b":[null,1.0e+20],"c":[null,-3.5]})"));
    CHECK(built("'\"x\\y\"'", "char(10, 9)", "'ąę'") ==
          QStringLiteral(R"({"a":[null,"\"x\\y\""],"b":[null,"\n\t"],"c":[null,"ąę"]})"));
    CHECK(built("x'00ff00'", "''", "NULL") == QStringLiteral(R"({"a":[null,"<3 B>"]})"));
    CHECK(built("NULL", "NULL", "char(2)") == QStringLiteral(R"({"c":[null,"\u0002"]})"));
    CHECK(built("NULL", "NULL", "NULL") == QStringLiteral("{}"));
}

TEST_CASE("A call that does not match its spec is refused with a message", "[history]")
{
    test::TempProject project;
    core::Database& db = project.db();
    const QString spec = sqlLiteral(ChangeLogChanges::spec(ChangeLogChanges::Operation::Update, {"a"}, {}));
    CHECK_THROWS_WITH(db.exec(QStringLiteral("SELECT osiedle_changes(%1, NULL, 1)").arg(spec).toUtf8()),
                      Catch::Contains("do not match"));
    CHECK_THROWS_WITH(db.exec("SELECT osiedle_changes('{\"operation\":\"rename\"}', NULL)"),
                      Catch::Contains("not a spec"));
    CHECK_THROWS_WITH(db.exec(QStringLiteral("SELECT osiedle_changes(%1, 'x', 1, 2)").arg(spec).toUtf8()),
                      Catch::Contains("not an object"));
}

TEST_CASE("A record's insert, update and delete record what was worked out by hand", "[history]")
{
    test::TempProject project;
    core::Database& db = project.db();
    addSampleTable(db);

    db.exec("INSERT INTO sample (name, amount, rate, note, picture, anything, flag) "
            "VALUES ('Łucja \"Lucy\" Kośćińska', 250000, 0.1, '', x'000102', NULL, '12')");
    db.exec("UPDATE sample SET name = name, amount = 0 WHERE id = 1");
    db.exec("UPDATE sample SET rate = 1e20, anything = x'ff' WHERE id = 1");
    db.exec("UPDATE sample SET rate = 1e20, flag = 12.0, note = '' WHERE id = 1"); // nothing changes
    db.exec("DELETE FROM sample WHERE id = 1");
    const QStringList sample = changesOf(db, QStringLiteral("sample"));
    REQUIRE(sample.size() == 4);
    CHECK(sample[0] == QStringLiteral(R"({"id":[null,1],"name":[null,"Łucja \"Lucy\" Kośćińska"],)"
                                      R"("amount":[null,250000],"rate":[null,0.1],"picture":[null,"<3 B>"],)"
                                      R"("flag":[null,12]})"));
    CHECK(sample[1] == QStringLiteral(R"({"amount":[250000,0]})"));
    CHECK(sample[2] == QStringLiteral(R"({"rate":[0.1,1.0e+20],"anything":[null,"<1 B>"]})"));
    CHECK(sample[3] == QStringLiteral(R"({"id":[1,null],"name":["Łucja \"Lucy\" Kośćińska",null],)"
                                      R"("amount":[0,null],"rate":[1.0e+20,null],"picture":["<3 B>",null],)"
                                      R"("anything":["<1 B>",null],"flag":[12,null]})"));

    // Without an integer key, the key columns name the record in every row.
    db.exec("INSERT INTO pair (a, b, v) VALUES (1, 'x', NULL)");
    db.exec("UPDATE pair SET v = 'y'");
    db.exec("UPDATE pair SET v = 'y'"); // unchanged
    db.exec("UPDATE pair SET b = 'z'");
    db.exec("DELETE FROM pair");
    CHECK(changesOf(db, QStringLiteral("pair")) ==
          QStringList{QStringLiteral(R"({"a":[null,1],"b":[null,"x"]})"),
                      QStringLiteral(R"({"a":[1,1],"b":["x","x"],"v":[null,"y"]})"),
                      QStringLiteral(R"({"a":[1,1],"b":["x","z"]})"),
                      QStringLiteral(R"({"a":[1,null],"b":["z",null],"v":["y",null]})")});
}

TEST_CASE("Many changes record exactly what the triggers of one sub-select per column recorded", "[history]")
{
    test::TempProject project;
    core::Database& db = project.db();
    addSampleTable(db);
    addReferenceTriggers(
        db, QStringLiteral("sample"),
        {{"id"}, {"name"}, {"amount"}, {"rate"}, {"note"}, {"picture", true}, {"anything", true}, {"flag"}}, {});
    addReferenceTriggers(db, QStringLiteral("pair"), {{"a"}, {"b"}, {"v"}}, {"a", "b"});
    const QStringList texts{
        "NULL", "''", "'Łucja \"Lucy\" Kośćińska'", "'C:\\x'", "char(1, 9, 10, 13, 31)", "'O''Brien'", "'123'", "' '"};
    const QStringList integers{"NULL", "0", "-1", "250000", "9223372036854775807", "'7'"};
    const QStringList reals{"NULL", "0.1", "1e20", "-3.5", "0.30000000000000004", "1e-7", "2", "2.0"};
    const QStringList blobs{"NULL", "x''", "x'0001'", "zeroblob(1000)", "''", "'tekst'"};
    const QStringList anything{"NULL", "1", "1.0", "'1'", "x'ff'", "''", "'tekst'", "2.5", "9007199254740993"};
    const QStringList flags{"NULL", "''", "'12'", "'1.50'", "'abc'", "12", "12.0"};
    std::mt19937 random(20110301);
    auto pick = [&](const QStringList& from) {
        return from.at(static_cast<qsizetype>(random() % static_cast<unsigned>(from.size())));
    };
    for (int i = 0; i < 400; ++i) {
        const qint64 id = 1 + static_cast<qint64>(random() % 12);
        switch (random() % 5) {
        case 0:
        case 1:
            db.exec(QStringLiteral("INSERT OR IGNORE INTO sample VALUES (%1, %2, %3, %4, %5, %6, %7, %8)")
                        .arg(QString::number(id), pick(texts), pick(integers), pick(reals), pick(texts), pick(blobs),
                             pick(anything), pick(flags))
                        .toUtf8());
            db.exec(QStringLiteral("INSERT OR IGNORE INTO pair VALUES (%1, %2, %3)")
                        .arg(QString::number(id % 3), pick(texts), pick(texts))
                        .toUtf8());
            break;
        case 2:
        case 3:
            // Some columns set, to other values or to the same ones.
            db.exec(QStringLiteral("UPDATE sample SET name = %2, rate = %3, anything = %4 WHERE id = %1")
                        .arg(QString::number(id), random() % 2 ? pick(texts) : QStringLiteral("name"), pick(reals),
                             random() % 2 ? pick(anything) : QStringLiteral("anything"))
                        .toUtf8());
            db.exec(QStringLiteral("UPDATE sample SET picture = %2, flag = %3, amount = %4 WHERE id = %1")
                        .arg(QString::number(id), pick(blobs), pick(flags), pick(integers))
                        .toUtf8());
            db.exec(QStringLiteral("UPDATE OR IGNORE pair SET v = %2, b = %3 WHERE a = %1")
                        .arg(QString::number(id % 3), pick(texts), random() % 3 ? QStringLiteral("b") : pick(texts))
                        .toUtf8());
            break;
        default:
            db.exec(QStringLiteral("DELETE FROM sample WHERE id = %1").arg(id).toUtf8());
            db.exec(QStringLiteral("DELETE FROM pair WHERE a = %1 AND rowid % 2 = 0").arg(id % 3).toUtf8());
        }
    }
    const QStringList sample = changesOf(db, QStringLiteral("sample"));
    CHECK(sample.size() > 200);
    CHECK(sample == referenceOf(db, QStringLiteral("sample")));
    const QStringList pair = changesOf(db, QStringLiteral("pair"));
    CHECK(pair.size() > 200);
    CHECK(pair == referenceOf(db, QStringLiteral("pair")));
}

TEST_CASE("A table wider than one call's arguments is recorded whole", "[history]")
{
    test::TempProject project;
    core::Database& db = project.db();
    // 130 columns: an insert needs two calls (125 values each), an update three (62 columns).
    QStringList definitions;
    QList<ReferenceColumn> columns;
    for (int i = 1; i <= 130; ++i) {
        definitions << QStringLiteral("c%1 INTEGER").arg(i);
        columns << ReferenceColumn{QStringLiteral("c%1").arg(i)};
    }
    db.exec(QStringLiteral("CREATE TABLE wide (%1)").arg(definitions.join(QStringLiteral(", "))).toUtf8());
    core::ChangeLogTriggers::install(db);
    addReferenceTriggers(db, QStringLiteral("wide"), columns, {});
    const QString changesCall = scalarText(db, QStringLiteral("SELECT sql FROM sqlite_master "
                                                              "WHERE name = 'change_log_wide_update'"));
    CHECK(changesCall.count(QStringLiteral("osiedle_changes(")) == 3);

    QStringList odd;
    QStringList oddValues;
    for (int i = 1; i <= 130; ++i) {
        odd << QStringLiteral("c%1").arg(i);
        oddValues << (i % 2 == 1 ? QString::number(i) : QStringLiteral("NULL"));
    }
    db.exec(QStringLiteral("INSERT INTO wide (%1) VALUES (%2)")
                .arg(odd.join(QStringLiteral(", ")), oddValues.join(QStringLiteral(", ")))
                .toUtf8());
    db.exec("UPDATE wide SET c2 = 2, c63 = 0, c130 = 130");
    db.exec("UPDATE wide SET c1 = 1");
    db.exec("DELETE FROM wide");

    QStringList inserted;
    QStringList deleted;
    for (int i = 1; i <= 129; i += 2) {
        inserted << QStringLiteral("\"c%1\":[null,%1]").arg(i);
        deleted << QStringLiteral("\"c%1\":[%2,null]").arg(i).arg(i == 63 ? 0 : i);
        if (i == 1) {
            deleted << QStringLiteral("\"c2\":[2,null]");
        }
    }
    deleted << QStringLiteral("\"c130\":[130,null]");
    const QStringList wide = changesOf(db, QStringLiteral("wide"));
    REQUIRE(wide.size() == 3);
    CHECK(wide[0] == QLatin1Char('{') + inserted.join(QLatin1Char(',')) + QLatin1Char('}'));
    CHECK(wide[1] == QStringLiteral(R"({"c2":[null,2],"c63":[63,0],"c130":[null,130]})"));
    CHECK(wide[2] == QLatin1Char('{') + deleted.join(QLatin1Char(',')) + QLatin1Char('}'));
    CHECK(wide == referenceOf(db, QStringLiteral("wide")));
}
