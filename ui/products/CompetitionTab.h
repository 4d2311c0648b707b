#pragma once

#include "core/storage/CompetitionRepository.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;
class QTableWidgetItem;
class QTabWidget;

namespace osiedle::ui {

struct AppContext;
class RefreshWhenShown;
namespace products {
class RecordPanel;
}

/// The competition: an edition and its categories, criteria, jurors and nominations, each
/// with its list and form (New, Save, Remove; undoable, written through CompetitionService);
/// the scoring grid (nominations × juror and criterion) where points are typed, and the
/// ranking with ties, winners, ties at the last award and incomplete scoring shown in words.
class CompetitionTab : public QWidget {
    Q_OBJECT

public:
    enum RankingColumn { Place, Name, Score, Remarks, RankingColumnCount };

    explicit CompetitionTab(AppContext& context, QWidget* parent = nullptr);

    void refresh();
    qint64 competitionId() const;
    qint64 categoryId() const;
    /// Shows this edition and this category (0: the first).
    void selectCompetition(qint64 id);
    void selectCategory(qint64 id);
    /// The words shown in the remarks column for a place.
    static QString remarks(const core::CompetitionRanking::Place& place);

    // The forms; each save or remove returns false (with the message shown) when refused.
    bool saveEdition();
    bool removeEdition();
    bool saveCategory();
    bool removeCategory();
    bool saveCriterion();
    bool removeCriterion();
    bool saveJuror();
    bool removeJuror();
    bool saveNomination();
    bool removeNomination();

private:
    QWidget* buildEditionForm();
    void buildPanels();
    void fillCategories();
    void fillCategory();
    void fillRanking();
    void showEdition();
    void showCategory(qint64 id);
    void showCriterion(qint64 id);
    void showJuror(qint64 id);
    void showNomination(qint64 id);
    void fillNominees();
    void scoreEdited(QTableWidgetItem* item);
    void printResults(bool pdf);
    void printSheet(bool pdf);
    /// Saves one record through `save`, pushes its undo and refreshes; `before` is the record
    /// as stored (nullopt for a new one).
    template <typename T>
    bool saveRecord(products::RecordPanel* panel, const T& record, const std::optional<T>& before, const QString& what);
    template <typename T>
    bool removeRecord(products::RecordPanel* panel, qint64 id, const QString& question, const QString& what);

    AppContext& m_context;
    QList<core::CompetitionCategory> m_categories;
    QList<core::CompetitionCriterion> m_criteria;
    QList<core::Juror> m_jurors;
    QList<core::Nomination> m_nominations;
    QComboBox* m_competition;
    QComboBox* m_category;
    QLabel* m_categoryInfo;
    QTabWidget* m_setup;
    // edition form
    QLineEdit* m_editionName;
    QSpinBox* m_editionYear;
    QLineEdit* m_announced;
    QLineEdit* m_decided;
    QLineEdit* m_editionNotes;
    QLabel* m_editionMessage;
    bool m_newEdition = false;
    bool m_scoring = false; ///< a point typed in the grid is being written
    // categories
    products::RecordPanel* m_categoryPanel;
    QComboBox* m_categoryKind;
    QLineEdit* m_categoryName;
    QSpinBox* m_awards;
    // criteria
    products::RecordPanel* m_criterionPanel;
    QLineEdit* m_criterionName;
    QSpinBox* m_maxPoints;
    QSpinBox* m_weight;
    // jurors
    products::RecordPanel* m_jurorPanel;
    QLineEdit* m_jurorName;
    QLineEdit* m_jurorInstitution;
    // nominations
    products::RecordPanel* m_nominationPanel;
    QComboBox* m_nominee;
    /// The nominee list again after participants or cooperatives changed, when the tab is shown
    /// (not behind another section at every participant saved).
    RefreshWhenShown* m_nomineesRefresh = nullptr;
    QLineEdit* m_personName;
    QLineEdit* m_justification;
    QLineEdit* m_award;

    QTableWidget* m_grid;
    QTableWidget* m_ranking;
    QLabel* m_message;
};

} // namespace osiedle::ui
