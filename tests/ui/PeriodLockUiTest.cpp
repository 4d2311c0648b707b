#include "core/io/XlsxReader.h"
#include "core/services/ReportingPeriodService.h"
#include "core/storage/Database.h"
#include "core/storage/IndicatorRepository.h"
#include "core/storage/ReportingPeriodRepository.h"
#include "support/IndicatorTestData.h"
#include "support/QtStringMakers.h"
#include "support/TestContext.h"
#include "tests/ui/ExportSupport.h"
#include "ui/reports/IndicatorReportDocument.h"
#include "ui/reports/IndicatorTableModel.h"
#include "ui/reports/IndicatorTargetsDialog.h"
#include "ui/reports/ReportingPeriodDialog.h"
#include "ui/reports/ReportsSection.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <catch2/catch.hpp>

using namespace osiedle;
using ui::IndicatorTableModel;

namespace {

template <typename T> T* child(QWidget* parent, const char* name)
{
    auto* widget = parent->findChild<T*>(QString::fromLatin1(name));
    REQUIRE(widget != nullptr);
    return widget;
}

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

TEST_CASE("Reporting periods dialog: a new quarter follows the last, bad dates are shown at the fields, undo",
          "[ui][periods]")
{
    test::TestContext t;
    test::fillIndicatorTestData(t.db());
    core::ReportingPeriodRepository repo(t.db());
    ui::ReportingPeriodDialog dialog(t.context);
    auto* list = child<QListWidget>(&dialog, "periodList");
    CHECK(list->count() == 3);
    CHECK(dialog.currentId() == 3); // the last period is shown first

    dialog.select(0);
    CHECK(child<QSpinBox>(&dialog, "number")->value() == 4);
    CHECK(child<QLineEdit>(&dialog, "fromDate")->text() == QStringLiteral("01.07.2011"));
    CHECK(child<QLineEdit>(&dialog, "toDate")->text() == QStringLiteral("30.09.2011"));
    child<QPlainTextEdit>(&dialog, "problems")->setPlainText(QStringLiteral("Late KRS registration."));
    child<QLineEdit>(&dialog, "preparedBy")->setText(QStringLiteral("Anna Kowalska"));
    child<QLineEdit>(&dialog, "place")->setText(QStringLiteral("Warszawa"));
    child<QLineEdit>(&dialog, "preparedOn")->setText(QStringLiteral("10.10.2011"));

    // The end before the start: the message is at the field and nothing is stored.
    child<QLineEdit>(&dialog, "toDate")->setText(QStringLiteral("2011-06-30"));
    QTest::mouseClick(child<QPushButton>(&dialog, "savePeriod"), Qt::LeftButton);
    CHECK_FALSE(child<QLabel>(&dialog, "toError")->text().isEmpty());
    CHECK(repo.all().size() == 3);
    // An overlap with period 3.
    child<QLineEdit>(&dialog, "fromDate")->setText(QStringLiteral("2011-06-01"));
    child<QLineEdit>(&dialog, "toDate")->setText(QStringLiteral("2011-09-30"));
    CHECK_FALSE(dialog.save());
    CHECK(child<QLabel>(&dialog, "fromError")->text().contains(QStringLiteral("3")));

    child<QLineEdit>(&dialog, "fromDate")->setText(QStringLiteral("2011-07-01"));
    REQUIRE(dialog.save());
    const auto stored = repo.byNumber(4);
    REQUIRE(stored);
    CHECK(stored->problems == QStringLiteral("Late KRS registration."));
    CHECK(stored->preparedOn == QDate(2011, 10, 10));
    CHECK(list->count() == 4);
    t.undo.undo();
    CHECK_FALSE(repo.byNumber(4));
    t.undo.redo();
    CHECK(repo.byNumber(4));

    // A locked period is read-only, with its lock log.
    REQUIRE(core::ReportingPeriodService(t.db()).lock(2, QStringLiteral("Anna Kowalska")).ok());
    dialog.select(2);
    CHECK(child<QLabel>(&dialog, "lockState")->isVisibleTo(&dialog));
    CHECK_FALSE(child<QPushButton>(&dialog, "savePeriod")->isEnabled());
    CHECK_FALSE(child<QPushButton>(&dialog, "deletePeriod")->isEnabled());
    REQUIRE(child<QListWidget>(&dialog, "lockLog")->count() == 1);
    CHECK(child<QListWidget>(&dialog, "lockLog")->item(0)->text().contains(QStringLiteral("Anna Kowalska")));

    // Delete asks first; undo brings the period back.
    dialog.select(stored->id.value());
    t.prompt.confirmAnswers.enqueue(true);
    QTest::mouseClick(child<QPushButton>(&dialog, "deletePeriod"), Qt::LeftButton);
    CHECK_FALSE(repo.byNumber(4));
    t.undo.undo();
    CHECK(repo.byNumber(4));
}

TEST_CASE("Indicators dialog: targets checked and undoable, an own indicator with values per period", "[ui][targets]")
{
    test::TestContext t;
    test::fillIndicatorTestData(t.db());
    core::IndicatorRepository repo(t.db());
    ui::IndicatorTargetsDialog dialog(t.context);
    const QString started = QStringLiteral("PARTICIPANTS_STARTED");
    dialog.select(started);
    auto* total = child<QLineEdit>(&dialog, "targetTotal");
    auto* women = child<QLineEdit>(&dialog, "targetWomen");
    auto* men = child<QLineEdit>(&dialog, "targetMen");
    CHECK(total->text() == QStringLiteral("100"));
    CHECK(women->isEnabled());
    CHECK_FALSE(child<QTableWidget>(&dialog, "valuesTable")->isVisibleTo(&dialog)); // calculated: no typed values

    total->setText(QStringLiteral("120"));
    women->setText(QStringLiteral("70"));
    men->setText(QStringLiteral("40"));
    CHECK_FALSE(dialog.save());
    CHECK(child<QLabel>(&dialog, "target_totalError")->text().contains(QStringLiteral("110")));
    CHECK(repo.find(started)->target.total == 100);
    men->setText(QStringLiteral("50"));
    REQUIRE(dialog.save());
    CHECK(repo.find(started)->target == core::IndicatorTarget{120, 70, 50});
    t.undo.undo();
    CHECK(repo.find(started)->target == core::IndicatorTarget{100, 50, 50});
    t.undo.redo();
    CHECK(repo.find(started)->target.total == 120);

    // An own indicator: created, values typed per period (one undo step), deleted, undone.
    QTest::mouseClick(child<QPushButton>(&dialog, "newIndicator"), Qt::LeftButton);
    CHECK(dialog.currentCode().isEmpty());
    child<QLineEdit>(&dialog, "name")->setText(QStringLiteral("Brochure copies distributed"));
    child<QLineEdit>(&dialog, "unit")->setText(QStringLiteral("copies"));
    total->setText(QStringLiteral("500"));
    REQUIRE(dialog.save());
    const QString code = dialog.currentCode();
    CHECK(code == QStringLiteral("OWN_1"));
    auto* values = child<QTableWidget>(&dialog, "valuesTable");
    CHECK(values->isVisibleTo(&dialog));
    REQUIRE(values->rowCount() == 3);
    CHECK_FALSE(values->item(0, 1)->flags() & Qt::ItemIsEditable); // not counted by sex
    CHECK(values->isColumnHidden(1));
    values->item(0, 0)->setText(QStringLiteral("100"));
    values->item(1, 0)->setText(QStringLiteral("150"));
    REQUIRE(dialog.saveValues());
    CHECK(repo.manualValues(code).size() == 2);
    values->item(2, 0)->setText(QStringLiteral("many"));
    CHECK_FALSE(dialog.saveValues());
    CHECK(t.prompt.errors().last().contains(QStringLiteral("many")));
    CHECK(repo.manualValues(code).size() == 2);
    t.undo.undo(); // both values of the first save
    CHECK(repo.manualValues(code).isEmpty());
    t.undo.redo();
    CHECK(repo.manualValues(code).size() == 2);

    // A locked period's value cannot be typed.
    REQUIRE(core::ReportingPeriodService(t.db()).lock(2, QStringLiteral("Anna")).ok());
    dialog.select(code);
    CHECK_FALSE(values->item(1, 0)->flags() & Qt::ItemIsEditable);
    CHECK(values->item(0, 0)->flags() & Qt::ItemIsEditable);

    // Changing a target once a period is locked asks first.
    dialog.select(started);
    total->setText(QStringLiteral("130"));
    women->setText(QStringLiteral("80"));
    CHECK_FALSE(dialog.save()); // the scripted prompt answers No
    CHECK(repo.find(started)->target.total == 120);

    // Deleting an own indicator with a value in a locked period is refused.
    dialog.select(code);
    t.prompt.confirmAnswers.enqueue(true);
    CHECK_FALSE(dialog.removeSelected());
    CHECK(t.prompt.errors().last().contains(QStringLiteral("locked")));
    REQUIRE(core::ReportingPeriodService(t.db()).unlock(2, QStringLiteral("typo"), QStringLiteral("Anna")).ok());
    t.prompt.confirmAnswers.enqueue(true);
    REQUIRE(dialog.removeSelected());
    CHECK_FALSE(repo.find(code));
    t.undo.undo();
    CHECK(repo.find(code));
    CHECK(repo.manualValues(code).size() == 2);
}

TEST_CASE("Reports section: lock a period, see a later change beside the locked values, unlock with a reason",
          "[ui][reports][lock]")
{
    test::TestContext t;
    test::fillIndicatorTestData(t.db());
    ui::ReportsSection section(t.context);
    section.resize(1300, 800);
    section.show();
    auto* combo = child<QComboBox>(&section, "periodCombo");
    combo->setCurrentIndex(1); // period 2
    test::settle(t.context);
    auto* lock = child<QPushButton>(&section, "lockButton");
    auto* unlock = child<QPushButton>(&section, "unlockButton");
    CHECK(lock->isEnabled());
    CHECK_FALSE(unlock->isEnabled());
    CHECK_FALSE(child<QLabel>(&section, "lockLabel")->isVisible());

    QTest::mouseClick(lock, Qt::LeftButton); // the scripted prompt answers No: nothing happens
    CHECK_FALSE(core::ReportingPeriodRepository(t.db()).byId(2)->locked);
    t.prompt.confirmAnswers.enqueue(true);
    QTest::mouseClick(lock, Qt::LeftButton);
    test::settle(t.context);
    CHECK(core::ReportingPeriodRepository(t.db()).byId(2)->locked);
    CHECK(combo->currentText().contains(QStringLiteral("locked")));
    CHECK(unlock->isEnabled());
    CHECK_FALSE(lock->isEnabled());
    auto* label = child<QLabel>(&section, "lockLabel");
    CHECK(label->isVisible());
    CHECK(label->text().contains(QStringLiteral("same values")));

    // Participant 4 started in period 3 after all.
    t.db().exec("UPDATE participant SET participation_start = '2011-04-15' WHERE id = 4");
    t.changes.notify(core::Topic::Participants);
    test::settle(t.context);
    auto* table = child<QTableView>(&section, "indicatorTable");
    const int row = rowOf(table->model(), QStringLiteral("Participants who started support"));
    const QModelIndex periodTotal = table->model()->index(row, IndicatorTableModel::PeriodTotal);
    CHECK(periodTotal.data().toString() == QStringLiteral("3 → 2"));
    CHECK(periodTotal.data(Qt::BackgroundRole).isValid());
    CHECK(periodTotal.data(Qt::ToolTipRole).toString().contains(QStringLiteral("−1")));
    const QModelIndex periodMen = table->model()->index(row, IndicatorTableModel::PeriodMen);
    CHECK(periodMen.data().toString() == QStringLiteral("1"));
    CHECK_FALSE(periodMen.data(Qt::BackgroundRole).isValid());
    CHECK(label->text().contains(QStringLiteral("different values")));
    auto* changes = child<QTableWidget>(&section, "lockChangesTable");
    CHECK(changes->rowCount() > 0);
    // A participant whose data is no longer complete is named among the changes.
    t.db().exec("UPDATE participant SET education = NULL WHERE id = 1");
    t.changes.notify(core::Topic::Participants);
    test::settle(t.context);
    bool named = false;
    for (int r = 0; r < changes->rowCount(); ++r) {
        named = named || (changes->item(r, 1)->text() == QStringLiteral("Nazwisko1 Osoba1") &&
                          changes->item(r, 5)->text() == QStringLiteral("not counted now"));
    }
    CHECK(named);
    CHECK(child<QTabWidget>(&section, "reportTabs")->isTabVisible(2));
    {
        // the list of changes is exported as shown
        const auto written = test::exportedTable(t.prompt, section, QStringLiteral("exportChanges"),
                                                 t.project.dir() + QStringLiteral("/changes.csv"));
        CHECK(written.rows.size() == changes->rowCount());
        bool exported = false;
        for (const auto& r : written.rows) {
            exported = exported || r.fields.contains(QStringLiteral("Nazwisko1 Osoba1"));
        }
        CHECK(exported);
    }

    // The printed report: the notice, the list of changes.
    REQUIRE(section.report());
    const QString text = ui::IndicatorReportDocument(*section.report()).createPrinter()->plainText();
    CHECK(text.contains(QStringLiteral("Locked period.")));
    CHECK(text.contains(QStringLiteral("Changes since the period was locked")));
    CHECK(text.contains(QStringLiteral("In the period T")));
    CHECK(text.contains(QStringLiteral("Cumulative T")));
    // The changed cells, and the percentage that follows from them, are highlighted.
    CHECK(ui::IndicatorReportDocument(*section.report()).html().count(QStringLiteral("#ffe082")) >= 4);

    // The exported table carries the locked values, the values now and the differences.
    if (core::XlsxReader::available()) {
        const QString xlsx = t.project.dir() + QStringLiteral("/indicators.xlsx");
        t.prompt.saveFileAnswers.enqueue(xlsx);
        QTest::mouseClick(child<QPushButton>(&section, "exportButton"), Qt::LeftButton);
        const auto exported = core::XlsxReader::readFile(xlsx);
        REQUIRE(exported.ok());
        const int locked = int(exported->header.indexOf(QStringLiteral("In period T")));
        const int now = int(exported->header.indexOf(QStringLiteral("Now: in period T")));
        const int difference = int(exported->header.indexOf(QStringLiteral("Difference in period T")));
        REQUIRE(now > 0);
        bool seen = false;
        for (const auto& r : exported->rows) {
            if (r.field(0) == QStringLiteral("PARTICIPANTS_STARTED")) {
                seen = true;
                CHECK(r.field(locked) == QStringLiteral("3"));
                CHECK(r.field(now) == QStringLiteral("2"));
                CHECK(r.field(difference) == QStringLiteral("-1"));
            }
        }
        CHECK(seen);
    }

    // Unlocking without a reason leaves it locked; with one it opens.
    QTest::mouseClick(unlock, Qt::LeftButton);
    CHECK(core::ReportingPeriodRepository(t.db()).byId(2)->locked);
    CHECK(t.prompt.informations().last().contains(QStringLiteral("reason")));
    t.prompt.textAnswers.enqueue(QStringLiteral("Start date corrected"));
    QTest::mouseClick(unlock, Qt::LeftButton);
    test::settle(t.context);
    CHECK_FALSE(core::ReportingPeriodRepository(t.db()).byId(2)->locked);
    CHECK_FALSE(label->isVisible());
    CHECK(table->model()->index(row, IndicatorTableModel::PeriodTotal).data().toString() == QStringLiteral("2"));
    CHECK(core::ReportingPeriodRepository(t.db()).log(2).last().reason == QStringLiteral("Start date corrected"));
}

TEST_CASE("Indicators dialog: an own indicator counted by sex takes women and men, the total follows", "[ui][targets]")
{
    test::TestContext t;
    test::fillIndicatorTestData(t.db());
    core::IndicatorRepository repo(t.db());
    ui::IndicatorTargetsDialog dialog(t.context);
    dialog.select(QString());
    child<QLineEdit>(&dialog, "name")->setText(QStringLiteral("Study visit participants"));
    child<QLineEdit>(&dialog, "unit")->setText(QStringLiteral("persons"));
    child<QCheckBox>(&dialog, "splitBySex")->setChecked(true);
    child<QLineEdit>(&dialog, "targetTotal")->setText(QStringLiteral("20"));
    child<QLineEdit>(&dialog, "targetWomen")->setText(QStringLiteral("12"));
    child<QLineEdit>(&dialog, "targetMen")->setText(QStringLiteral("8"));
    REQUIRE(dialog.save());
    const QString code = dialog.currentCode();
    auto* values = child<QTableWidget>(&dialog, "valuesTable");
    CHECK_FALSE(values->isColumnHidden(1));
    values->item(0, 1)->setText(QStringLiteral("3"));
    values->item(0, 2)->setText(QStringLiteral("2"));
    REQUIRE(dialog.saveValues());
    REQUIRE(repo.manualValues(code).size() == 1);
    CHECK(repo.manualValues(code).first().value == core::IndicatorValue::bySex(3, 2));
    // A total that does not match is refused with the numbers.
    values->item(1, 0)->setText(QStringLiteral("6"));
    values->item(1, 1)->setText(QStringLiteral("3"));
    values->item(1, 2)->setText(QStringLiteral("2"));
    CHECK_FALSE(dialog.saveValues());
    CHECK(t.prompt.errors().last().contains(QStringLiteral("6")));
    CHECK(repo.manualValues(code).size() == 1);
}
