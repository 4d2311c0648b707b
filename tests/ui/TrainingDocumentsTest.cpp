#include "ui/training/TrainingDocuments.h"

#include "../core/TrainingTestData.h"
#include "core/services/AttendanceService.h"
#include "core/services/ProjectSettingsService.h"
#include "core/storage/Statement.h"
#include "support/PdfText.h"
#include "support/QtStringMakers.h"
#include "support/TempProject.h"
#include "ui/common/AppSettings.h"
#include "ui/common/AppTranslator.h"
#include "ui/common/DocumentPrinter.h"

#include <QFileInfo>

using namespace osiedle;

namespace {

struct CourseWithPeople {
    test::TempProject project;
    qint64 course = 0;
    QList<qint64> sessions;
    QStringList names;

    CourseWithPeople()
    {
        auto& db = project.db();
        db.exec("INSERT INTO project (id, title, start_date, end_date, place) "
                "VALUES (1, 'Partnerstwo na rzecz ekonomii społecznej', '2010-01-01', '2012-12-31', 'Warszawa')");
        course = test::addCourse(db, 4, QStringLiteral("Zajęcia integracyjno-motywacyjne"));
        const QList<QPair<QString, QString>> people = {{QStringLiteral("Żaneta"), QStringLiteral("Łukasiewicz")},
                                                       {QStringLiteral("Anna"), QStringLiteral("Nowak")},
                                                       {QStringLiteral("Jerzy"), QStringLiteral("Ścibor")}};
        for (const auto& [first, last] : people) {
            test::enrol(db, course, test::addParticipant(db, first, last));
            names.append(last + QLatin1Char(' ') + first);
        }
        sessions.append(test::addSession(db, course, QDate(2011, 3, 1), 240));
    }
};

} // namespace

TEST_CASE("A rendered attendance list holds every enrolled name", "[training][documents][ui]")
{
    CourseWithPeople f;
    auto printer = ui::TrainingDocuments::attendanceLists(f.project.db(), f.course);
    REQUIRE(printer.ok());
    const QString text = (*printer)->plainText();
    for (const QString& name : f.names) {
        CHECK(text.contains(name));
    }
    CHECK(text.contains(QStringLiteral("01.03.2011")));
    CHECK(text.contains(QStringLiteral("Signature")));

    const QString pdf = f.project.dir() + QStringLiteral("/lista.pdf");
    REQUIRE((*printer)->writePdf(pdf).ok());
    REQUIRE(QFileInfo(pdf).size() > 0);
    REQUIRE(test::hasPdfToText()); // poppler-utils, installed by scripts/deps
    const QString pdfText = test::pdfText(pdf);
    for (const QString& name : f.names) {
        CHECK(pdfText.contains(name));
    }
    CHECK(pdfText.contains(QStringLiteral("Europejskiego Funduszu Społecznego")));
}

TEST_CASE("Certificates are printed only for those who completed", "[training][documents][ui]")
{
    CourseWithPeople f;
    auto none = ui::TrainingDocuments::certificates(f.project.db(), f.course);
    REQUIRE_FALSE(none.ok());
    CHECK(none.error().message.contains(QStringLiteral("Nobody has completed")));

    const qint64 anna = f.project.db().scalar("SELECT id FROM participant WHERE first_name = 'Anna'");
    REQUIRE(core::AttendanceService(f.project.db()).mark(f.sessions[0], anna, core::AttendanceStatus::Present).ok());
    auto one = ui::TrainingDocuments::certificates(f.project.db(), f.course);
    REQUIRE(one.ok());
    const QString text = (*one)->plainText();
    CHECK(text.contains(QStringLiteral("Anna Nowak")));
    // The default scheme: number/course/year of completion (01.03.2011).
    CHECK(text.contains(QStringLiteral("No. 1/%1/2011").arg(f.course)));
    CHECK_FALSE(text.contains(QStringLiteral("Łukasiewicz")));
    CHECK((*one)->pageCount() == 1);

    const auto data = ui::TrainingDocuments::load(f.project.db(), f.course);
    REQUIRE(data.ok());
    const QString summary = ui::TrainingDocuments::courseSummaryHtml(*data);
    CHECK(summary.contains(QStringLiteral("Enrolled: 3, completed: 1.")));
}

namespace {

/// Everyone of the fixture present on its first session (4 h of the 4 planned: completed).
void allPresent(CourseWithPeople& f)
{
    QList<qint64> ids;
    core::Statement st = f.project.db().prepare("SELECT id FROM participant ORDER BY id");
    while (st.step()) {
        ids.append(st.int64(0));
    }
    for (const qint64 id : ids) {
        REQUIRE(core::AttendanceService(f.project.db()).mark(f.sessions[0], id, core::AttendanceStatus::Present).ok());
    }
}

} // namespace

TEST_CASE("Certificates carry the office's numbers and are not dated before the last session",
          "[training][documents][ui]")
{
    CourseWithPeople f;
    allPresent(f);
    // A second session after the threshold was reached on 01.03.2011: the course ends on 15.03.
    f.sessions.append(test::addSession(f.project.db(), f.course, QDate(2011, 3, 15), 60));

    core::ProjectSettingsService settings(f.project.db());
    const auto refused = settings.setCertificatePattern(QStringLiteral("ZIM/{year}"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("{n}")));
    const auto before = settings.setCertificatePattern(QStringLiteral("ZIM/{year}/{n}"));
    REQUIRE(before.ok());
    CHECK(*before == QStringLiteral("{n}/{course}/{year}"));

    auto printed = ui::TrainingDocuments::certificates(f.project.db(), f.course);
    REQUIRE(printed.ok());
    const QString text = (*printed)->plainText();
    // Numbered 1, 2, 3 in the order the threshold was reached (participant ids).
    for (const char* number : {"No. ZIM/2011/1", "No. ZIM/2011/2", "No. ZIM/2011/3"}) {
        CHECK(text.contains(QString::fromLatin1(number)));
    }
    CHECK(text.contains(QStringLiteral("completed on 15.03.2011")));
    CHECK_FALSE(text.contains(QStringLiteral("completed on 01.03.2011")));
    CHECK(text.contains(QStringLiteral("held from 01.03.2011 to 15.03.2011")));
}

TEST_CASE("A batch of certificates and of attendance lists numbers each document's pages apart",
          "[training][documents][ui]")
{
    CourseWithPeople f;
    allPresent(f);
    auto certificates = ui::TrainingDocuments::certificates(f.project.db(), f.course);
    REQUIRE(certificates.ok());
    // Three certificates of one page each: three times "1 of 1", not "1 of 3".
    using Numbers = QList<std::pair<int, int>>;
    CHECK((*certificates)->pageNumbers() == Numbers{{1, 1}, {1, 1}, {1, 1}});
    const QString pdf = f.project.dir() + QStringLiteral("/zaswiadczenia.pdf");
    REQUIRE((*certificates)->writePdf(pdf).ok());
    REQUIRE(test::hasPdfToText());
    const QString pdfText = test::pdfText(pdf);
    CHECK(pdfText.count(QStringLiteral("Page 1 of 1")) == 3);
    CHECK_FALSE(pdfText.contains(QStringLiteral("of 3")));

    // Two sessions, and a list long enough for two pages on one of them: 45 more people.
    for (int i = 0; i < 45; ++i) {
        test::enrol(f.project.db(), f.course,
                    test::addParticipant(f.project.db(), QStringLiteral("Osoba"), QStringLiteral("Nr %1").arg(i)));
    }
    f.sessions.append(test::addSession(f.project.db(), f.course, QDate(2011, 3, 8), 120));
    auto lists = ui::TrainingDocuments::attendanceLists(f.project.db(), f.course);
    REQUIRE(lists.ok());
    const Numbers numbers = (*lists)->pageNumbers();
    REQUIRE(numbers.size() >= 4);
    REQUIRE(numbers.size() % 2 == 0); // the two lists are alike: the same people, the same length
    const int perList = static_cast<int>(numbers.size() / 2);
    CHECK(perList >= 2);
    for (int page = 0; page < numbers.size(); ++page) {
        CHECK(numbers.at(page) == std::pair<int, int>{page % perList + 1, perList});
    }

    // A document that is not a batch keeps one numbering.
    auto summary = ui::TrainingDocuments::courseSummary(f.project.db(), f.course);
    REQUIRE(summary.ok());
    const Numbers whole = (*summary)->pageNumbers();
    for (int page = 0; page < whole.size(); ++page) {
        CHECK(whole.at(page) == std::pair<int, int>{page + 1, static_cast<int>(whole.size())});
    }
}

TEST_CASE("A certificate says ukończyła of a woman and ukończył of a man", "[training][documents][ui]")
{
    CourseWithPeople f;
    allPresent(f);
    f.project.db().exec("UPDATE participant SET sex = 'F' WHERE first_name IN ('Żaneta', 'Anna')");
    f.project.db().exec("UPDATE participant SET sex = 'M' WHERE first_name = 'Jerzy'");
    const QLocale before;
    {
        ui::AppTranslator translator;
        REQUIRE(translator.install(ui::AppSettings::polish));
        const auto data = ui::TrainingDocuments::load(f.project.db(), f.course);
        REQUIRE(data.ok());
        for (const core::EnrolledParticipant& p : data->people) {
            const QString html = ui::TrainingDocuments::certificatesHtml(*data, p.enrolment.participantId);
            const bool woman = p.firstName != QStringLiteral("Jerzy");
            INFO(p.fullName().toStdString());
            CHECK(html.contains(woman ? QStringLiteral("ukończyła kurs") : QStringLiteral("ukończył kurs")));
            CHECK_FALSE(html.contains(QStringLiteral("ukończył(a)")));
            CHECK_FALSE(html.contains(QStringLiteral("w miejscu")));
        }
    }
    QLocale::setDefault(before);
}
