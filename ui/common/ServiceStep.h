#pragma once

#include "core/common/Result.h"
#include "ui/common/UndoableEdit.h"

#include <functional>

namespace osiedle::ui {

/// An UndoableEdit step from a core service call: runs it and passes its error message on.
inline UndoableEdit::Step serviceStep(std::function<core::Status()> call)
{
    return [call = std::move(call)](QString* error) {
        const core::Status done = call();
        if (!done && error) {
            *error = done.error().message;
        }
        return done.ok();
    };
}

} // namespace osiedle::ui
