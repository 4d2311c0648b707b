#include "core/services/AttendanceService.h"
#include "support/QtStringMakers.h"
#include "support/TempProject.h"
#include "../core/TrainingTestData.h"
#include "ui/common/DocumentPrinter.h"
#include "ui/training/TrainingDocuments.h"

#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

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
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty()) {
        WARN("pdftotext not installed: the PDF's text is not checked");
        return;
    }
    QProcess process;
    process.start(pdftotext, {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    REQUIRE(process.waitForFinished(20000));
    const QString pdfText = QString::fromUtf8(process.readAllStandardOutput());
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
    CHECK(text.contains(QStringLiteral("No. 1/%1").arg(f.course)));
    CHECK_FALSE(text.contains(QStringLiteral("Łukasiewicz")));
    CHECK((*one)->pageCount() == 1);

    const auto data = ui::TrainingDocuments::load(f.project.db(), f.course);
    REQUIRE(data.ok());
    const QString summary = ui::TrainingDocuments::courseSummaryHtml(*data);
    CHECK(summary.contains(QStringLiteral("Enrolled: 3, completed: 1.")));
}
