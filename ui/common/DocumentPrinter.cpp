#include "ui/common/DocumentPrinter.h"

#include "core/common/OutputFile.h"
#include "core/storage/ProjectRepository.h"
#include "core/storage/StorageError.h"
#include "ui/common/FigureTextObject.h"
#include "ui/common/LogoStripImage.h"
#include "ui/common/ShippedFonts.h"
#include "ui/common/TableGrid.h"

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
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <algorithm>

namespace osiedle::ui {

namespace {

// The document is laid out in units of 1/96 inch, whatever the screen.
constexpr double layoutDpi = 96.0;
constexpr double mmPerInch = 25.4;

// Page geometry in millimetres.
constexpr double marginSide = 15.0;
constexpr double marginTop = 10.0;
constexpr double logoHeight = 16.0; // the strip's band, when the project has one
constexpr double logoGap = 1.5;
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

/// A rectangle given in millimetres, on a device with `pxPerMm` pixels per millimetre.
QRectF mmRect(const QPointF& pxPerMm, double xMm, double yMm, double wMm, double hMm)
{
    return {xMm * pxPerMm.x(), yMm * pxPerMm.y(), wMm * pxPerMm.x(), hMm * pxPerMm.y()};
}

/// The thin grey rule under the header and over the footer.
QPen rulePen(const QPointF& pxPerMm)
{
    QPen rule(QColor(0x60, 0x60, 0x60));
    rule.setWidthF(0.25 * pxPerMm.y());
    return rule;
}

QSizeF bodySizeMm(DocumentPrinter::Orientation orientation, double logoBand)
{
    const QSizeF page = a4Mm(orientation);
    return {page.width() - 2 * marginSide,
            page.height() - marginTop - logoBand - headerHeight - headerGap - footerGap - footerHeight - marginBottom};
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
    return ShippedFonts::family();
}

std::unique_ptr<DocumentPrinter> DocumentPrinter::forProject(core::Database& db, Orientation orientation)
{
    core::PrintedIdentity identity;
    try {
        identity = core::ProjectRepository(db).printedIdentity();
    } catch (const core::StorageError&) {
        // the document still prints, only without the project's header
    }
    return std::make_unique<DocumentPrinter>(std::move(identity), orientation);
}

DocumentPrinter::DocumentPrinter(const QString& title, Orientation orientation)
    : DocumentPrinter(core::PrintedIdentity{title, {}, std::nullopt}, orientation)
{}

DocumentPrinter::DocumentPrinter(core::PrintedIdentity identity, Orientation orientation)
    : m_identity(std::move(identity)), m_orientation(orientation),
      m_layoutDevice(std::make_unique<QImage>(1, 1, QImage::Format_ARGB32)),
      m_document(std::make_unique<QTextDocument>())
{
    const int dotsPerMeter = qRound(layoutDpi / mmPerInch * 1000.0);
    m_layoutDevice->setDotsPerMeterX(dotsPerMeter);
    m_layoutDevice->setDotsPerMeterY(dotsPerMeter);
    m_document->documentLayout()->setPaintDevice(m_layoutDevice.get());
    m_document->setUseDesignMetrics(true);
    m_document->setDocumentMargin(0);
    m_document->setUndoRedoEnabled(false); // printed, never edited by the user
    QFont font(fontFamily());
    font.setPointSizeF(bodyPointSize);
    font.setHintingPreference(QFont::PreferNoHinting);
    m_document->setDefaultFont(font);
    m_document->setDefaultStyleSheet(
        QStringLiteral("table { border-collapse: collapse; }"
                       "th { background-color: #e6e6e6; font-weight: bold; }"
                       "h1 { font-size: 14pt; } h2 { font-size: 11pt; } h3 { font-size: 10pt; }"));
    if (m_identity.logo) {
        m_logo = std::make_unique<LogoStripImage>(*m_identity.logo);
        if (m_logo->isNull()) {
            m_logo.reset(); // damaged since it was stored: the pages keep their text line
        }
    }
    // No page size yet: the layout does nothing until the document is complete (layOut()).
    suspendLayout();
    m_figureObject = new FigureTextObject(m_document.get());
    m_document->documentLayout()->registerHandler(FigureTextObject::type, m_figureObject);
}

DocumentPrinter::~DocumentPrinter() = default;

double DocumentPrinter::layoutUnitsPerMm() const
{
    return layoutDpi / mmPerInch;
}

double DocumentPrinter::logoBandMm() const
{
    return m_logo ? logoHeight + logoGap : 0.0;
}

void DocumentPrinter::setHeaderRight(const QString& text)
{
    m_headerRight = text;
}

void DocumentPrinter::setHtml(const QString& html)
{
    suspendLayout();
    m_document->setHtml(html);
    for (auto& figure : m_figures) {
        figure->placed = false;
    }
}

QTextDocument& DocumentPrinter::document()
{
    // The caller may edit it: laid out again, once, when it is next needed.
    suspendLayout();
    return *m_document;
}

void DocumentPrinter::suspendLayout()
{
    // QTextDocumentLayout lays nothing out while the page size is null (0 × 0; QSizeF() is
    // -1 × -1, which means "one endless page" and is laid out).
    if (!m_document->pageSize().isNull()) {
        m_document->setPageSize(QSizeF(0, 0));
    }
}

void DocumentPrinter::layOut()
{
    placeFigures();
    if (m_document->pageSize().isNull()) {
        TableGrid::useCellBorders(*m_document);
        // The one layout of the whole document, with every figure in place.
        m_document->setPageSize(bodySizeMm(m_orientation, logoBandMm()) * layoutUnitsPerMm());
    }
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
    if (std::all_of(m_figures.cbegin(), m_figures.cend(), [](const auto& figure) { return figure->placed; })) {
        return;
    }
    // Inserted while nothing is laid out: the document is laid out once, afterwards, with the
    // figures at their size (an incremental relayout after inserting tall objects would leave
    // the pagination of later blocks stale, and laying out twice doubles the cost).
    suspendLayout();
    QTextCursor edit(m_document.get());
    edit.beginEditBlock();
    for (std::size_t i = 0; i < m_figures.size(); ++i) {
        Figure& figure = *m_figures[i];
        if (figure.placed) {
            continue;
        }
        figure.placed = true;
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
    edit.endEditBlock();
}

void DocumentPrinter::setNumberPagesPerPart(bool perPart)
{
    m_perPart = perPart;
}

QList<std::pair<int, int>> DocumentPrinter::pageNumbers()
{
    layOut();
    const int pages = m_document->pageCount();
    // The first page of each part: page 0 and the page of every block that starts one.
    QList<int> starts{0};
    if (m_perPart) {
        const double pageHeight = m_document->pageSize().height();
        QAbstractTextDocumentLayout* layout = m_document->documentLayout();
        for (QTextBlock block = m_document->begin(); block.isValid(); block = block.next()) {
            if ((block.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore) == 0) {
                continue;
            }
            const int page = static_cast<int>((layout->blockBoundingRect(block).top() + 1.0) / pageHeight);
            if (page > starts.last() && page < pages) {
                starts.append(page);
            }
        }
    }
    starts.append(pages);
    QList<std::pair<int, int>> numbers;
    numbers.reserve(pages);
    for (qsizetype part = 0; part + 1 < starts.size(); ++part) {
        const int first = starts.at(part);
        const int end = starts.at(part + 1);
        for (int page = first; page < end; ++page) {
            numbers.append({page - first + 1, end - first});
        }
    }
    return numbers;
}

int DocumentPrinter::pageCount()
{
    layOut();
    return m_document->pageCount();
}

QString DocumentPrinter::plainText()
{
    placeFigures();
    QString text = m_document->toPlainText();
    text.remove(QChar::ObjectReplacementCharacter);
    return text;
}

bool DocumentPrinter::render(QPagedPaintDevice& device, const PageProgress& progress)
{
    layOut();
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
    const QSizeF bodyMm = bodySizeMm(m_orientation, logoBandMm());
    const QPointF pxPerMm(device.width() / pageMm.width(), device.height() / pageMm.height());
    const double pxPerMmX = pxPerMm.x();
    const double pxPerMmY = pxPerMm.y();
    auto px = [&](double xMm, double yMm, double wMm, double hMm) { return mmRect(pxPerMm, xMm, yMm, wMm, hMm); };

    QFont footerFont(fontFamily());
    footerFont.setPointSizeF(footerPointSize);
    const QPen rule = rulePen(pxPerMm);

    const double bodyTop = marginTop + logoBandMm() + headerHeight + headerGap;
    const double footerTop = pageMm.height() - marginBottom - footerHeight;
    const QSizeF bodyUnits = m_document->pageSize();
    const QList<std::pair<int, int>> numbers = pageNumbers();
    const int pages = static_cast<int>(numbers.size());
    for (int page = 0; page < pages; ++page) {
        if (progress && !progress(page, pages)) {
            painter.end();
            return false;
        }
        if (page > 0 && !device.newPage()) {
            return false;
        }
        paintHeader(painter, pxPerMm);

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
                         tr("Page %1 of %2").arg(numbers.at(page).first).arg(numbers.at(page).second));
    }
    return painter.end();
}

void DocumentPrinter::paintHeader(QPainter& painter, const QPointF& pxPerMm)
{
    const double width = a4Mm(m_orientation).width() - 2 * marginSide;
    if (m_logo) {
        m_logo->paint(painter, mmRect(pxPerMm, marginSide, marginTop, width, logoHeight));
    }
    // The project's title (cut short when long, never its contract number) and the contract
    // number at the left, the document's own text at the right, a rule below.
    QFont headerFont(fontFamily());
    headerFont.setPointSizeF(headerPointSize);
    painter.setPen(Qt::black);
    painter.setFont(headerFont);
    const QRectF line = mmRect(pxPerMm, marginSide, marginTop + logoBandMm(), width, headerHeight - 1.5);
    const QFontMetrics metrics = painter.fontMetrics();
    const QString contract = m_identity.contractNumber.isEmpty()
                                 ? QString()
                                 : QStringLiteral("  ·  ") + tr("contract no. %1").arg(m_identity.contractNumber);
    // The title takes what the contract number and the document's name leave (a gap of 4 mm).
    const int titleRoom = std::max(0, int(line.width() - 4.0 * pxPerMm.x()) - metrics.horizontalAdvance(contract) -
                                          metrics.horizontalAdvance(m_headerRight));
    painter.drawText(line, Qt::AlignLeft | Qt::AlignBottom | Qt::TextSingleLine,
                     metrics.elidedText(m_identity.title, Qt::ElideRight, titleRoom) + contract);
    painter.drawText(line, Qt::AlignRight | Qt::AlignBottom | Qt::TextSingleLine, m_headerRight);
    painter.setPen(rulePen(pxPerMm));
    const QPointF below(0, 1.0 * pxPerMm.y());
    painter.drawLine(line.bottomLeft() + below, line.bottomRight() + below);
}

core::Status DocumentPrinter::writePdf(const QString& path, const PageProgress& progress)
{
    // Written through OutputFile: never over a project, and complete or not at all (a PDF
    // stopped by `progress` leaves an earlier file as it was).
    core::OutputFile out(path);
    if (core::Status opened = out.open(); !opened) {
        return opened;
    }
    bool cancelled = false;
    {
        QPdfWriter writer(out.device());
        writer.setTitle(m_identity.title);
        writer.setCreator(QStringLiteral("Osiedle"));
        writer.setResolution(600);
        const bool rendered = render(writer, [&](int page, int pages) {
            cancelled = progress && !progress(page, pages);
            return !cancelled;
        });
        if (!rendered) {
            out.cancel();
            if (cancelled) {
                return core::Error{
                    tr("Saving %1 was cancelled; nothing was written.").arg(QDir::toNativeSeparators(path))};
            }
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
