#pragma once

#include <QString>
#include <functional>

class QDialog;
class QTableView;
class QWidget;

namespace osiedle::ui {

struct AppContext;
class EnrolmentListModel;

/// What the participants tab of a course does with its enrolments: enrol participants (or say
/// there are none yet and offer to go to them), withdraw one with a reason and a date, cancel a
/// withdrawal, remove an enrolment. TrainingSection's buttons call it; it speaks in the
/// section's words (its messages belong to the TrainingSection translation context).
class EnrolmentActions {
public:
    EnrolmentActions(AppContext& context, QWidget* parent, QTableView* view, EnrolmentListModel* model)
        : m_context(context), m_parent(parent), m_view(view), m_model(model)
    {}

    /// Asks whom to enrol on the course (`runDialog` runs the dialog).
    void enrol(qint64 courseId, const std::function<int(QDialog&)>& runDialog);
    /// The enrolment chosen in the list; nothing without one.
    void withdraw();
    void cancelWithdrawal();
    void removeEnrolment();

private:
    int selectedRow() const;
    void error(const QString& message);

    AppContext& m_context;
    QWidget* m_parent;
    QTableView* m_view;
    EnrolmentListModel* m_model;
};

} // namespace osiedle::ui
