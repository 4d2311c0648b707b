// Import of 10 000 participants from CSV into an empty project file (read, every row
// validated, written in one transaction), against the floor: a bare SQLite insert of the same
// rows' values with one prepared statement.
#include "Bench.h"
#include "BenchData.h"
#include "core/io/CsvReader.h"
#include "core/storage/Database.h"
#include "core/storage/Transaction.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <sqlite3.h>

using namespace osiedle;

namespace {

constexpr int runs = 5;

} // namespace

OSIEDLE_BENCHMARK("import/10000 participants from CSV")
{
    QTemporaryDir dir;
    const QString csvPath = bench::writeParticipantsCsv(dir.path());
    const QString projectPath = dir.filePath(QStringLiteral("bench.osiedle"));

    std::vector<double> imports;
    for (int run = 0; run < runs; ++run) {
        auto db = bench::freshProject(projectPath);
        imports.push_back(bench::timedParticipantImport(*db, csvPath));
    }

    // The floor: the same values, already split, inserted with one prepared statement.
    const auto table = core::CsvReader::readFile(csvPath);
    std::vector<double> bare;
    for (int run = 0; run < runs; ++run) {
        auto db = bench::freshProject(projectPath);
        QElapsedTimer timer;
        timer.start();
        core::Transaction tx(*db);
        sqlite3_stmt* st = nullptr;
        sqlite3_prepare_v2(db->handle(),
                           "INSERT INTO participant (first_name, last_name, pesel, education, street, building, flat, "
                           "postal_code, locality, teryt, phone, email, labour_status, referral, arrears_at_entry, "
                           "recruited_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                           -1, &st, nullptr);
        for (const auto& row : table->rows) {
            const int columns[] = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 14};
            int index = 1;
            for (const int c : columns) {
                const QByteArray text = row.fields.at(c).toUtf8();
                sqlite3_bind_text(st, index++, text.constData(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
            }
            sqlite3_bind_int64(st, index++, row.fields.at(15).split(QLatin1Char(','))[0].toLongLong() * 100 + 50);
            const QByteArray date =
                QDate::fromString(row.fields.at(16), QStringLiteral("dd.MM.yyyy")).toString(Qt::ISODate).toUtf8();
            sqlite3_bind_text(st, index++, date.constData(), static_cast<int>(date.size()), SQLITE_TRANSIENT);
            if (sqlite3_step(st) != SQLITE_DONE) {
                qFatal("bare insert failed: %s", sqlite3_errmsg(db->handle()));
            }
            sqlite3_reset(st);
        }
        sqlite3_finalize(st);
        tx.commit();
        bare.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }
    bench::report(QStringLiteral("import/10000 participants from CSV (validated and written)"), imports,
                  QStringLiteral("bare SQLite insert of the same rows"), bare);
}
