#include "ui/consultations/ConsultationsSection.h"

#include "../core/TrainingTestData.h"
#include "core/services/ChangeNotifier.h"
#include "core/storage/AttendanceRepository.h"
#include "core/storage/ConsultationRepository.h"
#include "support/QtStringMakers.h"
#include "support/ScriptedPrompt.h"
#include "support/TempProject.h"
#include "support/TestContext.h"
#include "ui/common/AppContext.h"
#include "ui/consultations/ConsultationDialog.h"

#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

using namespace osiedle;

TEST_CASE("Consultations are logged for two OSS, filtered, totalled and followed up", "[training][consultations][ui]")
{
    test::TempProject project;
    auto& db = project.db();
    core::ChangeNotifier changes;
    QUndoStack undo;
    test::ScriptedPrompt prompt;
    ui::AppContext context{db, changes, undo, prompt};
    db.exec("INSERT INTO social_coop (id, name) VALUES (1, 'OSS Alfa'), (2, 'OSS Beta')");
    const qint64 anna = test::addParticipant(db, QStringLiteral("Anna"), QStringLiteral("Nowak"));

    ui::ConsultationsSection section(context);
    auto* list = section.findChild<QTableView*>(QStringLiteral("consultationList"));
    REQUIRE(list != nullptr);
    QAbstractItemModelTester tester(list->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);

    QList<core::Consultation> toLog;
    for (const auto& [coop, area, minutes, person] :
         {std::tuple<qint64, core::ConsultationArea, int, qint64>{1, core::ConsultationArea::Legal, 60, 0},
          {1, core::ConsultationArea::Accounting, 90, anna},
          {2, core::ConsultationArea::Legal, 45, 0}}) {
        core::Consultation c;
        c.date = QDate(2011, 5, 10 + static_cast<int>(toLog.size()));
        c.adviser = QStringLiteral("Jan Doradca");
        c.socialCoopId = coop;
        c.area = area;
        c.minutes = minutes;
        c.topic = QStringLiteral("Statut");
        if (person) {
            c.participantId = person;
        }
        if (toLog.isEmpty()) {
            c.followUpOn = QDate(2011, 5, 20);
        }
        toLog.append(c);
    }
    // an empty "whom" is refused next to the field, then each is entered through the dialog
    int next = -1;
    section.setDialogRunner([&](QDialog& dialog) {
        auto* form = qobject_cast<ui::ConsultationDialog*>(&dialog);
        REQUIRE(form != nullptr);
        if (next < 0) {
            core::Consultation nobody;
            nobody.date = QDate(2011, 5, 1);
            form->setConsultation(nobody);
            form->tryAccept();
            CHECK(dialog.findChild<QLabel*>(QStringLiteral("error_whom"))->text() ==
                  QStringLiteral("Choose the social cooperative or the participant (or both)."));
            return int(QDialog::Rejected);
        }
        form->setConsultation(toLog[next]);
        form->tryAccept();
        return dialog.result();
    });
    section.addConsultation();
    for (next = 0; next < toLog.size(); ++next) {
        section.addConsultation();
    }
    CHECK(prompt.errors().isEmpty());
    test::settle(context);
    REQUIRE(list->model()->rowCount() == 3);
    CHECK(core::AttendanceRepository(db).participationStart(anna) == QDate(2011, 5, 11));

    auto* coop = section.findChild<QComboBox*>(QStringLiteral("filterSocialCoop"));
    coop->setCurrentIndex(coop->findText(QStringLiteral("OSS Alfa")));
    test::settle(context);
    CHECK(list->model()->rowCount() == 2);
    coop->setCurrentIndex(0);
    auto* area = section.findChild<QComboBox*>(QStringLiteral("filterArea"));
    area->setCurrentIndex(area->findData(static_cast<int>(core::ConsultationArea::Legal)));
    test::settle(context);
    CHECK(list->model()->rowCount() == 2);
    area->setCurrentIndex(0);
    test::settle(context);

    auto* byCoop = section.findChild<QTableWidget*>(QStringLiteral("totalsBySocialCoop"));
    REQUIRE(byCoop->rowCount() == 3); // Alfa, Beta, total
    CHECK(byCoop->item(0, 0)->text() == QStringLiteral("OSS Alfa"));
    CHECK(byCoop->item(0, 1)->text() == QStringLiteral("2"));
    CHECK(byCoop->item(0, 2)->text() == QStringLiteral("2.5"));
    CHECK(byCoop->item(2, 1)->text() == QStringLiteral("3"));

    auto* followUps = section.findChild<QTableView*>(QStringLiteral("followUpList"));
    REQUIRE(followUps->model()->rowCount() == 1);
    followUps->setCurrentIndex(followUps->model()->index(0, 0));
    section.markFollowUpDone();
    test::settle(context);
    CHECK(followUps->model()->rowCount() == 0);
    undo.undo();
    test::settle(context);
    CHECK(followUps->model()->rowCount() == 1);
}

TEST_CASE("The consultation log is read off the window's thread and shows a change once read", "[consultations][ui]")
{
    test::TestContext t;
    auto& db = t.db();
    db.exec("INSERT INTO social_coop (id, name) VALUES (1, 'OSS Alfa')");
    const auto logged = [&db](const QDate& date, int minutes) {
        core::Consultation c;
        c.date = date;
        c.adviser = QStringLiteral("Jan Doradca");
        c.socialCoopId = 1;
        c.area = core::ConsultationArea::Legal;
        c.minutes = minutes;
        c.topic = QStringLiteral("Statut");
        core::ConsultationRepository(db).insert(c);
    };
    logged(QDate(2011, 5, 10), 60);
    logged(QDate(2011, 5, 12), 30);

    ui::ConsultationsSection section(t.context);
    section.resize(1100, 700);
    section.show();
    test::settle(t.context);
    auto* list = section.findChild<QTableView*>(QStringLiteral("consultationList"));
    auto* summary = section.findChild<QLabel*>(QStringLiteral("consultationSummary"));
    REQUIRE(list != nullptr);
    REQUIRE(summary != nullptr);
    CHECK(list->model()->rowCount() == 2);
    CHECK(summary->text() == QStringLiteral("2 consultations, 1.5 h"));

    logged(QDate(2011, 6, 1), 45);
    t.changes.notify(core::Topic::Consultations);
    // Until the read comes back the log of the data before the change stays.
    CHECK(list->model()->rowCount() == 2);
    test::settle(t.context);
    CHECK(list->model()->rowCount() == 3);
    CHECK(summary->text() == QStringLiteral("3 consultations, 2.25 h"));
    auto* byArea = section.findChild<QTableWidget*>(QStringLiteral("totalsByArea"));
    REQUIRE(byArea != nullptr);
    REQUIRE(byArea->rowCount() == 2); // legal, total
    CHECK(byArea->item(1, 1)->text() == QStringLiteral("3"));
}

TEST_CASE("A consultation date typed from left to right over a June date is stored as typed", "[consultations][ui]")
{
    test::TempProject project;
    auto& db = project.db();
    core::ChangeNotifier changes;
    QUndoStack undo;
    test::ScriptedPrompt prompt;
    ui::AppContext context{db, changes, undo, prompt};
    db.exec("INSERT INTO social_coop (id, name) VALUES (1, 'OSS Alfa')");
    ui::ConsultationsSection section(context);
    section.setDialogRunner([](QDialog& dialog) {
        auto* form = qobject_cast<ui::ConsultationDialog*>(&dialog);
        REQUIRE(form != nullptr);
        core::Consultation c;
        c.date = QDate(2013, 6, 30);
        c.adviser = QStringLiteral("Jan Doradca");
        c.socialCoopId = 1;
        c.topic = QStringLiteral("Statut");
        form->setConsultation(c);
        dialog.show();
        // over 30.06.2013 a plain QDateEdit made "31052013" into 30.05.2013 (June has no 31st)
        auto* date = dialog.findChild<QDateEdit*>(QStringLiteral("consultationDate"));
        REQUIRE(date != nullptr);
        date->setFocus();
        date->setSelectedSection(QDateTimeEdit::DaySection);
        QTest::keyClicks(date, QStringLiteral("31052013"));
        CHECK(date->text() == QStringLiteral("31.05.2013"));
        form->tryAccept();
        return dialog.result();
    });
    section.addConsultation();
    CHECK(prompt.errors().isEmpty());
    const auto stored = core::ConsultationRepository(db).find(1);
    REQUIRE(stored.has_value());
    CHECK(stored->date == QDate(2013, 5, 31));
}

TEST_CASE("Long OSS and adviser names do not widen the consultations section past a laptop screen",
          "[consultations][ui]")
{
    test::TestContext t;
    auto& db = t.db();
    db.exec("INSERT INTO social_coop (id, name) VALUES (1, 'Osiedlowa Spółdzielnia Socjalna „Sąsiedzka Pomoc” "
            "w Mińsku Mazowieckim przy Spółdzielni Mieszkaniowej „Przyszłość”')");
    core::Consultation c;
    c.date = QDate(2011, 5, 10);
    c.adviser = QStringLiteral("mec. Aleksandra Wiśniewska-Przybylska, kancelaria radców prawnych");
    c.socialCoopId = 1;
    c.area = core::ConsultationArea::Administrative;
    c.minutes = 60;
    c.topic = QStringLiteral("Pisma do urzędów");
    core::ConsultationRepository(db).insert(c);

    ui::ConsultationsSection section(t.context);
    test::settle(t.context);
    // 1366 pixels less the section list and the window's margins
    CHECK(section.minimumSizeHint().width() < 1100);
    auto* coop = section.findChild<QComboBox*>(QStringLiteral("filterSocialCoop"));
    REQUIRE(coop != nullptr);
    REQUIRE(coop->count() == 2);
    // the list shows the name whole
    CHECK(coop->view()->minimumWidth() >= coop->view()->sizeHintForColumn(0));
}
