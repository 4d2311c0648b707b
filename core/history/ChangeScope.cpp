#include "core/history/ChangeScope.h"

namespace osiedle::core {

namespace {

// Per thread: each thread writes through its own connection, and SQLite calls the history
// functions on the thread that runs the statement.
thread_local ChangeAction t_action = ChangeAction::Edit;
thread_local bool t_inScope = false;

bool keepsOuter(ChangeAction outer)
{
    return outer == ChangeAction::Undo || outer == ChangeAction::Redo || outer == ChangeAction::Demo ||
           outer == ChangeAction::Migration;
}

} // namespace

ChangeScope::ChangeScope(ChangeAction action) : m_previous(t_action), m_hadScope(t_inScope)
{
    if (!(t_inScope && keepsOuter(t_action))) {
        t_action = action;
    }
    t_inScope = true;
}

ChangeScope::~ChangeScope()
{
    t_action = m_previous;
    t_inScope = m_hadScope;
}

ChangeAction ChangeScope::current()
{
    return t_action;
}

bool ChangeScope::recordsEachChange()
{
    return t_action != ChangeAction::Demo && t_action != ChangeAction::Migration && t_action != ChangeAction::Erasure &&
           t_action != ChangeAction::Anonymisation;
}

} // namespace osiedle::core
