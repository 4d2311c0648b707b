// A writer for the killed-mid-write test (tests/cli/KilledWriterTest.cpp): opens an existing
// project file and commits one small transaction after another, printing "committed N" after
// each commit returned, until it is killed (or after 1,000,000 transactions).

#include "core/storage/Database.h"
#include "core/storage/Statement.h"
#include "core/storage/Transaction.h"

#include <QCoreApplication>
#include <cstdio>

using namespace osiedle;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: osiedle_test_writer FILE\n");
        return 2;
    }
    auto opened = core::Database::open(QString::fromLocal8Bit(argv[1]));
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
        return 1;
    }
    core::Database& db = *opened.value();
    const QString filler(2000, QLatin1Char('x')); // several pages per transaction
    for (int n = 1; n <= 1000000; ++n) {
        core::Transaction transaction(db);
        core::Statement insert = db.prepare("INSERT INTO setting (key, value) VALUES (?, ?)");
        insert.bind(1, QStringLiteral("writer-%1").arg(n));
        insert.bind(2, filler);
        insert.step();
        core::Statement last = db.prepare("INSERT INTO setting (key, value) VALUES ('writer-last', ?) "
                                          "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
        last.bind(1, QString::number(n));
        last.step();
        transaction.commit();
        std::fprintf(stdout, "committed %d\n", n);
        std::fflush(stdout);
    }
    return 0;
}
