#include "ui/common/ListExport.h"

#include "core/io/CsvTable.h"
#include "core/io/DemoGenerator.h"
#include "core/storage/Database.h"
#include "core/storage/Statement.h"
#include "core/storage/WorkOrderRepository.h"
#include "support/QtStringMakers.h"
#include "support/TestContext.h"
#include "ui/consultations/ConsultationsSection.h"
#include "ui/debts/DebtsSection.h"
#include "ui/housingcoops/InstitutionDialog.h"
#include "ui/reports/ReportsSection.h"
#include "ui/socialcoops/AgreementTab.h"
#include "ui/socialcoops/FoundingPathTab.h"
#include "ui/socialcoops/HealthPanel.h"
#include "ui/socialcoops/MembersTab.h"
#include "ui/socialcoops/ServicePointTab.h"
#include "ui/socialcoops/SocialCoopCard.h"
#include "ui/socialcoops/SocialCoopListSection.h"
#include "ui/training/AttendanceGrid.h"
#include "ui/training/TrainingSection.h"
#include "ui/workorders/HoursPanel.h"

#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace osiedle;

namespace {

/// What a table shows: the column titles, then the rows, as text.
QList<QStringList> shown(const QTableView& view, bool withHidden = false)
{
    const QAbstractItemModel* model = view.model();
    QList<QStringList> out;
    QStringList header;
    QList<int> columns;
    for (int c = 0; c < model->columnCount(); ++c) {
        if (withHidden || !view.isColumnHidden(c)) {
            columns.append(c);
            header.append(model->headerData(c, Qt::Horizontal).toString());
        }
    }
    out.append(header);
    for (int r = 0; r < model->rowCount(); ++r) {
        QStringList row;
        for (const int c : columns) {
            // A name shortened on screen is exported whole (ListExport::WholeTextRole).
            const QModelIndex index = model->index(r, c);
            const QVariant whole = index.data(ui::ListExport::WholeTextRole);
            row.append(whole.isValid() ? whole.toString() : index.data().toString());
        }
        out.append(row);
    }
    return out;
}

QList<QStringList> readBack(const QString& path)
{
    auto table = core::readTableFile(path);
    REQUIRE(table.ok());
    QList<QStringList> out{table->header};
    for (const auto& row : table->rows) {
        out.append(row.fields);
    }
    return out;
}

QPushButton* exportButton(QWidget& parent, const QString& name = QStringLiteral("exportList"))
{
    auto* button = parent.findChild<QPushButton*>(name);
    REQUIRE(button != nullptr);
    return button;
}

/// Presses the export button `name` of `parent`, answering the file question with `file` in the
/// project's folder, and reads the file written back.
QList<QStringList> exported(test::TestContext& t, QWidget& parent, const QString& name, const QString& file)
{
    const QString path = t.project.dir() + QLatin1Char('/') + file;
    t.prompt.saveFileAnswers.enqueue(path);
    QTest::mouseClick(exportButton(parent, name), Qt::LeftButton);
    REQUIRE(t.prompt.errors().isEmpty());
    return readBack(path);
}

QString textOf(core::Database& db, const QByteArray& sql)
{
    core::Statement query = db.prepare(sql);
    REQUIRE(query.step());
    return query.text(0);
}

/// The file's column (by its title) as a list of values.
QStringList column(const QList<QStringList>& file, const QString& title)
{
    const qsizetype c = file.first().indexOf(title);
    REQUIRE(c >= 0);
    QStringList values;
    for (qsizetype r = 1; r < file.size(); ++r) {
        values.append(file[r].value(c));
    }
    return values;
}

} // namespace

TEST_CASE("The social cooperatives list is exported as shown: searched and sorted, to CSV and XLSX", "[ui][lists]")
{
    test::TestContext t;
    t.db().exec("INSERT INTO social_coop (id, name, locality) VALUES "
                "(1, 'OSS Razem', 'Łódź'), (2, 'OSS Nowa Droga', 'Radom'), (3, 'OSS Zgoda', 'Radom')");
    ui::SocialCoopListSection section(t.context);
    section.show();
    auto* search = section.findChild<QLineEdit*>(QStringLiteral("search"));
    QTest::keyClicks(search, QStringLiteral("radom"));
    QTest::keyClick(search, Qt::Key_Return);
    section.table()->sortByColumn(0, Qt::DescendingOrder);
    const auto expected = shown(*section.table());
    REQUIRE(expected.size() == 3); // header and the two in Radom
    CHECK(expected[1].first() == QStringLiteral("OSS Zgoda"));

    for (const QString& name : {QStringLiteral("oss.csv"), QStringLiteral("oss.xlsx")}) {
        const QString path = t.project.dir() + QLatin1Char('/') + name;
        t.prompt.saveFileAnswers.enqueue(path);
        QTest::mouseClick(exportButton(section), Qt::LeftButton);
        CHECK(t.prompt.last().text == QStringLiteral("2 row(s) written to %1.").arg(QDir::toNativeSeparators(path)));
        CHECK(readBack(path) == expected);
    }
}

TEST_CASE("The consultation log is exported as filtered, without the columns hidden", "[ui][lists][consultations]")
{
    test::TestContext t;
    t.db().exec("INSERT INTO social_coop (id, name) VALUES (1, 'OSS Alfa'), (2, 'OSS Beta');"
                "INSERT INTO consultation (date, adviser, social_coop_id, area, topic, minutes) VALUES "
                "('2011-05-10', 'Jan Doradca', 1, 'legal', 'Statut', 60),"
                "('2011-05-11', 'Ewa Księgowa', 2, 'accounting', 'Bilans', 90),"
                "('2011-05-12', 'Jan Doradca', 1, 'funding', 'Dotacja', 45)");
    ui::ConsultationsSection section(t.context);
    section.show();
    test::settle(t.context);
    auto* list = section.findChild<QTableView*>(QStringLiteral("consultationList"));
    REQUIRE(list != nullptr);
    REQUIRE(list->model()->rowCount() == 3);
    auto* coop = section.findChild<QComboBox*>(QStringLiteral("filterSocialCoop"));
    coop->setCurrentIndex(coop->findText(QStringLiteral("OSS Alfa")));
    test::settle(t.context);
    REQUIRE(list->model()->rowCount() == 2);
    list->setColumnHidden(1, true); // a column the user does not see is not written
    const auto expected = shown(*list);
    CHECK(expected.first().size() == list->model()->columnCount() - 1);

    const QString path = t.project.dir() + QStringLiteral("/log.csv");
    t.prompt.saveFileAnswers.enqueue(path);
    QTest::mouseClick(exportButton(section), Qt::LeftButton);
    CHECK(t.prompt.errors().isEmpty());
    CHECK(readBack(path) == expected);
    CHECK(readBack(path) != shown(*list, true));

    // the follow-ups list has its own button
    CHECK(exportButton(section, QStringLiteral("exportFollowUps"))->text() == QStringLiteral("Export list…"));
}

TEST_CASE("A tenant's whole ledger is exported, not only its first loaded page", "[ui][lists][debts]")
{
    test::TestContext t;
    core::DemoGenerator::write(t.db(), {1, 7});
    const qint64 account = t.db().scalar("SELECT account_id FROM debt_entry GROUP BY account_id "
                                         "ORDER BY count(*) DESC, account_id LIMIT 1");
    REQUIRE(account > 0);
    // more entries than one page of the ledger view, so the export has to fetch the rest
    t.db().exec(QByteArray("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 250) "
                           "INSERT INTO debt_entry (account_id, date, kind, amount, note) "
                           "SELECT ") +
                QByteArray::number(account) +
                ", date('2013-01-01', '+' || i || ' days'), 'correction', 1, 'extra' FROM n");
    const qint64 entries =
        t.db().scalar("SELECT count(*) FROM debt_entry WHERE account_id = " + QByteArray::number(account));
    REQUIRE(entries > 250);

    ui::DebtsSection section(t.context);
    section.resize(1280, 760);
    section.show();
    section.openAccount(account);
    auto* ledger = section.findChild<QTableView*>(QStringLiteral("ledgerView"));
    REQUIRE(ledger != nullptr);
    const QString path = t.project.dir() + QStringLiteral("/ledger.csv");
    t.prompt.saveFileAnswers.enqueue(path);
    QTest::mouseClick(exportButton(section, QStringLiteral("exportLedger")), Qt::LeftButton);
    CHECK(t.prompt.errors().isEmpty());
    const auto written = readBack(path);
    CHECK(written.size() == entries + 1);
    CHECK(written == shown(*ledger)); // the view has fetched every row for the export
}

TEST_CASE("The institutions of the dialog are exported with their kind and locality", "[ui][lists][housingcoops]")
{
    test::TestContext t;
    t.db().exec("INSERT INTO institution (kind, name, locality) VALUES "
                "('ops', 'MOPS Gniezno', 'Gniezno'), ('pup', 'PUP Września', 'Września')");
    ui::InstitutionDialog dialog(t.context);
    dialog.show();
    auto* list = dialog.findChild<QTableWidget*>(QStringLiteral("institutionList"));
    REQUIRE(list != nullptr);
    REQUIRE(list->rowCount() == 2);
    const auto file = exported(t, dialog, QStringLiteral("exportInstitutions"), QStringLiteral("institutions.xlsx"));
    CHECK(file.first() == QStringList{QStringLiteral("Name"), QStringLiteral("Kind"), QStringLiteral("Locality")});
    CHECK(file == shown(*list));
    CHECK(column(file, QStringLiteral("Name")).contains(QStringLiteral("PUP Września")));
    CHECK(column(file, QStringLiteral("Locality")).contains(QStringLiteral("Gniezno")));
}

TEST_CASE("The hours worked on an order are exported from the work orders' hours panel", "[ui][lists][workorders]")
{
    test::TestContext t;
    core::DemoGenerator::write(t.db(), {1, 7});
    const qint64 order = t.db().scalar("SELECT work_order_id FROM work_hours GROUP BY work_order_id "
                                       "ORDER BY count(*) DESC, work_order_id LIMIT 1");
    REQUIRE(order > 0);
    ui::HoursPanel panel(t.context);
    panel.show();
    // nothing to export before an order is chosen
    CHECK_FALSE(panel.findChild<QPushButton*>(QStringLiteral("exportHours"))->isEnabled());
    panel.setOrder(core::WorkOrderRepository(t.db()).find(order));
    CHECK(panel.findChild<QPushButton*>(QStringLiteral("exportHours"))->isEnabled());
    REQUIRE(panel.table()->rowCount() > 1);
    const auto file = exported(t, panel, QStringLiteral("exportHours"), QStringLiteral("hours.csv"));
    CHECK(file.first() == QStringList{QStringLiteral("Day"), QStringLiteral("Member"), QStringLiteral("Hours")});
    CHECK(file == shown(*panel.table()));
    CHECK(file.size() - 1 ==
          t.db().scalar("SELECT count(*) FROM work_hours WHERE work_order_id = " + QByteArray::number(order)));
    const QDate first = QDate::fromString(
        textOf(t.db(), "SELECT min(date) FROM work_hours WHERE work_order_id = " + QByteArray::number(order)),
        Qt::ISODate);
    CHECK(column(file, QStringLiteral("Day")).contains(first.toString(QStringLiteral("dd.MM.yyyy"))));
}

TEST_CASE("The data quality list of the reports section is exported", "[ui][lists][reports]")
{
    test::TestContext t;
    core::DemoGenerator::write(t.db(), {1, 7});
    t.db().exec("UPDATE participant SET education = NULL WHERE id = (SELECT min(id) FROM participant)");
    ui::ReportsSection section(t.context);
    section.resize(1280, 760);
    section.show();
    test::settle(t.context);
    auto* quality = section.findChild<QTableWidget*>(QStringLiteral("dataQualityTable"));
    REQUIRE(quality != nullptr);
    section.findChild<QTabWidget*>(QStringLiteral("reportTabs"))->setCurrentIndex(1); // its tab, as the user opens it
    REQUIRE(quality->rowCount() > 0);
    const auto file = exported(t, section, QStringLiteral("exportDataQuality"), QStringLiteral("quality.xlsx"));
    CHECK(file.first() == QStringList{QStringLiteral("Who or what"), QStringLiteral("Record"), QStringLiteral("Date"),
                                      QStringLiteral("Problem")});
    CHECK(file == shown(*quality));
    CHECK(column(file, QStringLiteral("Problem")).join(QLatin1Char(' ')).contains(QStringLiteral("education")));
}

TEST_CASE("The tables of the cooperative's card are exported from their tabs", "[ui][lists][coops-ui]")
{
    test::TestContext t;
    core::DemoGenerator::write(t.db(), {1, 7});
    const qint64 coop = t.db().scalar("SELECT id FROM social_coop WHERE id IN (SELECT social_coop_id FROM "
                                      "cooperation_agreement) AND id IN (SELECT social_coop_id FROM service_sale) "
                                      "AND id IN (SELECT social_coop_id FROM employment) ORDER BY id LIMIT 1");
    REQUIRE(coop > 0);
    const QByteArray id = QByteArray::number(coop);
    ui::SocialCoopCard card(t.context, coop, QDate(2013, 6, 30));
    card.show();

    auto* steps = card.foundingTab()->table();
    REQUIRE(steps->rowCount() > 0);
    const auto founding =
        exported(t, *card.foundingTab(), QStringLiteral("exportFoundingPath"), QStringLiteral("founding.csv"));
    CHECK(founding.first() == QStringList{QStringLiteral("Step"), QStringLiteral("Date"), QStringLiteral("Details"),
                                          QStringLiteral("Notes")});
    CHECK(founding == shown(*steps));
    CHECK(founding[1].first().startsWith(QStringLiteral("☑ "))); // the first step is done

    auto* jobs = card.membersTab()->employment();
    REQUIRE(jobs->rowCount() > 0);
    const auto employment =
        exported(t, *card.membersTab(), QStringLiteral("exportEmployment"), QStringLiteral("employment.xlsx"));
    CHECK(employment.first().first() == QStringLiteral("Participant"));
    CHECK(employment == shown(*jobs));
    CHECK(employment.size() - 1 == t.db().scalar("SELECT count(*) FROM employment WHERE social_coop_id = " + id));

    auto* agreements = card.agreementTab()->table();
    const auto agreement =
        exported(t, *card.agreementTab(), QStringLiteral("exportAgreements"), QStringLiteral("agreements.csv"));
    CHECK(agreement.first().first() == QStringLiteral("Number"));
    CHECK(agreement == shown(*agreements));
    CHECK(column(agreement, QStringLiteral("Number"))
              .contains(textOf(t.db(), "SELECT number FROM cooperation_agreement WHERE social_coop_id = " + id)));

    auto* sales = card.servicePointTab()->sales();
    const auto sold = exported(t, *card.servicePointTab(), QStringLiteral("exportSales"), QStringLiteral("sales.xlsx"));
    CHECK(sold.first() == QStringList{QStringLiteral("Date"), QStringLiteral("Client"), QStringLiteral("Service"),
                                      QStringLiteral("Amount")});
    CHECK(sold == shown(*sales));
    CHECK(column(sold, QStringLiteral("Service"))
              .contains(textOf(t.db(), "SELECT service FROM service_sale WHERE social_coop_id = " + id + " LIMIT 1")));

    auto* hours = card.findChild<QTableWidget*>(QStringLiteral("hoursByMember"));
    REQUIRE(hours != nullptr);
    REQUIRE(hours->rowCount() > 0);
    const auto perMember = exported(t, card, QStringLiteral("exportHoursByMember"), QStringLiteral("hours.csv"));
    CHECK(perMember.first() == QStringList{QStringLiteral("Member"), QStringLiteral("Hours this year")});
    CHECK(perMember == shown(*hours));
    CHECK(perMember[1].first() == hours->item(0, 0)->text());
    CHECK(!perMember[1].first().isEmpty());
}

TEST_CASE("The health panel of the social cooperatives is exported as sorted on screen", "[ui][lists][coops-ui]")
{
    test::TestContext t;
    core::DemoGenerator::write(t.db(), {1, 7});
    ui::HealthPanel panel(t.context, QDate(2013, 6, 30));
    panel.show();
    test::settle(t.context);
    auto* table = panel.table();
    REQUIRE(table->rowCount() == t.db().scalar("SELECT count(*) FROM social_coop"));
    table->sortByColumn(0, Qt::DescendingOrder);
    const auto file = exported(t, panel, QStringLiteral("exportHealth"), QStringLiteral("health.csv"));
    CHECK(file.first().first() == QStringLiteral("OSS"));
    CHECK(file.first().contains(QStringLiteral("Employed by the OSS"))); // a wrapped title on one line
    CHECK(file.mid(1) == shown(*table).mid(1));
    CHECK(file[1].first() == textOf(t.db(), "SELECT name FROM social_coop ORDER BY name DESC LIMIT 1"));
}

TEST_CASE("The attendance grid is exported as shown, with the participants and the present counts",
          "[ui][lists][training]")
{
    test::TestContext t;
    core::DemoGenerator::write(t.db(), {1, 7});
    ui::TrainingSection section(t.context);
    section.resize(1280, 760);
    section.show();
    test::settle(t.context);
    auto* courses = section.findChild<QTableView*>(QStringLiteral("courseList"));
    REQUIRE(courses != nullptr);
    REQUIRE(courses->model()->rowCount() > 0);
    auto* grid = section.findChild<ui::AttendanceGrid*>();
    REQUIRE(grid != nullptr);
    // a course whose grid has a participant marked present
    int present = -1;
    for (int row = 0; row < courses->model()->rowCount() && present < 0; ++row) {
        courses->setCurrentIndex(courses->model()->index(row, 0));
        const QAbstractItemModel* model = grid->model();
        for (int r = 0; r + 1 < model->rowCount() && present < 0; ++r) {
            for (int c = 0; c < model->columnCount(); ++c) {
                if (model->index(r, c).data().toString() == QStringLiteral("P")) {
                    present = r;
                }
            }
        }
    }
    REQUIRE(present >= 0);
    const QAbstractItemModel* model = grid->model();

    const auto file = exported(t, section, QStringLiteral("exportAttendance"), QStringLiteral("attendance.csv"));
    // the participants (the grid's row titles) come first, the headers on one line
    QStringList header{QString()};
    for (int c = 0; c < model->columnCount(); ++c) {
        header.append(model->headerData(c, Qt::Horizontal).toString().replace(QLatin1Char('\n'), QLatin1Char(' ')));
    }
    CHECK(file.first() == header);
    REQUIRE(file.size() == model->rowCount() + 1);
    for (int r = 0; r < model->rowCount(); ++r) {
        QStringList row{model->headerData(r, Qt::Vertical).toString()};
        for (int c = 0; c < model->columnCount(); ++c) {
            row.append(model->index(r, c).data().toString());
        }
        CHECK(file[r + 1] == row);
    }
    CHECK(!file[present + 1].first().isEmpty());
    CHECK(file[present + 1].contains(QStringLiteral("P")));
    CHECK(file.last().first() == QStringLiteral("Present"));
}
