#pragma once

#include "core/services/ProjectSettingsService.h"
#include "ui/common/AppContext.h"
#include "ui/common/UndoPush.h"
#include "ui/products/RecordPanel.h"

#include <optional>

namespace osiedle::ui {

/// The service of the open project, with its change notices (for the lambdas of undo steps).
inline core::ProjectSettingsService settingsService(AppContext& context)
{
    return core::ProjectSettingsService(context.db, &context.changes);
}

/// Saves the record shown in a settings list (partners, office staff): `save(errors)` writes it
/// through ProjectSettingsService (a Result<Saved<T>>); a refusal is shown under the panel's
/// fields; an accepted one is pushed as undoable (an edit goes back, an addition is removed
/// again) under `editText` / `addText` with %1 the record's name. Returns the record as saved.
template <typename T, typename Save, typename Restore, typename Remove>
std::optional<T> saveRecord(AppContext& context, QWidget* parent, products::RecordPanel& panel, Save save,
                            Restore restore, Remove remove, const QString& editText, const QString& addText)
{
    core::FieldErrors errors;
    const auto saved = save(&errors);
    if (!saved) {
        panel.errors().show(errors.isEmpty() ? core::FieldErrors{{QString(), saved.error().message}} : errors);
        return std::nullopt;
    }
    pushSaved(context, parent, saved->before, saved->now, editText.arg(saved->now.name), addText.arg(saved->now.name),
              restore, remove);
    return saved->now;
}

} // namespace osiedle::ui
