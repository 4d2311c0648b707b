// A PDF is written page by page with its progress told, and can be stopped: the earlier file then
// stays as it was.

#include "support/QtStringMakers.h"
#include "ui/common/DocumentPrinter.h"

#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using osiedle::ui::DocumentPrinter;

namespace {

DocumentPrinter* longDocument(DocumentPrinter& printer)
{
    QString html = QStringLiteral("<h1>Raport</h1><p>[[figure:chart]]</p>");
    for (int i = 1; i <= 400; ++i) {
        html += QStringLiteral("<p>Akapit %1: łódź, źrebię, ćma.</p>").arg(i);
    }
    printer.setHtml(html);
    auto* chart = new QChart;
    auto* series = new QBarSeries;
    series->append(new QBarSet(QStringLiteral("A")));
    chart->addSeries(series);
    printer.addChart(QStringLiteral("chart"), chart, QSizeF(150, 120));
    return &printer;
}

} // namespace

TEST_CASE("A PDF tells each page before painting it", "[printing]")
{
    QTemporaryDir dir;
    DocumentPrinter printer(QStringLiteral("Projekt"));
    longDocument(printer);
    const int pages = printer.pageCount();
    REQUIRE(pages > 3);
    QList<int> told;
    const QString path = dir.filePath(QStringLiteral("report.pdf"));
    REQUIRE(printer
                .writePdf(path,
                          [&](int page, int total) {
                              CHECK(total == pages);
                              told.append(page);
                              return true;
                          })
                .ok());
    QList<int> expected;
    for (int page = 0; page < pages; ++page) {
        expected.append(page);
    }
    CHECK(told == expected);
    QFile pdf(path);
    REQUIRE(pdf.open(QIODevice::ReadOnly));
    CHECK(pdf.read(5) == QByteArray("%PDF-"));
}

TEST_CASE("A PDF stopped halfway leaves the earlier file as it was", "[printing]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.pdf"));
    {
        QFile earlier(path);
        REQUIRE(earlier.open(QIODevice::WriteOnly));
        earlier.write("the report of last quarter");
    }
    DocumentPrinter printer(QStringLiteral("Projekt"));
    longDocument(printer);
    const auto stopped = printer.writePdf(path, [](int page, int) { return page < 2; });
    REQUIRE_FALSE(stopped.ok());
    CHECK(stopped.error().message.contains(QStringLiteral("cancelled")));
    QFile kept(path);
    REQUIRE(kept.open(QIODevice::ReadOnly));
    CHECK(kept.readAll() == QByteArray("the report of last quarter"));
    CHECK(QDir(dir.path()).entryList(QDir::Files) == QStringList{QStringLiteral("report.pdf")});
}
