#include "core/io/XlsxReader.h"

#include "core/io/ImportLimits.h"

#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QXmlStreamReader>
#include <cmath>

#ifdef OSIEDLE_HAVE_LIBZIP
#include <zip.h>
#endif

namespace osiedle::core {

namespace {

constexpr int excelColumns = 16384; // A … XFD

// "BC12" → 0-based column 54; -1 when the reference has no letters or is beyond XFD.
int columnOfReference(QStringView ref)
{
    int column = 0;
    int letters = 0;
    for (const QChar c : ref) {
        const char16_t u = c.toUpper().unicode();
        if (u < 'A' || u > 'Z' || letters == 3) {
            break;
        }
        column = column * 26 + (u - 'A' + 1);
        ++letters;
    }
    return letters == 0 || column > excelColumns ? -1 : column - 1;
}

// The letters of a 0-based column: 0 → "A", 255 → "IV", 16383 → "XFD".
QString columnLetters(int column)
{
    QString letters;
    for (int n = column + 1; n > 0; n = (n - 1) / 26) {
        letters.prepend(QChar(u'A' + (n - 1) % 26));
    }
    return letters;
}

bool isDateFormatCode(const QString& code)
{
    // A date format has d, m or y outside quoted text and brackets ([Red], [$-415]).
    bool quoted = false;
    bool bracket = false;
    for (const QChar c : code) {
        if (c == QLatin1Char('"')) {
            quoted = !quoted;
        } else if (!quoted && c == QLatin1Char('[')) {
            bracket = true;
        } else if (!quoted && c == QLatin1Char(']')) {
            bracket = false;
        } else if (!quoted && !bracket) {
            const QChar l = c.toLower();
            if (l == QLatin1Char('d') || l == QLatin1Char('y') || l == QLatin1Char('m')) {
                return true;
            }
        }
    }
    return false;
}

bool isBuiltInDateFormat(int id)
{
    return (id >= 14 && id <= 17) || id == 22 || (id >= 27 && id <= 36) || (id >= 50 && id <= 58);
}

QString numberText(double value)
{
    if (std::floor(value) == value && std::fabs(value) < 1e15) {
        return QString::number(static_cast<qint64>(value));
    }
    return QString::number(value, 'g', 15);
}

#ifdef OSIEDLE_HAVE_LIBZIP

// A workbook read from memory (the file is read through QFile, so its name never has to be
// handed to libzip in a code page), with a budget on what may be unpacked.
class ZipArchive {
public:
    explicit ZipArchive(const QByteArray& bytes) : m_bytes(bytes)
    {
        zip_error_t error;
        zip_error_init(&error);
        zip_source_t* source = zip_source_buffer_create(m_bytes.constData(), zip_uint64_t(m_bytes.size()), 0, &error);
        if (source != nullptr) {
            m_zip = zip_open_from_source(source, ZIP_RDONLY, &error);
            if (m_zip == nullptr) {
                zip_source_free(source);
            }
        }
        zip_error_fini(&error);
    }
    ~ZipArchive()
    {
        if (m_zip) {
            zip_discard(m_zip);
        }
    }
    ZipArchive(const ZipArchive&) = delete;
    ZipArchive& operator=(const ZipArchive&) = delete;

    bool isOpen() const { return m_zip != nullptr; }
    /// True once a part was refused because the budget of unpacked bytes would be exceeded.
    bool overBudget() const { return m_overBudget; }

    std::optional<QByteArray> read(const char* name)
    {
        zip_stat_t st;
        zip_stat_init(&st);
        if (zip_stat(m_zip, name, 0, &st) != 0 || !(st.valid & ZIP_STAT_SIZE)) {
            return std::nullopt;
        }
        // The size is checked before anything is unpacked: a small file may unpack to gigabytes.
        if (st.size > zip_uint64_t(ImportLimits::maxUnpackedBytes - m_unpacked)) {
            m_overBudget = true;
            return std::nullopt;
        }
        zip_file_t* file = zip_fopen(m_zip, name, 0);
        if (!file) {
            return std::nullopt;
        }
        QByteArray data(static_cast<qsizetype>(st.size), Qt::Uninitialized);
        const zip_int64_t got = zip_fread(file, data.data(), st.size);
        zip_fclose(file);
        if (got != static_cast<zip_int64_t>(st.size)) {
            return std::nullopt;
        }
        m_unpacked += qint64(st.size);
        return data;
    }

private:
    QByteArray m_bytes; // libzip reads from it: kept alive as long as the archive
    zip_t* m_zip = nullptr;
    qint64 m_unpacked = 0;
    bool m_overBudget = false;
};

QStringList readSharedStrings(const QByteArray& xml)
{
    QStringList strings;
    QXmlStreamReader r(xml);
    QString current;
    bool inSi = false;
    bool inPhonetic = false;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement()) {
            if (r.name() == QLatin1String("si")) {
                inSi = true;
                current.clear();
            } else if (r.name() == QLatin1String("rPh")) {
                inPhonetic = true;
            } else if (r.name() == QLatin1String("t") && inSi && !inPhonetic) {
                current.append(r.readElementText());
            }
        } else if (r.isEndElement()) {
            if (r.name() == QLatin1String("si")) {
                strings.append(current);
                inSi = false;
            } else if (r.name() == QLatin1String("rPh")) {
                inPhonetic = false;
            }
        }
    }
    return strings;
}

// The indexes of cell styles (cellXfs) whose number format is a date.
QSet<int> readDateStyles(const QByteArray& xml)
{
    QHash<int, bool> customIsDate;
    QSet<int> dateStyles;
    QXmlStreamReader r(xml);
    bool inCellXfs = false;
    int xfIndex = 0;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement()) {
            if (r.name() == QLatin1String("numFmt")) {
                const auto a = r.attributes();
                customIsDate.insert(a.value(QLatin1String("numFmtId")).toInt(),
                                    isDateFormatCode(a.value(QLatin1String("formatCode")).toString()));
            } else if (r.name() == QLatin1String("cellXfs")) {
                inCellXfs = true;
            } else if (inCellXfs && r.name() == QLatin1String("xf")) {
                const int id = r.attributes().value(QLatin1String("numFmtId")).toInt();
                if (customIsDate.value(id, isBuiltInDateFormat(id))) {
                    dateStyles.insert(xfIndex);
                }
                ++xfIndex;
            }
        } else if (r.isEndElement() && r.name() == QLatin1String("cellXfs")) {
            inCellXfs = false;
        }
    }
    return dateStyles;
}

// The path of the first worksheet, from the workbook and its relationships.
QByteArray firstSheetPath(ZipArchive& zip)
{
    const QByteArray fallback("xl/worksheets/sheet1.xml");
    const auto workbook = zip.read("xl/workbook.xml");
    const auto rels = zip.read("xl/_rels/workbook.xml.rels");
    if (!workbook || !rels) {
        return fallback;
    }
    QString relId;
    QXmlStreamReader w(*workbook);
    while (!w.atEnd() && relId.isEmpty()) {
        w.readNext();
        if (w.isStartElement() && w.name() == QLatin1String("sheet")) {
            for (const auto& a : w.attributes()) {
                if (a.name() == QLatin1String("id")) { // r:id
                    relId = a.value().toString();
                }
            }
        }
    }
    QXmlStreamReader rr(*rels);
    while (!rr.atEnd()) {
        rr.readNext();
        if (rr.isStartElement() && rr.name() == QLatin1String("Relationship") &&
            rr.attributes().value(QLatin1String("Id")) == relId) {
            QString target = rr.attributes().value(QLatin1String("Target")).toString();
            if (target.startsWith(QLatin1Char('/'))) {
                target = target.mid(1);
            } else {
                target = QStringLiteral("xl/") + target;
            }
            return target.toUtf8();
        }
    }
    return fallback;
}

#endif

} // namespace

bool XlsxReader::available()
{
#ifdef OSIEDLE_HAVE_LIBZIP
    return true;
#else
    return false;
#endif
}

QDate XlsxReader::dateFromSerial(double serial)
{
    // Excel counts 1900-02-29, which did not exist; serials from 61 on are one day ahead.
    const auto days = static_cast<qint64>(std::floor(serial));
    const QDate base(1899, 12, 31);
    return days >= 61 ? base.addDays(days - 1) : base.addDays(days);
}

Result<CsvTable> XlsxReader::readFile(const QString& path)
{
    const QString name = QFileInfo(path).fileName();
#ifndef OSIEDLE_HAVE_LIBZIP
    return Error{tr("%1: this version of Osiedle cannot read .xlsx files; save the sheet as CSV.").arg(name)};
#else
    const auto bytes = ImportLimits::readFile(path);
    if (!bytes) {
        return bytes.error();
    }
    ZipArchive zip(*bytes);
    if (!zip.isOpen()) {
        return Error{tr("%1 is not an .xlsx workbook.").arg(name)};
    }
    const QString tooLarge = tr("%1 unpacks to more than %2 MB; an import reads at most %2 MB of a workbook. Split it "
                                "into smaller files or save the sheet as CSV.")
                                 .arg(name)
                                 .arg(ImportLimits::maxUnpackedBytes / (1024 * 1024));
    const QByteArray sheetPath = firstSheetPath(zip);
    const auto sheet = zip.read(sheetPath.constData());
    if (!sheet) {
        return Error{zip.overBudget() ? tooLarge : tr("%1 has no worksheet.").arg(name)};
    }
    const QStringList shared = readSharedStrings(zip.read("xl/sharedStrings.xml").value_or(QByteArray()));
    const QSet<int> dateStyles = readDateStyles(zip.read("xl/styles.xml").value_or(QByteArray()));
    if (zip.overBudget()) {
        return Error{tooLarge};
    }

    CsvTable table;
    bool haveHeader = false;
    QXmlStreamReader r(*sheet);
    QStringList fields;
    int rowNumber = 0;
    qint64 cells = 0;
    // Rows keep only the cells up to their last value; a value beyond the column limit, or more
    // cells than the limit, refuses the file (an import never pads a row to column XFD).
    auto limitError = [&](const QString& text) { return Error{QStringLiteral("%1: %2").arg(name, text)}; };
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement() && r.name() == QLatin1String("row")) {
            fields.clear();
            const int n = r.attributes().value(QLatin1String("r")).toInt();
            rowNumber = n > 0 ? n : rowNumber + 1;
        } else if (r.isStartElement() && r.name() == QLatin1String("c")) {
            const auto attrs = r.attributes();
            const QString type = attrs.value(QLatin1String("t")).toString();
            const int style = attrs.value(QLatin1String("s")).toInt();
            const QString reference = attrs.value(QLatin1String("r")).toString();
            int column = columnOfReference(reference);
            if (column < 0) {
                column = static_cast<int>(fields.size());
            }
            QString raw;
            QString inlineText;
            // Read the cell's children: <v>, <is><t>, <f>.
            while (!r.atEnd()) {
                r.readNext();
                if (r.isStartElement() && r.name() == QLatin1String("v")) {
                    raw = r.readElementText();
                } else if (r.isStartElement() && r.name() == QLatin1String("t")) {
                    inlineText.append(r.readElementText());
                } else if (r.isEndElement() && r.name() == QLatin1String("c")) {
                    break;
                }
            }
            QString value;
            if (type == QLatin1String("s")) {
                value = shared.value(raw.toInt());
            } else if (type == QLatin1String("inlineStr")) {
                value = inlineText;
            } else if (type == QLatin1String("str") || type == QLatin1String("e")) {
                value = raw;
            } else if (type == QLatin1String("b")) {
                value = raw == QLatin1String("1") ? QStringLiteral("1") : QStringLiteral("0");
            } else if (!raw.isEmpty()) {
                bool ok = false;
                const double number = raw.toDouble(&ok);
                if (!ok) {
                    value = raw;
                } else if (dateStyles.contains(style)) {
                    value = dateFromSerial(number).toString(Qt::ISODate);
                } else {
                    value = numberText(number);
                }
            }
            if (value.isEmpty()) {
                continue; // an empty (formatted) cell adds nothing, wherever it is
            }
            if (column >= ImportLimits::maxColumns) {
                return limitError(tr("cell %1 is in column %2; an import reads at most %3 columns (A to %4).")
                                      .arg(reference.isEmpty()
                                               ? QStringLiteral("%1%2").arg(columnLetters(column)).arg(rowNumber)
                                               : reference)
                                      .arg(columnLetters(column))
                                      .arg(ImportLimits::maxColumns)
                                      .arg(columnLetters(ImportLimits::maxColumns - 1)));
            }
            while (fields.size() < column) {
                fields.append(QString());
            }
            if (column < fields.size()) {
                fields[column] = value;
            } else {
                fields.append(value);
            }
        } else if (r.isEndElement() && r.name() == QLatin1String("row")) {
            bool empty = true;
            for (const QString& f : fields) {
                empty = empty && f.trimmed().isEmpty();
            }
            if (empty) {
                continue;
            }
            if (!haveHeader) {
                table.header = fields;
                table.headerRowNumber = rowNumber;
                haveHeader = true;
                cells += fields.size();
                continue;
            }
            // A sheet leaves out empty cells at the end of a row; a CSV row would have them.
            while (fields.size() < table.header.size()) {
                fields.append(QString());
            }
            cells += fields.size();
            if (cells > ImportLimits::maxCells) {
                return limitError(tr("the sheet has more than %1 cells (by row %2); an import reads at most %1 cells. "
                                     "Split it into smaller files.")
                                      .arg(ImportLimits::maxCells)
                                      .arg(rowNumber));
            }
            table.rows.append(CsvTable::Row{rowNumber, fields});
        }
    }
    if (r.hasError()) {
        return Error{tr("%1: the worksheet cannot be read (%2).").arg(name, r.errorString())};
    }
    if (!haveHeader) {
        return Error{tr("%1: the file is empty: there is no header row.").arg(name)};
    }
    return table;
#endif
}

} // namespace osiedle::core
