#pragma once

#include "core/common/Result.h"
#include "core/domain/PrintedIdentity.h"

#include <QCoreApplication>
#include <QPointF>
#include <QSizeF>
#include <QString>
#include <functional>
#include <memory>
#include <vector>

class QChart;
class QGraphicsScene;
class QImage;
class QPagedPaintDevice;
class QPainter;
class QPrinter;
class QTextDocument;
class QWidget;

namespace osiedle::core {
class Database;
}

namespace osiedle::ui {

class FigureTextObject;
class LogoStripImage;

/// The one printer of every document Osiedle prints (indicator reports, attendance lists,
/// certificates, protocols, schedules). It lays a QTextDocument out on A4 pages, portrait or
/// landscape, and draws on every page:
///   - the project's logo strip, when the office has loaded one (PrintedIdentity);
///   - a header line with the project's title and contract number and an optional right-hand
///     text (the document's name), over a thin rule;
///   - a footer with the EU co-financing line and "Page N of M".
/// Documents of a project get their printer from forProject(), which reads that identity.
/// Charts (a QChart or any QGraphicsScene) are placed in the text flow as vector figures: put
/// the placeholder `[[figure:NAME]]` in its own paragraph of the HTML and call addChart/addScene
/// with the same NAME (a figure without a placeholder is appended at the end of the document).
///
/// Typical use:
/// \code
///   auto printer = DocumentPrinter::forProject(db, DocumentPrinter::Orientation::Landscape);
///   printer->setHtml(html);                         // body; <thead> rows repeat on each page
///   printer->addChart("attainment", chart, {250, 110});   // size in millimetres
///   printer->writePdf(path);   // or print(qprinter) / preview(parentWidget)
/// \endcode
/// Tables with `border="1"` and `border-collapse: collapse` print their 1-pixel grid as borders of
/// the cells (TableGrid), on the same pages and much faster for long tables.
/// The body's default font is DejaVu Sans 9 pt (it has every Polish letter; the program ships it,
/// see ShippedFonts). The HTML may use
/// `page-break-before: always`. Lives in the GUI thread (or the offscreen CLI); not thread-safe.
class DocumentPrinter {
    Q_DECLARE_TR_FUNCTIONS(DocumentPrinter)

public:
    enum class Orientation { Portrait, Landscape };

    /// The line required on every printed page of the project.
    static QString coFinancingLine();
    /// The default body font family (DejaVu Sans).
    static QString fontFamily();

    /// The printer of a document of the project in `db`: its logo strip and its title and
    /// contract number on every page (an unreadable file prints without them).
    static std::unique_ptr<DocumentPrinter> forProject(core::Database& db,
                                                       Orientation orientation = Orientation::Portrait);

    explicit DocumentPrinter(core::PrintedIdentity identity, Orientation orientation = Orientation::Portrait);
    /// A document with only a title in its header line.
    explicit DocumentPrinter(const QString& title, Orientation orientation = Orientation::Portrait);
    ~DocumentPrinter();
    DocumentPrinter(const DocumentPrinter&) = delete;
    DocumentPrinter& operator=(const DocumentPrinter&) = delete;

    /// Text shown at the right of the header line (e.g. the document's name); empty by default.
    void setHeaderRight(const QString& text);
    /// For a batch of documents in one file (certificates, one attendance list per session): each
    /// part begun by a page break is numbered on its own, "Page 1 of 2" of that part, as an
    /// auditor reads each document apart. Off by default (the whole file is one document).
    void setNumberPagesPerPart(bool perPart);
    /// Each page's number and the page count of its document, as the footer prints them.
    QList<std::pair<int, int>> pageNumbers();

    /// Replaces the body with the given HTML (Qt's rich-text subset).
    void setHtml(const QString& html);
    /// The body, for callers that build it with QTextCursor; owned by the printer.
    QTextDocument& document();

    /// Places a chart at the placeholder `[[figure:NAME]]` (or at the end), `sizeMm` wide and
    /// high in millimetres. The printer takes ownership of the chart.
    void addChart(const QString& name, QChart* chart, QSizeF sizeMm);
    /// The same for any scene; its sceneRect() is scaled into the figure's box.
    void addScene(const QString& name, std::unique_ptr<QGraphicsScene> scene, QSizeF sizeMm);

    /// Number of pages the document takes (after figures are placed).
    int pageCount();
    /// The body's plain text (figures excluded), e.g. for tests.
    QString plainText();

    /// Told, before each page is painted, its number (0-based) and the number of pages; returns
    /// false to stop.
    using PageProgress = std::function<bool(int page, int pages)>;

    /// Paints every page onto a paged device (QPdfWriter, QPrinter); sets A4 and the
    /// orientation on it first. False when the device cannot be painted on or `progress`
    /// stopped it.
    bool render(QPagedPaintDevice& device, const PageProgress& progress = {});
    /// Writes a PDF file; the error names the file when it cannot be written. The file is
    /// replaced only when it is complete: stopped by `progress`, an earlier file stays as it was
    /// (the error then says the PDF was cancelled).
    core::Status writePdf(const QString& path, const PageProgress& progress = {});
    /// Prints on a configured printer (e.g. after QPrintDialog).
    bool print(QPrinter& printer);
    /// Shows the print preview dialog (modal); the user may print from it.
    void preview(QWidget* parent);

private:
    struct Figure;
    void placeFigures();
    /// Stops the layout until layOut() (a document without a page size is not laid out).
    void suspendLayout();
    /// Places the figures and lays the whole document out, once.
    void layOut();
    double layoutUnitsPerMm() const;
    /// The height of the logo band at the top of each page (0 without a logo strip), in mm.
    double logoBandMm() const;
    void paintHeader(QPainter& painter, const QPointF& pxPerMm);

    core::PrintedIdentity m_identity;
    std::unique_ptr<LogoStripImage> m_logo; ///< decoded once; null without a drawable strip
    QString m_headerRight;
    bool m_perPart = false;
    Orientation m_orientation;
    std::unique_ptr<QImage> m_layoutDevice; ///< fixes the layout at 96 dpi on every machine
    std::unique_ptr<QTextDocument> m_document;
    FigureTextObject* m_figureObject = nullptr; ///< owned by m_document
    std::vector<std::unique_ptr<Figure>> m_figures;
};

} // namespace osiedle::ui
