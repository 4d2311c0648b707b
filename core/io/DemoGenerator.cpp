#include "core/io/DemoGenerator.h"

#include "core/io/DemoWriter.h"
#include "core/storage/Database.h"
#include "core/storage/StorageError.h"
#include "core/storage/Transaction.h"

#include <QFile>

namespace osiedle::core {

Result<DemoSummary> DemoGenerator::createFile(const QString& path, const DemoOptions& options)
{
    if (options.scale < 1 || options.scale > maxScale) {
        return Error{tr("The scale must be a whole number from 1 to %1, not %2.").arg(maxScale).arg(options.scale)};
    }
    auto opened = Database::open(path, Database::Mode::CreateNew);
    if (!opened) {
        return opened.error();
    }
    std::unique_ptr<Database> db = std::move(opened.value());
    const QString created = db->path();
    try {
        Transaction transaction(*db);
        const DemoSummary summary = write(*db, options);
        transaction.commit();
        return summary;
    } catch (const StorageError& e) {
        db.reset();
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            QFile::remove(created + suffix);
        }
        return Error{tr("The demo project could not be written: %1").arg(e.message()), e.code()};
    }
}

DemoSummary DemoGenerator::write(Database& db, const DemoOptions& options)
{
    DemoWriter writer(db, options);
    return writer.run();
}

} // namespace osiedle::core
