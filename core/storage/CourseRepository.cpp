#include "core/storage/CourseRepository.h"

#include "core/common/TextFold.h"
#include "core/storage/Database.h"
#include "core/storage/TrainingText.h"

namespace osiedle::core {

namespace {

constexpr const char* courseColumns =
    "c.id, c.support_form_id, c.name, c.social_coop_id, c.trainer, c.place, c.planned_minutes, "
    "c.threshold_percent, c.start_date, c.end_date, c.notes";

Course readCourse(const Statement& st)
{
    Course c;
    c.id = st.int64(0);
    c.supportFormId = st.int64(1);
    c.name = st.text(2);
    c.socialCoopId = st.optInt64(3);
    c.trainer = st.text(4);
    c.place = st.text(5);
    c.plannedMinutes = st.integer(6);
    c.thresholdPercent = st.integer(7);
    c.startDate = st.date(8);
    c.endDate = st.date(9);
    c.notes = st.text(10);
    return c;
}

void bindCourse(Statement& st, const Course& c)
{
    st.bind(1, c.supportFormId);
    st.bind(2, nonNullText(c.name));
    st.bind(3, c.socialCoopId);
    st.bind(4, nonNullText(c.trainer));
    st.bind(5, nonNullText(c.place));
    st.bind(6, c.plannedMinutes);
    st.bind(7, c.thresholdPercent);
    st.bind(8, c.startDate);
    st.bind(9, c.endDate);
    st.bind(10, nonNullText(c.notes));
}

} // namespace

QList<SupportForm> CourseRepository::supportForms() const
{
    Statement st = m_db.prepare("SELECT id, kind, name FROM support_form ORDER BY id");
    QList<SupportForm> forms;
    while (st.step()) {
        forms.append({st.int64(0), st.text(1), st.text(2)});
    }
    return forms;
}

QList<CourseSummary> CourseRepository::list(const CourseFilter& filter) const
{
    const QByteArray sql = QByteArray("SELECT ") + courseColumns + R"sql(,
        f.name, coalesce(o.name, ''),
        (SELECT count(*) FROM session s WHERE s.course_id = c.id),
        (SELECT coalesce(sum(s.minutes), 0) FROM session s WHERE s.course_id = c.id),
        (SELECT count(*) FROM enrolment e WHERE e.course_id = c.id AND e.withdrawn_on IS NULL),
        (SELECT count(*) FROM enrolment e WHERE e.course_id = c.id AND e.completed_on IS NOT NULL)
    FROM course c
    JOIN support_form f ON f.id = c.support_form_id
    LEFT JOIN social_coop o ON o.id = c.social_coop_id
    WHERE (?1 IS NULL OR c.support_form_id = ?1)
      AND (?2 = '' OR instr(fold(c.name || ' ' || c.trainer || ' ' || c.place || ' ' || coalesce(o.name, '')), ?2) > 0)
    ORDER BY c.start_date IS NULL, c.start_date, c.name COLLATE pl, c.id)sql";
    Statement st = m_db.prepare(sql);
    st.bind(1, filter.supportFormId);
    st.bind(2, nonNullText(foldForSearch(filter.search.trimmed())));
    QList<CourseSummary> rows;
    while (st.step()) {
        CourseSummary row;
        row.course = readCourse(st);
        row.supportFormName = st.text(11);
        row.socialCoopName = st.text(12);
        row.sessionCount = st.integer(13);
        row.scheduledMinutes = st.integer(14);
        row.enrolledCount = st.integer(15);
        row.completedCount = st.integer(16);
        rows.append(row);
    }
    return rows;
}

std::optional<Course> CourseRepository::find(qint64 id) const
{
    Statement& st = m_db.cached(QByteArray("SELECT ") + courseColumns + " FROM course c WHERE c.id = ?");
    st.bind(1, id);
    std::optional<Course> course;
    if (st.step()) {
        course = readCourse(st);
    }
    st.reset();
    return course;
}

qint64 CourseRepository::insert(const Course& course)
{
    Statement st =
        m_db.prepare("INSERT INTO course (support_form_id, name, social_coop_id, trainer, place, planned_minutes, "
                     "threshold_percent, start_date, end_date, notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    bindCourse(st, course);
    st.exec();
    return m_db.lastInsertId();
}

void CourseRepository::update(const Course& course)
{
    Statement st = m_db.prepare(
        "UPDATE course SET support_form_id = ?, name = ?, social_coop_id = ?, trainer = ?, place = ?, "
        "planned_minutes = ?, threshold_percent = ?, start_date = ?, end_date = ?, notes = ? WHERE id = ?");
    bindCourse(st, course);
    st.bind(11, course.id);
    st.exec();
}

void CourseRepository::remove(qint64 id)
{
    // Attendance goes with the sessions (ON DELETE CASCADE), enrolments with the course.
    Statement st = m_db.prepare("DELETE FROM course WHERE id = ?");
    st.bind(1, id);
    st.exec();
}

QList<NamedId> CourseRepository::names() const
{
    Statement st =
        m_db.prepare("SELECT id, name FROM course ORDER BY start_date IS NULL, start_date, name COLLATE pl, id");
    QList<NamedId> courses;
    while (st.step()) {
        courses.append({st.int64(0), st.text(1)});
    }
    return courses;
}

QList<NamedId> CourseRepository::socialCoops() const
{
    Statement st = m_db.prepare("SELECT id, name FROM social_coop ORDER BY name COLLATE pl, id");
    QList<NamedId> coops;
    while (st.step()) {
        coops.append({st.int64(0), st.text(1)});
    }
    return coops;
}

} // namespace osiedle::core
