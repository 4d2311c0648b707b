#pragma once

// Builders of training data for tests: participants straight in SQL (recruitment is not under
// test here), courses and sessions through the services.

#include "core/services/CourseService.h"
#include "core/services/EnrolmentService.h"
#include "core/storage/Database.h"

#include <catch2/catch.hpp>

namespace osiedle::test {

inline qint64 addParticipant(core::Database& db, const QString& first, const QString& last,
                             const QString& status = QStringLiteral("qualified"), const QString& pesel = {})
{
    core::Statement st = db.prepare("INSERT INTO participant (first_name, last_name, recruitment_status, pesel) "
                                    "VALUES (?, ?, ?, ?)");
    st.bind(1, first);
    st.bind(2, last);
    st.bind(3, status);
    st.bind(4, pesel.isEmpty() ? std::optional<QString>() : std::optional<QString>(pesel));
    st.exec();
    return db.lastInsertId();
}

inline qint64 addCourse(core::Database& db, int plannedHours, const QString& name = QStringLiteral("Kurs"),
                        int thresholdPercent = 80, int plannedMinutes = 0)
{
    core::Course course;
    course.supportFormId = 1;
    course.name = name;
    course.plannedMinutes = plannedMinutes > 0 ? plannedMinutes : plannedHours * 60;
    course.thresholdPercent = thresholdPercent;
    auto id = core::CourseService(db).save(course);
    INFO((id.ok() ? QString() : id.error().message).toStdString());
    REQUIRE(id.ok());
    return *id;
}

inline qint64 addSession(core::Database& db, qint64 courseId, const QDate& date, int minutes)
{
    core::Session s;
    s.courseId = courseId;
    s.date = date;
    s.startTime = QTime(16, 0);
    s.minutes = minutes;
    auto id = core::CourseService(db).addSession(s);
    INFO((id.ok() ? QString() : id.error().message).toStdString());
    REQUIRE(id.ok());
    return *id;
}

inline qint64 enrol(core::Database& db, qint64 courseId, qint64 participantId)
{
    auto id = core::EnrolmentService(db).enrol(courseId, participantId, QDate(2011, 1, 3));
    INFO((id.ok() ? QString() : id.error().message).toStdString());
    REQUIRE(id.ok());
    return *id;
}

} // namespace osiedle::test
