#pragma once

#include "core/common/Result.h"
#include "core/io/CsvTable.h"

#include <QCoreApplication>
#include <QString>

namespace osiedle::core {

/// Reads the first worksheet of an .xlsx file (Office Open XML) into a CsvTable, so that imports
/// treat CSV and XLSX alike. Shared and inline strings, numbers and booleans are read; a number
/// in a cell with a date format becomes "YYYY-MM-DD"; other numbers are written without
/// exponent ("44051401359", "1234.56"). Row numbers are the sheet's own. Formulas give their
/// cached value. Needs libzip (OSIEDLE_HAVE_LIBZIP); without it every read returns an error.
class XlsxReader {
    Q_DECLARE_TR_FUNCTIONS(XlsxReader)

public:
    /// Errors: not a readable .xlsx (not a zip, no worksheet), or no header row.
    static Result<CsvTable> readFile(const QString& path);
    /// True when this build can read .xlsx.
    static bool available();

    /// An Excel serial day number (1900 date system) as a date: 1 = 1900-01-01, 61 = 1900-03-01.
    static QDate dateFromSerial(double serial);
};

} // namespace osiedle::core
