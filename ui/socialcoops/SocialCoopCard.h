#pragma once

#include "core/services/SocialCoopOverview.h"

#include <QHash>
#include <QWidget>

class QChartView;
class QDateEdit;
class QLabel;
class QTabWidget;
class QTableWidget;

class QKeyEvent;

namespace osiedle::ui {

struct AppContext;
class AgreementTab;
class FoundingPathTab;
class MembersTab;
class ServicePointTab;

/// One screen per OSS: its stage on the founding path, members and who is employed, the
/// agreement, orders this month and this year (count, value, paid / unpaid), service point
/// sales, hours worked, and two charts (monthly order value and sales; members employed over
/// time); tabs hold the founding checklist, members and employment, the agreement and the
/// service point with their forms. Figures are counted as of a day (today, or the project's
/// last day once it is over), which the user can change.
class SocialCoopCard : public QWidget {
    Q_OBJECT

public:
    SocialCoopCard(AppContext& context, qint64 socialCoopId, const QDate& day, QWidget* parent = nullptr);

    void setDay(const QDate& day);
    const core::SocialCoopSummary& summary() const { return m_summary; }
    /// The text of one figure ("stage", "members", "employed", "agreement", "ordersMonth",
    /// "ordersYear", "sales", "hours", "overdue").
    QString figure(const QString& key) const;
    QTabWidget* tabs() const { return m_tabs; }
    FoundingPathTab* foundingTab() const { return m_founding; }
    MembersTab* membersTab() const { return m_members; }
    AgreementTab* agreementTab() const { return m_agreement; }
    ServicePointTab* servicePointTab() const { return m_point; }
    QChartView* ordersChart() const { return m_ordersChart; }
    QChartView* employedChart() const { return m_employedChart; }

protected:
    /// Esc closes the window, as it closes a dialog (an open list or an edited cell takes it first).
    void keyPressEvent(QKeyEvent* event) override;

private:
    void reload();
    QWidget* buildOverview();
    void fillCharts();

    AppContext& m_context;
    qint64 m_coopId;
    QDate m_day;
    core::SocialCoopSummary m_summary;
    QLabel* m_heading;
    QDateEdit* m_dayEdit;
    QLabel* m_warning;
    QHash<QString, QLabel*> m_figures;
    QTableWidget* m_hoursByMember;
    QChartView* m_ordersChart;
    QChartView* m_employedChart;
    QTabWidget* m_tabs;
    FoundingPathTab* m_founding = nullptr;
    MembersTab* m_members = nullptr;
    AgreementTab* m_agreement = nullptr;
    ServicePointTab* m_point = nullptr;
};

} // namespace osiedle::ui
