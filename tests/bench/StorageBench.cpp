// Baseline figures of the storage layer itself.
#include "Bench.h"

#include "core/storage/Database.h"

#include <QTemporaryDir>

using namespace osiedle;

OSIEDLE_BENCHMARK("storage/open project file")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.osiedle"));
    {
        auto created = core::Database::open(path, core::Database::Mode::CreateNew);
        if (!created) {
            qFatal("cannot create");
        }
    }
    const auto samples = bench::sample(20, [&] {
        auto opened = core::Database::open(path);
        if (!opened) {
            qFatal("cannot open");
        }
    });
    bench::report(QStringLiteral("storage/open project file"), samples);
}
