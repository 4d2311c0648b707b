// Import of 10 000 participants from CSV into an empty project file (≤ 2 s): read, every row
// validated, written in one transaction; against the floor, which reads and splits the same file,
// derives the same columns in SQL and writes them in one transaction.
#include "Bench.h"
#include "BenchData.h"
#include "FloorConnection.h"
#include "ImportFloor.h"
#include "core/io/ParticipantImport.h"
#include "core/services/ChangeNotifier.h"
#include "core/storage/Database.h"

#include <QElapsedTimer>
#include <QFileInfo>

using namespace osiedle;

namespace {

constexpr int rowCount = bench::participantRows;

} // namespace

OSIEDLE_BENCHMARK("import/10000 participants from CSV")
{
    const QString projectPath = bench::tempPath(QStringLiteral("import.osiedle"));
    const QString csvPath = bench::writeParticipantsCsv(QFileInfo(projectPath).absolutePath());
    QString description;
    auto program = [&] {
        auto db = bench::freshProject(projectPath);
        core::ChangeNotifier changes;
        core::ParticipantImport import(*db, changes);
        QElapsedTimer timer;
        timer.start();
        const auto checked = import.checkFile(csvPath);
        const auto written = import.write(checked);
        const double ms = static_cast<double>(timer.nsecsElapsed()) / 1e6;
        if (!checked.problems.isEmpty() || !written || *written != rowCount) {
            qFatal("the benchmark import failed");
        }
        return ms;
    };
    auto floor = [&] {
        bench::freshProject(projectPath).reset();
        bench::FloorConnection connection(projectPath);
        bench::ImportFloor importFloor(connection); // the register loaded, as the program's catalogue is
        description = importFloor.description();
        QElapsedTimer timer;
        timer.start();
        const qint64 written = importFloor.run(csvPath);
        const double ms = static_cast<double>(timer.nsecsElapsed()) / 1e6;
        if (written != rowCount) {
            qFatal("the floor imported %lld rows", static_cast<long long>(written));
        }
        return ms;
    };
    bench::figure(QStringLiteral("import/10000 participants from CSV (validated and written)"),
                  bench::measureBoth(5, program, floor), description, {1.5, 2000});
}
