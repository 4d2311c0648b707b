#pragma once

#include "core/storage/IndicatorRepository.h"
#include "ui/common/FormErrors.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace osiedle::ui {

struct AppContext;

/// The indicators of the project as the office edits them: names and targets (total, women,
/// men; women + men = total) of every indicator, and the office's own indicators with a value
/// typed per reporting period (e.g. brochure copies distributed) — add, edit, type values,
/// delete. Values of a locked period are read-only. Every change is undoable.
class IndicatorTargetsDialog : public QDialog {
    Q_OBJECT

public:
    explicit IndicatorTargetsDialog(AppContext& context, QWidget* parent = nullptr);

    /// Shows the indicator in the form ("": a new own indicator).
    void select(const QString& code);
    /// Saves the form; false when refused (the messages are shown next to the fields).
    bool save();
    /// Deletes the own indicator shown after asking; false when nothing was deleted.
    bool removeSelected();
    /// Saves the values typed in the table of periods (one undo step); false when refused.
    bool saveValues();
    QString currentCode() const { return m_original.code; }

private:
    void reload();
    void display(const core::IndicatorEntry& entry);
    void showValues();

    AppContext& m_context;
    core::IndicatorEntry m_original;
    QListWidget* m_list = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_objective = nullptr;
    QLineEdit* m_unit = nullptr;
    QComboBox* m_kind = nullptr;
    QCheckBox* m_split = nullptr;
    QLineEdit* m_targetTotal = nullptr;
    QLineEdit* m_targetWomen = nullptr;
    QLineEdit* m_targetMen = nullptr;
    QPushButton* m_delete = nullptr;
    QGroupBox* m_valuesBox = nullptr;
    QTableWidget* m_values = nullptr;
    QLabel* m_general = nullptr;
    FormErrors m_errors{nullptr};
};

} // namespace osiedle::ui
