#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QSizeF>
#include <QString>
#include <memory>
#include <vector>

class QChart;
class QGraphicsScene;
class QImage;
class QPagedPaintDevice;
class QPrinter;
class QTextDocument;
class QWidget;

namespace osiedle::ui {

class FigureTextObject;

/// The one printer of every document Osiedle prints (indicator reports, attendance lists,
/// certificates, protocols, schedules). It lays a QTextDocument out on A4 pages, portrait or
/// landscape, and draws on every page:
///   - a header line with the document's title (usually the project title) and an optional
///     right-hand text, over a thin rule;
///   - a footer with the EU co-financing line and "Page N of M".
/// Charts (a QChart or any QGraphicsScene) are placed in the text flow as vector figures: put
/// the placeholder `[[figure:NAME]]` in its own paragraph of the HTML and call addChart/addScene
/// with the same NAME (a figure without a placeholder is appended at the end of the document).
///
/// Typical use:
/// \code
///   DocumentPrinter printer(projectTitle, DocumentPrinter::Orientation::Landscape);
///   printer.setHtml(html);                         // body; <thead> rows repeat on each page
///   printer.addChart("attainment", chart, {250, 110});   // size in millimetres
///   printer.writePdf(path);   // or print(qprinter) / preview(parentWidget)
/// \endcode
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

    explicit DocumentPrinter(QString title, Orientation orientation = Orientation::Portrait);
    ~DocumentPrinter();
    DocumentPrinter(const DocumentPrinter&) = delete;
    DocumentPrinter& operator=(const DocumentPrinter&) = delete;

    /// Text shown at the right of the header line (e.g. the document's name); empty by default.
    void setHeaderRight(const QString& text);
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

    /// Paints every page onto a paged device (QPdfWriter, QPrinter); sets A4 and the
    /// orientation on it first. False when the device cannot be painted on.
    bool render(QPagedPaintDevice& device);
    /// Writes a PDF file; the error names the file when it cannot be written.
    core::Status writePdf(const QString& path);
    /// Prints on a configured printer (e.g. after QPrintDialog).
    bool print(QPrinter& printer);
    /// Shows the print preview dialog (modal); the user may print from it.
    void preview(QWidget* parent);

private:
    struct Figure;
    void placeFigures();
    double layoutUnitsPerMm() const;

    QString m_title;
    QString m_headerRight;
    Orientation m_orientation;
    std::unique_ptr<QImage> m_layoutDevice; ///< fixes the layout at 96 dpi on every machine
    std::unique_ptr<QTextDocument> m_document;
    FigureTextObject* m_figureObject = nullptr; ///< owned by m_document
    std::vector<std::unique_ptr<Figure>> m_figures;
};

} // namespace osiedle::ui
