#include "ui/common/DocumentPrinter.h"

#include "core/common/OutputFile.h"
#include "ui/common/FigureTextObject.h"

#include <QAbstractTextDocumentLayout>
#include <QChart>
#include <QDir>
#include <QFile>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QImage>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QTextCursor>
#include <QTextDocument>

namespace osiedle::ui {

namespace {

// The document is laid out in units of 1/96 inch, whatever the screen.
constexpr double layoutDpi = 96.0;
constexpr double mmPerInch = 25.4;

// Page geometry in millimetres.
constexpr double marginSide = 15.0;
constexpr double marginTop = 10.0;
constexpr double headerHeight = 8.0;
constexpr double headerGap = 3.0;
constexpr double marginBottom = 8.0;
constexpr double footerHeight = 11.0;
constexpr double footerGap = 2.0;

constexpr double headerPointSize = 8.0;
constexpr double footerPointSize = 7.5;
constexpr double bodyPointSize = 9.0;

QSizeF a4Mm(DocumentPrinter::Orientation orientation)
{
    return orientation == DocumentPrinter::Orientation::Landscape ? QSizeF(297.0, 210.0) : QSizeF(210.0, 297.0);
}

QSizeF bodySizeMm(DocumentPrinter::Orientation orientation)
{
    const QSizeF page = a4Mm(orientation);
    return {page.width() - 2 * marginSide,
            page.height() - marginTop - headerHeight - headerGap - footerGap - footerHeight - marginBottom};
}

} // namespace

struct DocumentPrinter::Figure {
    QString name;
    std::unique_ptr<QGraphicsScene> scene;
    QSizeF sizeMm;
    bool placed = false; ///< inserted into the current document
};

QString DocumentPrinter::coFinancingLine()
{
    return QStringLiteral("Projekt współfinansowany ze środków Unii Europejskiej w ramach Europejskiego Funduszu "
                          "Społecznego");
}

QString DocumentPrinter::fontFamily()
{
    return QStringLiteral("DejaVu Sans");
}

DocumentPrinter::DocumentPrinter(QString title, Orientation orientation)
    : m_title(std::move(title)), m_orientation(orientation),
      m_layoutDevice(std::make_unique<QImage>(1, 1, QImage::Format_ARGB32)),
      m_document(std::make_unique<QTextDocument>())
{
    const int dotsPerMeter = qRound(layoutDpi / mmPerInch * 1000.0);
    m_layoutDevice->setDotsPerMeterX(dotsPerMeter);
    m_layoutDevice->setDotsPerMeterY(dotsPerMeter);
    m_document->documentLayout()->setPaintDevice(m_layoutDevice.get());
    m_document->setUseDesignMetrics(true);
    m_document->setDocumentMargin(0);
    QFont font(fontFamily());
    font.setPointSizeF(bodyPointSize);
    font.setHintingPreference(QFont::PreferNoHinting);
    m_document->setDefaultFont(font);
    m_document->setDefaultStyleSheet(
        QStringLiteral("table { border-collapse: collapse; }"
                       "th { background-color: #e6e6e6; font-weight: bold; }"
                       "h1 { font-size: 14pt; } h2 { font-size: 11pt; } h3 { font-size: 10pt; }"));
    const QSizeF body = bodySizeMm(m_orientation) * layoutUnitsPerMm();
    m_document->setPageSize(body);
    m_figureObject = new FigureTextObject(m_document.get());
    m_document->documentLayout()->registerHandler(FigureTextObject::type, m_figureObject);
}

DocumentPrinter::~DocumentPrinter() = default;

double DocumentPrinter::layoutUnitsPerMm() const
{
    return layoutDpi / mmPerInch;
}

void DocumentPrinter::setHeaderRight(const QString& text)
{
    m_headerRight = text;
}

void DocumentPrinter::setHtml(const QString& html)
{
    m_document->setHtml(html);
    for (auto& figure : m_figures) {
        figure->placed = false;
    }
}

QTextDocument& DocumentPrinter::document()
{
    return *m_document;
}

void DocumentPrinter::addChart(const QString& name, QChart* chart, QSizeF sizeMm)
{
    auto scene = std::make_unique<QGraphicsScene>();
    const QSizeF size = sizeMm * (layoutDpi / mmPerInch);
    scene->addItem(chart); // the scene owns the chart from here
    chart->setPos(0, 0);
    chart->resize(size);
    chart->layout()->activate();
    scene->setSceneRect(QRectF(QPointF(0, 0), size));
    addScene(name, std::move(scene), sizeMm);
}

void DocumentPrinter::addScene(const QString& name, std::unique_ptr<QGraphicsScene> scene, QSizeF sizeMm)
{
    m_figureObject->addScene(int(m_figures.size()), scene.get());
    m_figures.push_back(std::make_unique<Figure>(Figure{name, std::move(scene), sizeMm}));
}

void DocumentPrinter::placeFigures()
{
    // One edit: the document is laid out once after all the figures are in, not after each.
    QTextCursor edit(m_document.get());
    edit.beginEditBlock();
    bool placed = false;
    for (std::size_t i = 0; i < m_figures.size(); ++i) {
        Figure& figure = *m_figures[i];
        if (figure.placed) {
            continue;
        }
        figure.placed = true;
        placed = true;
        QTextCharFormat format;
        format.setObjectType(FigureTextObject::type);
        format.setProperty(FigureTextObject::idProperty, int(i));
        format.setProperty(FigureTextObject::sizeProperty, figure.sizeMm * layoutUnitsPerMm());
        QTextCursor cursor = m_document->find(QStringLiteral("[[figure:%1]]").arg(figure.name));
        if (cursor.isNull()) {
            cursor = QTextCursor(m_document.get());
            cursor.movePosition(QTextCursor::End);
            cursor.insertBlock();
        }
        cursor.insertText(QString(QChar::ObjectReplacementCharacter), format);
    }
    if (placed) {
        // The incremental relayout after inserting tall objects leaves the pagination of the
        // later blocks stale (blocks after a page break were skipped when drawing and the page
        // count was short): lay the whole document out again.
        m_document->markContentsDirty(0, m_document->characterCount());
    }
    edit.endEditBlock();
}

int DocumentPrinter::pageCount()
{
    placeFigures();
    return m_document->pageCount();
}

QString DocumentPrinter::plainText()
{
    placeFigures();
    QString text = m_document->toPlainText();
    text.remove(QChar::ObjectReplacementCharacter);
    return text;
}

bool DocumentPrinter::render(QPagedPaintDevice& device)
{
    placeFigures();
    device.setPageLayout(
        QPageLayout(QPageSize(QPageSize::A4),
                    m_orientation == Orientation::Landscape ? QPageLayout::Landscape : QPageLayout::Portrait,
                    QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));
    QPainter painter;
    if (!painter.begin(&device)) {
        return false;
    }
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);

    const QSizeF pageMm = a4Mm(m_orientation);
    const QSizeF bodyMm = bodySizeMm(m_orientation);
    const double pxPerMmX = device.width() / pageMm.width();
    const double pxPerMmY = device.height() / pageMm.height();
    auto px = [&](double xMm, double yMm, double wMm, double hMm) {
        return QRectF(xMm * pxPerMmX, yMm * pxPerMmY, wMm * pxPerMmX, hMm * pxPerMmY);
    };

    QFont headerFont(fontFamily());
    headerFont.setPointSizeF(headerPointSize);
    QFont footerFont(fontFamily());
    footerFont.setPointSizeF(footerPointSize);
    QPen rule(QColor(0x60, 0x60, 0x60));
    rule.setWidthF(0.25 * pxPerMmY);

    const double bodyTop = marginTop + headerHeight + headerGap;
    const double footerTop = pageMm.height() - marginBottom - footerHeight;
    const QSizeF bodyUnits = m_document->pageSize();
    const int pages = m_document->pageCount();
    for (int page = 0; page < pages; ++page) {
        if (page > 0 && !device.newPage()) {
            return false;
        }
        // Header: title at the left, the optional text at the right, a rule below.
        painter.setPen(Qt::black);
        painter.setFont(headerFont);
        const QRectF headerText = px(marginSide, marginTop, bodyMm.width(), headerHeight - 1.5);
        painter.drawText(headerText, Qt::AlignLeft | Qt::AlignBottom | Qt::TextSingleLine,
                         painter.fontMetrics().elidedText(m_title, Qt::ElideRight, int(headerText.width() * 0.7)));
        painter.drawText(headerText, Qt::AlignRight | Qt::AlignBottom | Qt::TextSingleLine, m_headerRight);
        painter.setPen(rule);
        painter.drawLine(headerText.bottomLeft() + QPointF(0, 1.0 * pxPerMmY),
                         headerText.bottomRight() + QPointF(0, 1.0 * pxPerMmY));

        // Body: this page's slice of the document, scaled from layout units to the device.
        painter.save();
        painter.translate(marginSide * pxPerMmX, bodyTop * pxPerMmY);
        painter.scale(pxPerMmX / layoutUnitsPerMm(), pxPerMmY / layoutUnitsPerMm());
        const QRectF slice(0, page * bodyUnits.height(), bodyUnits.width(), bodyUnits.height());
        painter.translate(0, -slice.top());
        painter.setClipRect(slice);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = slice;
        context.palette.setColor(QPalette::Text, Qt::black);
        m_document->documentLayout()->draw(&painter, context);
        painter.restore();

        // Footer: a rule, the co-financing line, the page number.
        painter.setPen(rule);
        painter.drawLine(px(marginSide, footerTop, bodyMm.width(), 0).topLeft(),
                         px(marginSide, footerTop, bodyMm.width(), 0).topRight());
        painter.setPen(Qt::black);
        painter.setFont(footerFont);
        painter.drawText(px(marginSide, footerTop + 1.0, bodyMm.width(), 4.5), Qt::AlignHCenter | Qt::AlignVCenter,
                         coFinancingLine());
        painter.drawText(px(marginSide, footerTop + 5.5, bodyMm.width(), 4.5), Qt::AlignRight | Qt::AlignVCenter,
                         tr("Page %1 of %2").arg(page + 1).arg(pages));
    }
    return painter.end();
}

core::Status DocumentPrinter::writePdf(const QString& path)
{
    // Written through OutputFile: never over a project, and complete or not at all.
    core::OutputFile out(path);
    if (core::Status opened = out.open(); !opened) {
        return opened;
    }
    {
        QPdfWriter writer(out.device());
        writer.setTitle(m_title);
        writer.setCreator(QStringLiteral("Osiedle"));
        writer.setResolution(600);
        if (!render(writer)) {
            out.cancel();
            return core::Error{tr("Cannot write %1").arg(QDir::toNativeSeparators(path))};
        }
    }
    return out.commit();
}

bool DocumentPrinter::print(QPrinter& printer)
{
    printer.setFullPage(true);
    return render(printer);
}

void DocumentPrinter::preview(QWidget* parent)
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Print preview"));
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
                     [this](QPrinter* target) { print(*target); });
    dialog.exec();
}

} // namespace osiedle::ui
