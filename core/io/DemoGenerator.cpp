#include "core/io/DemoGenerator.h"

#include "core/history/ChangeScope.h"
#include "core/io/DemoWriter.h"
#include "core/storage/ChangeLogRepository.h"
#include "core/storage/ChangeLogTriggers.h"
#include "core/storage/Database.h"
#include "core/storage/StorageError.h"
#include "core/storage/Transaction.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

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
    // Bulk loading: a bigger page cache, and the indexes of the big tables built once at the
    // end (a sorted build) instead of row by row. Both are undone before returning; the indexes
    // come back from their own SQL, so the schema stays exactly as the migrations made it.
    const qint64 cache = db.scalar("PRAGMA cache_size");
    const qint64 bulkCacheKiB = std::min<qint64>(256 * 1024, 32 * 1024 + qint64(options.scale) * 4 * 1024);
    db.exec("PRAGMA cache_size = -" + QByteArray::number(bulkCacheKiB));
    QList<QByteArray> deferred;
    {
        Statement indexes = db.prepare(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN "
            "('attendance', 'debt_entry', 'work_hours', 'session', 'enrolment', 'work_order', 'service_sale', "
            "'consultation', 'instalment_plan', 'survey_answer', 'survey_respondent') ORDER BY name");
        QList<QByteArray> names;
        while (indexes.step()) {
            names << indexes.text(0).toUtf8();
            deferred << indexes.text(1).toUtf8();
        }
        for (const QByteArray& name : names) {
            db.exec("DROP INDEX \"" + name + "\"");
        }
    }
    // Thousands of generated rows are one piece of work for the change history: one row.
    DemoSummary summary;
    {
        const ChangeScope scope(ChangeAction::Demo);
        DemoWriter writer(db, options);
        summary = writer.run();
    }
    if (ChangeLogTriggers::present(db)) {
        QJsonObject changes;
        changes.insert(QStringLiteral("scale"), QJsonArray{QJsonValue(), options.scale});
        changes.insert(QStringLiteral("seed"), QJsonArray{QJsonValue(), static_cast<qint64>(options.seed)});
        changes.insert(QStringLiteral("participants"), QJsonArray{QJsonValue(), summary.participants});
        changes.insert(QStringLiteral("attendance_marks"), QJsonArray{QJsonValue(), summary.attendanceMarks});
        changes.insert(QStringLiteral("ledger_entries"), QJsonArray{QJsonValue(), summary.ledgerEntries});
        ChangeLogRepository(db).recordSummary(ChangeAction::Demo, QStringLiteral("project"), changes);
    }
    for (const QByteArray& sql : deferred) {
        db.exec(sql);
    }
    db.exec("PRAGMA cache_size = " + QByteArray::number(cache));
    return summary;
}

} // namespace osiedle::core
