#pragma once

#include "core/common/Result.h"
#include "core/domain/SurveyRound.h"
#include "ui/common/EditDialog.h"

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace osiedle::core {
class Database;
}

namespace osiedle::ui {

class DateEdit;

/// A round of a questionnaire or test: which one, entry, exit or follow-up (then the entry round
/// it is compared with), given to a course or an OSS, on a date, anonymous or not, a note. The
/// instrument and the group are chosen once; Save runs `save` and stays open with its message
/// when refused.
class RoundDialog : public EditDialog {
    Q_OBJECT

public:
    RoundDialog(core::Database& db, const core::SurveyRound& round,
                std::function<core::Status(const core::SurveyRound&)> save, QWidget* parent = nullptr);

    core::SurveyRound round() const;

private:
    void fillEntryRounds();
    void updateFields();
    /// A new exit or follow-up round takes the group and anonymity of its entry round.
    void followEntryRound();

    core::Database& m_db;
    core::SurveyRound m_round;
    QComboBox* m_instrument;
    QComboBox* m_kind;
    QComboBox* m_entry;
    QLabel* m_entryLabel;
    QRadioButton* m_course;
    QRadioButton* m_coop;
    QComboBox* m_courses;
    QComboBox* m_coops;
    DateEdit* m_date;
    QCheckBox* m_anonymous;
    QLineEdit* m_note;
    QLabel* m_error;
};

} // namespace osiedle::ui
