// libxlsxwriter prints numbers with printf: under a Polish locale "77,5", which spreadsheets
// read as 77 (or call the file damaged). Every number must come out with a decimal point.

#include "core/io/CsvTable.h"
#include "core/io/XlsxReader.h"
#include "core/io/XlsxWriter.h"
#include "support/QtStringMakers.h"

#include <QTemporaryDir>
#include <clocale>
#include <cstdio>
#include <string>

using namespace osiedle;

TEST_CASE("Numbers in an .xlsx are written with a decimal point under pl_PL.UTF-8", "[xlsx][locale]")
{
    REQUIRE(core::XlsxWriter::available());
    const std::string previous = std::setlocale(LC_ALL, nullptr);
    if (std::setlocale(LC_ALL, "pl_PL.UTF-8") == nullptr) {
        FAIL("The locale pl_PL.UTF-8 is not installed: run scripts/deps, which generates it.");
    }
    char printed[32] = {};
    std::snprintf(printed, sizeof printed, "%.1f", 77.5);
    const bool polishPrintf = QByteArray(printed) == "77,5"; // the condition this test is about

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("liczby.xlsx"));
    core::XlsxWriter writer(path);
    writer.writeHeader({QStringLiteral("Procent"), QStringLiteral("Kwota"), QStringLiteral("Liczba")});
    writer.writeRow({77.5, core::Money::fromGrosze(5759202), qint64(12)});
    const core::Status written = writer.finish();
    std::setlocale(LC_ALL, previous.c_str());
    REQUIRE(polishPrintf);
    REQUIRE(written.ok());

    const auto table = core::readTableFile(path);
    REQUIRE(table.ok());
    REQUIRE(table->rows.size() == 1);
    CHECK(table->rows[0].fields ==
          QStringList{QStringLiteral("77.5"), QStringLiteral("57592.02"), QStringLiteral("12")});
}
