#pragma once

// Checks shared by the tests of personal data: file modes and the rows that name a person.

#include "core/storage/Database.h"

#include <QFileDevice>
#include <QFileInfo>
#include <QString>
#include <catch2/catch.hpp>

namespace osiedle::test {

/// Owner-only: the owner reads and writes, nobody else may do anything. (Windows keeps rights in
/// the folder's access list, not in these bits: there only "readable and writable" is checked.)
inline void checkOwnerOnly(const QString& path)
{
    INFO(path.toStdString());
    REQUIRE(QFileInfo::exists(path));
    const QFileDevice::Permissions permissions = QFileInfo(path).permissions();
    CHECK(permissions.testFlag(QFileDevice::ReadOwner));
    CHECK(permissions.testFlag(QFileDevice::WriteOwner));
#if !defined(Q_OS_WIN)
    constexpr QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                                QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                                QFileDevice::WriteOther | QFileDevice::ExeOther;
    CHECK((permissions & others) == QFileDevice::Permissions());
#endif
}

/// The single number `sql` gives with ?1 bound to `id` (a count of someone's rows).
inline qint64 countFor(core::Database& db, const QByteArray& sql, qint64 id)
{
    core::Statement st = db.prepare(sql);
    st.bind(1, id);
    return st.step() ? st.int64(0) : -1;
}

} // namespace osiedle::test
