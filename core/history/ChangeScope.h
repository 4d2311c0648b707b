#pragma once

#include "core/history/ChangeAction.h"

namespace osiedle::core {

/// Names why the writes made on this thread while it lives change the data: the change
/// history's triggers read it (through the connection's osiedle_change_action() function), so
/// an undo, an import or a lock is recorded as such without each service passing it on.
/// Scopes nest: the innermost one counts; without any, a change is an Edit. An Undo or Redo
/// scope is not narrowed by an inner one (undoing an import is an undo).
///
/// A Demo or Migration scope turns the per-record history off: such writes are recorded as one
/// summary row by their owner (ChangeLogRepository::recordSummary), so that thousands of
/// generated rows cost nothing. Not copyable; lives on the stack of the thread that writes.
class ChangeScope {
public:
    explicit ChangeScope(ChangeAction action);
    ~ChangeScope();
    ChangeScope(const ChangeScope&) = delete;
    ChangeScope& operator=(const ChangeScope&) = delete;

    /// The action of the innermost scope of this thread (Edit without any).
    static ChangeAction current();
    /// False while a Demo, Migration, Erasure or Anonymisation scope is open on this thread (those
    /// are recorded as one summary row each).
    static bool recordsEachChange();

private:
    ChangeAction m_previous;
    bool m_hadScope;
};

} // namespace osiedle::core
