#include "ui/workorders/WorkOrdersSection.h"

#include "core/services/ChangeNotifier.h"
#include "core/storage/Database.h"
#include "support/QtStringMakers.h"
#include "support/ScriptedPrompt.h"
#include "support/TempProject.h"
#include "support/TestContext.h"
#include "ui/common/AppContext.h"
#include "ui/socialcoops/OptionalDateEdit.h"
#include "ui/workorders/HoursPanel.h"
#include "ui/workorders/RecurringOrderDialog.h"
#include "ui/workorders/StatusChangeDialog.h"
#include "ui/workorders/WorkOrderDialog.h"
#include "ui/workorders/WorkOrderDocuments.h"
#include "ui/workorders/WorkOrderListModel.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QStandardPaths>
#include <QTableWidget>
#include <QUndoStack>

using namespace osiedle;

namespace {

struct SectionFixture {
    test::TempProject project;
    core::ChangeNotifier changes;
    QUndoStack undo;
    test::ScriptedPrompt prompt;
    ui::AppContext context{project.db(), changes, undo, prompt};
    std::unique_ptr<ui::WorkOrdersSection> section;

    SectionFixture()
    {
        auto& db = project.db();
        db.exec("INSERT INTO project (id, title, start_date, end_date) VALUES (1, 'Partnerstwo', '2010-01-01', "
                "'2013-06-30')");
        db.exec("INSERT INTO housing_coop (id, name, street, building, postal_code, locality) VALUES "
                "(1, 'SM Przyszłość', 'ul. Lipowa', '3', '05-800', 'Pruszków')");
        db.exec("INSERT INTO social_coop (id, name, housing_coop_id, krs) VALUES (1, 'OSS Razem', 1, '0000413516')");
        db.exec("INSERT INTO participant (id, first_name, last_name) VALUES (1, 'Anna', 'Nowak')");
        db.exec("INSERT INTO membership (social_coop_id, participant_id, role, from_date) VALUES (1, 1, 'founder', "
                "'2011-03-01')");
        section = std::make_unique<ui::WorkOrdersSection>(context);
        section->show();
        settle();
    }

    /// Waits for the list read off the window's thread after a change or a filter.
    void settle() { test::settle(context); }

    template <typename T> T* dialog()
    {
        // the open one (a closed dialog is deleted only once events run)
        T* open = nullptr;
        for (T* d : section->findChildren<T*>()) {
            if (d->isVisible()) {
                open = d;
            }
        }
        REQUIRE(open);
        return open;
    }

    QString storedStatus()
    {
        auto st = project.db().prepare("SELECT status FROM work_order WHERE id = 1");
        REQUIRE(st.step());
        return st.text(0);
    }
};

// The PDF's text; NFKC turns the font's ligatures ("ﬁ" in "współﬁnansowany") back into letters.
QString pdfText(const QString& path)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    REQUIRE(process.waitForFinished(20000));
    return QString::fromUtf8(process.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
}

} // namespace

TEST_CASE("An order is entered, moved along its lifecycle, its hours logged and its protocol printed",
          "[workorders-ui]")
{
    SectionFixture f;
    QAbstractItemModelTester tester(f.section->model());

    f.section->newOrder();
    auto* dialog = f.dialog<ui::WorkOrderDialog>();
    auto* coop = dialog->findChild<QComboBox*>(QStringLiteral("orderSocialCoop"));
    coop->setCurrentIndex(coop->findText(QStringLiteral("OSS Razem")));
    CHECK(dialog->findChild<QComboBox*>(QStringLiteral("orderHousingCoop"))->currentText() == "SM Przyszłość");
    dialog->findChild<QLineEdit*>(QStringLiteral("orderEstate"))->setText(QStringLiteral("ul. Lipowa 3"));
    dialog->findChild<QPlainTextEdit*>(QStringLiteral("orderDescription"))
        ->setPlainText(QStringLiteral("Malowanie klatki"));
    dialog->findChild<ui::OptionalDateEdit*>(QStringLiteral("orderOrderedOn"))->setValue(QDate(2012, 3, 5));
    dialog->findChild<ui::OptionalDateEdit*>(QStringLiteral("orderDueOn"))->setValue(QDate(2012, 3, 20));
    auto* net = dialog->findChild<QLineEdit*>(QStringLiteral("orderNet"));
    net->setText(QStringLiteral("12x"));
    dialog->submit();
    f.settle();
    CHECK(dialog->findChild<QLabel*>(QStringLiteral("error_net"))->isVisible());
    CHECK(f.project.db().scalar("SELECT count(*) FROM work_order") == 0);
    net->setText(QStringLiteral("1 234,56"));
    CHECK(dialog->findChild<QLabel*>(QStringLiteral("orderGross"))
              ->text()
              .replace(QChar(0xa0), QLatin1Char(' '))
              .startsWith(QStringLiteral("1 518,51 zł (VAT 283,95 zł)")));
    dialog->submit();
    f.settle();
    CHECK(f.project.db().scalar("SELECT net_amount FROM work_order WHERE seq = 1 AND year = 2012") == 123456);
    REQUIRE(f.section->model()->rowCount() == 1);
    REQUIRE(f.section->selectedOrder());
    CHECK(f.section->selectedOrder()->number() == "1/2012");

    f.section->advanceSelected(); // in progress: no question
    f.settle();
    CHECK(f.storedStatus() == "in_progress");
    f.section->advanceSelected();
    f.settle();
    auto* change = f.dialog<ui::StatusChangeDialog>();
    change->dateEdit()->setDate(QDate(2012, 3, 18));
    change->submit();
    f.settle();
    CHECK(f.storedStatus() == "completed");

    // a step that skips one is refused with the message of the lifecycle
    CHECK_FALSE(f.section->applyStatus({core::WorkOrderStatus::Invoiced, QDate(2012, 3, 20), QStringLiteral("FV 1")}));
    CHECK(f.prompt.errors().last() == "Order 1/2012 is completed: it cannot be invoiced before it is accepted");

    // hours of a member on a day
    auto* hours = f.section->hoursPanel();
    REQUIRE(hours->memberBox()->count() == 1);
    hours->dateEdit()->setDate(QDate(2012, 3, 6));
    hours->hoursBox()->setValue(7.5);
    hours->enter();
    f.settle();
    CHECK(f.project.db().scalar("SELECT minutes FROM work_hours WHERE date = '2012-03-06'") == 450);
    CHECK(hours->totals()->text().contains(QStringLiteral("7.5")));
    f.undo.undo();
    f.settle();
    CHECK(f.project.db().scalar("SELECT count(*) FROM work_hours") == 0);
    f.undo.redo();
    f.settle();
    CHECK(f.project.db().scalar("SELECT count(*) FROM work_hours") == 1);

    REQUIRE(f.section->applyStatus({core::WorkOrderStatus::Accepted, QDate(2012, 3, 19), {}}));

    f.settle();
    CHECK(f.storedStatus() == "accepted");
    f.undo.undo();
    f.settle();
    CHECK(f.storedStatus() == "completed");
    f.undo.redo();
    f.settle();
    CHECK(f.storedStatus() == "accepted");

    // invoicing without a number: the refusal stays in the dialog with what was typed
    f.section->advanceSelected();
    f.settle();
    auto* invoice = f.dialog<ui::StatusChangeDialog>();
    invoice->dateEdit()->setDate(QDate(2012, 3, 21));
    invoice->submit();
    f.settle();
    CHECK(invoice->isVisible());
    CHECK(invoice->errorLabel()->text() == "Order 1/2012: the invoice number is missing");
    CHECK(f.storedStatus() == "accepted");
    invoice->invoiceEdit()->setText(QStringLiteral("FV 3/2012"));
    invoice->submit();
    f.settle();
    CHECK_FALSE(invoice->isVisible());
    CHECK(f.storedStatus() == "invoiced");
    CHECK(f.project.db().scalar("SELECT count(*) FROM work_order WHERE invoice_number = 'FV 3/2012' AND invoiced_on = "
                                "'2012-03-21'") == 1);

    const QString pdf = qEnvironmentVariableIsSet("OSIEDLE_KEEP_PDF")
                            ? qEnvironmentVariable("OSIEDLE_KEEP_PDF")
                            : f.project.dir() + QStringLiteral("/protocol.pdf");
    f.prompt.saveFileAnswers.enqueue(pdf);
    f.section->protocolToPdf();
    REQUIRE(QFile::exists(pdf));
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
        WARN("pdftotext not installed: the protocol's text is not checked");
    } else {
        const QString text = pdfText(pdf).simplified();
        CHECK(text.contains(QStringLiteral("Acceptance protocol of work order 1/2012")));
        CHECK(text.contains(QStringLiteral("SM Przyszłość")));
        CHECK(text.contains(QStringLiteral("OSS Razem")));
        CHECK(text.contains(QStringLiteral("Malowanie klatki")));
        CHECK(text.contains(QStringLiteral("Work completed on 18.03.2012")));
        CHECK(text.contains(QStringLiteral("Hours worked 7.5 h")));
        CHECK(text.contains(QStringLiteral("Net value 1 234,56 zł")));
        CHECK(text.contains(QStringLiteral("VAT (23 %) 283,95 zł")));
        CHECK(text.contains(QStringLiteral("1 518,51 zł")));
        CHECK(text.contains(QStringLiteral("Accepted for the SM: SM Przyszłość")));
        CHECK(text.contains(QStringLiteral("Handed over for the OSS: OSS Razem")));
        // a signature field for each party, the EU line and the page number on the page
        CHECK(text.count(QStringLiteral("(name, signature, stamp)")) == 2);
        CHECK(
            text.contains(QStringLiteral("Projekt współfinansowany ze środków Unii Europejskiej w ramach Europejskiego "
                                         "Funduszu Społecznego")));
        CHECK(text.contains(QStringLiteral("Page 1 of 1")));
    }
}

TEST_CASE("A recurring order and the lists of the section", "[workorders-ui]")
{
    SectionFixture f;
    f.section->newRecurringOrder();
    auto* dialog = f.dialog<ui::RecurringOrderDialog>();
    auto* coop = dialog->findChild<QComboBox*>(QStringLiteral("orderSocialCoop"));
    coop->setCurrentIndex(coop->findText(QStringLiteral("OSS Razem")));
    dialog->findChild<QLineEdit*>(QStringLiteral("orderNet"))->setText(QStringLiteral("300"));
    dialog->firstDate()->setDate(QDate(2012, 1, 2));
    dialog->lastDate()->setDate(QDate(2012, 12, 31));
    CHECK(dialog->findChild<QLabel*>(QStringLiteral("seriesCount"))->text().endsWith(QStringLiteral("53")));
    dialog->submit();
    f.settle();
    CHECK(f.project.db().scalar("SELECT count(*) FROM work_order WHERE status = 'ordered'") == 53);
    CHECK(f.section->model()->totalCount() == 53);
    CHECK(f.section->model()->rowCount() == 53);

    auto* list = f.section->findChild<QComboBox*>(QStringLiteral("orderListKind"));
    list->setCurrentIndex(list->findData(int(core::WorkOrderList::Overdue)));
    f.settle();
    CHECK(f.section->model()->totalCount() == 53); // the project ended on 30.06.2013
    list->setCurrentIndex(list->findData(int(core::WorkOrderList::AwaitingPayment)));
    f.settle();
    CHECK(f.section->model()->totalCount() == 0);
    list->setCurrentIndex(0);
    f.settle();
    f.section->findChild<QLineEdit*>(QStringLiteral("orderSearch"))->setText(QStringLiteral("53/2012"));
    f.settle();
    CHECK(f.section->model()->totalCount() == 1);

    f.undo.undo();
    f.settle();
    CHECK(f.project.db().scalar("SELECT count(*) FROM work_order") == 0);
}

TEST_CASE("A new order starts on the day the project is read for and hours keep the day typed", "[workorders-ui]")
{
    SectionFixture f;
    f.section->newOrder();
    auto* dialog = f.dialog<ui::WorkOrderDialog>();
    // the project ended on 30.06.2013: its last day, not today, and an empty value to type into
    CHECK(dialog->findChild<ui::OptionalDateEdit*>(QStringLiteral("orderOrderedOn"))->value() == QDate(2013, 6, 30));
    CHECK(dialog->findChild<ui::OptionalDateEdit*>(QStringLiteral("orderDueOn"))->value() == QDate(2013, 7, 7));
    CHECK(dialog->findChild<QLineEdit*>(QStringLiteral("orderNet"))->text().isEmpty());
    auto* coop = dialog->findChild<QComboBox*>(QStringLiteral("orderSocialCoop"));
    coop->setCurrentIndex(coop->findText(QStringLiteral("OSS Razem")));
    dialog->findChild<QLineEdit*>(QStringLiteral("orderNet"))->setText(QStringLiteral("250"));
    dialog->submit();
    f.settle();
    REQUIRE(f.section->selectedOrder());

    // three days of one member in a row: the day stays where it was typed
    auto* hours = f.section->hoursPanel();
    CHECK(hours->dateEdit()->date() == QDate(2013, 6, 30));
    for (const QDate& day : {QDate(2013, 7, 1), QDate(2013, 7, 2)}) {
        hours->dateEdit()->setDate(day);
        hours->hoursBox()->setValue(4);
        hours->enter();
        f.settle();
        CHECK(hours->dateEdit()->date() == day);
    }
    CHECK(f.project.db().scalar("SELECT sum(minutes) FROM work_hours") == 480);

    // the work is suggested as completed on the last day hours were logged
    f.section->advanceSelected();
    f.settle();
    f.section->advanceSelected();
    f.settle();
    CHECK(f.dialog<ui::StatusChangeDialog>()->dateEdit()->date() == QDate(2013, 7, 2));
}

TEST_CASE("Hours of an order without dates start on the project's last day, not today", "[workorders-ui]")
{
    SectionFixture f;
    f.section->newOrder();
    auto* dialog = f.dialog<ui::WorkOrderDialog>();
    dialog->findChild<ui::OptionalDateEdit*>(QStringLiteral("orderOrderedOn"))->setValue(std::nullopt);
    dialog->findChild<ui::OptionalDateEdit*>(QStringLiteral("orderDueOn"))->setValue(std::nullopt);
    dialog->findChild<QCheckBox*>(QStringLiteral("orderAlreadyOrdered"))->setChecked(false); // a draft
    auto* coop = dialog->findChild<QComboBox*>(QStringLiteral("orderSocialCoop"));
    coop->setCurrentIndex(coop->findText(QStringLiteral("OSS Razem")));
    dialog->findChild<QLineEdit*>(QStringLiteral("orderNet"))->setText(QStringLiteral("100"));
    dialog->submit();
    f.settle();
    REQUIRE(f.section->selectedOrder());
    REQUIRE_FALSE(f.section->selectedOrder()->orderedOn);
    // the project ended on 30.06.2013
    CHECK(f.section->hoursPanel()->dateEdit()->date() == QDate(2013, 6, 30));
}

TEST_CASE("The order list is read off the window's thread and a new order is selected when it comes", "[workorders-ui]")
{
    SectionFixture f;
    CHECK(f.section->model()->rowCount() == 0);
    f.section->newOrder();
    auto* dialog = f.dialog<ui::WorkOrderDialog>();
    auto* coop = dialog->findChild<QComboBox*>(QStringLiteral("orderSocialCoop"));
    coop->setCurrentIndex(coop->findText(QStringLiteral("OSS Razem")));
    dialog->findChild<QLineEdit*>(QStringLiteral("orderNet"))->setText(QStringLiteral("250"));
    dialog->submit();
    CHECK(f.project.db().scalar("SELECT count(*) FROM work_order") == 1);
    // Until the read comes the list shown stays; then the new order is listed and selected.
    CHECK(f.section->model()->rowCount() == 0);
    CHECK_FALSE(f.section->selectedOrder());
    f.settle();
    REQUIRE(f.section->model()->rowCount() == 1);
    CHECK(f.section->model()->totalCount() == 1);
    REQUIRE(f.section->selectedOrder());
    CHECK(f.section->selectedOrder()->number() == QStringLiteral("1/2013"));
    auto* count = f.section->findChild<QLabel*>(QStringLiteral("orderCount"));
    REQUIRE(count != nullptr);
    CHECK(count->text() == QStringLiteral("1 orders"));
}
