#include "core/history/ChangeAction.h"

#include <array>

namespace osiedle::core {

namespace {

struct ActionEntry {
    ChangeAction action;
    const char* key;
    const char* label;
};

const std::array<ActionEntry, 11>& entries()
{
    static const std::array<ActionEntry, 11> all = {{
        {ChangeAction::Edit, "edit", QT_TRANSLATE_NOOP("ChangeActions", "Edit")},
        {ChangeAction::Import, "import", QT_TRANSLATE_NOOP("ChangeActions", "Import")},
        {ChangeAction::Undo, "undo", QT_TRANSLATE_NOOP("ChangeActions", "Undo")},
        {ChangeAction::Redo, "redo", QT_TRANSLATE_NOOP("ChangeActions", "Redo")},
        {ChangeAction::Lock, "lock", QT_TRANSLATE_NOOP("ChangeActions", "Period locked")},
        {ChangeAction::Unlock, "unlock", QT_TRANSLATE_NOOP("ChangeActions", "Period unlocked")},
        {ChangeAction::Settings, "settings", QT_TRANSLATE_NOOP("ChangeActions", "Settings")},
        {ChangeAction::Demo, "demo", QT_TRANSLATE_NOOP("ChangeActions", "Demo project")},
        {ChangeAction::Migration, "migration", QT_TRANSLATE_NOOP("ChangeActions", "Data format update")},
        {ChangeAction::Erasure, "erasure", QT_TRANSLATE_NOOP("ChangeActions", "Person erased on request")},
        {ChangeAction::Anonymisation, "anonymisation", QT_TRANSLATE_NOOP("ChangeActions", "Persons anonymised")},
    }};
    return all;
}

} // namespace

QString ChangeActions::key(ChangeAction action)
{
    for (const ActionEntry& e : entries()) {
        if (e.action == action) {
            return QString::fromLatin1(e.key);
        }
    }
    return {};
}

std::optional<ChangeAction> ChangeActions::parse(QStringView key)
{
    for (const ActionEntry& e : entries()) {
        if (key == QLatin1String(e.key)) {
            return e.action;
        }
    }
    return std::nullopt;
}

QString ChangeActions::label(ChangeAction action)
{
    for (const ActionEntry& e : entries()) {
        if (e.action == action) {
            return tr(e.label);
        }
    }
    return {};
}

QString ChangeActions::labelOfKey(const QString& key)
{
    const std::optional<ChangeAction> action = parse(key);
    return action ? label(*action) : key;
}

} // namespace osiedle::core
