#include "ui/common/UndoableEdit.h"

#include "core/history/ChangeScope.h"

#include <utility>

namespace osiedle::ui {

UndoableEdit::UndoableEdit(const QString& text, Step undo, Step redo, std::function<void(const QString&)> onFailure)
    : m_undo(std::move(undo)), m_redo(std::move(redo)), m_onFailure(std::move(onFailure))
{
    setText(text);
}

void UndoableEdit::undo()
{
    // The change history records what the steps write as an undo, not as a new edit.
    const core::ChangeScope scope(core::ChangeAction::Undo);
    QString error;
    if (!m_undo(&error)) {
        setObsolete(true);
        if (m_onFailure) {
            m_onFailure(error);
        }
    }
}

void UndoableEdit::redo()
{
    if (m_firstRedo) {
        m_firstRedo = false;
        return;
    }
    const core::ChangeScope scope(core::ChangeAction::Redo);
    QString error;
    if (!m_redo(&error)) {
        setObsolete(true);
        if (m_onFailure) {
            m_onFailure(error);
        }
    }
}

} // namespace osiedle::ui
