#pragma once

#include "core/storage/ListQueries.h"

#include <QVariantMap>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QPushButton;

namespace osiedle::ui {

struct AppContext;

/// The row of filters over the participants list: tenants of one SM, one recruitment status,
/// enrolled on one course, only those whose data is incomplete. Its choices of SM and course
/// follow the project's changes; a choice that disappears falls back to "all".
class ParticipantFilterBar : public QWidget {
    Q_OBJECT

public:
    explicit ParticipantFilterBar(AppContext& context, QWidget* parent = nullptr);

    core::ListQueries::ParticipantFilter filter() const;
    /// Shows `filter` (choices that are not in the file are shown as "all") and announces it.
    void setFilter(const core::ListQueries::ParticipantFilter& wanted);
    /// The filter as kept between runs: the SM and the course by name (their ids mean nothing
    /// in another project), the status by its key; setView() takes back what it can.
    QVariantMap view() const;
    void setView(const QVariantMap& view);

signals:
    void filterChanged(const osiedle::core::ListQueries::ParticipantFilter& chosen);

private:
    void fillHousingCoops();
    void fillCourses();
    void announce();

    AppContext& m_context;
    QComboBox* m_housingCoop;
    QComboBox* m_status;
    QComboBox* m_course;
    QCheckBox* m_incomplete;
    QPushButton* m_clear;
    bool m_filling = false;
};

} // namespace osiedle::ui
