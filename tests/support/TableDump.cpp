#include "support/TableDump.h"

#include "core/storage/Database.h"

#include <QCryptographicHash>
#include <QStringList>

namespace osiedle::test {

QByteArray tableDump(core::Database& db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    // The change history records what was done (an undo too), not the data itself: left out.
    core::Statement tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                                        "'sqlite_%' AND name <> 'change_log' ORDER BY name");
    QStringList names;
    while (tables.step()) {
        names << tables.text(0);
    }
    for (const QString& table : names) {
        core::Statement probe = db.prepare("SELECT * FROM \"" + table.toUtf8() + "\" LIMIT 0");
        QStringList order;
        for (int c = 1; c <= probe.columnCount(); ++c) {
            order << QString::number(c);
        }
        core::Statement rows =
            db.prepare("SELECT * FROM \"" + table.toUtf8() + "\" ORDER BY " + order.join(QLatin1Char(',')).toUtf8());
        hash.addData(table.toUtf8());
        while (rows.step()) {
            for (int c = 0; c < rows.columnCount(); ++c) {
                hash.addData(rows.isNull(c) ? QByteArray("\x01NULL") : rows.text(c).toUtf8());
                hash.addData(QByteArray("\x1f"));
            }
            hash.addData(QByteArray("\x1e"));
        }
    }
    return hash.result().toHex();
}

} // namespace osiedle::test
