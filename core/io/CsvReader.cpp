#include "core/io/CsvReader.h"

#include "core/io/ImportLimits.h"

#include <QFileInfo>
#include <QStringDecoder>
#include <array>

namespace osiedle::core {

namespace {

// Windows-1250, bytes 0x80–0xFF (0xFFFD where the code page defines nothing).
constexpr std::array<char16_t, 128> cp1250High = {
    0x20AC, 0xFFFD, 0x201A, 0xFFFD, 0x201E, 0x2026, 0x2020, 0x2021, // 80
    0xFFFD, 0x2030, 0x0160, 0x2039, 0x015A, 0x0164, 0x017D, 0x0179, // 88
    0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, // 90
    0xFFFD, 0x2122, 0x0161, 0x203A, 0x015B, 0x0165, 0x017E, 0x017A, // 98
    0x00A0, 0x02C7, 0x02D8, 0x0141, 0x00A4, 0x0104, 0x00A6, 0x00A7, // A0
    0x00A8, 0x00A9, 0x015E, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x017B, // A8
    0x00B0, 0x00B1, 0x02DB, 0x0142, 0x00B4, 0x00B5, 0x00B6, 0x00B7, // B0
    0x00B8, 0x0105, 0x015F, 0x00BB, 0x013D, 0x02DD, 0x013E, 0x017C, // B8
    0x0154, 0x00C1, 0x00C2, 0x0102, 0x00C4, 0x0139, 0x0106, 0x00C7, // C0
    0x010C, 0x00C9, 0x0118, 0x00CB, 0x011A, 0x00CD, 0x00CE, 0x010E, // C8
    0x0110, 0x0143, 0x0147, 0x00D3, 0x00D4, 0x0150, 0x00D6, 0x00D7, // D0
    0x0158, 0x016E, 0x00DA, 0x0170, 0x00DC, 0x00DD, 0x0162, 0x00DF, // D8
    0x0155, 0x00E1, 0x00E2, 0x0103, 0x00E4, 0x013A, 0x0107, 0x00E7, // E0
    0x010D, 0x00E9, 0x0119, 0x00EB, 0x011B, 0x00ED, 0x00EE, 0x010F, // E8
    0x0111, 0x0144, 0x0148, 0x00F3, 0x00F4, 0x0151, 0x00F6, 0x00F7, // F0
    0x0159, 0x016F, 0x00FA, 0x0171, 0x00FC, 0x00FD, 0x0163, 0x02D9, // F8
};

bool allEmpty(const QStringList& fields)
{
    for (const QString& f : fields) {
        if (!f.trimmed().isEmpty()) {
            return false;
        }
    }
    return true;
}

} // namespace

QString CsvReader::decodeWindows1250(const QByteArray& bytes)
{
    QString out(bytes.size(), Qt::Uninitialized);
    QChar* dst = out.data();
    for (const char c : bytes) {
        const auto b = static_cast<unsigned char>(c);
        *dst++ = QChar(b < 0x80 ? char16_t(b) : cp1250High[b - 0x80]);
    }
    return out;
}

QString CsvReader::decode(const QByteArray& bytes, TextEncoding* detected)
{
    static const QByteArray bom("\xEF\xBB\xBF");
    if (bytes.startsWith(bom)) {
        if (detected) {
            *detected = TextEncoding::Utf8WithBom;
        }
        return QString::fromUtf8(bytes.mid(bom.size()));
    }
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8(bytes);
    if (!utf8.hasError()) {
        if (detected) {
            *detected = TextEncoding::Utf8;
        }
        return text;
    }
    if (detected) {
        *detected = TextEncoding::Windows1250;
    }
    return decodeWindows1250(bytes);
}

QChar CsvReader::detectDelimiter(const QString& text)
{
    int semicolons = 0;
    int commas = 0;
    int tabs = 0;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == QLatin1Char('"')) {
            quoted = !quoted; // a doubled quote toggles twice: no harm
        } else if (!quoted && (c == QLatin1Char('\n') || c == QLatin1Char('\r'))) {
            break;
        } else if (!quoted && c == QLatin1Char(';')) {
            ++semicolons;
        } else if (!quoted && c == QLatin1Char(',')) {
            ++commas;
        } else if (!quoted && c == QLatin1Char('\t')) {
            ++tabs;
        }
    }
    if (tabs > semicolons && tabs > commas) {
        return QLatin1Char('\t');
    }
    return commas > semicolons ? QLatin1Char(',') : QLatin1Char(';');
}

Result<CsvTable> CsvReader::parse(const QByteArray& bytes)
{
    // Text in UTF-8 or Windows-1250 never holds a NUL byte; UTF-16 text and binary files do.
    const qsizetype nul = bytes.indexOf('\0');
    if (nul >= 0) {
        return Error{tr("Row %1: the file is not text in UTF-8 or Windows-1250 (it may be saved as UTF-16 "
                        "\"Unicode text\", or be a spreadsheet or another binary file). Save it as CSV (UTF-8 or "
                        "Windows) and import it again.")
                         .arg(bytes.left(nul).count('\n') + 1)};
    }
    CsvTable table;
    const QString text = decode(bytes, &table.encoding);
    table.delimiter = detectDelimiter(text);
    const QChar delimiter = table.delimiter;

    QStringList fields;
    QString field;
    bool quoted = false;      // inside a quoted field
    bool fieldQuoted = false; // the current field started with a quote
    int record = 1;           // record number of the row being read
    int quoteStartRecord = 0;
    bool haveHeader = false;
    qint64 cells = 0;
    QString tooBig; // the first limit exceeded

    auto endRecord = [&] {
        fields.append(field);
        field.clear();
        fieldQuoted = false;
        if (!allEmpty(fields)) {
            cells += fields.size();
            if (cells > ImportLimits::maxCells && tooBig.isEmpty()) {
                tooBig = tr("The table has more than %1 cells (by row %2); an import reads at most %1 cells. Split "
                            "the file into smaller ones.")
                             .arg(ImportLimits::maxCells)
                             .arg(record);
            }
            if (!haveHeader) {
                table.header = fields;
                table.headerRowNumber = record;
                haveHeader = true;
            } else {
                table.rows.append(CsvTable::Row{record, fields});
            }
        }
        fields.clear();
        ++record;
    };

    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n && tooBig.isEmpty(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                    field.append(c);
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field.append(c);
            }
            continue;
        }
        if (c == QLatin1Char('"') && field.isEmpty() && !fieldQuoted) {
            quoted = true;
            fieldQuoted = true;
            quoteStartRecord = record;
        } else if (c == delimiter) {
            fields.append(field);
            field.clear();
            fieldQuoted = false;
            if (fields.size() > ImportLimits::maxColumns) {
                tooBig = tr("Row %1 has more than %2 columns; an import reads at most %2 columns.")
                             .arg(record)
                             .arg(ImportLimits::maxColumns);
            }
        } else if (c == QLatin1Char('\r')) {
            if (i + 1 < n && text.at(i + 1) == QLatin1Char('\n')) {
                ++i;
            }
            endRecord();
        } else if (c == QLatin1Char('\n')) {
            endRecord();
        } else {
            field.append(c);
        }
    }
    if (!tooBig.isEmpty()) {
        return Error{tooBig};
    }
    if (quoted) {
        return Error{tr("Row %1: a quoted field is not closed (the file may be cut short).").arg(quoteStartRecord)};
    }
    if (!field.isEmpty() || !fields.isEmpty()) {
        endRecord();
    }
    if (!haveHeader) {
        return Error{tr("The file is empty: there is no header row.")};
    }
    return table;
}

Result<CsvTable> CsvReader::readFile(const QString& path)
{
    const auto bytes = ImportLimits::readFile(path);
    if (!bytes) {
        return bytes.error();
    }
    auto parsed = parse(*bytes);
    if (!parsed) {
        return Error{QStringLiteral("%1: %2").arg(QFileInfo(path).fileName(), parsed.error().message)};
    }
    return parsed;
}

} // namespace osiedle::core
