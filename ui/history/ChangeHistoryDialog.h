#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QTableView;

namespace osiedle::ui {

struct AppContext;
class ChangeHistoryModel;
class OptionalDateEdit;

/// The whole file's change history (Project › Change history…): every change, newest first,
/// filtered by the person who made it, the kind of record and a range of days, and exported
/// as shown (CSV/XLSX) like every list.
class ChangeHistoryDialog : public QDialog {
    Q_OBJECT

public:
    explicit ChangeHistoryDialog(AppContext& context, QWidget* parent = nullptr);

    QComboBox* personFilter() const { return m_person; }
    QComboBox* kindFilter() const { return m_kind; }
    OptionalDateEdit* fromFilter() const { return m_from; }
    OptionalDateEdit* toFilter() const { return m_to; }
    ChangeHistoryModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }

private:
    void fillChoices();
    void applyFilter();

    AppContext& m_context;
    QComboBox* m_person;
    QComboBox* m_kind;
    OptionalDateEdit* m_from;
    OptionalDateEdit* m_to;
    QLabel* m_count;
    ChangeHistoryModel* m_model;
    QTableView* m_table;
};

} // namespace osiedle::ui
