#include "ui/training/TrainingSection.h"

#include "../core/TrainingTestData.h"
#include "core/services/ChangeNotifier.h"
#include "core/storage/CourseRepository.h"
#include "core/storage/SessionRepository.h"
#include "support/QtStringMakers.h"
#include "support/ScriptedPrompt.h"
#include "support/TempProject.h"
#include "support/TestContext.h"
#include "ui/common/AppContext.h"
#include "ui/training/AttendanceGrid.h"
#include "ui/training/AttendanceGridModel.h"
#include "ui/training/EnrolDialog.h"
#include "ui/training/ScheduleDialog.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace osiedle;

namespace {

struct SectionFixture {
    test::TempProject project;
    core::ChangeNotifier changes;
    QUndoStack undo;
    test::ScriptedPrompt prompt;
    ui::AppContext context{project.db(), changes, undo, prompt};

    template <typename T> static T* child(QWidget& parent, const char* name)
    {
        auto* widget = parent.findChild<T*>(QString::fromLatin1(name));
        REQUIRE(widget != nullptr);
        return widget;
    }
};

} // namespace

TEST_CASE("A course is planned, scheduled, enrolled and printed in the training section", "[training][section][ui]")
{
    SectionFixture f;
    auto& db = f.project.db();
    db.exec("INSERT INTO project (id, title, start_date, end_date) VALUES (1, 'Projekt', '2010-01-01', '2013-12-31')");
    db.exec("INSERT INTO social_coop (id, name) VALUES (1, 'OSS Alfa')");
    const qint64 anna = test::addParticipant(db, QStringLiteral("Anna"), QStringLiteral("Nowak"));
    test::addParticipant(db, QStringLiteral("Ewa"), QStringLiteral("Rezerwowa"), QStringLiteral("reserve"));
    ui::TrainingSection section(f.context);
    test::settle(f.context);
    section.show();
    test::settle(f.context);

    // a new 40-hour course for an OSS group; the empty name is refused next to the field
    QTest::mouseClick(SectionFixture::child<QPushButton>(section, "newCourse"), Qt::LeftButton);
    SectionFixture::child<QDoubleSpinBox>(section, "coursePlannedHours")->setValue(40);
    QTest::mouseClick(SectionFixture::child<QPushButton>(section, "saveCourse"), Qt::LeftButton);
    test::settle(f.context);
    CHECK(SectionFixture::child<QLabel>(section, "error_name")->text() == QStringLiteral("Enter the course name."));
    SectionFixture::child<QLineEdit>(section, "courseName")->setText(QStringLiteral("Zajęcia integracyjne, grupa 1"));
    auto* coop = SectionFixture::child<QComboBox>(section, "courseSocialCoop");
    coop->setCurrentIndex(coop->findText(QStringLiteral("OSS Alfa")));
    QTest::mouseClick(SectionFixture::child<QPushButton>(section, "saveCourse"), Qt::LeftButton);
    test::settle(f.context);
    REQUIRE(section.currentCourse() != 0);
    const auto course = core::CourseRepository(db).find(section.currentCourse());
    CHECK(course->plannedMinutes == 2400);
    CHECK(course->socialCoopId == 1);

    // the schedule: Tuesdays and Thursdays from 24 April 2012, holidays skipped and listed
    QStringList skipped;
    section.setDialogRunner([&](QDialog& dialog) {
        auto* schedule = qobject_cast<ui::ScheduleDialog*>(&dialog);
        REQUIRE(schedule != nullptr);
        schedule->setRequest({{2, 4}, QTime(16, 0), 240, QDate(2012, 4, 24), 0});
        auto* list = dialog.findChild<QListWidget*>(QStringLiteral("scheduleSkipped"));
        for (int i = 0; i < list->count(); ++i) {
            skipped.append(list->item(i)->text());
        }
        return int(QDialog::Accepted);
    });
    section.generateSchedule();
    test::settle(f.context);
    CHECK(skipped ==
          QStringList{QStringLiteral("01.05.2012: Labour Day"), QStringLiteral("03.05.2012: Constitution Day")});
    CHECK(core::SessionRepository(db).scheduledMinutes(section.currentCourse()) == 2400);
    CHECK(SectionFixture::child<QTableView>(section, "sessionList")->model()->rowCount() == 10);
    f.undo.undo();
    test::settle(f.context);
    CHECK(core::SessionRepository(db).scheduledMinutes(section.currentCourse()) == 0);
    f.undo.redo();
    test::settle(f.context);
    CHECK(core::SessionRepository(db).scheduledMinutes(section.currentCourse()) == 2400);

    // enrolment: the qualified one is enrolled, the reserve one refused with the reason
    section.setDialogRunner([&](QDialog& dialog) {
        auto* enrol = qobject_cast<ui::EnrolDialog*>(&dialog);
        REQUIRE(enrol != nullptr);
        dialog.findChild<QAbstractButton*>(QStringLiteral("enrolEveryone"))->setChecked(true);
        dialog.findChild<QListWidget*>(QStringLiteral("enrolCandidates"))->selectAll();
        return int(QDialog::Accepted);
    });
    section.enrol();
    test::settle(f.context);
    REQUIRE(f.prompt.errors().size() == 1);
    CHECK(f.prompt.errors().first() ==
          QStringLiteral("Ewa Rezerwowa is on the reserve list, only qualified participants can be enrolled"));
    auto* grid = section.attendanceGrid();
    QAbstractItemModelTester tester(grid->gridModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(grid->gridModel()->participantCount() == 1);
    CHECK(grid->gridModel()->participantAt(0) == anna);

    // attendance lists as PDF
    const QString pdf = f.project.dir() + QStringLiteral("/listy.pdf");
    CHECK(section.printDocument(ui::TrainingSection::Document::AttendanceLists, true, pdf));
    CHECK(QFileInfo(pdf).size() > 1000);
    // no certificates yet: the message says so
    f.prompt.clear();
    CHECK_FALSE(section.printDocument(ui::TrainingSection::Document::Certificates, true, pdf));
    CHECK(f.prompt.errors().value(0).contains(QStringLiteral("Nobody has completed")));
}

TEST_CASE("The course list filters by support form and search text", "[training][section][ui]")
{
    SectionFixture f;
    auto& db = f.project.db();
    test::addCourse(db, 40, QStringLiteral("Zajęcia integracyjno-motywacyjne"));
    core::Course vocational;
    vocational.supportFormId = 3;
    vocational.name = QStringLiteral("Kurs zawodowy: ogrodnik");
    vocational.plannedMinutes = 6000;
    REQUIRE(core::CourseService(db).save(vocational).ok());
    ui::TrainingSection section(f.context);
    test::settle(f.context);
    auto* list = SectionFixture::child<QTableView>(section, "courseList");
    QAbstractItemModelTester tester(list->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(list->model()->rowCount() == 2);
    auto* filter = SectionFixture::child<QComboBox>(section, "supportFormFilter");
    filter->setCurrentIndex(filter->findText(QStringLiteral("Kurs zawodowy")));
    test::settle(f.context);
    CHECK(list->model()->rowCount() == 1);
    filter->setCurrentIndex(0);
    test::settle(f.context);
    QTest::keyClicks(SectionFixture::child<QLineEdit>(section, "courseSearch"), QStringLiteral("ZAJECIA"));
    test::settle(f.context);
    REQUIRE(list->model()->rowCount() == 1);
    CHECK(list->model()->index(0, 0).data().toString() == QStringLiteral("Zajęcia integracyjno-motywacyjne"));
}

TEST_CASE("A session date typed from left to right over a June date is stored as typed", "[training][section][ui]")
{
    SectionFixture f;
    auto& db = f.project.db();
    db.exec("INSERT INTO project (id, title, start_date, end_date) VALUES (1, 'Projekt', '2010-01-01', '2014-12-31')");
    db.exec("INSERT INTO social_coop (id, name) VALUES (1, 'OSS Alfa')");
    ui::TrainingSection section(f.context);
    test::settle(f.context);
    section.show();
    test::settle(f.context);
    QTest::mouseClick(SectionFixture::child<QPushButton>(section, "newCourse"), Qt::LeftButton);
    SectionFixture::child<QDoubleSpinBox>(section, "coursePlannedHours")->setValue(40);
    SectionFixture::child<QLineEdit>(section, "courseName")->setText(QStringLiteral("Kurs"));
    auto* coop = SectionFixture::child<QComboBox>(section, "courseSocialCoop");
    coop->setCurrentIndex(coop->findText(QStringLiteral("OSS Alfa")));
    QTest::mouseClick(SectionFixture::child<QPushButton>(section, "saveCourse"), Qt::LeftButton);
    test::settle(f.context);
    REQUIRE(section.currentCourse() != 0);

    for (auto [keys, expected] : {std::pair{"31052013", QDate(2013, 5, 31)}, {"29022012", QDate(2012, 2, 29)}}) {
        INFO(keys);
        QString shown;
        section.setDialogRunner([&, keys = keys](QDialog& dialog) {
            dialog.show();
            auto* date = SectionFixture::child<QDateEdit>(static_cast<QWidget&>(dialog), "sessionDate");
            // over 30.06.2013 a plain QDateEdit made "31052013" into 30.05.2013, "29022012" into 28.02.2012
            date->setDate(QDate(2013, 6, 30));
            date->setFocus();
            date->setSelectedSection(QDateTimeEdit::DaySection);
            QTest::keyClicks(date, QString::fromLatin1(keys));
            shown = date->text();
            return int(QDialog::Accepted);
        });
        section.addSession();
        CHECK(shown == expected.toString(QStringLiteral("dd.MM.yyyy")));
        CHECK(f.prompt.errors().isEmpty());
        QList<QDate> dates;
        for (const auto& s : core::SessionRepository(db).forCourse(section.currentCourse())) {
            dates.append(s.date);
        }
        CHECK(dates.contains(expected));
    }
}

TEST_CASE("The course list is read off the window's thread and the course asked for is chosen when it comes",
          "[training][section][ui]")
{
    SectionFixture f;
    auto& db = f.project.db();
    // Courses without dates are listed by name.
    const qint64 first = test::addCourse(db, 40, QStringLiteral("Arteterapia"));
    const qint64 second = test::addCourse(db, 20, QStringLiteral("Budżet domowy"));
    ui::TrainingSection section(f.context);
    section.show();
    auto* list = SectionFixture::child<QTableView>(section, "courseList");
    // Nothing is listed or chosen before the read comes, then the first course is.
    CHECK(list->model()->rowCount() == 0);
    CHECK(section.currentCourse() == 0);
    test::settle(f.context);
    REQUIRE(list->model()->rowCount() == 2);
    CHECK(section.currentCourse() == first);
    CHECK(SectionFixture::child<QLabel>(section, "courseTitle")->text() == QStringLiteral("Arteterapia"));

    // A course added elsewhere: asked for before the list with it comes, it is chosen when it does.
    const qint64 third = test::addCourse(db, 10, QStringLiteral("Cyfrowe podstawy"));
    f.changes.notify(core::Topic::Training);
    CHECK_FALSE(section.selectCourse(third));
    CHECK(list->model()->rowCount() == 2); // the list shown stays until the read comes
    test::settle(f.context);
    CHECK(list->model()->rowCount() == 3);
    CHECK(section.currentCourse() == third);
    CHECK(SectionFixture::child<QLabel>(section, "courseTitle")->text() == QStringLiteral("Cyfrowe podstawy"));

    // The course chosen stays chosen when the list is read again.
    REQUIRE(section.selectCourse(second));
    f.changes.notify(core::Topic::Training);
    test::settle(f.context);
    CHECK(section.currentCourse() == second);
}
