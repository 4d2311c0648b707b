#pragma once

#include "core/common/Result.h"
#include "core/io/CsvTable.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace osiedle::core {

/// Reads CSV files as Polish offices save them: `;`, `,` or tab as the delimiter (detected from
/// the header line), quoted fields with embedded delimiters, line breaks and doubled quotes,
/// UTF-8 with or without a BOM or Windows-1250 (detected: text that is not valid UTF-8 is read
/// as Windows-1250), CRLF or LF line ends. Pure functions, thread-safe.
class CsvReader {
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    /// Reads and parses a file. Errors: the file cannot be read, is empty (no header), or a
    /// quoted field is never closed (the message names the row where it starts).
    static Result<CsvTable> readFile(const QString& path);
    /// Parses bytes already in memory (same rules as readFile).
    static Result<CsvTable> parse(const QByteArray& bytes);

    /// Decodes bytes: a UTF-8 BOM is dropped; valid UTF-8 is read as UTF-8; anything else as
    /// Windows-1250. `detected` (optional) receives which one it was.
    static QString decode(const QByteArray& bytes, TextEncoding* detected = nullptr);
    /// Windows-1250 to Unicode by table (does not depend on the codecs of the Qt build).
    /// Bytes that the code page leaves undefined become U+FFFD.
    static QString decodeWindows1250(const QByteArray& bytes);
    /// The delimiter used by the first line of `text`: the most frequent of `;`, `,` and tab
    /// outside quotes; `;` when there is none.
    static QChar detectDelimiter(const QString& text);
};

} // namespace osiedle::core
