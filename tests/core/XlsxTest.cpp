#include "core/io/CsvTable.h"
#include "core/io/XlsxReader.h"
#include "core/io/XlsxWriter.h"
#include "support/QtStringMakers.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace osiedle;

TEST_CASE("Excel serial numbers become dates", "[xlsx]")
{
    CHECK(core::XlsxReader::dateFromSerial(1) == QDate(1900, 1, 1));
    CHECK(core::XlsxReader::dateFromSerial(61) == QDate(1900, 3, 1));
    CHECK(core::XlsxReader::dateFromSerial(40909) == QDate(2012, 1, 1));
    CHECK(core::XlsxReader::dateFromSerial(40909.75) == QDate(2012, 1, 1));
}

TEST_CASE("An .xlsx written by XlsxWriter reads back with strings, numbers, dates and money", "[xlsx]")
{
    if (!core::XlsxWriter::available() || !core::XlsxReader::available()) {
        WARN("xlsx support not built");
        return;
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("t.xlsx"));
    {
        core::XlsxWriter writer(path);
        writer.addSheet(QStringLiteral("Uczestnicy"));
        writer.writeHeader({QStringLiteral("Imię"), QStringLiteral("PESEL"), QStringLiteral("Data"),
                            QStringLiteral("Kwota"), QStringLiteral("Ułamek")});
        writer.writeRow({QStringLiteral("Łucja"), QStringLiteral("44051401359"), QDate(2012, 3, 5),
                         core::Money::fromGrosze(123456), 0.25});
        writer.writeRow({std::monostate{}, qint64(7)});
        REQUIRE(writer.finish().ok());
    }
    auto table = core::readTableFile(path);
    REQUIRE(table.ok());
    CHECK(table->header == QStringList{QStringLiteral("Imię"), QStringLiteral("PESEL"), QStringLiteral("Data"),
                                       QStringLiteral("Kwota"), QStringLiteral("Ułamek")});
    REQUIRE(table->rows.size() == 2);
    CHECK(table->rows[0].number == 2);
    CHECK(table->rows[0].fields == QStringList{QStringLiteral("Łucja"), QStringLiteral("44051401359"),
                                               QStringLiteral("2012-03-05"), QStringLiteral("1234.56"),
                                               QStringLiteral("0.25")});
    // the sheet leaves out empty cells; the reader fills the row up to the header
    CHECK(table->rows[1].fields == QStringList{QString(), QStringLiteral("7"), QString(), QString(), QString()});
}

TEST_CASE("Files that are not workbooks are refused with their name", "[xlsx]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("fake.xlsx"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("not a zip at all");
    f.close();
    auto table = core::readTableFile(path);
    REQUIRE(!table.ok());
    CHECK(table.error().message.contains(QStringLiteral("fake.xlsx")));
}

TEST_CASE("An .xlsx round trip works in a folder with Polish letters", "[xlsx]")
{
    REQUIRE(core::XlsxWriter::available());
    REQUIRE(core::XlsxReader::available());
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("Żółć ąę"));
    REQUIRE(QDir().mkpath(folder));
    const QString path = QDir(folder).filePath(QStringLiteral("wpłaty Łukasza.xlsx"));
    core::XlsxWriter writer(path);
    writer.writeHeader({QStringLiteral("Nazwisko"), QStringLiteral("Kwota")});
    writer.writeRow({QStringLiteral("Łęcki"), core::Money::fromGrosze(12345)});
    REQUIRE(writer.finish().ok());
    // Written under its own name (not a name mangled by a code page), and nothing else beside it.
    CHECK(QDir(folder).entryList(QDir::Files) == QStringList{QStringLiteral("wpłaty Łukasza.xlsx")});
    const auto table = core::readTableFile(path);
    REQUIRE(table.ok());
    REQUIRE(table->rows.size() == 1);
    CHECK(table->rows[0].fields == QStringList{QStringLiteral("Łęcki"), QStringLiteral("123.45")});
}
