#pragma once

#include "core/common/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace osiedle::core {

/// The text encodings an imported CSV file may come in (Polish offices save both).
enum class TextEncoding { Utf8, Utf8WithBom, Windows1250 };

/// A table read from a CSV or XLSX file: the header (first non-empty row) and the data rows.
/// Every row keeps the number a person sees in a spreadsheet (the header is usually row 1), so
/// that import problems can name it. Fields are as written, not trimmed; rows may have fewer or
/// more fields than the header (a truncated row is for the importer to report). Rows whose
/// fields are all empty are left out.
struct CsvTable {
    struct Row {
        int number = 0; ///< 1-based record number in the file (the header row counts)
        QStringList fields;

        /// The field at `column`, or an empty string when the row is shorter.
        QString field(int column) const { return column >= 0 && column < fields.size() ? fields.at(column) : QString(); }
    };

    QStringList header;
    int headerRowNumber = 1;
    QList<Row> rows;
    QChar delimiter = QLatin1Char(';');          ///< CSV only
    TextEncoding encoding = TextEncoding::Utf8; ///< CSV only
};

/// Reads a table by the file's extension: ".xlsx" through XlsxReader, anything else as CSV
/// through CsvReader. Errors name the file and what is wrong with it.
Result<CsvTable> readTableFile(const QString& path);

} // namespace osiedle::core
