#pragma once

#include <QWidget>

class QTableView;

namespace osiedle::ui {

struct AppContext;
class ChangeHistoryModel;

/// The "History" tab of a card: who changed the record (and what belongs to it: a
/// participant's attendance marks, a debt account's ledger entries) what and when, newest
/// first, with an "Export list…" button. It follows every change of the file while shown.
class ChangeHistoryPanel : public QWidget {
    Q_OBJECT

public:
    /// `recordKind` is the stored kind (participant, housing_coop, social_coop, debt_account,
    /// work_order); `recordId` 0 shows an empty panel (a record not saved yet).
    ChangeHistoryPanel(AppContext& context, const QString& recordKind, qint64 recordId, QWidget* parent = nullptr);

    /// Shows another record of the same kind (a card that moves to the next record).
    void setRecord(qint64 recordId);
    const QString& recordKind() const { return m_kind; }
    qint64 recordId() const { return m_id; }
    QTableView* table() const { return m_table; }
    ChangeHistoryModel* model() const { return m_model; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    void reload();

    AppContext& m_context;
    QString m_kind;
    qint64 m_id = 0;
    bool m_stale = true;
    ChangeHistoryModel* m_model;
    QTableView* m_table;
};

} // namespace osiedle::ui
