#pragma once

#include "core/services/SurveyResults.h"

#include <QWidget>
#include <optional>

class QChartView;
class QComboBox;
class QLabel;
class QStandardItemModel;
class QTabWidget;
class QTableView;

namespace osiedle::ui {

struct AppContext;

/// The results of questionnaires and tests. For the chosen round: per scale the entry and exit
/// means (women, men), the share who improved by the stated minimal change, the chart of entry
/// vs exit, each person's scores and change, who cannot be compared and why, and the
/// distribution of scores; and, over every exit round, the results per course and per OSS.
class ResultsTab : public QWidget {
    Q_OBJECT

public:
    ResultsTab(AppContext& context, QWidget* parent = nullptr);

    /// Shows a round's results (an exit round compared with its entry round); false when it is
    /// not listed.
    bool showRound(qint64 roundId);
    qint64 currentRound() const;
    const std::optional<core::RoundResults>& results() const { return m_results; }

    QStandardItemModel* summaryModel() const { return m_summary; }
    QStandardItemModel* peopleModel() const { return m_people; }
    QStandardItemModel* notCountedModel() const { return m_notCounted; }
    QStandardItemModel* groupModel() const { return m_groups; }
    QChartView* chartView() const { return m_chart; }

private:
    void reloadRounds();
    void refresh();
    void showDistribution();
    void fillGroups();

    AppContext& m_context;
    bool m_stale = true;
    std::optional<core::RoundResults> m_results;
    QComboBox* m_round;
    QLabel* m_note;
    QStandardItemModel* m_summary;
    QTableView* m_summaryView;
    QChartView* m_chart;
    QTabWidget* m_tabs;
    QStandardItemModel* m_people;
    QTableView* m_peopleView;
    QStandardItemModel* m_notCounted;
    QTableView* m_notCountedView;
    QComboBox* m_distributionScale;
    QChartView* m_distribution;
    QStandardItemModel* m_groups;
    QTableView* m_groupView;

protected:
    void showEvent(QShowEvent* event) override;
};

} // namespace osiedle::ui
