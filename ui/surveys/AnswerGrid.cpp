#include "ui/surveys/AnswerGrid.h"

#include "core/domain/SurveyScoring.h"
#include "core/services/ChangeNotifier.h"
#include "ui/common/AppContext.h"
#include "ui/common/UndoableEdit.h"
#include "ui/surveys/AnswerGridModel.h"

#include <QApplication>
#include <QHeaderView>
#include <QKeyEvent>
#include <QPointer>
#include <QUndoStack>

namespace osiedle::ui {

AnswerGrid::AnswerGrid(AppContext& context, QWidget* parent)
    : QTableView(parent), m_context(context), m_model(new AnswerGridModel(context.db, &context.changes, this))
{
    setObjectName(QStringLiteral("answerGrid"));
    setModel(m_model);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setTabKeyNavigation(false);
    horizontalHeader()->setDefaultSectionSize(34);
    horizontalHeader()->setMinimumSectionSize(28);
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);

    // Changes made elsewhere (an import, another window) reload the grid; its own do not.
    connect(&context.changes, &core::ChangeNotifier::changed, this, [this](core::Topic topic) {
        if (topic == core::Topic::Surveys && !m_model->saving() && m_model->roundId() != 0) {
            const QModelIndex current = currentIndex();
            m_model->reload();
            if (current.isValid() && current.row() < m_model->rowCount() && current.column() < m_model->columnCount()) {
                setCurrentIndex(m_model->index(current.row(), current.column()));
            }
        }
    });
}

void AnswerGrid::setRound(qint64 roundId)
{
    m_model->load(roundId);
    for (int c = m_model->itemCount(); c < m_model->columnCount(); ++c) {
        resizeColumnToContents(c);
    }
    if (m_model->respondentCount() > 0 && m_model->itemCount() > 0) {
        setCurrentIndex(m_model->index(0, 0));
    }
}

bool AnswerGrid::answerCurrent(std::optional<int> value)
{
    const QModelIndex current = currentIndex();
    if (!m_model->isAnswerCell(current)) {
        return false;
    }
    const qint64 participant = m_model->respondent(current.row()).participantId;
    const core::InstrumentItem& item = m_model->item(current.column());
    const qint64 itemId = item.id;
    const auto previous = m_model->answerAt(current.row(), current.column());
    if (previous == value) {
        return true;
    }
    if (const auto saved = m_model->setAnswer(participant, itemId, value); !saved) {
        emit message(saved.error().message);
        return false;
    }
    QPointer<AnswerGridModel> model = m_model;
    auto step = [model, participant, itemId](std::optional<int> answer) {
        return [model, participant, itemId, answer](QString* error) {
            if (!model) {
                *error = tr("The answers grid is closed.");
                return false;
            }
            const auto done = model->setAnswer(participant, itemId, answer);
            if (!done) {
                *error = done.error().message;
            }
            return done.ok();
        };
    };
    const core::Respondent& who = m_model->respondent(current.row());
    const QString name = m_model->anonymous() ? who.code : who.sortName();
    m_context.undo.push(new UndoableEdit(tr("Answer %1 of %2").arg(item.position).arg(name), step(previous),
                                         step(value), [this](const QString& text) { emit message(text); }));
    return true;
}

bool AnswerGrid::findForm(const QString& text)
{
    const int from = currentIndex().isValid() ? currentIndex().row() + 1 : 0;
    const int row = m_model->findRow(text, m_model->respondentCount() > 0 ? from % m_model->respondentCount() : 0);
    if (row < 0) {
        emit message(tr("No respondent's code or name contains “%1”.").arg(text.simplified()));
        return false;
    }
    setCurrentIndex(m_model->index(row, 0));
    setFocus();
    return true;
}

std::optional<int> AnswerGrid::answerOfKey(const QKeyEvent* event) const
{
    const core::InstrumentItem& item = m_model->item(currentIndex().column());
    const int key = event->key();
    if (key >= Qt::Key_0 && key <= Qt::Key_9) {
        int value = key - Qt::Key_0;
        if (item.kind == core::ItemKind::YesNo && value == 2) {
            value = 0; // forms often code "1 tak, 2 nie"
        }
        return core::SurveyScoring::accepts(item, value) ? std::optional<int>(value) : std::nullopt;
    }
    if (key >= Qt::Key_A && key <= Qt::Key_Z) {
        if (item.kind == core::ItemKind::YesNo) {
            if (key == Qt::Key_T || key == Qt::Key_Y) {
                return 1;
            }
            return key == Qt::Key_N ? std::optional<int>(0) : std::nullopt;
        }
        if (item.kind == core::ItemKind::Choice) {
            const int value = key - Qt::Key_A + 1;
            return core::SurveyScoring::accepts(item, value) ? std::optional<int>(value) : std::nullopt;
        }
    }
    return std::nullopt;
}

void AnswerGrid::moveNext()
{
    const QModelIndex current = currentIndex();
    if (current.column() + 1 < m_model->itemCount()) {
        setCurrentIndex(m_model->index(current.row(), current.column() + 1));
    } else {
        moveToNextForm();
    }
}

void AnswerGrid::moveToNextForm()
{
    const QModelIndex current = currentIndex();
    if (current.isValid() && current.row() + 1 < m_model->respondentCount()) {
        setCurrentIndex(m_model->index(current.row() + 1, 0));
    }
}

void AnswerGrid::keyPressEvent(QKeyEvent* event)
{
    const bool plain = (event->modifiers() & ~(Qt::KeypadModifier | Qt::ShiftModifier)) == Qt::NoModifier;
    if (plain && m_model->isAnswerCell(currentIndex())) {
        const int key = event->key();
        if (key == Qt::Key_Delete || key == Qt::Key_Backspace) {
            answerCurrent(std::nullopt);
            event->accept();
            return;
        }
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            moveToNextForm();
            event->accept();
            return;
        }
        const bool answerKey = (key >= Qt::Key_0 && key <= Qt::Key_9) || (key >= Qt::Key_A && key <= Qt::Key_Z);
        if (answerKey) {
            if (const auto value = answerOfKey(event)) {
                if (answerCurrent(*value)) {
                    moveNext();
                }
            } else {
                const core::InstrumentItem& item = m_model->item(currentIndex().column());
                QApplication::beep();
                emit message(
                    tr("Item %1 takes %2.").arg(item.position).arg(core::SurveyScoring::acceptedAnswers(item)));
            }
            event->accept();
            return;
        }
    }
    QTableView::keyPressEvent(event);
}

} // namespace osiedle::ui
