#pragma once

#include "core/indicators/ReportingPeriod.h"

#include <QList>
#include <optional>

namespace osiedle::core {

class Database;

/// One line of a period's lock log: who locked or unlocked it, when, and why (unlocking).
struct PeriodLockLogEntry {
    qint64 id = 0;
    qint64 periodId = 0;
    bool unlock = false;
    QDateTime at;
    QString byWhom;
    QString reason;
};

/// All SQL about the reporting periods (payment claims) of a project and their locking.
/// Throws StorageError.
class ReportingPeriodRepository {
public:
    explicit ReportingPeriodRepository(Database& db) : m_db(db) {}

    /// Every period, in the order of their numbers.
    QList<ReportingPeriod> all();
    std::optional<ReportingPeriod> byId(qint64 id);
    std::optional<ReportingPeriod> byNumber(int number);
    /// The first period other than `exceptId` that shares a day with from..to.
    std::optional<ReportingPeriod> overlapping(const QDate& from, const QDate& to, qint64 exceptId);

    /// Writes the editable fields (not the lock). insert() keeps a given id (undo of a delete).
    qint64 insert(const ReportingPeriod& period);
    void update(const ReportingPeriod& period);
    void remove(qint64 id);

    /// The report stored when the period was locked (empty when open).
    QString lockedReport(qint64 id);
    void setLock(qint64 id, const QDateTime& at, const QString& report);
    void clearLock(qint64 id);
    void addLogEntry(const PeriodLockLogEntry& entry);
    /// The lock log of a period, oldest first.
    QList<PeriodLockLogEntry> log(qint64 periodId);

private:
    Database& m_db;
};

} // namespace osiedle::core
