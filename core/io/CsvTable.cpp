#include "core/io/CsvTable.h"

#include "core/io/CsvReader.h"
#include "core/io/XlsxReader.h"

namespace osiedle::core {

Result<CsvTable> readTableFile(const QString& path)
{
    if (path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive)) {
        return XlsxReader::readFile(path);
    }
    return CsvReader::readFile(path);
}

} // namespace osiedle::core
