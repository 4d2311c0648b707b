#pragma once

#include "core/services/MembershipService.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace osiedle::ui {

struct AppContext;

/// The members of one OSS (roles, from–to, eligible group, whether employed now) and the
/// employment of its people; forms to add, change and end them. Shows the member-share
/// warning when members from outside the eligible groups exceed half.
class MembersTab : public QWidget {
    Q_OBJECT

public:
    MembersTab(AppContext& context, qint64 socialCoopId, const QDate& day, QWidget* parent = nullptr);

    void reload();
    QTableWidget* members() const { return m_members; }
    QTableWidget* employment() const { return m_employment; }
    QLabel* warning() const { return m_warning; }
    /// Opens the member form for a new member (row < 0) or the member in `row`.
    void editMember(int row);
    void removeMember(int row);
    void editEmployment(int row);
    void removeEmployment(int row);

private:
    void showError(const QString& message);

    AppContext& m_context;
    qint64 m_coopId;
    QDate m_day;
    core::MembershipService m_service;
    QLabel* m_warning;
    QTableWidget* m_members;
    QTableWidget* m_employment;
    QList<core::Membership> m_memberRows;
    QList<core::Employment> m_employmentRows;
};

} // namespace osiedle::ui
