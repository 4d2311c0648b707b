#include "core/io/AttendanceImport.h"

#include "core/common/TextFold.h"
#include "core/history/ChangeScope.h"
#include "core/io/CsvHeaderMatcher.h"
#include "core/io/CsvValues.h"
#include "core/services/ChangeNotifier.h"
#include "core/services/TrainingProgress.h"
#include "core/storage/AttendanceRepository.h"
#include "core/storage/CourseRepository.h"
#include "core/storage/Database.h"
#include "core/storage/EnrolmentRepository.h"
#include "core/storage/SessionRepository.h"
#include "core/storage/StorageError.h"
#include "core/storage/Transaction.h"

#include <QHash>
#include <QSet>
#include <set>

namespace osiedle::core {

namespace {

/// What one course of the file is known as, with its sessions by date and its people.
struct CourseIndex {
    qint64 id = 0;
    QHash<QDate, QList<qint64>> sessionsByDate;
    QHash<QString, qint64> byPesel;
    QHash<QString, QList<qint64>> byName; // folded "surname first name" and "first name surname"
};

QString foldedName(const QString& text)
{
    return foldForSearch(text.simplified());
}

struct Mark {
    qint64 courseId;
    qint64 sessionId;
    qint64 participantId;
    AttendanceStatus status;
};

} // namespace

QString AttendanceImportProblem::text() const
{
    if (row == 0) {
        return message;
    }
    if (column.isEmpty()) {
        return AttendanceImport::tr("row %1: %2").arg(row).arg(message);
    }
    return AttendanceImport::tr("row %1, column %2: %3").arg(row).arg(column, message);
}

std::optional<AttendanceStatus> AttendanceImport::parseStatus(const QString& text)
{
    const QString t = foldForSearch(text.trimmed());
    static const QHash<QString, AttendanceStatus> words = {
        {QStringLiteral("present"), AttendanceStatus::Present},
        {QStringLiteral("obecny"), AttendanceStatus::Present},
        {QStringLiteral("obecna"), AttendanceStatus::Present},
        {QStringLiteral("p"), AttendanceStatus::Present},
        {QStringLiteral("o"), AttendanceStatus::Present},
        {QStringLiteral("1"), AttendanceStatus::Present},
        {QStringLiteral("excused"), AttendanceStatus::Excused},
        {QStringLiteral("usprawiedliwiony"), AttendanceStatus::Excused},
        {QStringLiteral("usprawiedliwiona"), AttendanceStatus::Excused},
        {QStringLiteral("u"), AttendanceStatus::Excused},
        {QStringLiteral("2"), AttendanceStatus::Excused},
        {QStringLiteral("absent"), AttendanceStatus::Absent},
        {QStringLiteral("nieobecny"), AttendanceStatus::Absent},
        {QStringLiteral("nieobecna"), AttendanceStatus::Absent},
        {QStringLiteral("n"), AttendanceStatus::Absent},
        {QStringLiteral("3"), AttendanceStatus::Absent},
    };
    const auto it = words.constFind(t);
    if (it == words.constEnd()) {
        return std::nullopt;
    }
    return *it;
}

AttendanceImportReport AttendanceImport::runFile(Database& db, const QString& path, bool dryRun,
                                                 ChangeNotifier* changes)
{
    const auto table = readTableFile(path);
    if (!table) {
        AttendanceImportReport report;
        report.problems.append({0, {}, table.error().message});
        return report;
    }
    return run(db, *table, dryRun, changes);
}

AttendanceImportReport AttendanceImport::run(Database& db, const CsvTable& table, bool dryRun, ChangeNotifier* changes)
{
    AttendanceImportReport report;
    report.rows = static_cast<int>(table.rows.size());
    CsvHeaderMatcher matcher;
    matcher.addField(QStringLiteral("course"), {QStringLiteral("kurs"), QStringLiteral("szkolenie"),
                                                QStringLiteral("course id"), QStringLiteral("id kursu")});
    matcher.addField(QStringLiteral("date"), {QStringLiteral("data"), QStringLiteral("data zajęć")});
    matcher.addField(QStringLiteral("pesel"));
    matcher.addField(QStringLiteral("name"), {QStringLiteral("participant"), QStringLiteral("uczestnik"),
                                              QStringLiteral("imię i nazwisko"), QStringLiteral("nazwisko i imię")});
    matcher.addField(QStringLiteral("status"), {QStringLiteral("obecność"), QStringLiteral("attendance")});
    const CsvHeaderMatcher::Match match = matcher.match(table.header);
    auto title = [&](const QString& key) {
        const int column = match.column(key);
        return column >= 0 ? table.header.value(column).trimmed() : key;
    };
    for (const char* key : {"course", "date", "status"}) {
        if (match.column(QString::fromLatin1(key)) < 0) {
            report.problems.append(
                {0, QString::fromLatin1(key), tr("the file has no column \"%1\"").arg(QString::fromLatin1(key))});
        }
    }
    if (match.column(QStringLiteral("pesel")) < 0 && match.column(QStringLiteral("name")) < 0) {
        report.problems.append({0, QStringLiteral("pesel"), tr("the file needs a column \"pesel\" or \"name\"")});
    }
    if (!report.problems.isEmpty()) {
        return report;
    }
    if (table.rows.isEmpty()) {
        report.problems.append({0, {}, tr("the file has no rows of attendance")});
        return report;
    }

    QList<Mark> marks;
    try {
        CourseRepository courses(db);
        QHash<QString, qint64> courseByName;
        QSet<QString> ambiguousNames;
        for (const CourseSummary& c : courses.list()) {
            const QString key = foldedName(c.course.name);
            if (courseByName.contains(key)) {
                ambiguousNames.insert(key);
            }
            courseByName.insert(key, c.course.id);
        }
        QHash<qint64, CourseIndex> indexes;
        auto indexOf = [&](qint64 courseId) -> const CourseIndex& {
            auto it = indexes.find(courseId);
            if (it == indexes.end()) {
                CourseIndex index;
                index.id = courseId;
                for (const Session& s : SessionRepository(db).forCourse(courseId)) {
                    index.sessionsByDate[s.date].append(s.id);
                }
                for (const EnrolledParticipant& p : EnrolmentRepository(db).forCourse(courseId)) {
                    if (!p.pesel.isEmpty()) {
                        index.byPesel.insert(p.pesel, p.enrolment.participantId);
                    }
                    index.byName[foldedName(p.lastName + QLatin1Char(' ') + p.firstName)].append(
                        p.enrolment.participantId);
                    index.byName[foldedName(p.firstName + QLatin1Char(' ') + p.lastName)].append(
                        p.enrolment.participantId);
                }
                it = indexes.insert(courseId, index);
            }
            return *it;
        };
        QHash<QPair<qint64, qint64>, int> seen; // (session, participant) → first row
        for (const CsvTable::Row& row : table.rows) {
            const int problemsBefore = static_cast<int>(report.problems.size());
            auto problem = [&](const QString& key, const QString& message) {
                report.problems.append({row.number, title(key), message});
            };
            // course
            const QString courseText = row.field(match.column(QStringLiteral("course"))).trimmed();
            std::optional<qint64> courseId;
            bool isNumber = false;
            const qint64 number = courseText.toLongLong(&isNumber);
            if (courseText.isEmpty()) {
                problem(QStringLiteral("course"), tr("the course is missing"));
            } else if (isNumber) {
                if (courses.find(number)) {
                    courseId = number;
                } else {
                    problem(QStringLiteral("course"), tr("there is no course with id %1").arg(number));
                }
            } else if (ambiguousNames.contains(foldedName(courseText))) {
                problem(QStringLiteral("course"),
                        tr("several courses are called \"%1\"; give the course id").arg(courseText));
            } else if (const auto it = courseByName.constFind(foldedName(courseText)); it != courseByName.constEnd()) {
                courseId = *it;
            } else {
                problem(QStringLiteral("course"), tr("there is no course \"%1\"").arg(courseText));
            }
            // date
            const auto date = CsvValues::date(row.field(match.column(QStringLiteral("date"))));
            if (!date) {
                problem(QStringLiteral("date"), date.error().message);
            }
            // status
            const QString statusText = row.field(match.column(QStringLiteral("status"))).trimmed();
            const auto status = parseStatus(statusText);
            if (!status) {
                problem(QStringLiteral("status"), statusText.isEmpty()
                                                      ? tr("the status is missing")
                                                      : tr("\"%1\" is not a status; write present, excused or absent "
                                                           "(obecny, usprawiedliwiony, nieobecny)")
                                                            .arg(statusText));
            }
            if (!courseId) {
                continue;
            }
            const CourseIndex& index = indexOf(*courseId);
            std::optional<qint64> session;
            if (date) {
                const QList<qint64> sessions = index.sessionsByDate.value(*date);
                if (sessions.isEmpty()) {
                    problem(QStringLiteral("date"),
                            tr("the course has no session on %1").arg(date->toString(QStringLiteral("dd.MM.yyyy"))));
                } else if (sessions.size() > 1) {
                    problem(QStringLiteral("date"), tr("the course has %1 sessions on %2; enter them in the grid")
                                                        .arg(sessions.size())
                                                        .arg(date->toString(QStringLiteral("dd.MM.yyyy"))));
                } else {
                    session = sessions.first();
                }
            }
            // participant: PESEL first, else the name
            std::optional<qint64> participant;
            const QString pesel = row.field(match.column(QStringLiteral("pesel"))).trimmed();
            const QString name = row.field(match.column(QStringLiteral("name"))).trimmed();
            if (!pesel.isEmpty()) {
                if (const auto it = index.byPesel.constFind(pesel); it != index.byPesel.constEnd()) {
                    participant = *it;
                } else {
                    problem(QStringLiteral("pesel"), tr("nobody with PESEL %1 is enrolled on this course").arg(pesel));
                }
            } else if (!name.isEmpty()) {
                const QList<qint64> ids = index.byName.value(foldedName(name));
                if (ids.isEmpty()) {
                    problem(QStringLiteral("name"), tr("nobody called \"%1\" is enrolled on this course").arg(name));
                } else if (QSet<qint64>(ids.begin(), ids.end()).size() > 1) {
                    problem(QStringLiteral("name"),
                            tr("several participants are called \"%1\"; give the PESEL").arg(name));
                } else {
                    participant = ids.first();
                }
            } else {
                problem(match.column(QStringLiteral("pesel")) >= 0 ? QStringLiteral("pesel") : QStringLiteral("name"),
                        tr("give the participant's PESEL or name"));
            }
            if (static_cast<int>(report.problems.size()) != problemsBefore || !session || !participant || !status) {
                continue;
            }
            const QPair<qint64, qint64> cell{*session, *participant};
            if (const int earlier = seen.value(cell); earlier > 0) {
                problem({}, tr("the same participant and session as row %1").arg(earlier));
                continue;
            }
            seen.insert(cell, row.number);
            marks.append({*courseId, *session, *participant, *status});
        }
        if (!report.problems.isEmpty()) {
            return report;
        }
        report.marks = static_cast<int>(marks.size());
        if (dryRun) {
            return report;
        }
        AttendanceRepository attendance(db);
        TrainingProgress progress(db);
        std::set<std::pair<qint64, qint64>> enrolments; // ordered, so certificate numbers are too
        std::set<qint64> people;
        const ChangeScope scope(ChangeAction::Import);
        Transaction tx(db);
        for (const Mark& m : marks) {
            attendance.set(m.sessionId, m.participantId, m.status);
            enrolments.insert({m.courseId, m.participantId});
            people.insert(m.participantId);
        }
        for (const auto& [course, participant] : enrolments) {
            progress.updateEnrolment(course, participant);
        }
        for (const qint64 participant : people) {
            progress.updateParticipant(participant);
        }
        tx.commit();
        report.written = true;
        if (changes) {
            changes->notify(Topic::Training);
            changes->notify(Topic::Participants);
        }
    } catch (const StorageError& e) {
        report.problems.append({0, {}, e.message()});
        report.written = false;
    }
    return report;
}

} // namespace osiedle::core
