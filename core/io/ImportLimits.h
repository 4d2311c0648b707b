#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace osiedle::core {

/// The largest input an import reads, far above any real file of a project office (10,000
/// participants with every column are about 4 MB of CSV and 450,000 cells), so that a damaged
/// or hostile file is refused with a message naming the limit instead of exhausting memory.
/// The README lists them.
class ImportLimits {
    Q_DECLARE_TR_FUNCTIONS(ImportLimits)

public:
    /// A CSV file, and an .xlsx file as stored (packed).
    static constexpr qint64 maxFileBytes = 64LL * 1024 * 1024;
    /// The parts of an .xlsx that are read (sheet, shared strings, styles…), unpacked, together.
    static constexpr qint64 maxUnpackedBytes = 256LL * 1024 * 1024;
    /// Columns of a table: A to IV (the widest import has under 50).
    static constexpr int maxColumns = 256;
    /// Cells of a table, empty ones within a row included.
    static constexpr qint64 maxCells = 2'000'000;

    /// The bytes of a file to import. Errors name the file: it does not exist, it is not a
    /// regular file (a folder, a device, a pipe: never read, so never waited on), it cannot be
    /// read, or it is larger than maxFileBytes (refused by its size, before it is read).
    static Result<QByteArray> readFile(const QString& path);
};

} // namespace osiedle::core
