#pragma once

#include "core/storage/CourseRepository.h"

#include <QAbstractTableModel>

namespace osiedle::ui {

/// The courses list of the training section, filtered by support form and search text in SQL.
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

    explicit CourseListModel(core::Database& db, QObject* parent = nullptr);

    void setFilter(const core::CourseFilter& filter);
    void reload();
    const core::CourseSummary& courseAt(int row) const { return m_rows.at(row); }
    /// Row of a course id, -1 when not listed.
    int rowOf(qint64 courseId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    core::Database& m_db;
    core::CourseFilter m_filter;
    QList<core::CourseSummary> m_rows;
    QStringList m_shortNames; ///< the courses' names as the list shows them (core::shortenedNames)
};

} // namespace osiedle::ui
