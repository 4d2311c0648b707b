#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace osiedle::core {

class Database;

/// Minutes worked by one member on one day on one order (a row of work_hours).
struct WorkHours {
    qint64 id = 0;
    qint64 workOrderId = 0;
    qint64 participantId = 0;
    QDate date;
    int minutes = 0;
    QString participantName; ///< read only
};

/// A total of minutes under a name (a member) or a month (first day of it).
struct MinutesTotal {
    qint64 participantId = 0;
    QString name;
    QDate month;
    int minutes = 0;
};

/// All SQL of work_hours. Throws StorageError.
class WorkHoursRepository {
public:
    explicit WorkHoursRepository(Database& db) : m_db(db) {}

    QList<WorkHours> forOrder(qint64 workOrderId) const;
    std::optional<WorkHours> find(qint64 workOrderId, qint64 participantId, const QDate& date) const;
    /// Sets the minutes of a member on a day of an order (0 removes the entry).
    void set(qint64 workOrderId, qint64 participantId, const QDate& date, int minutes);

    int totalForOrder(qint64 workOrderId) const;
    /// Per member of the OSS, over [from, to], sorted by name.
    QList<MinutesTotal> perMember(qint64 socialCoopId, const QDate& from, const QDate& to) const;
    /// Per month of [from, to] (months without hours included), for one OSS.
    QList<MinutesTotal> perMonth(qint64 socialCoopId, const QDate& from, const QDate& to) const;
    int total(qint64 socialCoopId, const QDate& from, const QDate& to) const;

private:
    Database& m_db;
};

} // namespace osiedle::core
