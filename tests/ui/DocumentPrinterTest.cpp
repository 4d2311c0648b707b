#include "support/QtStringMakers.h"
#include "ui/common/DocumentPrinter.h"

#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

using osiedle::ui::DocumentPrinter;

namespace {

QString longHtml(int paragraphs)
{
    QString html = QStringLiteral("<h1>Zażółć gęślą jaźń</h1>");
    for (int i = 1; i <= paragraphs; ++i) {
        html += QStringLiteral("<p>Akapit %1: łódź, źrebię, ćma, Śląsk, Żółw.</p>").arg(i);
    }
    return html;
}

// The text of each page of a PDF, or an empty list when pdftotext is not installed.
QStringList pdfPages(const QString& path)
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
        return {};
    }
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    REQUIRE(process.waitForFinished(30000));
    QStringList pages = QString::fromUtf8(process.readAllStandardOutput()).split(QChar('\f'));
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty()) {
        pages.removeLast();
    }
    return pages;
}

} // namespace

TEST_CASE("A long document takes several pages, each with the co-financing line and its number", "[printing]")
{
    const auto orientation = GENERATE(DocumentPrinter::Orientation::Portrait, DocumentPrinter::Orientation::Landscape);
    QTemporaryDir dir;
    DocumentPrinter printer(QStringLiteral("Partnerstwo na rzecz ekonomii społecznej"), orientation);
    printer.setHeaderRight(QStringLiteral("Lista obecności"));
    printer.setHtml(longHtml(150));
    const int pages = printer.pageCount();
    CHECK(pages > 1);
    CHECK(printer.plainText().contains(QStringLiteral("Zażółć gęślą jaźń")));

    const QString path = dir.filePath(QStringLiteral("out.pdf"));
    REQUIRE(printer.writePdf(path).ok());
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(5) == QByteArray("%PDF-"));

    const QStringList text = pdfPages(path);
    if (!text.isEmpty()) {
        REQUIRE(text.size() == pages);
        for (int i = 0; i < pages; ++i) {
            INFO("page " << i + 1);
            const QString page = text[i].simplified();
            CHECK(page.contains(QStringLiteral("Europejskiego Funduszu Społecznego")));
            CHECK(page.contains(QStringLiteral("Page %1 of %2").arg(i + 1).arg(pages)));
            CHECK(page.contains(QStringLiteral("Partnerstwo na rzecz ekonomii społecznej")));
        }
        CHECK(text.first().contains(QStringLiteral("Zażółć gęślą jaźń")));
    }
}

TEST_CASE("A chart is placed at its placeholder and the placeholder text disappears", "[printing]")
{
    DocumentPrinter printer(QStringLiteral("Projekt"), DocumentPrinter::Orientation::Landscape);
    printer.setHtml(QStringLiteral("<p>Przed</p><p>[[figure:bars]]</p><p>Po</p>"));
    auto* chart = new QChart;
    auto* set = new QBarSet(QStringLiteral("Realizacja"));
    *set << 10 << 55 << 100;
    auto* series = new QBarSeries;
    series->append(set);
    chart->addSeries(series);
    printer.addChart(QStringLiteral("bars"), chart, QSizeF(200, 120));
    // 120 mm of chart and two paragraphs fit on one landscape page body (168 mm)...
    CHECK(printer.pageCount() == 1);
    CHECK_FALSE(printer.plainText().contains(QStringLiteral("[[figure")));
    CHECK(printer.plainText().contains(QStringLiteral("Przed")));
    // ...a second chart of the same size does not.
    auto* second = new QChart;
    printer.addChart(QStringLiteral("other"), second, QSizeF(200, 120));
    CHECK(printer.pageCount() == 2);

    QTemporaryDir dir;
    REQUIRE(printer.writePdf(qEnvironmentVariable("KEEP_PDF", dir.filePath(QStringLiteral("chart.pdf")))).ok());
}

TEST_CASE("Writing a PDF where it cannot be written gives an error naming the file", "[printing]")
{
    DocumentPrinter printer(QStringLiteral("Projekt"));
    printer.setHtml(QStringLiteral("<p>x</p>"));
    const QString path = QStringLiteral("/nonexistent-folder/out.pdf");
    const auto written = printer.writePdf(path);
    REQUIRE_FALSE(written.ok());
    CHECK(written.error().message.contains(path));
}
