#pragma once

#include "core/domain/InstalmentPlan.h"
#include "core/storage/DebtAccountRepository.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace osiedle::ui {

struct AppContext;

/// The agreement tab of the tenant's page: the current (latest) agreement, its schedule with
/// what was paid towards each instalment and what is overdue on the page's date, signing a new
/// agreement, changing its status, and printing the schedule.
class PlanPanel : public QWidget {
    Q_OBJECT

public:
    PlanPanel(AppContext& context, QWidget* parent = nullptr);

    /// Shows the account's latest agreement as it stands on `on`.
    void show(const core::DebtAccountInfo& account, const QDate& on);
    const std::optional<core::InstalmentPlan>& plan() const { return m_plan; }

public slots:
    void signPlan();
    void applyStatus();
    void previewSchedule();
    void saveSchedulePdf();

private:
    void refresh();

    AppContext& m_context;
    std::optional<core::DebtAccountInfo> m_account;
    std::optional<core::InstalmentPlan> m_plan;
    QDate m_on;
    QLabel* m_summary;
    QTableWidget* m_table;
    QComboBox* m_status;
    QPushButton* m_applyStatus;
    QPushButton* m_preview;
    QPushButton* m_pdf;
};

} // namespace osiedle::ui
