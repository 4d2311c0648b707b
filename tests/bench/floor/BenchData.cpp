#include "BenchData.h"

#include "core/domain/Pesel.h"
#include "core/services/AttendanceService.h"
#include "core/services/CourseService.h"
#include "core/services/EnrolmentService.h"
#include "core/storage/Database.h"

#include <QDate>
#include <QFile>
#include <QList>
#include <stdexcept>

namespace osiedle::bench {

QString writeParticipantsCsv(const QString& folder)
{
    const QString path = folder + QStringLiteral("/participants.csv");
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly)) {
        qFatal("cannot write the CSV");
    }
    f.write(BenchData::participantsCsv(participantRows));
    return path;
}

std::unique_ptr<core::Database> freshProject(const QString& path)
{
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        QFile::remove(path + suffix);
    }
    auto db = core::Database::open(path, core::Database::Mode::CreateNew);
    if (!db) {
        qFatal("cannot create the project file");
    }
    return std::move(db.value());
}

QByteArray BenchData::participantsCsv(int rows)
{
    static const char* firstNames[] = {"Anna", "Jan", "Łucja", "Piotr", "Zofia", "Marek", "Ewa", "Józef"};
    static const char* lastNames[] = {"Nowak", "Kowalski", "Wiśniewska", "Wójcik", "Kamiński", "Lewandowska"};
    QByteArray csv("first_name;last_name;pesel;education;street;building;flat;postal_code;locality;teryt;phone;"
                   "email;labour_status;housing_coop;referral;arrears_at_entry;recruited_on\r\n");
    for (int i = 0; i < rows; ++i) {
        const QDate born = QDate(1940, 1, 1).addDays(i);
        const core::Pesel pesel = core::Pesel::fromParts(born, i % 2 ? core::Sex::Male : core::Sex::Female, i % 1000);
        csv += QStringLiteral("%1;%2;%3;primary;Lipowa;%4;%5;05-200;Wołomin;1434124;600 100 %6;;unemployed;;self;"
                              "%7,50;%8\r\n")
                   .arg(QString::fromUtf8(firstNames[i % 8]), QString::fromUtf8(lastNames[i % 6]), pesel.digits())
                   .arg(i % 50 + 1)
                   .arg(i % 80 + 1)
                   .arg(i % 1000, 3, 10, QLatin1Char('0'))
                   .arg(i % 5000)
                   .arg(QDate(2011, 3, 1).addDays(i % 300).toString(QStringLiteral("dd.MM.yyyy")))
                   .toUtf8();
    }
    return csv;
}

qint64 BenchData::addBigCourse(core::Database& db)
{
    core::Course course;
    course.supportFormId = 1;
    course.name = QStringLiteral("Benchmark course");
    course.plannedMinutes = 40 * 240;
    const auto courseId = core::CourseService(db).save(course);
    if (!courseId) {
        throw std::runtime_error("cannot add the course: " + courseId.error().message.toStdString());
    }
    QList<core::PlannedSession> planned;
    for (int i = 0; i < 40; ++i) {
        planned.append({QDate(2011, 1, 3).addDays(3 * i), QTime(16, 0), 240});
    }
    const auto sessions = core::CourseService(db).addSessions(*courseId, planned);
    if (!sessions) {
        throw std::runtime_error("cannot add the sessions");
    }
    db.exec("UPDATE participant SET recruitment_status = 'qualified' "
            "WHERE id IN (SELECT id FROM participant ORDER BY id LIMIT 30)");
    core::Statement st = db.prepare("SELECT id FROM participant ORDER BY id LIMIT 30");
    QList<qint64> people;
    while (st.step()) {
        people.append(st.int64(0));
    }
    for (const qint64 p : people) {
        if (!core::EnrolmentService(db).enrol(*courseId, p, QDate(2011, 1, 1))) {
            throw std::runtime_error("cannot enrol");
        }
    }
    for (int s = 0; s < 27; ++s) {
        QList<core::MarkChange> marks;
        for (int i = 0; i < people.size(); ++i) {
            marks.append(
                {people[i], (i + s) % 7 == 0 ? core::AttendanceStatus::Absent : core::AttendanceStatus::Present});
        }
        if (!core::AttendanceService(db).markMany(sessions->at(s), marks)) {
            throw std::runtime_error("cannot mark");
        }
    }
    return *courseId;
}

} // namespace osiedle::bench
