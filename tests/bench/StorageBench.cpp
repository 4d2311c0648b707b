// Opening a project file (what every start and every command pays).
#include "Bench.h"
#include "Floor.h"
#include "FloorConnection.h"
#include "core/storage/Database.h"

using namespace osiedle;

OSIEDLE_BENCHMARK("storage/open project file")
{
    const QString path = bench::demoFile(1);
    QString description;
    const auto samples = bench::sampleBoth(
        21,
        [&] {
            if (!core::Database::open(path)) {
                qFatal("cannot open");
            }
        },
        [&] {
            bench::FloorConnection connection(path);
            bench::Floor floor(connection, QStringLiteral("open"));
            floor.run();
            description = floor.description();
        });
    bench::figure(QStringLiteral("storage/open project file (scale 1)"), samples, description, {3.0, {}});
}
