#pragma once

#include "core/domain/Instrument.h"
#include "ui/common/EditDialog.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;

namespace osiedle::ui {

/// One item of a questionnaire or test: its text, how it is answered (1–5, yes/no, one right
/// answer), the scale it measures, whether agreeing speaks against the scale (reversed), and for
/// a test question its answers (one per line) and which one is right. Save checks the item
/// (InstrumentService::validate) and stays open with the message when it is wrong.
class ItemDialog : public EditDialog {
    Q_OBJECT

public:
    ItemDialog(const core::InstrumentItem& item, const QList<core::SurveyScale>& scales, QWidget* parent = nullptr);

    core::InstrumentItem item() const;
    /// What is wrong with the item as the fields say; empty when it can be saved.
    QString problem() const;

private:
    void updateFields();
    void updateRightAnswers();

    core::InstrumentItem m_item;
    QPlainTextEdit* m_text;
    QComboBox* m_kind;
    QComboBox* m_scale;
    QCheckBox* m_reversed;
    QLabel* m_optionsLabel;
    QPlainTextEdit* m_options;
    QLabel* m_correctLabel;
    QComboBox* m_correct;
    QLabel* m_error;
};

} // namespace osiedle::ui
