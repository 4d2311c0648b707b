#pragma once

#include <QTableView>
#include <optional>

namespace osiedle::ui {

struct AppContext;
class AnswerGridModel;

/// The answers of one round (respondents × items), made for typing paper forms in from the
/// keyboard: a digit (1–5; 1 yes, 0 or 2 no; 1..n for a test's answers), or a letter (T/Y yes,
/// N no; a, b, c… for a test) records the answer and moves to the next item, from a form's last
/// item to the next form's first; Enter goes to the next form; Delete clears; arrows move.
/// An answer the item does not take is refused with a message naming what it takes. Every
/// answer is saved at once and pushed on the undo stack.
class AnswerGrid : public QTableView {
    Q_OBJECT

public:
    AnswerGrid(AppContext& context, QWidget* parent = nullptr);

    void setRound(qint64 roundId);
    AnswerGridModel* gridModel() const { return m_model; }

    /// Sets the answer of the current cell (nullopt clears it), saving and recording undo.
    bool answerCurrent(std::optional<int> value);
    /// Moves to the form of the first respondent after the current one whose code or name
    /// contains `text`, on its first item; false when there is none.
    bool findForm(const QString& text);

signals:
    /// A refused key or a failed save, in words (shown beside the grid).
    void message(const QString& text);

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    /// The answer a key means for the current cell's item; nullopt: none it takes.
    std::optional<int> answerOfKey(const QKeyEvent* event) const;
    void moveNext();
    void moveToNextForm();

    AppContext& m_context;
    AnswerGridModel* m_model;
};

} // namespace osiedle::ui
