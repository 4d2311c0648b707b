#include "core/common/FilePaths.h"

#include "core/common/FileIdentity.h"
#include "support/FileBytes.h"
#include "support/QtStringMakers.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#if defined(Q_OS_UNIX)
#include <sys/stat.h>
#include <unistd.h>
#endif

using namespace osiedle;
using core::FilePaths;

TEST_CASE("Paths compare as the file system does: case-insensitively where names are", "[paths]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("Projekt Łódź.osiedle"));
    test::writeFile(path, "x");
    const QString otherCase = dir.filePath(QStringLiteral("projekt łÓDŹ.OSIEDLE"));
    // Windows: one file under both spellings; Linux: two different names.
    CHECK(FilePaths::sameName(path, otherCase, Qt::CaseInsensitive));
    CHECK_FALSE(FilePaths::sameName(path, otherCase, Qt::CaseSensitive));
    CHECK(FilePaths::key(path, Qt::CaseInsensitive) == FilePaths::key(otherCase, Qt::CaseInsensitive));
    CHECK(FilePaths::key(path, Qt::CaseSensitive) != FilePaths::key(otherCase, Qt::CaseSensitive));
    // "." and ".." are resolved before comparing
    CHECK(FilePaths::sameName(path, dir.filePath(QStringLiteral("sub/../Projekt Łódź.osiedle")), Qt::CaseSensitive));
    CHECK(FilePaths::isInside(path, dir.path(), Qt::CaseSensitive));
    CHECK(FilePaths::isInside(path, dir.path().toUpper(), Qt::CaseInsensitive));
    CHECK_FALSE(FilePaths::isInside(dir.path() + QStringLiteral("2/x"), dir.path(), Qt::CaseSensitive));
#if defined(Q_OS_WIN) || defined(Q_OS_MACOS)
    CHECK(FilePaths::nameCase() == Qt::CaseInsensitive);
#else
    CHECK(FilePaths::nameCase() == Qt::CaseSensitive);
#endif
}

TEST_CASE("A file reached through a symbolic link or a hard link is the same file", "[paths]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.osiedle"));
    test::writeFile(path, "data");
    const QString link = dir.filePath(QStringLiteral("link.osiedle"));
    REQUIRE(QFile::link(path, link));
    CHECK(FilePaths::canonical(link) == FilePaths::canonical(path));
    CHECK(FilePaths::sameFile(link, path));
#if defined(Q_OS_UNIX)
    const QString hard = dir.filePath(QStringLiteral("hard.osiedle"));
    REQUIRE(::link(QFile::encodeName(path).constData(), QFile::encodeName(hard).constData()) == 0);
    CHECK_FALSE(FilePaths::sameName(hard, path));
    CHECK(FilePaths::sameFile(hard, path)); // the same file behind two names
    CHECK(core::FileIdentity::of(path).links == 2);
#endif
    const QString other = dir.filePath(QStringLiteral("other.osiedle"));
    test::writeFile(other, "data");
    CHECK_FALSE(FilePaths::sameFile(other, path));
}

TEST_CASE("The kind of a path is told without opening it", "[paths]")
{
    QTemporaryDir dir;
    CHECK(core::FileIdentity::of(dir.filePath(QStringLiteral("none"))).kind == core::FileIdentity::Kind::Missing);
    CHECK(core::FileIdentity::of(dir.path()).kind == core::FileIdentity::Kind::Directory);
    test::writeFile(dir.filePath(QStringLiteral("f")), "x");
    CHECK(core::FileIdentity::of(dir.filePath(QStringLiteral("f"))).kind == core::FileIdentity::Kind::Regular);
#if defined(Q_OS_UNIX)
    CHECK(core::FileIdentity::of(QStringLiteral("/dev/null")).kind == core::FileIdentity::Kind::Other);
    const QString fifo = dir.filePath(QStringLiteral("fifo"));
    REQUIRE(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    CHECK(core::FileIdentity::of(fifo).kind == core::FileIdentity::Kind::Other); // and it did not block
#endif
}
