#pragma once

#include "core/services/WageDeductionService.h"

#include <QDialog>

class QDateEdit;
class QLabel;
class QPushButton;
class QTableWidget;

namespace osiedle::ui {

struct AppContext;

/// The monthly wage deduction: choose the month, compute, review every member's hours, wage,
/// share and what will be posted, then post all of it in one step (undoable). A month already
/// posted shows what was posted and posts nothing again.
class WageDeductionDialog : public QDialog {
    Q_OBJECT

public:
    WageDeductionDialog(AppContext& context, const QDate& month, QWidget* parent = nullptr);

    const core::WageDeductionRun& run() const { return m_run; }

public slots:
    void compute();
    void post();

private:
    AppContext& m_context;
    core::WageDeductionService m_service;
    core::WageDeductionRun m_run;
    QDateEdit* m_month;
    QDateEdit* m_postOn;
    QTableWidget* m_table;
    QLabel* m_summary;
    QPushButton* m_post;
};

} // namespace osiedle::ui
