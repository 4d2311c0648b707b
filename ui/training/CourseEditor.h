#pragma once

#include "core/common/FieldError.h"
#include "core/storage/CourseRepository.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace osiedle::ui {

struct AppContext;

/// The form of one course: support form, name, OSS group, trainer, place, planned hours,
/// completion threshold, dates, notes. Validation messages appear under their field; saving
/// goes through CourseService and can be undone.
class CourseEditor : public QWidget {
    Q_OBJECT

public:
    CourseEditor(AppContext& context, QWidget* parent = nullptr);

    /// Shows a stored course, or a new one (id 0).
    void showCourse(const core::Course& course);
    /// The course as the fields say.
    core::Course course() const;
    /// Validates, saves and shows what is wrong; true when saved.
    bool save();
    /// Reloads the support forms and OSS choices.
    void reloadChoices();

signals:
    void saved(qint64 courseId);

private:
    QLabel* errorLabel(const QString& field);
    void showErrors(const core::FieldErrors& errors);

    AppContext& m_context;
    core::Course m_shown;
    QComboBox* m_form;
    QLineEdit* m_name;
    QComboBox* m_coop;
    QComboBox* m_trainer;
    QLineEdit* m_place;
    QDoubleSpinBox* m_hours;
    QSpinBox* m_threshold;
    QDateEdit* m_start;
    QDateEdit* m_end;
    QPlainTextEdit* m_notes;
    QPushButton* m_save;
    QHash<QString, QLabel*> m_errors;
};

} // namespace osiedle::ui
