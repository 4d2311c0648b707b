#include "ui/common/TableGrid.h"

#include "support/QtStringMakers.h"

#include <QAbstractTextDocumentLayout>
#include <QImage>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>
#include <cmath>
#include <memory>

using osiedle::ui::TableGrid;

namespace {

// Two tables as the printed reports make them: a header repeated on each page, percentage
// widths, a row across the table, coloured cells, numbers at the right, text that wraps, and
// enough rows to run over several pages.
QString reportHtml()
{
    const QString start = QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\" "
                                         "style=\"border-collapse: collapse; border-color: #707070; "
                                         "border-style: solid;\">");
    QString html = QStringLiteral("<h2>Jakość danych</h2>") + start +
                   QStringLiteral("<thead><tr><th width=\"5%\">Lp.</th><th width=\"25%\">Uczestnik</th>"
                                  "<th width=\"8%\">ID</th><th width=\"12%\">Początek</th><th>Brakujące dane"
                                  "</th></tr></thead>");
    for (int i = 1; i <= 140; ++i) {
        if (i % 40 == 0) {
            html += QStringLiteral("<tr><td colspan=\"5\" bgcolor=\"#eeeeee\"><b>Grupa %1</b></td></tr>").arg(i / 40);
        }
        const QString missing = i % 7 == 0 ? QStringLiteral("adres: miejscowość i kod pocztowy, kontakt (telefon, "
                                                            "komórka lub e-mail), wykształcenie, status na rynku "
                                                            "pracy, gmina (TERYT), zgoda na przetwarzanie danych")
                                           : QStringLiteral("wykształcenie");
        html += QStringLiteral("<tr><td align=\"right\">%1</td><td>Żółkiewska-Świątek Łucja %1</td>"
                               "<td align=\"right\"%3>%2</td><td align=\"center\">01.02.2011</td><td>%4</td></tr>")
                    .arg(i)
                    .arg(1000 + i * 37)
                    .arg(i % 5 == 0 ? QStringLiteral(" bgcolor=\"#ffe082\"") : QString())
                    .arg(missing);
    }
    html += QStringLiteral("</table><p>Tekst między tabelami.</p>") + start +
            QStringLiteral("<tr><th rowspan=\"2\" width=\"40%\">Wskaźnik</th><th colspan=\"3\">Wartość</th></tr>"
                           "<tr><th>O</th><th>K</th><th>M</th></tr>"
                           "<tr><td>Uczestnicy</td><td align=\"right\">120</td><td align=\"right\">70</td>"
                           "<td align=\"right\">50</td></tr><tr><td>Kwota</td><td colspan=\"3\" align=\"right\">"
                           "1 234,56</td></tr></table>");
    return html;
}

// A document set up as DocumentPrinter sets up its own: 96 dpi layout units, design metrics, no
// document margin, the printer's style sheet.
struct LaidOut {
    std::unique_ptr<QImage> device = std::make_unique<QImage>(1, 1, QImage::Format_ARGB32);
    std::unique_ptr<QTextDocument> document = std::make_unique<QTextDocument>();

    explicit LaidOut(const QString& html, bool cellBorders)
    {
        const int dotsPerMeter = qRound(96.0 / 25.4 * 1000.0);
        device->setDotsPerMeterX(dotsPerMeter);
        device->setDotsPerMeterY(dotsPerMeter);
        document->documentLayout()->setPaintDevice(device.get());
        document->setUseDesignMetrics(true);
        document->setDocumentMargin(0);
        QFont font(QStringLiteral("DejaVu Sans"));
        font.setPointSizeF(9.0);
        document->setDefaultFont(font);
        document->setDefaultStyleSheet(QStringLiteral("table { border-collapse: collapse; }"
                                                      "th { background-color: #e6e6e6; font-weight: bold; }"));
        document->setHtml(html);
        if (cellBorders) {
            TableGrid::useCellBorders(*document);
        }
        // A landscape A4 body at 96 dpi.
        document->setPageSize(QSizeF(1009.0, 624.0));
    }

    QList<QTextTable*> tables() const
    {
        QList<QTextTable*> list;
        for (QTextFrame* frame : document->rootFrame()->childFrames()) {
            if (auto* table = qobject_cast<QTextTable*>(frame)) {
                list << table;
            }
        }
        return list;
    }

    // Where every block of text is: the place of each cell's content and of the text between.
    QList<QRectF> blockRects() const
    {
        QList<QRectF> rects;
        for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
            rects << document->documentLayout()->blockBoundingRect(block);
        }
        return rects;
    }
};

} // namespace

TEST_CASE("Cell borders put every cell, row and page break where the collapsed grid put it", "[printing]")
{
    const LaidOut collapsed(reportHtml(), false);
    const LaidOut bordered(reportHtml(), true);

    REQUIRE(collapsed.document->pageCount() > 3); // the header repeats over several page breaks
    CHECK(bordered.document->pageCount() == collapsed.document->pageCount());
    const QList<QRectF> before = collapsed.blockRects();
    const QList<QRectF> after = bordered.blockRects();
    REQUIRE(after.size() == before.size());
    const double pageHeight = collapsed.document->pageSize().height();
    for (qsizetype i = 0; i < before.size(); ++i) {
        INFO("block " << i << ": " << collapsed.document->findBlockByNumber(int(i)).text().left(40).toStdString());
        CHECK(after[i].topLeft() == before[i].topLeft());
        CHECK(after[i].width() == before[i].width());
        // A cell cut by a page break continues its lines on the next page at most half a pixel
        // from where the collapsed grid put them (the row itself ends where it did).
        const bool cut = int(before[i].top() / pageHeight) != int(before[i].bottom() / pageHeight);
        if (cut) {
            CHECK(std::abs(after[i].height() - before[i].height()) <= 0.5);
        } else {
            CHECK(after[i].height() == before[i].height());
        }
    }
    const QList<QTextTable*> tablesBefore = collapsed.tables();
    const QList<QTextTable*> tablesAfter = bordered.tables();
    REQUIRE(tablesAfter.size() == 2);
    for (qsizetype i = 0; i < tablesBefore.size(); ++i) {
        CHECK(bordered.document->documentLayout()->frameBoundingRect(tablesAfter[i]) ==
              collapsed.document->documentLayout()->frameBoundingRect(tablesBefore[i]));
    }
}

TEST_CASE("A collapsed 1-pixel grid becomes half-pixel borders of the cells in the grid's colour", "[printing]")
{
    const LaidOut bordered(reportHtml(), true);
    QTextTable* table = bordered.tables().first();
    const QTextTableFormat format = table->format();
    CHECK_FALSE(format.borderCollapse());
    CHECK(format.border() == 0.0);
    CHECK(format.cellSpacing() == 0.0);
    // The grid's rounded outer edge (1 px) and the table's frame border (1 px) on each side.
    CHECK(format.leftMargin() == 2.0);
    CHECK(format.rightMargin() == 2.0);
    CHECK(format.topMargin() == 2.0);
    CHECK(format.bottomMargin() == 2.0);
    for (const auto& [row, column] : {std::pair{0, 0}, std::pair{1, 4}, std::pair{40, 0}, std::pair{140, 2}}) {
        const QTextTableCellFormat cell = table->cellAt(row, column).format().toTableCellFormat();
        INFO("cell " << row << ", " << column);
        CHECK(cell.topBorder() == 0.5);
        CHECK(cell.bottomBorder() == 0.5);
        CHECK(cell.leftBorder() == 0.5);
        CHECK(cell.rightBorder() == 0.5);
        CHECK(cell.topBorderStyle() == QTextFrameFormat::BorderStyle_Solid);
        CHECK(cell.leftBorderBrush().color() == QColor(0x70, 0x70, 0x70));
    }
    CHECK(TableGrid::hasCollapsedGrid(*bordered.tables().last()) == false); // converted too
}

TEST_CASE("Tables drawn otherwise are left as they are", "[printing]")
{
    const QString thick = QStringLiteral("<table border=\"2\" style=\"border-collapse: collapse\"><tr><td>a</td>"
                                         "<td>b</td></tr></table>");
    const QString ownBorders = QStringLiteral("<table border=\"1\" style=\"border-collapse: collapse\"><tr><td>a</td>"
                                              "<td style=\"border-width: 3px; border-style: dashed\">b</td></tr>"
                                              "</table>");
    const QString separate = QStringLiteral("<table border=\"1\" cellspacing=\"2\" "
                                            "style=\"border-collapse: separate\"><tr><td>a</td></tr></table>");
    for (const QString& html : {thick, ownBorders, separate}) {
        INFO(html.toStdString());
        QTextDocument plain;
        plain.setHtml(html);
        QTextDocument converted;
        converted.setHtml(html);
        TableGrid::useCellBorders(converted);
        auto* before = qobject_cast<QTextTable*>(plain.rootFrame()->childFrames().first());
        auto* after = qobject_cast<QTextTable*>(converted.rootFrame()->childFrames().first());
        REQUIRE(after != nullptr);
        CHECK(after->format() == before->format());
        CHECK(after->cellAt(0, 0).format() == before->cellAt(0, 0).format());
    }
}

TEST_CASE("Converting twice changes nothing more", "[printing]")
{
    LaidOut once(reportHtml(), true);
    const QTextTableFormat format = once.tables().first()->format();
    TableGrid::useCellBorders(*once.document);
    CHECK(once.tables().first()->format() == format);
}
