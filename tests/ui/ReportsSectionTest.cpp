#include "ui/reports/ReportsSection.h"

#include "core/services/ChangeNotifier.h"
#include "core/storage/Database.h"
#include "support/IndicatorTestData.h"
#include "support/QtStringMakers.h"
#include "support/ScriptedPrompt.h"
#include "support/TempProject.h"
#include "support/TestContext.h"
#include "ui/common/AppContext.h"
#include "ui/reports/AttainmentChart.h"
#include "ui/reports/IndicatorReportDocument.h"
#include "ui/reports/IndicatorTableModel.h"

#include <QAbstractBarSeries>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QElapsedTimer>
#include <QFile>
#include <QGraphicsTextItem>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QToolTip>
#include <QUndoStack>
#include <cmath>

using namespace osiedle;
using ui::IndicatorTableModel;

namespace {

struct SectionFixture {
    test::TempProject project;
    core::ChangeNotifier changes;
    QUndoStack undo;
    test::ScriptedPrompt prompt;
    std::unique_ptr<ui::AppContext> context;
    std::unique_ptr<ui::ReportsSection> section;

    SectionFixture()
    {
        test::fillIndicatorTestData(project.db());
        context = std::make_unique<ui::AppContext>(ui::AppContext{project.db(), changes, undo, prompt});
        section = std::make_unique<ui::ReportsSection>(*context);
        section->resize(1200, 800);
        section->show();
        settle();
    }

    // The report is computed off the window's thread: wait until it is shown.
    void settle() { test::settle(*context); }

    template <typename T> T* find(const char* name)
    {
        auto* widget = section->findChild<T*>(QString::fromLatin1(name));
        REQUIRE(widget != nullptr);
        return widget;
    }

    QString cellText(int row, int column)
    {
        auto* table = find<QTableView>("indicatorTable");
        return table->model()->index(row, column).data().toString();
    }

    void choosePeriod(int number)
    {
        auto* combo = find<QComboBox>("periodCombo");
        combo->setCurrentIndex(number - 1);
        settle();
    }
};

int rowOf(QAbstractItemModel* model, const QString& name)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, IndicatorTableModel::Indicator).data().toString() == name) {
            return row;
        }
    }
    FAIL("no row " << name.toStdString());
    return -1;
}

} // namespace

TEST_CASE("The reports section lists the file's periods and shows the chosen period's table and chart", "[ui][reports]")
{
    SectionFixture f;
    auto* combo = f.find<QComboBox>("periodCombo");
    REQUIRE(combo->count() == 4); // three periods and "Custom dates"
    CHECK(combo->itemText(1).contains(QStringLiteral("01.01.2011")));
    CHECK(combo->itemData(1, Qt::ToolTipRole).toString() == QStringLiteral("WNP-2/2011"));
    CHECK(combo->currentIndex() == 2); // the latest period that has started

    f.choosePeriod(2);
    auto* table = f.find<QTableView>("indicatorTable");
    QAbstractItemModelTester tester(table->model(), QAbstractItemModelTester::FailureReportingMode::Warning);
    REQUIRE(table->model()->rowCount() == 22);
    const int started = rowOf(table->model(), QStringLiteral("Participants who started support"));
    CHECK(f.cellText(started, IndicatorTableModel::PeriodTotal) == QStringLiteral("3"));
    CHECK(f.cellText(started, IndicatorTableModel::PeriodWomen) == QStringLiteral("2"));
    CHECK(f.cellText(started, IndicatorTableModel::CumulativeTotal) == QStringLiteral("5"));
    CHECK(f.cellText(started, IndicatorTableModel::PercentOfTarget) == QStringLiteral("5.0\u00A0%"));
    const int oss = rowOf(table->model(), QStringLiteral("Social cooperatives registered in KRS"));
    CHECK(f.cellText(oss, IndicatorTableModel::PeriodWomen) == QStringLiteral("–"));

    auto* chart = f.find<QChartView>("attainmentChart")->chart();
    REQUIRE(chart->series().size() == 1);
    auto* bars = qobject_cast<QHorizontalBarSeries*>(chart->series().first());
    REQUIRE(bars != nullptr);
    CHECK(bars->barSets().first()->count() == 19); // the indicators with a target

    // The data-quality list is filled when its tab is shown, not behind the indicator table.
    auto* quality = f.find<QTableWidget>("dataQualityTable");
    CHECK(quality->rowCount() == 0);
    f.find<QTabWidget>("reportTabs")->setCurrentIndex(1);
    REQUIRE(quality->rowCount() == 1);
    CHECK(quality->item(0, 0)->text() == QStringLiteral("Żak Zofia"));
    CHECK(quality->item(0, 1)->text() == QStringLiteral("Participant"));
    CHECK(quality->item(0, 2)->text() == QStringLiteral("01.02.2011")); // her start
    CHECK(quality->item(0, 3)->text().contains(QStringLiteral("education")));
    CHECK(f.find<QLabel>("notesLabel")->text().isEmpty()); // every indicator is calculated
}

namespace {

// The texts the chart shows on screen (axis labels, bar labels), once laid out.
QStringList chartTexts(QChartView* view)
{
    QCoreApplication::processEvents();
    QStringList texts;
    for (QGraphicsItem* item : view->scene()->items()) {
        if (auto* text = qgraphicsitem_cast<QGraphicsTextItem*>(item); text != nullptr && text->isVisible()) {
            texts << text->toPlainText();
        }
    }
    return texts;
}

} // namespace

TEST_CASE("The attainment chart on screen shows every indicator's name and Polish percentages", "[ui][reports]")
{
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::Polish, QLocale::Poland));
    {
        core::IndicatorReport report;
        const QString longName = QStringLiteral("Uczestnicy, którzy ukończyli zajęcia integracyjno-motywacyjne w "
                                                "pierwszym roku projektu");
        for (const auto& [name, percent] :
             {std::pair{QStringLiteral("Porady udzielone"), 77.5}, std::pair{longName, 136.0},
              std::pair{QStringLiteral("Szkolenia"), 4.2}, std::pair{QStringLiteral("Porady prawne"), 12345.6}}) {
            core::IndicatorReport::Row row;
            row.name = name;
            row.percentOfTarget = percent;
            report.rows << row;
        }
        QChartView view(ui::AttainmentChart::create(report));
        view.resize(1000, ui::AttainmentChart::screenHeight(report));
        view.show();
        const QStringList texts = chartTexts(&view);
        CHECK(texts.contains(QStringLiteral("Porady udzielone")));
        CHECK(texts.contains(QStringLiteral("Szkolenia")));
        // The long name shortened at a word, not to a bare "…"; the whole name is in the tooltip.
        const auto shortened = std::find_if(texts.cbegin(), texts.cend(), [&longName](const QString& text) {
            return text.endsWith(QChar(0x2026)) && text.size() > 20 && longName.startsWith(text.chopped(1));
        });
        CHECK(shortened != texts.cend());
        // Pointing at the long name's bar tells it whole (bars go bottom-up: it is the third).
        auto* series = qobject_cast<QAbstractBarSeries*>(view.chart()->series().value(0));
        REQUIRE(series != nullptr);
        emit series->barSets().value(0)->hovered(true, 2);
        CHECK(QToolTip::text().startsWith(longName));
        emit series->barSets().value(0)->hovered(false, 2);
        QElapsedTimer waited; // the tooltip fades out
        waited.start();
        while (QToolTip::isVisible() && waited.elapsed() < 3000) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        }
        CHECK_FALSE(QToolTip::isVisible());
        // The values beside the bars and the axis in Polish ("77,5 %", "0 %").
        CHECK(texts.contains(QStringLiteral("77,5 %")));
        CHECK(texts.contains(QStringLiteral("4,2 %")));
        CHECK(texts.contains(QStringLiteral("0 %")));
        CHECK_FALSE(texts.contains(QStringLiteral("77.5 %")));
        CHECK(texts.filter(QStringLiteral("%%")).isEmpty());
        // Large values in full, not in exponent notation.
        CHECK(texts.filter(QStringLiteral("345,6 %")).size() == 1);
        CHECK(texts.filter(QStringLiteral("E+"), Qt::CaseInsensitive).isEmpty());
    }
    QLocale::setDefault(before);
}

TEST_CASE("The section's attainment chart has the room to show the indicators' names", "[ui][reports]")
{
    SectionFixture f;
    f.choosePeriod(3);
    REQUIRE(f.section->report().has_value());
    auto* view = f.find<QChartView>("attainmentChart");
    CHECK(view->height() >= ui::AttainmentChart::screenHeight(*f.section->report()));
    const QStringList texts = chartTexts(view);
    for (const auto& row : f.section->report()->rows) {
        if (row.percentOfTarget && row.name.size() < 40) {
            CHECK(texts.contains(row.name));
        }
    }
    // The indicator column is wide enough for a name in two lines at most.
    auto* table = f.find<QTableView>("indicatorTable");
    CHECK(table->columnWidth(IndicatorTableModel::Indicator) >= table->fontMetrics().averageCharWidth() * 40);
}

TEST_CASE("Custom dates give their own report, dates in the wrong order are refused on screen", "[ui][reports]")
{
    SectionFixture f;
    auto* combo = f.find<QComboBox>("periodCombo");
    combo->setCurrentIndex(combo->count() - 1);
    auto* from = f.find<QDateEdit>("fromDate");
    auto* to = f.find<QDateEdit>("toDate");
    REQUIRE(from->isEnabled());
    from->setDate(QDate(2011, 1, 1));
    to->setDate(QDate(2011, 6, 30));
    f.settle();
    auto* table = f.find<QTableView>("indicatorTable");
    const int started = rowOf(table->model(), QStringLiteral("Participants who started support"));
    CHECK(f.cellText(started, IndicatorTableModel::PeriodTotal) == QStringLiteral("4"));
    CHECK(f.find<QPushButton>("pdfButton")->isEnabled());

    to->setDate(QDate(2010, 12, 1));
    f.settle();
    CHECK(f.find<QLabel>("errorLabel")->isVisible());
    CHECK(f.find<QLabel>("errorLabel")->text().contains(QStringLiteral("01.12.2010")));
    CHECK_FALSE(f.find<QPushButton>("pdfButton")->isEnabled());
    CHECK(table->model()->rowCount() == 0);
}

TEST_CASE("Save as PDF writes the report where the user chose, cancelling writes nothing", "[ui][reports]")
{
    SectionFixture f;
    f.choosePeriod(3);
    const QString path = f.project.dir() + QStringLiteral("/report.pdf");

    QTest::mouseClick(f.find<QPushButton>("pdfButton"), Qt::LeftButton); // no answer: cancelled
    CHECK_FALSE(QFile::exists(path));

    f.prompt.saveFileAnswers.enqueue(path);
    QTest::mouseClick(f.find<QPushButton>("pdfButton"), Qt::LeftButton);
    QFile pdf(path);
    REQUIRE(pdf.open(QIODevice::ReadOnly));
    CHECK(pdf.read(5) == QByteArray("%PDF-"));
    CHECK(f.prompt.errors().isEmpty());
    CHECK(f.prompt.last().title.contains(QStringLiteral("PDF")));
}

TEST_CASE("The section recomputes when the data changes, a hidden one when it is shown again", "[ui][reports]")
{
    SectionFixture f;
    f.choosePeriod(3);
    auto* table = f.find<QTableView>("indicatorTable");
    const int oss = rowOf(table->model(), QStringLiteral("Social cooperatives registered in KRS"));
    CHECK(f.cellText(oss, IndicatorTableModel::CumulativeTotal) == QStringLiteral("2"));
    f.project.db().exec("INSERT INTO founding_step (social_coop_id, step, done_on) VALUES (3, 'registered', "
                        "'2011-06-01')");
    f.changes.notify(core::Topic::SocialCoops);
    CHECK(f.section->isComputing()); // off the window's thread: the old values are shown meanwhile
    f.settle();
    CHECK(f.cellText(oss, IndicatorTableModel::CumulativeTotal) == QStringLiteral("3"));

    // Out of sight the section computes nothing; it catches up when shown again.
    f.section->hide();
    f.project.db().exec("DELETE FROM founding_step WHERE social_coop_id = 3 AND step = 'registered'");
    f.changes.notify(core::Topic::SocialCoops);
    f.settle();
    CHECK(f.cellText(oss, IndicatorTableModel::CumulativeTotal) == QStringLiteral("3"));
    f.project.db().exec("INSERT INTO reporting_period (number, from_date, to_date) VALUES (4, '2011-07-01', "
                        "'2011-09-30')");
    f.changes.notify(core::Topic::Periods);
    auto* combo = f.find<QComboBox>("periodCombo");
    CHECK(combo->count() == 4);
    f.section->show();
    f.settle();
    CHECK(combo->count() == 5); // the new period is listed
    CHECK(f.cellText(oss, IndicatorTableModel::CumulativeTotal) == QStringLiteral("2"));
}

TEST_CASE("The printed document holds the header, every indicator and the data-quality list", "[ui][reports]")
{
    SectionFixture f;
    f.choosePeriod(2);
    REQUIRE(f.section->report().has_value());
    const auto printer = ui::IndicatorReportDocument(*f.section->report()).createPrinter();
    const QString text = printer->plainText();
    for (const auto& row : f.section->report()->rows) {
        CHECK(text.contains(row.name));
    }
    CHECK(text.contains(QStringLiteral("UDA-POKL.07.02.02-14-001/10")));
    CHECK(text.contains(QStringLiteral("WNP-2/2011")));
    CHECK(text.contains(QStringLiteral("from 01.01.2011 to 31.03.2011")));
    CHECK(text.contains(QStringLiteral("Żak Zofia")));
    CHECK_FALSE(text.contains(QStringLiteral("[[figure")));
    CHECK(printer->pageCount() >= 1);
}

TEST_CASE("Print preview opens on the report's pages and closes", "[ui][reports]")
{
    SectionFixture f;
    f.choosePeriod(2);
    int pagesShown = -1;
    QTimer::singleShot(0, [&pagesShown] {
        auto* dialog = qobject_cast<QPrintPreviewDialog*>(QApplication::activeModalWidget());
        if (dialog != nullptr) {
            if (auto* view = dialog->findChild<QPrintPreviewWidget*>()) {
                pagesShown = view->pageCount();
            }
            dialog->reject();
        }
    });
    QTest::mouseClick(f.find<QPushButton>("previewButton"), Qt::LeftButton);
    // the indicators with the chart, the participant flow, the data quality
    CHECK(pagesShown >= 3);
}
