#pragma once

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace osiedle::core {

/// Why the data changed, as the change history records it beside each changed record.
enum class ChangeAction {
    Edit,          ///< a change made in a form, a list or a command (the default)
    Import,        ///< rows read from a CSV/XLSX file
    Undo,          ///< a change taken back with Ctrl+Z
    Redo,          ///< a change made again with Ctrl+Y
    Lock,          ///< a reporting period locked
    Unlock,        ///< a reporting period unlocked
    Settings,      ///< the project's settings
    Demo,          ///< a demo project generated (recorded as one summary row)
    Migration,     ///< the file's data format brought up to date (one summary row per step)
    Erasure,       ///< a person erased at their request: one summary row, their history goes with them
    Anonymisation, ///< every person anonymised: one summary row, the history keeps no personal values
};

/// The stored word of an action ("undo") and back; the translated label for people ("Undo").
class ChangeActions {
    Q_DECLARE_TR_FUNCTIONS(ChangeActions)

public:
    static QString key(ChangeAction action);
    static std::optional<ChangeAction> parse(QStringView key);
    static QString label(ChangeAction action);
    /// The label of a stored word; the word itself when it is unknown (a newer program's).
    static QString labelOfKey(const QString& key);
};

} // namespace osiedle::core
