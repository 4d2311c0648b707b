#include "support/ProjectTrouble.h"

#include "core/storage/Database.h"
#include "core/storage/Transaction.h"

#include <QFile>
#include <catch2/catch.hpp>

namespace osiedle::test {

void addFillerRows(core::Database& db, int rows)
{
    core::Transaction tx(db);
    core::Statement insert = db.prepare("INSERT INTO setting (key, value) VALUES (?, ?)");
    for (int i = 0; i < rows; ++i) {
        insert.reset();
        insert.bind(1, QStringLiteral("filler-%1").arg(i));
        insert.bind(2, QString(200, QLatin1Char('x')));
        insert.step();
    }
    tx.commit();
}

void damagePage(const QString& path, qint64 page)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    REQUIRE(page >= 1);
    REQUIRE(page * 4096 <= file.size());
    file.seek((page - 1) * 4096);
    file.write(QByteArray(4096, '\x5a'));
}

void damageMiddlePage(const QString& path)
{
    const qint64 pages = QFile(path).size() / 4096;
    REQUIRE(pages > 20);
    damagePage(path, pages / 2 + 1);
}

core::LockOwner ownerOnAnotherComputer()
{
    core::LockOwner owner;
    owner.pid = 4242;
    owner.computer = QStringLiteral("BIURO-2");
    owner.user = QStringLiteral("anna.nowak");
    owner.program = QStringLiteral("osiedle");
    owner.machineId = QStringLiteral("another-machine-id");
    owner.since = QDateTime(QDate(2024, 3, 12), QTime(9, 15), Qt::UTC);
    return owner;
}

} // namespace osiedle::test
