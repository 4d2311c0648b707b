#pragma once

#include "core/history/ChangeAction.h"
#include "core/history/ChangeEntry.h"

#include <QJsonObject>
#include <QStringList>

namespace osiedle::core {

class Database;

/// Reads the change history (table `change_log`, written by ChangeLogTriggers) and writes the
/// summary rows of work recorded as a whole (a demo project, a format update). Newest first.
/// Throws StorageError.
class ChangeLogRepository {
public:
    explicit ChangeLogRepository(Database& db) : m_db(db) {}

    /// Up to `limit` rows matching `filter`, newest first, older than `beforeId` when given
    /// (the next page of a list).
    QList<ChangeEntry> entries(const ChangeFilter& filter, int limit = -1,
                               std::optional<qint64> beforeId = std::nullopt) const;
    qint64 count(const ChangeFilter& filter) const;
    /// Everyone who changed something, sorted.
    QStringList persons() const;
    /// Every kind of record changed, sorted by its stored name.
    QStringList recordKinds() const;

    /// One row standing for a whole piece of work (operation "summary").
    void recordSummary(ChangeAction action, const QString& recordKind, const QJsonObject& changes);

private:
    Database& m_db;
};

} // namespace osiedle::core
