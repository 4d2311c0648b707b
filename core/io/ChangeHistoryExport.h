#pragma once

#include "core/history/ChangeEntry.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

namespace osiedle::core {

/// The change history as a file. CSV for people: one line per changed field, with the labels
/// and values as the program shows them (ChangeHistoryText), the way other lists are written
/// (CsvWriter: UTF-8 with BOM, `;`). JSON for programs, stable: an array of
/// {"id", "at" (UTC ISO), "person", "program", "action", "operation", "record_kind",
/// "record_id", "owner_kind", "owner_id", "changes": {"column": {"before": …, "after": …}}},
/// with the stored values (dates YYYY-MM-DD, money in grosze). Pure.
class ChangeHistoryExport {
    Q_DECLARE_TR_FUNCTIONS(ChangeHistoryExport)

public:
    static QByteArray csv(const QList<ChangeEntry>& entries);
    static QByteArray json(const QList<ChangeEntry>& entries);
};

} // namespace osiedle::core
