#include "core/indicators/IndicatorCalculator.h"
#include "core/services/ArrearsOverview.h"
#include "core/services/ProjectSettingsService.h"
#include "core/services/ProjectTimeline.h"
#include "core/storage/Database.h"
#include "core/storage/InstalmentPlanRepository.h"
#include "core/storage/ReportingPeriodRepository.h"
#include "core/storage/WorkOrderRepository.h"
#include "support/DemoFiles.h"
#include "support/PdfText.h"
#include "support/QtStringMakers.h"
#include "ui/common/DocumentPrinter.h"
#include "ui/common/LogoStripImage.h"
#include "ui/debts/ScheduleDocument.h"
#include "ui/products/ProductsDocuments.h"
#include "ui/reports/CoopReportDocument.h"
#include "ui/reports/IndicatorReportDocument.h"
#include "ui/socialcoops/CoopDocuments.h"
#include "ui/timeline/TimelineChart.h"
#include "ui/training/TrainingDocuments.h"
#include "ui/workorders/WorkOrderDocuments.h"

#include <QBuffer>
#include <QImage>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace osiedle;

namespace {

const QColor stripColour(20, 60, 200);

/// A logo strip of one colour, ten times as wide as high, as a PNG file's bytes.
core::LogoStrip blueStrip()
{
    QImage image(800, 80, QImage::Format_RGB32);
    image.fill(stripColour);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return core::LogoStrip{png, core::LogoFormat::Png};
}

/// The first page of a PDF as pdftoppm draws it at 36 dpi.
QImage firstPage(const QString& pdf)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftoppm"));
    if (tool.isEmpty()) {
        FAIL("pdftoppm (poppler-utils, installed by scripts/deps) is needed to look at the printed page");
    }
    QProcess process;
    process.start(tool, {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("36"), QStringLiteral("-f"),
                         QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"), QStringLiteral("-singlefile"),
                         pdf, pdf + QStringLiteral("-page")});
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitCode() == 0);
    QImage page(pdf + QStringLiteral("-page.png"));
    REQUIRE_FALSE(page.isNull());
    return page;
}

/// How many pixels of the strip's colour lie in the top band of a page (from its top edge to
/// 30 mm down), and how many lie below it.
std::pair<int, int> stripPixels(const QImage& page)
{
    const int band = int(page.height() * 30.0 / (page.width() > page.height() ? 210.0 : 297.0));
    std::pair<int, int> counts{0, 0};
    for (int y = 0; y < page.height(); ++y) {
        for (int x = 0; x < page.width(); ++x) {
            const QColor c = page.pixelColor(x, y);
            if (std::abs(c.red() - stripColour.red()) < 25 && std::abs(c.green() - stripColour.green()) < 25 &&
                std::abs(c.blue() - stripColour.blue()) < 25) {
                (y < band ? counts.first : counts.second)++;
            }
        }
    }
    return counts;
}

using Printer = std::unique_ptr<ui::DocumentPrinter>;

Printer unwrap(core::Result<Printer> printer)
{
    INFO((printer ? QString() : printer.error().message).toStdString());
    REQUIRE(printer.ok());
    return std::move(printer.value());
}

/// Every kind of document the program prints, from the demo project.
std::vector<std::pair<QString, Printer>> everyDocument(core::Database& db)
{
    std::vector<std::pair<QString, Printer>> documents;
    const auto period = core::ReportingPeriodRepository(db).byNumber(4);
    REQUIRE(period);
    auto report = core::IndicatorCalculator(db).compute(*period);
    REQUIRE(report.ok());
    ui::IndicatorReportDocument indicatorReport(report.value());
    indicatorReport.useProjectLogo(db);
    documents.emplace_back(QStringLiteral("indicator report"), indicatorReport.createPrinter());

    const qint64 course = db.scalar("SELECT min(course_id) FROM enrolment WHERE certificate_number IS NOT NULL");
    documents.emplace_back(QStringLiteral("attendance lists"),
                           unwrap(ui::TrainingDocuments::attendanceLists(db, course)));
    documents.emplace_back(QStringLiteral("certificates"), unwrap(ui::TrainingDocuments::certificates(db, course)));
    documents.emplace_back(QStringLiteral("course summary"), unwrap(ui::TrainingDocuments::courseSummary(db, course)));

    const auto order =
        core::WorkOrderRepository(db).find(db.scalar("SELECT min(id) FROM work_order WHERE accepted_on IS NOT NULL"));
    REQUIRE(order);
    documents.emplace_back(QStringLiteral("acceptance protocol"),
                           ui::WorkOrderDocuments::printer(db, *order, ui::WorkOrderDocuments::Document::Protocol));
    documents.emplace_back(QStringLiteral("work order"),
                           ui::WorkOrderDocuments::printer(db, *order, ui::WorkOrderDocuments::Document::Order));

    const auto coopReport =
        ui::CoopReportDocument::load(db, db.scalar("SELECT min(id) FROM social_coop"), {}, QDate(2013, 6, 30));
    REQUIRE(coopReport.ok());
    documents.emplace_back(QStringLiteral("coop report"), coopReport->createPrinter());
    documents.emplace_back(QStringLiteral("coop document"),
                           ui::CoopDocuments::printer(db, QStringLiteral("Checklist"), QStringLiteral("<p>OSS</p>")));

    const qint64 competition = db.scalar("SELECT min(id) FROM competition");
    documents.emplace_back(QStringLiteral("competition results"),
                           ui::ProductsDocuments::competitionResults(db, competition));
    documents.emplace_back(QStringLiteral("jury sheet"), ui::ProductsDocuments::juryScoringSheet(db, competition));
    documents.emplace_back(QStringLiteral("event list"),
                           ui::ProductsDocuments::eventList(db, db.scalar("SELECT min(id) FROM event")));
    documents.emplace_back(QStringLiteral("timeline"),
                           ui::TimelineChart::document(db, core::ProjectTimeline::items(db), QDate(2013, 6, 30)));
    return documents;
}

/// The repayment schedule of the demo's first active instalment agreement, written to `pdf`.
core::Status writeSchedule(core::Database& db, const QString& pdf)
{
    const QList<core::InstalmentPlan> plans = core::InstalmentPlanRepository(db).active();
    REQUIRE_FALSE(plans.isEmpty());
    core::ArrearsOverview overview(db);
    const auto account = overview.account(plans.first().accountId);
    REQUIRE(account.ok());
    REQUIRE(account->has_value());
    const auto schedule = overview.schedule(plans.first(), QDate(2013, 6, 30));
    REQUIRE(schedule.ok());
    return ui::ScheduleDocument(overview.printedIdentity(), **account, plans.first(), *schedule, QDate(2013, 6, 30))
        .writePdf(pdf);
}

} // namespace

TEST_CASE("Every kind of printed document carries the logo strip at the top of its pages, and the project's title "
          "and contract number",
          "[documents][logo][ui]")
{
    QTemporaryDir dir;
    const QString path = test::demoCopy(1, dir.path());
    auto opened = core::Database::open(path);
    REQUIRE(opened.ok());
    core::Database& db = *opened.value();
    REQUIRE(core::ProjectSettingsService(db).setLogo(blueStrip()).ok());

    QList<std::pair<QString, QString>> pdfs; // kind, file
    for (auto& [kind, printer] : everyDocument(db)) {
        pdfs.append({kind, dir.filePath(QStringLiteral("document-%1.pdf").arg(pdfs.size() + 1))});
        REQUIRE(printer->writePdf(pdfs.last().second).ok());
    }
    pdfs.append({QStringLiteral("repayment schedule"), dir.filePath(QStringLiteral("schedule.pdf"))});
    REQUIRE(writeSchedule(db, pdfs.last().second).ok());
    REQUIRE(pdfs.size() == 13);

    for (const auto& [kind, pdf] : pdfs) {
        INFO(kind.toStdString());
        const auto [top, below] = stripPixels(firstPage(pdf));
        // The strip, 160 × 16 mm at 36 dpi, is about 227 × 23 pixels.
        CHECK(top > 3000);
        CHECK(below == 0);
        if (!test::hasPdfToText()) {
            FAIL("pdftotext (poppler-utils, installed by scripts/deps) is needed to read the printed page");
        }
        const QString text = test::pdfText(pdf);
        CHECK(text.contains(QStringLiteral("contract no. POKL.07.02.02-14-123/10")));
        CHECK(text.contains(QStringLiteral("Partnerstwo na rzecz ekonomii")));
    }
}

TEST_CASE("Without a logo strip the pages keep their text line and no band", "[documents][logo][ui]")
{
    QTemporaryDir dir;
    const QString path = test::demoCopy(1, dir.path());
    auto opened = core::Database::open(path);
    REQUIRE(opened.ok());
    core::Database& db = *opened.value();
    auto withLogo = ui::DocumentPrinter::forProject(db);
    REQUIRE(core::ProjectSettingsService(db).setLogo(blueStrip()).ok());
    withLogo = ui::DocumentPrinter::forProject(db);
    REQUIRE(core::ProjectSettingsService(db).setLogo(std::nullopt).ok());
    auto without = ui::DocumentPrinter::forProject(db);
    for (auto* printer : {withLogo.get(), without.get()}) {
        printer->setHtml(QStringLiteral("<p>Treść</p>"));
    }
    const QString withPdf = dir.filePath(QStringLiteral("with.pdf"));
    const QString withoutPdf = dir.filePath(QStringLiteral("without.pdf"));
    REQUIRE(withLogo->writePdf(withPdf).ok());
    REQUIRE(without->writePdf(withoutPdf).ok());
    CHECK(stripPixels(firstPage(withPdf)).first > 3000);
    CHECK(stripPixels(firstPage(withoutPdf)).first == 0);
    CHECK(test::pdfText(withoutPdf).contains(QStringLiteral("contract no. POKL.07.02.02-14-123/10")));
    // The body starts lower under a strip: the same text takes as many pages, but less room.
    CHECK(withLogo->pageCount() == without->pageCount());
}

TEST_CASE("A damaged logo strip in the file prints the pages without it", "[documents][logo][ui]")
{
    QTemporaryDir dir;
    const QString path = test::demoCopy(1, dir.path());
    auto opened = core::Database::open(path);
    REQUIRE(opened.ok());
    core::Database& db = *opened.value();
    core::LogoStrip cut = blueStrip();
    cut.data = cut.data.left(40);
    REQUIRE(core::ProjectSettingsService(db).setLogo(cut).ok());
    auto printer = ui::DocumentPrinter::forProject(db);
    printer->setHtml(QStringLiteral("<p>Treść</p>"));
    const QString pdf = dir.filePath(QStringLiteral("cut.pdf"));
    REQUIRE(printer->writePdf(pdf).ok());
    CHECK(stripPixels(firstPage(pdf)).first == 0);
    CHECK(ui::LogoStripImage::check(cut, QStringLiteral("pasek.png"))
              .error()
              .message.contains(QStringLiteral("pasek.png cannot be drawn")));
}
