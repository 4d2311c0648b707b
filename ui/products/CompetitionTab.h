#pragma once

#include "core/storage/CompetitionRepository.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QTableWidget;
class QTableWidgetItem;

namespace osiedle::ui {

struct AppContext;

/// The competition: an edition and a category, its criteria, jurors and nominations, the
/// scoring grid (nominations × juror and criterion) where points are typed, and the ranking
/// with ties, winners, ties at the last award and incomplete scoring shown in words.
class CompetitionTab : public QWidget {
    Q_OBJECT

public:
    enum RankingColumn { Place, Name, Score, Remarks, RankingColumnCount };

    explicit CompetitionTab(AppContext& context, QWidget* parent = nullptr);

    void refresh();
    qint64 competitionId() const;
    qint64 categoryId() const;
    /// The words shown in the remarks column for a place.
    static QString remarks(const core::CompetitionRanking::Place& place);

private:
    void fillCategories();
    void fillCategory();
    void fillRanking();
    void scoreEdited(QTableWidgetItem* item);
    void printResults(bool pdf);
    void printSheet(bool pdf);

    AppContext& m_context;
    QList<core::CompetitionCriterion> m_criteria;
    QList<core::Juror> m_jurors;
    QList<core::Nomination> m_nominations;
    QComboBox* m_competition;
    QComboBox* m_category;
    QLabel* m_categoryInfo;
    QTableWidget* m_criteriaTable;
    QTableWidget* m_jurorTable;
    QTableWidget* m_nominationTable;
    QTableWidget* m_grid;
    QTableWidget* m_ranking;
    QLabel* m_message;
};

} // namespace osiedle::ui
