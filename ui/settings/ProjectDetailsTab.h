#pragma once

#include "core/domain/Project.h"
#include "ui/common/FormErrors.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace osiedle::ui {

struct AppContext;
class DateEdit;

/// The "Project" tab of the project settings: the title, contract number, programme,
/// priority, measure and region, the beneficiary with its address, NIP and REGON, the place of
/// signing and the project's dates. "Save" writes them as one undoable change; a change of
/// dates first tells what would fall outside them and how the reporting periods move, and asks.
/// Fields are named like the settings' keys ("title", "contract_number", "start_date", …).
class ProjectDetailsTab : public QWidget {
    Q_OBJECT

public:
    explicit ProjectDetailsTab(AppContext& context, QWidget* parent = nullptr);

    /// Saves the form; false when it was refused (messages under the fields) or not confirmed.
    bool save();
    /// True when the form differs from what is stored.
    bool isModified() const;
    /// Shows what is stored again (after an undo, or to drop the edits).
    void reload();

private:
    /// `p` with the fields of this form.
    core::Project applyForm(core::Project p) const;

    AppContext& m_context;
    core::Project m_stored;
    QList<std::pair<QLineEdit*, QString core::Project::*>> m_texts;
    DateEdit* m_start = nullptr;
    DateEdit* m_end = nullptr;
    QLineEdit* m_keepUntil = nullptr;
    QLabel* m_general = nullptr;
    QLabel* m_saved = nullptr;
    FormErrors m_errors{nullptr};
};

} // namespace osiedle::ui
