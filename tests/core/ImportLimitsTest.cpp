// Limits of what an import reads, and of the values the program stores: a file over a limit
// is refused with a message naming the limit, before it takes memory or time.

#include "core/io/ImportLimits.h"

#include "core/domain/Money.h"
#include "core/domain/ValueLimits.h"
#include "core/io/CsvReader.h"
#include "core/io/CsvTable.h"
#include "core/io/CsvValues.h"
#include "core/io/XlsxReader.h"
#include "support/FileBytes.h"
#include "support/QtStringMakers.h"
#include "support/ZipBuilder.h"

#include <QFile>
#include <QTemporaryDir>

using namespace osiedle;
using core::ImportLimits;

namespace {

QByteArray sheet(const QByteArray& rows)
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet "
           "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>" +
           rows + "</sheetData></worksheet>";
}

QByteArray cell(const QByteArray& ref, const QByteArray& text)
{
    return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
}

QString workbook(const QTemporaryDir& dir, const QByteArray& sheetXml, qint64 claimedSize = -1)
{
    test::ZipBuilder zip;
    zip.add("xl/worksheets/sheet1.xml", sheetXml, claimedSize);
    const QString path = dir.filePath(QStringLiteral("arkusz.xlsx"));
    test::writeFile(path, zip.bytes());
    return path;
}

} // namespace

TEST_CASE("An .xlsx with a value far to the right is refused naming the cell and the limit, not padded",
          "[xlsx][limits]")
{
    REQUIRE(core::XlsxReader::available());
    QTemporaryDir dir;
    const QString path = workbook(dir, sheet("<row r=\"1\">" + cell("A1", "Nazwisko") + "</row><row r=\"2\">" +
                                             cell("A2", "Kowalski") + cell("XFD2", "x") + "</row>"));
    const auto table = core::readTableFile(path);
    REQUIRE_FALSE(table.ok());
    const QString message = table.error().message;
    CHECK(message.contains(QStringLiteral("arkusz.xlsx")));
    CHECK(message.contains(QStringLiteral("XFD2")));
    CHECK(message.contains(QStringLiteral("256 columns")));
    CHECK(message.contains(QStringLiteral("A to IV")));
}

TEST_CASE("An empty formatted cell far to the right adds nothing to a row", "[xlsx][limits]")
{
    REQUIRE(core::XlsxReader::available());
    QTemporaryDir dir;
    const QString path =
        workbook(dir, sheet("<row r=\"1\">" + cell("A1", "Nazwisko") + cell("B1", "Imię") + "</row><row r=\"2\">" +
                            cell("A2", "Kowalski") + "<c r=\"XFD2\" s=\"1\"/></row>"));
    const auto table = core::readTableFile(path);
    REQUIRE(table.ok());
    REQUIRE(table->rows.size() == 1);
    CHECK(table->rows[0].fields == QStringList{QStringLiteral("Kowalski"), QString()});
}

TEST_CASE("An .xlsx that unpacks to more than the limit is refused before it is unpacked", "[xlsx][limits]")
{
    REQUIRE(core::XlsxReader::available());
    QTemporaryDir dir;
    // A small file that says its sheet unpacks to 1.5 GiB.
    const QString path = workbook(dir, sheet(""), qint64(1536) * 1024 * 1024);
    REQUIRE(QFile(path).size() < 4096);
    const auto table = core::readTableFile(path);
    REQUIRE_FALSE(table.ok());
    CHECK(table.error().message.contains(QStringLiteral("unpacks to more than 256 MB")));
}

TEST_CASE("A file larger than the limit is refused by its size without being read", "[csv][xlsx][limits]")
{
    QTemporaryDir dir;
    for (const QString& name : {QStringLiteral("wielki.csv"), QStringLiteral("wielki.xlsx")}) {
        QFile file(dir.filePath(name));
        REQUIRE(file.open(QIODevice::WriteOnly));
        REQUIRE(file.resize(ImportLimits::maxFileBytes + 1)); // sparse: no time, no disk
        file.close();
        const auto table = core::readTableFile(file.fileName());
        REQUIRE_FALSE(table.ok());
        CHECK(table.error().message.contains(name));
        CHECK(table.error().message.contains(QStringLiteral("at most 64 MB")));
    }
}

TEST_CASE("A CSV with too many columns or cells is refused naming the limit", "[csv][limits]")
{
    const QByteArray wideRow = QByteArray("a;").repeated(300) + "a\n";
    const auto wide = core::CsvReader::parse("x;y\n" + wideRow);
    REQUIRE_FALSE(wide.ok());
    CHECK(wide.error().message.contains(QStringLiteral("Row 2")));
    CHECK(wide.error().message.contains(QStringLiteral("at most 256 columns")));

    // 8,000 rows of 256 cells: 2,048,000 cells, over the 2,000,000 limit.
    const QByteArray row = QByteArray("1;").repeated(255) + "1\n";
    const auto many = core::CsvReader::parse(row.repeated(8000));
    REQUIRE_FALSE(many.ok());
    CHECK(many.error().message.contains(QStringLiteral("at most 2000000 cells")));
}

TEST_CASE("Amounts beyond 10 000 000,00 zł and dates outside 1900–2099 are refused", "[limits]")
{
    CHECK(core::Money::parse(QStringLiteral("10 000 000,00")).ok());
    CHECK(core::Money::parse(QStringLiteral("-10 000 000,00")).ok());
    for (const QString& text : {QStringLiteral("10 000 000,01"), QStringLiteral("-10000000.01"),
                                QStringLiteral("1000000000000000"), QStringLiteral("999999999999999999")}) {
        const auto parsed = core::Money::parse(text);
        REQUIRE_FALSE(parsed.ok());
        CHECK(parsed.error().message.contains(QStringLiteral("the largest amount Osiedle accepts")));
    }
    CHECK(core::ValueLimits::maxAmount.grosze() == 1'000'000'000);
    // Nine billion entries at the limit still fit a 64-bit sum.
    CHECK(core::ValueLimits::maxAmount.grosze() <= std::numeric_limits<qint64>::max() / 9'000'000'000LL);

    CHECK(core::CsvValues::date(QStringLiteral("1900-01-01")).ok());
    CHECK(core::CsvValues::date(QStringLiteral("31.12.2099")).ok());
    for (const QString& text : {QStringLiteral("0001-01-01"), QStringLiteral("9999-12-31"),
                                QStringLiteral("31.12.1899"), QStringLiteral("2100-01-01")}) {
        const auto parsed = core::CsvValues::date(text);
        REQUIRE_FALSE(parsed.ok());
        CHECK(parsed.error().message.contains(QStringLiteral("01.01.1900–31.12.2099")));
    }
}
