#include "core/io/CsvReader.h"

#include "core/io/CsvHeaderMatcher.h"
#include "core/io/CsvValues.h"
#include "core/io/CsvWriter.h"
#include "support/Cp1250.h"
#include "support/QtStringMakers.h"

#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>

using namespace osiedle;
using core::CsvReader;
using core::CsvTable;
using core::TextEncoding;

TEST_CASE("CSV in each encoding and delimiter gives the same table", "[csv]")
{
    const QString text =
        QStringLiteral("Imię;Nazwisko;Miejscowość\r\nŁucja;Żółć-Świętochowska;Łódź\r\nJan;Kos;Wołomin\r\n");
    const auto [bytes, encoding] =
        GENERATE_COPY(std::make_pair(text.toUtf8(), TextEncoding::Utf8),
                      std::make_pair(QByteArray("\xEF\xBB\xBF") + text.toUtf8(), TextEncoding::Utf8WithBom),
                      std::make_pair(test::toCp1250(text), TextEncoding::Windows1250));
    const bool comma = GENERATE(false, true);
    QByteArray input = bytes;
    if (comma) {
        input.replace(';', ',');
    }
    const bool lf = GENERATE(false, true);
    if (lf) {
        input.replace("\r\n", "\n");
    }
    auto table = CsvReader::parse(input);
    REQUIRE(table.ok());
    CHECK(table->encoding == encoding);
    CHECK(table->delimiter == (comma ? QLatin1Char(',') : QLatin1Char(';')));
    CHECK(table->header ==
          QStringList{QStringLiteral("Imię"), QStringLiteral("Nazwisko"), QStringLiteral("Miejscowość")});
    REQUIRE(table->rows.size() == 2);
    CHECK(table->rows[0].number == 2);
    CHECK(table->rows[0].fields ==
          QStringList{QStringLiteral("Łucja"), QStringLiteral("Żółć-Świętochowska"), QStringLiteral("Łódź")});
    CHECK(table->rows[1].fields ==
          QStringList{QStringLiteral("Jan"), QStringLiteral("Kos"), QStringLiteral("Wołomin")});
}

TEST_CASE("CSV quoted fields keep delimiters, line breaks and doubled quotes", "[csv]")
{
    const QByteArray input = "a;b;c\n"
                             "\"x;y\";\"line 1\nline 2\";\"say \"\"hi\"\"\"\n"
                             "\n"
                             "1;;3\n";
    auto table = CsvReader::parse(input);
    REQUIRE(table.ok());
    REQUIRE(table->rows.size() == 2);
    CHECK(table->rows[0].fields ==
          QStringList{QStringLiteral("x;y"), QStringLiteral("line 1\nline 2"), QStringLiteral("say \"hi\"")});
    CHECK(table->rows[0].number == 2);
    // the empty line is record 3 and is skipped
    CHECK(table->rows[1].number == 4);
    CHECK(table->rows[1].fields == QStringList{QStringLiteral("1"), QString(), QStringLiteral("3")});
    CHECK(table->rows[1].field(7).isEmpty());
}

TEST_CASE("CSV without a header or with an open quote is refused", "[csv]")
{
    CHECK(CsvReader::parse("").error().message == QStringLiteral("The file is empty: there is no header row."));
    CHECK(!CsvReader::parse("\r\n;;\r\n").ok());
    CHECK(CsvReader::parse("a;b\n1;2\n3;\"unfinished\n").error().message ==
          QStringLiteral("Row 3: a quoted field is not closed (the file may be cut short)."));
    CHECK(CsvReader::readFile(QStringLiteral("/nonexistent/x.csv"))
              .error()
              .message.startsWith(QStringLiteral("Cannot read x.csv")));
}

TEST_CASE("CSV saved as UTF-16 or a binary file is refused with a message naming the encoding", "[csv][reliability]")
{
    const QString text = QStringLiteral("imię;nazwisko\r\nŁucja;Żółć\r\n");
    const QString expected = QStringLiteral(
        "Row 1: the file is not text in UTF-8 or Windows-1250 (it may be saved as UTF-16 \"Unicode text\", or be a "
        "spreadsheet or another binary file). Save it as CSV (UTF-8 or Windows) and import it again.");
    SECTION("UTF-16 with a byte order mark")
    {
        QStringEncoder utf16(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
        const QByteArray bytes = utf16(text);
        CHECK(CsvReader::parse(bytes).error().message == expected);
    }
    SECTION("UTF-16 without a byte order mark, which is also valid UTF-8")
    {
        QStringEncoder utf16(QStringEncoder::Utf16LE);
        const QByteArray bytes = utf16(text);
        CHECK(CsvReader::parse(bytes).error().message == expected);
    }
    SECTION("a spreadsheet's bytes, the first NUL in the third line")
    {
        const QByteArray bytes("PK\x03\x04 a\nb\nc");
        CHECK(CsvReader::parse(bytes + QByteArray(1, '\0') + "tail").error().message ==
              QString(expected).replace(QStringLiteral("Row 1"), QStringLiteral("Row 3")));
    }
}

TEST_CASE("Windows-1250 table covers the Polish letters", "[csv]")
{
    CHECK(CsvReader::decodeWindows1250("\xA5\xC6\xCA\xA3\xD1\xD3\x8C\x8F\xAF\xB9\xE6\xEA\xB3\xF1\xF3\x9C\x9F\xBF") ==
          QStringLiteral("ĄĆĘŁŃÓŚŹŻąćęłńóśźż"));
    CHECK(CsvReader::decodeWindows1250("\x80\x81") == QStringLiteral("€\uFFFD"));
}

TEST_CASE("Header titles match fields regardless of case, diacritics and punctuation", "[csv]")
{
    core::CsvHeaderMatcher matcher;
    matcher.addField(QStringLiteral("first_name"), {QStringLiteral("Imię")});
    matcher.addField(QStringLiteral("postal_code"), {QStringLiteral("Kod pocztowy")});
    CHECK(matcher.fieldFor(QStringLiteral("FIRST NAME")) == QStringLiteral("first_name"));
    CHECK(matcher.fieldFor(QStringLiteral("imie")) == QStringLiteral("first_name"));
    CHECK(matcher.fieldFor(QStringLiteral(" IMIĘ ")) == QStringLiteral("first_name"));
    CHECK(matcher.fieldFor(QStringLiteral("kod_pocztowy")) == QStringLiteral("postal_code"));
    CHECK(matcher.fieldFor(QStringLiteral("Nazwisko")).isEmpty());
    const auto match = matcher.match(
        {QStringLiteral("Imie"), QStringLiteral("x"), QStringLiteral("first-name"), QStringLiteral("Postal code")});
    CHECK(match.column(QStringLiteral("first_name")) == 0);
    CHECK(match.column(QStringLiteral("postal_code")) == 3);
    CHECK(match.unknownColumns == QList<int>{1});
    CHECK(match.duplicateColumns == QList<int>{2});
}

TEST_CASE("Import values: dates and amounts as offices write them", "[csv]")
{
    CHECK(core::CsvValues::date(QStringLiteral("2012-03-05")).value() == QDate(2012, 3, 5));
    CHECK(core::CsvValues::date(QStringLiteral(" 05.03.2012 ")).value() == QDate(2012, 3, 5));
    CHECK(core::CsvValues::date(QStringLiteral("5.3.2012")).value() == QDate(2012, 3, 5));
    CHECK(core::CsvValues::date(QStringLiteral("2012-02-30")).error().message == QStringLiteral("no such date"));
    CHECK(core::CsvValues::date(QStringLiteral("05/03/2012")).error().message ==
          QStringLiteral("expected a date YYYY-MM-DD or DD.MM.YYYY"));
    CHECK(core::CsvValues::amount(QStringLiteral("1 234,56")).value().grosze() == 123456);
    CHECK(core::CsvValues::amount(QStringLiteral("1234.5")).value().grosze() == 123450);
    CHECK(!core::CsvValues::amount(QStringLiteral("12,345")).ok());
    CHECK(core::CsvValues::yesNo(QStringLiteral("Tak")).value());
    CHECK(!core::CsvValues::yesNo(QStringLiteral("nie")).value());
    CHECK(!core::CsvValues::yesNo(QStringLiteral("może")).ok());
}

TEST_CASE("CSV written by CsvWriter reads back the same", "[csv]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.csv"));
    core::CsvWriter writer(path);
    writer.writeRow({QStringLiteral("Imię"), QStringLiteral("Uwagi")});
    writer.writeRow({QStringLiteral("Łucja"), QStringLiteral("a;b \"c\"\nd")});
    REQUIRE(writer.finish().ok());
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    CHECK(bytes.contains("\r\n"));
    auto table = CsvReader::readFile(path);
    REQUIRE(table.ok());
    CHECK(table->encoding == TextEncoding::Utf8WithBom);
    REQUIRE(table->rows.size() == 1);
    CHECK(table->rows[0].fields == QStringList{QStringLiteral("Łucja"), QStringLiteral("a;b \"c\"\nd")});
}
