#pragma once

#include "core/common/FieldError.h"
#include "core/storage/DeliverableRepository.h"

#include <QWidget>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;
class QTableWidget;

namespace osiedle::ui {

struct AppContext;
class FormErrors;

/// The register of deliverables: the list with a search box, the form of the selected one,
/// its distribution log and its evidence files. Writes go through DeliverableService and are
/// undoable.
class DeliverablesTab : public QWidget {
    Q_OBJECT

public:
    enum Column { Kind, Title, Planned, Done, Status, CopiesPlanned, CopiesPrinted, CopiesDistributed, ColumnCount };

    explicit DeliverablesTab(AppContext& context, QWidget* parent = nullptr);
    ~DeliverablesTab() override;

    /// Shows this deliverable in the form (0: a new one).
    void select(qint64 id);
    qint64 selectedId() const { return m_currentId; }
    /// Saves the form; false with messages next to the fields when it cannot.
    bool save();
    /// Gives out copies from the distribution fields; false (with the refusal shown) when refused.
    bool addDistribution();
    void refresh();

private:
    void buildList();
    void fillForm(const core::Deliverable& d);
    core::Deliverable readForm(core::FieldErrors& errors) const;
    void refreshLog();
    void removeDistribution();
    void attachFile();
    void removeFile();
    void removeDeliverable();

    AppContext& m_context;
    qint64 m_currentId = 0;
    QList<core::DeliverableRow> m_rows;
    QLineEdit* m_search;
    QTableWidget* m_table;
    QComboBox* m_kind;
    QLineEdit* m_title;
    QLineEdit* m_author;
    QLineEdit* m_planned;
    QLineEdit* m_done;
    QComboBox* m_status;
    QSpinBox* m_copiesPlanned;
    QSpinBox* m_copiesPrinted;
    QComboBox* m_socialCoop;
    QPlainTextEdit* m_notes;
    QLabel* m_general;
    std::unique_ptr<FormErrors> m_errors;
    QTableWidget* m_log;
    QLineEdit* m_distDate;
    QLineEdit* m_recipient;
    QSpinBox* m_distCopies;
    QListWidget* m_files;
};

} // namespace osiedle::ui
