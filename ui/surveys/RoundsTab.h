#pragma once

#include "core/common/Result.h"

#include <QWidget>
#include <functional>
#include <memory>

class QComboBox;
class QDialog;
class QLabel;
class QLineEdit;
class QTableView;

namespace osiedle::ui {

struct AppContext;
class AnswerGrid;
class DocumentPrinter;
class RoundListModel;

/// The rounds of questionnaires and tests (search, filter by instrument) and, for the chosen
/// round, its answers grid for typing paper forms in; new rounds, changes, deletion, newcomers
/// of the group, the blank forms printed (preview or PDF) and answers imported from a file.
class RoundsTab : public QWidget {
    Q_OBJECT

public:
    RoundsTab(AppContext& context, QWidget* parent = nullptr);

    AnswerGrid* grid() const { return m_grid; }
    QTableView* list() const { return m_list; }
    bool selectRound(qint64 id);
    qint64 currentRound() const;

    /// How dialogs are run: exec() by default; tests replace it to fill and accept them.
    void setDialogRunner(std::function<int(QDialog&)> runner) { m_runDialog = std::move(runner); }

    // The actions of the buttons, callable directly.
    void newRound();
    void editRound();
    void deleteRound();
    void addNewcomers();
    void importAnswers();
    /// The blank forms of the current round: with `pdfPath` written there, else asked for
    /// (toPdf) or shown in the print preview.
    bool printForms(bool toPdf, const QString& pdfPath = {});

signals:
    /// The user asked to see the results of a round.
    void resultsWanted(qint64 roundId);

private:
    void reload();
    void reloadInstruments();
    void onChosen();
    void error(const QString& message);

    AppContext& m_context;
    std::function<int(QDialog&)> m_runDialog;
    QComboBox* m_instrumentFilter;
    QLineEdit* m_search;
    RoundListModel* m_model;
    QTableView* m_list;
    QLabel* m_roundTitle;
    QLineEdit* m_find;
    AnswerGrid* m_grid;
    QLabel* m_message;
};

} // namespace osiedle::ui
