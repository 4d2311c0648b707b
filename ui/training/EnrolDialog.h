#pragma once

#include <QDialog>

class QCheckBox;
class QDateEdit;
class QLineEdit;
class QListWidget;

namespace osiedle::core {
class Database;
}

namespace osiedle::ui {

/// Chooses participants to enrol on a course: qualified ones by default; "show everyone" lists
/// the others too, with their recruitment status, so that the refusal says why.
class EnrolDialog : public QDialog {
    Q_OBJECT

public:
    EnrolDialog(core::Database& db, qint64 courseId, QWidget* parent = nullptr);

    QList<qint64> chosenParticipants() const;
    QDate enrolmentDate() const;
    void search(const QString& text);

private:
    void refill();

    core::Database& m_db;
    qint64 m_courseId;
    QLineEdit* m_search;
    QCheckBox* m_everyone;
    QListWidget* m_list;
    QDateEdit* m_date;
};

} // namespace osiedle::ui
