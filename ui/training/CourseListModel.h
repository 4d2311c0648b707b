#pragma once

#include "core/storage/CourseRepository.h"

#include <QAbstractTableModel>

namespace osiedle::ui {

/// The courses list of the training section, filtered by support form and search text in SQL:
/// shows the rows read (off the window's thread, see read()).
class CourseListModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        Name,
        SupportForm,
        SocialCoop,
        Trainer,
        Start,
        End,
        PlannedHours,
        Sessions,
        Enrolled,
        Completed,
        ColumnCount
    };

    /// The courses of a filter with their names as listed (core::shortenedNames).
    struct Rows {
        QList<core::CourseSummary> courses;
        QStringList shortNames;
    };

    explicit CourseListModel(QObject* parent = nullptr);

    /// Reads the courses of `filter` from `db` (any connection); none when it cannot be read.
    static Rows read(core::Database& db, const core::CourseFilter& filter);
    /// Shows the courses read.
    void show(Rows rows);
    const core::CourseSummary& courseAt(int row) const { return m_rows.at(row); }
    /// Row of a course id, -1 when not listed.
    int rowOf(qint64 courseId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<core::CourseSummary> m_rows;
    QStringList m_shortNames; ///< the courses' names as the list shows them (core::shortenedNames)
};

} // namespace osiedle::ui
