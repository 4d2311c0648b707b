#pragma once

#include "ui/common/AppContext.h"
#include "ui/common/UndoableEdit.h"
#include "ui/common/UserPrompt.h"

#include <QPointer>
#include <QUndoStack>
#include <QWidget>
#include <optional>

// Undo commands of edits already done through core services (UndoableEdit underneath), for the
// usual shapes of an edit: any pair of calls, a value changed from one state to another, a
// record saved or removed.

namespace osiedle::ui {

/// Pushes the undo command of an edit already done: `undo` and `redo` are calls returning a
/// core Status or Result. A failure is shown through the prompt under `failureTitle`.
template <typename Undo, typename Redo>
void pushUndo(AppContext& context, QWidget* parent, const QString& text, const QString& failureTitle, Undo undo,
              Redo redo)
{
    auto step = [](auto call) {
        return [call](QString* error) {
            const auto r = call();
            if (!r.ok()) {
                *error = r.error().message;
            }
            return r.ok();
        };
    };
    // The widget may be gone (a closed dialog) by the time an undo fails.
    context.undo.push(new UndoableEdit(text, step(undo), step(redo),
                                       [&context, parent = QPointer<QWidget>(parent), failureTitle](const QString& m) {
                                           context.prompt.error(parent, failureTitle, m);
                                       }));
}

/// The undo command of a record just saved: an edit goes back to `before`, a new record is
/// removed again. `save(record)` writes a record (a removed one back with its id) and
/// `remove(id)` removes one; both return a core Status or Result.
template <typename T, typename Save, typename Remove>
void pushSaved(AppContext& context, QWidget* parent, const std::optional<T>& before, const T& saved,
               const QString& editText, const QString& addText, Save save, Remove remove)
{
    if (before) {
        pushUndo(
            context, parent, editText, editText, [save, old = *before] { return save(old); },
            [save, saved] { return save(saved); });
    } else {
        pushUndo(
            context, parent, addText, addText, [remove, id = saved.id] { return remove(id); },
            [save, saved] { return save(saved); });
    }
}

/// The undo command of a record just removed: undo writes it back, redo removes it again.
template <typename T, typename Save, typename Remove>
void pushRemoved(AppContext& context, QWidget* parent, const T& removed, const QString& text, Save save, Remove remove)
{
    pushUndo(
        context, parent, text, text, [save, removed] { return save(removed); },
        [remove, id = removed.id] { return remove(id); });
}

/// The undo command of a value changed from `before` to `after` through `apply(value)` (which
/// returns a core Status or Result): undo applies `before` again, redo `after`.
template <typename T, typename Apply>
void pushChange(AppContext& context, QWidget* parent, const QString& text, Apply apply, const T& before, const T& after)
{
    pushUndo(
        context, parent, text, text, [apply, before] { return apply(before); },
        [apply, after] { return apply(after); });
}

} // namespace osiedle::ui
