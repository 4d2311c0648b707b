#include "core/io/AttendanceImport.h"
#include "core/io/CsvReader.h"
#include "core/storage/AttendanceRepository.h"
#include "core/storage/EnrolmentRepository.h"
#include "support/QtStringMakers.h"
#include "support/TempProject.h"
#include "TrainingTestData.h"

using namespace osiedle;
using core::AttendanceStatus;

namespace {

struct ImportFixture {
    test::TempProject project;
    qint64 course = 0;
    qint64 anna = 0;
    qint64 jan = 0;
    qint64 march1 = 0;
    qint64 march8 = 0;

    ImportFixture()
    {
        auto& db = project.db();
        course = test::addCourse(db, 4, QStringLiteral("Zajęcia integracyjne"));
        anna = test::addParticipant(db, QStringLiteral("Anna"), QStringLiteral("Nowak"), QStringLiteral("qualified"),
                                    QStringLiteral("02211307589"));
        jan = test::addParticipant(db, QStringLiteral("Jan"), QStringLiteral("Łęcki"), QStringLiteral("qualified"),
                                   QStringLiteral("44051401359"));
        test::enrol(db, course, anna);
        test::enrol(db, course, jan);
        march1 = test::addSession(db, course, QDate(2011, 3, 1), 120);
        march8 = test::addSession(db, course, QDate(2011, 3, 8), 120);
    }

    core::AttendanceImportReport import(const QByteArray& csv, bool dryRun = false)
    {
        const auto table = core::CsvReader::parse(csv);
        REQUIRE(table.ok());
        return core::AttendanceImport::run(project.db(), *table, dryRun);
    }

    QStringList problems(const core::AttendanceImportReport& report)
    {
        QStringList texts;
        for (const auto& p : report.problems) {
            texts.append(p.text());
        }
        return texts;
    }
};

} // namespace

TEST_CASE("Attendance is imported from CSV by PESEL or name, with Polish statuses", "[training][import]")
{
    ImportFixture f;
    const QByteArray csv = "kurs;data;pesel;uczestnik;obecność\n"
                           "Zajęcia integracyjne;01.03.2011;02211307589;;obecny\n"
                           "Zajęcia integracyjne;2011-03-08;;Nowak Anna;P\n"
                           "1;01.03.2011;;jan lecki;usprawiedliwiony\n";
    SECTION("dry run writes nothing")
    {
        const auto report = f.import(csv, true);
        CHECK(f.problems(report).isEmpty());
        CHECK(report.marks == 3);
        CHECK_FALSE(report.written);
        CHECK(f.project.db().scalar("SELECT count(*) FROM attendance") == 0);
    }
    SECTION("the import writes every mark and completion follows")
    {
        const auto report = f.import(csv);
        CHECK(f.problems(report).isEmpty());
        CHECK(report.written);
        core::AttendanceRepository attendance(f.project.db());
        CHECK(attendance.find(f.march1, f.anna) == AttendanceStatus::Present);
        CHECK(attendance.find(f.march8, f.anna) == AttendanceStatus::Present);
        CHECK(attendance.find(f.march1, f.jan) == AttendanceStatus::Excused);
        CHECK(attendance.participationStart(f.anna) == QDate(2011, 3, 1));
        CHECK_FALSE(attendance.participationStart(f.jan).has_value());
        const auto e = core::EnrolmentRepository(f.project.db()).find(f.course, f.anna);
        CHECK(e->completedOn == QDate(2011, 3, 8));
        CHECK(e->certificateNumber == 1);
    }
}

TEST_CASE("Attendance import errors name the row and column, and nothing is written", "[training][import]")
{
    ImportFixture f;
    const QByteArray csv = "course;date;pesel;name;status\n"
                           "Zajęcia integracyjne;01.03.2011;02211307589;;present\n"   // row 2: fine
                           "Kurs nieznany;01.03.2011;02211307589;;present\n"          // row 3
                           "Zajęcia integracyjne;02.03.2011;02211307589;;present\n"   // row 4
                           "Zajęcia integracyjne;31.02.2011;02211307589;;present\n"   // row 5
                           "Zajęcia integracyjne;08.03.2011;44051401458;;present\n"   // row 6
                           "Zajęcia integracyjne;08.03.2011;;Ewa Nowak;present\n"     // row 7
                           "Zajęcia integracyjne;08.03.2011;44051401359;;spóźniony\n" // row 8
                           "Zajęcia integracyjne;01.03.2011;;Anna Nowak;absent\n";   // row 9: same as row 2
    const auto report = f.import(csv);
    CHECK_FALSE(report.written);
    CHECK(f.problems(report) ==
          QStringList{
              QStringLiteral("row 3, column course: there is no course \"Kurs nieznany\""),
              QStringLiteral("row 4, column date: the course has no session on 02.03.2011"),
              QStringLiteral("row 5, column date: no such date"),
              QStringLiteral("row 6, column pesel: nobody with PESEL 44051401458 is enrolled on this course"),
              QStringLiteral("row 7, column name: nobody called \"Ewa Nowak\" is enrolled on this course"),
              QStringLiteral("row 8, column status: \"spóźniony\" is not a status; write present, excused or absent "
                             "(obecny, usprawiedliwiony, nieobecny)"),
              QStringLiteral("row 9: the same participant and session as row 2"),
          });
    CHECK(f.project.db().scalar("SELECT count(*) FROM attendance") == 0);
}

TEST_CASE("An attendance file without the needed columns is refused", "[training][import]")
{
    ImportFixture f;
    const auto report = f.import("kurs;nazwisko\n1;Nowak\n");
    CHECK(f.problems(report) == QStringList{QStringLiteral("the file has no column \"date\""),
                                            QStringLiteral("the file has no column \"status\""),
                                            QStringLiteral("the file needs a column \"pesel\" or \"name\"")});
}
