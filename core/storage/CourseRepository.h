#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace osiedle::core {

class Database;

/// A kind of support (integration-motivation classes, management training, …).
struct SupportForm {
    qint64 id = 0;
    QString kind; ///< the stored key: 'integration', 'management', 'vocational', …
    QString name;
};

/// One run of a support form. Planned hours are kept in whole minutes.
struct Course {
    qint64 id = 0;
    qint64 supportFormId = 0;
    QString name;
    std::optional<qint64> socialCoopId; ///< the OSS group, when the course is for one
    QString trainer;
    QString place;
    int plannedMinutes = 0;
    int thresholdPercent = 80;
    QDate startDate;
    QDate endDate;
    QString notes;
};

/// A course as the list shows it, with what is known about it so far.
struct CourseSummary {
    Course course;
    QString supportFormName;
    QString socialCoopName;
    int sessionCount = 0;
    int scheduledMinutes = 0;
    int enrolledCount = 0;
    int completedCount = 0;
};

struct CourseFilter {
    std::optional<qint64> supportFormId;
    QString search; ///< matched (folded) against name, trainer, place and OSS name
};

/// An id with a display name, for choosers (OSS, participants).
struct NamedId {
    qint64 id = 0;
    QString name;
};

/// All SQL about courses and support forms. Throws StorageError.
class CourseRepository {
public:
    explicit CourseRepository(Database& db) : m_db(db) {}

    QList<SupportForm> supportForms() const;
    QList<CourseSummary> list(const CourseFilter& filter = {}) const;
    /// Every course's id and name, in the order of list() (for choosers: no counts read).
    QList<NamedId> names() const;
    std::optional<Course> find(qint64 id) const;
    qint64 insert(const Course& course);
    void update(const Course& course);
    void remove(qint64 id);

    /// The social cooperatives (OSS) by name, for choosing a course's group.
    QList<NamedId> socialCoops() const;

private:
    Database& m_db;
};

} // namespace osiedle::core
