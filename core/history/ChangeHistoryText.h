#pragma once

#include "core/history/ChangeEntry.h"

#include <QCoreApplication>
#include <QString>

namespace osiedle::core {

/// The change history in people's words: what kind of record a table holds ("Participant"),
/// what a column is ("Street"), a stored value as the program shows it elsewhere (dates
/// dd.MM.yyyy, money in zł, yes/no, the labels of the closed sets), and one line per change.
/// Unknown tables and columns (a newer program's) get their stored names made readable.
/// Pure; translated through tr().
class ChangeHistoryText {
    Q_DECLARE_TR_FUNCTIONS(ChangeHistoryText)

public:
    static QString recordKind(const QString& table);
    /// "Participant no. 17", or just the kind when the record has no number.
    static QString record(const ChangeEntry& entry);
    static QString operation(const QString& operation);
    static QString field(const QString& table, const QString& column);
    static QString value(const QString& table, const QString& column, const QJsonValue& value);
    /// "Street: Długa 5 → Krótka 7; Flat: 3 → 5" (a new record: "Street: Długa 5").
    static QString summary(const ChangeEntry& entry);
    /// The moment in local time, "07.12.2026 14:05:09".
    static QString time(const QDateTime& at);
};

} // namespace osiedle::core
